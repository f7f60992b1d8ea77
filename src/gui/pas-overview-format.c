/* pas-overview-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-overview"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pas-overview-format.h"

#define LOWEST_CELLS_DESCRIBED 5

static char *
date_to_string (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static GStrv
strv_new (const char *first,
          ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *text = first; text != NULL; text = va_arg (args, const char *))
    g_strv_builder_add (builder, text);
  va_end (args);
  return g_strv_builder_end (builder);
}

static GPtrArray *
table_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static char *
format_count (guint count)
{
  return g_strdup_printf ("%u", count);
}

static const PasDepartmentIndicators *
get_department (const PasIndicators *indicators,
                guint                index)
{
  return g_ptr_array_index (indicators->departments, index);
}

static const PasSkillIndicators *
get_skill (const PasIndicators *indicators,
           guint                index)
{
  return g_ptr_array_index (indicators->skills, index);
}

/* Ends a description made of "item; item; item" with a full stop. */
static char *
finish_description (GString *text)
{
  if (g_str_has_suffix (text->str, "; "))
    g_string_truncate (text, text->len - 2);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

/**
 * pas_overview_period_get_range:
 * @today: today's date, in local time
 * @project_start: (nullable): the start date of the project
 * @since: (out): the first day, or %NULL for an open start
 * @until: (out): the last day, or %NULL for an open end
 *
 * The calendar dates a period covers. A month and a quarter run to
 * today, so that they compare with the same number of days before them.
 */
void
pas_overview_period_get_range (PasOverviewPeriod   period,
                               const GDate        *today,
                               const char         *project_start,
                               const char         *custom_since,
                               const char         *custom_until,
                               char              **since,
                               char              **until)
{
  GDate first;
  GDate start;

  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (since != NULL && until != NULL);

  *since = NULL;
  *until = NULL;

  switch (period)
    {
    case PAS_OVERVIEW_PERIOD_MONTH:
      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, g_date_get_month (today), g_date_get_year (today));
      *since = date_to_string (&first);
      *until = date_to_string (today);
      break;

    case PAS_OVERVIEW_PERIOD_QUARTER:
      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, 3 * ((g_date_get_month (today) - 1) / 3) + 1, g_date_get_year (today));
      *since = date_to_string (&first);
      *until = date_to_string (today);
      break;

    case PAS_OVERVIEW_PERIOD_PROJECT:
      /* A project that has not started yet may already have prepared
       * its workshops: everything counts until it starts. */
      if (project_start != NULL && pas_overview_parse_date (project_start, &start) &&
          g_date_compare (&start, today) <= 0)
        *since = date_to_string (&start);
      break;

    case PAS_OVERVIEW_PERIOD_CUSTOM:
    default:
      *since = g_strdup (custom_since);
      *until = g_strdup (custom_until);
      break;
    }
}

/* Whether the period's trends mean something: since the project start,
 * the period before is the time before the project. */
gboolean
pas_overview_period_compares (PasOverviewPeriod period)
{
  return period != PAS_OVERVIEW_PERIOD_PROJECT;
}

/* Reads a date written YYYY-MM-DD, and nothing else. */
gboolean
pas_overview_parse_date (const char *text,
                         GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
parse_bound (const char  *text,
             char       **out,
             GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  GDate date;

  *out = NULL;
  if (*trimmed == '\0')
    return TRUE;
  if (!pas_overview_parse_date (trimmed, &date))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is what was typed in a date field */
                   _("“%s” is not a date: write it as year-month-day, for example 2026-03-31."),
                   trimmed);
      return FALSE;
    }
  *out = date_to_string (&date);
  return TRUE;
}

/**
 * pas_overview_parse_range:
 * @since: (out): the first day, %NULL when the field is empty
 * @until: (out): the last day, %NULL when the field is empty
 *
 * Reads a custom period typed by hand. On error, nothing is returned.
 */
