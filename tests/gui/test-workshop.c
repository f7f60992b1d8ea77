/* test-workshop.c — the Workshops section under a (virtual) display: the
 * list, the editor, the agenda builder (times, reordering), participants
 * and check-in, who is in the room, and the live capture's start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-agenda.h"
#include "pas-agenda-builder.h"
#include "pas-application.h"
#include "pas-capture-window.h"
#include "pas-participant-panel.h"
#include "pas-record-list.h"
#include "pas-representation.h"
#include "pas-workshop-editor.h"
#include "pas-workshop-item.h"
#include "pas-workshop-ops.h"
#include "pas-workshop-representation.h"
#include "pas-text-block.h"
#include "pas-workshop-view.h"
#include "pas-workshops-page.h"

#define HOUR 3600

typedef struct
{
  char         *folder;
  PasWorkspace *workspace;
  gint64        project_id;
  gint64        past_id;      /* done, three months ago */
  gint64        next_id;      /* planned, tomorrow 09:30 UTC */
  gint64        later_id;     /* planned, in two weeks */
  gint64        sales;
  gint64        support;
  gint64        anne;         /* sales, Lyon */
  gint64        bruno;        /* sales, Lyon */
  gint64        chloe;        /* support, Lille */
} Fixture;

static gint64
save (PasWorkspace *workspace,
      PasRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_save (workspace, record, &error));
  g_assert_no_error (error);
  return pas_record_get_id (record);
}

static gint64
add_workshop (Fixture    *fixture,
              const char *title,
              gint64      starts_at,
              const char *status)
{
  g_autoptr(PasRecord) workshop = pas_record_new (PAS_KIND_WORKSHOP);

  pas_record_set_int (workshop, "project_id", fixture->project_id);
  pas_record_set_string (workshop, "title", title);
  pas_record_set_int (workshop, "starts_at", starts_at);
  pas_record_set_int (workshop, "duration_min", 60);
  pas_record_set_string (workshop, "status", status);
  return save (fixture->workspace, workshop);
}

static gint64
add_department (Fixture    *fixture,
                const char *name,
                const char *site)
{
  g_autoptr(PasRecord) department = pas_record_new (PAS_KIND_DEPARTMENT);

  pas_record_set_string (department, "name", name);
  pas_record_set_string (department, "site", site);
  return save (fixture->workspace, department);
}

