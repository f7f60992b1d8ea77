/* test-indicators.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test builds a small workspace whose right values are worked out
 * by hand in the comments. "March" is the period 2025-03-01..2025-03-31;
 * its previous period is the 31 days before: 2025-01-29..2025-02-28.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "pas-indicators.h"

#define MARCH "2025-03-01", "2025-03-31"
#define WHOLE NULL, NULL

typedef struct
{
  char         *dir;
  char         *path;
  PasWorkspace *workspace;
  gint64        project;  /* P, the project measured */
  gint64        other;    /* Q, whose data must never count */
} Fixture;

static gint64
save (Fixture   *fixture,
      PasRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_save (fixture->workspace, record, &error));
  g_assert_no_error (error);
  return pas_record_get_id (record);
}

static void
set_day (PasRecord  *record,
         const char *field,
         const char *day)
{
  if (day)
    pas_record_set_string (record, field, day);
  else
    pas_record_set_null (record, field);
}

/* Midnight UTC (the tests run with TZ=UTC) plus @hours. */
static gint64
timestamp (const char *day,
           int         hours)
{
  g_autofree char *text = g_strdup_printf ("%sT00:00:00Z", day);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time) + hours * 3600;
}

static gint64
add_project (Fixture    *fixture,
             const char *name)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_PROJECT);

  pas_record_set_string (record, "name", name);
  return save (fixture, record);
}

static gint64
add_department (Fixture    *fixture,
                const char *name,
                gint64      headcount)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_DEPARTMENT);

  pas_record_set_string (record, "name", name);
  pas_record_set_int (record, "headcount", headcount);
  return save (fixture, record);
}

/* @comfort: -1 for unknown */
static gint64
add_person_full (Fixture    *fixture,
                 const char *name,
                 gint64      department,
                 gboolean    referent,
                 int         comfort,
                 gboolean    archived)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (record, "name", name);
  if (department)
    pas_record_set_int (record, "department_id", department);
  pas_record_set_int (record, "is_referent", referent);
  if (comfort >= 0)
    pas_record_set_int (record, "comfort", comfort);
  pas_record_set_int (record, "archived", archived);
  return save (fixture, record);
}

static gint64
add_person (Fixture    *fixture,
            const char *name,
            gint64      department)
{
  return add_person_full (fixture, name, department, FALSE, -1, FALSE);
}

static gint64
add_skill (Fixture    *fixture,
           const char *name,
           gint64      project)
{
  g_autoptr(PasRecord) skill = pas_record_new (PAS_KIND_SKILL);
  g_autoptr(PasRecord) link = pas_record_new (PAS_KIND_PROJECT_SKILL);
  gint64 id;

  pas_record_set_string (skill, "name", name);
  id = save (fixture, skill);
  if (project)
    {
      pas_record_set_int (link, "project_id", project);
      pas_record_set_int (link, "skill_id", id);
      save (fixture, link);
    }
  return id;
}

/* @day: NULL for a workshop not scheduled yet; it starts at 09:00. */
static gint64
add_workshop (Fixture    *fixture,
              gint64      project,
              const char *status,
              const char *day)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_WORKSHOP);

  pas_record_set_int (record, "project_id", project);
  pas_record_set_string (record, "title", "Workshop");
  pas_record_set_string (record, "status", status);
  if (day)
    pas_record_set_int (record, "starts_at", timestamp (day, 9));
  return save (fixture, record);
}

static void
add_participant (Fixture  *fixture,
                 gint64    workshop,
                 gint64    person,
                 gboolean  invited,
                 gboolean  attended)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_WORKSHOP_PARTICIPANT);

  pas_record_set_int (record, "workshop_id", workshop);
  pas_record_set_int (record, "person_id", person);
  pas_record_set_int (record, "invited", invited);
  pas_record_set_int (record, "attended", attended);
  save (fixture, record);
}

static gint64
add_module (Fixture    *fixture,
            gint64      project,
            const char *title,
            const char *format,
            gint64      skill)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_TRAINING_MODULE);

  pas_record_set_int (record, "project_id", project);
  pas_record_set_string (record, "title", title);
  pas_record_set_string (record, "format", format);
  if (skill)
    pas_record_set_int (record, "skill_id", skill);
  return save (fixture, record);
}

static void
add_enrollment (Fixture    *fixture,
                gint64      module,
                gint64      person,
                const char *status,
                const char *due,
                const char *completed)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_ENROLLMENT);

  pas_record_set_int (record, "module_id", module);
  pas_record_set_int (record, "person_id", person);
  pas_record_set_string (record, "status", status);
  set_day (record, "due_date", due);
  set_day (record, "completed_date", completed);
  save (fixture, record);
}

static void
add_assessment (Fixture    *fixture,
                gint64      person,
                gint64      skill,
                int         level,
                const char *day)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_SKILL_ASSESSMENT);

  pas_record_set_int (record, "person_id", person);
  pas_record_set_int (record, "skill_id", skill);
  pas_record_set_int (record, "level", level);
  pas_record_set_string (record, "assessed_on", day);
  save (fixture, record);
}

/* @scores: awareness, desire, knowledge, ability, reinforcement */
static void
add_readiness (Fixture    *fixture,
               gint64      project,
               gint64      person,
               gint64      department,
               const char *day,
               const int   scores[5])
{
  const char *fields[] = { "awareness", "desire", "knowledge", "ability", "reinforcement" };
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_READINESS_ASSESSMENT);

  pas_record_set_int (record, "project_id", project);
  if (person)
    pas_record_set_int (record, "person_id", person);
  if (department)
    pas_record_set_int (record, "department_id", department);
  pas_record_set_string (record, "assessed_on", day);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    pas_record_set_int (record, fields[i], scores[i]);
  save (fixture, record);
}

/* Created and resolved at midnight of the days given. */
static void
add_feedback (Fixture    *fixture,
              gint64      project,
              const char *category,
              const char *status,
              const char *response,
              const char *created,
              const char *resolved)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_FEEDBACK);

  pas_record_set_int (record, "project_id", project);
  pas_record_set_string (record, "category", category);
  pas_record_set_string (record, "status", status);
  pas_record_set_string (record, "text", "Some feedback");
  pas_record_set_string (record, "response", response);
  pas_record_set_int (record, "created_at", timestamp (created, 0));
  if (resolved)
    pas_record_set_int (record, "resolved_at", timestamp (resolved, 0));
  save (fixture, record);
}

static void
add_story (Fixture    *fixture,
           gint64      project,
           const char *status,
           const char *day)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_SUCCESS_STORY);

  pas_record_set_int (record, "project_id", project);
  pas_record_set_string (record, "title", "A success");
  pas_record_set_string (record, "status", status);
  set_day (record, "story_date", day);
  save (fixture, record);
}

static void
add_activity (Fixture    *fixture,
              gint64      referent,
              const char *day,
              int         people_helped)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_REFERENT_ACTIVITY);

  pas_record_set_int (record, "referent_id", referent);
  pas_record_set_string (record, "activity_date", day);
  pas_record_set_int (record, "people_helped", people_helped);
  save (fixture, record);
}

static void
set_setting (Fixture    *fixture,
             const char *key,
             const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_set_setting (fixture->workspace, key, value, &error));
  g_assert_no_error (error);
}

static PasIndicators *
compute (Fixture    *fixture,
         const char *since,
         const char *until)
{
  g_autoptr(GError) error = NULL;
  PasIndicators *indicators = pas_indicators_compute (fixture->workspace, fixture->project, since, until, &error);

  g_assert_no_error (error);
  g_assert_nonnull (indicators);
  return indicators;
}

static double
value (PasIndicators *indicators,
       PasIndicator   indicator)
{
  return pas_indicators_get (indicators, indicator)->value;
}

static double
previous (PasIndicators *indicators,
          PasIndicator   indicator)
{
  return pas_indicators_get (indicators, indicator)->previous;
}

static void
assert_shown (PasIndicators *indicators,
              PasIndicator   indicator,
              const char    *expected)
{
  g_autofree char *text = pas_indicators_format (indicators, indicator);

  g_assert_cmpstr (text, ==, expected);
}

#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-9)
#define assert_nan(a) g_assert_true (isnan (a))

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-indicators-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  fixture->project = add_project (fixture, "P");
  fixture->other = add_project (fixture, "Q");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_assert_finalize_object (fixture->workspace);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* No department, nobody, nothing: no indicator has a value, and none is
 * shown as 0. */