gboolean
pas_overview_parse_range (const char  *since_text,
                          const char  *until_text,
                          char       **since,
                          char       **until,
                          GError     **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (since != NULL && until != NULL, FALSE);

  *since = NULL;
  *until = NULL;
  if (!parse_bound (since_text, &first, error) || !parse_bound (until_text, &last, error))
    return FALSE;
  if (first != NULL && last != NULL && strcmp (first, last) > 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The period ends before it starts: put the earlier date first."));
      return FALSE;
    }
  *since = g_steal_pointer (&first);
  *until = g_steal_pointer (&last);
  return TRUE;
}

/* A calendar date as people read it, e.g. "9 Feb 2026". */
char *
pas_overview_format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  GDate day;

  if (!pas_overview_parse_date (date, &day))
    return g_strdup (date ? date : "");
  time = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                                12, 0, 0);
  /* Translators: a short date, in g_date_time_format() syntax: "9 Feb 2026" */
  return g_date_time_format (time, _("%-d %b %Y"));
}

char *
pas_overview_format_range (const char *since,
                           const char *until)
{
  g_autofree char *first = since ? pas_overview_format_date (since) : NULL;
  g_autofree char *last = until ? pas_overview_format_date (until) : NULL;

  if (first != NULL && last != NULL)
    /* Translators: a period from one date to another */
    return g_strdup_printf (_("%s – %s"), first, last);
  if (first != NULL)
    /* Translators: a period with no end; %s is a date */
    return g_strdup_printf (_("Since %s"), first);
  if (last != NULL)
    /* Translators: a period with no start; %s is a date */
    return g_strdup_printf (_("Until %s"), last);
  return g_strdup (_("All time"));
}

char *
pas_overview_format_month (int      year,
                           int      month,
                           gboolean with_year)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (year, month, 1, 12, 0, 0);

  if (time == NULL)
    return g_strdup ("");
  if (with_year)
    /* Translators: a month and its year, in g_date_time_format() syntax: "February 2026" */
    return g_date_time_format (time, _("%B %Y"));
  /* Translators: a month on a chart axis, in g_date_time_format() syntax: "Feb" */
  return g_date_time_format (time, _("%b"));
}

static guint
get_shown_decimals (PasIndicatorUnit unit)
{
  switch (unit)
    {
    case PAS_INDICATOR_UNIT_DAYS:
    case PAS_INDICATOR_UNIT_LEVEL:
    case PAS_INDICATOR_UNIT_MEAN:
      return 1;
    case PAS_INDICATOR_UNIT_PERCENT:
    case PAS_INDICATOR_UNIT_COUNT:
    case PAS_INDICATOR_UNIT_INDEX:
    case PAS_INDICATOR_UNIT_PEOPLE:
    case PAS_INDICATOR_UNIT_NONE:
    default:
      return 0;
    }
}

/* A value rounded as the tile shows it, so that the trend is the
 * difference of the two figures a person reads. */
static double
round_as_shown (PasIndicatorUnit unit,
                double           value)
{
  double scale = pow (10, get_shown_decimals (unit));

  if (unit == PAS_INDICATOR_UNIT_PERCENT)
    value *= 100;
  return round (value * scale) / scale;
}

/**
 * pas_overview_format_trend:
 * @trend: (out): which way the value went
 *
 * Returns: (nullable): the change since the previous period in words,
 *   e.g. "+4 pts vs previous period", or %NULL when there is nothing to
 *   compare with.
 */
char *
pas_overview_format_trend (PasIndicator  indicator,
                           double        value,
                           double        previous,
                           PasTrend     *trend)
{
  PasIndicatorUnit unit = pas_indicator_get_unit (indicator);
  guint decimals = get_shown_decimals (unit);
  g_autofree char *magnitude = NULL;
  const char *sign;
  double delta;

  g_return_val_if_fail (trend != NULL, NULL);

  *trend = PAS_TREND_NONE;
  if (unit == PAS_INDICATOR_UNIT_NONE || !isfinite (value) || !isfinite (previous))
    return NULL;

  delta = round_as_shown (unit, value) - round_as_shown (unit, previous);
  if (fabs (delta) < 0.5 / pow (10, decimals))
    {
      *trend = PAS_TREND_STEADY;
      return g_strdup (_("No change vs previous period"));
    }

  *trend = delta > 0 ? PAS_TREND_UP : PAS_TREND_DOWN;
  /* A real minus sign, as in print. */
  sign = delta > 0 ? "+" : "−";
  magnitude = pas_indicators_format_number (fabs (delta), decimals);
  if (unit == PAS_INDICATOR_UNIT_PERCENT)
    /* Translators: a change in percentage points, e.g. "+4 pts vs previous period";
     * the first %s is the sign, the second the number */
    return g_strdup_printf (ngettext ("%s%s pt vs previous period", "%s%s pts vs previous period",
                                      (gulong) fabs (delta)),
                            sign, magnitude);
  /* Translators: a change, e.g. "+0.2 vs previous period"; the first %s is
   * the sign, the second the number */
  return g_strdup_printf (_("%s%s vs previous period"), sign, magnitude);
}

