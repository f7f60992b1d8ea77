/* test-record-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-record-list.h"
#include "pas-workspace-private.h"

typedef struct
{
  char         *dir;
  char         *path;
  PasWorkspace *workspace;
  gint64        sales;      /* department ids */
  gint64        workshop;
  gint64        project;
  GArray       *changes;    /* ItemsChanged, filled by watch_list() */
} Fixture;

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

/* Helpers */

static void
remove_tree (const char *path)
{
  GDir *dir;

  if ((dir = g_dir_open (path, 0, NULL)) != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static gint64
save (PasWorkspace *workspace,
      PasRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_save (workspace, record, &error));
  g_assert_no_error (error);
  return pas_record_get_id (record);
}

static gint64
add_department (PasWorkspace *workspace,
                const char   *name)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_DEPARTMENT);

  pas_record_set_string (record, "name", name);
  return save (workspace, record);
}

static gint64
add_person (PasWorkspace *workspace,
            const char   *name,
            const char   *email,
            gint64        department_id,
            const char   *job_title,
            int           comfort)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (record, "name", name);
  pas_record_set_string (record, "email", email);
  if (department_id > 0)
    pas_record_set_int (record, "department_id", department_id);
  if (job_title != NULL)
    pas_record_set_string (record, "job_title", job_title);
  if (comfort >= 0)
    pas_record_set_int (record, "comfort", comfort);
  return save (workspace, record);
}

static gint64
add_feedback (PasWorkspace *workspace,
              gint64        project_id,
              const char   *text,
              const char   *response,
              gint64        created_at)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_FEEDBACK);

  pas_record_set_int (record, "project_id", project_id);
  pas_record_set_string (record, "text", text);
  if (response != NULL)
    pas_record_set_string (record, "response", response);
  pas_record_set_int (record, "created_at", created_at);
  return save (workspace, record);
}

/* Six people in two departments, plus one without a department. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  PasWorkspace *workspace;
  gint64 atelier;

  fixture->dir = g_dir_make_tmp ("passerelle-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.passerelle", NULL);
  fixture->workspace = workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));

  pas_workspace_begin (workspace, &error);
  g_assert_no_error (error);
  fixture->sales = add_department (workspace, "Ventes");
  atelier = add_department (workspace, "Atelier");
  add_person (workspace, "Bruno Martin", "bruno.martin@example.com", fixture->sales, "Lead 1000", 3);
  add_person (workspace, "amélie Durand", "amelie.durand@example.com", fixture->sales, "Lead 100%", 1);
  add_person (workspace, "David Roux", "axb@example.com", atelier, NULL, 0);
  add_person (workspace, "chloé Petit", "a_b@example.com", atelier, NULL, 2);
  add_person (workspace, "Fatou Diallo", "fatou.diallo@example.com", fixture->sales, NULL, -1);
  add_person (workspace, "Emile Bernard", NULL, 0, "C:\\Temp", 4);
  pas_record_set_string (project, "name", "Nouveau CRM");
  fixture->project = save (workspace, project);
  pas_workspace_commit (workspace, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->workspace != NULL)
    g_assert_finalize_object (fixture->workspace);
  g_array_unref (fixture->changes);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GArray     *changes)
{
  ItemsChanged change = { position, removed, added };

  g_assert_cmpuint (position + added, <=, g_list_model_get_n_items (model));
  g_array_append_val (changes, change);
}

static PasRecordList *
watch_list (Fixture *fixture,
            PasKind  kind)
{
  PasRecordList *list = pas_record_list_new (fixture->workspace, kind);

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), fixture->changes);
  return list;
}

static void
assert_items_changed (Fixture *fixture,
                      guint    position,
                      guint    removed,
                      guint    added)
{
  ItemsChanged *change;

  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = &g_array_index (fixture->changes, ItemsChanged, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  g_array_set_size (fixture->changes, 0);
}

/* The list holds these names, in this order (NULL-terminated). */
static void
assert_names (PasRecordList *list,
              ...)
{
  GListModel *model = G_LIST_MODEL (list);
  const char *name;
  va_list args;
  guint i = 0;

  va_start (args, list);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (model, i);

      g_assert_nonnull (record);
      g_assert_cmpint (pas_record_get_id (record), ==, pas_record_list_get_id (list, i));
      g_assert_cmpstr (pas_record_get_string (record, "name"), ==, name);
      i++;
    }
  va_end (args);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, i);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* What the list holds, as sorted ids: "2 5 7". */
