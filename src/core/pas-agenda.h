/* pas-agenda.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-workspace.h"

G_BEGIN_DECLS

/* One block of a workshop's agenda. */
typedef struct
{
  gint64  id;
  char   *uuid;
  guint   position;
  char   *title;
  char   *method;   /* a built-in method's key or free text: see pas_workshop_method_get_label() */
  guint   minutes;
  guint   offset;   /* minutes from the workshop's start to this block's: see pas_agenda_compute_offsets() */
} PasAgendaItem;

typedef enum
{
  PAS_AGENDA_FIT_EXACT,
  PAS_AGENDA_FIT_UNDER,  /* time left over */
  PAS_AGENDA_FIT_OVER,   /* the blocks do not fit: warn */
} PasAgendaFit;

#define PAS_AGENDA_MAX_MINUTES 1440

/* The live view's timer for the current block. "now" is any clock in
 * microseconds that only moves forward (g_get_monotonic_time ()). */
typedef struct _PasAgendaTimer PasAgendaTimer;

typedef struct
{
  guint    block;       /* the current block; 0 when there is none */
  guint    n_blocks;
  gboolean running;
  gint64   planned;     /* seconds planned for the block */
  gint64   elapsed;     /* whole seconds spent in the block so far */
  gint64   remaining;   /* planned − elapsed: negative once over time */
  gboolean over_time;
  double   fraction;    /* elapsed / planned, within 0…1, for a level bar */
} PasAgendaTimerState;

/* Pure functions */
void            pas_agenda_item_free          (PasAgendaItem         *item);
guint           pas_agenda_compute_offsets    (PasAgendaItem         *items,
                                               guint                  n_items);
gint64          pas_agenda_get_start          (gint64                 workshop_start,
                                               const PasAgendaItem   *item);
PasAgendaFit    pas_agenda_fit                (guint                  total_minutes,
                                               guint                  planned_minutes,
                                               guint                 *difference);
char           *pas_agenda_format_minutes     (guint                  minutes);
char           *pas_agenda_describe_fit       (guint                  total_minutes,
                                               guint                  planned_minutes);
char           *pas_agenda_format_clock       (gint64                 seconds);

PasAgendaTimer *pas_agenda_timer_new          (const guint           *block_minutes,
                                               guint                  n_blocks);
void            pas_agenda_timer_free         (PasAgendaTimer        *timer);
void            pas_agenda_timer_set_blocks   (PasAgendaTimer        *timer,
                                               const guint           *block_minutes,
                                               guint                  n_blocks,
                                               gint64                 now);
void            pas_agenda_timer_start        (PasAgendaTimer        *timer,
                                               gint64                 now);
void            pas_agenda_timer_pause        (PasAgendaTimer        *timer,
                                               gint64                 now);
void            pas_agenda_timer_toggle       (PasAgendaTimer        *timer,
                                               gint64                 now);
gboolean        pas_agenda_timer_next         (PasAgendaTimer        *timer,
                                               gint64                 now);
gboolean        pas_agenda_timer_previous     (PasAgendaTimer        *timer,
                                               gint64                 now);
gboolean        pas_agenda_timer_go_to        (PasAgendaTimer        *timer,
                                               guint                  block,
                                               gint64                 now);
void            pas_agenda_timer_restart_block (PasAgendaTimer       *timer,
                                               gint64                 now);
void            pas_agenda_timer_get_state    (const PasAgendaTimer  *timer,
                                               gint64                 now,
                                               PasAgendaTimerState   *state);

/* Stored agenda */
GPtrArray      *pas_agenda_load               (PasWorkspace          *workspace,
                                               gint64                 workshop_id,
                                               GError               **error);
gint64          pas_agenda_insert             (PasWorkspace          *workspace,
                                               gint64                 workshop_id,
                                               int                    position,
                                               const char            *title,
                                               const char            *method,
                                               guint                  minutes,
                                               GError               **error);
gboolean        pas_agenda_update             (PasWorkspace          *workspace,
                                               gint64                 item_id,
                                               const char            *title,
                                               const char            *method,
                                               guint                  minutes,
                                               GError               **error);
gboolean        pas_agenda_move               (PasWorkspace          *workspace,
                                               gint64                 item_id,
                                               guint                  position,
                                               GError               **error);
gboolean        pas_agenda_remove             (PasWorkspace          *workspace,
                                               gint64                 item_id,
                                               GError               **error);
gboolean        pas_agenda_renumber           (PasWorkspace          *workspace,
                                               gint64                 workshop_id,
                                               GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasAgendaItem, pas_agenda_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasAgendaTimer, pas_agenda_timer_free)

G_END_DECLS
