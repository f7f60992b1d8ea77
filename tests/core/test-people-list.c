/* test-people-list.c — the People section's core: the people list
 * (joined department names, filters, search and sorting in SQL), the
 * referent coverage and the checks made before saving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "pas-fold.h"
#include "pas-indicators.h"
#include "pas-people-check.h"
#include "pas-people-coverage.h"
#include "pas-people-list.h"
#include "pas-workspace-private.h"

typedef struct
{
  char         *dir;
  PasWorkspace *workspace;
  gint64        sales;
  gint64        workshop;
  gint64        empty;     /* a department with a headcount and nobody recorded */
  gint64        zoe;
  gint64        elodie;
  gint64        archived;
  GArray       *changes;   /* ItemsChanged */
  guint         n_items;   /* as the signals so far tell it */
} Fixture;

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

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
                const char   *name,
                gint64        headcount)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_DEPARTMENT);

  pas_record_set_string (record, "name", name);
  pas_record_set_int (record, "headcount", headcount);
  return save (workspace, record);
}

static gint64
add_person (PasWorkspace *workspace,
            const char   *name,
            const char   *email,
            gint64        department_id,
            const char   *job_title,
            gboolean      referent,
            int           comfort)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (record, "name", name);
  pas_record_set_string (record, "email", email);
  if (department_id > 0)
    pas_record_set_int (record, "department_id", department_id);
  if (job_title != NULL)
    pas_record_set_string (record, "job_title", job_title);
  pas_record_set_int (record, "is_referent", referent);
  if (comfort >= 0)
    pas_record_set_int (record, "comfort", comfort);
  return save (workspace, record);
}

/* Sales: 3 people recorded (one referent) of a headcount of 40;
 * Workshop: 2 people, no referent, headcount 0; Empty: headcount 10,
 * nobody; one person without a department; one archived referent. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) archived = NULL;
  PasWorkspace *workspace;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("passerelle-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.passerelle", NULL);
  fixture->workspace = workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));

  pas_workspace_begin (workspace, &error);
  g_assert_no_error (error);
  fixture->sales = add_department (workspace, "Ventes", 40);
  fixture->workshop = add_department (workspace, "Atelier", 0);
  fixture->empty = add_department (workspace, "Études", 10);
  fixture->zoe = add_person (workspace, "Zoé Martin", "zoe.martin@example.com", fixture->sales, "Account manager", TRUE, 3);
  fixture->elodie = add_person (workspace, "Élodie Durand", "elodie@example.com", fixture->sales, "Sales assistant", FALSE, 1);
  add_person (workspace, "bruno Petit", NULL, fixture->sales, NULL, FALSE, -1);
  add_person (workspace, "Chloé Roux", "chloe.roux@example.com", fixture->workshop, "Welder", FALSE, 0);
  add_person (workspace, "Adam Roux", "adam.roux@example.com", fixture->workshop, "Forklift driver", FALSE, 4);
  add_person (workspace, "Marie Sans", "marie.sans@example.com", 0, "Intern", FALSE, 2);
  fixture->archived = add_person (workspace, "Yves Ancien", "yves@example.com", fixture->workshop, NULL, TRUE, 2);
  archived = pas_workspace_load (workspace, PAS_KIND_PERSON, fixture->archived, &error);
  g_assert_no_error (error);
  pas_record_set_int (archived, "archived", 1);
  save (workspace, archived);
  pas_workspace_commit (workspace, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workspace);
  g_array_unref (fixture->changes);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Each signal must describe the model as it is when it is emitted. */
static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Fixture    *fixture)
{
  ItemsChanged change = { position, removed, added };

  g_assert_cmpuint (position + removed, <=, fixture->n_items);
  fixture->n_items = fixture->n_items - removed + added;
  g_assert_cmpuint (fixture->n_items, ==, g_list_model_get_n_items (model));
  g_array_append_val (fixture->changes, change);
}

static PasPeopleList *
watch_list (Fixture *fixture)
{
  PasPeopleList *list = pas_people_list_new (fixture->workspace);

  fixture->n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), fixture);
  return list;
}

/* The list holds these names, in this order (NULL-terminated). */
static void
assert_names (PasPeopleList *list,
              ...)
{
  va_list args;
  guint n = 0;
  const char *name;

  va_start (args, list);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      g_autoptr(PasPeopleRow) row = g_list_model_get_item (G_LIST_MODEL (list), n++);

      g_assert_nonnull (row);
      g_assert_cmpstr (pas_record_get_string (pas_people_row_get_person (row), "name"), ==, name);
    }
  va_end (args);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
}