static gint64
add_person (Fixture    *fixture,
            const char *name,
            gint64      department_id)
{
  g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (person, "name", name);
  pas_record_set_int (person, "department_id", department_id);
  return save (fixture->workspace, person);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 tomorrow = (now / 86400 + 1) * 86400 + 9 * HOUR + 30 * 60;

  fixture->folder = g_dir_make_tmp ("passerelle-workshop-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  pas_record_set_string (project, "name", "New CRM");
  fixture->project_id = save (fixture->workspace, project);
  fixture->later_id = add_workshop (fixture, "Dashboards", tomorrow + 14 * 24 * HOUR, "planned");
  fixture->past_id = add_workshop (fixture, "Kick-off", now - 90 * 24 * HOUR, "done");
  fixture->next_id = add_workshop (fixture, "Pilot review", tomorrow, "planned");

  fixture->sales = add_department (fixture, "Sales", "Lyon");
  fixture->support = add_department (fixture, "Support", "Lille");
  fixture->anne = add_person (fixture, "Anne Martin", fixture->sales);
  fixture->bruno = add_person (fixture, "Bruno Petit", fixture->sales);
  fixture->chloe = add_person (fixture, "Chloé Diallo", fixture->support);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  g_assert_finalize_object (fixture->workspace);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (fixture->folder, name, NULL);
      g_unlink (child);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
}

static void
flush_idles (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Until the query of who is in the room, run in a thread, has answered. */
static void
wait_for_representation (PasWorkshopRepresentation *representation)
{
  flush_idles ();
  while (pas_workshop_representation_get_loading (representation))
    g_main_context_iteration (NULL, TRUE);
}

/* A window around @child, referenced by the caller. */
static GtkWindow *
show_in_window (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());

  g_object_ref (window);
  adw_window_set_content (ADW_WINDOW (window), child);
  gtk_window_present (window);
  return window;
}

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  flush_idles ();
  g_assert_finalize_object (window);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label named @name in the agenda block shown at @position. */
static const char *
get_block_label (PasAgendaBuilder *builder,
                 guint             position,
                 const char       *name)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (builder), PAS_TYPE_AGENDA_BUILDER, "list"));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, position);
  GtkWidget *label;

  g_assert_nonnull (row);
  label = find_named (GTK_WIDGET (row), name);
  g_assert_nonnull (label);
  if (PAS_IS_TEXT_BLOCK (label))
    return pas_text_block_get_title (PAS_TEXT_BLOCK (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static gint64
insert_block (Fixture    *fixture,
              const char *title,
              guint       minutes)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pas_agenda_insert (fixture->workspace, fixture->next_id, -1, title, "brainstorming", minutes, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_agenda_times (Fixture       *fixture,
                   gconstpointer  data)
{
  PasAgendaBuilder *builder = PAS_AGENDA_BUILDER (pas_agenda_builder_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (builder));
  GtkLabel *total = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (builder), PAS_TYPE_AGENDA_BUILDER, "total_label"));
  GtkWidget *warning = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (builder), PAS_TYPE_AGENDA_BUILDER, "warning_image"));
  g_autoptr(PasRecord) workshop = NULL;
  g_autoptr(GError) error = NULL;

  insert_block (fixture, "Welcome", 10);
  insert_block (fixture, "Hands-on", 25);
  pas_agenda_builder_set_workshop (builder, fixture->workspace, fixture->next_id);

  g_assert_cmpuint (pas_agenda_builder_get_n_blocks (builder), ==, 2);
  g_assert_cmpstr (get_block_label (builder, 0, "start-label"), ==, "09:30");
  g_assert_cmpstr (get_block_label (builder, 1, "start-label"), ==, "09:40");
  g_assert_cmpstr (get_block_label (builder, 1, "minutes-label"), ==, "25 min");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "Total 35 min · 25 min to spare in the planned 1 h");
  g_assert_false (gtk_widget_get_visible (warning));

  /* A block added elsewhere shows at once; the total goes over. */
  insert_block (fixture, "World café", 30);
  g_assert_cmpuint (pas_agenda_builder_get_n_blocks (builder), ==, 3);
  g_assert_cmpstr (get_block_label (builder, 2, "start-label"), ==, "10:05");
  g_assert_cmpstr (gtk_label_get_label (total), ==, "Total 1 h 5 min · 5 min over the planned 1 h");
  g_assert_true (gtk_widget_get_visible (warning));

  /* The workshop moves to 14:00: every start follows. */
  workshop = pas_workspace_load (fixture->workspace, PAS_KIND_WORKSHOP, fixture->next_id, &error);
  pas_record_set_int (workshop, "starts_at", pas_record_get_int (workshop, "starts_at") + 4 * HOUR + 30 * 60);
  save (fixture->workspace, workshop);
  g_assert_cmpstr (get_block_label (builder, 0, "start-label"), ==, "14:00");
  g_assert_cmpstr (get_block_label (builder, 2, "start-label"), ==, "14:35");

  /* Without a date, the starts are offsets. */
  pas_record_set_null (workshop, "starts_at");
  save (fixture->workspace, workshop);
  g_assert_cmpstr (get_block_label (builder, 0, "start-label"), ==, "+0 min");
  g_assert_cmpstr (get_block_label (builder, 2, "start-label"), ==, "+35 min");

  destroy_window (window);
}

