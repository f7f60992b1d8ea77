/* pas-indicators.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

/* The steering indicators of DESIGN.md, one definition for the overview
 * and the workbook alike. Computed for a project and a period, as a plain
 * read-only snapshot: the overview draws it, the exporter writes it.
 *
 * The period [since, until] is a pair of inclusive calendar dates
 * (YYYY-MM-DD, local days); either end may be NULL for "open". What is
 * dated is filtered by it:
 *   - workshops (representation, attendance) by their start;
 *   - feedback by its creation, except loop closure and the days to
 *     resolve, which count items resolved in the period (by their
 *     resolution time, or their creation when it was not recorded);
 *   - enrollments by their completion date when completed, their due
 *     date otherwise;
 *   - skill levels are the latest assessment on or before `until`;
 *   - readiness is each person's latest ADKAR assessment in the period;
 *   - referent activities by their date, success stories by theirs.
 * Something with no date at all is counted only when the period is open
 * at both ends. Open feedback items are those open now and created by
 * `until`. Overdue enrollments are due before the reference day, the
 * earlier of `until` and today. Change load (enrollments planned or in
 * progress, workshops planned or running a person is invited to, across
 * all projects because the load adds up) and referent coverage describe
 * the present and ignore the period. "No enrollment" (at risk) means
 * none in the project's modules but dropped ones. Department-level
 * readiness assessments are not counted: the barriers are people's.
 * Archived people are left out of everything about people's present
 * state: skills, readiness, training, at risk, load, coverage; their
 * attendance at past workshops still counts.
 *
 * A value that cannot be computed (nothing to divide by, nobody
 * assessed) is NaN, never 0; pas_indicator_format_value() shows it as
 * "—". Each group statistic comes with its group size, so that the
 * exporter can hide those about fewer than privacy_k people.
 *
 * When the period has a start, the previous period of the same length,
 * ending the day before it, gives each dated headline value a
 * `previous` value for its trend. */

#define PAS_TYPE_INDICATORS (pas_indicators_get_type ())

#define PAS_INDICATORS_NO_VALUE "—"

#define PAS_SETTING_REFERENT_RATIO        "referent_ratio"
#define PAS_SETTING_PRIVACY_K             "privacy_k"
#define PAS_SETTING_CHANGE_LOAD_THRESHOLD "change_load_threshold"
#define PAS_DEFAULT_REFERENT_RATIO        15
#define PAS_DEFAULT_PRIVACY_K             5
#define PAS_DEFAULT_CHANGE_LOAD_THRESHOLD 3

/* A feedback category is a blocking zone from this many open items. */
#define PAS_INDICATORS_MANY_OPEN_FEEDBACK 10

typedef enum
{
  PAS_INDICATOR_REPRESENTATION,
  PAS_INDICATOR_ATTENDANCE,
  PAS_INDICATOR_LOOP_CLOSURE,
  PAS_INDICATOR_DAYS_TO_RESOLVE,
  PAS_INDICATOR_TRAINING_COMPLETION,
  PAS_INDICATOR_OVERDUE_ENROLLMENTS,
  PAS_INDICATOR_SKILL_LEVEL,
  PAS_INDICATOR_READINESS_BARRIER,
  PAS_INDICATOR_ROUTING,
  PAS_INDICATOR_AT_RISK,
  PAS_INDICATOR_DIVIDE_INDEX,
  PAS_INDICATOR_REFERENT_COVERAGE,
  PAS_INDICATOR_BLOCKING_ZONES,
  PAS_INDICATOR_CHANGE_LOAD,
  PAS_INDICATOR_STORIES_PUBLISHED,
  PAS_INDICATOR_LEVEL_TREND,
} PasIndicator;

#define PAS_N_INDICATORS (PAS_INDICATOR_LEVEL_TREND + 1)

typedef enum
{
  PAS_INDICATOR_UNIT_NONE,     /* a list or a chart, no single figure */
  PAS_INDICATOR_UNIT_PERCENT,  /* a share 0–1, shown as a percentage */
  PAS_INDICATOR_UNIT_COUNT,
  PAS_INDICATOR_UNIT_DAYS,
  PAS_INDICATOR_UNIT_LEVEL,    /* a skill level 0–4 */
  PAS_INDICATOR_UNIT_INDEX,    /* 0–100 */
  PAS_INDICATOR_UNIT_PEOPLE,   /* people per referent */
  PAS_INDICATOR_UNIT_MEAN,     /* an average count, e.g. open items per person */
} PasIndicatorUnit;

/* ADKAR elements in Prosci's order; the barrier point is the first
 * scoring 3 or less. */
typedef enum
{
  PAS_BARRIER_AWARENESS,
  PAS_BARRIER_DESIRE,
  PAS_BARRIER_KNOWLEDGE,
  PAS_BARRIER_ABILITY,
  PAS_BARRIER_REINFORCEMENT,
  PAS_BARRIER_NONE,            /* every element above 3 */
} PasBarrier;

