/* pas-indicators.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-indicators"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pas-choice.h"
#include "pas-indicators-private.h"
#include "pas-reader.h"
#include "pas-workspace-private.h"

/* How it works: each table is read once, in one pass, by a plain query
 * (thirteen in all, in one read transaction); every indicator is then
 * worked out in C from those rows. Most of the definitions (medians,
 * quartiles, "latest as of" several dates, people in several groups at
 * once) would each need their own sorted query in SQL; scanning the big
 * tables once is what keeps the large workspace under 150 ms. The big
 * tables are scanned without an index on purpose (NOT INDEXED): when a
 * project holds most of their rows, a sequential scan is several times
 * faster than an index lookup per row. */

#define OPEN_START 0
#define OPEN_END 99991231
#define DEFAULT_MONTHS 12
#define MAX_MONTHS 36
#define CANCEL_CHECK_STEPS 20000
#define SECONDS_PER_DAY 86400.0

typedef struct
{
  const char       *key;
  const char       *name;
  const char       *definition;
  PasIndicatorUnit  unit;
  int               direction;
} IndicatorInfo;

static const IndicatorInfo indicator_info[PAS_N_INDICATORS] = {
  [PAS_INDICATOR_REPRESENTATION] = {
    "representation", N_("Representation"),
    N_("Share of the departments with at least one person present at a workshop of the project in the period; the departments never represented are listed."),
    PAS_INDICATOR_UNIT_PERCENT, +1 },
  [PAS_INDICATOR_ATTENDANCE] = {
    "attendance", N_("Attendance"),
    N_("People present among the people invited to the workshops of the project held in the period (running or done)."),
    PAS_INDICATOR_UNIT_PERCENT, +1 },
  [PAS_INDICATOR_LOOP_CLOSURE] = {
    "loop_closure", N_("Loop closure"),
    N_("Share of the feedback items resolved in the period (done or won’t do) whose author received a response."),
    PAS_INDICATOR_UNIT_PERCENT, +1 },
  [PAS_INDICATOR_DAYS_TO_RESOLVE] = {
    "days_to_resolve", N_("Median days to resolve"),
    N_("Median number of days from the creation of a feedback item to its resolution, over the items resolved in the period."),
    PAS_INDICATOR_UNIT_DAYS, -1 },
  [PAS_INDICATOR_TRAINING_COMPLETION] = {
    "training_completion", N_("Training completion"),
    N_("Completed enrollments among the enrollments not dropped that were due or completed in the period, overall, by department and by format."),
    PAS_INDICATOR_UNIT_PERCENT, +1 },
  [PAS_INDICATOR_OVERDUE_ENROLLMENTS] = {
    "overdue_enrollments", N_("Overdue enrollments"),
    N_("Enrollments still planned or in progress whose due date, in the period, is before the end of the period or today, whichever comes first."),
    PAS_INDICATOR_UNIT_COUNT, -1 },
  [PAS_INDICATOR_SKILL_LEVEL] = {
    "skill_level", N_("Skill level"),
    N_("Average of each person’s latest assessed level (0 to 4) on each skill of the project at the end of the period; by department and skill in the heatmap."),
    PAS_INDICATOR_UNIT_LEVEL, +1 },
  [PAS_INDICATOR_READINESS_BARRIER] = {
    "readiness_barrier", N_("Readiness barrier"),
    N_("Share of the people assessed in the period whose latest ADKAR assessment has a barrier point: the first element scoring 3 or less, in the order awareness, desire, knowledge, ability, reinforcement."),
    PAS_INDICATOR_UNIT_PERCENT, -1 },
  [PAS_INDICATOR_ROUTING] = {
    "routing", N_("Routing"),
    N_("Each barrier point suggests an action: a conversation with a referent or a communication for awareness and desire, micro-learning for knowledge, coaching or peer sharing for ability, recognition and a success story for reinforcement."),
    PAS_INDICATOR_UNIT_NONE, 0 },
  [PAS_INDICATOR_AT_RISK] = {
    "at_risk", N_("People at risk"),
    N_("People whose latest level on a skill of the project is 0 or 1, whose barrier point is knowledge or ability, or who have no enrollment in the project’s modules while their digital comfort is 0 or 1; each is listed with a suggested action."),
    PAS_INDICATOR_UNIT_COUNT, -1 },
  [PAS_INDICATOR_DIVIDE_INDEX] = {
    "divide_index", N_("Divide index"),
    N_("25 × (mean level of the top quarter of the assessed people − mean level of the bottom quarter), from 0 (no gap) to 100, where a person’s level is the mean of their latest levels on the project’s skills and a quarter is a fourth of the people rounded up; it needs two people at least."),
    PAS_INDICATOR_UNIT_INDEX, -1 },
  [PAS_INDICATOR_REFERENT_COVERAGE] = {
    "referent_coverage", N_("Referent coverage"),
    N_("People per digital referent, counting in each department the larger of its headcount and the people recorded, against the target ratio; departments without a referent are listed."),
    PAS_INDICATOR_UNIT_PEOPLE, -1 },
  [PAS_INDICATOR_BLOCKING_ZONES] = {
    "blocking_zones", N_("Blocking zones"),
    N_("Department and skill pairs with an average level below 2 where less than half of the enrollments in the matching modules are completed (or there are none), modules less than half completed, and feedback categories other than praise with 10 open items or more."),
    PAS_INDICATOR_UNIT_COUNT, -1 },
  [PAS_INDICATOR_CHANGE_LOAD] = {
    "change_load", N_("Change load"),
    N_("Enrollments planned or in progress plus workshops planned or running a person is invited to, across all projects, on average per person; the people above the threshold are listed."),
    PAS_INDICATOR_UNIT_MEAN, -1 },
  [PAS_INDICATOR_STORIES_PUBLISHED] = {
    "stories_published", N_("Stories published"),
    N_("Success stories of the project published with a date in the period."),
    PAS_INDICATOR_UNIT_COUNT, +1 },
  [PAS_INDICATOR_LEVEL_TREND] = {
    "level_trend", N_("Level trend"),
    N_("Average of the latest levels on the project’s skills at the end of each month of the period."),
    PAS_INDICATOR_UNIT_NONE, +1 },
};

enum { STATUS_NEW, STATUS_TRIAGED, STATUS_PLANNED, STATUS_DONE, STATUS_WONT_DO };

static const char *barrier_labels[PAS_N_BARRIERS] = {
  [PAS_BARRIER_AWARENESS] = N_("Awareness"),
  [PAS_BARRIER_DESIRE] = N_("Desire"),
  [PAS_BARRIER_KNOWLEDGE] = N_("Knowledge"),
  [PAS_BARRIER_ABILITY] = N_("Ability"),
  [PAS_BARRIER_REINFORCEMENT] = N_("Reinforcement"),
  [PAS_BARRIER_NONE] = N_("No barrier"),
};

static const char *action_texts[] = {
  [PAS_ACTION_NONE] = N_("No action needed"),
  [PAS_ACTION_CONVERSATION] = N_("A conversation with a digital referent, or a communication explaining the objective"),
  [PAS_ACTION_MICRO_LEARNING] = N_("Micro-learning"),
  [PAS_ACTION_COACHING] = N_("Coaching or peer sharing"),
  [PAS_ACTION_RECOGNITION] = N_("Recognition: a success story"),
  [PAS_ACTION_SKILL_TRAINING] = N_("Training on the weakest skill, with coaching or peer sharing"),
  [PAS_ACTION_FIRST_MODULE] = N_("A first micro-learning module, with a referent alongside"),
};

/* A period as compared against the data: days as yyyymmdd numbers,
 * times as unix seconds from local midnight, the end exclusive. */
typedef struct
{
  gboolean valid;
  gboolean bounded;
  int      since;
  int      until;
  gint64   since_time;
  gint64   until_time;
} Window;

typedef struct
{
  gint64      id;
  const char *name;
  int         department;       /* index, -1 when none */
  int         comfort;          /* -1 when unknown */
  int         barrier;          /* in the period, or PAS_BARRIER_UNKNOWN */
  int         weakest_level;    /* -1 when not assessed */
  int         weakest_skill;
  guint       referent : 1;
  guint       archived : 1;
  guint       enrolled : 1;     /* in a module of the project, not dropped */
  guint       trainee : 1;      /* counted in the period's completion */
  guint       attended : 2;     /* one bit per window */
  guint       formats : 5;      /* one bit per format with a counted enrollment */
  guint       open_enrollments;
  guint       open_workshops;
  double      level_sum[2];
  guint       level_n[2];
} Person;

typedef struct
{
  guint32 person;
  guint16 skill;
  guint8  level;
  int     day;
} Assessment;

typedef struct
{
  double level;
  guint  person;
} PersonLevel;

/* Row ids → row indexes: a plain array when the ids are dense enough, as
 * they are unless many rows were deleted; a hash table otherwise. */
typedef struct
{
  GArray     *ids;
  int        *dense;
  gint64      dense_len;
  GHashTable *sparse;
} IdIndex;