static char *
list_ids (PasRecordList *list)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      gint64 id = pas_record_list_get_id (list, i);
      g_array_append_val (ids, id);
    }
  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? " " : "", g_array_index (ids, gint64, i));
  return g_string_free (text, FALSE);
}

static void
assert_search (PasRecordList *list,
               const char    *search,
               const char    *expected)
{
  g_autofree char *ids = NULL;

  pas_record_list_set_search (list, search);
  ids = list_ids (list);
  g_test_message ("search “%s”: %s", search, ids);
  g_assert_cmpstr (ids, ==, expected);
}

/* Order, filters, search */

static void
test_sql_order (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PasRecordList) list = NULL;
  sqlite3 *db = pas_workspace_get_db (fixture->workspace);
  sqlite3_stmt *stmt = NULL;
  guint i = 0;

  add_person (fixture->workspace, "Éric Zola", NULL, 0, "", 1);
  list = pas_record_list_new (fixture->workspace, PAS_KIND_PERSON);
  g_assert_cmpint (pas_record_list_get_kind (list), ==, PAS_KIND_PERSON);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == PAS_TYPE_RECORD);
  /* By name, whatever the case and the accents: "Éric" among the e,
   * where SQLite's NOCASE would put it after "Fatou". */
  assert_names (list, "amélie Durand", "Bruno Martin", "chloé Petit", "David Roux", "Emile Bernard",
                "Éric Zola", "Fatou Diallo", NULL);

  /* The same as the kind's order, run directly. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM person ORDER BY name COLLATE pas_fold, id", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_assert_cmpint (pas_record_list_get_id (list, i++), ==, sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (i, ==, 7);

  for (i = 0; i < 7; i++)
    g_assert_cmpint (pas_record_list_find (list, pas_record_list_get_id (list, i)), ==, i);
  g_assert_cmpint (pas_record_list_find (list, 999), ==, -1);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 7));
}

static void
test_order_by_field (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PasRecordList) list = watch_list (fixture, PAS_KIND_PERSON);

  pas_record_list_set_order (list, "comfort", TRUE);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  /* Highest first; no value (NULL) last. */
  assert_names (list, "Emile Bernard", "Bruno Martin", "chloé Petit", "amélie Durand", "David Roux",
                "Fatou Diallo", NULL);
  pas_record_list_set_order (list, "comfort", FALSE);
  assert_names (list, "Fatou Diallo", "David Roux", "amélie Durand", "chloé Petit", "Bruno Martin",
                "Emile Bernard", NULL);
  pas_record_list_set_order (list, "email", FALSE);
  assert_names (list, "Emile Bernard", "chloé Petit", "amélie Durand", "David Roux", "Bruno Martin",
                "Fatou Diallo", NULL);

  g_array_set_size (fixture->changes, 0);
  pas_record_list_set_order (list, "email", FALSE);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  pas_record_list_set_order (list, NULL, FALSE);
  assert_names (list, "amélie Durand", "Bruno Martin", "chloé Petit", "David Roux", "Emile Bernard",
                "Fatou Diallo", NULL);
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PasRecordList) list = watch_list (fixture, PAS_KIND_PERSON);

  pas_record_list_set_filter (list, "department_id", fixture->sales);
  assert_items_changed (fixture, 2, 3, 0);
  assert_names (list, "amélie Durand", "Bruno Martin", "Fatou Diallo", NULL);

  /* The same filter again changes nothing and says nothing. */
  pas_record_list_set_filter (list, "department_id", fixture->sales);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  pas_record_list_set_filter (list, "comfort", 3);
  assert_names (list, "Bruno Martin", NULL);
  pas_record_list_unset_filter (list, "comfort");
  assert_names (list, "amélie Durand", "Bruno Martin", "Fatou Diallo", NULL);

  /* A filter and a search together. */
  g_array_set_size (fixture->changes, 0);
  pas_record_list_set_search (list, "lead");
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  assert_names (list, "amélie Durand", "Bruno Martin", NULL);

  pas_record_list_set_search (list, NULL);
  pas_record_list_unset_filter (list, "department_id");
  assert_names (list, "amélie Durand", "Bruno Martin", "chloé Petit", "David Roux", "Emile Bernard",
                "Fatou Diallo", NULL);
  g_array_set_size (fixture->changes, 0);
  pas_record_list_unset_filter (list, "department_id");
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PasRecordList) list = watch_list (fixture, PAS_KIND_PERSON);

  pas_record_list_set_search (list, "MARTIN");
  assert_names (list, "Bruno Martin", NULL);
  /* Accents and case of any letter: SQLite's LIKE folds ASCII only. */
  pas_record_list_set_search (list, "CHLOÉ");
  assert_names (list, "chloé Petit", NULL);
  pas_record_list_set_search (list, "amelie");
  assert_names (list, "amélie Durand", NULL);
  /* Every word, in any order. */
  pas_record_list_set_search (list, "roux david");
  assert_names (list, "David Roux", NULL);
  /* Inside a word, in the email, the job title. */
  pas_record_list_set_search (list, "rou");
  assert_names (list, "David Roux", NULL);
  pas_record_list_set_search (list, "diallo@");
  assert_names (list, "Fatou Diallo", NULL);
  pas_record_list_set_search (list, "  lead  ");
  assert_names (list, "amélie Durand", "Bruno Martin", NULL);

  /* % and _ are characters people type, not wildcards. */
  pas_record_list_set_search (list, "100%");
  assert_names (list, "amélie Durand", NULL);
  pas_record_list_set_search (list, "a_b");
  assert_names (list, "chloé Petit", NULL);
  pas_record_list_set_search (list, "%");
  assert_names (list, "amélie Durand", NULL);
  pas_record_list_set_search (list, "_");
  assert_names (list, "chloé Petit", NULL);
  pas_record_list_set_search (list, "C:\\T");
  assert_names (list, "Emile Bernard", NULL);
  pas_record_list_set_search (list, "'; DROP TABLE person; --");
  assert_names (list, NULL);

  /* Blank is no search at all. */
  g_array_set_size (fixture->changes, 0);
  pas_record_list_set_search (list, "   ");
  assert_items_changed (fixture, 0, 0, 6);
  pas_record_list_set_search (list, NULL);
  pas_record_list_set_search (list, "");
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);
}