static void
test_no_data (Fixture       *fixture,
              gconstpointer  data)
{
  const char *periods[][2] = { { WHOLE }, { MARCH } };

  for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
    {
      g_autoptr(PasIndicators) indicators = compute (fixture, periods[p][0], periods[p][1]);

      for (PasIndicator i = 0; i < PAS_N_INDICATORS; i++)
        {
          assert_nan (value (indicators, i));
          assert_nan (previous (indicators, i));
          assert_shown (indicators, i, "—");
        }
      g_assert_cmpuint (indicators->departments->len, ==, 0);
      g_assert_cmpuint (indicators->at_risk->len, ==, 0);
      g_assert_cmpuint (indicators->blocking_cells->len, ==, 0);
      g_assert_cmpuint (indicators->formats->len, ==, 5);
      for (guint f = 0; f < indicators->formats->len; f++)
        assert_nan (g_array_index (indicators->formats, PasFormatIndicators, f).completion);
      g_assert_cmpuint (indicators->barriers->len, ==, PAS_N_BARRIERS);
      for (guint b = 0; b < indicators->barriers->len; b++)
        assert_nan (g_array_index (indicators->barriers, PasBarrierCount, b).share);
      g_assert_cmpstr (indicators->project_name, ==, "P");
      g_assert_cmpint (indicators->referent_ratio, ==, PAS_DEFAULT_REFERENT_RATIO);
      g_assert_cmpint (indicators->privacy_k, ==, PAS_DEFAULT_PRIVACY_K);
      g_assert_cmpint (indicators->change_load_threshold, ==, PAS_DEFAULT_CHANGE_LOAD_THRESHOLD);
    }
}