typedef struct
{
  sqlite3        *db;
  GCancellable   *cancellable;
  PasIndicators  *out;
  gint64          project_id;
  Window          windows[2];
  int             today;
  int             reference_day;
  int             n_months;
  int             month_ends[MAX_MONTHS];

  GStringChunk   *strings;
  GArray         *people;            /* Person, by name */
  IdIndex         person_index;
  IdIndex         department_index;
  IdIndex         skill_index;
  IdIndex         module_index;
  GArray         *module_format;     /* int, per module */
  GArray         *module_skill;      /* int, skill index or -1, per module */

  double         *skill_sum;
  double         *cell_sum;
  double         *department_sum;    /* of latest levels, per department */
  guint          *department_n;
  guint           invited[2];
  guint           attended[2];
  guint           enrollments[2];
  guint           completed[2];
  guint           overdue;
  guint           closed[2];
  guint           responded[2];
  GArray         *durations[2];
  guint           feedback_total;
  guint           stories[2];
  guint           stories_total;
  double          pair_sum[2];
  guint           pair_n[2];
  double          month_sum[MAX_MONTHS];
  guint           month_n[MAX_MONTHS];
  guint           month_people[MAX_MONTHS];
  guint           barriers[2][PAS_N_BARRIERS];
} Context;

G_DEFINE_BOXED_TYPE (PasIndicators, pas_indicators, pas_indicators_ref, pas_indicators_unref)

static void
department_free (gpointer data)
{
  PasDepartmentIndicators *row = data;

  g_free (row->name);
  g_free (row);
}

static void
skill_free (gpointer data)
{
  PasSkillIndicators *row = data;

  g_free (row->name);
  g_free (row);
}

static void
module_free (gpointer data)
{
  PasModuleIndicators *row = data;

  g_free (row->title);
  g_free (row);
}

static void
at_risk_free (gpointer data)
{
  PasAtRiskPerson *row = data;

  g_free (row->name);
  g_free (row->department);
  g_free (row->weakest_skill);
  g_free (row);
}

static void
indicators_clear (gpointer data)
{
  PasIndicators *self = data;

  g_free (self->project_name);
  g_free (self->since);
  g_free (self->until);
  g_free (self->previous_since);
  g_free (self->previous_until);
  g_free (self->reference_day);
  g_ptr_array_unref (self->departments);
  g_ptr_array_unref (self->skills);
  g_array_unref (self->cells);
  g_array_unref (self->blocking_cells);
  g_ptr_array_unref (self->modules);
  g_array_unref (self->formats);
  g_array_unref (self->feedback_categories);
  g_array_unref (self->feedback_statuses);
  g_array_unref (self->barriers);
  g_ptr_array_unref (self->at_risk);
  g_array_unref (self->overloaded);
  g_array_unref (self->months);
}

static PasIndicators *
indicators_new (gint64 project_id)
{
  PasIndicators *self = g_atomic_rc_box_new0 (PasIndicators);

  self->project_id = project_id;
  self->departments = g_ptr_array_new_with_free_func (department_free);
  self->skills = g_ptr_array_new_with_free_func (skill_free);
  self->cells = g_array_new (FALSE, TRUE, sizeof (PasSkillCell));
  self->blocking_cells = g_array_new (FALSE, TRUE, sizeof (PasSkillCell));
  self->modules = g_ptr_array_new_with_free_func (module_free);
  self->formats = g_array_new (FALSE, TRUE, sizeof (PasFormatIndicators));
  self->feedback_categories = g_array_new (FALSE, TRUE, sizeof (PasFeedbackCategory));
  self->feedback_statuses = g_array_new (FALSE, TRUE, sizeof (PasFeedbackStatus));
  self->barriers = g_array_new (FALSE, TRUE, sizeof (PasBarrierCount));
  self->at_risk = g_ptr_array_new_with_free_func (at_risk_free);
  self->overloaded = g_array_new (FALSE, TRUE, sizeof (PasPersonLoad));
  self->months = g_array_new (FALSE, TRUE, sizeof (PasMonthLevel));
  for (guint i = 0; i < PAS_N_INDICATORS; i++)
    self->values[i] = (PasIndicatorValue) { NAN, NAN, 0, 0 };
  return self;
}

/* @ids: (transfer full): the ids in the order of the rows. */
static void
id_index_init (IdIndex *index,
               GArray  *ids)
{
  gint64 max_id = 0;

  index->ids = ids;
  for (guint i = 0; i < ids->len; i++)
    max_id = MAX (max_id, g_array_index (ids, gint64, i));
  if (max_id <= 4 * (gint64) ids->len + 65536)
    {
      index->dense_len = max_id + 1;
      index->dense = g_new (int, index->dense_len);
      memset (index->dense, 0xff, sizeof (int) * index->dense_len);
      for (guint i = 0; i < ids->len; i++)
        index->dense[MAX (g_array_index (ids, gint64, i), 0)] = (int) i;
    }
  else
    {
      index->sparse = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < ids->len; i++)
        g_hash_table_insert (index->sparse, &g_array_index (ids, gint64, i), GINT_TO_POINTER (i + 1));
    }
}

static void
id_index_clear (IdIndex *index)
{
  g_clear_pointer (&index->ids, g_array_unref);
  g_clear_pointer (&index->dense, g_free);
  g_clear_pointer (&index->sparse, g_hash_table_unref);
}

/* The row of @id, or -1. */
static inline int
id_index_find (const IdIndex *index,
               gint64         id)
{
  if (index->dense != NULL)
    return id > 0 && id < index->dense_len ? index->dense[id] : -1;
  if (index->sparse != NULL)
    return GPOINTER_TO_INT (g_hash_table_lookup (index->sparse, &id)) - 1;
  return -1;
}

static void
context_clear (Context *ctx)
{
  g_clear_pointer (&ctx->strings, g_string_chunk_free);
  g_clear_pointer (&ctx->people, g_array_unref);
  id_index_clear (&ctx->person_index);
  id_index_clear (&ctx->department_index);
  id_index_clear (&ctx->skill_index);
  id_index_clear (&ctx->module_index);
  g_clear_pointer (&ctx->module_format, g_array_unref);
  g_clear_pointer (&ctx->module_skill, g_array_unref);
  g_clear_pointer (&ctx->skill_sum, g_free);
  g_clear_pointer (&ctx->cell_sum, g_free);
  g_clear_pointer (&ctx->department_sum, g_free);
  g_clear_pointer (&ctx->department_n, g_free);
  g_clear_pointer (&ctx->durations[0], g_array_unref);
  g_clear_pointer (&ctx->durations[1], g_array_unref);
}

static double
share (guint count,
       guint total)
{
  return total > 0 ? (double) count / total : NAN;
}

/* Days */

static int
make_day (int year,
          int month,
          int day)
{
  return year * 10000 + month * 100 + day;
}

static void
day_to_date (int    day,
             GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day % 100, (day / 100) % 100, day / 10000);
}