static void
test_agenda_reorder (Fixture       *fixture,
                     gconstpointer  data)
{
  PasAgendaBuilder *builder = PAS_AGENDA_BUILDER (pas_agenda_builder_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (builder));
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (builder), PAS_TYPE_AGENDA_BUILDER, "list"));
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 welcome, hands_on, cafe;

  welcome = insert_block (fixture, "Welcome", 10);
  hands_on = insert_block (fixture, "Hands-on", 25);
  cafe = insert_block (fixture, "World café", 30);
  pas_agenda_builder_set_workshop (builder, fixture->workspace, fixture->next_id);

  /* The first block has the keyboard; Alt+Down moves it down. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (builder), "agenda.lower", NULL));
  g_assert_cmpint (pas_agenda_builder_get_block (builder, 0)->id, ==, hands_on);
  g_assert_cmpint (pas_agenda_builder_get_block (builder, 1)->id, ==, welcome);
  g_assert_cmpstr (get_block_label (builder, 0, "start-label"), ==, "09:30");
  g_assert_cmpstr (get_block_label (builder, 1, "start-label"), ==, "09:55");
  /* It keeps the selection and the focus, for the next Alt+Down. */
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (list)), ==, 1);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (builder), "agenda.lower", NULL));
  g_assert_cmpint (pas_agenda_builder_get_block (builder, 2)->id, ==, welcome);
  /* Already last: Alt+Down again changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (builder), "agenda.lower", NULL));
  g_assert_cmpint (pas_agenda_builder_get_block (builder, 2)->id, ==, welcome);

  /* Alt+Up */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (builder), "agenda.raise", NULL));
  g_assert_cmpint (pas_agenda_builder_get_block (builder, 1)->id, ==, welcome);

  /* A drop moves a block to the place of the row it is dropped on. */
  g_assert_true (pas_agenda_builder_move_block (builder, cafe, 0));
  g_assert_cmpint (pas_agenda_builder_get_block (builder, 0)->id, ==, cafe);
  g_assert_cmpstr (get_block_label (builder, 1, "title-label"), ==, "Hands-on");
  g_assert_cmpstr (get_block_label (builder, 1, "start-label"), ==, "10:00");

  /* From the row's menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (builder), "agenda.move-down", "x", cafe));

  /* What is shown is what is stored. */
  stored = pas_agenda_load (fixture->workspace, fixture->next_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 3);
  g_assert_cmpint (((PasAgendaItem *) g_ptr_array_index (stored, 0))->id, ==, hands_on);
  g_assert_cmpint (((PasAgendaItem *) g_ptr_array_index (stored, 1))->id, ==, cafe);
  g_assert_cmpint (((PasAgendaItem *) g_ptr_array_index (stored, 2))->id, ==, welcome);

  /* Remove, from the menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (builder), "agenda.remove", "x", cafe));
  g_assert_cmpuint (pas_agenda_builder_get_n_blocks (builder), ==, 2);
  g_assert_cmpstr (get_block_label (builder, 1, "start-label"), ==, "09:55");

  destroy_window (window);
}

static PasWorkshopsPage *
create_page (Fixture *fixture)
{
  PasWorkshopsPage *page = g_object_new (PAS_TYPE_WORKSHOPS_PAGE, NULL);

  pas_section_page_set_workspace (PAS_SECTION_PAGE (page), fixture->workspace);
  pas_section_page_set_project_id (PAS_SECTION_PAGE (page), fixture->project_id);
  return page;
}

static const PasWorkshopRow *
get_row (PasWorkshopsPage *page,
         guint             position)
{
  g_autoptr(PasWorkshopItem) item = g_list_model_get_item (pas_workshops_page_get_workshops (page), position);

  g_assert_nonnull (item);
  return pas_workshop_item_get_row (item);
}

static gboolean
get_starts_group (PasWorkshopsPage *page,
                  guint             position)
{
  g_autoptr(PasWorkshopItem) item = g_list_model_get_item (pas_workshops_page_get_workshops (page), position);

  return pas_workshop_item_get_starts_group (item);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  PasWorkshopsPage *page = create_page (fixture);
  GtkWindow *window = show_in_window (GTK_WIDGET (page));
  GListModel *workshops = pas_workshops_page_get_workshops (page);
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  /* Upcoming first, soonest first; then the past. */
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 3);
  g_assert_cmpint (get_row (page, 0)->id, ==, fixture->next_id);
  g_assert_cmpint (get_row (page, 1)->id, ==, fixture->later_id);
  g_assert_cmpint (get_row (page, 2)->id, ==, fixture->past_id);
  g_assert_true (get_starts_group (page, 0));
  g_assert_false (get_starts_group (page, 1));
  g_assert_true (get_starts_group (page, 2));
  g_assert_cmpint (pas_workshops_page_get_selected_id (page), ==, fixture->next_id);

  /* Counts follow the invitations and check-ins. */
  g_assert_true (pas_workshops_page_select (page, fixture->later_id));
  g_assert_true (pas_workshop_invite_department (fixture->workspace, fixture->later_id, fixture->sales, &n_added, &error));
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->later_id, fixture->anne, TRUE, &error));
  g_assert_no_error (error);
  flush_idles ();
  g_assert_cmpuint (get_row (page, 1)->n_invited, ==, 2);
  g_assert_cmpuint (get_row (page, 1)->n_attended, ==, 1);
  /* The selection stayed on the same workshop. */
  g_assert_cmpint (pas_workshops_page_get_selected_id (page), ==, fixture->later_id);

  /* A workshop deleted leaves the list; a new one enters it. */
  g_assert_true (pas_workspace_delete (fixture->workspace, PAS_KIND_WORKSHOP, fixture->past_id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 2);
  add_workshop (fixture, "Wrap-up", 0, "planned");
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 3);
  g_assert_cmpint (pas_workshops_page_get_selected_id (page), ==, fixture->later_id);

  destroy_window (window);
}