static void
test_formatting (void)
{
  struct { double share; const char *text; } percents[] = {
    { NAN, "—" }, { INFINITY, "—" }, { 0.0, "0%" }, { 0.5, "50%" }, { 0.125, "13%" },
    { 2.0 / 3.0, "67%" }, { 1.0, "100%" }, { -0.001, "0%" },
  };
  struct { double number; guint decimals; const char *text; } numbers[] = {
    { NAN, 1, "—" }, { 2.25, 1, "2.3" }, { 2.8, 1, "2.8" }, { 37.5, 0, "38" }, { 0.0, 0, "0" }, { -0.01, 1, "0.0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    {
      g_autofree char *text = pas_indicators_format_percent (percents[i].share);
      g_assert_cmpstr (text, ==, percents[i].text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = pas_indicators_format_number (numbers[i].number, numbers[i].decimals);
      g_assert_cmpstr (text, ==, numbers[i].text);
    }
  for (PasIndicator i = 0; i < PAS_N_INDICATORS; i++)
    {
      g_autofree char *text = pas_indicator_format_value (i, NAN);
      g_assert_cmpstr (text, ==, "—");
    }
  {
    g_autofree char *days = pas_indicator_format_value (PAS_INDICATOR_DAYS_TO_RESOLVE, 7);
    g_autofree char *share = pas_indicator_format_value (PAS_INDICATOR_ATTENDANCE, 0.75);
    g_autofree char *count = pas_indicator_format_value (PAS_INDICATOR_AT_RISK, 5);

    g_assert_cmpstr (days, ==, "7.0");
    g_assert_cmpstr (share, ==, "75%");
    g_assert_cmpstr (count, ==, "5");
  }
}

/* Departments exist but nothing happened: a share over departments is a
 * real 0 %, a share over nothing is "—", never "0%". */
static void
test_division_by_zero (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PasIndicators) indicators = NULL;
  gint64 sales = add_department (fixture, "Sales", 0);

  add_department (fixture, "Support", 0);
  add_person (fixture, "Ann", sales);
  add_workshop (fixture, fixture->project, "planned", "2025-03-20");
  indicators = compute (fixture, MARCH);

  /* 0 of 2 departments represented. */
  assert_near (value (indicators, PAS_INDICATOR_REPRESENTATION), 0.0);
  assert_shown (indicators, PAS_INDICATOR_REPRESENTATION, "0%");
  /* Nobody invited to a held workshop: 0 / 0. */
  assert_nan (value (indicators, PAS_INDICATOR_ATTENDANCE));
  assert_shown (indicators, PAS_INDICATOR_ATTENDANCE, "—");
  assert_shown (indicators, PAS_INDICATOR_LOOP_CLOSURE, "—");
  assert_shown (indicators, PAS_INDICATOR_TRAINING_COMPLETION, "—");
  assert_shown (indicators, PAS_INDICATOR_OVERDUE_ENROLLMENTS, "—");
  assert_shown (indicators, PAS_INDICATOR_SKILL_LEVEL, "—");
  assert_shown (indicators, PAS_INDICATOR_DIVIDE_INDEX, "—");
  /* Ann: no readiness, no level, comfort unknown: not at risk; 0 of 1. */
  assert_shown (indicators, PAS_INDICATOR_AT_RISK, "0");
  /* No referent at all: people per referent cannot be computed. */
  assert_shown (indicators, PAS_INDICATOR_REFERENT_COVERAGE, "—");
  g_assert_cmpuint (indicators->n_departments_without_referent, ==, 1);
  for (guint d = 0; d < indicators->departments->len; d++)
    {
      PasDepartmentIndicators *row = g_ptr_array_index (indicators->departments, d);

      assert_nan (row->attendance);
      assert_nan (row->completion);
      assert_nan (row->mean_level);
      assert_nan (row->people_per_referent);
    }
}

/* Departments A, B, C; a1, a2 in A, b1 in B, c1 in C, x in none.
 *   W1 P done   2025-03-10: a1 invited+present, a2 invited, b1 invited+present,
 *                           x present without invitation
 *   W2 P cancelled 03-20:   c1 invited
 *   W3 P done   2025-05-10: c1 invited+present (after March)
 *   W4 Q done   2025-03-12: c1 invited+present (another project)
 *   W5 P done, no date:     a2 invited+present
 * March: represented A, B → 2/3; held workshops W1: 2 present / 3 invited.
 *   C is never represented. Previous period: nothing → 0/3 and "—".
 * Whole history: A, B, C → 3/3; W1 + W3 + W5: 4 / 5. */
static void
test_representation_and_attendance (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  g_autoptr(PasIndicators) whole = NULL;
  gint64 a = add_department (fixture, "A", 0);
  gint64 b = add_department (fixture, "B", 0);
  gint64 c = add_department (fixture, "C", 0);
  gint64 a1 = add_person (fixture, "a1", a), a2 = add_person (fixture, "a2", a);
  gint64 b1 = add_person (fixture, "b1", b), c1 = add_person (fixture, "c1", c);
  gint64 x = add_person (fixture, "x", 0);
  gint64 w1 = add_workshop (fixture, fixture->project, "done", "2025-03-10");
  gint64 w2 = add_workshop (fixture, fixture->project, "cancelled", "2025-03-20");
  gint64 w3 = add_workshop (fixture, fixture->project, "done", "2025-05-10");
  gint64 w4 = add_workshop (fixture, fixture->other, "done", "2025-03-12");
  gint64 w5 = add_workshop (fixture, fixture->project, "done", NULL);
  PasDepartmentIndicators *row;

  add_participant (fixture, w1, a1, TRUE, TRUE);
  add_participant (fixture, w1, a2, TRUE, FALSE);
  add_participant (fixture, w1, b1, TRUE, TRUE);
  add_participant (fixture, w1, x, FALSE, TRUE);
  add_participant (fixture, w2, c1, TRUE, FALSE);
  add_participant (fixture, w3, c1, TRUE, TRUE);
  add_participant (fixture, w4, c1, TRUE, TRUE);
  add_participant (fixture, w5, a2, TRUE, TRUE);

  march = compute (fixture, MARCH);
  assert_near (value (march, PAS_INDICATOR_REPRESENTATION), 2.0 / 3.0);
  g_assert_cmpint (march->values[PAS_INDICATOR_REPRESENTATION].count, ==, 2);
  g_assert_cmpint (march->values[PAS_INDICATOR_REPRESENTATION].total, ==, 3);
  assert_shown (march, PAS_INDICATOR_REPRESENTATION, "67%");
  assert_near (previous (march, PAS_INDICATOR_REPRESENTATION), 0.0);
  assert_near (value (march, PAS_INDICATOR_ATTENDANCE), 2.0 / 3.0);
  assert_nan (previous (march, PAS_INDICATOR_ATTENDANCE));
  g_assert_cmpstr (march->previous_since, ==, "2025-01-29");
  g_assert_cmpstr (march->previous_until, ==, "2025-02-28");
  g_assert_cmpuint (march->n_departments_represented, ==, 2);

  row = g_ptr_array_index (march->departments, 0);
  g_assert_cmpstr (row->name, ==, "A");
  g_assert_cmpuint (row->n_attendees, ==, 1);
  g_assert_cmpuint (row->n_invited, ==, 2);
  assert_near (row->attendance, 0.5);
  row = g_ptr_array_index (march->departments, 1);
  assert_near (row->attendance, 1.0);
  row = g_ptr_array_index (march->departments, 2);
  g_assert_cmpstr (row->name, ==, "C");
  g_assert_cmpuint (row->n_attendees, ==, 0);  /* never represented */
  assert_nan (row->attendance);

  whole = compute (fixture, WHOLE);
  assert_near (value (whole, PAS_INDICATOR_REPRESENTATION), 1.0);
  assert_near (value (whole, PAS_INDICATOR_ATTENDANCE), 4.0 / 5.0);
  assert_shown (whole, PAS_INDICATOR_ATTENDANCE, "80%");
  assert_nan (previous (whole, PAS_INDICATOR_ATTENDANCE));
  g_assert_null (whole->previous_since);
}

/* Feedback of P (created → resolved, response):
 *   f1 done     03-01 → 03-03  "We fixed it"     2 days
 *   f2 won't do 03-02 → 03-12  "   " (blank)    10 days
 *   f3 done     03-05 → 03-09  ""                4 days
 *   f4 done     02-01 → 03-20  "ok"             47 days
 *   f5 new      03-10                          (open)
 *   f6 done     03-15, no resolution time, "x" (counted by its creation)
 *   f7 done     2025-01-10 → 2025-04-02  ""     82 days (resolved after March)
 *   g1 Q done   03-05 → 03-06 "ok"           (another project)
 * March: closed f1 f2 f3 f4 f6, answered f1 f4 f6 → 3/5 = 60 %;
 *   days 2, 4, 10, 47 → median (4 + 10) / 2 = 7.
 * Whole: 3/6 = 50 %; days 2, 4, 10, 47, 82 → median 10. */
static void
test_loop_closure (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  g_autoptr(PasIndicators) whole = NULL;
  gint64 p = fixture->project;

  add_feedback (fixture, p, "bug", "done", "We fixed it", "2025-03-01", "2025-03-03");
  add_feedback (fixture, p, "usability", "wont_do", "   ", "2025-03-02", "2025-03-12");
  add_feedback (fixture, p, "bug", "done", "", "2025-03-05", "2025-03-09");
  add_feedback (fixture, p, "praise", "done", "ok", "2025-02-01", "2025-03-20");
  add_feedback (fixture, p, "bug", "new", "", "2025-03-10", NULL);
  add_feedback (fixture, p, "other", "done", "x", "2025-03-15", NULL);
  add_feedback (fixture, p, "other", "done", "", "2025-01-10", "2025-04-02");
  add_feedback (fixture, fixture->other, "bug", "done", "ok", "2025-03-05", "2025-03-06");

  march = compute (fixture, MARCH);
  assert_near (value (march, PAS_INDICATOR_LOOP_CLOSURE), 0.6);
  g_assert_cmpint (march->values[PAS_INDICATOR_LOOP_CLOSURE].count, ==, 3);
  g_assert_cmpint (march->values[PAS_INDICATOR_LOOP_CLOSURE].total, ==, 5);
  assert_near (value (march, PAS_INDICATOR_DAYS_TO_RESOLVE), 7.0);
  assert_shown (march, PAS_INDICATOR_DAYS_TO_RESOLVE, "7.0");
  /* Previous period: nothing resolved between 01-29 and 02-28. */
  assert_nan (previous (march, PAS_INDICATOR_LOOP_CLOSURE));
  assert_nan (previous (march, PAS_INDICATOR_DAYS_TO_RESOLVE));

  /* Created in March, by present status: done f1 f3 f6, won't do f2, new f5. */
  g_assert_cmpstr (g_array_index (march->feedback_statuses, PasFeedbackStatus, 0).status, ==, "new");
  g_assert_cmpuint (g_array_index (march->feedback_statuses, PasFeedbackStatus, 0).n_created, ==, 1);
  g_assert_cmpuint (g_array_index (march->feedback_statuses, PasFeedbackStatus, 3).n_created, ==, 3);
  g_assert_cmpuint (g_array_index (march->feedback_statuses, PasFeedbackStatus, 4).n_created, ==, 1);
  /* Open: f5, a bug, listed first. */
  g_assert_cmpstr (g_array_index (march->feedback_categories, PasFeedbackCategory, 0).category, ==, "bug");
  g_assert_cmpuint (g_array_index (march->feedback_categories, PasFeedbackCategory, 0).n_open, ==, 1);

  whole = compute (fixture, WHOLE);
  assert_near (value (whole, PAS_INDICATOR_LOOP_CLOSURE), 0.5);
  assert_near (value (whole, PAS_INDICATOR_DAYS_TO_RESOLVE), 10.0);
}

/* Departments A (a1, a2, z archived), B (b1); modules of P: M1
 * micro-learning and M2 coaching, both on skill S; M3 of Q.
 *   e1 a1 M1 completed 03-05 (due 02-01)  → March, by completion
 *   e2 a1 M2 in progress, due 03-10        → March, overdue
 *   e3 a2 M1 dropped, due 03-15            → never counted
 *   e4 a2 M2 planned, due 04-15            → after March
 *   e5 b1 M1 completed 03-20               → March
 *   e6 b1 M2 planned, due 03-31            → March, due on the last day: not overdue
 *   e7 b1 M3 completed 03-20               → another project
 *   e8 z  M1 planned, due 03-05            → archived
 * March: completed e1 e5 of e1 e2 e5 e6 → 50 %, 1 overdue.
 *   A 1/2, B 1/2; micro-learning 2/2, coaching 0/2, others "—";
 *   M1 2/2, M2 0/2 (a blocking module).
 * Whole: e1 e2 e4 e5 e6 → 2/5 = 40 %; before today e2 e4 e6 are overdue. */
static void
test_training_completion (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  g_autoptr(PasIndicators) whole = NULL;
  gint64 a = add_department (fixture, "A", 0), b = add_department (fixture, "B", 0);
  gint64 a1 = add_person (fixture, "a1", a), a2 = add_person (fixture, "a2", a);
  gint64 b1 = add_person (fixture, "b1", b);
  gint64 z = add_person_full (fixture, "z", a, FALSE, -1, TRUE);
  gint64 s = add_skill (fixture, "S", fixture->project);
  gint64 m1 = add_module (fixture, fixture->project, "M1", "micro_learning", s);
  gint64 m2 = add_module (fixture, fixture->project, "M2", "coaching", s);
  gint64 m3 = add_module (fixture, fixture->other, "M3", "classroom", 0);
  PasDepartmentIndicators *row;
  PasModuleIndicators *module;

  add_enrollment (fixture, m1, a1, "completed", "2025-02-01", "2025-03-05");
  add_enrollment (fixture, m2, a1, "in_progress", "2025-03-10", NULL);
  add_enrollment (fixture, m1, a2, "dropped", "2025-03-15", NULL);
  add_enrollment (fixture, m2, a2, "planned", "2025-04-15", NULL);
  add_enrollment (fixture, m1, b1, "completed", NULL, "2025-03-20");
  add_enrollment (fixture, m2, b1, "planned", "2025-03-31", NULL);
  add_enrollment (fixture, m3, b1, "completed", NULL, "2025-03-20");
  add_enrollment (fixture, m1, z, "planned", "2025-03-05", NULL);

  march = compute (fixture, MARCH);
  g_assert_cmpstr (march->reference_day, ==, "2025-03-31");
  assert_near (value (march, PAS_INDICATOR_TRAINING_COMPLETION), 0.5);
  g_assert_cmpint (march->values[PAS_INDICATOR_TRAINING_COMPLETION].total, ==, 4);
  assert_near (value (march, PAS_INDICATOR_OVERDUE_ENROLLMENTS), 1);
  assert_nan (previous (march, PAS_INDICATOR_TRAINING_COMPLETION));

  row = g_ptr_array_index (march->departments, 0);
  g_assert_cmpuint (row->n_enrollments, ==, 2);
  g_assert_cmpuint (row->n_trainees, ==, 1);
  g_assert_cmpuint (row->n_overdue, ==, 1);
  assert_near (row->completion, 0.5);
  row = g_ptr_array_index (march->departments, 1);
  assert_near (row->completion, 0.5);
  g_assert_cmpuint (row->n_overdue, ==, 0);

  g_assert_cmpstr (g_array_index (march->formats, PasFormatIndicators, 0).format, ==, "micro_learning");
  assert_near (g_array_index (march->formats, PasFormatIndicators, 0).completion, 1.0);
  g_assert_cmpuint (g_array_index (march->formats, PasFormatIndicators, 0).n_trainees, ==, 2);
  g_assert_cmpstr (g_array_index (march->formats, PasFormatIndicators, 1).format, ==, "coaching");
  assert_near (g_array_index (march->formats, PasFormatIndicators, 1).completion, 0.0);
  assert_nan (g_array_index (march->formats, PasFormatIndicators, 3).completion);

  g_assert_cmpuint (march->modules->len, ==, 2);
  module = g_ptr_array_index (march->modules, 0);
  g_assert_cmpstr (module->title, ==, "M1");
  assert_near (module->completion, 1.0);
  g_assert_false (module->blocking);
  module = g_ptr_array_index (march->modules, 1);
  assert_near (module->completion, 0.0);
  g_assert_true (module->blocking);
  g_assert_cmpuint (march->n_blocking_modules, ==, 1);

  whole = compute (fixture, WHOLE);
  assert_near (value (whole, PAS_INDICATOR_TRAINING_COMPLETION), 0.4);
  assert_shown (whole, PAS_INDICATOR_TRAINING_COMPLETION, "40%");
  assert_near (value (whole, PAS_INDICATOR_OVERDUE_ENROLLMENTS), 3);
}

/* Skills Alpha and Beta of P, Gamma of no project; A (a1, a2), B (b1).
 *   a1 Alpha 1 on 01-10, 3 on 03-15;  a1 Beta 2 on 02-01;  a1 Gamma 0
 *   a2 Alpha 4 on 03-01, 0 on 04-10 (after March)
 *   b1 Alpha 2 on 02-20;  b1 Beta 1 then 3, both on 03-05 (the later row wins)
 * End of March: a1 Alpha 3, a1 Beta 2, a2 Alpha 4, b1 Alpha 2, b1 Beta 3
 *   → mean 14 / 5 = 2.8; A × Alpha (3 + 4) / 2 = 3.5, A × Beta 2,
 *   B × Alpha 2, B × Beta 3; Alpha (3 + 4 + 2) / 3 = 3, Beta 2.5;
 *   A (3 + 2 + 4) / 3 = 3, B 2.5.
 * End of February: a1 Alpha 1, a1 Beta 2, b1 Alpha 2 → 5 / 3.
 * Trend January–March: 1 (a1 Alpha), 5 / 3, 2.8. */
static void
test_skill_levels (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  g_autoptr(PasIndicators) quarter = NULL;
  gint64 a = add_department (fixture, "A", 0), b = add_department (fixture, "B", 0);
  gint64 a1 = add_person (fixture, "a1", a), a2 = add_person (fixture, "a2", a);
  gint64 b1 = add_person (fixture, "b1", b);
  gint64 beta = add_skill (fixture, "Beta", fixture->project);
  gint64 alpha = add_skill (fixture, "Alpha", fixture->project);
  gint64 gamma = add_skill (fixture, "Gamma", 0);
  const PasSkillIndicators *skill;
  const PasMonthLevel *month;

  add_assessment (fixture, a1, alpha, 3, "2025-03-15");
  add_assessment (fixture, a1, alpha, 1, "2025-01-10");
  add_assessment (fixture, a1, beta, 2, "2025-02-01");
  add_assessment (fixture, a1, gamma, 0, "2025-03-01");
  add_assessment (fixture, a2, alpha, 4, "2025-03-01");
  add_assessment (fixture, a2, alpha, 0, "2025-04-10");
  add_assessment (fixture, b1, alpha, 2, "2025-02-20");
  add_assessment (fixture, b1, beta, 1, "2025-03-05");
  add_assessment (fixture, b1, beta, 3, "2025-03-05");

  march = compute (fixture, MARCH);
  assert_near (value (march, PAS_INDICATOR_SKILL_LEVEL), 2.8);
  g_assert_cmpint (march->values[PAS_INDICATOR_SKILL_LEVEL].count, ==, 5);
  g_assert_cmpint (march->values[PAS_INDICATOR_SKILL_LEVEL].total, ==, 3);
  assert_near (previous (march, PAS_INDICATOR_SKILL_LEVEL), 5.0 / 3.0);

  g_assert_cmpuint (march->skills->len, ==, 2);
  skill = g_ptr_array_index (march->skills, 0);
  g_assert_cmpstr (skill->name, ==, "Alpha");
  assert_near (skill->mean_level, 3.0);
  g_assert_cmpuint (skill->n_assessed, ==, 3);
  g_assert_cmpuint (skill->n_low, ==, 0);
  skill = g_ptr_array_index (march->skills, 1);
  assert_near (skill->mean_level, 2.5);

  assert_near (pas_indicators_get_cell (march, 0, 0)->mean_level, 3.5);
  g_assert_cmpuint (pas_indicators_get_cell (march, 0, 0)->n_assessed, ==, 2);
  assert_near (pas_indicators_get_cell (march, 0, 1)->mean_level, 2.0);
  assert_near (pas_indicators_get_cell (march, 1, 0)->mean_level, 2.0);
  assert_near (pas_indicators_get_cell (march, 1, 1)->mean_level, 3.0);
  assert_near (((PasDepartmentIndicators *) g_ptr_array_index (march->departments, 0))->mean_level, 3.0);
  assert_near (((PasDepartmentIndicators *) g_ptr_array_index (march->departments, 1))->mean_level, 2.5);

  g_assert_cmpuint (march->months->len, ==, 1);
  month = &g_array_index (march->months, PasMonthLevel, 0);
  g_assert_cmpint (month->year, ==, 2025);
  g_assert_cmpint (month->month, ==, 3);
  assert_near (month->mean_level, 2.8);
  g_assert_cmpuint (month->n_assessed, ==, 3);

  quarter = compute (fixture, "2025-01-01", "2025-03-31");
  g_assert_cmpuint (quarter->months->len, ==, 3);
  assert_near (g_array_index (quarter->months, PasMonthLevel, 0).mean_level, 1.0);
  assert_near (g_array_index (quarter->months, PasMonthLevel, 1).mean_level, 5.0 / 3.0);
  g_assert_cmpuint (g_array_index (quarter->months, PasMonthLevel, 1).n_levels, ==, 3);
  assert_near (g_array_index (quarter->months, PasMonthLevel, 2).mean_level, 2.8);
  /* The previous 90 days (2024-10-03..2024-12-31) have no level yet. */
  assert_nan (previous (quarter, PAS_INDICATOR_SKILL_LEVEL));
}

static void
test_barrier_and_routing (void)
{
  g_assert_cmpint (pas_barrier_from_scores (4, 4, 4, 4, 4), ==, PAS_BARRIER_NONE);
  g_assert_cmpint (pas_barrier_from_scores (3, 1, 1, 1, 1), ==, PAS_BARRIER_AWARENESS);
  g_assert_cmpint (pas_barrier_from_scores (4, 3, 5, 5, 5), ==, PAS_BARRIER_DESIRE);
  g_assert_cmpint (pas_barrier_from_scores (5, 5, 2, 1, 1), ==, PAS_BARRIER_KNOWLEDGE);
  g_assert_cmpint (pas_barrier_from_scores (5, 4, 4, 3, 5), ==, PAS_BARRIER_ABILITY);
  g_assert_cmpint (pas_barrier_from_scores (4, 4, 4, 4, 3), ==, PAS_BARRIER_REINFORCEMENT);

  g_assert_cmpint (pas_barrier_get_action (PAS_BARRIER_AWARENESS), ==, PAS_ACTION_CONVERSATION);
  g_assert_cmpint (pas_barrier_get_action (PAS_BARRIER_DESIRE), ==, PAS_ACTION_CONVERSATION);
  g_assert_cmpint (pas_barrier_get_action (PAS_BARRIER_KNOWLEDGE), ==, PAS_ACTION_MICRO_LEARNING);
  g_assert_cmpint (pas_barrier_get_action (PAS_BARRIER_ABILITY), ==, PAS_ACTION_COACHING);
  g_assert_cmpint (pas_barrier_get_action (PAS_BARRIER_REINFORCEMENT), ==, PAS_ACTION_RECOGNITION);
  g_assert_cmpint (pas_barrier_get_action (PAS_BARRIER_NONE), ==, PAS_ACTION_NONE);
  for (PasAction action = PAS_ACTION_NONE; action <= PAS_ACTION_FIRST_MODULE; action++)
    g_assert_cmpuint (strlen (pas_action_get_text (action)), >, 0);
  for (PasBarrier barrier = 0; barrier < PAS_N_BARRIERS; barrier++)
    g_assert_cmpuint (strlen (pas_barrier_get_label (barrier)), >, 0);
  g_assert_cmpstr (pas_barrier_get_label (PAS_BARRIER_KNOWLEDGE), ==, "Knowledge");
}

/* Readiness for P:
 *   p1 03-02 all 5 (none), 03-20 knowledge 2      → knowledge
 *   p2 03-10 all 1, then 03-10 ability 3 (same day, later row) → ability
 *   p3 02-10 all 1 (previous period), 03-11 all 5 → none
 *   p4 04-05 all 1 (after March); for Q in March  → not assessed
 *   p5 archived, 03-05 all 1                      → left out
 *   department A as a whole, 03-05 all 1          → not a person: left out
 * March: 3 assessed, barriers knowledge 1, ability 1, none 1 → 2/3.
 * Previous: p3 awareness → 1/1. */
static void
test_readiness (Fixture       *fixture,
                gconstpointer  data)
{
  const int all5[] = { 5, 5, 5, 5, 5 }, all1[] = { 1, 1, 1, 1, 1 };
  const int knowledge[] = { 5, 5, 2, 5, 5 }, ability[] = { 4, 4, 4, 3, 4 };
  g_autoptr(PasIndicators) march = NULL;
  gint64 a = add_department (fixture, "A", 0);
  gint64 p1 = add_person (fixture, "p1", a), p2 = add_person (fixture, "p2", a);
  gint64 p3 = add_person (fixture, "p3", a), p4 = add_person (fixture, "p4", a);
  gint64 p5 = add_person_full (fixture, "p5", a, FALSE, -1, TRUE);
  gint64 p = fixture->project;
  const PasBarrierCount *counts;

  add_readiness (fixture, p, p1, 0, "2025-03-20", knowledge);
  add_readiness (fixture, p, p1, 0, "2025-03-02", all5);
  add_readiness (fixture, p, p2, 0, "2025-03-10", all1);
  add_readiness (fixture, p, p2, 0, "2025-03-10", ability);
  add_readiness (fixture, p, p3, 0, "2025-02-10", all1);
  add_readiness (fixture, p, p3, 0, "2025-03-11", all5);
  add_readiness (fixture, p, p4, 0, "2025-04-05", all1);
  add_readiness (fixture, fixture->other, p4, 0, "2025-03-15", all1);
  add_readiness (fixture, p, p5, 0, "2025-03-05", all1);
  add_readiness (fixture, p, 0, a, "2025-03-05", all1);

  march = compute (fixture, MARCH);
  assert_near (value (march, PAS_INDICATOR_READINESS_BARRIER), 2.0 / 3.0);
  g_assert_cmpint (march->values[PAS_INDICATOR_READINESS_BARRIER].total, ==, 3);
  assert_near (previous (march, PAS_INDICATOR_READINESS_BARRIER), 1.0);
  counts = (const PasBarrierCount *) (gpointer) march->barriers->data;
  g_assert_cmpuint (counts[PAS_BARRIER_AWARENESS].count, ==, 0);
  g_assert_cmpuint (counts[PAS_BARRIER_AWARENESS].previous, ==, 1);
  g_assert_cmpuint (counts[PAS_BARRIER_KNOWLEDGE].count, ==, 1);
  g_assert_cmpuint (counts[PAS_BARRIER_ABILITY].count, ==, 1);
  g_assert_cmpuint (counts[PAS_BARRIER_NONE].count, ==, 1);
  assert_near (counts[PAS_BARRIER_NONE].share, 1.0 / 3.0);
  g_assert_cmpuint (counts[PAS_BARRIER_REINFORCEMENT].count, ==, 0);
  assert_near (counts[PAS_BARRIER_REINFORCEMENT].share, 0.0);
}

/* Skills S1, S2 of P, module M1 on S1; departments A, B.
 *   Bruno (A)  latest S1 level 1                         → low level
 *   alice (A)  S1 level 3, readiness knowledge          → barrier
 *   Denis (B)  comfort 1, no enrollment                  → no training
 *   Chris (B)  comfort 0, planned in M1                  → not at risk
 *   Emma       comfort 1, only a dropped enrollment      → no training
 *   Zoe  (A)   S2 level 0, readiness ability, comfort 0,
 *              no enrollment                             → all three
 *   Yann (A)   archived, level 0                         → left out
 *   Hugo       comfort unknown, nothing                  → not at risk
 *   Ines (B)   S1 level 1 in January, 3 in March         → not at risk
 * List: Zoe first (3 reasons), then by name: alice, Bruno, Denis, Emma. */
static void
test_at_risk (Fixture       *fixture,
              gconstpointer  data)
{
  const int knowledge[] = { 5, 5, 2, 5, 5 }, ability[] = { 4, 4, 4, 3, 4 };
  g_autoptr(PasIndicators) march = NULL;
  gint64 a = add_department (fixture, "A", 0), b = add_department (fixture, "B", 0);
  gint64 s1 = add_skill (fixture, "S1", fixture->project), s2 = add_skill (fixture, "S2", fixture->project);
  gint64 m1 = add_module (fixture, fixture->project, "M1", "micro_learning", s1);
  gint64 bruno = add_person (fixture, "Bruno", a);
  gint64 alice = add_person (fixture, "alice", a);
  gint64 chris = add_person_full (fixture, "Chris", b, FALSE, 0, FALSE);
  gint64 emma = add_person_full (fixture, "Emma", 0, FALSE, 1, FALSE);
  gint64 zoe = add_person_full (fixture, "Zoe", a, FALSE, 0, FALSE);
  gint64 yann = add_person_full (fixture, "Yann", a, FALSE, 0, TRUE);
  gint64 ines = add_person (fixture, "Ines", b);
  const char *expected[] = { "Zoe", "alice", "Bruno", "Denis", "Emma" };
  const PasAtRiskPerson *row;
  g_autofree char *reasons = NULL;

  add_person_full (fixture, "Denis", b, FALSE, 1, FALSE);
  add_person (fixture, "Hugo", 0);
  add_assessment (fixture, bruno, s1, 1, "2025-03-01");
  add_assessment (fixture, alice, s1, 3, "2025-03-01");
  add_readiness (fixture, fixture->project, alice, 0, "2025-03-02", knowledge);
  add_enrollment (fixture, m1, chris, "planned", "2025-06-01", NULL);
  add_enrollment (fixture, m1, emma, "dropped", "2025-03-01", NULL);
  add_assessment (fixture, zoe, s2, 0, "2025-03-03");
  add_readiness (fixture, fixture->project, zoe, 0, "2025-03-04", ability);
  add_assessment (fixture, yann, s1, 0, "2025-03-03");
  add_assessment (fixture, ines, s1, 1, "2025-01-03");
  add_assessment (fixture, ines, s1, 3, "2025-03-03");

  march = compute (fixture, MARCH);
  g_assert_cmpuint (march->at_risk->len, ==, G_N_ELEMENTS (expected));
  assert_near (value (march, PAS_INDICATOR_AT_RISK), 5);
  g_assert_cmpint (march->values[PAS_INDICATOR_AT_RISK].total, ==, 8);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((PasAtRiskPerson *) g_ptr_array_index (march->at_risk, i))->name, ==, expected[i]);

  row = g_ptr_array_index (march->at_risk, 0);
  g_assert_cmpint (row->reasons, ==, PAS_RISK_LOW_LEVEL | PAS_RISK_BARRIER | PAS_RISK_NO_TRAINING);
  g_assert_cmpint (row->action, ==, PAS_ACTION_COACHING);
  g_assert_cmpstr (row->weakest_skill, ==, "S2");
  g_assert_cmpint (row->weakest_level, ==, 0);
  g_assert_cmpstr (row->department, ==, "A");
  reasons = pas_at_risk_person_describe (row);
  g_assert_cmpstr (reasons, ==, "level 0 on “S2”; blocked at Ability; no training, digital comfort 0");

  row = g_ptr_array_index (march->at_risk, 1);  /* alice */
  g_assert_cmpint (row->reasons, ==, PAS_RISK_BARRIER);
  g_assert_cmpint (row->barrier, ==, PAS_BARRIER_KNOWLEDGE);
  g_assert_cmpint (row->action, ==, PAS_ACTION_MICRO_LEARNING);
  row = g_ptr_array_index (march->at_risk, 2);  /* Bruno */
  g_assert_cmpint (row->reasons, ==, PAS_RISK_LOW_LEVEL);
  g_assert_cmpint (row->weakest_skill_id, ==, s1);
  g_assert_cmpint (row->action, ==, PAS_ACTION_SKILL_TRAINING);
  row = g_ptr_array_index (march->at_risk, 3);  /* Denis */
  g_assert_cmpint (row->reasons, ==, PAS_RISK_NO_TRAINING);
  g_assert_cmpint (row->action, ==, PAS_ACTION_FIRST_MODULE);
  g_assert_cmpint (row->weakest_level, ==, -1);
  row = g_ptr_array_index (march->at_risk, 4);  /* Emma, no department */
  g_assert_cmpint (row->department_id, ==, 0);
  g_assert_null (row->department);
}

