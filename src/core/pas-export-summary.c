/* pas-export-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pas-export-private.h"

/* The sheets drawn from the indicators rather than from records: the
 * summary with its charts, the skills heatmap, the data dictionary.
 * Every figure is the one pas_indicators_compute() gives, or "—" when it
 * is about fewer people than the privacy threshold. */

#define FIRST_WIDE_COLUMN 1
#define LAST_TABLE_COLUMN 9
#define TABLE_COLUMN_WIDTH 14
#define CHART_COLUMN 11
#define CHART_ROWS 17
/* Charts read their values from a hidden column, where what the tables
 * show as "—" is left empty: a chart would draw text as a zero. */
#define CHART_DATA_COLUMN 25
#define HEATMAP_COLUMN_WIDTH 14
#define LEVEL_LOW 0xF8696B
#define LEVEL_MIDDLE 0xFFEB84
#define LEVEL_HIGH 0x63BE7B

typedef struct
{
  PasExportTable *table;
  lxw_row_t       first;
  lxw_row_t       last;     /* included; first > last when empty */
} Range;

static void
write_headers (PasExportTable     *table,
               const char * const *headers,
               guint               n_headers)
{
  for (guint c = 0; c < n_headers; c++)
    pas_export_table_styled_text (table, c, _(headers[c]), PAS_EXPORT_FORMAT_HEADER);
  table->row++;
}

static void
write_section (PasExportTable *table,
               const char     *title)
{
  table->row++;
  pas_export_table_styled_text (table, 0, title, PAS_EXPORT_FORMAT_SECTION);
  table->row++;
}

static void
write_chart_value (PasExportTable *table,
                   double          value)
{
  if (isfinite (value))
    worksheet_write_number (table->worksheet, table->row, CHART_DATA_COLUMN, value, NULL);
}

/* The value of a group statistic, or "—" for a small group. */
static double
group_value (PasExportContext *ctx,
             double            value,
             guint             n_people)
{
  return pas_export_context_is_small (ctx, n_people) ? NAN : value;
}

static PasExportFormat
get_unit_format (PasIndicator indicator)
{
  switch (pas_indicator_get_unit (indicator))
    {
    case PAS_INDICATOR_UNIT_PERCENT:
      return PAS_EXPORT_FORMAT_PERCENT;
    case PAS_INDICATOR_UNIT_COUNT:
      return PAS_EXPORT_FORMAT_INTEGER;
    case PAS_INDICATOR_UNIT_DAYS:
    case PAS_INDICATOR_UNIT_LEVEL:
    case PAS_INDICATOR_UNIT_INDEX:
    case PAS_INDICATOR_UNIT_PEOPLE:
    case PAS_INDICATOR_UNIT_MEAN:
    case PAS_INDICATOR_UNIT_NONE:
    default:
      return PAS_EXPORT_FORMAT_DECIMAL;
    }
}

static const char *
get_unit_label (PasIndicator indicator)
{
  switch (pas_indicator_get_unit (indicator))
    {
    case PAS_INDICATOR_UNIT_PERCENT:
      return _("Percentage");
    case PAS_INDICATOR_UNIT_COUNT:
      return _("Count");
    case PAS_INDICATOR_UNIT_DAYS:
      return _("Days");
    case PAS_INDICATOR_UNIT_LEVEL:
      return _("Level, 0 to 4");
    case PAS_INDICATOR_UNIT_INDEX:
      return _("Index, 0 to 100");
    case PAS_INDICATOR_UNIT_PEOPLE:
      return _("People per referent");
    case PAS_INDICATOR_UNIT_MEAN:
      return _("Average per person");
    case PAS_INDICATOR_UNIT_NONE:
    default:
      return _("List or chart");
    }
}

/* The departments where nobody came to a workshop of the project. */
static char *
describe_unrepresented (const PasIndicators *indicators)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint d = 0; d < indicators->departments->len; d++)
    {
      const PasDepartmentIndicators *row = g_ptr_array_index (indicators->departments, d);

      if (row->n_attendees > 0)
        continue;
      if (names->len > 0)
        g_string_append (names, _(", "));
      g_string_append (names, row->name);
    }
  if (names->len == 0)
    return NULL;
  /* Translators: followed by a list of departments */
  return g_strdup_printf (_("Never represented: %s"), names->str);
}

