/* bench-export-plain.c — the yardstick of the export benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-export-plain FILE.passerelle OUT.xlsx
 *
 * A plain C program that writes the same cells as `passerelle --export`
 * (first project by name, all dates, pseudonyms) with libxlsxwriter, and
 * nothing of the application: no GLib, no indicators, no privacy rules,
 * no translations, no temporary file. "The same cells" means: the same
 * ten sheets, the same rows (read from the workspace with sqlite3, by
 * queries that join what the application looks up in memory), the same
 * columns with the same types and number formats, the same header rows,
 * widths, frozen panes, filters and print set-up, the same four charts.
 * The summary's figures, the heatmap's means and the dictionary's texts
 * come from the indicators in the application; here they are stand-ins
 * of the same types and lengths, since computing them is the
 * application's logic (about 150 ms on the large workspace).
 */
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

enum { F_HEADER, F_INT, F_DEC, F_PCT, F_DATE, F_TIME, F_MONTH, F_RIGHT, F_WRAP, F_BOLD, F_TITLE, N_F };

static lxw_format *formats[N_F];
static sqlite3 *db;
static sqlite3_int64 project_id;

static void
die (const char *what)
{
  fprintf (stderr, "bench-export-plain: %s: %s\n", what, db ? sqlite3_errmsg (db) : "");
  exit (1);
}

static double
day_serial (const unsigned char *t)
{
  long y, m, d, era, yoe, doy, doe;

  if (t == NULL || strlen ((const char *) t) != 10)
    return NAN;
  y = atol ((const char *) t);
  m = atol ((const char *) t + 5);
  d = atol ((const char *) t + 8);
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468 + 25569.0;
}

static void
text (lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, sqlite3_stmt *s, int i)
{
  const char *t = (const char *) sqlite3_column_text (s, i);

  if (t && *t)
    worksheet_write_string (ws, r, c, t, NULL);
}

static void
number (lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v, int f)
{
  if (isnan (v))
    worksheet_write_string (ws, r, c, "—", formats[F_RIGHT]);
  else
    worksheet_write_number (ws, r, c, v, formats[f]);
}

static void
day (lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, sqlite3_stmt *s, int i)
{
  if (sqlite3_column_type (s, i) != SQLITE_NULL)
    worksheet_write_number (ws, r, c, day_serial (sqlite3_column_text (s, i)), formats[F_DATE]);
}

static void
unix_time (lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, sqlite3_stmt *s, int i)
{
  if (sqlite3_column_type (s, i) != SQLITE_NULL)
    worksheet_write_number (ws, r, c, sqlite3_column_int64 (s, i) / 86400.0 + 25569.0, formats[F_TIME]);
}

static void
person (lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, sqlite3_stmt *s, int i, const char *nobody)
{
  char name[32];

  if (sqlite3_column_type (s, i) == SQLITE_NULL)
    {
      if (nobody)
        worksheet_write_string (ws, r, c, nobody, NULL);
      return;
    }
  snprintf (name, sizeof name, "Person %04lld", sqlite3_column_int64 (s, i) % 10000);
  worksheet_write_string (ws, r, c, name, NULL);
}

static lxw_row_t
header (lxw_worksheet *ws, const char **names, const double *widths, int n)
{
  for (int c = 0; c < n; c++)
    {
      worksheet_set_column (ws, c, c, widths[c], NULL);
      worksheet_write_string (ws, 0, c, names[c], formats[F_HEADER]);
    }
  return 1;
}

static void
finish (lxw_worksheet *ws, lxw_row_t rows, int n)
{
  worksheet_freeze_panes (ws, 1, 0);
  worksheet_autofilter (ws, 0, 0, rows > 1 ? rows - 1 : 1, n - 1);
  worksheet_repeat_rows (ws, 0, 0);
  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, 9);
  worksheet_fit_to_pages (ws, 1, 0);
}