static int
date_to_day (const GDate *date)
{
  return make_day (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static char *
day_to_string (int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", day / 10000, (day / 100) % 100, day % 100);
}

/* The schema guarantees YYYY-MM-DD; anything else reads as no date. */
static int
column_day (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *t = sqlite3_column_text (stmt, column);

  if (t == NULL || sqlite3_column_bytes (stmt, column) != 10)
    return 0;
  return make_day ((t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0'),
                   (t[5] - '0') * 10 + (t[6] - '0'),
                   (t[8] - '0') * 10 + (t[9] - '0'));
}

static gboolean
parse_day (const char  *text,
           int         *day,
           GError     **error)
{
  static const char pattern[] = "dddd-dd-dd";
  int y, m, d;

  if (strlen (text) != strlen (pattern))
    goto invalid;
  for (guint i = 0; pattern[i]; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      goto invalid;
  y = atoi (text);
  m = atoi (text + 5);
  d = atoi (text + 8);
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    goto invalid;
  *day = make_day (y, m, d);
  return TRUE;

invalid:
  g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
               _("“%s” is not a date: write it as year-month-day, for example 2025-03-31."), text);
  return FALSE;
}

static int
add_days (int day,
          int n)
{
  GDate date;

  day_to_date (day, &date);
  if (n >= 0)
    g_date_add_days (&date, n);
  else
    g_date_subtract_days (&date, -n);
  return date_to_day (&date);
}

/* Unix time of the local midnight starting @day; @fallback when it is
 * outside what GDateTime represents. */
static gint64
day_start_time (int    day,
                gint64 fallback)
{
  g_autoptr(GDateTime) time = NULL;

  if (day / 10000 > 9999)
    return fallback;
  time = g_date_time_new_local (day / 10000, (day / 100) % 100, day % 100, 0, 0, 0);
  return time ? g_date_time_to_unix (time) : fallback;
}

static void
window_set (Window *window,
            int     since,
            int     until)
{
  window->valid = TRUE;
  window->bounded = since != OPEN_START || until != OPEN_END;
  window->since = since;
  window->until = until;
  window->since_time = since == OPEN_START ? G_MININT64 : day_start_time (since, G_MININT64);
  window->until_time = until == OPEN_END ? G_MAXINT64 : day_start_time (add_days (until, 1), G_MAXINT64);
}

static inline gboolean
window_has_day (const Window *window,
                int           day)
{
  if (!window->valid)
    return FALSE;
  if (day == 0)
    return !window->bounded;
  return day >= window->since && day <= window->until;
}

static inline gboolean
window_has_time (const Window *window,
                 gint64        time)
{
  return window->valid && time >= window->since_time && time < window->until_time;
}

static gboolean
setup_period (Context     *ctx,
              const char  *since,
              const char  *until,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  PasIndicators *out = ctx->out;
  int since_day = OPEN_START, until_day = OPEN_END, end_month, start_month;

  if (since != NULL && !parse_day (since, &since_day, error))
    return FALSE;
  if (until != NULL && !parse_day (until, &until_day, error))
    return FALSE;
  if (since_day > until_day)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                   _("The period starts on %s, after it ends on %s: swap the two dates."), since, until);
      return FALSE;
    }

  ctx->today = make_day (g_date_time_get_year (now), g_date_time_get_month (now),
                         g_date_time_get_day_of_month (now));
  ctx->reference_day = MIN (until_day, ctx->today);
  window_set (&ctx->windows[0], since_day, until_day);

  out->since = g_strdup (since);
  out->until = g_strdup (until);
  out->reference_day = day_to_string (ctx->reference_day);

  if (since != NULL)
    {
      int end = until != NULL ? until_day : ctx->today;
      GDate first, last;
      guint length;

      day_to_date (since_day, &first);
      day_to_date (end, &last);
      if (end >= since_day && (length = g_date_days_between (&first, &last) + 1) < g_date_get_julian (&first))
        {
          window_set (&ctx->windows[1], add_days (since_day, -(int) length), add_days (since_day, -1));
          out->previous_since = day_to_string (ctx->windows[1].since);
          out->previous_until = day_to_string (ctx->windows[1].until);
        }
    }

  /* Months of the level trend, as year × 12 + month − 1. */
  end_month = until != NULL ? (until_day / 10000) * 12 + (until_day / 100) % 100 - 1
                            : (ctx->today / 10000) * 12 + (ctx->today / 100) % 100 - 1;
  start_month = since != NULL ? (since_day / 10000) * 12 + (since_day / 100) % 100 - 1
                              : end_month - (DEFAULT_MONTHS - 1);
  end_month = MAX (end_month, start_month);
  start_month = MAX (start_month, end_month - (MAX_MONTHS - 1));
  for (int m = start_month; m <= end_month; m++)
    {
      PasMonthLevel month = { m / 12, m % 12 + 1, NAN, 0, 0 };

      ctx->month_ends[ctx->n_months++] = MIN (make_day (month.year, month.month, 31), until_day);
      g_array_append_val (out->months, month);
    }
  return TRUE;
}

/* Queries */

static int
progress_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

static sqlite3_stmt *
prepare (Context     *ctx,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return NULL;
  if (sqlite3_prepare_v2 (ctx->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      pas_reader_set_error (ctx->db, sqlite3_extended_errcode (ctx->db), error);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, ctx->project_id);
  return stmt;
}

static gboolean
finish (Context       *ctx,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return pas_reader_set_error (ctx->db, rc == SQLITE_ROW ? SQLITE_ERROR : sqlite3_extended_errcode (ctx->db), error);
  return TRUE;
}

static void
bind_day (sqlite3_stmt *stmt,
          int           index,
          int           day)
{
  sqlite3_bind_text (stmt, index, day_to_string (day), -1, g_free);
}

static int
find_person (Context *ctx,
             gint64   id)
{
  return id_index_find (&ctx->person_index, id);
}

static gboolean
load_project (Context  *ctx,
              GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (ctx, "SELECT name FROM project WHERE id = ?1", error)))
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ctx->out->project_name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      rc = sqlite3_step (stmt);
    }
  if (!finish (ctx, stmt, rc, error))
    return FALSE;
  if (ctx->out->project_name == NULL)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                   _("This project no longer exists: it may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_settings (Context  *ctx,
               GError  **error)
{
  PasIndicators *out = ctx->out;
  sqlite3_stmt *stmt;
  int rc;

  out->referent_ratio = PAS_DEFAULT_REFERENT_RATIO;
  out->privacy_k = PAS_DEFAULT_PRIVACY_K;
  out->change_load_threshold = PAS_DEFAULT_CHANGE_LOAD_THRESHOLD;
  if (!(stmt = prepare (ctx, "SELECT key, value FROM setting WHERE key IN ('"
                        PAS_SETTING_REFERENT_RATIO "', '" PAS_SETTING_PRIVACY_K "', '"
                        PAS_SETTING_CHANGE_LOAD_THRESHOLD "')", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      gint64 value;

      if (text == NULL || !g_ascii_string_to_signed (text, 10, 0, G_MAXINT32, &value, NULL))
        continue;
      if (g_str_equal (key, PAS_SETTING_REFERENT_RATIO) && value >= 1)
        out->referent_ratio = value;
      else if (g_str_equal (key, PAS_SETTING_PRIVACY_K) && value >= 1)
        out->privacy_k = value;
      else if (g_str_equal (key, PAS_SETTING_CHANGE_LOAD_THRESHOLD))
        out->change_load_threshold = value;
    }
  return finish (ctx, stmt, rc, error);
}

static gboolean
load_departments (Context  *ctx,
                  GError  **error)
{
  sqlite3_stmt *stmt;
  GArray *ids;
  int rc;

  if (!(stmt = prepare (ctx, "SELECT id, name, headcount FROM department ORDER BY name COLLATE pas_fold, id", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasDepartmentIndicators *row = g_new0 (PasDepartmentIndicators, 1);

      row->department_id = sqlite3_column_int64 (stmt, 0);
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->headcount = sqlite3_column_int64 (stmt, 2);
      row->attendance = row->completion = row->mean_level = row->divide_index = NAN;
      row->people_per_referent = row->mean_load = NAN;
      g_ptr_array_add (ctx->out->departments, row);
    }
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < ctx->out->departments->len; i++)
    g_array_append_val (ids, ((PasDepartmentIndicators *) g_ptr_array_index (ctx->out->departments, i))->department_id);
  id_index_init (&ctx->department_index, ids);
  return finish (ctx, stmt, rc, error);
}

static gboolean
load_skills (Context  *ctx,
             GError  **error)
{
  sqlite3_stmt *stmt;
  GArray *ids;
  int rc;

  if (!(stmt = prepare (ctx,
                        "SELECT s.id, s.name FROM project_skill ps JOIN skill s ON s.id = ps.skill_id "
                        "WHERE ps.project_id = ?1 ORDER BY s.name COLLATE pas_fold, s.id",
                        error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasSkillIndicators *row = g_new0 (PasSkillIndicators, 1);

      row->skill_id = sqlite3_column_int64 (stmt, 0);
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->mean_level = row->completion = NAN;
      g_ptr_array_add (ctx->out->skills, row);
    }
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < ctx->out->skills->len; i++)
    g_array_append_val (ids, ((PasSkillIndicators *) g_ptr_array_index (ctx->out->skills, i))->skill_id);
  id_index_init (&ctx->skill_index, ids);
  return finish (ctx, stmt, rc, error);
}

static gboolean
load_modules (Context  *ctx,
              GError  **error)
{
  sqlite3_stmt *stmt;
  GArray *ids;
  int rc;

  if (!(stmt = prepare (ctx,
                        "SELECT id, title, format, skill_id FROM training_module "
                        "WHERE project_id = ?1 ORDER BY title COLLATE pas_fold, id",
                        error)))
    return FALSE;
  ctx->module_format = g_array_new (FALSE, FALSE, sizeof (int));
  ctx->module_skill = g_array_new (FALSE, FALSE, sizeof (int));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasModuleIndicators *row = g_new0 (PasModuleIndicators, 1);
      int format = PAS_CHOICE_FIND (pas_module_formats, (const char *) sqlite3_column_text (stmt, 2));
      int skill;

      row->module_id = sqlite3_column_int64 (stmt, 0);
      row->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->format = format >= 0 ? pas_module_formats[format].key : NULL;
      row->skill_id = sqlite3_column_int64 (stmt, 3);
      row->completion = NAN;
      skill = id_index_find (&ctx->skill_index, row->skill_id);
      g_ptr_array_add (ctx->out->modules, row);
      g_array_append_val (ctx->module_format, format);
      g_array_append_val (ctx->module_skill, skill);
    }
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < ctx->out->modules->len; i++)
    g_array_append_val (ids, ((PasModuleIndicators *) g_ptr_array_index (ctx->out->modules, i))->module_id);
  id_index_init (&ctx->module_index, ids);
  return finish (ctx, stmt, rc, error);
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const Person *x = a, *y = b;
  int order = g_ascii_strcasecmp (x->name, y->name);

  if (order != 0)
    return order;
  return (x->id > y->id) - (x->id < y->id);
}

static gboolean
load_people (Context  *ctx,
             GError  **error)
{
  sqlite3_stmt *stmt;
  GArray *ids;
  int rc;

  if (!(stmt = prepare (ctx,
                        "SELECT id, name, department_id, is_referent, comfort, archived FROM person",
                        error)))
    return FALSE;
  ctx->strings = g_string_chunk_new (64 * 1024);
  ctx->people = g_array_new (FALSE, TRUE, sizeof (Person));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Person person = { 0 };

      person.id = sqlite3_column_int64 (stmt, 0);
      person.name = g_string_chunk_insert (ctx->strings, (const char *) sqlite3_column_text (stmt, 1));
      person.department = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1
                        : id_index_find (&ctx->department_index, sqlite3_column_int64 (stmt, 2));
      person.referent = sqlite3_column_int (stmt, 3) != 0;
      person.comfort = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 4);
      person.archived = sqlite3_column_int (stmt, 5) != 0;
      person.barrier = PAS_BARRIER_UNKNOWN;
      person.weakest_level = -1;
      person.weakest_skill = -1;
      g_array_append_val (ctx->people, person);
    }
  if (!finish (ctx, stmt, rc, error))
    return FALSE;
  /* By name as the lists show them (SQLite's NOCASE folds ASCII only). */
  g_array_sort (ctx->people, compare_people);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ctx->people->len);
  for (guint i = 0; i < ctx->people->len; i++)
    g_array_append_val (ids, g_array_index (ctx->people, Person, i).id);
  id_index_init (&ctx->person_index, ids);
  for (guint i = 0; i < ctx->people->len; i++)
    if (!g_array_index (ctx->people, Person, i).archived)
      ctx->out->n_people++;
  return TRUE;
}

