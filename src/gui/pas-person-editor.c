/* pas-person-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-person-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-gui-util.h"
#include "pas-people-check.h"
#include "pas-people-util.h"
#include "pas-person-editor.h"
#include "pas-person-erase.h"
#include "pas-record-list.h"

/* Adds a person or edits one. The dialog stays open until what was typed
 * is accepted, so that a refused value is corrected in place; the reason
 * is shown beside the field and announced. A person who leaves is
 * archived; erasing is for the right to erasure, after a confirmation
 * that says what goes and what stays. */
struct _PasPersonEditor
{
  AdwWindow        parent_instance;

  PasWorkspace    *workspace;
  PasRecord       *person;          /* the one edited, or NULL */
  GArray          *department_ids;  /* gint64 by position in department_row; 0: none */
  char            *error;           /* the message shown, or NULL */

  AdwWindowTitle  *title;
  GtkButton       *save_button;
  GtkLabel        *archived_label;
  AdwEntryRow     *name_row;
  AdwEntryRow     *email_row;
  GtkLabel        *identity_error_label;
  AdwComboRow     *department_row;
  AdwEntryRow     *job_row;
  AdwEntryRow     *site_row;
  GtkSwitch       *referent_switch;
  AdwComboRow     *comfort_row;
  GtkLabel        *comfort_error_label;
  GtkLabel        *error_label;
  AdwPreferencesGroup *manage_group;
  AdwActionRow    *archive_row;
  GtkButton       *archive_button;
};

enum { SAVED, ARCHIVED, ERASED, N_SIGNALS };
static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (PasPersonEditor, pas_person_editor, ADW_TYPE_WINDOW)

/* Position 0 of the comfort row is "not known"; level n is at n + 1. */
#define COMFORT_UNKNOWN 0

static void
mark_invalid (GtkWidget  *row,
              const char *message)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_widget_add_css_class (row, "error");
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_widget_remove_css_class (row, "error");
    }
}

