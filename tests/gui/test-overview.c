/* test-overview.c — the overview page and the words that go with its numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "pas-application.h"
#include "pas-chart-card.h"
#include "pas-demo.h"
#include "pas-overview-format.h"
#include "pas-overview-page.h"
#include "pas-overview-rows.h"
#include "pas-overview-tile.h"
#include "pas-record-list.h"

typedef enum
{
  WORKSPACE_DEMO,    /* the small demo */
  WORKSPACE_BARE,    /* a project and a department, nothing else */
} WorkspaceKind;

typedef struct
{
  char         *folder;
  PasWorkspace *workspace;
  gint64        project_id;
} Fixture;

static gint64
save_named (PasWorkspace *workspace,
            PasKind       kind,
            const char   *name)
{
  g_autoptr(PasRecord) record = pas_record_new (kind);
  g_autoptr(GError) error = NULL;

  pas_record_set_string (record, "name", name);
  pas_workspace_save (workspace, record, &error);
  g_assert_no_error (error);
  return pas_record_get_id (record);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("passerelle-overview-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  if (GPOINTER_TO_INT (data) == WORKSPACE_DEMO)
    {
      g_autoptr(PasRecordList) projects = NULL;

      pas_demo_fill (fixture->workspace, PAS_DEMO_SMALL, &error);
      g_assert_no_error (error);
      /* The first by name, the CRM roll-out, is the one with the most data. */
      projects = pas_record_list_new (fixture->workspace, PAS_KIND_PROJECT);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (projects)), >, 0);
      fixture->project_id = pas_record_list_get_id (projects, 0);
    }
  else
    {
      fixture->project_id = save_named (fixture->workspace, PAS_KIND_PROJECT, "Alpha");
      save_named (fixture->workspace, PAS_KIND_DEPARTMENT, "Sales");
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  g_assert_finalize_object (fixture->workspace);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
}

/* The page alone in a window, on the fixture's project. */
static PasOverviewPage *
create_page (Fixture    *fixture,
             GtkWindow **window)
{
  PasOverviewPage *page = g_object_new (PAS_TYPE_OVERVIEW_PAGE, NULL);

  *window = GTK_WINDOW (gtk_window_new ());
  g_object_ref (*window);
  gtk_window_set_default_size (*window, 1200, 900);
  gtk_window_set_child (*window, GTK_WIDGET (page));
  pas_section_page_set_workspace (PAS_SECTION_PAGE (page), fixture->workspace);
  pas_section_page_set_project_id (PAS_SECTION_PAGE (page), fixture->project_id);
  gtk_window_present (*window);
  return page;
}

