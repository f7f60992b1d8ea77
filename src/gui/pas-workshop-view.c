/* pas-workshop-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshop-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-agenda-builder.h"
#include "pas-capture.h"
#include "pas-capture-window.h"
#include "pas-gui-util.h"
#include "pas-ics.h"
#include "pas-participant-panel.h"
#include "pas-workshop-editor.h"
#include "pas-workshop-ops.h"
#include "pas-workshop-representation.h"
#include "pas-workshop-schedule.h"
#include "pas-workshop-summary.h"
#include "pas-workshop-util.h"
#include "pas-workshop-view.h"

/* One workshop: when and where, its agenda, its participants and
 * check-in, who is in the room, and its outcome; the live capture, the
 * editor and the calendar export start from here. */
struct _PasWorkshopView
{
  GtkWidget                  parent_instance;

  PasWorkspace              *workspace;
  gint64                     workshop_id;

  GtkStack                  *stack;
  GtkScrolledWindow         *scrolled_window;
  GtkLabel                  *title_label;
  GtkLabel                  *status_label;
  GtkLabel                  *when_label;
  GtkLabel                  *details_label;
  GtkLabel                  *objective_label;
  GtkButton                 *capture_button;
  PasAgendaBuilder          *agenda;
  PasParticipantPanel       *participants;
  PasWorkshopRepresentation *representation;
  PasWorkshopSummary        *summary;
};

G_DEFINE_FINAL_TYPE (PasWorkshopView, pas_workshop_view, GTK_TYPE_WIDGET)

static PasRecord *
load_workshop (PasWorkshopView *self)
{
  if (self->workspace == NULL || self->workshop_id == 0)
    return NULL;
  return pas_workspace_load (self->workspace, PAS_KIND_WORKSHOP, self->workshop_id, NULL);
}

static GtkWindow *
get_parent_window (PasWorkshopView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
update_header (PasWorkshopView *self)
{
  g_autoptr(PasRecord) workshop = load_workshop (self);
  g_autoptr(PasRecord) facilitator = NULL;
  g_autoptr(GString) details = NULL;
  g_autofree char *when = NULL;
  g_autofree char *status_class = NULL;
  const char *status, *place;

  gtk_stack_set_visible_child_name (self->stack, workshop ? "workshop" : "none");
  for (guint i = 0; i < 5; i++)
    {
      static const char * const actions[] = {
        "workshop.capture", "workshop.review", "workshop.edit", "workshop.export", "workshop.delete",
      };
      gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], workshop != NULL);
    }
  if (workshop == NULL)
    return;

  status = pas_record_get_string (workshop, "status");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workshop.capture", g_strcmp0 (status, "cancelled") != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workshop.export", !pas_record_is_null (workshop, "starts_at"));
  gtk_label_set_label (self->title_label, pas_record_get_string (workshop, "title"));
  gtk_label_set_label (self->status_label, pas_workshop_status_get_label (status));
  status_class = g_strdup_printf ("status-%s", status);
  gtk_widget_set_css_classes (GTK_WIDGET (self->status_label),
                              (const char *[]) { "workshop-status", status_class, NULL });

  when = pas_workshop_describe_when (!pas_record_is_null (workshop, "starts_at"),
                                     pas_record_get_int (workshop, "starts_at"),
                                     pas_record_get_int (workshop, "duration_min"), NULL);
  gtk_label_set_label (self->when_label, when);

  details = g_string_new (NULL);
  place = pas_record_get_string (workshop, "place");
  if (place != NULL && *place != '\0')
    g_string_append (details, place);
  else
    g_string_append (details, _("No place yet"));
  if (!pas_record_is_null (workshop, "facilitator_id"))
    facilitator = pas_workspace_load (self->workspace, PAS_KIND_PERSON,
                                      pas_record_get_int (workshop, "facilitator_id"), NULL);
  g_string_append (details, " · ");
  if (facilitator != NULL)
    /* Translators: %s is the name of the workshop's facilitator */
    g_string_append_printf (details, _("Facilitated by %s"), pas_record_get_string (facilitator, "name"));
  else
    g_string_append (details, _("No facilitator yet"));
  gtk_label_set_label (self->details_label, details->str);

  gtk_label_set_label (self->objective_label, pas_record_get_string (workshop, "objective"));
  gtk_widget_set_visible (GTK_WIDGET (self->objective_label),
                          *pas_record_get_string (workshop, "objective") != '\0');
}