static void
set_label (GtkLabel   *label,
           const char *message)
{
  gtk_label_set_label (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
clear_errors (PasPersonEditor *self)
{
  g_clear_pointer (&self->error, g_free);
  set_label (self->identity_error_label, NULL);
  set_label (self->comfort_error_label, NULL);
  set_label (self->error_label, NULL);
  mark_invalid (GTK_WIDGET (self->name_row), NULL);
  mark_invalid (GTK_WIDGET (self->email_row), NULL);
  mark_invalid (GTK_WIDGET (self->comfort_row), NULL);
}

/* Shows @error beside the field it is about, and returns that field. */
static GtkWidget *
show_error (PasPersonEditor *self,
            const GError    *error)
{
  GtkWidget *row = NULL;
  GtkLabel *label = self->error_label;

  clear_errors (self);
  self->error = g_strdup (error->message);
  if (error->domain == PAS_PEOPLE_CHECK_ERROR)
    switch (error->code)
      {
      case PAS_PEOPLE_CHECK_ERROR_NAME:
        row = GTK_WIDGET (self->name_row);
        label = self->identity_error_label;
        break;
      case PAS_PEOPLE_CHECK_ERROR_EMAIL:
      case PAS_PEOPLE_CHECK_ERROR_EMAIL_TAKEN:
        row = GTK_WIDGET (self->email_row);
        label = self->identity_error_label;
        break;
      case PAS_PEOPLE_CHECK_ERROR_COMFORT:
        row = GTK_WIDGET (self->comfort_row);
        label = self->comfort_error_label;
        break;
      default:
        break;
      }
  set_label (label, error->message);
  if (row != NULL)
    mark_invalid (row, error->message);
  return row;
}

static char *
dup_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
fill_departments (PasPersonEditor *self)
{
  g_autoptr(PasRecordList) departments = pas_record_list_new (self->workspace, PAS_KIND_DEPARTMENT);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (departments));
  gint64 none = 0;

  g_array_set_size (self->department_ids, 0);
  gtk_string_list_append (names, _("No department"));
  g_array_append_val (self->department_ids, none);
  for (guint i = 0; i < n; i++)
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
fill_comfort_levels (PasPersonEditor *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_string_list_append (levels, _("Not known"));
  for (int level = 0; level <= PAS_PEOPLE_MAX_COMFORT; level++)
    gtk_string_list_append (levels, pas_people_comfort_get_label (level));
  adw_combo_row_set_model (self->comfort_row, G_LIST_MODEL (levels));
}

static void
select_department (PasPersonEditor *self,
                   gint64           department_id)
{
  for (guint i = 0; i < self->department_ids->len; i++)
    if (g_array_index (self->department_ids, gint64, i) == department_id)
      {
        adw_combo_row_set_selected (self->department_row, i);
        return;
      }
  adw_combo_row_set_selected (self->department_row, 0);
}

/* The person as typed, ready to be checked and saved. */
static PasRecord *
build_record (PasPersonEditor *self)
{
  PasRecord *record = self->person ? pas_record_copy (self->person) : pas_record_new (PAS_KIND_PERSON);
  g_autofree char *name = dup_stripped_text (self->name_row);
  g_autofree char *email = dup_stripped_text (self->email_row);
  g_autofree char *job = dup_stripped_text (self->job_row);
  g_autofree char *site = dup_stripped_text (self->site_row);
  guint department = adw_combo_row_get_selected (self->department_row);
  guint comfort = adw_combo_row_get_selected (self->comfort_row);
  gint64 department_id = 0;

  if (department != GTK_INVALID_LIST_POSITION && department < self->department_ids->len)
    department_id = g_array_index (self->department_ids, gint64, department);

  pas_record_set_string (record, "name", name);
  pas_record_set_string (record, "email", *email ? email : NULL);
  if (department_id > 0)
    pas_record_set_int (record, "department_id", department_id);
  else
    pas_record_set_null (record, "department_id");
  pas_record_set_string (record, "job_title", job);
  pas_record_set_string (record, "site", site);
  pas_record_set_int (record, "is_referent", gtk_switch_get_active (self->referent_switch));
  if (comfort == GTK_INVALID_LIST_POSITION || comfort == COMFORT_UNKNOWN)
    pas_record_set_null (record, "comfort");
  else
    pas_record_set_int (record, "comfort", comfort - 1);
  if (pas_record_is_null (record, "archived"))
    pas_record_set_int (record, "archived", 0);
  return record;
}

static void
on_field_changed_cb (PasPersonEditor *self)
{
  if (self->error != NULL)
    clear_errors (self);
}

static void
on_save_clicked_cb (PasPersonEditor *self)
{
  if (pas_person_editor_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_archive_clicked_cb (PasPersonEditor *self)
{
  if (pas_person_editor_toggle_archived (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* "12 skill assessments, 3 training enrollments": the non-zero counts.
 * @format is already the plural form for @count. */
static void
append_count (GPtrArray  *parts,
              guint       count,
              const char *format)
{
  if (count > 0)
    g_ptr_array_add (parts, g_strdup_printf (format, count));
}


static char *
describe_erasure (PasPersonEditor        *self,
                  const PasPersonErasure *erasure)
{
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  GString *body = g_string_new (NULL);

  append_count (removed, erasure->skill_assessments,
                g_dngettext (GETTEXT_PACKAGE, "%u skill assessment", "%u skill assessments", erasure->skill_assessments));
  append_count (removed, erasure->enrollments,
                g_dngettext (GETTEXT_PACKAGE, "%u training enrollment", "%u training enrollments", erasure->enrollments));
  append_count (removed, erasure->readiness_assessments,
                g_dngettext (GETTEXT_PACKAGE, "%u readiness assessment", "%u readiness assessments", erasure->readiness_assessments));
  append_count (removed, erasure->referent_activities,
                g_dngettext (GETTEXT_PACKAGE, "%u referent activity", "%u referent activities", erasure->referent_activities));
  append_count (removed, erasure->workshop_participations,
                g_dngettext (GETTEXT_PACKAGE, "%u workshop invitation", "%u workshop invitations", erasure->workshop_participations));
  append_count (removed, erasure->pilot_tests,
                g_dngettext (GETTEXT_PACKAGE, "%u pilot participation", "%u pilot participations", erasure->pilot_tests));
  append_count (removed, erasure->story_mentions,
                g_dngettext (GETTEXT_PACKAGE, "%u mention in a success story", "%u mentions in success stories", erasure->story_mentions));
  append_count (kept, erasure->contributions,
                g_dngettext (GETTEXT_PACKAGE, "%u workshop contribution", "%u workshop contributions", erasure->contributions));
  append_count (kept, erasure->feedback,
                g_dngettext (GETTEXT_PACKAGE, "%u feedback item", "%u feedback items", erasure->feedback));
  append_count (kept, erasure->coached_enrollments,
                g_dngettext (GETTEXT_PACKAGE, "%u enrollment they coached", "%u enrollments they coached", erasure->coached_enrollments));
  append_count (kept, erasure->facilitated_workshops,
                g_dngettext (GETTEXT_PACKAGE, "%u workshop they facilitated", "%u workshops they facilitated", erasure->facilitated_workshops));

  g_string_append (body, _("Their name, email, department, job title and site are removed"));
  if (removed->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (removed, NULL);
      list = g_strjoinv (", ", (char **) removed->pdata);
      /* Translators: what follows is a list such as "3 skill assessments, 1 training enrollment" */
      g_string_append_printf (body, _(", with everything recorded about them: %s"), list);
    }
  g_string_append (body, ".");
  if (erasure->text_mentions > 0)
    {
      g_string_append (body, " ");
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Their name is blanked out of %u text that mentions it.",
                                           "Their name is blanked out of %u texts that mention it.",
                                           erasure->text_mentions),
                              erasure->text_mentions);
    }
  g_string_append (body, "\n\n");
  if (kept->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (kept, NULL);
      list = g_strjoinv (", ", (char **) kept->pdata);
      /* Translators: %s is a list such as "12 workshop contributions, 3 feedback items" */
      g_string_append_printf (body, _("What they said stays, anonymous, so that it still counts: %s."), list);
    }
  else
    g_string_append (body, _("Anything they contribute or say is kept anonymous."));
  g_string_append (body, "\n\n");
  g_string_append (body, _("This cannot be undone. For someone who simply left, archive them instead: nothing is lost."));
  return g_string_free (body, FALSE);
}

static void
on_erase_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PasPersonEditor  *self)
{
  if (g_str_equal (response, "erase"))
    {
      if (pas_person_editor_erase (self))
        gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "archive"))
    {
      if (pas_person_editor_toggle_archived (self))
        gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
on_erase_clicked_cb (PasPersonEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  PasPersonErasure erasure = { 0 };
  AdwMessageDialog *dialog;

  if (self->person == NULL)
    return;
  if (!pas_workspace_count_person_data (self->workspace, pas_record_get_id (self->person), &erasure, &error))
    {
      show_error (self, error);
      return;
    }

  body = describe_erasure (self, &erasure);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, body));
  /* Translators: %s is the name of a person */
  adw_message_dialog_format_heading (dialog, _("Erase All Data About %s?"),
                                     pas_record_get_string (self->person, "name"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    NULL);
  if (!pas_record_get_int (self->person, "archived"))
    adw_message_dialog_add_response (dialog, "archive", _("_Archive Instead"));
  adw_message_dialog_add_response (dialog, "erase", _("_Erase"));
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_response_cb), self, 0);
  pas_gui_fix_button_names (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pas_person_editor_dispose (GObject *object)
{
  PasPersonEditor *self = (PasPersonEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_PERSON_EDITOR);
  g_clear_object (&self->workspace);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (pas_person_editor_parent_class)->dispose (object);
}

static void
pas_person_editor_finalize (GObject *object)
{
  PasPersonEditor *self = (PasPersonEditor *)object;

  g_clear_pointer (&self->department_ids, g_array_unref);
  g_free (self->error);

  G_OBJECT_CLASS (pas_person_editor_parent_class)->finalize (object);
}

static void
pas_person_editor_class_init (PasPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_person_editor_dispose;
  object_class->finalize = pas_person_editor_finalize;

  /**
   * PasPersonEditor::saved:
   * @id: the person added or changed
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PasPersonEditor::archived:
   * @id: the person
   * @archived: whether they are archived now, or restored
   */
  signals [ARCHIVED] =
    g_signal_new ("archived",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);
  /**
   * PasPersonEditor::erased:
   * @name: the name the person had
   */
  signals [ERASED] =
    g_signal_new ("erased",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, title);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, archived_label);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, identity_error_label);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, job_row);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, site_row);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, referent_switch);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, comfort_row);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, comfort_error_label);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, manage_group);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, archive_row);
  gtk_widget_class_bind_template_child (widget_class, PasPersonEditor, archive_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_archive_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_erase_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pas_person_editor_init (PasPersonEditor *self)
{
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  pas_people_name_combo_items (self->department_row);
  pas_people_name_combo_items (self->comfort_row);
  fill_comfort_levels (self);
  pas_gui_fix_button_names (GTK_WIDGET (self));
  /* The row itself cannot hold the focus; its own grab_focus gives it to the text. */
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * pas_person_editor_new:
 * @person: (nullable): the person to edit, or %NULL to add one
 */
PasPersonEditor *
pas_person_editor_new (GtkWindow    *parent,
                       PasWorkspace *workspace,
                       PasRecord    *person)
{
  PasPersonEditor *self;
  gboolean archived;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (person == NULL || pas_record_get_kind (person) == PAS_KIND_PERSON, NULL);

  self = g_object_new (PAS_TYPE_PERSON_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);
  fill_departments (self);
  if (person == NULL)
    return self;

  self->person = g_object_ref (person);
  archived = pas_record_get_int (person, "archived") != 0;
  adw_window_title_set_title (self->title, _("Edit Person"));
  adw_window_title_set_subtitle (self->title, pas_record_get_string (person, "name"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
  gtk_button_set_label (self->save_button, _("_Save"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), pas_record_get_string (person, "name"));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), pas_record_get_string (person, "email") ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->job_row), pas_record_get_string (person, "job_title") ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->site_row), pas_record_get_string (person, "site") ?: "");
  select_department (self, pas_record_get_int (person, "department_id"));
  gtk_switch_set_active (self->referent_switch, pas_record_get_int (person, "is_referent") != 0);
  if (pas_record_is_null (person, "comfort"))
    adw_combo_row_set_selected (self->comfort_row, COMFORT_UNKNOWN);
  else
    adw_combo_row_set_selected (self->comfort_row,
                                CLAMP (pas_record_get_int (person, "comfort"), 0, PAS_PEOPLE_MAX_COMFORT) + 1);

  gtk_widget_set_visible (GTK_WIDGET (self->manage_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->archived_label), archived);
  if (archived)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->archive_row), _("Restore"));
      adw_action_row_set_subtitle (self->archive_row, _("Back in the lists and indicators"));
      gtk_button_set_label (self->archive_button, _("_Restore"));
    }
  pas_gui_fix_button_names (GTK_WIDGET (self));
  clear_errors (self);
  return self;
}

