/* bench-frames.h — what the GUI benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

/* A frame or two at 60 Hz. */
#define BENCH_FRAMES_TARGET_MS 33.4

typedef struct _BenchFrames BenchFrames;

void          bench_init                (void);
PasWorkspace *bench_open_large          (const char   *path,
                                         char        **folder);
void          bench_remove_large        (char         *folder);
GtkWidget    *bench_show_page           (GtkWidget    *page);
void          bench_settle              (void);

BenchFrames  *bench_frames_new          (GtkWidget    *window);
void          bench_frames_start        (BenchFrames  *self);
void          bench_frames_wait         (BenchFrames  *self);
gint64        bench_frames_get_painted  (BenchFrames  *self);
void          bench_frames_report       (BenchFrames  *self,
                                         const char   *what);
void          bench_frames_free         (BenchFrames  *self);

void          bench_report              (const char   *what,
                                         GArray       *times);

G_END_DECLS