static gpointer
get_editor_child (PasWorkshopEditor *editor,
                  const char        *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (editor), PAS_TYPE_WORKSHOP_EDITOR, name);

  g_assert_nonnull (child);
  return child;
}

static void
test_editor (Fixture       *fixture,
             gconstpointer  data)
{
  PasWorkshopEditor *editor = pas_workshop_editor_new (NULL, fixture->workspace, fixture->project_id, NULL);
  GtkWidget *error_label = get_editor_child (editor, "error_label");
  g_autoptr(PasRecordList) workshops = pas_record_list_new (fixture->workspace, PAS_KIND_WORKSHOP);
  g_autoptr(PasRecord) saved = NULL;
  guint n_before = g_list_model_get_n_items (G_LIST_MODEL (workshops));
  gint64 id;

  g_object_ref (editor);

  /* No title: refused, with a message. */
  g_assert_false (pas_workshop_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (error_label));

  gtk_editable_set_text (get_editor_child (editor, "title_row"), "Co-design of the record");
  gtk_editable_set_text (get_editor_child (editor, "objective_row"), "Decide the fields of the customer record");
  gtk_editable_set_text (get_editor_child (editor, "when_row"), "2026-02-30 10:00");
  g_assert_false (pas_workshop_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "2026-02-30"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (workshops)), ==, n_before);

  gtk_editable_set_text (get_editor_child (editor, "when_row"), "2026-03-14 14:00");
  gtk_spin_button_set_value (get_editor_child (editor, "duration_spin"), 150);
  gtk_editable_set_text (get_editor_child (editor, "place_row"), "https://meet.example.org/crm");
  pas_workshop_editor_set_facilitator (editor, fixture->chloe);
  adw_combo_row_set_selected (get_editor_child (editor, "status_row"), 1);
  g_assert_true (pas_workshop_editor_save (editor));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (workshops)), ==, n_before + 1);

  pas_record_list_set_search (workshops, "Co-design of the record");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (workshops)), ==, 1);
  id = pas_record_list_get_id (workshops, 0);
  pas_record_list_set_search (workshops, NULL);
  saved = pas_workspace_load (fixture->workspace, PAS_KIND_WORKSHOP, id, NULL);
  g_assert_cmpstr (pas_record_get_string (saved, "title"), ==, "Co-design of the record");
  g_assert_cmpint (pas_record_get_int (saved, "starts_at"), ==, 1773496800); /* TZ=UTC */
  g_assert_cmpint (pas_record_get_int (saved, "duration_min"), ==, 150);
  g_assert_cmpstr (pas_record_get_string (saved, "place"), ==, "https://meet.example.org/crm");
  g_assert_cmpint (pas_record_get_int (saved, "facilitator_id"), ==, fixture->chloe);
  g_assert_cmpstr (pas_record_get_string (saved, "status"), ==, "running");
  g_assert_cmpint (pas_record_get_int (saved, "project_id"), ==, fixture->project_id);

  gtk_window_destroy (GTK_WINDOW (editor));
  flush_idles ();
  g_assert_finalize_object (editor);

  /* Editing shows the values back, and an emptied date is no date. */
  editor = pas_workshop_editor_new (NULL, fixture->workspace, fixture->project_id, saved);
  g_object_ref (editor);
  g_assert_cmpstr (gtk_editable_get_text (get_editor_child (editor, "when_row")), ==, "2026-03-14 14:00");
  gtk_editable_set_text (get_editor_child (editor, "when_row"), "");
  g_assert_true (pas_workshop_editor_save (editor));
  g_clear_object (&saved);
  saved = pas_workspace_load (fixture->workspace, PAS_KIND_WORKSHOP, id, NULL);
  g_assert_true (pas_record_is_null (saved, "starts_at"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (workshops)), ==, n_before + 1);
  gtk_window_destroy (GTK_WINDOW (editor));
  flush_idles ();
  g_assert_finalize_object (editor);
}

