/* pas-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-gui-util.h"
#include "pas-import-dialog.h"

/* The preview of a CSV import of people, from the core's plan: how many
 * will be added, updated, left as they are, rejected and why, line by
 * line. The import is all or nothing: "Import" stays off while a single
 * row is rejected. */
struct _PasImportDialog
{
  AdwWindow        parent_instance;

  PasPeopleImport *import;

  AdwWindowTitle  *title;
  GtkButton       *import_button;
  GtkLabel        *verdict_label;
  AdwActionRow    *rejected_row;
  AdwActionRow    *departments_row;
  GtkLabel        *add_label;
  GtkLabel        *update_label;
  GtkLabel        *unchanged_label;
  GtkLabel        *rejected_label;
  GtkLabel        *departments_label;
  GtkWidget       *problems_group;
  GtkListBox      *problems_list;
  GtkWidget       *notes_group;
  GtkLabel        *notes_label;
  GtkWidget       *preview_group;
  GtkListBox      *preview_list;
};

enum { IMPORTED, N_SIGNALS };
static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (PasImportDialog, pas_import_dialog, ADW_TYPE_WINDOW)

/* Enough to correct a file in several passes without a dialog of
 * thousands of rows. */
#define MAX_PROBLEMS 200
#define MAX_PREVIEW  50

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%'u", count);

  gtk_label_set_label (label, text);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static const char *
describe_action (PasPeopleImportAction action)
{
  switch (action)
    {
    case PAS_PEOPLE_IMPORT_ADD:
      return _("To add");
    case PAS_PEOPLE_IMPORT_UPDATE:
      return _("To update");
    case PAS_PEOPLE_IMPORT_UNCHANGED:
      return _("Already up to date");
    case PAS_PEOPLE_IMPORT_REJECT:
    default:
      return _("Rejected");
    }
}

static void
fill_problems (PasImportDialog *self,
               guint            rejected)
{
  guint n = pas_people_import_get_n_rows (self->import);
  guint shown = 0;

  clear_list (self->problems_list);
  for (guint i = 0; i < n && shown < MAX_PROBLEMS; i++)
    {
      const PasPeopleImportRow *row = pas_people_import_get_row (self->import, i);
      g_autofree char *line = NULL;

      if (row->action != PAS_PEOPLE_IMPORT_REJECT)
        continue;
      /* Translators: where a problem is in the imported file */
      line = g_strdup_printf (_("Line %u"), row->line);
      gtk_list_box_append (self->problems_list, create_row (line, row->message));
      shown++;
    }
  if (rejected > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %'u more row",
                                                            "And %'u more rows", rejected - shown),
                                               rejected - shown);
      gtk_list_box_append (self->problems_list, create_row (more, NULL));
    }
  gtk_widget_set_visible (self->problems_group, rejected > 0);
}

static void
fill_preview (PasImportDialog *self)
{
  guint n = pas_people_import_get_n_rows (self->import);
  g_autofree char *description = NULL;

  clear_list (self->preview_list);
  for (guint i = 0; i < n && i < MAX_PREVIEW; i++)
    {
      const PasPeopleImportRow *row = pas_people_import_get_row (self->import, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;

      /* Translators: a row of the preview, e.g. "Line 3: Marie Dupont" */
      title = g_strdup_printf (_("Line %u: %s"), row->line, row->name ? row->name : _("(no name)"));
      g_ptr_array_add (parts, g_strdup (describe_action (row->action)));
      if (row->email != NULL)
        g_ptr_array_add (parts, g_strdup (row->email));
      if (row->department != NULL)
        g_ptr_array_add (parts, row->new_department
                                /* Translators: a department the import creates */
                                ? g_strdup_printf (_("%s (new department)"), row->department)
                                : g_strdup (row->department));
      if (row->job_title != NULL)
        g_ptr_array_add (parts, g_strdup (row->job_title));
      if (row->referent == 1)
        g_ptr_array_add (parts, g_strdup (_("digital referent")));
      g_ptr_array_add (parts, NULL);
      subtitle = g_strjoinv (" · ", (char **) parts->pdata);
      gtk_list_box_append (self->preview_list, create_row (title, subtitle));
    }
  if (n > MAX_PREVIEW)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The first %u of %'u row", "The first %u of %'u rows", n),
                                   MAX_PREVIEW, n);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->preview_group), description);
  gtk_widget_set_visible (self->preview_group, n > 0);
}

static void
fill_notes (PasImportDialog *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint without_email = pas_people_import_count_without_email (self->import);

  /* Translators: "Windows-1252, converted, separated by semicolons." */
  g_string_append_printf (text, _("%s, separated by %s."),
                          pas_csv_encoding_get_label (pas_people_import_get_encoding (self->import)),
                          pas_csv_delimiter_get_label (pas_people_import_get_delimiter (self->import)));
  for (const char * const *note = pas_people_import_get_notes (self->import); *note != NULL; note++)
    g_string_append_printf (text, "\n%s", *note);
  if (without_email > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u row has no email: that person is matched by name, or added.",
                                           "%u rows have no email: those people are matched by name, or added.",
                                           without_email),
                              without_email);
    }
  gtk_label_set_label (self->notes_label, text->str);
}