/* Feedback is searched with FTS5: words as prefixes, accents ignored. */
static void
test_feedback_full_text (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecordList) list = watch_list (fixture, PAS_KIND_FEEDBACK);
  g_autoptr(PasRecord) mobile = NULL;
  g_autoptr(PasRecord) other_project = pas_record_new (PAS_KIND_PROJECT);
  gint64 reunion, training, quoted, elsewhere, id;
  g_autofree char *expected = NULL;

  pas_workspace_begin (fixture->workspace, &error);
  reunion = add_feedback (fixture->workspace, fixture->project, "Réunion de lancement trop longue", NULL, 100);
  id = add_feedback (fixture->workspace, fixture->project, "Le CRM mobile plante au démarrage", NULL, 200);
  training = add_feedback (fixture->workspace, fixture->project, "Formation utile",
                           "Nous avons ajouté une réunion de suivi", 300);
  quoted = add_feedback (fixture->workspace, fixture->project, "Il a dit \"génial\" à propos de l'appli", NULL, 400);
  pas_record_set_string (other_project, "name", "Intranet");
  elsewhere = add_feedback (fixture->workspace, save (fixture->workspace, other_project), "Réunion d'équipe", NULL, 500);
  pas_workspace_commit (fixture->workspace, &error);
  g_assert_no_error (error);
  assert_items_changed (fixture, 0, 0, 5);

  /* Newest first. */
  g_assert_cmpint (pas_record_list_get_id (list, 0), ==, elsewhere);
  g_assert_cmpint (pas_record_list_get_id (list, 4), ==, reunion);

  pas_record_list_set_filter (list, "project_id", fixture->project);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, reunion, training);
  assert_search (list, "reunion", expected);           /* réunion, in a text and a response */
  assert_search (list, "RÉUNION", expected);
  assert_search (list, "réu", expected);               /* a prefix */
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  assert_search (list, "mob", expected);
  assert_search (list, "crm   mob", expected);         /* every word */
  assert_search (list, "demarr", expected);
  assert_search (list, "crm (", expected);             /* FTS5 syntax is only text */
  assert_search (list, "crm AND", "");
  assert_search (list, "crm formation", "");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, quoted);
  assert_search (list, "\"génial", expected);          /* an unbalanced quote */
  assert_search (list, "\"genial\"", expected);
  assert_search (list, "l'appli", expected);
  assert_search (list, "\"", "");
  assert_search (list, "*", "");
  assert_search (list, "NEAR(", "");

  /* The index follows updates and deletions. */
  mobile = pas_workspace_load (fixture->workspace, PAS_KIND_FEEDBACK, id, &error);
  g_assert_no_error (error);
  pas_record_set_string (mobile, "text", "Le CRM plante sur la tablette");
  save (fixture->workspace, mobile);
  assert_search (list, "mobile", "");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  assert_search (list, "tablette", expected);
  pas_workspace_delete (fixture->workspace, PAS_KIND_FEEDBACK, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  pas_record_list_unset_filter (list, "project_id");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                              reunion, training, elsewhere);
  assert_search (list, "reunion", expected);
}

