/* pas-feedback-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-feedback-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-choice.h"
#include "pas-feedback-editor.h"
#include "pas-feedback-triage.h"
#include "pas-gui-util.h"
#include "pas-people-util.h"
#include "pas-record-list.h"

/* Triage of one feedback item and the response to its author: status,
 * category, severity, department, the text itself if it was mistyped.
 * Closing an item (done, won't do) stamps when it was resolved. */
struct _PasFeedbackEditor
{
  AdwWindow        parent_instance;

  PasWorkspace    *workspace;
  PasRecord       *feedback;
  GArray          *department_ids;  /* gint64 by position; 0: none */
  char            *error;           /* the message shown, or NULL */

  AdwWindowTitle  *title;
  GtkButton       *save_button;
  GtkTextView     *text_view;
  GtkLabel        *text_error_label;
  AdwComboRow     *status_row;
  AdwComboRow     *category_row;
  AdwComboRow     *severity_row;
  AdwComboRow     *department_row;
  GtkTextView     *response_view;
  GtkLabel        *response_hint_label;
  GtkLabel        *error_label;
};

enum { SAVED, N_SIGNALS };
static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (PasFeedbackEditor, pas_feedback_editor, ADW_TYPE_WINDOW)

static void
set_label (GtkLabel   *label,
           const char *message)
{
  gtk_label_set_label (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
clear_errors (PasFeedbackEditor *self)
{
  g_clear_pointer (&self->error, g_free);
  set_label (self->text_error_label, NULL);
  set_label (self->error_label, NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->text_view),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

static void
show_error (PasFeedbackEditor *self,
            const GError      *error)
{
  clear_errors (self);
  self->error = g_strdup (error->message);
  if (g_error_matches (error, PAS_FEEDBACK_ERROR, PAS_FEEDBACK_ERROR_NO_TEXT))
    {
      set_label (self->text_error_label, error->message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->text_view),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
    }
  else
    set_label (self->error_label, error->message);
}

static GtkStringList *
new_choice_list (const PasChoice *choices,
                 guint            n_choices)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_choices; i++)
    gtk_string_list_append (list, _(choices[i].label));
  return list;
}

static void
fill_rows (PasFeedbackEditor *self)
{
  g_autoptr(GtkStringList) statuses = new_choice_list (pas_feedback_statuses, G_N_ELEMENTS (pas_feedback_statuses));
  g_autoptr(GtkStringList) categories = new_choice_list (pas_feedback_categories, G_N_ELEMENTS (pas_feedback_categories));
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);

  for (int s = PAS_FEEDBACK_MIN_SEVERITY; s <= PAS_FEEDBACK_MAX_SEVERITY; s++)
    {
      /* Translators: a severity in a list, e.g. "3 — Serious" */
      g_autofree char *label = g_strdup_printf (_("%d — %s"), s, pas_feedback_severity_get_label (s));
      gtk_string_list_append (severities, label);
    }
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  adw_combo_row_set_model (self->severity_row, G_LIST_MODEL (severities));
}

static void
fill_departments (PasFeedbackEditor *self)
{
  g_autoptr(PasRecordList) departments = pas_record_list_new (self->workspace, PAS_KIND_DEPARTMENT);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_set_size (self->department_ids, 0);
  gtk_string_list_append (names, _("Not known"));
  g_array_append_val (self->department_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (departments)); i++)
    {
      g_autoptr(PasRecord) department = g_list_model_get_item (G_LIST_MODEL (departments), i);
      gint64 id;

      if (department == NULL)
        continue;
      id = pas_record_get_id (department);
      gtk_string_list_append (names, pas_record_get_string (department, "name"));
      g_array_append_val (self->department_ids, id);
    }
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (names));
}

static void
select_choice (AdwComboRow     *row,
               const PasChoice *choices,
               guint            n_choices,
               const char      *key)
{
  int index = pas_choice_find (choices, n_choices, key);

  if (index >= 0)
    adw_combo_row_set_selected (row, index);
}

static char *
get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static const char *
get_selected_status (PasFeedbackEditor *self)
{
  guint position = adw_combo_row_get_selected (self->status_row);

  return position < G_N_ELEMENTS (pas_feedback_statuses) ? pas_feedback_statuses[position].key : "new";
}

/* A closed item without a response leaves its author wondering. */
static void
update_response_hint (PasFeedbackEditor *self)
{
  g_autofree char *response = get_text (self->response_view);

  gtk_widget_set_visible (GTK_WIDGET (self->response_hint_label),
                          pas_feedback_is_closed (get_selected_status (self)) && *response == '\0');
}

static void
on_status_changed_cb (PasFeedbackEditor *self)
{
  update_response_hint (self);
}

