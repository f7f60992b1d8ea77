/* pas-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-export.h"
#include "pas-export-dialog-private.h"
#include "pas-gui-util.h"
#include "pas-people-util.h"
#include "pas-record-list.h"

/* The leadership workbook: which project, which period, names or
 * pseudonyms, where to write it. The core writes it in a thread; the
 * dialog shows the progress, stays responsive and can cancel. Whatever
 * goes wrong, the dialog stays open with the choices made and the core's
 * message, so that nothing has to be chosen or typed again. */
struct _PasExportDialog
{
  AdwWindow             parent_instance;

  PasWorkspace         *workspace;
  PasRecordList        *projects;
  GDate                 today;
  PasExportPeriod       period;              /* the one chosen before */
  char                 *folder;
  char                 *file_name;
  char                 *destination;         /* the two together */
  gboolean              file_name_chosen;    /* else it follows the project and period */
  char                 *replace_confirmed;   /* the destination the person agreed to replace */
  GCancellable         *cancellable;         /* while an export runs */
  GApplication         *held;                /* kept running until the export ends */
  GtkFileChooserNative *chooser;
  AdwMessageDialog     *confirmation;        /* weak */
  gboolean              disposed;

  GtkButton            *cancel_button;
  GtkButton            *export_button;
  GtkLabel             *status_label;
  GtkWidget            *form_box;
  AdwComboRow          *project_row;
  AdwComboRow          *period_row;
  AdwEntryRow          *since_row;
  AdwEntryRow          *until_row;
  GtkLabel             *period_label;
  GtkSwitch            *names_switch;
  AdwActionRow         *destination_row;
  GtkWidget            *progress_box;
  GtkLabel             *step_label;
  GtkProgressBar       *progress_bar;
};

enum { EXPORTED, N_SIGNALS };
static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (PasExportDialog, pas_export_dialog, ADW_TYPE_WINDOW)

/* Helpers */

static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static void
setup_project_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_project_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  PasRecord *project = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *name = project ? pas_record_get_string (project, "name") : "";

  gtk_label_set_label (GTK_LABEL (label), name);
  /* The project shown in the row is an item of a list too. */
  pas_people_label_item (label, name);
}

static gint64
get_project_id (PasExportDialog *self)
{
  PasRecord *project = adw_combo_row_get_selected_item (self->project_row);

  return project ? pas_record_get_id (project) : 0;
}

/* The custom days as typed, stripped; NULL when left empty. */
static char *
dup_day_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text ? g_steal_pointer (&text) : NULL;
}

static void
mark_invalid (AdwEntryRow *row,
              const char  *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE, -1);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* The period chosen, with the same rules as the command line's
 * --since and --until. */
static gboolean
get_period (PasExportDialog  *self,
            char            **since,
            char            **until,
            GError          **error)
{
  PasExportPeriod period = adw_combo_row_get_selected (self->period_row);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  *since = *until = NULL;
  if (period != PAS_EXPORT_PERIOD_CUSTOM)
    {
      pas_export_period_get_range (period, &self->today, since, until);
      return TRUE;
    }
  first = dup_day_text (self->since_row);
  last = dup_day_text (self->until_row);
  if (!pas_export_check_period (first, last, error))
    return FALSE;
  *since = g_steal_pointer (&first);
  *until = g_steal_pointer (&last);
  return TRUE;
}

static void
set_file (PasExportDialog *self,
          char            *folder,
          char            *file_name)
{
  g_free (self->folder);
  g_free (self->file_name);
  g_free (self->destination);
  self->folder = folder;
  self->file_name = file_name;
  self->destination = g_build_filename (folder, file_name, NULL);
}

static void
show_status (PasExportDialog *self,
             const char      *message,
             gboolean         is_error)
{
  gtk_label_set_label (self->status_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), message != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
update_export_button (PasExportDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), pas_export_dialog_can_export (self));
}