/* For a new person: the department chosen beforehand. */
void
pas_person_editor_set_department (PasPersonEditor *self,
                                  gint64           department_id)
{
  g_return_if_fail (PAS_IS_PERSON_EDITOR (self));
  select_department (self, department_id);
}

/**
 * pas_person_editor_save:
 *
 * Checks and saves what was typed, or shows why it is refused and puts
 * the focus on the field to correct.
 *
 * Returns: %TRUE when the person was saved.
 */
gboolean
pas_person_editor_save (PasPersonEditor *self)
{
  g_autoptr(PasRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  g_return_val_if_fail (PAS_IS_PERSON_EDITOR (self), FALSE);

  record = build_record (self);
  if (!pas_people_check_person (self->workspace, record, &error) ||
      !pas_workspace_save (self->workspace, record, &error))
    {
      if ((row = show_error (self, error)) != NULL)
        gtk_widget_grab_focus (row);
      return FALSE;
    }

  clear_errors (self);
  g_set_object (&self->person, record);
  g_signal_emit (self, signals [SAVED], 0, pas_record_get_id (record));
  return TRUE;
}

/**
 * pas_person_editor_toggle_archived:
 *
 * Archives the person edited, or restores them when they are archived,
 * leaving aside what was typed.
 *
 * Returns: %TRUE when done.
 */
gboolean
pas_person_editor_toggle_archived (PasPersonEditor *self)
{
  g_autoptr(PasRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  gboolean archived = FALSE;

  g_return_val_if_fail (PAS_IS_PERSON_EDITOR (self), FALSE);
  g_return_val_if_fail (self->person != NULL, FALSE);

  stored = pas_workspace_load (self->workspace, PAS_KIND_PERSON, pas_record_get_id (self->person), &error);
  if (stored != NULL)
    {
      archived = !pas_record_get_int (stored, "archived");
      pas_record_set_int (stored, "archived", archived);
    }
  if (stored == NULL || !pas_workspace_save (self->workspace, stored, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  g_set_object (&self->person, stored);
  g_signal_emit (self, signals [ARCHIVED], 0, pas_record_get_id (stored), archived);
  return TRUE;
}

/**
 * pas_person_editor_erase:
 *
 * Erases the person edited, without asking: the button asks first.
 *
 * Returns: %TRUE when done.
 */
gboolean
pas_person_editor_erase (PasPersonEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PAS_IS_PERSON_EDITOR (self), FALSE);
  g_return_val_if_fail (self->person != NULL, FALSE);

  name = g_strdup (pas_record_get_string (self->person, "name"));
  if (!pas_workspace_erase_person (self->workspace, pas_record_get_id (self->person), &error))
    {
      show_error (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals [ERASED], 0, name);
  return TRUE;
}

/* The message shown about what was refused, or NULL. */
const char *
pas_person_editor_get_error (PasPersonEditor *self)
{
  g_return_val_if_fail (PAS_IS_PERSON_EDITOR (self), NULL);
  return self->error;
}