static sqlite3_stmt *
query (const char *sql)
{
  sqlite3_stmt *s;

  if (sqlite3_prepare_v2 (db, sql, -1, &s, NULL) != SQLITE_OK)
    die (sql);
  if (sqlite3_bind_parameter_count (s) > 0)
    sqlite3_bind_int64 (s, 1, project_id);
  return s;
}

static const char *workshop_status (const char *k) { return !strcmp (k, "done") ? "Done" : !strcmp (k, "running") ? "Running" : !strcmp (k, "planned") ? "Planned" : "Cancelled"; }

static void
workshops (lxw_worksheet *ws)
{
  const char *h[] = { "Title", "Start", "Duration (minutes)", "Status", "Place", "Facilitator", "Objective", "Invited", "Present", "Attendance", "Agenda items", "Contributions" };
  const double w[] = { 36, 17, 11, 12, 20, 22, 44, 9, 9, 12, 10, 13 };
  lxw_row_t r = header (ws, h, w, 12);
  sqlite3_stmt *s = query ("SELECT w.title, w.starts_at, w.duration_min, w.status, w.place, w.facilitator_id, w.objective,"
                           " (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = w.id AND p.invited),"
                           " (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = w.id AND p.attended),"
                           " (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = w.id AND p.invited AND p.attended),"
                           " (SELECT count(*) FROM agenda_item a WHERE a.workshop_id = w.id),"
                           " (SELECT count(*) FROM contribution c WHERE c.workshop_id = w.id)"
                           " FROM workshop w WHERE w.project_id = ?1 ORDER BY w.starts_at IS NULL, w.starts_at, w.title, w.id");

  for (; sqlite3_step (s) == SQLITE_ROW; r++)
    {
      const char *status = (const char *) sqlite3_column_text (s, 3);
      int invited = sqlite3_column_int (s, 7);

      text (ws, r, 0, s, 0);
      unix_time (ws, r, 1, s, 1);
      number (ws, r, 2, sqlite3_column_int (s, 2), F_INT);
      worksheet_write_string (ws, r, 3, workshop_status (status), NULL);
      text (ws, r, 4, s, 4);
      person (ws, r, 5, s, 5, NULL);
      text (ws, r, 6, s, 6);
      number (ws, r, 7, invited, F_INT);
      if (!strcmp (status, "done") || !strcmp (status, "running"))
        {
          number (ws, r, 8, invited < 5 ? NAN : sqlite3_column_int (s, 8), F_INT);
          number (ws, r, 9, invited < 5 ? NAN : (double) sqlite3_column_int (s, 9) / invited, F_PCT);
        }
      number (ws, r, 10, sqlite3_column_int (s, 10), F_INT);
      number (ws, r, 11, sqlite3_column_int (s, 11), F_INT);
    }
  sqlite3_finalize (s);
  finish (ws, r, 12);
}

static const char *kind_label (const char *k) { return !strcmp (k, "idea") ? "Idea" : !strcmp (k, "need") ? "Need" : !strcmp (k, "pain_point") ? "Pain point" : !strcmp (k, "question") ? "Question" : "Decision"; }

static void
contributions (lxw_worksheet *ws)
{
  const char *h[] = { "Workshop", "Time", "Kind", "Contribution", "Theme", "Votes", "Author" };
  const double w[] = { 30, 17, 12, 60, 20, 8, 22 };
  lxw_row_t r = header (ws, h, w, 7);
  sqlite3_stmt *s = query ("SELECT w.title, c.created_at, c.kind, c.text, c.theme, c.votes, c.author_id"
                           " FROM contribution c JOIN workshop w ON w.id = c.workshop_id WHERE w.project_id = ?1"
                           " ORDER BY w.starts_at IS NULL, w.starts_at, w.id, c.created_at, c.id");

  for (; sqlite3_step (s) == SQLITE_ROW; r++)
    {
      text (ws, r, 0, s, 0);
      unix_time (ws, r, 1, s, 1);
      worksheet_write_string (ws, r, 2, kind_label ((const char *) sqlite3_column_text (s, 2)), NULL);
      text (ws, r, 3, s, 3);
      text (ws, r, 4, s, 4);
      number (ws, r, 5, sqlite3_column_int (s, 5), F_INT);
      person (ws, r, 6, s, 6, "Anonymous");
    }
  sqlite3_finalize (s);
  finish (ws, r, 7);
}