static PasDepartmentIndicators *
get_department (Context *ctx,
                int      index)
{
  return index >= 0 ? g_ptr_array_index (ctx->out->departments, index) : NULL;
}

static gboolean
load_participants (Context  *ctx,
                   GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (ctx,
                        "SELECT wp.person_id, w.project_id = ?1, w.status, w.starts_at, wp.invited, wp.attended "
                        "FROM workshop w JOIN workshop_participant wp ON wp.workshop_id = w.id "
                        "WHERE w.project_id = ?1 OR w.status IN ('planned', 'running')",
                        error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int p = find_person (ctx, sqlite3_column_int64 (stmt, 0));
      const char *status = (const char *) sqlite3_column_text (stmt, 2);
      gboolean dated = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      gint64 starts_at = sqlite3_column_int64 (stmt, 3);
      gboolean invited = sqlite3_column_int (stmt, 4) != 0;
      gboolean attended = sqlite3_column_int (stmt, 5) != 0;
      gboolean held = g_str_equal (status, "done") || g_str_equal (status, "running");
      Person *person;

      if (p < 0)
        continue;
      person = &g_array_index (ctx->people, Person, p);
      if ((g_str_equal (status, "planned") || g_str_equal (status, "running")) && invited && !person->archived)
        person->open_workshops++;
      if (!sqlite3_column_int (stmt, 1))
        continue;

      for (guint w = 0; w < 2; w++)
        {
          const Window *window = &ctx->windows[w];

          if (!(dated ? window_has_time (window, starts_at) : window->valid && !window->bounded))
            continue;
          if (attended)
            person->attended |= 1u << w;
          if (held && invited)
            {
              ctx->invited[w]++;
              ctx->attended[w] += attended;
              if (w == 0 && person->department >= 0)
                {
                  PasDepartmentIndicators *row = get_department (ctx, person->department);
                  row->n_invited++;
                  row->n_attended += attended;
                }
            }
        }
    }
  return finish (ctx, stmt, rc, error);
}

static gboolean
load_enrollments (Context  *ctx,
                  GError  **error)
{
  PasIndicators *out = ctx->out;
  guint n_skills = out->skills->len;
  sqlite3_stmt *stmt;
  int rc;

  /* Every enrollment: the change load counts those of all projects. */
  if (!(stmt = prepare (ctx, "SELECT module_id, person_id, status, due_date, completed_date FROM enrollment", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int m = id_index_find (&ctx->module_index, sqlite3_column_int64 (stmt, 0));
      int p = find_person (ctx, sqlite3_column_int64 (stmt, 1));
      const char *status = (const char *) sqlite3_column_text (stmt, 2);
      gboolean open = g_str_equal (status, "planned") || g_str_equal (status, "in_progress");
      gboolean completed = g_str_equal (status, "completed");
      int due, day, format, skill;
      PasModuleIndicators *module;
      PasDepartmentIndicators *department;
      Person *person;

      if (p < 0)
        continue;
      person = &g_array_index (ctx->people, Person, p);
      if (person->archived)
        continue;
      if (open)
        person->open_enrollments++;
      if (m < 0 || g_str_equal (status, "dropped"))
        continue;

      person->enrolled = TRUE;
      due = column_day (stmt, 3);
      day = completed ? column_day (stmt, 4) : due;
      if (window_has_day (&ctx->windows[1], day))
        {
          ctx->enrollments[1]++;
          ctx->completed[1] += completed;
        }
      if (!window_has_day (&ctx->windows[0], day))
        continue;

      module = g_ptr_array_index (out->modules, m);
      format = g_array_index (ctx->module_format, int, m);
      skill = g_array_index (ctx->module_skill, int, m);
      department = get_department (ctx, person->department);
      ctx->enrollments[0]++;
      ctx->completed[0] += completed;
      module->n_enrollments++;
      module->n_completed += completed;
      person->trainee = TRUE;
      if (format >= 0)
        {
          PasFormatIndicators *row = &g_array_index (out->formats, PasFormatIndicators, format);
          row->n_enrollments++;
          row->n_completed += completed;
          person->formats |= 1u << format;
        }
      if (skill >= 0)
        {
          PasSkillIndicators *row = g_ptr_array_index (out->skills, skill);
          row->n_enrollments++;
          row->n_completed += completed;
        }
      if (open && due != 0 && due < ctx->reference_day)
        {
          ctx->overdue++;
          if (department)
            department->n_overdue++;
        }
      if (department)
        {
          department->n_enrollments++;
          department->n_completed += completed;
          if (skill >= 0)
            {
              PasSkillCell *cell = &g_array_index (out->cells, PasSkillCell,
                                                   person->department * n_skills + skill);
              cell->n_enrollments++;
              cell->n_completed += completed;
            }
        }
    }
  return finish (ctx, stmt, rc, error);
}

/* Oldest first within a skill; equal days keep the order of the ids. */
static void
sort_person_assessments (Assessment *rows,
                         guint       n)
{
  for (guint i = 1; i < n; i++)
    {
      Assessment row = rows[i];
      guint j = i;

      while (j > 0 && (rows[j - 1].skill > row.skill ||
                       (rows[j - 1].skill == row.skill && rows[j - 1].day > row.day)))
        {
          rows[j] = rows[j - 1];
          j--;
        }
      rows[j] = row;
    }
}

/* @rows: the assessments of one person, sorted; each skill's latest
 * level counts as of the end of the period, of the previous one, and of
 * each month of the trend. */
static void
add_person_levels (Context    *ctx,
                   Person     *person,
                   Assessment *rows,
                   guint       n)
{
  PasIndicators *out = ctx->out;
  guint n_skills = out->skills->len;
  gboolean in_month[MAX_MONTHS] = { FALSE };
  guint i = 0;

  while (i < n)
    {
      guint skill = rows[i].skill, end = i, j;
      PasSkillIndicators *skill_row = g_ptr_array_index (out->skills, skill);
      int level;

      while (end < n && rows[end].skill == skill)
        end++;

      /* Only rows up to the end of the period were kept: the last is the latest. */
      level = rows[end - 1].level;
      person->level_sum[0] += level;
      person->level_n[0]++;
      ctx->pair_sum[0] += level;
      ctx->pair_n[0]++;
      ctx->skill_sum[skill] += level;
      skill_row->n_assessed++;
      skill_row->n_low += level <= 1;
      if (person->weakest_level < 0 || level < person->weakest_level)
        {
          person->weakest_level = level;
          person->weakest_skill = (int) skill;
        }
      if (person->department >= 0)
        {
          guint index = person->department * n_skills + skill;
          g_array_index (out->cells, PasSkillCell, index).n_assessed++;
          ctx->cell_sum[index] += level;
          ctx->department_sum[person->department] += level;
          ctx->department_n[person->department]++;
        }

      if (ctx->windows[1].valid)
        for (j = end; j > i; j--)
          if (rows[j - 1].day <= ctx->windows[1].until)
            {
              person->level_sum[1] += rows[j - 1].level;
              person->level_n[1]++;
              ctx->pair_sum[1] += rows[j - 1].level;
              ctx->pair_n[1]++;
              break;
            }

      j = i;
      for (int m = 0; m < ctx->n_months; m++)
        {
          while (j < end && rows[j].day <= ctx->month_ends[m])
            j++;
          if (j > i)
            {
              ctx->month_sum[m] += rows[j - 1].level;
              ctx->month_n[m]++;
              in_month[m] = TRUE;
            }
        }
      i = end;
    }
  for (int m = 0; m < ctx->n_months; m++)
    ctx->month_people[m] += in_month[m];
}

static gboolean
load_assessments (Context  *ctx,
                  GError  **error)
{
  g_autoptr(GArray) rows = NULL;
  g_autofree Assessment *sorted = NULL;
  g_autofree guint *starts = NULL;
  guint n_people = ctx->people->len;
  sqlite3_stmt *stmt;
  int rc;

  if (ctx->out->skills->len == 0)
    return TRUE;
  /* Every row, filtered here: a lookup per row in SQL costs more. */
  if (!(stmt = prepare (ctx, "SELECT person_id, skill_id, level, assessed_on FROM skill_assessment", error)))
    return FALSE;
  rows = g_array_sized_new (FALSE, FALSE, sizeof (Assessment), 4096);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int skill = id_index_find (&ctx->skill_index, sqlite3_column_int64 (stmt, 1));
      int p = find_person (ctx, sqlite3_column_int64 (stmt, 0));
      Assessment row;

      if (skill < 0 || p < 0 || g_array_index (ctx->people, Person, p).archived)
        continue;
      row.day = column_day (stmt, 3);
      if (row.day > ctx->windows[0].until)
        continue;
      row.person = p;
      row.skill = skill;
      row.level = sqlite3_column_int (stmt, 2);
      g_array_append_val (rows, row);
    }
  if (!finish (ctx, stmt, rc, error))
    return FALSE;

  /* Group by person (a counting sort keeps the rows in id order), then
   * sort each person's few rows by skill and day. */
  starts = g_new0 (guint, n_people + 1);
  for (guint i = 0; i < rows->len; i++)
    starts[g_array_index (rows, Assessment, i).person + 1]++;
  for (guint p = 0; p < n_people; p++)
    starts[p + 1] += starts[p];
  sorted = g_new (Assessment, MAX (rows->len, 1));
  {
    g_autofree guint *next = g_memdup2 (starts, sizeof (guint) * (n_people + 1));

    for (guint i = 0; i < rows->len; i++)
      {
        const Assessment *row = &g_array_index (rows, Assessment, i);
        sorted[next[row->person]++] = *row;
      }
  }
  for (guint p = 0; p < n_people; p++)
    {
      guint n = starts[p + 1] - starts[p];

      if (n == 0)
        continue;
      sort_person_assessments (sorted + starts[p], n);
      add_person_levels (ctx, &g_array_index (ctx->people, Person, p), sorted + starts[p], n);
    }
  return TRUE;
}

static void
add_readiness (Context *ctx,
               int      person_index,
               int      latest[2])
{
  Person *person;

  if (person_index < 0)
    return;
  person = &g_array_index (ctx->people, Person, person_index);
  if (person->archived)
    return;
  for (guint w = 0; w < 2; w++)
    if (latest[w] != PAS_BARRIER_UNKNOWN)
      ctx->barriers[w][latest[w]]++;
  person->barrier = latest[0];
}

static gboolean
load_readiness (Context  *ctx,
                GError  **error)
{
  int latest[2] = { PAS_BARRIER_UNKNOWN, PAS_BARRIER_UNKNOWN };
  gint64 current = 0;
  sqlite3_stmt *stmt;
  int rc, since;

  if (!(stmt = prepare (ctx,
                        "SELECT person_id, assessed_on, awareness, desire, knowledge, ability, reinforcement "
                        "FROM readiness_assessment "
                        "WHERE project_id = ?1 AND person_id IS NOT NULL AND assessed_on BETWEEN ?2 AND ?3 "
                        "ORDER BY person_id, assessed_on, id",
                        error)))
    return FALSE;
  since = ctx->windows[1].valid ? ctx->windows[1].since : ctx->windows[0].since;
  bind_day (stmt, 2, since);
  bind_day (stmt, 3, ctx->windows[0].until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int day = column_day (stmt, 1);

      if (id != current)
        {
          add_readiness (ctx, find_person (ctx, current), latest);
          latest[0] = latest[1] = PAS_BARRIER_UNKNOWN;
          current = id;
        }
      for (guint w = 0; w < 2; w++)
        if (window_has_day (&ctx->windows[w], day))
          latest[w] = pas_barrier_from_scores (sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3),
                                               sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5),
                                               sqlite3_column_int (stmt, 6));
    }
  add_readiness (ctx, current ? find_person (ctx, current) : -1, latest);
  return finish (ctx, stmt, rc, error);
}