/* Telling the views: one items-changed per change */

static void
test_items_changed_single_save (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecordList) list = watch_list (fixture, PAS_KIND_PERSON);
  g_autoptr(PasRecord) record = NULL;
  gint64 id;

  /* Sorted last: appended, the rows above stay where they are. */
  id = add_person (fixture->workspace, "Zoé Zola", NULL, 0, NULL, -1);
  assert_items_changed (fixture, 6, 0, 1);
  g_assert_cmpint (pas_record_list_get_id (list, 6), ==, id);

  id = add_person (fixture->workspace, "Carole Moreau", NULL, 0, NULL, -1);
  assert_items_changed (fixture, 2, 0, 1);

  /* Edited in place: that row is replaced, so that the view shows the change. */
  record = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, id, &error);
  g_assert_no_error (error);
  pas_record_set_string (record, "job_title", "Référente CRM");
  save (fixture->workspace, record);
  assert_items_changed (fixture, 2, 1, 1);

  /* Renamed: it moves, in one items-changed covering both places. */
  pas_record_set_string (record, "name", "Yvette Moreau");
  save (fixture->workspace, record);
  assert_items_changed (fixture, 2, 5, 5);
  assert_names (list, "amélie Durand", "Bruno Martin", "chloé Petit", "David Roux", "Emile Bernard",
                "Fatou Diallo", "Yvette Moreau", "Zoé Zola", NULL);

  pas_workspace_delete (fixture->workspace, PAS_KIND_PERSON, pas_record_list_get_id (list, 1), &error);
  g_assert_no_error (error);
  assert_items_changed (fixture, 1, 1, 0);

  /* Other kinds, failed saves, reloads with nothing new: nothing. */
  add_department (fixture->workspace, "Direction");
  g_clear_object (&record);
  record = pas_record_new (PAS_KIND_PERSON);
  g_assert_false (pas_workspace_save (fixture->workspace, record, &error));
  g_clear_error (&error);
  pas_record_list_reload (list, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 7);
}

static void
test_items_changed_batch (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecordList) list = watch_list (fixture, PAS_KIND_PERSON);
  g_autoptr(PasRecordList) sales = pas_record_list_new (fixture->workspace, PAS_KIND_PERSON);
  ItemsChanged *change;

  pas_record_list_set_filter (sales, "department_id", fixture->sales);

  pas_workspace_begin (fixture->workspace, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %03u", i);
      add_person (fixture->workspace, name, NULL, 0, NULL, -1);
    }
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  pas_workspace_commit (fixture->workspace, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = &g_array_index (fixture->changes, ItemsChanged, 0);
  g_assert_cmpuint (6 - change->removed + change->added, ==, 106);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 106);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sales)), ==, 3);
  g_array_set_size (fixture->changes, 0);

  /* A batch that is rolled back tells nothing. */
  pas_workspace_begin (fixture->workspace, &error);
  add_person (fixture->workspace, "Nobody", NULL, 0, NULL, -1);
  pas_workspace_rollback (fixture->workspace);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 106);

  /* A batch that only edits rows still refreshes them, once. */
  pas_workspace_begin (fixture->workspace, &error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      pas_record_set_string (record, "site", "Lyon");
      save (fixture->workspace, record);
    }
  pas_workspace_commit (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (fixture->changes, ItemsChanged, 0).removed, >=, 3);
  g_assert_cmpuint (g_array_index (fixture->changes, ItemsChanged, 0).added, >=, 3);
}