static void
on_workspace_changed_cb (PasWorkshopView *self,
                         PasKind          kind,
                         gint64           id,
                         PasWorkspace    *workspace)
{
  if ((kind == PAS_KIND_WORKSHOP && (id == 0 || id == self->workshop_id)) || kind == PAS_KIND_PERSON)
    update_header (self);
}

static PasCaptureWindow *
find_capture_window (PasWorkshopView *self)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PAS_IS_CAPTURE_WINDOW (window) &&
          pas_capture_window_get_workshop_id (PAS_CAPTURE_WINDOW (window)) == self->workshop_id &&
          gtk_window_get_transient_for (GTK_WINDOW (window)) == get_parent_window (self))
        return PAS_CAPTURE_WINDOW (window);
    }
  return NULL;
}

/**
 * pas_workshop_view_open_capture:
 * @page: "capture" or "review"
 *
 * Opens the live capture of the workshop shown (or brings it forward),
 * on @page. A planned workshop whose capture starts is now in progress.
 *
 * Returns: (transfer none) (nullable): the capture window
 */
GtkWindow *
pas_workshop_view_open_capture (PasWorkshopView *self,
                                const char      *page)
{
  g_autoptr(PasRecord) workshop = NULL;
  PasCaptureWindow *window;

  g_return_val_if_fail (PAS_IS_WORKSHOP_VIEW (self), NULL);

  if ((workshop = load_workshop (self)) == NULL)
    return NULL;
  if (g_str_equal (page, "capture") && g_strcmp0 (pas_record_get_string (workshop, "status"), "planned") == 0)
    {
      g_autoptr(GError) error = NULL;

      pas_record_set_string (workshop, "status", "running");
      if (!pas_workspace_save (self->workspace, workshop, &error))
        pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
    }

  if ((window = find_capture_window (self)) == NULL)
    window = pas_capture_window_new (get_parent_window (self), self->workspace, self->workshop_id);
  pas_capture_window_show_page (window, page);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
capture_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pas_workshop_view_open_capture (PAS_WORKSHOP_VIEW (widget), "capture");
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pas_workshop_view_open_capture (PAS_WORKSHOP_VIEW (widget), "review");
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PasWorkshopView *self = PAS_WORKSHOP_VIEW (widget);
  g_autoptr(PasRecord) workshop = load_workshop (self);
  PasWorkshopEditor *editor;

  if (workshop == NULL)
    return;
  editor = pas_workshop_editor_new (get_parent_window (self), self->workspace,
                                    pas_record_get_int (workshop, "project_id"), workshop);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_export_response_cb (GtkNativeDialog *native,
                       int              response,
                       PasWorkshopView *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) != NULL)
    pas_workshop_view_export_calendar (self, file);
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PasWorkshopView *self = PAS_WORKSHOP_VIEW (widget);
  g_autoptr(PasRecord) workshop = load_workshop (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (workshop == NULL)
    return;
  native = gtk_file_chooser_native_new (_("Export to Calendar"), get_parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  name = pas_ics_suggest_file_name (pas_record_get_string (workshop, "title"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect_object (native, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PasWorkshopView  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "workshop-id"));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->workspace == NULL || id == 0)
    return;
  if (!pas_workspace_delete (self->workspace, PAS_KIND_WORKSHOP, id, &error))
    pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
  else
    pas_workshop_util_show_message (GTK_WIDGET (self), _("Workshop deleted"));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PasWorkshopView *self = PAS_WORKSHOP_VIEW (widget);
  g_autoptr(PasRecord) workshop = load_workshop (self);
  g_autoptr(PasCaptureSummary) summary = NULL;
  guint n_contributions = 0;
  AdwMessageDialog *dialog;

  if (workshop == NULL)
    return;
  if ((summary = pas_capture_summarize (self->workspace, self->workshop_id, 0, NULL)) != NULL)
    n_contributions = summary->n_contributions;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self), NULL, NULL));
  /* Translators: %s is the title of a workshop */
  adw_message_dialog_format_heading (dialog, _("Delete “%s”?"), pas_record_get_string (workshop, "title"));
  adw_message_dialog_format_body (dialog,
                                  ngettext ("Its agenda, its participants and its %u contribution will be deleted with it. This cannot be undone.",
                                            "Its agenda, its participants and its %u contributions will be deleted with it. This cannot be undone.",
                                            n_contributions),
                                  n_contributions);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete Workshop"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "workshop-id", GSIZE_TO_POINTER (self->workshop_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  pas_gui_fix_button_names (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pas_workshop_view_dispose (GObject *object)
{
  PasWorkshopView *self = (PasWorkshopView *)object;
  GtkWidget *child;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_WORKSHOP_VIEW);
  /* Template children not bound to a field stay parented otherwise. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_workshop_view_parent_class)->dispose (object);
}

static void
pas_workshop_view_class_init (PasWorkshopViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_workshop_view_dispose;

  g_type_ensure (PAS_TYPE_AGENDA_BUILDER);
  g_type_ensure (PAS_TYPE_PARTICIPANT_PANEL);
  g_type_ensure (PAS_TYPE_WORKSHOP_REPRESENTATION);
  g_type_ensure (PAS_TYPE_WORKSHOP_SUMMARY);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-workshop-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, stack);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, status_label);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, when_label);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, details_label);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, objective_label);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, capture_button);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, agenda);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, participants);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, representation);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopView, summary);

  gtk_widget_class_install_action (widget_class, "workshop.capture", NULL, capture_action);
  gtk_widget_class_install_action (widget_class, "workshop.review", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "workshop.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "workshop.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "workshop.delete", NULL, delete_action);
}

static void
pas_workshop_view_init (PasWorkshopView *self)
{
  pas_workshop_util_load_style ();
  gtk_widget_init_template (GTK_WIDGET (self));
  update_header (self);
}

/**
 * pas_workshop_view_set_workshop:
 * @workshop_id: the workshop to show, or 0 for none
 */