static void
test_fold (void)
{
  g_autofree char *a = pas_fold ("Élodie ÇA Straße");
  g_autofree char *b = pas_fold (NULL);
  g_autofree char *c = pas_fold ("Zoë O’Brien");

  g_assert_cmpstr (a, ==, "elodie ca straße");
  g_assert_cmpstr (b, ==, "");
  g_assert_cmpstr (c, ==, "zoe o’brien");
}

static void
test_default_order (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PasPeopleList) list = watch_list (fixture);

  /* By name, without regard to case or accents; archived people left out. */
  assert_names (list, "Adam Roux", "bruno Petit", "Chloé Roux", "Élodie Durand", "Marie Sans", "Zoé Martin", NULL);
  g_assert_cmpint (pas_people_list_find (list, fixture->zoe), ==, 5);
  g_assert_cmpint (pas_people_list_get_id (list, 3), ==, fixture->elodie);
  g_assert_cmpint (pas_people_list_find (list, fixture->archived), ==, -1);
  g_assert_cmpstr (pas_people_list_get_department_name (list, fixture->sales), ==, "Ventes");
  g_assert_null (pas_people_list_get_department_name (list, 0));
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PasPeopleList) list = watch_list (fixture);

  /* Accents and case do not matter, either way. */
  pas_people_list_set_search (list, "ELODIE");
  assert_names (list, "Élodie Durand", NULL);
  /* One items-changed for the whole new result. */
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  pas_people_list_set_search (list, "chloe");
  assert_names (list, "Chloé Roux", NULL);
  pas_people_list_set_search (list, "zoé");
  assert_names (list, "Zoé Martin", NULL);

  /* The department's name, the job title, the email are searched too,
   * and every word must match, in any order. */
  pas_people_list_set_search (list, "atelier");
  assert_names (list, "Adam Roux", "Chloé Roux", NULL);
  pas_people_list_set_search (list, "roux  welder");
  assert_names (list, "Chloé Roux", NULL);
  pas_people_list_set_search (list, "@example.com ventes");
  assert_names (list, "Élodie Durand", "Zoé Martin", NULL);

  /* Characters that mean something to LIKE or SQL are only text. */
  pas_people_list_set_search (list, "%");
  assert_names (list, NULL);
  pas_people_list_set_search (list, "o'b\"");
  assert_names (list, NULL);

  /* Blank is no search; the same search again changes nothing. */
  pas_people_list_set_search (list, "   ");
  g_assert_null (pas_people_list_get_search (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);
  g_array_set_size (fixture->changes, 0);
  pas_people_list_set_search (list, NULL);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(PasPeopleList) list = watch_list (fixture);

  pas_people_list_set_department (list, fixture->workshop);
  assert_names (list, "Adam Roux", "Chloé Roux", NULL);
  pas_people_list_set_show_archived (list, TRUE);
  assert_names (list, "Adam Roux", "Chloé Roux", "Yves Ancien", NULL);
  pas_people_list_set_referents_only (list, TRUE);
  assert_names (list, "Yves Ancien", NULL);
  pas_people_list_set_show_archived (list, FALSE);
  assert_names (list, NULL);

  pas_people_list_set_department (list, PAS_PEOPLE_ANY_DEPARTMENT);
  assert_names (list, "Zoé Martin", NULL);
  pas_people_list_set_referents_only (list, FALSE);
  pas_people_list_set_department (list, PAS_PEOPLE_NO_DEPARTMENT);
  assert_names (list, "Marie Sans", NULL);

  /* Filters and search add up. */
  pas_people_list_set_department (list, fixture->sales);
  pas_people_list_set_search (list, "durand");
  assert_names (list, "Élodie Durand", NULL);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(PasPeopleList) list = watch_list (fixture);

  /* By department, then name; without a department last either way. */
  pas_people_list_set_sort (list, PAS_PEOPLE_SORT_DEPARTMENT, FALSE);
  assert_names (list, "Adam Roux", "Chloé Roux", "bruno Petit", "Élodie Durand", "Zoé Martin", "Marie Sans", NULL);
  pas_people_list_set_sort (list, PAS_PEOPLE_SORT_DEPARTMENT, TRUE);
  assert_names (list, "bruno Petit", "Élodie Durand", "Zoé Martin", "Adam Roux", "Chloé Roux", "Marie Sans", NULL);

  /* Unknown comfort last either way. */
  pas_people_list_set_sort (list, PAS_PEOPLE_SORT_COMFORT, FALSE);
  assert_names (list, "Chloé Roux", "Élodie Durand", "Marie Sans", "Zoé Martin", "Adam Roux", "bruno Petit", NULL);
  pas_people_list_set_sort (list, PAS_PEOPLE_SORT_COMFORT, TRUE);
  assert_names (list, "Adam Roux", "Zoé Martin", "Marie Sans", "Élodie Durand", "Chloé Roux", "bruno Petit", NULL);

  /* Empty job titles last. */
  pas_people_list_set_sort (list, PAS_PEOPLE_SORT_JOB_TITLE, FALSE);
  assert_names (list, "Zoé Martin", "Adam Roux", "Marie Sans", "Élodie Durand", "Chloé Roux", "bruno Petit", NULL);

  pas_people_list_set_sort (list, PAS_PEOPLE_SORT_REFERENT, TRUE);
  assert_names (list, "Zoé Martin", "Adam Roux", "bruno Petit", "Chloé Roux", "Élodie Durand", "Marie Sans", NULL);

  pas_people_list_set_sort (list, PAS_PEOPLE_SORT_NAME, TRUE);
  assert_names (list, "Zoé Martin", "Marie Sans", "Élodie Durand", "Chloé Roux", "bruno Petit", "Adam Roux", NULL);
}