static void
update_destination_row (PasExportDialog *self)
{
  g_autofree char *name = g_filename_display_name (self->file_name);
  g_autofree char *folder = g_filename_display_name (self->folder);
  /* Translators: read after the workbook's file name; %s is a folder */
  g_autofree char *description = g_strdup_printf (_("In the folder %s"), folder);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->destination_row), name);
  adw_action_row_set_subtitle (self->destination_row, folder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->destination_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  update_export_button (self);
}

/* Until a file is chosen, its name follows the project and the period. */
static void
update_suggested_name (PasExportDialog *self)
{
  PasRecord *project = adw_combo_row_get_selected_item (self->project_row);
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;

  if (self->file_name_chosen || !get_period (self, &since, &until, NULL))
    return;
  set_file (self, g_strdup (self->folder),
            pas_export_suggest_filename (project ? pas_record_get_string (project, "name") : NULL, since, until));
  update_destination_row (self);
}

static void
update_period (PasExportDialog *self)
{
  PasExportPeriod period = adw_combo_row_get_selected (self->period_row);
  gboolean custom = period == PAS_EXPORT_PERIOD_CUSTOM;
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  g_autofree char *since_text = dup_day_text (self->since_row);
  g_autofree char *until_text = dup_day_text (self->until_row);
  g_autoptr(GError) since_error = NULL;
  g_autoptr(GError) until_error = NULL;
  gboolean valid;

  gtk_widget_set_visible (GTK_WIDGET (self->since_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), custom);

  valid = get_period (self, &since, &until, &error);
  if (custom)
    {
      /* Each row says whether it is the one to correct; both, when
       * the days are in the wrong order. */
      gboolean since_ok = pas_export_check_period (since_text, NULL, &since_error);
      gboolean until_ok = pas_export_check_period (NULL, until_text, &until_error);
      const char *order_message = since_ok && until_ok && !valid ? error->message : NULL;

      mark_invalid (self->since_row, since_error ? since_error->message : order_message);
      mark_invalid (self->until_row, until_error ? until_error->message : order_message);
    }
  else
    {
      mark_invalid (self->since_row, NULL);
      mark_invalid (self->until_row, NULL);
    }

  if (!valid)
    {
      gtk_label_set_label (self->period_label, error->message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->period_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->period_label), "error");
    }
  else
    {
      gtk_label_set_label (self->period_label,
                           _("Write days as year-month-day, for example 2025-03-31. Leave one empty for no limit."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->period_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->period_label), "dim-label");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->period_label), custom);

  if (since != NULL && until != NULL && !custom)
    {
      /* Translators: the days a period covers, e.g. "2025-04-01 to 2025-06-30" */
      g_autofree char *range = g_strdup_printf (_("%s to %s"), since, until);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period_row), range);
    }
  else if (period == PAS_EXPORT_PERIOD_ALL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period_row), _("Everything recorded, whatever its date"));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period_row), NULL);

  update_suggested_name (self);
  update_export_button (self);
}

static void
set_running (PasExportDialog *self,
             gboolean         running)
{
  if (running)
    /* Away from a row about to be insensitive; Cancel is what can be
     * done now. */
    gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
  gtk_widget_set_sensitive (self->form_box, !running);
  gtk_widget_set_visible (self->progress_box, running);
  if (running)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_label_set_label (self->step_label, _("Starting…"));
    }
  update_export_button (self);
}

/* Return is the dialog's Export everywhere else: on a choice, it opens
 * the list, as Space does. */
static void
open_list_on_return (AdwComboRow *row)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Enter, 0)),
                                                          g_object_ref (gtk_activate_action_get ())));
  gtk_widget_add_controller (GTK_WIDGET (row), controller);
}

/* Signal callbacks */

static void
on_project_selected_cb (PasExportDialog *self)
{
  update_suggested_name (self);
  update_export_button (self);
}