/* +1 when the trend is good news, -1 when it is bad news, 0 otherwise. */
int
pas_overview_judge_trend (PasIndicator indicator,
                          PasTrend     trend)
{
  int direction = pas_indicator_get_direction (indicator);

  switch (trend)
    {
    case PAS_TREND_UP:
      return direction;
    case PAS_TREND_DOWN:
      return -direction;
    case PAS_TREND_NONE:
    case PAS_TREND_STEADY:
    default:
      return 0;
    }
}

/**
 * pas_overview_format_context:
 *
 * Returns: (nullable): what a tile's figure was computed over, e.g.
 *   "30 of 57 invitations honoured", or why there is none.
 */
char *
pas_overview_format_context (const PasIndicators *indicators,
                             PasIndicator         indicator)
{
  const PasIndicatorValue *value;
  guint count, total;

  g_return_val_if_fail (indicators != NULL, NULL);

  value = pas_indicators_get (indicators, indicator);
  count = (guint) CLAMP (value->count, 0, G_MAXUINT);
  total = (guint) CLAMP (value->total, 0, G_MAXUINT);

  switch (indicator)
    {
    case PAS_INDICATOR_REPRESENTATION:
      if (total == 0)
        return g_strdup (_("No department recorded"));
      /* Translators: e.g. "5 of 6 departments" */
      return g_strdup_printf (ngettext ("%u of %u department", "%u of %u departments", total), count, total);

    case PAS_INDICATOR_ATTENDANCE:
      if (total == 0)
        return g_strdup (_("No workshop held in the period"));
      /* Translators: e.g. "30 of 57 invitations honoured" */
      return g_strdup_printf (ngettext ("%u of %u invitation honoured", "%u of %u invitations honoured", total),
                              count, total);

    case PAS_INDICATOR_LOOP_CLOSURE:
      if (total == 0)
        return g_strdup (_("No feedback resolved in the period"));
      /* Translators: e.g. "301 of 394 resolved items answered" */
      return g_strdup_printf (ngettext ("%u of %u resolved item answered", "%u of %u resolved items answered",
                                        total),
                              count, total);

    case PAS_INDICATOR_DAYS_TO_RESOLVE:
      if (count == 0)
        return g_strdup (_("No feedback resolved in the period"));
      return g_strdup_printf (ngettext ("Over %u resolved item", "Over %u resolved items", count), count);

    case PAS_INDICATOR_TRAINING_COMPLETION:
      if (total == 0)
        return g_strdup (_("No enrollment in the period"));
      /* Translators: e.g. "219 of 375 enrollments completed" */
      return g_strdup_printf (ngettext ("%u of %u enrollment completed", "%u of %u enrollments completed", total),
                              count, total);

    case PAS_INDICATOR_OVERDUE_ENROLLMENTS:
      if (total == 0)
        return g_strdup (_("No enrollment in the period"));
      return g_strdup_printf (ngettext ("Among %u enrollment", "Among %u enrollments", total), total);

    case PAS_INDICATOR_SKILL_LEVEL:
      if (total == 0)
        return g_strdup (_("Nobody assessed yet"));
      return g_strdup_printf (ngettext ("%u person assessed", "%u people assessed", total), total);

    case PAS_INDICATOR_READINESS_BARRIER:
      if (total == 0)
        return g_strdup (_("No readiness assessment in the period"));
      /* Translators: e.g. "84 of 90 people assessed"; the share blocked somewhere */
      return g_strdup_printf (ngettext ("%u of %u person assessed", "%u of %u people assessed", total),
                              count, total);

    case PAS_INDICATOR_AT_RISK:
    case PAS_INDICATOR_CHANGE_LOAD:
      if (total == 0)
        return g_strdup (_("Nobody recorded yet"));
      if (indicator == PAS_INDICATOR_CHANGE_LOAD)
        return g_strdup_printf (ngettext ("%u person above the threshold", "%u people above the threshold",
                                          count),
                                count);
      return g_strdup_printf (ngettext ("Among %u person", "Among %u people", total), total);

    case PAS_INDICATOR_DIVIDE_INDEX:
      if (total < 2)
        return g_strdup (_("Needs two people assessed"));
      return g_strdup_printf (ngettext ("Over %u person assessed", "Over %u people assessed", total), total);

    case PAS_INDICATOR_REFERENT_COVERAGE:
      if (count == 0)
        return g_strdup (_("No digital referent yet"));
      /* Translators: e.g. "10 referents, target one for 15 people" */
      return g_strdup_printf (ngettext ("%u referent, target one for %u people",
                                        "%u referents, target one for %u people", count),
                              count, (guint) indicators->referent_ratio);

    case PAS_INDICATOR_BLOCKING_ZONES:
      if (!isfinite (value->value))
        return g_strdup (_("Nothing to judge yet"));
      return g_strdup (_("Listed below, with what to do"));

    case PAS_INDICATOR_STORIES_PUBLISHED:
      if (total == 0)
        return g_strdup (_("No success story yet"));
      return g_strdup_printf (ngettext ("Of %u story of the project", "Of %u stories of the project", total),
                              total);

    case PAS_INDICATOR_ROUTING:
    case PAS_INDICATOR_LEVEL_TREND:
    default:
      return NULL;
    }
}