static void
show_verdict (PasImportDialog *self,
              const char      *error_message)
{
  guint rejected = pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_REJECT);
  guint changes = pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_ADD) +
                  pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_UPDATE);
  g_autofree char *summary = pas_people_import_dup_summary (self->import);
  g_autofree char *text = NULL;
  gboolean problem = error_message != NULL || rejected > 0;

  if (error_message != NULL)
    text = g_strdup (error_message);
  else if (rejected > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u row cannot be imported, so nothing will be: the import is all or nothing. Correct the line listed below in the file, save it and import it again.",
                                         "%u rows cannot be imported, so nothing will be: the import is all or nothing. Correct the lines listed below in the file, save it and import it again.",
                                         rejected),
                            rejected);
  else if (changes == 0)
    text = g_strdup (_("Everyone in this file is already recorded as it is: there is nothing to import."));
  else
    /* Translators: %s is a summary such as "3 people to add, 1 to update, …" */
    text = g_strdup_printf (_("Ready to import: %s Press Import to make all these changes at once."), summary);

  gtk_label_set_label (self->verdict_label, text);
  if (problem)
    gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), pas_import_dialog_can_import (self));
}

static void
fill (PasImportDialog *self,
      const char      *error_message)
{
  guint rejected = pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_REJECT);
  const char * const *departments = pas_people_import_get_new_departments (self->import);
  guint n_departments = departments ? g_strv_length ((char **) departments) : 0;

  set_count (self->add_label, pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_ADD));
  set_count (self->update_label, pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_UPDATE));
  set_count (self->unchanged_label, pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_UNCHANGED));
  set_count (self->rejected_label, rejected);
  set_count (self->departments_label, n_departments);
  if (rejected > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->rejected_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->rejected_row), "error");
  if (n_departments > 0)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) departments);
      adw_action_row_set_subtitle (self->departments_row, names);
    }
  else
    adw_action_row_set_subtitle (self->departments_row, NULL);

  fill_problems (self, rejected);
  fill_notes (self);
  fill_preview (self);
  show_verdict (self, error_message);
}

static void
on_import_clicked_cb (PasImportDialog *self)
{
  if (pas_import_dialog_apply (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
pas_import_dialog_dispose (GObject *object)
{
  PasImportDialog *self = (PasImportDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->import);

  G_OBJECT_CLASS (pas_import_dialog_parent_class)->dispose (object);
}

static void
pas_import_dialog_class_init (PasImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_import_dialog_dispose;

  /**
   * PasImportDialog::imported:
   * @summary: what was done, e.g. "3 people added, …"
   */
  signals [IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, title);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, rejected_row);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, departments_row);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, add_label);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, update_label);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, unchanged_label);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, rejected_label);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, departments_label);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, notes_group);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, PasImportDialog, preview_list);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pas_import_dialog_init (PasImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pas_gui_fix_button_names (GTK_WIDGET (self));
}

/**
 * pas_import_dialog_new:
 * @import: the import planned from the file
 * @file_name: the file's name, as shown
 */
PasImportDialog *
pas_import_dialog_new (GtkWindow       *parent,
                       PasPeopleImport *import,
                       const char      *file_name)
{
  PasImportDialog *self;

  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (import), NULL);

  self = g_object_new (PAS_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->import = g_object_ref (import);
  adw_window_title_set_subtitle (self->title, file_name);
  fill (self, NULL);
  /* Keyboard users land on Import when it can be pressed, on the reasons otherwise. */
  if (pas_import_dialog_can_import (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->import_button));
  return self;
}

/* Only a file whose every row is valid, and that changes something. */
gboolean
pas_import_dialog_can_import (PasImportDialog *self)
{
  g_return_val_if_fail (PAS_IS_IMPORT_DIALOG (self), FALSE);

  return pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_REJECT) == 0 &&
         pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_ADD) +
         pas_people_import_count (self->import, PAS_PEOPLE_IMPORT_UPDATE) > 0;
}

/**
 * pas_import_dialog_apply:
 *
 * Imports the whole file in one transaction, or nothing; when the
 * workspace changed since the preview and a row is now refused, the
 * preview shows why.
 */
gboolean
pas_import_dialog_apply (PasImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (PAS_IS_IMPORT_DIALOG (self), FALSE);

  if (!pas_import_dialog_can_import (self))
    return FALSE;
  if (!pas_people_import_apply (self->import, &error))
    {
      fill (self, error->message);
      return FALSE;
    }
  summary = pas_people_import_dup_summary (self->import);
  g_signal_emit (self, signals [IMPORTED], 0, summary);
  return TRUE;
}