static const char *category_label (const char *k) { return !strcmp (k, "bug") ? "Bug" : !strcmp (k, "usability") ? "Usability" : !strcmp (k, "training_need") ? "Training need" : !strcmp (k, "feature_request") ? "Feature request" : !strcmp (k, "praise") ? "Praise" : "Other"; }
static const char *feedback_status (const char *k) { return !strcmp (k, "new") ? "New" : !strcmp (k, "triaged") ? "Triaged" : !strcmp (k, "planned") ? "Planned" : !strcmp (k, "done") ? "Done" : "Won’t do"; }

static void
feedback (lxw_worksheet *ws)
{
  const char *h[] = { "Created", "Category", "Severity", "Sentiment", "Status", "Feedback", "Response", "Author", "Department", "Pilot", "Resolved", "Days to resolve" };
  const double w[] = { 17, 16, 9, 10, 12, 60, 44, 22, 22, 22, 17, 12 };
  lxw_row_t r = header (ws, h, w, 12);
  sqlite3_stmt *s = query ("SELECT f.created_at, f.category, f.severity, f.sentiment, f.status, f.text, f.response,"
                           " f.author_id, coalesce (d.name, ad.name), p.name, f.resolved_at"
                           " FROM feedback f LEFT JOIN department d ON d.id = f.department_id"
                           " LEFT JOIN person a ON a.id = f.author_id LEFT JOIN department ad ON ad.id = a.department_id"
                           " LEFT JOIN pilot p ON p.id = f.pilot_id"
                           " WHERE f.project_id = ?1 ORDER BY f.created_at, f.id");

  for (; sqlite3_step (s) == SQLITE_ROW; r++)
    {
      unix_time (ws, r, 0, s, 0);
      worksheet_write_string (ws, r, 1, category_label ((const char *) sqlite3_column_text (s, 1)), NULL);
      number (ws, r, 2, sqlite3_column_int (s, 2), F_INT);
      number (ws, r, 3, sqlite3_column_int (s, 3), F_INT);
      worksheet_write_string (ws, r, 4, feedback_status ((const char *) sqlite3_column_text (s, 4)), NULL);
      text (ws, r, 5, s, 5);
      text (ws, r, 6, s, 6);
      person (ws, r, 7, s, 7, "Anonymous");
      text (ws, r, 8, s, 8);
      text (ws, r, 9, s, 9);
      if (sqlite3_column_type (s, 10) != SQLITE_NULL)
        {
          unix_time (ws, r, 10, s, 10);
          number (ws, r, 11, (sqlite3_column_int64 (s, 10) - sqlite3_column_int64 (s, 0)) / 86400.0, F_DEC);
        }
    }
  sqlite3_finalize (s);
  finish (ws, r, 12);
}

static const char *format_label (const char *k) { return !strcmp (k, "micro_learning") ? "Micro-learning" : !strcmp (k, "coaching") ? "Coaching" : !strcmp (k, "peer_sharing") ? "Peer sharing" : !strcmp (k, "classroom") ? "Classroom" : "E-learning"; }
static const char *enrollment_status (const char *k) { return !strcmp (k, "planned") ? "Planned" : !strcmp (k, "in_progress") ? "In progress" : !strcmp (k, "completed") ? "Completed" : "Dropped"; }