/* Not blank; cheaper here than trim () on every row in SQL. */
static gboolean
has_content (const unsigned char *text)
{
  if (text != NULL)
    for (; *text; text++)
      if (!g_ascii_isspace (*text))
        return TRUE;
  return FALSE;
}

static gboolean
load_feedback (Context  *ctx,
               GError  **error)
{
  PasIndicators *out = ctx->out;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (ctx,
                        "SELECT category, status, created_at, resolved_at, response "
                        "FROM feedback NOT INDEXED WHERE project_id = ?1",
                        error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int category = PAS_CHOICE_FIND (pas_feedback_categories, (const char *) sqlite3_column_text (stmt, 0));
      int status = PAS_CHOICE_FIND (pas_feedback_statuses, (const char *) sqlite3_column_text (stmt, 1));
      gint64 created = sqlite3_column_int64 (stmt, 2);
      gboolean resolved = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      gint64 resolved_at = sqlite3_column_int64 (stmt, 3);

      if (category < 0 || status < 0)
        continue;
      ctx->feedback_total++;
      if (window_has_time (&ctx->windows[0], created))
        {
          g_array_index (out->feedback_statuses, PasFeedbackStatus, status).n_created++;
          g_array_index (out->feedback_categories, PasFeedbackCategory, category).n_created++;
        }
      if (status < STATUS_DONE)
        {
          if (created < ctx->windows[0].until_time)
            g_array_index (out->feedback_categories, PasFeedbackCategory, category).n_open++;
          continue;
        }
      for (guint w = 0; w < 2; w++)
        if (window_has_time (&ctx->windows[w], resolved ? resolved_at : created))
          {
            ctx->closed[w]++;
            ctx->responded[w] += has_content (sqlite3_column_text (stmt, 4));
            if (resolved)
              {
                double days = (resolved_at - created) / SECONDS_PER_DAY;
                g_array_append_val (ctx->durations[w], days);
              }
          }
    }
  return finish (ctx, stmt, rc, error);
}

static gboolean
load_stories (Context  *ctx,
              GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (ctx, "SELECT status = 'published', story_date FROM success_story WHERE project_id = ?1", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int day = column_day (stmt, 1);

      ctx->stories_total++;
      if (!sqlite3_column_int (stmt, 0))
        continue;
      for (guint w = 0; w < 2; w++)
        ctx->stories[w] += window_has_day (&ctx->windows[w], day);
    }
  return finish (ctx, stmt, rc, error);
}

static gboolean
load_activities (Context  *ctx,
                 GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare (ctx,
                        "SELECT referent_id, people_helped FROM referent_activity NOT INDEXED "
                        "WHERE activity_date BETWEEN ?1 AND ?2",
                        error)))
    return FALSE;
  bind_day (stmt, 1, ctx->windows[0].since);
  bind_day (stmt, 2, ctx->windows[0].until);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int p = find_person (ctx, sqlite3_column_int64 (stmt, 0));
      PasDepartmentIndicators *row;

      if (p < 0 || !(row = get_department (ctx, g_array_index (ctx->people, Person, p).department)))
        continue;
      row->n_activities++;
      row->people_helped += sqlite3_column_int (stmt, 1);
    }
  return finish (ctx, stmt, rc, error);
}

/* Summaries */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The @k-th smallest of @values (reordered), in linear time on average. */
static double
select_nth (double *values,
            guint   n,
            guint   k)
{
  guint left = 0, right = n - 1;

  while (left < right)
    {
      double pivot = values[left + (right - left) / 2];
      guint i = left, j = right;

      while (i <= j)
        {
          while (values[i] < pivot)
            i++;
          while (values[j] > pivot)
            j--;
          if (i <= j)
            {
              double swap = values[i];
              values[i] = values[j];
              values[j] = swap;
              i++;
              if (j == 0)
                break;
              j--;
            }
        }
      if (k <= j)
        right = j;
      else if (k >= i)
        left = i;
      else
        break;
    }
  return values[k];
}

static double
median (GArray *values)
{
  double *data = (double *) (gpointer) values->data;
  guint n = values->len;

  if (n == 0)
    return NAN;
  return (select_nth (data, n, (n - 1) / 2) + select_nth (data, n, n / 2)) / 2;
}

/* @levels: sorted, lowest first. Which of several equal levels falls in
 * a quarter does not change its mean. */
static double
divide_index (const double *levels,
              guint         n,
              guint        *quarter)
{
  double low = 0, high = 0;
  guint q;

  if (quarter)
    *quarter = 0;
  if (n < 2)
    return NAN;
  q = (n + 3) / 4;
  for (guint i = 0; i < q; i++)
    {
      low += levels[i];
      high += levels[n - 1 - i];
    }
  if (quarter)
    *quarter = q;
  return 25.0 * (high - low) / q;
}

static int
compare_person_levels (gconstpointer a,
                       gconstpointer b)
{
  const PersonLevel *x = a, *y = b;

  if (x->level != y->level)
    return x->level < y->level ? -1 : 1;
  return (x->person > y->person) - (x->person < y->person);
}