void
pas_workshop_view_set_workshop (PasWorkshopView *self,
                                PasWorkspace    *workspace,
                                gint64           workshop_id)
{
  g_return_if_fail (PAS_IS_WORKSHOP_VIEW (self));
  g_return_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace));

  if (self->workspace == workspace && self->workshop_id == workshop_id)
    return;
  if (self->workspace != workspace)
    {
      if (self->workspace != NULL)
        g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
      g_set_object (&self->workspace, workspace);
      if (workspace != NULL)
        g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->workshop_id = workshop_id;

  update_header (self);
  pas_agenda_builder_set_workshop (self->agenda, workspace, workshop_id);
  pas_participant_panel_set_workshop (self->participants, workspace, workshop_id);
  pas_workshop_representation_set_workshop (self->representation, workspace, workshop_id);
  pas_workshop_summary_set_workshop (self->summary, workspace, workshop_id);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

gint64
pas_workshop_view_get_workshop_id (PasWorkshopView *self)
{
  g_return_val_if_fail (PAS_IS_WORKSHOP_VIEW (self), 0);
  return self->workshop_id;
}

/**
 * pas_workshop_view_export_calendar:
 * @file: where to write the workshop's .ics file
 *
 * Writes the calendar file of the workshop shown, and says so (or why
 * not) in a toast.
 *
 * Returns: %TRUE when the file was written.
 */
gboolean
pas_workshop_view_export_calendar (PasWorkshopView *self,
                                   GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (PAS_IS_WORKSHOP_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->workspace == NULL || self->workshop_id == 0)
    return FALSE;
  if ((path = g_file_get_path (file)) == NULL)
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), _("Choose a folder on this computer for the calendar file."));
      return FALSE;
    }
  if (!pas_ics_write_workshop (self->workspace, self->workshop_id, path, &error))
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  name = g_file_get_basename (file);
  /* Translators: a toast; %s is the name of a calendar file */
  message = g_strdup_printf (_("Calendar file “%s” saved"), name);
  pas_workshop_util_show_message (GTK_WIDGET (self), message);
  return TRUE;
}