/* Person levels (mean of their latest levels on P's skills):
 *   A: p1 S1 1 → 1;  p2 S1 1, S2 3 → 2
 *   B: p3 S1 2, S2 2 → 2;  p4 S1 2 → 2;  p5 S1 4, S2 4 → 4
 *   C: p6 S1 2, p7 S1 2
 * All: 1 2 2 2 2 2 4, n = 7, a quarter is ⌈7 / 4⌉ = 2 people:
 *   bottom (1 + 2) / 2 = 1.5, top (4 + 2) / 2 = 3 → 25 × 1.5 = 37.5.
 *   Five people tie at 2 across both quarters: any of them gives 2.
 * A: 1 2 → quarter 1 → 25 × (2 − 1) = 25.  B: 2 2 4 → 25 × (4 − 2) = 50.
 * C: 2 2 → 0, a real 0.  D: one person → "—" (two at least). */
static void
test_divide_index (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  gint64 a = add_department (fixture, "A", 0), b = add_department (fixture, "B", 0);
  gint64 c = add_department (fixture, "C", 0), d = add_department (fixture, "D", 0);
  gint64 s1 = add_skill (fixture, "S1", fixture->project), s2 = add_skill (fixture, "S2", fixture->project);
  gint64 p1 = add_person (fixture, "p1", a), p2 = add_person (fixture, "p2", a);
  gint64 p3 = add_person (fixture, "p3", b), p4 = add_person (fixture, "p4", b);
  gint64 p5 = add_person (fixture, "p5", b), p6 = add_person (fixture, "p6", c);
  gint64 p7 = add_person (fixture, "p7", c);
  PasDepartmentIndicators *row;

  add_person (fixture, "p8", d);
  add_assessment (fixture, p1, s1, 1, "2025-03-01");
  add_assessment (fixture, p2, s1, 1, "2025-03-01");
  add_assessment (fixture, p2, s2, 3, "2025-03-01");
  add_assessment (fixture, p3, s1, 2, "2025-03-01");
  add_assessment (fixture, p3, s2, 2, "2025-03-01");
  add_assessment (fixture, p4, s1, 2, "2025-03-01");
  add_assessment (fixture, p5, s1, 4, "2025-03-01");
  add_assessment (fixture, p5, s2, 4, "2025-03-01");
  add_assessment (fixture, p6, s1, 2, "2025-03-01");
  add_assessment (fixture, p7, s1, 2, "2025-03-01");

  march = compute (fixture, MARCH);
  assert_near (value (march, PAS_INDICATOR_DIVIDE_INDEX), 37.5);
  g_assert_cmpint (march->values[PAS_INDICATOR_DIVIDE_INDEX].count, ==, 2);
  g_assert_cmpint (march->values[PAS_INDICATOR_DIVIDE_INDEX].total, ==, 7);
  assert_shown (march, PAS_INDICATOR_DIVIDE_INDEX, "38");
  /* Nobody assessed at the end of February. */
  assert_nan (previous (march, PAS_INDICATOR_DIVIDE_INDEX));

  row = g_ptr_array_index (march->departments, 0);
  assert_near (row->divide_index, 25);
  g_assert_cmpuint (row->n_assessed, ==, 2);
  row = g_ptr_array_index (march->departments, 1);
  assert_near (row->divide_index, 50);
  row = g_ptr_array_index (march->departments, 2);
  assert_near (row->divide_index, 0);
  row = g_ptr_array_index (march->departments, 3);
  g_assert_cmpuint (row->n_assessed, ==, 0);
  assert_nan (row->divide_index);
}