static void
summarise_divide (Context *ctx)
{
  PasIndicators *out = ctx->out;
  g_autoptr(GArray) current = g_array_new (FALSE, FALSE, sizeof (PersonLevel));
  g_autoptr(GArray) previous = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) by_department = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree double *levels = NULL;
  PasIndicatorValue *value = &out->values[PAS_INDICATOR_DIVIDE_INDEX];
  guint quarter;

  for (guint d = 0; d < out->departments->len; d++)
    g_ptr_array_add (by_department, g_array_new (FALSE, FALSE, sizeof (double)));
  for (guint p = 0; p < ctx->people->len; p++)
    {
      const Person *person = &g_array_index (ctx->people, Person, p);

      if (person->level_n[0] > 0)
        {
          PersonLevel level = { person->level_sum[0] / person->level_n[0], p };
          g_array_append_val (current, level);
        }
      if (person->level_n[1] > 0)
        {
          double level = person->level_sum[1] / person->level_n[1];
          g_array_append_val (previous, level);
        }
    }
  g_array_sort (current, compare_person_levels);
  g_array_sort (previous, compare_doubles);

  levels = g_new (double, MAX (current->len, 1));
  for (guint i = 0; i < current->len; i++)
    {
      const PersonLevel *level = &g_array_index (current, PersonLevel, i);
      int department = g_array_index (ctx->people, Person, level->person).department;

      levels[i] = level->level;
      if (department >= 0)
        g_array_append_val (g_ptr_array_index (by_department, department), level->level);
    }
  value->value = divide_index (levels, current->len, &quarter);
  value->count = quarter;
  value->total = current->len;
  if (ctx->windows[1].valid)
    value->previous = divide_index ((const double *) (gpointer) previous->data, previous->len, NULL);

  for (guint d = 0; d < out->departments->len; d++)
    {
      PasDepartmentIndicators *row = g_ptr_array_index (out->departments, d);
      GArray *department_levels = g_ptr_array_index (by_department, d);

      row->n_assessed = department_levels->len;
      row->divide_index = divide_index ((const double *) (gpointer) department_levels->data,
                                        department_levels->len, NULL);
    }
}

static void
set_share (PasIndicators *out,
           PasIndicator   indicator,
           guint          count,
           guint          total,
           guint          previous_count,
           guint          previous_total,
           gboolean       has_previous)
{
  PasIndicatorValue *value = &out->values[indicator];

  value->value = share (count, total);
  value->count = count;
  value->total = total;
  value->previous = has_previous ? share (previous_count, previous_total) : NAN;
}

static int
compare_blocking_cells (gconstpointer a,
                        gconstpointer b)
{
  const PasSkillCell *x = a, *y = b;

  if (x->mean_level != y->mean_level)
    return x->mean_level < y->mean_level ? -1 : 1;
  if (x->department != y->department)
    return x->department < y->department ? -1 : 1;
  return (x->skill > y->skill) - (x->skill < y->skill);
}

static int
compare_categories (gconstpointer a,
                    gconstpointer b)
{
  const PasFeedbackCategory *x = a, *y = b;

  if (x->n_open != y->n_open)
    return x->n_open > y->n_open ? -1 : 1;
  return PAS_CHOICE_FIND (pas_feedback_categories, x->category)
       - PAS_CHOICE_FIND (pas_feedback_categories, y->category);
}

static void
summarise_training_and_skills (Context *ctx)
{
  PasIndicators *out = ctx->out;
  gboolean has_previous = ctx->windows[1].valid;
  guint n_skills = out->skills->len, n_blocking = 0;
  gboolean anything_to_judge = ctx->feedback_total > 0;

  set_share (out, PAS_INDICATOR_TRAINING_COMPLETION, ctx->completed[0], ctx->enrollments[0],
             ctx->completed[1], ctx->enrollments[1], has_previous);
  out->values[PAS_INDICATOR_OVERDUE_ENROLLMENTS] =
    (PasIndicatorValue) { ctx->enrollments[0] > 0 ? ctx->overdue : NAN, NAN, ctx->overdue, ctx->enrollments[0] };

  out->values[PAS_INDICATOR_SKILL_LEVEL] = (PasIndicatorValue) {
    ctx->pair_n[0] > 0 ? ctx->pair_sum[0] / ctx->pair_n[0] : NAN,
    has_previous && ctx->pair_n[1] > 0 ? ctx->pair_sum[1] / ctx->pair_n[1] : NAN,
    ctx->pair_n[0], 0 };
  for (guint p = 0; p < ctx->people->len; p++)
    out->values[PAS_INDICATOR_SKILL_LEVEL].total += g_array_index (ctx->people, Person, p).level_n[0] > 0;

  for (guint s = 0; s < n_skills; s++)
    {
      PasSkillIndicators *row = g_ptr_array_index (out->skills, s);

      row->mean_level = row->n_assessed > 0 ? ctx->skill_sum[s] / row->n_assessed : NAN;
      row->completion = share (row->n_completed, row->n_enrollments);
    }
  for (guint i = 0; i < out->cells->len; i++)
    {
      PasSkillCell *cell = &g_array_index (out->cells, PasSkillCell, i);

      cell->mean_level = cell->n_assessed > 0 ? ctx->cell_sum[i] / cell->n_assessed : NAN;
      cell->completion = share (cell->n_completed, cell->n_enrollments);
      /* Low levels with nobody trained at all block more, not less. */
      cell->blocking = cell->n_assessed > 0 && cell->mean_level < 2 &&
                       (cell->n_enrollments == 0 || cell->completion < 0.5);
      anything_to_judge |= cell->n_assessed > 0;
      if (cell->blocking)
        g_array_append_val (out->blocking_cells, *cell);
    }
  g_array_sort (out->blocking_cells, compare_blocking_cells);

  for (guint m = 0; m < out->modules->len; m++)
    {
      PasModuleIndicators *row = g_ptr_array_index (out->modules, m);

      row->completion = share (row->n_completed, row->n_enrollments);
      row->blocking = row->n_enrollments > 0 && row->completion < 0.5;
      out->n_blocking_modules += row->blocking;
      anything_to_judge |= row->n_enrollments > 0;
    }
  for (guint f = 0; f < out->formats->len; f++)
    {
      PasFormatIndicators *row = &g_array_index (out->formats, PasFormatIndicators, f);
      row->completion = share (row->n_completed, row->n_enrollments);
    }
  for (guint c = 0; c < out->feedback_categories->len; c++)
    {
      PasFeedbackCategory *row = &g_array_index (out->feedback_categories, PasFeedbackCategory, c);

      /* Praise waiting for an answer blocks nobody. */
      row->blocking = row->n_open >= PAS_INDICATORS_MANY_OPEN_FEEDBACK && g_strcmp0 (row->category, "praise") != 0;
      out->n_blocking_categories += row->blocking;
    }
  g_array_sort (out->feedback_categories, compare_categories);

  n_blocking = out->blocking_cells->len + out->n_blocking_modules + out->n_blocking_categories;
  out->values[PAS_INDICATOR_BLOCKING_ZONES] =
    (PasIndicatorValue) { anything_to_judge ? n_blocking : NAN, NAN, n_blocking, 0 };

  for (int m = 0; m < ctx->n_months; m++)
    {
      PasMonthLevel *month = &g_array_index (out->months, PasMonthLevel, m);

      month->n_levels = ctx->month_n[m];
      month->n_assessed = ctx->month_people[m];
      month->mean_level = ctx->month_n[m] > 0 ? ctx->month_sum[m] / ctx->month_n[m] : NAN;
    }
  out->values[PAS_INDICATOR_LEVEL_TREND].count = ctx->n_months;
}

static void
summarise_readiness (Context *ctx)
{
  PasIndicators *out = ctx->out;
  guint assessed[2] = { 0, 0 };

  for (guint w = 0; w < 2; w++)
    for (guint b = 0; b < PAS_N_BARRIERS; b++)
      assessed[w] += ctx->barriers[w][b];
  for (guint b = 0; b < PAS_N_BARRIERS; b++)
    {
      PasBarrierCount count = { b, ctx->barriers[0][b], ctx->barriers[1][b], share (ctx->barriers[0][b], assessed[0]) };
      g_array_append_val (out->barriers, count);
    }
  set_share (out, PAS_INDICATOR_READINESS_BARRIER,
             assessed[0] - ctx->barriers[0][PAS_BARRIER_NONE], assessed[0],
             assessed[1] - ctx->barriers[1][PAS_BARRIER_NONE], assessed[1], ctx->windows[1].valid);
}

static guint
count_reasons (PasRiskReasons reasons)
{
  return (reasons & PAS_RISK_LOW_LEVEL ? 1 : 0) + (reasons & PAS_RISK_BARRIER ? 1 : 0)
       + (reasons & PAS_RISK_NO_TRAINING ? 1 : 0);
}

/* Most reasons first; the list was built by name and the sort is stable. */
static int
compare_at_risk (gconstpointer a,
                 gconstpointer b)
{
  guint x = count_reasons ((*(PasAtRiskPerson **) a)->reasons);
  guint y = count_reasons ((*(PasAtRiskPerson **) b)->reasons);

  return (x < y) - (x > y);
}

static int
compare_loads (gconstpointer a,
               gconstpointer b)
{
  const PasPersonLoad *x = a, *y = b;

  return (x->load < y->load) - (x->load > y->load);
}

