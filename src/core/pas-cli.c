/* pas-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "pas-cli.h"
#include "pas-demo.h"
#include "pas-export.h"
#include "pas-people-import.h"
#include "pas-workspace.h"

/* The command line: everything but opening the window runs here,
 * without a display. */
static const GOptionEntry entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { "workspace", 'w', 0, G_OPTION_ARG_FILENAME, NULL, N_("The workspace file to use instead of the default one"), N_("FILE") },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Check the workspace: schema version, integrity, counts"), NULL },
  { "demo", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Fill an empty workspace with demo data (small or large)"), N_("SIZE") },
  { "import-people", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Import people from a CSV file: name, email, department, job title, site, referent (headers in English or French)"), N_("FILE") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --import-people: say what the import would do, and write nothing"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the leadership workbook (.xlsx) of a project"), N_("FILE") },
  { "project", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the project, by name (the first one otherwise)"), N_("NAME") },
  { "since", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the first day of the period, as YYYY-MM-DD"), N_("DATE") },
  { "until", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the last day of the period, as YYYY-MM-DD"), N_("DATE") },
  { "with-names", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --export: write people's names instead of pseudonyms"), NULL },
  { "force", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --export: replace the file if it exists"), NULL },
  { "exit-after-first-frame", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL, "Quit once the window has drawn its first frame", NULL },
  { NULL }
};

const GOptionEntry *
pas_cli_get_entries (void)
{
  return entries;
}

static int
fail (const char *message)
{
  g_printerr ("passerelle: %s\n", message);
  return 1;
}

/* The --workspace given, or the default one. */
char *
pas_cli_get_workspace (GVariantDict *options)
{
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "workspace", "^&ay", &path) && path && *path)
    return g_strdup (path);
  return pas_workspace_default_path ();
}

static PasWorkspace *
open_workspace (GVariantDict          *options,
                PasWorkspaceOpenFlags  flags,
                GError               **error)
{
  g_autofree char *path = pas_cli_get_workspace (options);

  if (flags & PAS_WORKSPACE_OPEN_CREATE)
    {
      g_autofree char *folder = g_path_get_dirname (path);
      g_autofree char *fallback = pas_workspace_default_path ();

      /* Only the default location is created on demand; a mistyped
       * folder given by hand is an error. */
      if (g_str_equal (path, fallback))
        g_mkdir_with_parents (folder, 0700);
    }
  return pas_workspace_open (path, flags, error);
}

static int
run_check (GVariantDict *options)
{
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  gboolean intact;

  if (!(workspace = open_workspace (options, PAS_WORKSPACE_OPEN_DEFAULT, &error)))
    return fail (error->message);

  intact = pas_workspace_check_integrity (workspace, &report, &error);
  if (error != NULL)
    return fail (error->message);

  g_print (_("Workspace: %s\n"), pas_workspace_get_path (workspace));
  g_print (_("Schema version: %d\n"), pas_workspace_get_schema_version (workspace));
  g_print (_("Integrity: %s\n"), intact ? _("ok") : report);
  g_print ("%s\n", _("Records:"));
  for (guint k = 0; k < PAS_N_KINDS; k++)
    g_print ("  %-32s %" G_GINT64_FORMAT "\n", pas_kind_get_label (k), pas_workspace_count (workspace, k));

  return intact ? 0 : fail (_("The workspace is damaged: open a backup copy."));
}

static int
run_demo (GVariantDict *options,
          const char   *size_name)
{
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  PasDemoSize size;

  if (!pas_demo_size_from_string (size_name, &size))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown demo size “%s”: use “small” or “large”."), size_name);
      return fail (message);
    }
  if (!(workspace = open_workspace (options, PAS_WORKSPACE_OPEN_CREATE, &error)))
    return fail (error->message);
  if (!pas_workspace_is_empty (workspace))
    return fail (_("The workspace already holds data: the demo fills only an empty workspace. Use --workspace with a new file."));
  if (!pas_demo_fill (workspace, size, &error))
    return fail (error->message);

  g_print (_("Demo data written to %s\n"), pas_workspace_get_path (workspace));
  return 0;
}

static void
print_problems (PasPeopleImport *import)
{
  g_auto(GStrv) problems = pas_people_import_dup_problems (import);

  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr ("%s\n", problems[i]);
}

static int
run_import_people (GVariantDict *options,
                   const char   *csv_path)
{
  gboolean dry_run = g_variant_dict_contains (options, "dry-run");
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (csv_path);
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *display = g_filename_display_name (csv_path);
  guint without_email;
  guint rejected;

  /* A dry run writes nothing, not even a new workspace. */
  if (!(workspace = open_workspace (options, dry_run ? PAS_WORKSPACE_OPEN_DEFAULT : PAS_WORKSPACE_OPEN_CREATE, &error)))
    return fail (error->message);
  if (!(import = pas_people_import_new_for_file (workspace, file, NULL, &error)))
    return fail (error->message);

  for (const char * const *note = pas_people_import_get_notes (import); *note != NULL; note++)
    g_printerr ("%s\n", *note);
  if ((without_email = pas_people_import_count_without_email (import)) > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "%u row has no email: that person is matched by name, or added.\n",
                             "%u rows have no email: those people are matched by name, or added.\n",
                             without_email),
                without_email);
  print_problems (import);

  if ((rejected = pas_people_import_count (import, PAS_PEOPLE_IMPORT_REJECT)) > 0)
    {
      g_autofree char *message = NULL;

      summary = pas_people_import_dup_summary (import);
      g_printerr ("%s\n", summary);
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u row is rejected, so nothing was imported. Correct the file and try again.",
                                              "%u rows are rejected, so nothing was imported. Correct the file and try again.",
                                              rejected),
                                 rejected);
      return fail (message);
    }
  if (!dry_run && !pas_people_import_apply (import, &error))
    {
      print_problems (import);
      return fail (error->message);
    }

  summary = pas_people_import_dup_summary (import);
  /* Translators: "people.csv: Windows-1252, converted, separated by semicolons." */
  g_print (_("%s: %s, separated by %s.\n"), display,
           pas_csv_encoding_get_label (pas_people_import_get_encoding (import)),
           pas_csv_delimiter_get_label (pas_people_import_get_delimiter (import)));
  g_print ("%s\n", summary);
  if (dry_run)
    g_print ("%s\n", _("Dry run: nothing was written."));
  return 0;
}

