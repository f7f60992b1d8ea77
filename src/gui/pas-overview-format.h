/* pas-overview-format.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pas-indicators.h"

G_BEGIN_DECLS

/* The overview's decisions that need no widget: which dates a period
 * covers, how a date typed by hand is read, and the words that go with
 * the numbers (trends, tile captions, the text alternatives and tables
 * of the charts). Tested without a display. */

typedef enum
{
  PAS_OVERVIEW_PERIOD_MONTH,
  PAS_OVERVIEW_PERIOD_QUARTER,
  PAS_OVERVIEW_PERIOD_PROJECT,
  PAS_OVERVIEW_PERIOD_CUSTOM,
} PasOverviewPeriod;

typedef enum
{
  PAS_TREND_NONE,    /* nothing to compare with */
  PAS_TREND_UP,
  PAS_TREND_DOWN,
  PAS_TREND_STEADY,
} PasTrend;

void       pas_overview_period_get_range     (PasOverviewPeriod     period,
                                              const GDate          *today,
                                              const char           *project_start,
                                              const char           *custom_since,
                                              const char           *custom_until,
                                              char                **since,
                                              char                **until);
gboolean   pas_overview_period_compares      (PasOverviewPeriod     period);
gboolean   pas_overview_parse_date           (const char           *text,
                                              GDate                *date);
gboolean   pas_overview_parse_range          (const char           *since_text,
                                              const char           *until_text,
                                              char                **since,
                                              char                **until,
                                              GError              **error);
char      *pas_overview_format_date          (const char           *date);
char      *pas_overview_format_range         (const char           *since,
                                              const char           *until);

char      *pas_overview_format_trend         (PasIndicator          indicator,
                                              double                value,
                                              double                previous,
                                              PasTrend             *trend);
int        pas_overview_judge_trend          (PasIndicator          indicator,
                                              PasTrend              trend);
char      *pas_overview_format_context       (const PasIndicators  *indicators,
                                              PasIndicator          indicator);

/* Each chart's text alternative: a sentence for screen readers, and a
 * table (a GPtrArray of NULL-terminated string arrays, the header row
 * first) with the same numbers. */
char      *pas_overview_describe_completion  (const PasIndicators  *indicators);
GPtrArray *pas_overview_table_completion     (const PasIndicators  *indicators);
char      *pas_overview_describe_barriers    (const PasIndicators  *indicators);
GPtrArray *pas_overview_table_barriers       (const PasIndicators  *indicators,
                                              gboolean              with_previous);
char      *pas_overview_describe_levels      (const PasIndicators  *indicators);
GPtrArray *pas_overview_table_levels         (const PasIndicators  *indicators);
char      *pas_overview_describe_heatmap     (const PasIndicators  *indicators);
GPtrArray *pas_overview_table_heatmap        (const PasIndicators  *indicators);
char      *pas_overview_format_month         (int                   year,
                                              int                   month,
                                              gboolean              with_year);

G_END_DECLS