/* n < 4: two people, 1 and 3, a quarter of one each → 25 × 2 = 50;
 * one person alone → "—". */
static void
test_divide_index_few (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 s = add_skill (fixture, "S", fixture->project);
  gint64 p1 = add_person (fixture, "p1", 0);
  gint64 p2 = add_person (fixture, "p2", 0);

  add_assessment (fixture, p1, s, 1, "2025-03-01");
  {
    g_autoptr(PasIndicators) one = compute (fixture, MARCH);

    assert_nan (value (one, PAS_INDICATOR_DIVIDE_INDEX));
    assert_shown (one, PAS_INDICATOR_DIVIDE_INDEX, "—");
    g_assert_cmpint (one->values[PAS_INDICATOR_DIVIDE_INDEX].total, ==, 1);
  }
  add_assessment (fixture, p2, s, 3, "2025-03-02");
  {
    g_autoptr(PasIndicators) two = compute (fixture, MARCH);

    assert_near (value (two, PAS_INDICATOR_DIVIDE_INDEX), 50);
    g_assert_cmpint (two->values[PAS_INDICATOR_DIVIDE_INDEX].count, ==, 1);
  }
}

/* One department only, with everything in it: the department's figures
 * are the overall ones. Sales (s1, s2): workshop W done 03-05, s1
 * present, s2 invited; levels 0 and 4 → index 25 × 4 = 100. */