static char *
describe_indicator (PasExportContext *ctx,
                    PasIndicator      indicator)
{
  if (pas_export_indicator_is_hidden (ctx->indicators, indicator))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Hidden: about fewer than %d person",
                                         "Hidden: about fewer than %d people",
                                         ctx->indicators->privacy_k),
                            (int) ctx->indicators->privacy_k);
  switch (indicator)
    {
    case PAS_INDICATOR_REPRESENTATION:
      return describe_unrepresented (ctx->indicators);
    case PAS_INDICATOR_ROUTING:
      return g_strdup_printf (_("The suggested action of each assessment is on the “%s” sheet"),
                              pas_export_sheet_get_name (PAS_EXPORT_SHEET_READINESS));
    case PAS_INDICATOR_LEVEL_TREND:
      return g_strdup (_("By month, in the table and the chart below"));
    default:
      return NULL;
    }
}

static void
write_header_block (PasExportTable *table)
{
  PasExportContext *ctx = table->ctx;
  g_autofree char *privacy = NULL;
  struct { const char *label; const char *value; } lines[] = {
    { N_("Organisation"), ctx->organisation },
    { N_("Project"), ctx->indicators->project_name },
    { N_("Period"), ctx->period_text },
    { N_("Generated"), NULL },
    { N_("Names"), ctx->flags & PAS_EXPORT_WITH_NAMES ? _("Real names") : _("Pseudonyms") },
    { N_("Privacy"), NULL },
  };

  privacy = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "A statistic about fewer than %d person is shown as —",
                                          "A statistic about fewer than %d people is shown as —",
                                          ctx->indicators->privacy_k),
                             (int) ctx->indicators->privacy_k);
  lines[G_N_ELEMENTS (lines) - 1].value = privacy;

  pas_export_table_styled_text (table, 0, _("Leadership workbook"), PAS_EXPORT_FORMAT_TITLE);
  table->row++;
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      pas_export_table_styled_text (table, 0, _(lines[i].label), PAS_EXPORT_FORMAT_LABEL);
      if (lines[i].value != NULL)
        pas_export_table_text (table, 1, lines[i].value);
      else
        pas_export_table_number (table, 1, pas_export_time_to_serial (ctx, ctx->generated_at),
                                 PAS_EXPORT_FORMAT_DATETIME);
      table->row++;
    }
}

static void
write_indicators (PasExportTable *table)
{
  PasExportContext *ctx = table->ctx;

  write_section (table, _("Indicators"));
  table->header_row = table->row;
  pas_export_table_write_header (table);
  for (PasIndicator i = 0; i < PAS_N_INDICATORS; i++)
    {
      const PasIndicatorValue *value = pas_indicators_get (ctx->indicators, i);
      gboolean hidden = pas_export_indicator_is_hidden (ctx->indicators, i);
      PasExportFormat format = get_unit_format (i);
      g_autofree char *note = describe_indicator (ctx, i);

      pas_export_table_text (table, 0, pas_indicator_get_name (i));
      pas_export_table_number (table, 1, hidden ? NAN : value->value, format);
      pas_export_table_number (table, 2, hidden ? NAN : value->previous, format);
      pas_export_table_text (table, 3, note);
      table->row++;
    }
}

static Range
write_departments (PasExportTable *table)
{
  static const char * const headers[] = {
    N_("Department"), N_("People"), N_("Attendance"), N_("Training completion"), N_("Mean skill level"),
    N_("Divide index"), N_("Referents"), N_("People per referent"), N_("Referents needed"),
    N_("Mean change load"),
  };
  PasExportContext *ctx = table->ctx;
  GPtrArray *departments = ctx->indicators->departments;
  Range range;

  write_section (table, _("By department"));
  write_headers (table, headers, G_N_ELEMENTS (headers));
  range = (Range) { table, table->row, table->row + departments->len - 1 };
  for (guint d = 0; d < departments->len; d++)
    {
      const PasDepartmentIndicators *row = g_ptr_array_index (departments, d);
      double completion = group_value (ctx, row->completion, row->n_trainees);

      pas_export_table_text (table, 0, row->name);
      pas_export_table_number (table, 1, row->n_people, PAS_EXPORT_FORMAT_INTEGER);
      /* Invitations stand for the people invited: the indicators do not
       * count them apart. */
      pas_export_table_number (table, 2, group_value (ctx, row->attendance, MIN (row->n_invited, row->population)),
                               PAS_EXPORT_FORMAT_PERCENT);
      pas_export_table_number (table, 3, completion, PAS_EXPORT_FORMAT_PERCENT);
      pas_export_table_number (table, 4, group_value (ctx, row->mean_level, row->n_assessed), PAS_EXPORT_FORMAT_DECIMAL);
      pas_export_table_number (table, 5, group_value (ctx, row->divide_index, row->n_assessed), PAS_EXPORT_FORMAT_DECIMAL);
      pas_export_table_number (table, 6, row->n_referents, PAS_EXPORT_FORMAT_INTEGER);
      pas_export_table_number (table, 7, group_value (ctx, row->people_per_referent, row->population),
                               PAS_EXPORT_FORMAT_DECIMAL);
      pas_export_table_number (table, 8, row->referents_needed, PAS_EXPORT_FORMAT_INTEGER);
      pas_export_table_number (table, 9, group_value (ctx, row->mean_load, row->n_people), PAS_EXPORT_FORMAT_DECIMAL);
      write_chart_value (table, completion);
      table->row++;
    }
  return range;
}