static void
destroy_page (GtkWindow *window)
{
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

/* Until the computation under way, if any, has arrived. */
static PasIndicators *
wait_for_indicators (PasOverviewPage *page)
{
  while (pas_overview_page_get_busy (page) || pas_overview_page_get_indicators (page) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return pas_overview_page_get_indicators (page);
}

static gpointer
get_child (gpointer    widget,
           GType       type,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static PasIndicators *
compute_same (Fixture             *fixture,
              const PasIndicators *shown)
{
  g_autoptr(GError) error = NULL;
  PasIndicators *expected = pas_indicators_compute (fixture->workspace, fixture->project_id,
                                                    shown->since, shown->until, &error);

  g_assert_no_error (error);
  return expected;
}

static guint
check_tiles (PasOverviewPage     *page,
             const PasIndicators *expected,
             gboolean             compare)
{
  GtkWidget *tiles = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "tiles_box");
  guint n_tiles = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (tiles); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      PasOverviewTile *tile = PAS_OVERVIEW_TILE (child);
      PasIndicator indicator = pas_overview_tile_get_indicator (tile);
      const PasIndicatorValue *value = pas_indicators_get (expected, indicator);
      g_autofree char *text = pas_indicators_format (expected, indicator);
      g_autofree char *trend_text = NULL;
      PasTrend trend;

      g_assert_cmpstr (pas_overview_tile_get_value_text (tile), ==, text);
      trend_text = compare ? pas_overview_format_trend (indicator, value->value, value->previous, &trend) : NULL;
      g_assert_cmpstr (pas_overview_tile_get_trend_text (tile), ==, trend_text);
      gtk_test_accessible_assert_property (tile, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           pas_indicator_get_definition (indicator));
      n_tiles++;
    }
  return n_tiles;
}

static const char *
get_cell_text (GtkWidget *grid,
               int        column,
               int        row)
{
  GtkWidget *label = gtk_grid_get_child_at (GTK_GRID (grid), column, row);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
check_chart_description (PasChartCard *card,
                         const char   *expected)
{
  GtkWidget *chart = pas_chart_card_get_chart (card);

  g_assert_cmpuint (strlen (expected), >, 0);
  gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, pas_chart_card_get_title (card));
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
}

static void
test_format_period (void)
{
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 26, G_DATE_NOVEMBER, 2026);

  pas_overview_period_get_range (PAS_OVERVIEW_PERIOD_MONTH, &today, NULL, NULL, NULL, &since, &until);
  g_assert_cmpstr (since, ==, "2026-11-01");
  g_assert_cmpstr (until, ==, "2026-11-26");
  g_clear_pointer (&since, g_free);
  g_clear_pointer (&until, g_free);

  pas_overview_period_get_range (PAS_OVERVIEW_PERIOD_QUARTER, &today, NULL, NULL, NULL, &since, &until);
  g_assert_cmpstr (since, ==, "2026-10-01");
  g_assert_cmpstr (until, ==, "2026-11-26");
  g_clear_pointer (&since, g_free);
  g_clear_pointer (&until, g_free);

  g_date_set_dmy (&today, 3, G_DATE_MARCH, 2027);
  pas_overview_period_get_range (PAS_OVERVIEW_PERIOD_QUARTER, &today, NULL, NULL, NULL, &since, &until);
  g_assert_cmpstr (since, ==, "2027-01-01");
  g_assert_cmpstr (until, ==, "2027-03-03");
  g_clear_pointer (&since, g_free);
  g_clear_pointer (&until, g_free);

  /* Since the project start: open at the end, and open at the start
   * when the project has no start or has not started yet. */
  pas_overview_period_get_range (PAS_OVERVIEW_PERIOD_PROJECT, &today, "2026-02-09", NULL, NULL, &since, &until);
  g_assert_cmpstr (since, ==, "2026-02-09");
  g_assert_null (until);
  g_clear_pointer (&since, g_free);
  pas_overview_period_get_range (PAS_OVERVIEW_PERIOD_PROJECT, &today, "2027-06-01", NULL, NULL, &since, &until);
  g_assert_null (since);
  pas_overview_period_get_range (PAS_OVERVIEW_PERIOD_PROJECT, &today, NULL, NULL, NULL, &since, &until);
  g_assert_null (since);

  pas_overview_period_get_range (PAS_OVERVIEW_PERIOD_CUSTOM, &today, NULL, "2026-01-01", NULL, &since, &until);
  g_assert_cmpstr (since, ==, "2026-01-01");
  g_assert_null (until);
  g_clear_pointer (&since, g_free);

  g_assert_true (pas_overview_period_compares (PAS_OVERVIEW_PERIOD_MONTH));
  g_assert_false (pas_overview_period_compares (PAS_OVERVIEW_PERIOD_PROJECT));
}