static void
on_period_selected_cb (PasExportDialog *self)
{
  PasExportPeriod period = adw_combo_row_get_selected (self->period_row);
  g_autofree char *since_text = dup_day_text (self->since_row);
  g_autofree char *until_text = dup_day_text (self->until_row);

  /* Custom starts from the days of the period chosen before, to adjust. */
  if (period == PAS_EXPORT_PERIOD_CUSTOM && since_text == NULL && until_text == NULL)
    {
      g_autofree char *since = NULL;
      g_autofree char *until = NULL;

      pas_export_period_get_range (self->period, &self->today, &since, &until);
      gtk_editable_set_text (GTK_EDITABLE (self->since_row), since ? since : "");
      gtk_editable_set_text (GTK_EDITABLE (self->until_row), until ? until : "");
    }
  self->period = period;
  update_period (self);
}

static void
on_custom_changed_cb (PasExportDialog *self)
{
  update_period (self);
}

static void
on_export_clicked_cb (PasExportDialog *self)
{
  pas_export_dialog_export (self);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        PasExportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    pas_export_dialog_choose_file (self, file);
}

static void
on_choose_clicked_cb (PasExportDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (self->folder);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Workbook"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Excel Workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (g_file_test (self->folder, G_FILE_TEST_IS_DIR))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), self->file_name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        PasExportDialog  *self)
{
  /* Answered: it closes. */
  g_clear_weak_pointer (&self->confirmation);
  if (!g_str_equal (response, "replace"))
    return;
  g_free (self->replace_confirmed);
  self->replace_confirmed = g_strdup (self->destination);
  pas_export_dialog_export (self);
}

static void
ask_replace (PasExportDialog *self)
{
  g_autofree char *name = g_filename_display_name (self->file_name);
  g_autofree char *folder = g_filename_display_name (self->folder);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  /* Translators: %s is the name of a file */
  adw_message_dialog_format_heading (dialog, _("Replace “%s”?"), name);
  /* Translators: %s is a folder */
  adw_message_dialog_format_body (dialog, _("A file with this name already exists in “%s”. Replacing it "
                                            "overwrites what it holds."), folder);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response_cb), self, 0);
  pas_gui_fix_button_names (GTK_WIDGET (dialog));
  g_set_weak_pointer (&self->confirmation, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_progress_cb (double      fraction,
                const char *step,
                gpointer    user_data)
{
  PasExportDialog *self = user_data;

  if (self->disposed || self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  if (step != NULL)
    gtk_label_set_label (self->step_label, step);
}

static void
on_export_finished_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(PasExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *destination = g_strdup (self->destination);
  gboolean cancelled;
  gboolean ok;

  ok = pas_export_write_finish (result, &error);
  cancelled = g_cancellable_is_cancelled (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->held != NULL)
    {
      g_application_release (self->held);
      g_clear_object (&self->held);
    }
  if (self->disposed)
    return;

  set_running (self, FALSE);
  if (ok)
    {
      g_signal_emit (self, signals [EXPORTED], 0, destination);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (cancelled || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_status (self, _("The export was cancelled: no file was written."), FALSE);
  else
    {
      /* The file appeared since the check: the next Export asks. */
      if (g_error_matches (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_EXISTS))
        g_clear_pointer (&self->replace_confirmed, g_free);
      show_status (self, error->message, TRUE);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->export_button));
}

typedef struct
{
  GWeakRef  overlay;
  char     *uri;
} OpenData;

static void
open_data_free (gpointer data)
{
  OpenData *open = data;

  g_weak_ref_clear (&open->overlay);
  g_free (open->uri);
  g_free (open);
}

static OpenData *
open_data_new (AdwToastOverlay *overlay,
               const char      *uri)
{
  OpenData *open = g_new0 (OpenData, 1);

  g_weak_ref_init (&open->overlay, overlay);
  open->uri = g_strdup (uri);
  return open;
}

static void
on_workbook_shown_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OpenData *open = user_data;
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&open->overlay);
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) && overlay != NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s says why, e.g. "No application is registered as handling this file" */
      g_autofree char *message = g_strdup_printf (_("The workbook could not be opened: %s"), error->message);

      adw_toast_overlay_add_toast (overlay, adw_toast_new (message));
    }
  open_data_free (open);
}

