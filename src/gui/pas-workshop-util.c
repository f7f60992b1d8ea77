/* pas-workshop-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshop-util"

#include "config.h"

#include "pas-workshop-util.h"

/* Small helpers shared by the widgets of the Workshops section and the
 * live capture. */

/**
 * pas_workshop_util_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the toast overlay around @widget: the main window's,
 * or the live capture window's.
 */
void
pas_workshop_util_add_toast (GtkWidget *widget,
                             AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_debug ("No toast overlay to show “%s”", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * pas_workshop_util_new_toast:
 * @message: plain text, which may hold names and titles people typed
 *
 * Returns: (transfer full): a toast showing @message as it is: a toast's
 *   title is markup in libadwaita 1.2.
 */
AdwToast *
pas_workshop_util_new_toast (const char *message)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_val_if_fail (message != NULL, NULL);

  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 5);
  return toast;
}

/* A toast with a message and no button, e.g. an error. */
void
pas_workshop_util_show_message (GtkWidget  *widget,
                                const char *message)
{
  g_return_if_fail (message != NULL);

  pas_workshop_util_add_toast (widget, pas_workshop_util_new_toast (message));
}

/**
 * pas_workshop_util_label_list_row:
 * @child: the widget a list item factory put in a row, once bound
 *
 * Gives the row of a GtkListView an accessible name: GTK 4.8 has no API
 * for it, and a screen reader would otherwise read an unnamed item.
 */
void
pas_workshop_util_label_list_row (GtkWidget  *child,
                                  const char *label)
{
  GtkWidget *row;

  g_return_if_fail (GTK_IS_WIDGET (child));

  row = gtk_widget_get_parent (child);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

/* The section's style sheet, kept apart from the application's so that
 * its rules stay with the widgets they dress. */
void
pas_workshop_util_load_style (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      GdkDisplay *display = gdk_display_get_default ();

      if (display != NULL)
        {
          g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

          gtk_css_provider_load_from_resource (provider, "/io/github/passerelle/Passerelle/pas-workshops-page.css");
          gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
        }
      g_once_init_leave (&loaded, 1);
    }
}