#define PAS_N_BARRIERS (PAS_BARRIER_NONE + 1)
#define PAS_BARRIER_UNKNOWN (-1) /* no readiness assessment */

typedef enum
{
  PAS_ACTION_NONE,
  PAS_ACTION_CONVERSATION,     /* awareness, desire */
  PAS_ACTION_MICRO_LEARNING,   /* knowledge */
  PAS_ACTION_COACHING,         /* ability */
  PAS_ACTION_RECOGNITION,      /* reinforcement */
  PAS_ACTION_SKILL_TRAINING,   /* a level of 0 or 1 without a barrier */
  PAS_ACTION_FIRST_MODULE,     /* no training while ill at ease with digital tools */
} PasAction;

typedef enum
{
  PAS_RISK_LOW_LEVEL   = 1 << 0,  /* latest level ≤ 1 on a skill of the project */
  PAS_RISK_BARRIER     = 1 << 1,  /* barrier point: knowledge or ability */
  PAS_RISK_NO_TRAINING = 1 << 2,  /* no enrollment, digital comfort ≤ 1 */
} PasRiskReasons;

/* A headline figure. For a share, count/total is the fraction itself;
 * otherwise count and total say what it was computed over (see each
 * indicator's definition). */
typedef struct
{
  double  value;     /* NaN when it cannot be computed */
  double  previous;  /* the same over the previous period, NaN when unknown */
  gint64  count;
  gint64  total;
} PasIndicatorValue;

typedef struct
{
  gint64   department_id;
  char    *name;
  gint64   headcount;
  guint    n_people;            /* recorded, not archived */
  guint    n_referents;
  /* representation and attendance */
  guint    n_attendees;         /* people present at a workshop of the project */
  guint    n_invited;           /* invitations to held workshops */
  guint    n_attended;          /* of which honoured */
  double   attendance;
  /* training */
  guint    n_enrollments;       /* not dropped */
  guint    n_completed;
  guint    n_overdue;
  guint    n_trainees;          /* people behind n_enrollments */
  double   completion;
  /* skills */
  guint    n_assessed;          /* people with a level on a project skill */
  double   mean_level;          /* over person × skill latest levels */
  double   divide_index;
  /* referents */
  guint    population;          /* max (headcount, n_people) */
  double   people_per_referent; /* NaN without a referent */
  guint    referents_needed;    /* at the target ratio */
  guint    n_activities;        /* referent activities in the period */
  guint    people_helped;
  /* change load */
  double   mean_load;
  guint    n_overloaded;
} PasDepartmentIndicators;

typedef struct
{
  gint64   skill_id;
  char    *name;
  guint    n_assessed;
  guint    n_low;               /* latest level ≤ 1 */
  double   mean_level;
  guint    n_enrollments;       /* in modules teaching this skill */
  guint    n_completed;
  double   completion;
} PasSkillIndicators;

/* One department × skill pair of the heatmap. */
typedef struct
{
  guint    department;          /* index in departments */
  guint    skill;               /* index in skills */
  guint    n_assessed;
  double   mean_level;
  guint    n_enrollments;       /* people of the department, modules of the skill */
  guint    n_completed;
  double   completion;
  gboolean blocking;            /* level < 2 and completion < 50 % (or no training) */
} PasSkillCell;

typedef struct
{
  gint64      module_id;
  char       *title;
  const char *format;           /* schema key, e.g. "micro_learning" */
  gint64      skill_id;         /* 0 when none */
  guint       n_enrollments;
  guint       n_completed;
  double      completion;
  gboolean    blocking;         /* completion < 50 % */
} PasModuleIndicators;

typedef struct
{
  const char *format;           /* schema key */
  const char *label;            /* translated */
  guint       n_enrollments;
  guint       n_completed;
  guint       n_trainees;
  double      completion;
} PasFormatIndicators;

typedef struct
{
  const char *category;         /* schema key */
  const char *label;            /* translated */
  guint       n_created;        /* created in the period */
  guint       n_open;
  gboolean    blocking;         /* not praise, and at least PAS_INDICATORS_MANY_OPEN_FEEDBACK open */
} PasFeedbackCategory;

typedef struct
{
  const char *status;           /* schema key */
  const char *label;            /* translated */
  guint       n_created;        /* created in the period, by present status */
} PasFeedbackStatus;

typedef struct
{
  PasBarrier  barrier;
  guint       count;            /* people whose barrier point it is */
  guint       previous;         /* the same in the previous period */
  double      share;            /* of the people assessed; NaN when none */
} PasBarrierCount;

