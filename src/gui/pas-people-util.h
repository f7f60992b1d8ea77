/* pas-people-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       pas_people_add_toast        (GtkWidget  *widget,
                                        AdwToast   *toast);
void       pas_people_show_message     (GtkWidget  *widget,
                                        const char *message);
GtkWindow *pas_people_get_window       (GtkWidget  *widget);
void       pas_people_item_set_child   (GtkListItem *item,
                                        GtkWidget   *child);
void       pas_people_select_position  (GtkWidget  *list,
                                        guint       position);
void       pas_people_label_item       (GtkWidget  *child,
                                        const char *label);
void       pas_people_name_combo_items (AdwComboRow *row);
void       pas_people_show_model_when_mapped (GtkWidget         *list,
                                              GtkSelectionModel *model);

void        pas_people_fill_department_filter (GtkDropDown *dropdown,
                                               GListModel  *departments,
                                               GArray      *ids);
gint64      pas_people_get_department_filter  (GtkDropDown *dropdown,
                                               GArray      *ids);
const char *pas_people_get_department_name    (GtkDropDown *dropdown,
                                               GArray      *ids,
                                               gint64       department_id);

G_END_DECLS