char *
pas_overview_describe_completion (const PasIndicators *indicators)
{
  GString *text;

  g_return_val_if_fail (indicators != NULL, NULL);

  text = g_string_new (_("Training completion by department: "));
  if (indicators->departments->len == 0)
    g_string_append (text, _("no department recorded"));
  for (guint i = 0; i < indicators->departments->len; i++)
    {
      const PasDepartmentIndicators *department = get_department (indicators, i);
      g_autofree char *completion = pas_indicators_format_percent (department->completion);
      g_autofree char *value = NULL;

      if (department->n_enrollments == 0)
        value = g_strdup (_("no enrollment"));
      else
        /* Translators: e.g. "58 %, 45 of 77 enrollments" */
        value = g_strdup_printf (ngettext ("%s, %u of %u enrollment", "%s, %u of %u enrollments",
                                           department->n_enrollments),
                                 completion, department->n_completed, department->n_enrollments);
      /* Translators: an item of a chart's description: a label and its value */
      g_string_append_printf (text, _("%s: %s"), department->name, value);
      g_string_append (text, "; ");
    }
  return finish_description (text);
}

GPtrArray *
pas_overview_table_completion (const PasIndicators *indicators)
{
  GPtrArray *table = table_new ();

  g_return_val_if_fail (indicators != NULL, NULL);

  g_ptr_array_add (table, strv_new (_("Department"), _("Completion"), _("Completed"), _("Enrollments"),
                                    _("Overdue"), NULL));
  for (guint i = 0; i < indicators->departments->len; i++)
    {
      const PasDepartmentIndicators *department = get_department (indicators, i);
      g_autofree char *completion = pas_indicators_format_percent (department->completion);
      g_autofree char *completed = format_count (department->n_completed);
      g_autofree char *enrollments = format_count (department->n_enrollments);
      g_autofree char *overdue = format_count (department->n_overdue);

      g_ptr_array_add (table, strv_new (department->name, completion, completed, enrollments, overdue, NULL));
    }
  return table;
}

static guint
count_assessed (const PasIndicators *indicators)
{
  guint n = 0;

  for (guint i = 0; i < indicators->barriers->len; i++)
    n += g_array_index (indicators->barriers, PasBarrierCount, i).count;
  return n;
}