static void
summarise_people (Context *ctx)
{
  PasIndicators *out = ctx->out;
  guint represented[2] = { 0, 0 }, referents = 0, population = 0, total_load = 0, overloaded = 0;
  g_autofree guint *load_sum = g_new0 (guint, MAX (out->departments->len, 1));
  g_autofree guint *previous_attendees = g_new0 (guint, MAX (out->departments->len, 1));

  for (guint p = 0; p < ctx->people->len; p++)
    {
      const Person *person = &g_array_index (ctx->people, Person, p);
      PasDepartmentIndicators *department = get_department (ctx, person->department);
      guint load = person->open_enrollments + person->open_workshops;
      PasRiskReasons reasons = 0;

      if (department && (person->attended & 1))
        department->n_attendees++;
      if (department && (person->attended & 2))
        previous_attendees[person->department]++;
      if (person->archived)
        continue;

      if (department)
        {
          department->n_people++;
          department->n_referents += person->referent;
          department->n_trainees += person->trainee;
          load_sum[person->department] += load;
        }
      else
        population++;  /* without a department, each counts as one */
      referents += person->referent;
      for (guint f = 0; f < out->formats->len; f++)
        g_array_index (out->formats, PasFormatIndicators, f).n_trainees += (person->formats >> f) & 1;

      total_load += load;
      if ((gint64) load > out->change_load_threshold)
        {
          PasPersonLoad row = { person->id, person->open_enrollments, person->open_workshops, load };
          g_array_append_val (out->overloaded, row);
          overloaded++;
          if (department)
            department->n_overloaded++;
        }

      if (person->weakest_level >= 0 && person->weakest_level <= 1)
        reasons |= PAS_RISK_LOW_LEVEL;
      if (person->barrier == PAS_BARRIER_KNOWLEDGE || person->barrier == PAS_BARRIER_ABILITY)
        reasons |= PAS_RISK_BARRIER;
      if (!person->enrolled && person->comfort >= 0 && person->comfort <= 1)
        reasons |= PAS_RISK_NO_TRAINING;
      if (reasons)
        {
          PasAtRiskPerson *row = g_new0 (PasAtRiskPerson, 1);

          row->person_id = person->id;
          row->name = g_strdup (person->name);
          row->department_id = department ? department->department_id : 0;
          row->department = department ? g_strdup (department->name) : NULL;
          row->reasons = reasons;
          row->weakest_level = person->weakest_level;
          if (person->weakest_skill >= 0)
            {
              PasSkillIndicators *skill = g_ptr_array_index (out->skills, person->weakest_skill);
              row->weakest_skill_id = skill->skill_id;
              row->weakest_skill = g_strdup (skill->name);
            }
          row->barrier = person->barrier;
          row->comfort = person->comfort;
          if (reasons & PAS_RISK_BARRIER)
            row->action = pas_barrier_get_action (person->barrier);
          else if (reasons & PAS_RISK_LOW_LEVEL)
            row->action = PAS_ACTION_SKILL_TRAINING;
          else
            row->action = PAS_ACTION_FIRST_MODULE;
          g_ptr_array_add (out->at_risk, row);
        }
    }
  g_ptr_array_sort (out->at_risk, compare_at_risk);
  g_array_sort (out->overloaded, compare_loads);

  for (guint d = 0; d < out->departments->len; d++)
    {
      PasDepartmentIndicators *row = g_ptr_array_index (out->departments, d);

      represented[0] += row->n_attendees > 0;
      represented[1] += previous_attendees[d] > 0;
      row->attendance = share (row->n_attended, row->n_invited);
      row->completion = share (row->n_completed, row->n_enrollments);
      row->mean_level = ctx->department_n[d] > 0 ? ctx->department_sum[d] / ctx->department_n[d] : NAN;
      row->mean_load = row->n_people > 0 ? (double) load_sum[d] / row->n_people : NAN;
      row->population = MAX ((guint) row->headcount, row->n_people);
      row->people_per_referent = row->n_referents > 0 ? (double) row->population / row->n_referents : NAN;
      row->referents_needed = (row->population + out->referent_ratio - 1) / out->referent_ratio;
      if (row->n_referents == 0 && row->population > 0)
        out->n_departments_without_referent++;
      population += row->population;
    }
  out->n_departments_represented = represented[0];

  set_share (out, PAS_INDICATOR_REPRESENTATION, represented[0], out->departments->len,
             represented[1], out->departments->len, ctx->windows[1].valid);
  set_share (out, PAS_INDICATOR_ATTENDANCE, ctx->attended[0], ctx->invited[0],
             ctx->attended[1], ctx->invited[1], ctx->windows[1].valid);
  out->values[PAS_INDICATOR_AT_RISK] =
    (PasIndicatorValue) { out->n_people > 0 ? out->at_risk->len : NAN, NAN, out->at_risk->len, out->n_people };
  out->values[PAS_INDICATOR_REFERENT_COVERAGE] =
    (PasIndicatorValue) { referents > 0 ? (double) population / referents : NAN, NAN, referents, population };
  out->values[PAS_INDICATOR_CHANGE_LOAD] =
    (PasIndicatorValue) { out->n_people > 0 ? (double) total_load / out->n_people : NAN, NAN, overloaded, out->n_people };
}

static void
summarise_feedback (Context *ctx)
{
  PasIndicators *out = ctx->out;
  gboolean has_previous = ctx->windows[1].valid;
  PasIndicatorValue *days = &out->values[PAS_INDICATOR_DAYS_TO_RESOLVE];
  PasIndicatorValue *stories = &out->values[PAS_INDICATOR_STORIES_PUBLISHED];

  set_share (out, PAS_INDICATOR_LOOP_CLOSURE, ctx->responded[0], ctx->closed[0],
             ctx->responded[1], ctx->closed[1], has_previous);
  days->value = median (ctx->durations[0]);
  days->previous = has_previous ? median (ctx->durations[1]) : NAN;
  days->count = ctx->durations[0]->len;
  days->total = ctx->closed[0];

  stories->value = ctx->stories_total > 0 ? ctx->stories[0] : NAN;
  stories->previous = has_previous && ctx->stories_total > 0 ? ctx->stories[1] : NAN;
  stories->count = ctx->stories[0];
  stories->total = ctx->stories_total;
}

static void
prepare_rows (Context *ctx)
{
  PasIndicators *out = ctx->out;
  guint n_skills = out->skills->len;

  for (guint f = 0; f < G_N_ELEMENTS (pas_module_formats); f++)
    {
      PasFormatIndicators row = { pas_module_formats[f].key, _(pas_module_formats[f].label), 0, 0, 0, NAN };
      g_array_append_val (out->formats, row);
    }
  for (guint c = 0; c < G_N_ELEMENTS (pas_feedback_categories); c++)
    {
      PasFeedbackCategory row = { pas_feedback_categories[c].key, _(pas_feedback_categories[c].label), 0, 0, FALSE };
      g_array_append_val (out->feedback_categories, row);
    }
  for (guint s = 0; s < G_N_ELEMENTS (pas_feedback_statuses); s++)
    {
      PasFeedbackStatus row = { pas_feedback_statuses[s].key, _(pas_feedback_statuses[s].label), 0 };
      g_array_append_val (out->feedback_statuses, row);
    }
  for (guint d = 0; d < out->departments->len; d++)
    for (guint s = 0; s < n_skills; s++)
      {
        PasSkillCell cell = { d, s, 0, NAN, 0, 0, NAN, FALSE };
        g_array_append_val (out->cells, cell);
      }
  ctx->skill_sum = g_new0 (double, MAX (n_skills, 1));
  ctx->cell_sum = g_new0 (double, MAX (out->cells->len, 1));
  ctx->department_sum = g_new0 (double, MAX (out->departments->len, 1));
  ctx->department_n = g_new0 (guint, MAX (out->departments->len, 1));
  ctx->durations[0] = g_array_new (FALSE, FALSE, sizeof (double));
  ctx->durations[1] = g_array_new (FALSE, FALSE, sizeof (double));
}

static gboolean
load_all (Context  *ctx,
          GError  **error)
{
  if (!load_project (ctx, error) ||
      !load_settings (ctx, error) ||
      !load_departments (ctx, error) ||
      !load_skills (ctx, error) ||
      !load_modules (ctx, error))
    return FALSE;
  prepare_rows (ctx);
  return load_people (ctx, error) &&
         load_participants (ctx, error) &&
         load_enrollments (ctx, error) &&
         load_assessments (ctx, error) &&
         load_readiness (ctx, error) &&
         load_feedback (ctx, error) &&
         load_stories (ctx, error) &&
         load_activities (ctx, error);
}