static GtkCheckButton *
find_check (GtkWidget  *panel,
            const char *name)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (panel, PAS_TYPE_PARTICIPANT_PANEL, "participants"));
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GtkWidget *check = find_named (GTK_WIDGET (row), "check-in");

      if (check != NULL && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), name) == 0)
        return GTK_CHECK_BUTTON (check);
    }
  return NULL;
}

static void
test_participants (Fixture       *fixture,
                   gconstpointer  data)
{
  PasParticipantPanel *panel = PAS_PARTICIPANT_PANEL (pas_participant_panel_new ());
  PasWorkshopRepresentation *representation = PAS_WORKSHOP_REPRESENTATION (pas_workshop_representation_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWindow *window = show_in_window (box);
  GtkDropDown *departments = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (panel), PAS_TYPE_PARTICIPANT_PANEL, "department_dropdown"));
  GtkButton *invite_department = GTK_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (panel), PAS_TYPE_PARTICIPANT_PANEL, "invite_department_button"));
  GtkCheckButton *check;
  gboolean attended = TRUE;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (panel));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (representation));
  pas_participant_panel_set_workshop (panel, fixture->workspace, fixture->next_id);
  pas_workshop_representation_set_workshop (representation, fixture->workspace, fixture->next_id);
  wait_for_representation (representation);
  g_assert_cmpuint (pas_participant_panel_get_n_people (panel), ==, 0);
  g_assert_cmpstr (pas_workshop_representation_get_text (representation, FALSE, PAS_REPRESENTATION_MISSING), ==, "Sales, Support");

  /* One person, then a whole department (Sales is first in the list). */
  g_assert_true (pas_participant_panel_invite (panel, fixture->chloe));
  g_assert_cmpuint (gtk_drop_down_get_selected (departments), ==, 0);
  g_signal_emit_by_name (invite_department, "clicked");
  g_assert_cmpuint (pas_participant_panel_get_n_people (panel), ==, 3);

  /* Check-in: the person's check box, named after them. */
  check = find_check (GTK_WIDGET (panel), "Anne Martin");
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, TRUE);
  people = pas_workshop_list_participants (fixture->workspace, fixture->next_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < people->len; i++)
    {
      PasParticipant *person = g_ptr_array_index (people, i);
      if (person->person_id == fixture->anne)
        attended = person->attended;
      else
        g_assert_false (person->attended);
    }
  g_assert_true (attended);
  /* Ticking keeps the rows (and the focus) where they are. */
  g_assert_true (find_check (GTK_WIDGET (panel), "Anne Martin") == check);

  /* Who is in the room, computed in core, once the burst is over. */
  wait_for_representation (representation);
  g_assert_cmpstr (pas_workshop_representation_get_text (representation, FALSE, PAS_REPRESENTATION_ATTENDED), ==, "Sales (1 present)");
  g_assert_cmpstr (pas_workshop_representation_get_text (representation, FALSE, PAS_REPRESENTATION_INVITED), ==, "Support (1 invited)");
  g_assert_cmpstr (pas_workshop_representation_get_text (representation, FALSE, PAS_REPRESENTATION_MISSING), ==, "None");
  g_assert_cmpstr (pas_workshop_representation_get_text (representation, TRUE, PAS_REPRESENTATION_ATTENDED), ==, "Lyon (1 present)");

  /* Checked out again. */
  gtk_check_button_set_active (check, FALSE);
  wait_for_representation (representation);
  g_assert_cmpstr (pas_workshop_representation_get_text (representation, FALSE, PAS_REPRESENTATION_ATTENDED), ==, "None");

  destroy_window (window);
}