static void
test_format_parse (void)
{
  const char *invalid[] = { "2026-13-01", "2026-02-30", "26/11/2026", "2026-1-5", "tomorrow", "2026-11-26x" };
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  GError *error = NULL;
  GDate date;

  g_assert_true (pas_overview_parse_date ("2024-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_assert_false (pas_overview_parse_date (invalid[i], &date));
      g_assert_false (pas_overview_parse_range (invalid[i], NULL, &since, &until, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      /* The message quotes what was typed, so that one sees what to fix. */
      g_assert_nonnull (strstr (error->message, invalid[i]));
      g_assert_null (since);
      g_assert_null (until);
      g_clear_error (&error);
    }

  g_assert_false (pas_overview_parse_range ("2026-06-30", "2026-01-01", &since, &until, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (since);
  g_clear_error (&error);

  g_assert_true (pas_overview_parse_range (" 2026-01-01 ", "", &since, &until, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (since, ==, "2026-01-01");
  g_assert_null (until);
}

static void
test_format_trend (void)
{
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *steady = NULL;
  g_autofree char *none = NULL;
  PasTrend trend;

  /* The difference of the two figures shown: 53 % and 49 %. */
  up = pas_overview_format_trend (PAS_INDICATOR_ATTENDANCE, 0.526, 0.494, &trend);
  g_assert_cmpstr (up, ==, "+4 pts vs previous period");
  g_assert_cmpint (trend, ==, PAS_TREND_UP);
  g_assert_cmpint (pas_overview_judge_trend (PAS_INDICATOR_ATTENDANCE, trend), ==, 1);

  /* Fewer days to resolve is good news. */
  down = pas_overview_format_trend (PAS_INDICATOR_DAYS_TO_RESOLVE, 18.8, 23.5, &trend);
  g_assert_cmpstr (down, ==, "−4.7 vs previous period");
  g_assert_cmpint (trend, ==, PAS_TREND_DOWN);
  g_assert_cmpint (pas_overview_judge_trend (PAS_INDICATOR_DAYS_TO_RESOLVE, trend), ==, 1);

  steady = pas_overview_format_trend (PAS_INDICATOR_SKILL_LEVEL, 2.081, 2.079, &trend);
  g_assert_cmpstr (steady, ==, "No change vs previous period");
  g_assert_cmpint (trend, ==, PAS_TREND_STEADY);
  g_assert_cmpint (pas_overview_judge_trend (PAS_INDICATOR_SKILL_LEVEL, trend), ==, 0);

  none = pas_overview_format_trend (PAS_INDICATOR_ATTENDANCE, 0.5, NAN, &trend);
  g_assert_null (none);
  g_assert_cmpint (trend, ==, PAS_TREND_NONE);
}

static void
test_page_demo (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWindow *window;
  PasOverviewPage *page = create_page (fixture, &window);
  PasChartCard *completion = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "completion_card");
  PasChartCard *barriers = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "barrier_card");
  PasChartCard *levels = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "level_card");
  PasChartCard *heatmap = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "heatmap_card");
  GtkListView *at_risk_list = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "at_risk_list");
  g_autoptr(PasIndicators) expected = NULL;
  g_autofree char *completion_text = NULL;
  g_autofree char *barrier_text = NULL;
  g_autofree char *level_text = NULL;
  g_autofree char *heatmap_text = NULL;
  g_autoptr(PasOverviewItem) first = NULL;
  GListModel *rows;
  GtkWidget *grid;

  expected = compute_same (fixture, wait_for_indicators (page));
  g_assert_cmpuint (expected->departments->len, >, 0);
  g_assert_cmpuint (expected->at_risk->len, >, PAS_OVERVIEW_ROWS_PAGE_SIZE);

  /* Every tile shows core's formatting of the same computation; since the
   * project start there is nothing to compare with. */
  g_assert_cmpuint (check_tiles (page, expected, FALSE), ==, 14);

  completion_text = pas_overview_describe_completion (expected);
  barrier_text = pas_overview_describe_barriers (expected);
  level_text = pas_overview_describe_levels (expected);
  heatmap_text = pas_overview_describe_heatmap (expected);
  check_chart_description (completion, completion_text);
  check_chart_description (barriers, barrier_text);
  check_chart_description (levels, level_text);
  check_chart_description (heatmap, heatmap_text);
  {
    const PasDepartmentIndicators *department = g_ptr_array_index (expected->departments, 0);
    g_autofree char *percent = pas_indicators_format_percent (department->completion);

    /* The description says the numbers in words. */
    g_assert_nonnull (strstr (completion_text, department->name));
    g_assert_nonnull (strstr (completion_text, percent));
  }

  /* The table view shows the same numbers as the chart. */
  g_assert_null (pas_chart_card_get_table (completion));
  pas_chart_card_set_show_table (completion, TRUE);
  grid = pas_chart_card_get_table (completion);
  g_assert_nonnull (grid);
  for (guint i = 0; i < expected->departments->len; i++)
    {
      const PasDepartmentIndicators *department = g_ptr_array_index (expected->departments, i);
      g_autofree char *percent = pas_indicators_format_percent (department->completion);
      g_autofree char *completed = g_strdup_printf ("%u", department->n_completed);

      g_assert_cmpstr (get_cell_text (grid, 0, i + 1), ==, department->name);
      g_assert_cmpstr (get_cell_text (grid, 1, i + 1), ==, percent);
      g_assert_cmpstr (get_cell_text (grid, 2, i + 1), ==, completed);
    }

  pas_chart_card_set_show_table (heatmap, TRUE);
  grid = pas_chart_card_get_table (heatmap);
  for (guint i = 0; i < expected->departments->len; i++)
    for (guint j = 0; j < expected->skills->len; j++)
      {
        const PasSkillCell *cell = pas_indicators_get_cell (expected, i, j);
        g_autofree char *level = pas_indicators_format_number (cell->mean_level, 1);

        g_assert_true (g_str_has_prefix (get_cell_text (grid, j + 1, i + 1), level));
      }
  pas_chart_card_set_show_table (heatmap, FALSE);
  g_assert_false (pas_chart_card_get_show_table (heatmap));

  /* The at-risk list: a page of rows, in core's order, each leading to
   * the section where one acts. */
  rows = G_LIST_MODEL (gtk_list_view_get_model (at_risk_list));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, PAS_OVERVIEW_ROWS_PAGE_SIZE);
  first = g_list_model_get_item (rows, 0);
  g_assert_true (g_str_has_prefix (pas_overview_item_get_title (first),
                                   ((PasAtRiskPerson *) g_ptr_array_index (expected->at_risk, 0))->name));
  g_assert_cmpstr (pas_overview_item_get_section (first), ==,
                   pas_overview_section_for_action (((PasAtRiskPerson *) g_ptr_array_index (expected->at_risk, 0))->action));
  g_assert_cmpint (pas_overview_item_get_person_id (first), ==,
                   ((PasAtRiskPerson *) g_ptr_array_index (expected->at_risk, 0))->person_id);

  destroy_page (window);
}

static void
test_page_no_value (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWindow *window;
  PasOverviewPage *page = create_page (fixture, &window);
  GtkWidget *tiles = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "tiles_box");
  PasChartCard *completion = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "completion_card");
  PasChartCard *heatmap = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "heatmap_card");
  GtkStack *at_risk_stack = get_child (page, PAS_TYPE_OVERVIEW_PAGE, "at_risk_stack");
  PasIndicators *shown = wait_for_indicators (page);
  guint n_no_value = 0;

  /* Nothing to divide by: "—", never 0. */
  for (GtkWidget *child = gtk_widget_get_first_child (tiles); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      PasOverviewTile *tile = PAS_OVERVIEW_TILE (child);
      PasIndicator indicator = pas_overview_tile_get_indicator (tile);

      if (isnan (pas_indicators_get (shown, indicator)->value))
        {
          g_assert_cmpstr (pas_overview_tile_get_value_text (tile), ==, PAS_INDICATORS_NO_VALUE);
          n_no_value++;
        }
      if (indicator == PAS_INDICATOR_ATTENDANCE)
        g_assert_cmpstr (pas_overview_tile_get_value_text (tile), ==, PAS_INDICATORS_NO_VALUE);
    }
  g_assert_cmpuint (n_no_value, >, 0);

  /* Charts with nothing to draw say so, and still describe themselves. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (completion, PAS_TYPE_CHART_CARD, "stack")), ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (heatmap, PAS_TYPE_CHART_CARD, "stack")), ==, "empty");
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (pas_chart_card_get_chart (completion)),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (at_risk_stack), ==, "empty");

  destroy_page (window);
}

static void
test_page_periods (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *window;
  PasOverviewPage *page = create_page (fixture, &window);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *first_of_month = g_date_time_format (now, "%Y-%m-01");
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(PasIndicators) expected = NULL;
  g_autoptr(GError) error = NULL;
  PasIndicators *shown;
  guint n_trends = 0;

  wait_for_indicators (page);
  g_assert_cmpint (pas_overview_page_get_period (page), ==, PAS_OVERVIEW_PERIOD_PROJECT);

  /* This month, to today, compared with as many days before. */
  pas_overview_page_set_period (page, PAS_OVERVIEW_PERIOD_MONTH);
  g_assert_true (pas_overview_page_get_busy (page));
  shown = wait_for_indicators (page);
  g_assert_cmpstr (shown->since, ==, first_of_month);
  g_assert_cmpstr (shown->until, ==, today);
  g_assert_nonnull (shown->previous_since);
  expected = compute_same (fixture, shown);
  check_tiles (page, expected, TRUE);
  for (guint i = 0; i < PAS_N_INDICATORS; i++)
    n_trends += isfinite (expected->values[i].previous);
  g_assert_cmpuint (n_trends, >, 0);

  /* Dates that cannot be read change nothing. */
  g_assert_false (pas_overview_page_set_custom_period (page, "2026-02-30", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (pas_overview_page_set_custom_period (page, "2026-06-30", "2026-01-01", &error));
  g_clear_error (&error);
  g_assert_cmpint (pas_overview_page_get_period (page), ==, PAS_OVERVIEW_PERIOD_MONTH);
  g_assert_false (pas_overview_page_get_busy (page));
  g_assert_true (pas_overview_page_get_indicators (page) == shown);

  pas_overview_page_set_custom_period (page, "2026-01-01", "2026-06-30", &error);
  g_assert_no_error (error);
  shown = wait_for_indicators (page);
  g_assert_cmpint (pas_overview_page_get_period (page), ==, PAS_OVERVIEW_PERIOD_CUSTOM);
  g_assert_cmpstr (shown->since, ==, "2026-01-01");
  g_assert_cmpstr (shown->until, ==, "2026-06-30");

  /* A new period while one is computing: only the last one counts. */
  pas_overview_page_set_period (page, PAS_OVERVIEW_PERIOD_QUARTER);
  pas_overview_page_set_period (page, PAS_OVERVIEW_PERIOD_PROJECT);
  shown = wait_for_indicators (page);
  g_assert_null (shown->until);
  g_clear_pointer (&expected, pas_indicators_unref);
  expected = compute_same (fixture, shown);
  check_tiles (page, expected, FALSE);

  destroy_page (window);
}

static void
test_page_follows_changes (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWindow *window;
  PasOverviewPage *page = create_page (fixture, &window);
  guint n_departments = wait_for_indicators (page)->departments->len;

  /* A change in the workspace brings new numbers, without being asked. */
  save_named (fixture->workspace, PAS_KIND_DEPARTMENT, "Support");
  while (pas_overview_page_get_indicators (page)->departments->len == n_departments ||
         pas_overview_page_get_busy (page))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (pas_overview_page_get_indicators (page)->departments->len, ==, n_departments + 1);

  /* The project selector drives the page too. */
  {
    g_autoptr(PasRecordList) projects = pas_record_list_new (fixture->workspace, PAS_KIND_PROJECT);
    gint64 other = pas_record_list_get_id (projects, 1);

    g_assert_cmpint (other, !=, fixture->project_id);
    pas_section_page_set_project_id (PAS_SECTION_PAGE (page), other);
    g_assert_true (pas_overview_page_get_busy (page));
    g_assert_cmpint (wait_for_indicators (page)->project_id, ==, other);
  }

  /* Without a project, the page says how to start. */
  pas_section_page_set_project_id (PAS_SECTION_PAGE (page), 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, PAS_TYPE_OVERVIEW_PAGE, "stack")), ==,
                   "no-project");
  g_assert_false (pas_overview_page_get_busy (page));

  destroy_page (window);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_rows_pages (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasIndicators) indicators = pas_indicators_compute (fixture->workspace, fixture->project_id,
                                                                NULL, NULL, &error);
  g_autoptr(PasOverviewRows) rows = pas_overview_rows_new (PAS_OVERVIEW_ROWS_AT_RISK);
  g_autoptr(PasOverviewRows) zones = pas_overview_rows_new (PAS_OVERVIEW_ROWS_BLOCKING_ZONES);
  g_autoptr(PasOverviewItem) item = NULL;
  guint total, n_pages, n_changes = 0, n_zones = 0;

  g_assert_no_error (error);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed_cb), &n_changes);

  pas_overview_rows_set_indicators (rows, indicators);
  g_assert_cmpuint (n_changes, ==, 1);
  total = pas_overview_rows_get_total (rows);
  n_pages = pas_overview_rows_get_n_pages (rows);
  g_assert_cmpuint (total, ==, indicators->at_risk->len);
  g_assert_cmpuint (n_pages, ==, (total + PAS_OVERVIEW_ROWS_PAGE_SIZE - 1) / PAS_OVERVIEW_ROWS_PAGE_SIZE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, PAS_OVERVIEW_ROWS_PAGE_SIZE);

  pas_overview_rows_set_page (rows, 1);
  g_assert_cmpuint (n_changes, ==, 2);
  item = g_list_model_get_item (G_LIST_MODEL (rows), 0);
  g_assert_true (g_str_has_prefix (pas_overview_item_get_title (item),
                                   ((PasAtRiskPerson *) g_ptr_array_index (indicators->at_risk,
                                                                           PAS_OVERVIEW_ROWS_PAGE_SIZE))->name));

  /* Past the end: the last page, with what is left. */
  pas_overview_rows_set_page (rows, G_MAXUINT);
  g_assert_cmpuint (pas_overview_rows_get_page (rows), ==, n_pages - 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==,
                    total - (n_pages - 1) * PAS_OVERVIEW_ROWS_PAGE_SIZE);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (rows), PAS_OVERVIEW_ROWS_PAGE_SIZE));
  g_assert_cmpuint (n_changes, ==, 3);

  /* Blocking zones: the department × skill pairs, the modules, the
   * feedback categories, as core lists them. */
  pas_overview_rows_set_indicators (zones, indicators);
  n_zones = indicators->blocking_cells->len + indicators->n_blocking_modules + indicators->n_blocking_categories;
  g_assert_cmpuint (pas_overview_rows_get_total (zones), ==, n_zones);
  g_assert_cmpfloat (pas_indicators_get (indicators, PAS_INDICATOR_BLOCKING_ZONES)->value, ==, n_zones);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* GTK's test backend keeps the accessible properties for the checks. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!gtk_init_check ())
    {
      g_printerr ("test-overview needs a display: run it under xvfb-run (make test does).\n");
      return 1;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  pas_application_register_resources ();

  g_test_add_func ("/overview/format/period", test_format_period);
  g_test_add_func ("/overview/format/parse", test_format_parse);
  g_test_add_func ("/overview/format/trend", test_format_trend);
  g_test_add ("/overview/page/demo", Fixture, GINT_TO_POINTER (WORKSPACE_DEMO),
              fixture_set_up, test_page_demo, fixture_tear_down);
  g_test_add ("/overview/page/no-value", Fixture, GINT_TO_POINTER (WORKSPACE_BARE),
              fixture_set_up, test_page_no_value, fixture_tear_down);
  g_test_add ("/overview/page/periods", Fixture, GINT_TO_POINTER (WORKSPACE_DEMO),
              fixture_set_up, test_page_periods, fixture_tear_down);
  g_test_add ("/overview/page/follows-changes", Fixture, GINT_TO_POINTER (WORKSPACE_DEMO),
              fixture_set_up, test_page_follows_changes, fixture_tear_down);
  g_test_add ("/overview/rows/pages", Fixture, GINT_TO_POINTER (WORKSPACE_DEMO),
              fixture_set_up, test_rows_pages, fixture_tear_down);

  return g_test_run ();
}