/* Deleting a department sets its people's department to NULL: a list
 * filtered on it must drop them, not keep rows that no longer match. */
static void
test_cascade (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecordList) sales = watch_list (fixture, PAS_KIND_PERSON);

  pas_record_list_set_filter (sales, "department_id", fixture->sales);
  g_array_set_size (fixture->changes, 0);
  g_assert_true (pas_workspace_delete (fixture->workspace, PAS_KIND_DEPARTMENT, fixture->sales, &error));
  g_assert_no_error (error);
  assert_items_changed (fixture, 0, 3, 0);
}

static void
test_get_item (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PasRecordList) list = pas_record_list_new (fixture->workspace, PAS_KIND_PERSON);
  g_autoptr(PasRecord) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_autoptr(PasRecord) last = g_list_model_get_item (G_LIST_MODEL (list), 5);
  PasRecord *again;

  g_assert_true (PAS_IS_RECORD (first));
  g_assert_cmpint (pas_record_get_kind (first), ==, PAS_KIND_PERSON);
  g_assert_cmpstr (pas_record_get_string (first, "name"), ==, "amélie Durand");
  g_assert_cmpstr (pas_record_get_string (first, "email"), ==, "amelie.durand@example.com");
  g_assert_cmpstr (pas_record_get_string (first, "job_title"), ==, "Lead 100%");
  g_assert_cmpint (pas_record_get_int (first, "department_id"), ==, fixture->sales);
  g_assert_cmpint (pas_record_get_int (first, "comfort"), ==, 1);
  g_assert_cmpint (pas_record_get_int (first, "is_referent"), ==, 0);
  g_assert_true (g_uuid_string_is_valid (pas_record_get_uuid (first)));

  g_assert_cmpstr (pas_record_get_string (last, "name"), ==, "Fatou Diallo");
  g_assert_true (pas_record_is_null (last, "comfort"));

  /* Each call builds a record of its own. */
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (again != first);
  g_assert_cmpint (pas_record_get_id (again), ==, pas_record_get_id (first));
  g_assert_finalize_object (again);
}

/* The list keeps its workspace alive; neither leaks. */
static void
test_lifetime (Fixture       *fixture,
               gconstpointer  data)
{
  PasRecordList *list = watch_list (fixture, PAS_KIND_PERSON);
  PasWorkspace *workspace = g_steal_pointer (&fixture->workspace);
  PasRecord *record;

  g_object_add_weak_pointer (G_OBJECT (workspace), (gpointer *) &workspace);
  g_object_unref (workspace);
  g_assert_nonnull (workspace);

  record = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (pas_record_get_string (record, "name"), ==, "amélie Durand");
  pas_record_list_set_search (list, "martin");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  g_assert_finalize_object (list);
  g_assert_null (workspace);
  /* A record is plain data: it outlives both. */
  g_assert_cmpstr (pas_record_get_string (record, "name"), ==, "amélie Durand");
  g_assert_finalize_object (record);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/record-list/sql-order", test_sql_order);
  ADD ("/record-list/order-by-field", test_order_by_field);
  ADD ("/record-list/filter", test_filter);
  ADD ("/record-list/search", test_search);
  ADD ("/record-list/feedback-full-text", test_feedback_full_text);
  ADD ("/record-list/items-changed/single-save", test_items_changed_single_save);
  ADD ("/record-list/items-changed/batch", test_items_changed_batch);
  ADD ("/record-list/items-changed/cascade", test_cascade);
  ADD ("/record-list/get-item", test_get_item);
  ADD ("/record-list/lifetime", test_lifetime);
#undef ADD

  return g_test_run ();
}