static Range
write_feedback_statuses (PasExportTable *table)
{
  static const char * const headers[] = { N_("Status"), N_("Feedback items") };
  GArray *statuses = table->ctx->indicators->feedback_statuses;
  Range range;

  write_section (table, _("Feedback by status"));
  write_headers (table, headers, G_N_ELEMENTS (headers));
  range = (Range) { table, table->row, table->row + statuses->len - 1 };
  for (guint s = 0; s < statuses->len; s++)
    {
      const PasFeedbackStatus *row = &g_array_index (statuses, PasFeedbackStatus, s);

      pas_export_table_text (table, 0, row->label);
      pas_export_table_number (table, 1, row->n_created, PAS_EXPORT_FORMAT_INTEGER);
      write_chart_value (table, row->n_created);
      table->row++;
    }
  return range;
}

static Range
write_months (PasExportTable *table)
{
  static const char * const headers[] = { N_("Month"), N_("Mean skill level"), N_("People assessed") };
  PasExportContext *ctx = table->ctx;
  GArray *months = ctx->indicators->months;
  Range range;

  write_section (table, _("Level trend"));
  write_headers (table, headers, G_N_ELEMENTS (headers));
  range = (Range) { table, table->row, table->row + months->len - 1 };
  for (guint m = 0; m < months->len; m++)
    {
      const PasMonthLevel *row = &g_array_index (months, PasMonthLevel, m);
      g_autofree char *first_day = g_strdup_printf ("%04d-%02d-01", row->year, row->month);
      double level = group_value (ctx, row->mean_level, row->n_assessed);

      pas_export_table_number (table, 0, pas_export_day_to_serial (first_day), PAS_EXPORT_FORMAT_MONTH);
      pas_export_table_number (table, 1, level, PAS_EXPORT_FORMAT_DECIMAL);
      pas_export_table_number (table, 2, row->n_assessed, PAS_EXPORT_FORMAT_INTEGER);
      write_chart_value (table, level);
      table->row++;
    }
  return range;
}

static Range
write_barriers (PasExportTable *table)
{
  static const char * const headers[] = { N_("Barrier point"), N_("People"), N_("Share"), N_("Suggested action") };
  PasExportContext *ctx = table->ctx;
  GArray *barriers = ctx->indicators->barriers;
  guint assessed = 0;
  gboolean small;
  Range range;

  for (guint b = 0; b < barriers->len; b++)
    assessed += g_array_index (barriers, PasBarrierCount, b).count;
  small = pas_export_context_is_small (ctx, assessed);

  write_section (table, _("Readiness barrier points"));
  write_headers (table, headers, G_N_ELEMENTS (headers));
  range = (Range) { table, table->row, table->row + barriers->len - 1 };
  for (guint b = 0; b < barriers->len; b++)
    {
      const PasBarrierCount *row = &g_array_index (barriers, PasBarrierCount, b);

      pas_export_table_text (table, 0, pas_barrier_get_label (row->barrier));
      pas_export_table_number (table, 1, small ? NAN : row->count, PAS_EXPORT_FORMAT_INTEGER);
      pas_export_table_number (table, 2, small ? NAN : row->share, PAS_EXPORT_FORMAT_PERCENT);
      pas_export_table_text (table, 3, pas_action_get_text (pas_barrier_get_action (row->barrier)));
      write_chart_value (table, small ? NAN : row->count);
      table->row++;
    }
  return range;
}