static void
on_save_clicked_cb (PasFeedbackEditor *self)
{
  if (pas_feedback_editor_save (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  on_save_clicked_cb (PAS_FEEDBACK_EDITOR (widget));
}

static void
pas_feedback_editor_dispose (GObject *object)
{
  PasFeedbackEditor *self = (PasFeedbackEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_FEEDBACK_EDITOR);
  g_clear_object (&self->feedback);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_feedback_editor_parent_class)->dispose (object);
}

static void
pas_feedback_editor_finalize (GObject *object)
{
  PasFeedbackEditor *self = (PasFeedbackEditor *)object;

  g_clear_pointer (&self->department_ids, g_array_unref);
  g_free (self->error);

  G_OBJECT_CLASS (pas_feedback_editor_parent_class)->finalize (object);
}

static void
pas_feedback_editor_class_init (PasFeedbackEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_feedback_editor_dispose;
  object_class->finalize = pas_feedback_editor_finalize;

  /**
   * PasFeedbackEditor::saved:
   * @id: the feedback item saved
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-feedback-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, title);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, text_error_label);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, severity_row);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, response_view);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, response_hint_label);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed_cb);

  gtk_widget_class_install_action (widget_class, "feedback-editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "feedback-editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pas_feedback_editor_init (PasFeedbackEditor *self)
{
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  pas_people_name_combo_items (self->status_row);
  pas_people_name_combo_items (self->category_row);
  pas_people_name_combo_items (self->severity_row);
  pas_people_name_combo_items (self->department_row);
  fill_rows (self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->response_view), "changed",
                           G_CALLBACK (update_response_hint), self, G_CONNECT_SWAPPED);
  pas_gui_fix_button_names (GTK_WIDGET (self));
}

/**
 * pas_feedback_editor_new:
 * @feedback: the feedback item to triage, as saved
 */
PasFeedbackEditor *
pas_feedback_editor_new (GtkWindow    *parent,
                         PasWorkspace *workspace,
                         PasRecord    *feedback)
{
  PasFeedbackEditor *self;
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *received = NULL;
  gint64 department_id;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (PAS_IS_RECORD (feedback) && pas_record_get_kind (feedback) == PAS_KIND_FEEDBACK, NULL);

  self = g_object_new (PAS_TYPE_FEEDBACK_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->feedback = pas_record_copy (feedback);
  fill_departments (self);

  created = g_date_time_new_from_unix_local (pas_record_get_int (feedback, "created_at"));
  /* Translators: the subtitle of the feedback editor; %x is the date, e.g. 26/11/2026 */
  received = g_date_time_format (created, _("Received on %x"));
  adw_window_title_set_subtitle (self->title, received);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            pas_record_get_string (feedback, "text"), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->response_view),
                            pas_record_get_string (feedback, "response") ?: "", -1);
  select_choice (self->status_row, pas_feedback_statuses, G_N_ELEMENTS (pas_feedback_statuses),
                 pas_record_get_string (feedback, "status"));
  select_choice (self->category_row, pas_feedback_categories, G_N_ELEMENTS (pas_feedback_categories),
                 pas_record_get_string (feedback, "category"));
  adw_combo_row_set_selected (self->severity_row,
                              CLAMP (pas_record_get_int (feedback, "severity"),
                                     PAS_FEEDBACK_MIN_SEVERITY, PAS_FEEDBACK_MAX_SEVERITY) - PAS_FEEDBACK_MIN_SEVERITY);
  department_id = pas_record_is_null (feedback, "department_id") ? 0 : pas_record_get_int (feedback, "department_id");
  for (guint i = 0; i < self->department_ids->len; i++)
    if (g_array_index (self->department_ids, gint64, i) == department_id)
      adw_combo_row_set_selected (self->department_row, i);
  update_response_hint (self);
  clear_errors (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->status_row));
  return self;
}

void
pas_feedback_editor_set_status (PasFeedbackEditor *self,
                                const char        *status)
{
  g_return_if_fail (PAS_IS_FEEDBACK_EDITOR (self));
  select_choice (self->status_row, pas_feedback_statuses, G_N_ELEMENTS (pas_feedback_statuses), status);
}

void
pas_feedback_editor_set_response (PasFeedbackEditor *self,
                                  const char        *response)
{
  g_return_if_fail (PAS_IS_FEEDBACK_EDITOR (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->response_view), response, -1);
}

/**
 * pas_feedback_editor_save:
 *
 * Checks and saves the triage, or shows why it is refused.
 *
 * Returns: %TRUE when the feedback item was saved.
 */
gboolean
pas_feedback_editor_save (PasFeedbackEditor *self)
{
  g_autoptr(PasRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *response = NULL;
  guint category, severity, department;

  g_return_val_if_fail (PAS_IS_FEEDBACK_EDITOR (self), FALSE);

  record = pas_record_copy (self->feedback);
  text = get_text (self->text_view);
  response = get_text (self->response_view);
  category = adw_combo_row_get_selected (self->category_row);
  severity = adw_combo_row_get_selected (self->severity_row);
  department = adw_combo_row_get_selected (self->department_row);

  pas_record_set_string (record, "text", text);
  pas_record_set_string (record, "response", response);
  if (category < G_N_ELEMENTS (pas_feedback_categories))
    pas_record_set_string (record, "category", pas_feedback_categories[category].key);
  if (severity != GTK_INVALID_LIST_POSITION)
    pas_record_set_int (record, "severity", severity + PAS_FEEDBACK_MIN_SEVERITY);
  if (department == GTK_INVALID_LIST_POSITION || department >= self->department_ids->len ||
      g_array_index (self->department_ids, gint64, department) == 0)
    pas_record_set_null (record, "department_id");
  else
    pas_record_set_int (record, "department_id", g_array_index (self->department_ids, gint64, department));
  pas_feedback_set_status (record, get_selected_status (self), g_get_real_time () / G_USEC_PER_SEC);

  if (!pas_feedback_check (record, &error) ||
      !pas_workspace_save (self->workspace, record, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  clear_errors (self);
  g_set_object (&self->feedback, record);
  g_signal_emit (self, signals [SAVED], 0, pas_record_get_id (record));
  return TRUE;
}

/* The message shown for the last refused save, or NULL. */
const char *
pas_feedback_editor_get_error (PasFeedbackEditor *self)
{
  g_return_val_if_fail (PAS_IS_FEEDBACK_EDITOR (self), NULL);
  return self->error;
}
