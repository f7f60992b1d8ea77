/* test-french.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under a French locale, Passerelle speaks French: the catalog built in this build
 * tree is found, its plural rule applies, and the demo data, the errors and the
 * command line use it. Expected texts are looked up in the catalog rather than
 * repeated here, and checked to differ from the English.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "pas-demo.h"
#include "pas-environment.h"
#include "pas-record-list.h"
#include "pas-record.h"
#include "pas-workspace.h"

typedef struct
{
  char         *folder;
  char         *path;
  PasWorkspace *workspace;
} Fixture;

/* The module title formats of pas-demo.c, up to the topic. */
static const char * const module_title_formats[] = {
  N_("Micro-learning: %s in five minutes"),
  N_("Micro-learning: three tips on %s"),
  N_("Individual coaching: %s at your own pace"),
  N_("Coaching with a referent: %s"),
  N_("Peer sharing: tips for %s"),
  N_("Peer sharing: how colleagues use %s"),
  N_("Classroom session: getting started with %s"),
  N_("Classroom session: %s in practice"),
  N_("E-learning: %s step by step"),
  N_("E-learning: mastering %s"),
};

/* The translation of @english, which must exist. */
static const char *
french (const char *english)
{
  const char *translated = _(english);

  g_test_message ("“%s” → “%s”", english, translated);
  g_assert_cmpstr (translated, !=, english);
  return translated;
}

/* What a format prints before its first conversion. */
static char *
format_prefix (const char *format)
{
  const char *percent = strchr (format, '%');

  return g_strndup (format, percent ? (gsize) (percent - format) : strlen (format));
}

static GPtrArray *
list_strings (PasWorkspace *workspace,
              PasKind       kind,
              const char   *field)
{
  g_autoptr(PasRecordList) list = pas_record_list_new (workspace, kind);
  g_autoptr(GError) error = NULL;
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (pas_record_list_reload (list, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_ptr_array_add (strings, g_strdup (pas_record_get_string (record, field)));
    }
  g_assert_cmpuint (strings->len, >, 0);
  return strings;
}

static gboolean
contains_string (GPtrArray  *strings,
                 const char *text)
{
  return g_ptr_array_find_with_equal_func (strings, text, g_str_equal, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("test-french-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "démo.passerelle", NULL);
  fixture->workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (pas_demo_fill (fixture->workspace, PAS_DEMO_SMALL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->workspace);
  dir = g_dir_open (fixture->folder, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *file = g_build_filename (fixture->folder, name, NULL);
      g_unlink (file);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static void
test_catalog (void)
{
  /* One literal, so that a catalog of another language cannot pass. */
  g_assert_cmpstr (_("Workshops"), ==, "Ateliers");
  g_assert_cmpstr (pas_kind_get_label (PAS_KIND_DEPARTMENT), ==, french ("Department"));
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", "Quit"), ==, "Quitter");

  /* French counts 0 and 1 in the singular. */
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u person added", "%u people added", 0),
                   ==, g_dngettext (GETTEXT_PACKAGE, "%u person added", "%u people added", 1));
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u person added", "%u people added", 1),
                   !=, g_dngettext (GETTEXT_PACKAGE, "%u person added", "%u people added", 2));
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u person added", "%u people added", 2),
                   !=, "%u people added");
}

static void
test_demo_names (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *organisation = pas_workspace_get_setting (fixture->workspace, "organisation_name", NULL);
  g_autoptr(GPtrArray) projects = list_strings (fixture->workspace, PAS_KIND_PROJECT, "name");
  g_autoptr(GPtrArray) departments = list_strings (fixture->workspace, PAS_KIND_DEPARTMENT, "name");
  g_autoptr(GPtrArray) skills = list_strings (fixture->workspace, PAS_KIND_SKILL, "name");

  g_assert_cmpstr (organisation, ==, french ("Bellerive Group"));
  g_assert_true (contains_string (projects, french ("CRM roll-out")));
  g_assert_true (contains_string (departments, french ("Warehouse")));
  g_assert_true (contains_string (departments, french ("Customer service")));
  g_assert_false (contains_string (departments, "Warehouse"));
  g_assert_true (contains_string (skills, french ("Log in to the CRM")));
}

/* Module titles are built from a translated format and a translated topic. */
static void
test_demo_module_titles (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) titles = list_strings (fixture->workspace, PAS_KIND_TRAINING_MODULE, "title");

  for (guint i = 0; i < titles->len; i++)
    {
      const char *title = g_ptr_array_index (titles, i);
      gboolean french_format = FALSE;

      for (guint f = 0; f < G_N_ELEMENTS (module_title_formats); f++)
        {
          g_autofree char *english = format_prefix (module_title_formats[f]);
          g_autofree char *translated = format_prefix (french (module_title_formats[f]));

          g_assert_false (g_str_has_prefix (title, english));
          french_format |= g_str_has_prefix (title, translated);
        }
      g_test_message ("%s", title);
      g_assert_true (french_format);
    }
}

static void
test_error_message (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "notes.passerelle", NULL);
  g_autofree char *english = format_prefix ("“%s” is not a Passerelle workspace: it is not a database file at all.");
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "Ceci n’est pas une base SQLite, mais un texte assez long.", -1, NULL));
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_null (workspace);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "espace de travail"));
  g_assert_null (strstr (error->message, "workspace"));
}

/* The executable binds the catalog of the build tree by itself, like `make run`. */
static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *passerelle = g_getenv ("PASSERELLE_BIN");
  const char *check[] = { passerelle, "--check", "--workspace", fixture->path, NULL };
  const char *bad_size[] = { passerelle, "--demo", "huge", "--workspace", fixture->path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *schema = format_prefix (french ("Schema version: %d\n"));
  g_autofree char *unknown = format_prefix (french ("Unknown demo size “%s”: use “small” or “large”."));
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (passerelle);
  g_clear_object (&fixture->workspace);

  g_assert_true (g_spawn_sync (NULL, (char **) check, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, schema));
  g_assert_null (strstr (out, "Schema version"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_spawn_sync (NULL, (char **) bad_size, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, unknown));
}

int
main (int   argc,
      char *argv[])
{
  const char *messages_locale;

  /* As main.c does: the locale from the environment (LC_ALL=fr_FR.UTF-8), the
   * catalog from PASSERELLE_LOCALEDIR. */
  pas_environment_init ();
  g_test_init (&argc, &argv, NULL);

  messages_locale = setlocale (LC_MESSAGES, NULL);
  if (messages_locale == NULL || !g_str_has_prefix (messages_locale, "fr_FR"))
    g_error ("The fr_FR.UTF-8 locale is not available (LC_MESSAGES is %s): "
             "generate it with build-aux/enable-locale fr_FR.UTF-8, as `make test` does.",
             messages_locale ? messages_locale : "");

  g_test_add_func ("/french/catalog", test_catalog);
  g_test_add ("/french/demo-names", Fixture, NULL, fixture_set_up, test_demo_names, fixture_tear_down);
  g_test_add ("/french/demo-module-titles", Fixture, NULL, fixture_set_up, test_demo_module_titles, fixture_tear_down);
  g_test_add ("/french/error-message", Fixture, NULL, fixture_set_up, test_error_message, fixture_tear_down);
  g_test_add ("/french/command-line", Fixture, NULL, fixture_set_up, test_command_line, fixture_tear_down);
  return g_test_run ();
}