static void
test_follows_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PasPeopleList) list = watch_list (fixture);
  g_autoptr(PasRecord) sales = NULL;
  g_autoptr(PasRecord) zoe = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged *change;

  /* Archiving someone hides them, in one change. */
  zoe = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, fixture->zoe, &error);
  g_assert_no_error (error);
  pas_record_set_int (zoe, "archived", 1);
  save (fixture->workspace, zoe);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = &g_array_index (fixture->changes, ItemsChanged, 0);
  g_assert_cmpuint (change->position, ==, 5);
  g_assert_cmpuint (change->removed, ==, 1);
  g_assert_cmpuint (change->added, ==, 0);
  g_array_set_size (fixture->changes, 0);

  /* A department renamed shows in every row: every row is replaced. */
  sales = pas_workspace_load (fixture->workspace, PAS_KIND_DEPARTMENT, fixture->sales, &error);
  g_assert_no_error (error);
  pas_record_set_string (sales, "name", "Commerce");
  save (fixture->workspace, sales);
  g_assert_cmpstr (pas_people_list_get_department_name (list, fixture->sales), ==, "Commerce");
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = &g_array_index (fixture->changes, ItemsChanged, 0);
  g_assert_cmpuint (change->position, ==, 0);
  g_assert_cmpuint (change->removed, ==, 5);
  g_assert_cmpuint (change->added, ==, 5);

  /* Deleting the department leaves its people without one. */
  pas_workspace_delete (fixture->workspace, PAS_KIND_DEPARTMENT, fixture->sales, &error);
  g_assert_no_error (error);
  g_assert_null (pas_people_list_get_department_name (list, fixture->sales));
  pas_people_list_set_department (list, PAS_PEOPLE_NO_DEPARTMENT);
  assert_names (list, "bruno Petit", "Élodie Durand", "Marie Sans", NULL);
}

/* A large replacement is one signal too, consistent with the model. */
static void
test_large_change (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PasPeopleList) list = NULL;
  g_autoptr(PasPeopleRow) row = NULL;
  g_autoptr(GError) error = NULL;

  pas_workspace_begin (fixture->workspace, &error);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %03u %s", i, i % 2 ? "odd" : "even");

      add_person (fixture->workspace, name, NULL, fixture->sales, NULL, FALSE, -1);
    }
  pas_workspace_commit (fixture->workspace, &error);
  g_assert_no_error (error);
  list = watch_list (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 306);

  pas_people_list_set_search (list, "odd");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 150);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  pas_people_list_set_search (list, "odd 00");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  g_assert_cmpuint (fixture->changes->len, ==, 2);

  /* Rows know their department, and load the person only when asked. */
  row = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (row, PAS_TYPE_PEOPLE_ROW));
  g_assert_cmpint (pas_people_row_get_id (row), ==, pas_people_list_get_id (list, 0));
  g_assert_cmpstr (pas_people_row_get_department_name (row), ==, "Ventes");
  g_assert_cmpstr (pas_record_get_string (pas_people_row_get_person (row), "name"), ==, "Person 001 odd");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 5));
}