static void
test_start_capture (Fixture       *fixture,
                    gconstpointer  data)
{
  PasWorkshopView *view = g_object_new (PAS_TYPE_WORKSHOP_VIEW, NULL);
  GtkWindow *window = show_in_window (GTK_WIDGET (view));
  g_autoptr(PasRecord) workshop = NULL;
  GtkWindow *capture, *again;

  pas_workshop_view_set_workshop (view, fixture->workspace, fixture->next_id);

  /* Ctrl+L, or the button: a planned workshop is now in progress. */
  capture = pas_workshop_view_open_capture (view, "capture");
  g_assert_true (PAS_IS_CAPTURE_WINDOW (capture));
  g_object_ref (capture);
  workshop = pas_workspace_load (fixture->workspace, PAS_KIND_WORKSHOP, fixture->next_id, NULL);
  g_assert_cmpstr (pas_record_get_string (workshop, "status"), ==, "running");

  /* Once more brings the same window forward. */
  again = pas_workshop_view_open_capture (view, "review");
  g_assert_true (again == capture);

  gtk_window_destroy (capture);
  flush_idles ();
  g_assert_finalize_object (capture);
  destroy_window (window);
}

static void
test_export_calendar (Fixture       *fixture,
                      gconstpointer  data)
{
  PasWorkshopView *view = g_object_new (PAS_TYPE_WORKSHOP_VIEW, NULL);
  GtkWindow *window = show_in_window (GTK_WIDGET (view));
  g_autofree char *path = g_build_filename (fixture->folder, "Pilot review.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/Pilot review.ics");
  g_autoptr(PasRecord) workshop = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  pas_workshop_view_set_workshop (view, fixture->workspace, fixture->next_id);
  g_assert_true (pas_workshop_view_export_calendar (view, file));
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (text, "SUMMARY:Pilot review"));

  /* A folder that does not exist: refused, nothing written. */
  g_assert_false (pas_workshop_view_export_calendar (view, nowhere));

  /* No date, no calendar file: the action is off and the export refused. */
  workshop = pas_workspace_load (fixture->workspace, PAS_KIND_WORKSHOP, fixture->next_id, NULL);
  pas_record_set_null (workshop, "starts_at");
  save (fixture->workspace, workshop);
  g_assert_false (pas_workshop_view_export_calendar (view, file));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("test-workshop needs a display: run it under xvfb-run (make test does).\n");
      return 1;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  pas_application_register_resources ();

  g_test_add ("/workshop/agenda-times", Fixture, NULL, fixture_set_up, test_agenda_times, fixture_tear_down);
  g_test_add ("/workshop/agenda-reorder", Fixture, NULL, fixture_set_up, test_agenda_reorder, fixture_tear_down);
  g_test_add ("/workshop/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/workshop/editor", Fixture, NULL, fixture_set_up, test_editor, fixture_tear_down);
  g_test_add ("/workshop/participants", Fixture, NULL, fixture_set_up, test_participants, fixture_tear_down);
  g_test_add ("/workshop/start-capture", Fixture, NULL, fixture_set_up, test_start_capture, fixture_tear_down);
  g_test_add ("/workshop/export-calendar", Fixture, NULL, fixture_set_up, test_export_calendar, fixture_tear_down);

  return g_test_run ();
}