static void
on_open_clicked_cb (AdwToast *toast,
                    OpenData *open)
{
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&open->overlay);
  GtkRoot *root = overlay ? gtk_widget_get_root (GTK_WIDGET (overlay)) : NULL;

  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, open->uri, GDK_CURRENT_TIME, NULL,
                     on_workbook_shown_cb, open_data_new (overlay, open->uri));
}

/* Overrides */

static gboolean
pas_export_dialog_close_request (GtkWindow *window)
{
  PasExportDialog *self = PAS_EXPORT_DIALOG (window);

  /* Cancel, and Escape, first stop an export running; the dialog stays,
   * with the choices made. */
  if (pas_export_dialog_is_running (self))
    {
      pas_export_dialog_cancel (self);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (pas_export_dialog_parent_class)->close_request (window);
}

static void
pas_export_dialog_dispose (GObject *object)
{
  PasExportDialog *self = (PasExportDialog *)object;

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->chooser, on_chooser_response_cb, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_weak_pointer (&self->confirmation);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->projects);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_export_dialog_parent_class)->dispose (object);
}

static void
pas_export_dialog_finalize (GObject *object)
{
  PasExportDialog *self = (PasExportDialog *)object;

  g_clear_object (&self->cancellable);
  g_free (self->folder);
  g_free (self->file_name);
  g_free (self->destination);
  g_free (self->replace_confirmed);

  G_OBJECT_CLASS (pas_export_dialog_parent_class)->finalize (object);
}

static void
pas_export_dialog_class_init (PasExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pas_export_dialog_dispose;
  object_class->finalize = pas_export_dialog_finalize;
  window_class->close_request = pas_export_dialog_close_request;

  /**
   * PasExportDialog::exported:
   * @destination: the workbook written
   *
   * Emitted when the workbook is written, just before the dialog closes.
   */
  signals [EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, project_row);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, since_row);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, period_label);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, names_switch);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, destination_row);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, step_label);
  gtk_widget_class_bind_template_child (widget_class, PasExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_project_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pas_export_dialog_init (PasExportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  gtk_widget_init_template (GTK_WIDGET (self));
  pas_gui_fix_button_names (GTK_WIDGET (self));
  pas_people_name_combo_items (self->period_row);
  open_list_on_return (self->project_row);
  open_list_on_return (self->period_row);

  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  set_file (self, g_strdup (documents && g_file_test (documents, G_FILE_TEST_IS_DIR) ? documents : g_get_home_dir ()),
            pas_export_suggest_filename (NULL, NULL, NULL));
}

/**
 * pas_export_dialog_new:
 * @project_id: the project selected at first, e.g. the window's; 0 for
 *   the first one
 */
PasExportDialog *
pas_export_dialog_new (GtkWindow    *parent,
                       PasWorkspace *workspace,
                       gint64        project_id)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autofree char *names = NULL;
  PasExportDialog *self;
  int position;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PAS_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->projects = pas_record_list_new (workspace, PAS_KIND_PROJECT);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_project_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_project_cb), NULL);
  adw_combo_row_set_factory (self->project_row, factory);
  adw_combo_row_set_model (self->project_row, G_LIST_MODEL (self->projects));
  position = project_id > 0 ? pas_record_list_find (self->projects, project_id) : -1;
  if (position >= 0)
    adw_combo_row_set_selected (self->project_row, position);

  names = pas_workspace_get_setting (workspace, PAS_SETTING_EXPORT_NAMES, "false");
  gtk_switch_set_active (self->names_switch, g_str_equal (names, "true"));

  update_period (self);
  update_suggested_name (self);
  /* Keyboard users land on Export: the choices above are ready to use. */
  if (pas_export_dialog_can_export (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->export_button));
  return self;
}