static void
test_coverage (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PasPeopleCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  const PasDepartmentCoverage *sales, *workshop, *empty;

  coverage = pas_people_coverage_compute (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpint (coverage->referent_ratio, ==, PAS_DEFAULT_REFERENT_RATIO);
  g_assert_cmpuint (coverage->departments->len, ==, 3);

  /* By name as the indicators sort them: Atelier first. */
  workshop = pas_people_coverage_find (coverage, fixture->workshop);
  g_assert_true (workshop == g_ptr_array_index (coverage->departments, 0));
  g_assert_cmpuint (workshop->n_people, ==, 2);      /* the archived referent left out */
  g_assert_cmpuint (workshop->n_referents, ==, 0);
  g_assert_cmpuint (workshop->population, ==, 2);
  g_assert_true (isnan (workshop->people_per_referent));
  g_assert_cmpuint (workshop->referents_needed, ==, 1);
  g_assert_cmpint (pas_department_coverage_get_status (workshop), ==, PAS_COVERAGE_NO_REFERENT);

  /* The headcount counts when it is larger than the people recorded. */
  sales = pas_people_coverage_find (coverage, fixture->sales);
  g_assert_cmpuint (sales->n_people, ==, 3);
  g_assert_cmpuint (sales->n_referents, ==, 1);
  g_assert_cmpuint (sales->population, ==, 40);
  g_assert_cmpfloat_with_epsilon (sales->people_per_referent, 40.0, 1e-9);
  g_assert_cmpuint (sales->referents_needed, ==, 3);
  g_assert_cmpint (pas_department_coverage_get_status (sales), ==, PAS_COVERAGE_BELOW_TARGET);

  empty = pas_people_coverage_find (coverage, fixture->empty);
  g_assert_cmpuint (empty->n_people, ==, 0);
  g_assert_cmpuint (empty->population, ==, 10);
  g_assert_cmpint (pas_department_coverage_get_status (empty), ==, PAS_COVERAGE_NO_REFERENT);

  g_assert_cmpuint (coverage->n_departments_without_referent, ==, 2);
  g_assert_cmpuint (coverage->n_people, ==, 6);
  g_assert_cmpuint (coverage->n_referents, ==, 1);
  g_assert_cmpuint (coverage->n_without_department, ==, 1);
  g_assert_cmpuint (coverage->population, ==, 2 + 10 + 40 + 1);
  g_assert_cmpfloat_with_epsilon (coverage->people_per_referent, 53.0, 1e-9);
  g_assert_null (pas_people_coverage_find (coverage, 9999));
  g_clear_pointer (&coverage, pas_people_coverage_unref);

  /* The target ratio is a setting of the workspace. */
  pas_workspace_set_setting (fixture->workspace, PAS_SETTING_REFERENT_RATIO, "50", &error);
  g_assert_no_error (error);
  coverage = pas_people_coverage_compute (fixture->workspace, &error);
  g_assert_no_error (error);
  sales = pas_people_coverage_find (coverage, fixture->sales);
  g_assert_cmpuint (sales->referents_needed, ==, 1);
  g_assert_cmpint (pas_department_coverage_get_status (sales), ==, PAS_COVERAGE_ON_TARGET);
}

/* One definition: the People section and the overview agree. */
static void
test_coverage_matches_indicators (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("passerelle-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "demo.passerelle", NULL);
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(PasPeopleCoverage) coverage = NULL;
  g_autoptr(PasIndicators) indicators = NULL;
  const PasIndicatorValue *value;
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autoptr(PasRecord) nowhere = pas_record_new (PAS_KIND_PERSON);
  g_autoptr(PasRecord) lonely = pas_record_new (PAS_KIND_DEPARTMENT);

  g_assert_no_error (error);
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  pas_record_set_string (project, "name", "Nouveau CRM");
  save (workspace, project);
  pas_record_set_string (lonely, "name", "Lonely");
  pas_record_set_int (lonely, "headcount", 12);
  save (workspace, lonely);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      gint64 department = (i % 3 == 0) ? 0 : pas_record_get_id (lonely);

      add_person (workspace, name, NULL, department, NULL, i % 7 == 0, i % 5);
    }
  pas_record_set_string (nowhere, "name", "Nobody's referent");
  pas_record_set_int (nowhere, "is_referent", 1);
  save (workspace, nowhere);

  coverage = pas_people_coverage_compute (workspace, &error);
  g_assert_no_error (error);
  indicators = pas_indicators_compute (workspace, pas_record_get_id (project), NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (coverage->departments->len, ==, indicators->departments->len);
  for (guint i = 0; i < coverage->departments->len; i++)
    {
      const PasDepartmentCoverage *mine = g_ptr_array_index (coverage->departments, i);
      const PasDepartmentIndicators *theirs = g_ptr_array_index (indicators->departments, i);

      g_assert_cmpint (mine->department_id, ==, theirs->department_id);
      g_assert_cmpuint (mine->n_people, ==, theirs->n_people);
      g_assert_cmpuint (mine->n_referents, ==, theirs->n_referents);
      g_assert_cmpuint (mine->population, ==, theirs->population);
      g_assert_cmpuint (mine->referents_needed, ==, theirs->referents_needed);
      g_assert_true ((isnan (mine->people_per_referent) && isnan (theirs->people_per_referent)) ||
                     mine->people_per_referent == theirs->people_per_referent);
    }
  value = pas_indicators_get (indicators, PAS_INDICATOR_REFERENT_COVERAGE);
  g_assert_cmpint (value->count, ==, coverage->n_referents);
  g_assert_cmpint (value->total, ==, coverage->population);
  g_assert_cmpuint (indicators->n_departments_without_referent, ==, coverage->n_departments_without_referent);

  g_clear_pointer (&indicators, pas_indicators_unref);
  g_clear_object (&workspace);
  remove_tree (dir);
}

static void
test_count_activities (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n = 99, helped = 99;

  g_assert_true (pas_people_count_activities (fixture->workspace, fixture->zoe, &n, &helped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (helped, ==, 0);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PasRecord) activity = pas_record_new (PAS_KIND_REFERENT_ACTIVITY);

      pas_record_set_int (activity, "referent_id", fixture->zoe);
      pas_record_set_string (activity, "activity_date", "2025-03-14");
      pas_record_set_int (activity, "people_helped", i + 1);
      g_assert_true (pas_people_check_activity (activity, &error));
      save (fixture->workspace, activity);
    }
  g_assert_true (pas_people_count_activities (fixture->workspace, fixture->zoe, &n, &helped, &error));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (helped, ==, 6);
}

static void
test_email_and_date (void)
{
  const char *good_emails[] = { "a@b.fr", "marie.dupont+crm@example.co.uk", "o'brien@exemple.fr" };
  const char *bad_emails[] = { "", "marie", "marie@", "@example.com", "marie@example", "marie@.com",
                               "marie@example.", "marie dupont@example.com", "a@b@c.fr", "a@b.fr;c@d.fr" };
  const char *good_dates[] = { "2025-03-14", "2024-02-29", "1999-12-31" };
  const char *bad_dates[] = { "", "2025-3-14", "2025-02-29", "2025-13-01", "14/03/2025", "2025-03-14 ", "0000-01-01" };

  for (guint i = 0; i < G_N_ELEMENTS (good_emails); i++)
    g_assert_true (pas_people_is_email (good_emails[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad_emails); i++)
    g_assert_false (pas_people_is_email (bad_emails[i]));
  g_assert_false (pas_people_is_email (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (good_dates); i++)
    g_assert_true (pas_people_is_date (good_dates[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    g_assert_false (pas_people_is_date (bad_dates[i]));
  g_assert_false (pas_people_is_date (NULL));
  {
    g_autofree char *today = pas_people_dup_today ();
    g_assert_true (pas_people_is_date (today));
  }
  g_assert_nonnull (pas_people_comfort_get_label (0));
  g_assert_nonnull (pas_people_comfort_get_label (4));
  g_assert_null (pas_people_comfort_get_label (5));
  g_assert_null (pas_people_comfort_get_label (-1));
  g_assert_cmpstr (pas_people_activity_get_label ("help_desk"), ==, "Help desk");
}

static void
test_check_person (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);
  g_autoptr(PasRecord) zoe = NULL;
  g_autoptr(GError) error = NULL;

  /* Name required: empty or blank. */
  g_assert_false (pas_people_check_person (fixture->workspace, person, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_NAME);
  g_clear_error (&error);
  pas_record_set_string (person, "name", "  ");
  g_assert_false (pas_people_check_person (fixture->workspace, person, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_NAME);
  g_clear_error (&error);

  /* Email optional, well-formed when given. */
  pas_record_set_string (person, "name", "Nina Blanc");
  g_assert_true (pas_people_check_person (fixture->workspace, person, &error));
  g_assert_no_error (error);
  pas_record_set_string (person, "email", "nina.blanc");
  g_assert_false (pas_people_check_person (fixture->workspace, person, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_EMAIL);
  g_assert_nonnull (strstr (error->message, "nina.blanc"));
  g_clear_error (&error);

  /* Unique, without regard to case; one's own address is no conflict. */
  pas_record_set_string (person, "email", "ZOE.martin@example.com");
  g_assert_false (pas_people_check_person (fixture->workspace, person, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_EMAIL_TAKEN);
  g_clear_error (&error);
  zoe = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, fixture->zoe, &error);
  g_assert_no_error (error);
  pas_record_set_string (zoe, "email", "ZOE.martin@example.com");
  g_assert_true (pas_people_check_person (fixture->workspace, zoe, &error));
  g_assert_no_error (error);

  /* Comfort 0–4 or unknown. */
  pas_record_set_string (person, "email", "nina@example.com");
  pas_record_set_int (person, "comfort", 5);
  g_assert_false (pas_people_check_person (fixture->workspace, person, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_COMFORT);
  g_clear_error (&error);
  pas_record_set_int (person, "comfort", -1);
  g_assert_false (pas_people_check_person (fixture->workspace, person, &error));
  g_clear_error (&error);
  pas_record_set_null (person, "comfort");
  g_assert_true (pas_people_check_person (fixture->workspace, person, &error));
  pas_record_set_int (person, "comfort", 4);
  g_assert_true (pas_people_check_person (fixture->workspace, person, &error));
  /* What passes the check, the schema accepts. */
  save (fixture->workspace, person);
}

static void
test_check_department (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PasRecord) department = pas_record_new (PAS_KIND_DEPARTMENT);
  g_autoptr(PasRecord) sales = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (pas_people_check_department (fixture->workspace, department, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_NAME);
  g_clear_error (&error);
  pas_record_set_string (department, "name", " ventes ");
  g_assert_false (pas_people_check_department (fixture->workspace, department, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_NAME_TAKEN);
  g_clear_error (&error);
  pas_record_set_string (department, "name", "Finance");
  pas_record_set_int (department, "headcount", -1);
  g_assert_false (pas_people_check_department (fixture->workspace, department, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_HEADCOUNT);
  g_clear_error (&error);
  pas_record_set_int (department, "headcount", 12);
  g_assert_true (pas_people_check_department (fixture->workspace, department, &error));
  save (fixture->workspace, department);

  /* Renaming a department to its own name in another case is fine. */
  sales = pas_workspace_load (fixture->workspace, PAS_KIND_DEPARTMENT, fixture->sales, &error);
  pas_record_set_string (sales, "name", "VENTES");
  g_assert_true (pas_people_check_department (fixture->workspace, sales, &error));
  g_assert_no_error (error);
}

static void
test_check_activity (void)
{
  g_autoptr(PasRecord) activity = pas_record_new (PAS_KIND_REFERENT_ACTIVITY);
  g_autoptr(GError) error = NULL;

  pas_record_set_string (activity, "activity_date", "2025-02-30");
  g_assert_false (pas_people_check_activity (activity, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_DATE);
  g_clear_error (&error);
  pas_record_set_string (activity, "activity_date", "2025-02-28");
  pas_record_set_int (activity, "people_helped", -2);
  g_assert_false (pas_people_check_activity (activity, &error));
  g_assert_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_PEOPLE_HELPED);
  g_clear_error (&error);
  pas_record_set_int (activity, "people_helped", 0);
  g_assert_true (pas_people_check_activity (activity, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/people-list/fold", test_fold);
  ADD ("/people-list/default-order", test_default_order);
  ADD ("/people-list/search", test_search);
  ADD ("/people-list/filters", test_filters);
  ADD ("/people-list/sort", test_sort);
  ADD ("/people-list/follows-changes", test_follows_changes);
  ADD ("/people-list/large-change", test_large_change);
  ADD ("/people-coverage/departments", test_coverage);
  g_test_add_func ("/people-coverage/matches-indicators", test_coverage_matches_indicators);
  ADD ("/people-coverage/activities", test_count_activities);
  g_test_add_func ("/people-check/email-and-date", test_email_and_date);
  ADD ("/people-check/person", test_check_person);
  ADD ("/people-check/department", test_check_department);
  g_test_add_func ("/people-check/activity", test_check_activity);
#undef ADD

  return g_test_run ();
}
