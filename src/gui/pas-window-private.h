/* pas-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-record-list.h"
#include "pas-window.h"

G_BEGIN_DECLS

struct _PasWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  PasWorkspace         *workspace;
  PasRecordList        *projects;
  char                 *section;
  gint64                project_id;
  GSimpleAction        *project_action;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkStack             *section_stack;
  AdwWindowTitle       *content_title;
  GtkMenuButton        *project_button;
  GtkLabel             *project_label;
  GMenu                *project_section;
  AdwStatusPage        *refused_page;
};

/* pas-window-actions.c */
void pas_window_class_add_actions (GtkWidgetClass *widget_class);
void pas_window_update_actions    (PasWindow      *self);

G_END_DECLS