/* A native chart of one series: categories in the first column of the
 * range, values in the hidden chart column. */
static void
insert_chart (PasExportTable *table,
              const Range    *range,
              guint8          type,
              const char     *title,
              const char     *category_format,
              const char     *value_format,
              double          max,
              guint           position)
{
  const char *sheet = pas_export_sheet_get_name (PAS_EXPORT_SHEET_SUMMARY);
  lxw_chart *chart;
  lxw_chart_series *series;
  lxw_chart_axis *value_axis, *category_axis;

  if (range->first > range->last)
    return;
  chart = workbook_add_chart (table->ctx->workbook, type);
  series = chart_add_series (chart, NULL, NULL);
  chart_series_set_categories (series, sheet, range->first, 0, range->last, 0);
  chart_series_set_values (series, sheet, range->first, CHART_DATA_COLUMN, range->last, CHART_DATA_COLUMN);
  chart_series_set_name (series, title);
  chart_title_set_name (chart, title);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_show_blanks_as (chart, LXW_CHART_BLANKS_AS_GAP);
  chart_show_hidden_data (chart);
  /* A bar chart's values run along its horizontal axis. */
  value_axis = type == LXW_CHART_BAR ? chart->x_axis : chart->y_axis;
  category_axis = type == LXW_CHART_BAR ? chart->y_axis : chart->x_axis;
  /* Readers do not all take the format of the cells: months would show
   * as day counts. */
  if (category_format)
    chart_axis_set_num_format (category_axis, category_format);
  chart_axis_set_min (value_axis, 0);
  if (max > 0)
    chart_axis_set_max (value_axis, max);
  if (value_format)
    chart_axis_set_num_format (value_axis, value_format);
  worksheet_insert_chart (table->worksheet, 1 + position * CHART_ROWS, CHART_COLUMN, chart);
}

gboolean
pas_export_write_summary (PasExportContext  *ctx,
                          GError           **error)
{
  PasExportTable table;
  Range departments, statuses, months, barriers;
  lxw_row_col_options hidden = { .hidden = LXW_TRUE };

  pas_export_table_begin (&table, ctx, PAS_EXPORT_SHEET_SUMMARY, 0);
  worksheet_set_column (table.worksheet, FIRST_WIDE_COLUMN, LAST_TABLE_COLUMN, TABLE_COLUMN_WIDTH, NULL);
  worksheet_set_column_opt (table.worksheet, CHART_DATA_COLUMN, CHART_DATA_COLUMN, TABLE_COLUMN_WIDTH, NULL, &hidden);

  write_header_block (&table);
  write_indicators (&table);
  departments = write_departments (&table);
  statuses = write_feedback_statuses (&table);
  months = write_months (&table);
  barriers = write_barriers (&table);

  insert_chart (&table, &departments, LXW_CHART_BAR, _("Training completion by department"), NULL, "0%", 1, 0);
  insert_chart (&table, &statuses, LXW_CHART_COLUMN, _("Feedback by status"), NULL, "0", 0, 1);
  insert_chart (&table, &months, LXW_CHART_LINE, _("Skill level trend"), "mmm yyyy", "0.0", 4, 2);
  insert_chart (&table, &barriers, LXW_CHART_COLUMN, _("Readiness barrier points"), NULL, "0", 0, 3);

  pas_export_table_end (&table, FALSE);
  worksheet_activate (table.worksheet);
  return pas_export_context_tick (ctx, 0, error);
}

/* Departments down, the project's skills across, each cell the mean of
 * the latest levels, coloured from red (0) to green (4). */