typedef struct
{
  gint64          person_id;
  char           *name;
  gint64          department_id; /* 0 when none */
  char           *department;    /* NULL when none */
  PasRiskReasons  reasons;
  gint64          weakest_skill_id;  /* 0 when not assessed */
  char           *weakest_skill;
  int             weakest_level;     /* -1 when not assessed */
  int             barrier;           /* a PasBarrier or PAS_BARRIER_UNKNOWN */
  int             comfort;           /* -1 when unknown */
  PasAction       action;
} PasAtRiskPerson;

typedef struct
{
  gint64  person_id;
  guint   n_enrollments;        /* planned or in progress */
  guint   n_workshops;          /* planned or running, invited */
  guint   load;
} PasPersonLoad;

typedef struct
{
  int     year;
  int     month;                /* 1–12 */
  double  mean_level;           /* latest levels at the end of the month */
  guint   n_levels;             /* person × skill levels behind it */
  guint   n_assessed;           /* people behind it */
} PasMonthLevel;

typedef struct
{
  gint64             project_id;
  char              *project_name;
  char              *since;            /* as asked, NULL when open */
  char              *until;
  char              *previous_since;   /* NULL when there is no previous period */
  char              *previous_until;
  char              *reference_day;    /* the earlier of until and today */
  gint64             referent_ratio;
  gint64             privacy_k;
  gint64             change_load_threshold;
  guint              n_people;         /* recorded, not archived */

  PasIndicatorValue  values[PAS_N_INDICATORS];

  GPtrArray         *departments;      /* PasDepartmentIndicators, by name */
  GPtrArray         *skills;           /* PasSkillIndicators of the project, by name */
  GArray            *cells;            /* PasSkillCell, departments × skills, by department */
  GArray            *blocking_cells;   /* PasSkillCell copies, lowest level first */
  GPtrArray         *modules;          /* PasModuleIndicators, by title */
  GArray            *formats;          /* PasFormatIndicators, one per format */
  GArray            *feedback_categories; /* PasFeedbackCategory, most open first */
  GArray            *feedback_statuses;   /* PasFeedbackStatus, in workflow order */
  GArray            *barriers;         /* PasBarrierCount, in ADKAR order, then none */
  GPtrArray         *at_risk;          /* PasAtRiskPerson, most reasons first, then by name */
  GArray            *overloaded;       /* PasPersonLoad over the threshold, heaviest first */
  GArray            *months;           /* PasMonthLevel, oldest first */
  guint              n_departments_represented;
  guint              n_departments_without_referent;
  guint              n_blocking_modules;
  guint              n_blocking_categories;
} PasIndicators;

GType              pas_indicators_get_type           (void) G_GNUC_CONST;
PasIndicators     *pas_indicators_ref                (PasIndicators        *self);
void               pas_indicators_unref              (PasIndicators        *self);

PasIndicators     *pas_indicators_compute            (PasWorkspace         *workspace,
                                                      gint64                project_id,
                                                      const char           *since,
                                                      const char           *until,
                                                      GError              **error);
void               pas_indicators_compute_async      (const char           *path,
                                                      gint64                project_id,
                                                      const char           *since,
                                                      const char           *until,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
PasIndicators     *pas_indicators_compute_finish     (GAsyncResult         *result,
                                                      GError              **error);

const PasIndicatorValue *pas_indicators_get          (const PasIndicators  *self,
                                                      PasIndicator          indicator);
char              *pas_indicators_format             (const PasIndicators  *self,
                                                      PasIndicator          indicator);
const PasSkillCell *pas_indicators_get_cell          (const PasIndicators  *self,
                                                      guint                 department,
                                                      guint                 skill);
gboolean           pas_indicators_is_small_group     (const PasIndicators  *self,
                                                      guint                 n_people);

const char        *pas_indicator_get_key             (PasIndicator          indicator);
const char        *pas_indicator_get_name            (PasIndicator          indicator);
const char        *pas_indicator_get_definition      (PasIndicator          indicator);
PasIndicatorUnit   pas_indicator_get_unit            (PasIndicator          indicator);
int                pas_indicator_get_direction       (PasIndicator          indicator);
char              *pas_indicator_format_value        (PasIndicator          indicator,
                                                      double                value);

char              *pas_indicators_format_percent     (double                share);
char              *pas_indicators_format_number      (double                value,
                                                      guint                 decimals);

PasBarrier         pas_barrier_from_scores           (int                   awareness,
                                                      int                   desire,
                                                      int                   knowledge,
                                                      int                   ability,
                                                      int                   reinforcement);
const char        *pas_barrier_get_label             (PasBarrier            barrier);
PasAction          pas_barrier_get_action            (PasBarrier            barrier);
const char        *pas_action_get_text               (PasAction             action);
char              *pas_at_risk_person_describe       (const PasAtRiskPerson *person);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasIndicators, pas_indicators_unref)

G_END_DECLS