const char *
pas_export_dialog_get_destination (PasExportDialog *self)
{
  g_return_val_if_fail (PAS_IS_EXPORT_DIALOG (self), NULL);

  return self->destination;
}

/**
 * pas_export_dialog_set_destination:
 * @destination: the .xlsx file to write
 *
 * What choosing a file does: the name no longer follows the project and
 * the period.
 */
void
pas_export_dialog_set_destination (PasExportDialog *self,
                                   const char      *destination)
{
  g_return_if_fail (PAS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (destination != NULL && *destination != '\0');

  if (g_strcmp0 (self->replace_confirmed, destination) != 0)
    g_clear_pointer (&self->replace_confirmed, g_free);
  set_file (self, g_path_get_dirname (destination), g_path_get_basename (destination));
  self->file_name_chosen = TRUE;
  update_destination_row (self);
}

/**
 * pas_export_dialog_add_done_toast:
 * @overlay: the main window's toasts
 * @destination: the workbook written
 *
 * Says that the workbook is written, with a button that opens it.
 */
void
pas_export_dialog_add_done_toast (AdwToastOverlay *overlay,
                                  const char      *destination)
{
  g_autofree char *uri = NULL;
  AdwToast *toast;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (destination != NULL);

  uri = g_filename_to_uri (destination, NULL, NULL);
  toast = adw_toast_new (_("Workbook exported"));
  /* Time to reach the button from the keyboard. */
  adw_toast_set_timeout (toast, 10);
  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("Open"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb),
                             open_data_new (overlay, uri), (GClosureNotify) open_data_free, 0);
    }
  adw_toast_overlay_add_toast (overlay, toast);
  /* The toast's widget, shown at once unless another toast is, is a
   * child of the overlay beside its content; libadwaita 1.2 leaves its
   * close button without a name. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != adw_toast_overlay_get_child (overlay))
      {
        for (GtkWidget *button = gtk_widget_get_first_child (child);
             button != NULL;
             button = gtk_widget_get_next_sibling (button))
          if (GTK_IS_BUTTON (button) && gtk_button_get_label (GTK_BUTTON (button)) == NULL &&
              gtk_widget_get_tooltip_text (button) == NULL)
            gtk_widget_set_tooltip_text (button, _("Dismiss"));
        pas_gui_fix_button_names (child);
      }
}

/**
 * pas_export_period_get_range:
 * @today: the day the export is made
 * @since: (out): the first day of @period, or %NULL for no limit
 * @until: (out): the last day
 *
 * The days a named period covers: the whole calendar quarter or year of
 * @today; no limit for all time; %NULL for a custom period, which is
 * typed.
 */
void
pas_export_period_get_range (PasExportPeriod   period,
                             const GDate      *today,
                             char            **since,
                             char            **until)
{
  GDate first, last;

  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (since != NULL && until != NULL);

  *since = *until = NULL;
  g_date_clear (&first, 1);
  switch (period)
    {
    case PAS_EXPORT_PERIOD_QUARTER:
      g_date_set_dmy (&first, 1, (g_date_get_month (today) - 1) / 3 * 3 + 1, g_date_get_year (today));
      last = first;
      g_date_add_months (&last, 3);
      break;
    case PAS_EXPORT_PERIOD_YEAR:
      g_date_set_dmy (&first, 1, G_DATE_JANUARY, g_date_get_year (today));
      last = first;
      g_date_add_years (&last, 1);
      break;
    case PAS_EXPORT_PERIOD_ALL:
    case PAS_EXPORT_PERIOD_CUSTOM:
    default:
      return;
    }
  g_date_subtract_days (&last, 1);
  *since = format_day (&first);
  *until = format_day (&last);
}