static void
training (lxw_worksheet *ws, const char *today)
{
  const char *h[] = { "Person", "Department", "Module", "Format", "Skill", "Minutes", "Coach", "Due date", "Status", "Completed on", "Overdue" };
  const double w[] = { 22, 22, 36, 16, 30, 9, 22, 12, 13, 13, 9 };
  lxw_row_t r = header (ws, h, w, 11);
  sqlite3_stmt *s = query ("SELECT e.person_id, d.name, m.title, m.format, k.name, m.minutes, e.coach_id, e.due_date, e.status, e.completed_date"
                           " FROM enrollment e JOIN training_module m ON m.id = e.module_id LEFT JOIN skill k ON k.id = m.skill_id"
                           " JOIN person p ON p.id = e.person_id LEFT JOIN department d ON d.id = p.department_id"
                           " WHERE m.project_id = ?1 ORDER BY m.title, m.id, e.due_date, e.id");

  for (; sqlite3_step (s) == SQLITE_ROW; r++)
    {
      const char *status = (const char *) sqlite3_column_text (s, 8);
      const char *due = (const char *) sqlite3_column_text (s, 7);

      person (ws, r, 0, s, 0, NULL);
      text (ws, r, 1, s, 1);
      text (ws, r, 2, s, 2);
      worksheet_write_string (ws, r, 3, format_label ((const char *) sqlite3_column_text (s, 3)), NULL);
      text (ws, r, 4, s, 4);
      number (ws, r, 5, sqlite3_column_int (s, 5), F_INT);
      person (ws, r, 6, s, 6, NULL);
      day (ws, r, 7, s, 7);
      worksheet_write_string (ws, r, 8, enrollment_status (status), NULL);
      day (ws, r, 9, s, 9);
      if ((!strcmp (status, "planned") || !strcmp (status, "in_progress")) && due && strcmp (due, today) < 0)
        worksheet_write_string (ws, r, 10, "Yes", NULL);
    }
  sqlite3_finalize (s);
  finish (ws, r, 11);
}

static void
readiness (lxw_worksheet *ws)
{
  static const char *barriers[] = { "Awareness", "Desire", "Knowledge", "Ability", "Reinforcement", "No barrier" };
  static const char *actions[] = { "A conversation with a digital referent, or a communication explaining the objective",
                                   "A conversation with a digital referent, or a communication explaining the objective",
                                   "Micro-learning", "Coaching or peer sharing", "Recognition: a success story", "No action needed" };
  const char *h[] = { "Date", "Person", "Department", "Awareness", "Desire", "Knowledge", "Ability", "Reinforcement", "Barrier point", "Suggested action" };
  const double w[] = { 12, 22, 22, 11, 9, 11, 9, 14, 16, 50 };
  lxw_row_t r = header (ws, h, w, 10);
  sqlite3_stmt *s = query ("SELECT r.assessed_on, r.person_id, d.name, r.awareness, r.desire, r.knowledge, r.ability, r.reinforcement"
                           " FROM readiness_assessment r LEFT JOIN person p ON p.id = r.person_id"
                           " LEFT JOIN department d ON d.id = coalesce (p.department_id, r.department_id)"
                           " WHERE r.project_id = ?1 ORDER BY r.assessed_on, r.id");

  for (; sqlite3_step (s) == SQLITE_ROW; r++)
    {
      int barrier = 5;

      for (int i = 4; i >= 0; i--)
        if (sqlite3_column_int (s, 3 + i) <= 3)
          barrier = i;
      day (ws, r, 0, s, 0);
      person (ws, r, 1, s, 1, NULL);
      text (ws, r, 2, s, 2);
      for (int i = 0; i < 5; i++)
        number (ws, r, 3 + i, sqlite3_column_int (s, 3 + i), F_INT);
      worksheet_write_string (ws, r, 8, barriers[barrier], NULL);
      worksheet_write_string (ws, r, 9, actions[barrier], NULL);
    }
  sqlite3_finalize (s);
  finish (ws, r, 10);
}

static const char *activity_label (const char *k) { return !strcmp (k, "help_desk") ? "Help desk" : !strcmp (k, "session") ? "Session" : "Relay"; }