static void
test_one_department (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  gint64 sales = add_department (fixture, "Sales", 0);
  gint64 s1 = add_person (fixture, "s1", sales), s2 = add_person (fixture, "s2", sales);
  gint64 skill = add_skill (fixture, "S", fixture->project);
  gint64 w = add_workshop (fixture, fixture->project, "done", "2025-03-05");
  PasDepartmentIndicators *row;

  add_participant (fixture, w, s1, TRUE, TRUE);
  add_participant (fixture, w, s2, TRUE, FALSE);
  add_assessment (fixture, s1, skill, 0, "2025-03-01");
  add_assessment (fixture, s2, skill, 4, "2025-03-01");

  march = compute (fixture, MARCH);
  g_assert_cmpuint (march->departments->len, ==, 1);
  row = g_ptr_array_index (march->departments, 0);
  assert_shown (march, PAS_INDICATOR_REPRESENTATION, "100%");
  assert_near (value (march, PAS_INDICATOR_ATTENDANCE), 0.5);
  assert_near (row->attendance, 0.5);
  assert_near (value (march, PAS_INDICATOR_DIVIDE_INDEX), 100);
  assert_near (row->divide_index, 100);
  assert_near (value (march, PAS_INDICATOR_SKILL_LEVEL), 2);
  assert_near (row->mean_level, 2);
  /* The level-0 person is at risk. */
  g_assert_cmpuint (march->at_risk->len, ==, 1);
}

/* referent_ratio set to 10.
 *   A: headcount 40; r1, r2 referents, r3 archived referent, a1 → 40 / 2 = 20,
 *      4 referents needed; r1 helped 4 people on 03-05 (and 9 on 04-01).
 *   B: headcount 0; b1, b2, no referent → "without a referent", "—".
 *   C: headcount 0, nobody → needs none.
 *   r4, a referent with no department.
 * All: (40 + 2 + 0 + 1) / 3 referents = 14.3 → "14". */
static void
test_referent_coverage (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  gint64 a = add_department (fixture, "A", 40), b = add_department (fixture, "B", 0);
  gint64 r1 = add_person_full (fixture, "r1", a, TRUE, -1, FALSE);
  PasDepartmentIndicators *row;

  add_department (fixture, "C", 0);
  set_setting (fixture, PAS_SETTING_REFERENT_RATIO, "10");
  add_person_full (fixture, "r2", a, TRUE, -1, FALSE);
  add_person_full (fixture, "r3", a, TRUE, -1, TRUE);
  add_person (fixture, "a1", a);
  add_person (fixture, "b1", b);
  add_person (fixture, "b2", b);
  add_person_full (fixture, "r4", 0, TRUE, -1, FALSE);
  add_activity (fixture, r1, "2025-03-05", 4);
  add_activity (fixture, r1, "2025-04-01", 9);

  march = compute (fixture, MARCH);
  g_assert_cmpint (march->referent_ratio, ==, 10);
  assert_near (value (march, PAS_INDICATOR_REFERENT_COVERAGE), 43.0 / 3.0);
  assert_shown (march, PAS_INDICATOR_REFERENT_COVERAGE, "14");
  g_assert_cmpuint (march->n_departments_without_referent, ==, 1);

  row = g_ptr_array_index (march->departments, 0);
  g_assert_cmpuint (row->n_people, ==, 3);
  g_assert_cmpuint (row->n_referents, ==, 2);
  g_assert_cmpuint (row->population, ==, 40);
  assert_near (row->people_per_referent, 20);
  g_assert_cmpuint (row->referents_needed, ==, 4);
  g_assert_cmpuint (row->n_activities, ==, 1);
  g_assert_cmpuint (row->people_helped, ==, 4);
  row = g_ptr_array_index (march->departments, 1);
  g_assert_cmpuint (row->population, ==, 2);
  g_assert_cmpuint (row->n_referents, ==, 0);
  assert_nan (row->people_per_referent);
  g_assert_cmpuint (row->referents_needed, ==, 1);
  row = g_ptr_array_index (march->departments, 2);
  g_assert_cmpuint (row->population, ==, 0);
  g_assert_cmpuint (row->referents_needed, ==, 0);
}