char *
pas_overview_describe_barriers (const PasIndicators *indicators)
{
  guint n_assessed;
  GString *text;

  g_return_val_if_fail (indicators != NULL, NULL);

  n_assessed = count_assessed (indicators);
  if (n_assessed == 0)
    return g_strdup (_("Readiness barrier points: nobody was assessed in the period."));

  text = g_string_new (NULL);
  /* Translators: the start of a chart's description; a list follows */
  g_string_append_printf (text, ngettext ("Readiness barrier points of the %u person assessed: ",
                                          "Readiness barrier points of the %u people assessed: ", n_assessed),
                          n_assessed);
  for (guint i = 0; i < indicators->barriers->len; i++)
    {
      const PasBarrierCount *barrier = &g_array_index (indicators->barriers, PasBarrierCount, i);
      g_autofree char *share = pas_indicators_format_percent (barrier->share);

      /* Translators: e.g. "Knowledge: 27 people, 30 %" */
      g_string_append_printf (text, ngettext ("%s: %u person, %s", "%s: %u people, %s", barrier->count),
                              pas_barrier_get_label (barrier->barrier), barrier->count, share);
      g_string_append (text, "; ");
    }
  return finish_description (text);
}

GPtrArray *
pas_overview_table_barriers (const PasIndicators *indicators,
                             gboolean             with_previous)
{
  GPtrArray *table = table_new ();

  g_return_val_if_fail (indicators != NULL, NULL);

  if (with_previous)
    g_ptr_array_add (table, strv_new (_("Barrier point"), _("People"), _("Share"), _("Previous period"),
                                      _("Suggested action"), NULL));
  else
    g_ptr_array_add (table, strv_new (_("Barrier point"), _("People"), _("Share"), _("Suggested action"), NULL));

  for (guint i = 0; i < indicators->barriers->len; i++)
    {
      const PasBarrierCount *barrier = &g_array_index (indicators->barriers, PasBarrierCount, i);
      g_autofree char *count = format_count (barrier->count);
      g_autofree char *share = pas_indicators_format_percent (barrier->share);
      g_autofree char *previous = format_count (barrier->previous);
      const char *label = pas_barrier_get_label (barrier->barrier);
      const char *action = pas_action_get_text (pas_barrier_get_action (barrier->barrier));

      if (with_previous)
        g_ptr_array_add (table, strv_new (label, count, share, previous, action, NULL));
      else
        g_ptr_array_add (table, strv_new (label, count, share, action, NULL));
    }
  return table;
}

char *
pas_overview_describe_levels (const PasIndicators *indicators)
{
  GString *text;

  g_return_val_if_fail (indicators != NULL, NULL);

  text = g_string_new (_("Average skill level, from 0 to 4, at the end of each month: "));
  if (indicators->months->len == 0)
    g_string_append (text, _("no month in the period"));
  for (guint i = 0; i < indicators->months->len; i++)
    {
      const PasMonthLevel *month = &g_array_index (indicators->months, PasMonthLevel, i);
      g_autofree char *name = pas_overview_format_month (month->year, month->month, TRUE);
      g_autofree char *level = NULL;

      if (isfinite (month->mean_level))
        level = pas_indicators_format_number (month->mean_level, 1);
      else
        level = g_strdup (_("nobody assessed"));
      g_string_append_printf (text, _("%s: %s"), name, level);
      g_string_append (text, "; ");
    }
  return finish_description (text);
}

GPtrArray *
pas_overview_table_levels (const PasIndicators *indicators)
{
  GPtrArray *table = table_new ();

  g_return_val_if_fail (indicators != NULL, NULL);

  g_ptr_array_add (table, strv_new (_("Month"), _("Average level"), _("People assessed"), NULL));
  for (guint i = 0; i < indicators->months->len; i++)
    {
      const PasMonthLevel *month = &g_array_index (indicators->months, PasMonthLevel, i);
      g_autofree char *name = pas_overview_format_month (month->year, month->month, TRUE);
      g_autofree char *level = pas_indicators_format_number (month->mean_level, 1);
      g_autofree char *assessed = format_count (month->n_assessed);

      g_ptr_array_add (table, strv_new (name, level, assessed, NULL));
    }
  return table;
}