static void
referents (lxw_worksheet *ws)
{
  const char *h[] = { "Date", "Referent", "Department", "Activity", "People helped", "Note" };
  const double w[] = { 12, 22, 22, 14, 13, 50 };
  lxw_row_t r = header (ws, h, w, 6);
  sqlite3_stmt *s = query ("SELECT a.activity_date, a.referent_id, d.name, a.kind, a.people_helped, a.note"
                           " FROM referent_activity a JOIN person p ON p.id = a.referent_id"
                           " LEFT JOIN department d ON d.id = p.department_id ORDER BY a.activity_date, a.id");

  for (; sqlite3_step (s) == SQLITE_ROW; r++)
    {
      day (ws, r, 0, s, 0);
      person (ws, r, 1, s, 1, NULL);
      text (ws, r, 2, s, 2);
      worksheet_write_string (ws, r, 3, activity_label ((const char *) sqlite3_column_text (s, 3)), NULL);
      number (ws, r, 4, sqlite3_column_int (s, 4), F_INT);
      text (ws, r, 5, s, 5);
    }
  sqlite3_finalize (s);
  finish (ws, r, 6);
}

static void
stories (lxw_worksheet *ws)
{
  const char *h[] = { "Date", "Title", "Department", "Status", "Story", "Metric", "Before", "After", "Change", "People recognised", "Not named (no consent)" };
  const double w[] = { 12, 36, 22, 12, 60, 24, 10, 10, 10, 36, 14 };
  lxw_row_t r = header (ws, h, w, 11);
  sqlite3_stmt *s = query ("SELECT s.story_date, s.title, d.name, s.status, s.story, s.metric, s.metric_before, s.metric_after,"
                           " (SELECT group_concat ('Person ' || printf ('%04d', sp.person_id % 10000), ', ') FROM story_person sp"
                           "  WHERE sp.story_id = s.id AND sp.consent),"
                           " (SELECT count(*) FROM story_person sp WHERE sp.story_id = s.id AND NOT sp.consent)"
                           " FROM success_story s LEFT JOIN department d ON d.id = s.department_id"
                           " WHERE s.project_id = ?1 ORDER BY s.story_date IS NULL, s.story_date, s.id");

  for (; sqlite3_step (s) == SQLITE_ROW; r++)
    {
      day (ws, r, 0, s, 0);
      text (ws, r, 1, s, 1);
      text (ws, r, 2, s, 2);
      worksheet_write_string (ws, r, 3, !strcmp ((const char *) sqlite3_column_text (s, 3), "draft") ? "Draft" : "Published", NULL);
      text (ws, r, 4, s, 4);
      text (ws, r, 5, s, 5);
      if (sqlite3_column_type (s, 6) != SQLITE_NULL)
        number (ws, r, 6, sqlite3_column_double (s, 6), F_DEC);
      if (sqlite3_column_type (s, 7) != SQLITE_NULL)
        number (ws, r, 7, sqlite3_column_double (s, 7), F_DEC);
      if (sqlite3_column_type (s, 6) != SQLITE_NULL && sqlite3_column_type (s, 7) != SQLITE_NULL && sqlite3_column_double (s, 6) != 0)
        number (ws, r, 8, (sqlite3_column_double (s, 7) - sqlite3_column_double (s, 6)) / fabs (sqlite3_column_double (s, 6)), F_PCT);
      text (ws, r, 9, s, 8);
      number (ws, r, 10, sqlite3_column_int (s, 9), F_INT);
    }
  sqlite3_finalize (s);
  finish (ws, r, 11);
}

static int
count (const char *sql)
{
  sqlite3_stmt *s = query (sql);
  int n = sqlite3_step (s) == SQLITE_ROW ? sqlite3_column_int (s, 0) : 0;

  sqlite3_finalize (s);
  return n;
}