/* Skills S1, S2; modules M1 (S1), M2 (S2); A (a1, a2), B (b1).
 *   A × S1: levels 1, 2 → 1.5; M1: a1 planned, a2 completed → 50 %: not blocking
 *   A × S2: levels 0, 1 → 0.5; no enrollment                  → blocking
 *   B × S1: level 1; M1: b1 planned → 0 %                     → blocking
 *   B × S2: level 3                                           → not blocking
 * Modules: M1 1/3 → blocking; M2 no enrollment → not judged.
 * Feedback: 10 open usability items → blocking, 9 open bugs → not,
 *   11 open praises → not: praise blocks nothing.
 * Zones: 2 pairs + 1 module + 1 category = 4; A × S2 listed first. */
static void
test_blocking_zones (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  gint64 a = add_department (fixture, "A", 0), b = add_department (fixture, "B", 0);
  gint64 s1 = add_skill (fixture, "S1", fixture->project), s2 = add_skill (fixture, "S2", fixture->project);
  gint64 m1 = add_module (fixture, fixture->project, "M1", "micro_learning", s1);
  gint64 a1 = add_person (fixture, "a1", a), a2 = add_person (fixture, "a2", a);
  gint64 b1 = add_person (fixture, "b1", b);
  const PasSkillCell *cell;
  const PasFeedbackCategory *category;

  add_module (fixture, fixture->project, "M2", "coaching", s2);
  add_assessment (fixture, a1, s1, 1, "2025-03-01");
  add_assessment (fixture, a2, s1, 2, "2025-03-01");
  add_assessment (fixture, a1, s2, 0, "2025-03-01");
  add_assessment (fixture, a2, s2, 1, "2025-03-01");
  add_assessment (fixture, b1, s1, 1, "2025-03-01");
  add_assessment (fixture, b1, s2, 3, "2025-03-01");
  add_enrollment (fixture, m1, a1, "planned", "2025-03-20", NULL);
  add_enrollment (fixture, m1, a2, "completed", NULL, "2025-03-10");
  add_enrollment (fixture, m1, b1, "planned", "2025-03-20", NULL);
  for (guint i = 0; i < 10; i++)
    add_feedback (fixture, fixture->project, "usability", "triaged", "", "2025-03-02", NULL);
  for (guint i = 0; i < 9; i++)
    add_feedback (fixture, fixture->project, "bug", "new", "", "2025-02-02", NULL);
  add_feedback (fixture, fixture->project, "bug", "done", "", "2025-02-02", "2025-02-03");
  for (guint i = 0; i < 11; i++)
    add_feedback (fixture, fixture->project, "praise", "new", "", "2025-03-05", NULL);

  march = compute (fixture, MARCH);
  cell = pas_indicators_get_cell (march, 0, 0);
  assert_near (cell->mean_level, 1.5);
  assert_near (cell->completion, 0.5);
  g_assert_false (cell->blocking);
  cell = pas_indicators_get_cell (march, 0, 1);
  g_assert_true (cell->blocking);
  assert_nan (cell->completion);
  cell = pas_indicators_get_cell (march, 1, 0);
  assert_near (cell->completion, 0.0);
  g_assert_true (cell->blocking);
  g_assert_false (pas_indicators_get_cell (march, 1, 1)->blocking);

  g_assert_cmpuint (march->blocking_cells->len, ==, 2);
  cell = &g_array_index (march->blocking_cells, PasSkillCell, 0);
  g_assert_cmpuint (cell->department, ==, 0);
  g_assert_cmpuint (cell->skill, ==, 1);
  cell = &g_array_index (march->blocking_cells, PasSkillCell, 1);
  g_assert_cmpuint (cell->department, ==, 1);
  g_assert_cmpuint (cell->skill, ==, 0);

  g_assert_cmpuint (march->n_blocking_modules, ==, 1);
  g_assert_true (((PasModuleIndicators *) g_ptr_array_index (march->modules, 0))->blocking);
  g_assert_false (((PasModuleIndicators *) g_ptr_array_index (march->modules, 1))->blocking);

  g_assert_cmpuint (march->n_blocking_categories, ==, 1);
  category = &g_array_index (march->feedback_categories, PasFeedbackCategory, 0);
  g_assert_cmpstr (category->category, ==, "praise");
  g_assert_cmpuint (category->n_open, ==, 11);
  g_assert_false (category->blocking);
  category = &g_array_index (march->feedback_categories, PasFeedbackCategory, 1);
  g_assert_cmpstr (category->category, ==, "usability");
  g_assert_cmpuint (category->n_open, ==, 10);
  g_assert_true (category->blocking);
  category = &g_array_index (march->feedback_categories, PasFeedbackCategory, 2);
  g_assert_cmpstr (category->category, ==, "bug");
  g_assert_cmpuint (category->n_open, ==, 9);
  g_assert_false (category->blocking);

  assert_near (value (march, PAS_INDICATOR_BLOCKING_ZONES), 4);
}

/* Threshold 3 (the default): more than 3 open at once is a load.
 *   p1 (A): P planned + in progress, Q in progress, one completed;
 *           invited to Q planned and P running; P done, P cancelled and
 *           a P planned workshop without invitation do not count → 5
 *   p2 (A): three open enrollments → 3, not above
 *   p3 (B): nothing → 0;  p4 archived with four open → left out
 * Mean (5 + 3 + 0) / 3 = 2.7; A (5 + 3) / 2 = 4, B 0. Threshold 2: p1, p2. */
static void
test_change_load (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 a = add_department (fixture, "A", 0), b = add_department (fixture, "B", 0);
  gint64 p1 = add_person (fixture, "p1", a), p2 = add_person (fixture, "p2", a);
  gint64 p4 = add_person_full (fixture, "p4", a, FALSE, -1, TRUE);
  gint64 m[4], w;

  add_person (fixture, "p3", b);
  for (guint i = 0; i < 3; i++)
    m[i] = add_module (fixture, fixture->project, "M", "micro_learning", 0);
  m[3] = add_module (fixture, fixture->other, "N", "coaching", 0);
  add_enrollment (fixture, m[0], p1, "planned", NULL, NULL);
  add_enrollment (fixture, m[1], p1, "in_progress", NULL, NULL);
  add_enrollment (fixture, m[3], p1, "in_progress", NULL, NULL);
  add_enrollment (fixture, m[2], p1, "completed", NULL, "2025-01-01");
  w = add_workshop (fixture, fixture->other, "planned", "2099-01-01");
  add_participant (fixture, w, p1, TRUE, FALSE);
  w = add_workshop (fixture, fixture->project, "running", "2025-03-01");
  add_participant (fixture, w, p1, TRUE, FALSE);
  w = add_workshop (fixture, fixture->project, "done", "2025-03-01");
  add_participant (fixture, w, p1, TRUE, TRUE);
  w = add_workshop (fixture, fixture->project, "cancelled", "2025-03-01");
  add_participant (fixture, w, p1, TRUE, FALSE);
  w = add_workshop (fixture, fixture->project, "planned", NULL);
  add_participant (fixture, w, p1, FALSE, FALSE);
  for (guint i = 0; i < 3; i++)
    add_enrollment (fixture, m[i], p2, "planned", NULL, NULL);
  for (guint i = 0; i < 4; i++)
    add_enrollment (fixture, m[i], p4, "planned", NULL, NULL);

  {
    g_autoptr(PasIndicators) now = compute (fixture, WHOLE);
    const PasPersonLoad *load;

    assert_near (value (now, PAS_INDICATOR_CHANGE_LOAD), 8.0 / 3.0);
    assert_shown (now, PAS_INDICATOR_CHANGE_LOAD, "2.7");
    g_assert_cmpint (now->values[PAS_INDICATOR_CHANGE_LOAD].count, ==, 1);
    g_assert_cmpuint (now->overloaded->len, ==, 1);
    load = &g_array_index (now->overloaded, PasPersonLoad, 0);
    g_assert_cmpint (load->person_id, ==, p1);
    g_assert_cmpuint (load->n_enrollments, ==, 3);
    g_assert_cmpuint (load->n_workshops, ==, 2);
    g_assert_cmpuint (load->load, ==, 5);
    assert_near (((PasDepartmentIndicators *) g_ptr_array_index (now->departments, 0))->mean_load, 4);
    g_assert_cmpuint (((PasDepartmentIndicators *) g_ptr_array_index (now->departments, 0))->n_overloaded, ==, 1);
    assert_near (((PasDepartmentIndicators *) g_ptr_array_index (now->departments, 1))->mean_load, 0);
  }

  set_setting (fixture, PAS_SETTING_CHANGE_LOAD_THRESHOLD, "2");
  {
    g_autoptr(PasIndicators) now = compute (fixture, WHOLE);

    g_assert_cmpint (now->change_load_threshold, ==, 2);
    g_assert_cmpuint (now->overloaded->len, ==, 2);
    g_assert_cmpint (g_array_index (now->overloaded, PasPersonLoad, 0).person_id, ==, p1);
    g_assert_cmpint (g_array_index (now->overloaded, PasPersonLoad, 1).person_id, ==, p2);
  }
}