/**
 * pas_export_dialog_choose_file:
 * @file: the file chosen in the file chooser, in save mode
 *
 * Makes @file the destination, with the .xlsx extension. The file
 * chooser asks itself before a file is replaced: that file is not asked
 * about again, as asking twice would only teach people to say yes
 * without reading. A name that gets its extension here is asked about
 * on Export, if it exists.
 */
void
pas_export_dialog_choose_file (PasExportDialog *self,
                               GFile           *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (PAS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((path = g_file_get_path (file)) == NULL)
    {
      show_status (self, _("The workbook can only be written to a folder of this computer: choose another one."), TRUE);
      return;
    }
  g_clear_pointer (&self->replace_confirmed, g_free);
  if (!g_str_has_suffix (path, ".xlsx") && !g_str_has_suffix (path, ".XLSX"))
    {
      char *with_extension = g_strconcat (path, ".xlsx", NULL);

      g_free (path);
      path = with_extension;
    }
  else if (g_file_test (path, G_FILE_TEST_EXISTS))
    self->replace_confirmed = g_strdup (path);
  show_status (self, NULL, FALSE);
  pas_export_dialog_set_destination (self, path);
}

/* A project, a valid period and no export running. */
gboolean
pas_export_dialog_can_export (PasExportDialog *self)
{
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;

  g_return_val_if_fail (PAS_IS_EXPORT_DIALOG (self), FALSE);

  return self->cancellable == NULL && self->workspace != NULL && get_project_id (self) > 0 &&
         get_period (self, &since, &until, NULL);
}

/**
 * pas_export_dialog_export:
 *
 * What Export does: checks the destination, asks before replacing a
 * file, then starts the export; the result comes later, on the main
 * loop: "exported" and the dialog closes, or a message in the dialog.
 */
void
pas_export_dialog_export (PasExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  PasExportFlags flags = PAS_EXPORT_DEFAULT;

  g_return_if_fail (PAS_IS_EXPORT_DIALOG (self));

  if (self->confirmation != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->confirmation));
      return;
    }
  if (!pas_export_dialog_can_export (self) || !get_period (self, &since, &until, NULL))
    return;

  if (gtk_switch_get_active (self->names_switch))
    flags |= PAS_EXPORT_WITH_NAMES;
  if (g_strcmp0 (self->replace_confirmed, self->destination) == 0)
    flags |= PAS_EXPORT_REPLACE;
  if (!pas_export_check_destination (self->destination, flags, &error))
    {
      if (g_error_matches (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_EXISTS))
        ask_replace (self);
      else
        show_status (self, error->message, TRUE);
      return;
    }

  show_status (self, NULL, FALSE);
  self->cancellable = g_cancellable_new ();
  /* Quitting while it runs cancels it: the application waits for the
   * export to remove its temporary file. */
  if ((self->held = g_application_get_default ()) != NULL)
    g_application_hold (g_object_ref (self->held));
  set_running (self, TRUE);
  pas_export_write_async (pas_workspace_get_path (self->workspace), get_project_id (self), since, until,
                          self->destination, flags,
                          on_progress_cb, g_object_ref (self), g_object_unref,
                          self->cancellable, on_export_finished_cb, g_object_ref (self));
}

/* What Cancel does while an export runs. */
void
pas_export_dialog_cancel (PasExportDialog *self)
{
  g_return_if_fail (PAS_IS_EXPORT_DIALOG (self));

  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  gtk_label_set_label (self->step_label, _("Cancelling…"));
}

gboolean
pas_export_dialog_is_running (PasExportDialog *self)
{
  g_return_val_if_fail (PAS_IS_EXPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

/* The question asked before replacing a file, while it is shown. */
AdwMessageDialog *
pas_export_dialog_get_confirmation (PasExportDialog *self)
{
  g_return_val_if_fail (PAS_IS_EXPORT_DIALOG (self), NULL);

  return self->confirmation;
}