/* The summary's layout with stand-in figures, and its four charts. */
static void
summary (lxw_workbook *wb, lxw_worksheet *ws, int n_departments)
{
  lxw_row_col_options hidden = { .hidden = 1 };
  int tables[4][2];
  lxw_row_t r = 0;
  char label[64];

  worksheet_set_column (ws, 0, 0, 34, NULL);
  worksheet_set_column (ws, 1, 9, 14, NULL);
  worksheet_set_column_opt (ws, 25, 25, 14, NULL, &hidden);
  worksheet_write_string (ws, r++, 0, "Leadership workbook", formats[F_TITLE]);
  for (int i = 0; i < 6; i++, r++)
    {
      worksheet_write_string (ws, r, 0, "Organisation", formats[F_BOLD]);
      worksheet_write_string (ws, r, 1, "Bellerive Group", NULL);
    }
  worksheet_write_string (ws, ++r, 0, "Indicators", formats[F_BOLD]);
  r++;
  for (int c = 0; c < 4; c++)
    worksheet_write_string (ws, r, c, "Indicator", formats[F_HEADER]);
  for (r++; r < 27; r++)
    {
      worksheet_write_string (ws, r, 0, "Training completion", NULL);
      number (ws, r, 1, 0.52, F_PCT);
      number (ws, r, 2, NAN, F_PCT);
    }
  for (int t = 0; t < 4; t++)
    {
      int rows = t == 0 ? n_departments : t == 1 ? 5 : t == 2 ? 12 : 6;

      worksheet_write_string (ws, ++r, 0, "By department", formats[F_BOLD]);
      r++;
      for (int c = 0; c < (t == 0 ? 10 : 4); c++)
        worksheet_write_string (ws, r, c, "Department", formats[F_HEADER]);
      tables[t][0] = ++r;
      for (int i = 0; i < rows; i++, r++)
        {
          snprintf (label, sizeof label, "Department %d", i);
          worksheet_write_string (ws, r, 0, label, NULL);
          for (int c = 1; c < (t == 0 ? 10 : 4); c++)
            number (ws, r, c, 0.5 + i, F_DEC);
          worksheet_write_number (ws, r, 25, 0.5 + i, NULL);
        }
      tables[t][1] = r - 1;
    }
  for (int t = 0; t < 4; t++)
    {
      lxw_chart *chart = workbook_add_chart (wb, t == 0 ? LXW_CHART_BAR : t == 2 ? LXW_CHART_LINE : LXW_CHART_COLUMN);
      lxw_chart_series *series = chart_add_series (chart, NULL, NULL);

      chart_series_set_categories (series, "Summary", tables[t][0], 0, tables[t][1], 0);
      chart_series_set_values (series, "Summary", tables[t][0], 25, tables[t][1], 25);
      chart_series_set_name (series, "Training completion by department");
      chart_title_set_name (chart, "Training completion by department");
      chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
      chart_show_blanks_as (chart, LXW_CHART_BLANKS_AS_GAP);
      chart_show_hidden_data (chart);
      chart_axis_set_min (t == 0 ? chart->x_axis : chart->y_axis, 0);
      worksheet_insert_chart (ws, 1 + t * 17, 11, chart);
    }
  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, 9);
  worksheet_fit_to_pages (ws, 1, 0);
}

static void
skills (lxw_worksheet *ws, int n_departments, int n_skills)
{
  lxw_conditional_format scale = { .type = LXW_CONDITIONAL_3_COLOR_SCALE,
                                   .min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .min_value = 0, .min_color = 0xF8696B,
                                   .mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .mid_value = 2, .mid_color = 0xFFEB84,
                                   .max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .max_value = 4, .max_color = 0x63BE7B };

  worksheet_set_column (ws, 0, 0, 24, NULL);
  worksheet_set_column (ws, 1, n_skills, 14, NULL);
  for (int c = 0; c <= n_skills; c++)
    worksheet_write_string (ws, 0, c, "Use the CRM on a phone", formats[F_HEADER]);
  for (int r = 1; r <= n_departments; r++)
    {
      worksheet_write_string (ws, r, 0, "Customer service", NULL);
      for (int c = 1; c <= n_skills; c++)
        number (ws, r, c, 2.25, F_DEC);
    }
  worksheet_conditional_format_range (ws, 1, 1, n_departments, n_skills, &scale);
  finish (ws, n_departments + 1, n_skills + 1);
  worksheet_freeze_panes (ws, 1, 1);
}

