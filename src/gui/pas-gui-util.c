/* pas-gui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-gui-util"

#include "config.h"

#include "pas-gui-util.h"

/**
 * pas_gui_fix_button_names:
 * @widget: a widget, usually a dialog built by libadwaita
 *
 * Mends the accessible names GTK 4.8 gives buttons: one whose label has a
 * mnemonic is named twice, raw and shown ("_Cancel Cancel"), and one
 * without a label after its child ("GtkImage"), the button inside a
 * drop-down after its type ("GtkToggleButton"). The first loses the raw
 * label (AdwMessageDialog's responses among them); the second is named
 * after its tooltip (AdwAboutWindow's back buttons among them); the
 * third is labelled by its drop-down.
 */
void
pas_gui_fix_button_names (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

#if !GTK_CHECK_VERSION (4, 10, 0)
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
           gtk_widget_get_tooltip_text (widget) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_widget_get_tooltip_text (widget),
                                    -1);
  else if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_DROP_DOWN (gtk_widget_get_parent (widget)))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, gtk_widget_get_parent (widget), NULL,
                                    -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pas_gui_fix_button_names (child);
#endif
}

/**
 * pas_gui_add_section_shortcuts:
 * @page: a section's page, which has the actions
 *
 * Gives @page its Ctrl shortcuts. They reach the page wherever the focus
 * is in the window, and act only while the page is shown: two sections
 * may use the same key.
 */
void
pas_gui_add_section_shortcuts (GtkWidget            *page,
                               const PasGuiShortcut *shortcuts,
                               guint                 n_shortcuts)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  g_return_if_fail (GTK_IS_WIDGET (page));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < n_shortcuts; i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].key, GDK_CONTROL_MASK),
                                                            gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (page, controller);
}