gboolean
pas_export_write_skills (PasExportContext  *ctx,
                         GError           **error)
{
  const PasIndicators *indicators = ctx->indicators;
  guint n_skills = indicators->skills->len;
  guint n_departments = indicators->departments->len;
  PasExportTable table;

  pas_export_table_begin (&table, ctx, PAS_EXPORT_SHEET_SKILLS, 0);
  if (n_skills > 0)
    worksheet_set_column (table.worksheet, 1, n_skills, HEATMAP_COLUMN_WIDTH, NULL);
  pas_export_table_styled_text (&table, 0, pas_export_column_get_header (&table.columns[0]),
                                PAS_EXPORT_FORMAT_HEADER);
  for (guint s = 0; s < n_skills; s++)
    {
      const PasSkillIndicators *skill = g_ptr_array_index (indicators->skills, s);

      pas_export_table_styled_text (&table, 1 + s, skill->name, PAS_EXPORT_FORMAT_HEADER);
    }
  table.row++;
  table.last_column = n_skills;

  for (guint d = 0; d < n_departments; d++)
    {
      const PasDepartmentIndicators *department = g_ptr_array_index (indicators->departments, d);

      pas_export_table_text (&table, 0, department->name);
      for (guint s = 0; s < n_skills; s++)
        {
          const PasSkillCell *cell = pas_indicators_get_cell (indicators, d, s);

          pas_export_table_number (&table, 1 + s, group_value (ctx, cell->mean_level, cell->n_assessed),
                                   PAS_EXPORT_FORMAT_DECIMAL);
        }
      table.row++;
    }

  if (n_skills > 0 && n_departments > 0)
    {
      lxw_conditional_format scale = {
        .type = LXW_CONDITIONAL_3_COLOR_SCALE,
        .min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .min_value = 0, .min_color = LEVEL_LOW,
        .mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .mid_value = 2, .mid_color = LEVEL_MIDDLE,
        .max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .max_value = 4, .max_color = LEVEL_HIGH,
      };

      worksheet_conditional_format_range (table.worksheet, 1, 1, n_departments, n_skills, &scale);
    }
  pas_export_table_end (&table, TRUE);
  worksheet_freeze_panes (table.worksheet, 1, 1);
  return pas_export_context_tick (ctx, 0, error);
}

gboolean
pas_export_write_dictionary (PasExportContext  *ctx,
                             GError           **error)
{
  PasExportTable table;
  g_autofree char *names = NULL;
  g_autofree char *small_groups = NULL;
  g_autofree char *time_zone = NULL;
  struct { const char *label; const char *text; } notes[] = {
    { _("Names"), NULL },
    { _("Small groups"), NULL },
    { _("Success stories"), _("Colleagues recognised in a success story are named only when they agreed to be; the others are counted, never named.") },
    { _("Free text"), _("Contributions, feedback, responses and notes are exported as they were typed: a name written in them stays.") },
    { _("Period"), NULL },
    { _("Dates"), _("Workshops are dated by their start, contributions and feedback by their creation, enrollments by their completion (or due date), assessments, activities and stories by their date; a record without a date is exported only when the period is open at both ends. Referent activities are those of every project.") },
    { _("Skills"), _("The heatmap shows, per department and skill of the project, the mean of each person’s latest level (0 to 4) at the end of the period.") },
    { _("Times"), NULL },
  };

  if (ctx->flags & PAS_EXPORT_WITH_NAMES)
    names = g_strdup (_("People are named: the person who exported chose real names."));
  else
    names = g_strdup (_("People appear under a pseudonym such as “Person 0427”, the same for a person in every export of this workspace."));
  small_groups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "A statistic about fewer than %d person (the workspace’s privacy threshold) is shown as —.",
                                               "A statistic about fewer than %d people (the workspace’s privacy threshold) is shown as —.",
                                               ctx->indicators->privacy_k),
                                  (int) ctx->indicators->privacy_k);
  time_zone = g_strdup_printf (_("Times are in the time zone of the computer that exported: %s."),
                               g_time_zone_get_identifier (ctx->time_zone));
  notes[0].text = names;
  notes[1].text = small_groups;
  notes[4].text = ctx->period_text;
  notes[7].text = time_zone;

  pas_export_table_begin (&table, ctx, PAS_EXPORT_SHEET_DICTIONARY, 0);
  pas_export_table_write_header (&table);
  for (PasIndicator i = 0; i < PAS_N_INDICATORS; i++)
    {
      pas_export_table_text (&table, 0, pas_indicator_get_name (i));
      pas_export_table_styled_text (&table, 1, pas_indicator_get_definition (i), PAS_EXPORT_FORMAT_WRAP);
      pas_export_table_text (&table, 2, get_unit_label (i));
      table.row++;
    }
  pas_export_table_end (&table, TRUE);

  write_section (&table, _("Privacy and conventions"));
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      pas_export_table_styled_text (&table, 0, notes[i].label, PAS_EXPORT_FORMAT_LABEL);
      pas_export_table_styled_text (&table, 1, notes[i].text, PAS_EXPORT_FORMAT_WRAP);
      table.row++;
    }
  return pas_export_context_tick (ctx, 0, error);
}