static void
dictionary (lxw_worksheet *ws)
{
  const char *h[] = { "Indicator", "Definition", "Unit" };
  const double w[] = { 30, 100, 16 };
  lxw_row_t r = header (ws, h, w, 3);

  for (; r <= 16; r++)
    {
      worksheet_write_string (ws, r, 0, "Training completion", NULL);
      worksheet_write_string (ws, r, 1, "Completed enrollments among the enrollments not dropped that were due or completed in the period, overall, by department and by format.", formats[F_WRAP]);
      worksheet_write_string (ws, r, 2, "Percentage", NULL);
    }
  finish (ws, r, 3);
  for (r++; r < 27; r++)
    {
      worksheet_write_string (ws, r, 0, "Names", formats[F_BOLD]);
      worksheet_write_string (ws, r, 1, "People appear under a pseudonym such as “Person 0427”, the same for a person in every export of this workspace.", formats[F_WRAP]);
    }
}

int
main (int argc, char **argv)
{
  static const char *names[] = { "Summary", "Workshops", "Contributions", "Feedback", "Training", "Skills", "Readiness", "Referents", "Success stories", "Data dictionary" };
  lxw_workbook_options options = { .constant_memory = 1 };
  lxw_doc_properties properties = { .title = "Leadership workbook: CRM roll-out", .author = "Bench", .company = "Bellerive Group" };
  lxw_worksheet *ws[10];
  lxw_workbook *wb;
  sqlite3_stmt *s;
  int n_departments, n_skills;
  time_t now = time (NULL);
  char today[16];

  if (argc != 3)
    {
      fprintf (stderr, "usage: bench-export-plain FILE.passerelle OUT.xlsx\n");
      return 2;
    }
  if (sqlite3_open_v2 (argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    die (argv[1]);
  s = query ("SELECT id FROM project ORDER BY name COLLATE NOCASE, id LIMIT 1");
  if (sqlite3_step (s) != SQLITE_ROW)
    die ("no project");
  project_id = sqlite3_column_int64 (s, 0);
  sqlite3_finalize (s);
  n_departments = count ("SELECT count(*) FROM department");
  n_skills = count ("SELECT count(*) FROM project_skill WHERE project_id = ?1");
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);

  wb = workbook_new_opt (argv[2], &options);
  workbook_set_properties (wb, &properties);
  for (int i = 0; i < N_F; i++)
    formats[i] = workbook_add_format (wb);
  format_set_bold (formats[F_HEADER]);
  format_set_bg_color (formats[F_HEADER], 0xDDE5F0);
  format_set_bottom (formats[F_HEADER], LXW_BORDER_THIN);
  format_set_text_wrap (formats[F_HEADER]);
  format_set_num_format (formats[F_INT], "0");
  format_set_num_format (formats[F_DEC], "0.0");
  format_set_num_format (formats[F_PCT], "0%");
  format_set_num_format_index (formats[F_DATE], 14);
  format_set_num_format_index (formats[F_TIME], 22);
  format_set_num_format (formats[F_MONTH], "mmm yyyy");
  format_set_align (formats[F_RIGHT], LXW_ALIGN_RIGHT);
  format_set_text_wrap (formats[F_WRAP]);
  format_set_bold (formats[F_BOLD]);
  format_set_bold (formats[F_TITLE]);
  format_set_font_size (formats[F_TITLE], 16);
  for (int i = 0; i < 10; i++)
    ws[i] = workbook_add_worksheet (wb, names[i]);

  summary (wb, ws[0], n_departments);
  workshops (ws[1]);
  contributions (ws[2]);
  feedback (ws[3]);
  strftime (today, sizeof today, "%Y-%m-%d", localtime (&now));
  training (ws[4], today);
  skills (ws[5], n_departments, n_skills);
  readiness (ws[6]);
  referents (ws[7]);
  stories (ws[8]);
  dictionary (ws[9]);

  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return workbook_close (wb) == LXW_NO_ERROR ? 0 : 1;
}