/* libxlsxwriter reports its own failures on standard error, in English:
 * the command line says what went wrong once, in one line. Anything else
 * written meanwhile (a warning) is passed on. */
static int
divert_stderr (FILE **diverted)
{
  int saved;

  fflush (stderr);
  if ((*diverted = tmpfile ()) == NULL || (saved = dup (STDERR_FILENO)) < 0)
    return -1;
  dup2 (fileno (*diverted), STDERR_FILENO);
  return saved;
}

static void
restore_stderr (int   saved,
                FILE *diverted)
{
  char line[1024];

  if (saved < 0)
    {
      g_clear_pointer (&diverted, fclose);
      return;
    }
  fflush (stderr);
  dup2 (saved, STDERR_FILENO);
  close (saved);
  rewind (diverted);
  while (fgets (line, sizeof line, diverted) != NULL)
    if (!g_str_has_prefix (line, "[ERROR]") && !g_str_has_prefix (line, "[WARNING]"))
      fputs (line, stderr);
  fclose (diverted);
}

static int
run_export (GVariantDict *options,
            const char   *destination)
{
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *workspace_path = NULL;
  g_autofree char *project = NULL;
  g_autofree char *display = g_filename_display_name (destination);
  const char *project_name = NULL, *since = NULL, *until = NULL;
  PasExportFlags flags = PAS_EXPORT_DEFAULT;
  guint n_projects = 0;
  gint64 project_id;
  FILE *diverted = NULL;
  int saved_stderr;
  gboolean written;

  g_variant_dict_lookup (options, "project", "&s", &project_name);
  g_variant_dict_lookup (options, "since", "&s", &since);
  g_variant_dict_lookup (options, "until", "&s", &until);
  if (g_variant_dict_contains (options, "with-names"))
    flags |= PAS_EXPORT_WITH_NAMES;
  if (g_variant_dict_contains (options, "force"))
    flags |= PAS_EXPORT_REPLACE;

  if (!pas_export_check_period (since, until, &error))
    return fail (error->message);
  if (!(workspace = open_workspace (options, PAS_WORKSPACE_OPEN_DEFAULT, &error)))
    return fail (error->message);
  if (!(project_id = pas_export_find_project (workspace, project_name, &project, &n_projects, &error)))
    return fail (error->message);
  /* The export reads on a connection of its own. */
  workspace_path = g_strdup (pas_workspace_get_path (workspace));
  g_clear_object (&workspace);

  saved_stderr = divert_stderr (&diverted);
  written = pas_export_write (workspace_path, project_id, since, until, destination, flags, NULL, NULL, NULL, &error);
  restore_stderr (saved_stderr, diverted);
  if (!written)
    {
      g_autofree char *message = NULL;

      if (!g_error_matches (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_EXISTS))
        return fail (error->message);
      message = g_strdup_printf (_("“%s” already exists: add --force to replace it."), display);
      return fail (message);
    }

  if (project_name == NULL && n_projects > 1)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Workbook of “%s” (the first of %u project; choose one with --project) written to %s\n",
                          "Workbook of “%s” (the first of %u projects; choose one with --project) written to %s\n",
                          n_projects),
             project, n_projects, display);
  else
    g_print (_("Workbook of “%s” written to %s\n"), project, display);
  return 0;
}

/**
 * pas_cli_handle:
 *
 * Runs the headless command that @options ask for.
 *
 * Returns: the exit status, or %PAS_CLI_CONTINUE when the window is wanted.
 */
int
pas_cli_handle (GVariantDict *options)
{
  const char *demo = NULL;
  const char *people_csv = NULL;
  const char *export_path = NULL;

  g_return_val_if_fail (options != NULL, 1);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("passerelle %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_contains (options, "check"))
    return run_check (options);
  if (g_variant_dict_lookup (options, "demo", "&s", &demo))
    return run_demo (options, demo);
  if (g_variant_dict_lookup (options, "import-people", "^&ay", &people_csv))
    return run_import_people (options, people_csv);
  if (g_variant_dict_contains (options, "dry-run"))
    return fail (_("--dry-run goes with --import-people FILE."));
  if (g_variant_dict_lookup (options, "export", "^&ay", &export_path))
    return run_export (options, export_path);
  if (g_variant_dict_contains (options, "project") || g_variant_dict_contains (options, "since") ||
      g_variant_dict_contains (options, "until") || g_variant_dict_contains (options, "with-names") ||
      g_variant_dict_contains (options, "force"))
    return fail (_("--project, --since, --until, --with-names and --force go with --export FILE."));

  return PAS_CLI_CONTINUE;
}