PasIndicators *
pas_indicators_compute_for_db (sqlite3       *db,
                               gint64         project_id,
                               const char    *since,
                               const char    *until,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(PasIndicators) out = NULL;
  Context ctx = { 0 };
  gboolean own_transaction, ok;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = indicators_new (project_id);
  ctx.db = db;
  ctx.cancellable = cancellable;
  ctx.out = out;
  ctx.project_id = project_id;
  if (!setup_period (&ctx, since, until, error))
    return NULL;

  if (cancellable != NULL)
    sqlite3_progress_handler (db, CANCEL_CHECK_STEPS, progress_cb, cancellable);
  /* One snapshot for all the queries, unless a transaction is open already. */
  own_transaction = sqlite3_get_autocommit (db);
  ok = TRUE;
  if (own_transaction && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    ok = pas_reader_set_error (db, sqlite3_extended_errcode (db), error);
  ok = ok && load_all (&ctx, error);
  if (own_transaction && !sqlite3_get_autocommit (db))
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);

  if (ok)
    {
      summarise_training_and_skills (&ctx);
      summarise_divide (&ctx);
      summarise_readiness (&ctx);
      summarise_people (&ctx);
      summarise_feedback (&ctx);
    }
  context_clear (&ctx);
  return ok ? g_steal_pointer (&out) : NULL;
}

/**
 * pas_indicators_compute:
 * @project_id: the project
 * @since: (nullable): the first day of the period, YYYY-MM-DD
 * @until: (nullable): the last day of the period
 *
 * Computes every indicator on the workspace's own connection. Use
 * pas_indicators_compute_async() from the user interface.
 *
 * Returns: (transfer full): the indicators, or %NULL with @error set
 *   (an invalid date, a project that does not exist).
 */
PasIndicators *
pas_indicators_compute (PasWorkspace  *workspace,
                        gint64         project_id,
                        const char    *since,
                        const char    *until,
                        GError       **error)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  return pas_indicators_compute_for_db (pas_workspace_get_db (workspace), project_id, since, until, NULL, error);
}

typedef struct
{
  char   *path;
  gint64  project_id;
  char   *since;
  char   *until;
} ComputeData;

static void
compute_data_free (gpointer data)
{
  ComputeData *compute = data;

  g_free (compute->path);
  g_free (compute->since);
  g_free (compute->until);
  g_free (compute);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *compute = task_data;
  GError *error = NULL;
  PasIndicators *result;
  sqlite3 *db;

  if (!(db = pas_reader_open (compute->path, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  result = pas_indicators_compute_for_db (db, compute->project_id, compute->since, compute->until,
                                          cancellable, &error);
  pas_reader_close (db);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) pas_indicators_unref);
}

/**
 * pas_indicators_compute_async:
 * @path: the workspace file (pas_workspace_get_path())
 *
 * Computes the indicators in a thread, on a connection of its own, so
 * that the window never waits for them.
 */
void
pas_indicators_compute_async (const char          *path,
                              gint64               project_id,
                              const char          *since,
                              const char          *until,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *compute;

  g_return_if_fail (path != NULL);

  compute = g_new0 (ComputeData, 1);
  compute->path = g_strdup (path);
  compute->project_id = project_id;
  compute->since = g_strdup (since);
  compute->until = g_strdup (until);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pas_indicators_compute_async);
  g_task_set_task_data (task, compute, compute_data_free);
  g_task_run_in_thread (task, compute_thread);
}

PasIndicators *
pas_indicators_compute_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pas_indicators_compute_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

PasIndicators *
pas_indicators_ref (PasIndicators *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
pas_indicators_unref (PasIndicators *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, indicators_clear);
}

const PasIndicatorValue *
pas_indicators_get (const PasIndicators *self,
                    PasIndicator         indicator)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, NULL);
  return &self->values[indicator];
}

/* The headline value as shown on a tile: "—" when there is none. */
char *
pas_indicators_format (const PasIndicators *self,
                       PasIndicator         indicator)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, NULL);
  return pas_indicator_format_value (indicator, self->values[indicator].value);
}

const PasSkillCell *
pas_indicators_get_cell (const PasIndicators *self,
                         guint                department,
                         guint                skill)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (department < self->departments->len && skill < self->skills->len, NULL);
  return &g_array_index (self->cells, PasSkillCell, department * self->skills->len + skill);
}

/* Whether a statistic over @n_people must be hidden in exports. */
gboolean
pas_indicators_is_small_group (const PasIndicators *self,
                               guint                n_people)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return (gint64) n_people < self->privacy_k;
}

/* A stable identifier, for file formats and tests. */
const char *
pas_indicator_get_key (PasIndicator indicator)
{
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, NULL);
  return indicator_info[indicator].key;
}

const char *
pas_indicator_get_name (PasIndicator indicator)
{
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, NULL);
  return _(indicator_info[indicator].name);
}

/* One sentence: for tooltips and the workbook's data dictionary. */
const char *
pas_indicator_get_definition (PasIndicator indicator)
{
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, NULL);
  return _(indicator_info[indicator].definition);
}

PasIndicatorUnit
pas_indicator_get_unit (PasIndicator indicator)
{
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, PAS_INDICATOR_UNIT_NONE);
  return indicator_info[indicator].unit;
}

/* +1 when a rise is good news, -1 when a fall is, 0 when neither. */
int
pas_indicator_get_direction (PasIndicator indicator)
{
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, 0);
  return indicator_info[indicator].direction;
}

char *
pas_indicator_format_value (PasIndicator indicator,
                            double       value)
{
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, NULL);

  switch (indicator_info[indicator].unit)
    {
    case PAS_INDICATOR_UNIT_PERCENT:
      return pas_indicators_format_percent (value);
    case PAS_INDICATOR_UNIT_DAYS:
    case PAS_INDICATOR_UNIT_LEVEL:
    case PAS_INDICATOR_UNIT_MEAN:
      return pas_indicators_format_number (value, 1);
    case PAS_INDICATOR_UNIT_COUNT:
    case PAS_INDICATOR_UNIT_INDEX:
    case PAS_INDICATOR_UNIT_PEOPLE:
      return pas_indicators_format_number (value, 0);
    case PAS_INDICATOR_UNIT_NONE:
    default:
      return g_strdup (PAS_INDICATORS_NO_VALUE);
    }
}

/* A share 0–1 as a whole percentage in the current locale, "—" for NaN. */
char *
pas_indicators_format_percent (double share)
{
  if (!isfinite (share))
    return g_strdup (PAS_INDICATORS_NO_VALUE);
  /* Translators: a percentage; French puts a narrow no-break space before % */
  return g_strdup_printf (_("%.0f%%"), round (share * 100) + 0.0);
}

/* A number in the current locale (decimal comma in French), "—" for NaN. */
char *
pas_indicators_format_number (double value,
                              guint  decimals)
{
  double scale = pow (10, decimals);

  if (!isfinite (value))
    return g_strdup (PAS_INDICATORS_NO_VALUE);
  /* Halves away from zero, like a person would; + 0.0 avoids "-0". */
  return g_strdup_printf ("%.*f", (int) decimals, round (value * scale) / scale + 0.0);
}

/* Prosci's barrier point: the first element scoring 3 or less. */
PasBarrier
pas_barrier_from_scores (int awareness,
                         int desire,
                         int knowledge,
                         int ability,
                         int reinforcement)
{
  const int scores[] = { awareness, desire, knowledge, ability, reinforcement };

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    if (scores[i] <= 3)
      return (PasBarrier) i;
  return PAS_BARRIER_NONE;
}

const char *
pas_barrier_get_label (PasBarrier barrier)
{
  g_return_val_if_fail (barrier <= PAS_BARRIER_NONE, NULL);
  return _(barrier_labels[barrier]);
}

/* The routing of DESIGN.md. */
PasAction
pas_barrier_get_action (PasBarrier barrier)
{
  switch (barrier)
    {
    case PAS_BARRIER_AWARENESS:
    case PAS_BARRIER_DESIRE:
      return PAS_ACTION_CONVERSATION;
    case PAS_BARRIER_KNOWLEDGE:
      return PAS_ACTION_MICRO_LEARNING;
    case PAS_BARRIER_ABILITY:
      return PAS_ACTION_COACHING;
    case PAS_BARRIER_REINFORCEMENT:
      return PAS_ACTION_RECOGNITION;
    case PAS_BARRIER_NONE:
    default:
      return PAS_ACTION_NONE;
    }
}

const char *
pas_action_get_text (PasAction action)
{
  g_return_val_if_fail (action < G_N_ELEMENTS (action_texts), NULL);
  return _(action_texts[action]);
}

/* Why someone is at risk, in a sentence for a list row or a cell. */
char *
pas_at_risk_person_describe (const PasAtRiskPerson *person)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (person != NULL, NULL);

  if (person->reasons & PAS_RISK_LOW_LEVEL)
    /* Translators: a skill level (0 to 4) and the name of a skill */
    g_ptr_array_add (parts, g_strdup_printf (_("level %d on “%s”"), person->weakest_level,
                                             person->weakest_skill ? person->weakest_skill : ""));
  if (person->reasons & PAS_RISK_BARRIER)
    /* Translators: %s is an ADKAR element, e.g. "Knowledge" */
    g_ptr_array_add (parts, g_strdup_printf (_("blocked at %s"), pas_barrier_get_label (person->barrier)));
  if (person->reasons & PAS_RISK_NO_TRAINING)
    /* Translators: %d is a digital comfort score from 0 to 4 */
    g_ptr_array_add (parts, g_strdup_printf (_("no training, digital comfort %d"), person->comfort));
  g_ptr_array_add (parts, NULL);
  /* Translators: joins the reasons why someone is at risk */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}
