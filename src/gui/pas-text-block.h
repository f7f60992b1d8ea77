/* pas-text-block.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PAS_TYPE_TEXT_BLOCK (pas_text_block_get_type ())

G_DECLARE_FINAL_TYPE (PasTextBlock, pas_text_block, PAS, TEXT_BLOCK, GtkWidget)

GtkWidget  *pas_text_block_new          (void);
void        pas_text_block_set_text     (PasTextBlock *self,
                                         const char   *title,
                                         const char   *subtitle);
void        pas_text_block_set_lines    (PasTextBlock *self,
                                         int           title_lines);
const char *pas_text_block_get_title    (PasTextBlock *self);
const char *pas_text_block_get_subtitle (PasTextBlock *self);
GtkWidget  *pas_text_block_new_row      (const char   *icon_name,
                                         const char   *title,
                                         const char   *subtitle);

G_END_DECLS