static int
compare_cells_by_level (gconstpointer a,
                        gconstpointer b)
{
  const PasSkillCell *x = *(const PasSkillCell * const *) a;
  const PasSkillCell *y = *(const PasSkillCell * const *) b;

  return (x->mean_level > y->mean_level) - (x->mean_level < y->mean_level);
}

static char *
describe_cell (const PasIndicators *indicators,
               const PasSkillCell  *cell)
{
  g_autofree char *level = pas_indicators_format_number (cell->mean_level, 1);

  /* Translators: a department, a skill and the department's average level on it */
  return g_strdup_printf (_("%s on “%s”: %s"),
                          get_department (indicators, cell->department)->name,
                          get_skill (indicators, cell->skill)->name, level);
}

char *
pas_overview_describe_heatmap (const PasIndicators *indicators)
{
  g_autoptr(GPtrArray) assessed = g_ptr_array_new ();
  guint n_departments, n_skills, n_blocking = 0;
  g_autofree char *size = NULL;
  GString *text;

  g_return_val_if_fail (indicators != NULL, NULL);

  n_departments = indicators->departments->len;
  n_skills = indicators->skills->len;
  for (guint i = 0; i < indicators->cells->len; i++)
    {
      const PasSkillCell *cell = &g_array_index (indicators->cells, PasSkillCell, i);

      if (cell->n_assessed > 0 && isfinite (cell->mean_level))
        g_ptr_array_add (assessed, (gpointer) cell);
      if (cell->blocking)
        n_blocking++;
    }

  text = g_string_new (NULL);
  /* Translators: the start of the skill heatmap's description, e.g. "6 departments on 9 skills" */
  size = g_strdup_printf (ngettext ("%u skill", "%u skills", n_skills), n_skills);
  g_string_append_printf (text, ngettext ("Average skill level, from 0 to 4, of %u department on %s. ",
                                          "Average skill level, from 0 to 4, of %u departments on %s. ",
                                          n_departments),
                          n_departments, size);
  if (assessed->len == 0)
    {
      g_string_append (text, _("Nobody has been assessed on these skills yet."));
      return g_string_free (text, FALSE);
    }

  g_ptr_array_sort (assessed, compare_cells_by_level);
  g_string_append (text, _("Lowest: "));
  for (guint i = 0; i < MIN (assessed->len, LOWEST_CELLS_DESCRIBED); i++)
    {
      g_autofree char *item = describe_cell (indicators, g_ptr_array_index (assessed, i));

      g_string_append (text, item);
      g_string_append (text, "; ");
    }
  g_string_truncate (text, text->len - 2);
  g_string_append (text, ". ");
  g_string_append_printf (text, ngettext ("%u blocking zone. ", "%u blocking zones. ", n_blocking), n_blocking);
  g_string_append (text, _("The table view lists every value."));
  return g_string_free (text, FALSE);
}

GPtrArray *
pas_overview_table_heatmap (const PasIndicators *indicators)
{
  GPtrArray *table = table_new ();
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

  g_return_val_if_fail (indicators != NULL, NULL);

  g_strv_builder_add (header, _("Department"));
  for (guint j = 0; j < indicators->skills->len; j++)
    g_strv_builder_add (header, get_skill (indicators, j)->name);
  g_ptr_array_add (table, g_strv_builder_end (header));

  for (guint i = 0; i < indicators->departments->len; i++)
    {
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();

      g_strv_builder_add (row, get_department (indicators, i)->name);
      for (guint j = 0; j < indicators->skills->len; j++)
        {
          const PasSkillCell *cell = pas_indicators_get_cell (indicators, i, j);
          g_autofree char *level = pas_indicators_format_number (cell->mean_level, 1);

          if (cell->blocking)
            {
              /* Translators: a level in the heatmap's table, marked as a blocking zone */
              g_autofree char *marked = g_strdup_printf (_("%s (blocking)"), level);
              g_strv_builder_add (row, marked);
            }
          else
            g_strv_builder_add (row, level);
        }
      g_ptr_array_add (table, g_strv_builder_end (row));
    }
  return table;
}