/* P: published 03-10, 03-31 and 02-20 (previous period), one without a
 * date, a draft 03-15; Q: published 03-12.
 * March: 2, previous 1; whole history: 4. Q' with no story at all: "—". */
static void
test_stories (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(PasIndicators) march = NULL;
  g_autoptr(PasIndicators) whole = NULL;
  gint64 p = fixture->project;

  add_story (fixture, p, "published", "2025-03-10");
  add_story (fixture, p, "published", "2025-03-31");
  add_story (fixture, p, "published", "2025-02-20");
  add_story (fixture, p, "published", NULL);
  add_story (fixture, p, "draft", "2025-03-15");
  add_story (fixture, fixture->other, "published", "2025-03-12");

  march = compute (fixture, MARCH);
  assert_near (value (march, PAS_INDICATOR_STORIES_PUBLISHED), 2);
  assert_near (previous (march, PAS_INDICATOR_STORIES_PUBLISHED), 1);
  whole = compute (fixture, WHOLE);
  assert_near (value (whole, PAS_INDICATOR_STORIES_PUBLISHED), 4);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PasIndicators) none = pas_indicators_compute (fixture->workspace, add_project (fixture, "R"),
                                                            MARCH, &error);
    g_assert_no_error (error);
    assert_shown (none, PAS_INDICATOR_STORIES_PUBLISHED, "—");
  }
}

static void
test_privacy (Fixture       *fixture,
              gconstpointer  data)
{
  {
    g_autoptr(PasIndicators) indicators = compute (fixture, WHOLE);

    g_assert_true (pas_indicators_is_small_group (indicators, 4));
    g_assert_false (pas_indicators_is_small_group (indicators, 5));
  }
  set_setting (fixture, PAS_SETTING_PRIVACY_K, "3");
  {
    g_autoptr(PasIndicators) indicators = compute (fixture, WHOLE);

    g_assert_true (pas_indicators_is_small_group (indicators, 2));
    g_assert_false (pas_indicators_is_small_group (indicators, 3));
  }
  /* A value that is not a number keeps the default. */
  set_setting (fixture, PAS_SETTING_PRIVACY_K, "many");
  {
    g_autoptr(PasIndicators) indicators = compute (fixture, WHOLE);

    g_assert_cmpint (indicators->privacy_k, ==, PAS_DEFAULT_PRIVACY_K);
  }
}

static void
test_bad_period (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *bad[][2] = {
    { "2025-02-30", NULL }, { "2025/01/01", NULL }, { NULL, "31-03-2025" }, { "", NULL },
    { "2025-1-01", NULL }, { "2025-04-01", "2025-03-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      PasIndicators *indicators = pas_indicators_compute (fixture->workspace, fixture->project,
                                                          bad[i][0], bad[i][1], &error);

      g_assert_null (indicators);
      g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
    }
  {
    g_autoptr(GError) error = NULL;
    PasIndicators *indicators = pas_indicators_compute (fixture->workspace, 999, NULL, NULL, &error);

    g_assert_null (indicators);
    g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  }
  /* A period of one day is fine; its previous period is the day before. */
  {
    g_autoptr(PasIndicators) indicators = compute (fixture, "2025-03-01", "2025-03-01");

    g_assert_cmpstr (indicators->previous_since, ==, "2025-02-28");
    g_assert_cmpstr (indicators->previous_until, ==, "2025-02-28");
  }
}

static void
test_definitions (void)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  for (PasIndicator i = 0; i < PAS_N_INDICATORS; i++)
    {
      const char *definition = pas_indicator_get_definition (i);

      g_assert_true (g_hash_table_add (keys, (gpointer) pas_indicator_get_key (i)));
      g_assert_cmpuint (strlen (pas_indicator_get_name (i)), >, 0);
      g_assert_cmpuint (strlen (definition), >, 20);
      g_assert_true (g_str_has_suffix (definition, "."));
      g_assert_cmpint (ABS (pas_indicator_get_direction (i)), <=, 1);
    }
  g_assert_cmpint (pas_indicator_get_unit (PAS_INDICATOR_ATTENDANCE), ==, PAS_INDICATOR_UNIT_PERCENT);
  g_assert_cmpint (pas_indicator_get_unit (PAS_INDICATOR_DIVIDE_INDEX), ==, PAS_INDICATOR_UNIT_INDEX);
  g_assert_cmpint (pas_indicator_get_direction (PAS_INDICATOR_DIVIDE_INDEX), ==, -1);
}

static void
on_computed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static PasIndicators *
compute_async (Fixture       *fixture,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pas_indicators_compute_async (fixture->path, fixture->project, MARCH, cancellable, on_computed_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return pas_indicators_compute_finish (result, error);
}

/* In a thread, on its own connection: the same figures; cancelled: none. */
static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasIndicators) sync = NULL;
  g_autoptr(PasIndicators) async = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64 a = add_department (fixture, "A", 0);
  gint64 s = add_skill (fixture, "S", fixture->project);
  gint64 p1 = add_person (fixture, "p1", a), p2 = add_person (fixture, "p2", a);

  add_assessment (fixture, p1, s, 1, "2025-03-01");
  add_assessment (fixture, p2, s, 4, "2025-03-01");

  sync = compute (fixture, MARCH);
  async = compute_async (fixture, NULL, &error);
  g_assert_no_error (error);
  for (PasIndicator i = 0; i < PAS_N_INDICATORS; i++)
    {
      g_autofree char *expected = pas_indicators_format (sync, i);
      g_autofree char *got = pas_indicators_format (async, i);

      g_assert_cmpstr (got, ==, expected);
    }
  assert_near (value (async, PAS_INDICATOR_DIVIDE_INDEX), 75);

  g_cancellable_cancel (cancellable);
  g_assert_null (compute_async (fixture, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* A file that is not there: an error, and no file made. */
  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autofree char *missing = g_build_filename (fixture->dir, "missing.passerelle", NULL);

    pas_indicators_compute_async (missing, fixture->project, NULL, NULL, NULL, on_computed_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_null (pas_indicators_compute_finish (result, &error));
    g_assert_nonnull (error);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/indicators/formatting", test_formatting);
  g_test_add_func ("/indicators/definitions", test_definitions);
  g_test_add_func ("/indicators/barrier-and-routing", test_barrier_and_routing);
  ADD ("/indicators/no-data", test_no_data);
  ADD ("/indicators/division-by-zero", test_division_by_zero);
  ADD ("/indicators/representation-and-attendance", test_representation_and_attendance);
  ADD ("/indicators/loop-closure", test_loop_closure);
  ADD ("/indicators/training-completion", test_training_completion);
  ADD ("/indicators/skill-levels", test_skill_levels);
  ADD ("/indicators/readiness", test_readiness);
  ADD ("/indicators/at-risk", test_at_risk);
  ADD ("/indicators/divide-index", test_divide_index);
  ADD ("/indicators/divide-index-few", test_divide_index_few);
  ADD ("/indicators/one-department", test_one_department);
  ADD ("/indicators/referent-coverage", test_referent_coverage);
  ADD ("/indicators/blocking-zones", test_blocking_zones);
  ADD ("/indicators/change-load", test_change_load);
  ADD ("/indicators/stories", test_stories);
  ADD ("/indicators/privacy", test_privacy);
  ADD ("/indicators/bad-period", test_bad_period);
  ADD ("/indicators/async", test_async);

  return g_test_run ();
}
