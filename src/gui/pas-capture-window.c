/* pas-capture-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-capture-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-agenda.h"
#include "pas-capture.h"
#include "pas-capture-review.h"
#include "pas-capture-window.h"
#include "pas-record-list.h"
#include "pas-workshop-ops.h"
#include "pas-workshop-schedule.h"
#include "pas-workshop-util.h"

/* The live capture of a workshop, made for a facilitator typing fast
 * with people in the room: one entry, Enter saves at once and the entry
 * is emptied only once the contribution is on disk; Ctrl+1…5 choose the
 * kind; the author is optional. A timer follows the agenda. The second
 * page, for after the session, is dot voting and themes. */
struct _PasCaptureWindow
{
  AdwWindow             parent_instance;

  PasWorkspace         *workspace;
  gint64                workshop_id;
  char                 *kind;            /* of the next contribution: "idea"… */
  PasRecordList        *contributions;   /* the workshop's, as captured */
  GPtrArray            *participants;    /* PasParticipant: the possible authors */
  GtkEntryCompletion   *completion;
  GtkListStore         *completion_names;
  GPtrArray            *agenda;          /* PasAgendaItem */
  PasAgendaTimer       *timer;
  guint                 tick_id;
  PasRecord            *undone;          /* taken back by Ctrl+Z, for Redo */
  AdwToast             *undo_toast;      /* not owned: the toast offering Redo */

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkLabel             *workshop_label;
  AdwViewStack         *view_stack;
  GtkWidget            *timer_box;
  GtkButton            *timer_button;
  GtkLabel             *block_label;
  GtkProgressBar       *timer_bar;
  GtkImage             *over_image;
  GtkLabel             *time_label;
  GtkEntry             *capture_entry;
  GtkLabel             *error_label;
  GtkEntry             *author_entry;
  GtkLabel             *count_label;
  GtkListView          *list_view;
  PasCaptureReview     *review;
};

enum { PROP_0, PROP_KIND, N_PROPS };
static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (PasCaptureWindow, pas_capture_window, ADW_TYPE_WINDOW)

static const char *
get_placeholder (PasContributionKind kind)
{
  switch (kind)
    {
    case PAS_CONTRIBUTION_NEED:
      return _("Type a need, then press Enter");
    case PAS_CONTRIBUTION_PAIN_POINT:
      return _("Type a pain point, then press Enter");
    case PAS_CONTRIBUTION_QUESTION:
      return _("Type a question, then press Enter");
    case PAS_CONTRIBUTION_DECISION:
      return _("Type a decision, then press Enter");
    case PAS_CONTRIBUTION_IDEA:
    default:
      return _("Type an idea, then press Enter");
    }
}

static void
show_error (PasCaptureWindow *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static const char *
find_author_name (PasCaptureWindow *self,
                  gint64            person_id)
{
  for (guint i = 0; i < self->participants->len; i++)
    {
      const PasParticipant *person = g_ptr_array_index (self->participants, i);

      if (person->person_id == person_id)
        return person->name;
    }
  return NULL;
}

/* The author typed: a participant's name (any case), or the start of
 * only one participant's name; nobody when empty. */
static gboolean
resolve_author (PasCaptureWindow  *self,
                gint64            *author_id,
                GError           **error)
{
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->author_entry))));
  g_autofree char *folded = NULL;
  gint64 prefix_match = 0;
  guint n_prefix = 0;

  *author_id = 0;
  if (*typed == '\0')
    return TRUE;
  folded = g_utf8_casefold (typed, -1);
  for (guint i = 0; i < self->participants->len; i++)
    {
      const PasParticipant *person = g_ptr_array_index (self->participants, i);
      g_autofree char *name = g_utf8_casefold (person->name, -1);

      if (g_str_equal (name, folded))
        {
          *author_id = person->person_id;
          return TRUE;
        }
      if (g_str_has_prefix (name, folded))
        {
          prefix_match = person->person_id;
          n_prefix++;
        }
    }
  if (n_prefix == 1)
    {
      *author_id = prefix_match;
      return TRUE;
    }
  g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
               /* Translators: %s is the author as typed in the live capture */
               _("“%s” is not one participant of this workshop. Pick a name from the list, or leave the author empty for an anonymous contribution."),
               typed);
  return FALSE;
}

static void
scroll_to_newest (PasCaptureWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contributions));

  if (n > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", n - 1);
}

/* What Enter does. The entry is emptied only once the contribution is
 * committed: on any failure the text stays, with the reason beside it. */
static gboolean
submit (PasCaptureWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->capture_entry)));
  PasContributionKind kind = PAS_CONTRIBUTION_IDEA;
  gint64 author_id = 0;

  g_strstrip (text);
  if (*text == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (self->capture_entry));
      return FALSE;
    }
  if (!resolve_author (self, &author_id, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  pas_contribution_kind_from_string (self->kind, &kind);
  if (!pas_capture_add (self->workspace, self->workshop_id, kind, text, author_id, NULL, &error))
    {
      show_error (self, error ? error->message : _("The contribution could not be saved. It is still in the entry: try again."));
      return FALSE;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->capture_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->author_entry), "");
  show_error (self, NULL);
  scroll_to_newest (self);
  return TRUE;
}

static void
on_capture_activate_cb (PasCaptureWindow *self)
{
  submit (self);
}

static void
on_capture_changed_cb (PasCaptureWindow *self)
{
  /* The error stays until the text is saved or emptied. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->capture_entry)) == '\0')
    show_error (self, NULL);
}

static void
on_author_activate_cb (PasCaptureWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
}

static void
on_author_changed_cb (PasCaptureWindow *self)
{
  gtk_entry_set_icon_from_icon_name (self->author_entry, GTK_ENTRY_ICON_SECONDARY,
                                     *gtk_editable_get_text (GTK_EDITABLE (self->author_entry)) ? "edit-clear-symbolic" : NULL);
}

static void
on_author_icon_release_cb (PasCaptureWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->author_entry), "");
}

static gboolean
on_author_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          PasCaptureWindow      *self)
{
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;
  gtk_editable_set_text (GTK_EDITABLE (self->author_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
  return GDK_EVENT_STOP;
}

static void
update_count (PasCaptureWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contributions));
  g_autofree char *text = g_strdup_printf (ngettext ("%u contribution", "%u contributions", n), n);

  gtk_label_set_label (self->count_label, text);
}

static void
on_items_changed_cb (PasCaptureWindow *self)
{
  update_count (self);
}

/* The list */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PasCaptureWindow         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *pill = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "capture-item");
  gtk_widget_add_css_class (pill, "kind-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_set_hexpand (meta, TRUE);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (text, "capture-text");
  gtk_box_append (GTK_BOX (top), pill);
  gtk_box_append (GTK_BOX (top), meta);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PasCaptureWindow         *self)
{
  PasRecord *record = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *pill = gtk_widget_get_first_child (top);
  GtkWidget *meta = gtk_widget_get_next_sibling (pill);
  GtkWidget *text = gtk_widget_get_next_sibling (top);
  PasContributionKind kind = PAS_CONTRIBUTION_IDEA;
  g_autofree char *captured_at = NULL;
  g_autofree char *meta_text = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *kind_class = NULL;
  const char *author = NULL;

  if (record == NULL)
    return;
  pas_contribution_kind_from_string (pas_record_get_string (record, "kind"), &kind);
  kind_class = g_strdup_printf ("kind-%s", pas_contribution_kind_to_string (kind));
  g_strdelimit (kind_class, "_", '-');
  gtk_widget_set_css_classes (pill, (const char *[]) { "kind-pill", kind_class, NULL });
  gtk_label_set_label (GTK_LABEL (pill), pas_contribution_kind_get_label (kind));
  gtk_label_set_label (GTK_LABEL (text), pas_record_get_string (record, "text"));

  captured_at = pas_workshop_format_time_of_day (pas_record_get_int (record, "created_at"), NULL);
  if (!pas_record_is_null (record, "author_id"))
    author = find_author_name (self, pas_record_get_int (record, "author_id"));
  if (author != NULL)
    /* Translators: when a contribution was captured, and by whom: "10:05 · Anne Martin" */
    meta_text = g_strdup_printf (_("%s · %s"), captured_at, author);
  else
    /* Translators: when an anonymous contribution was captured: "10:05 · Anonymous" */
    meta_text = g_strdup_printf (_("%s · Anonymous"), captured_at);
  gtk_label_set_label (GTK_LABEL (meta), meta_text);

  /* Translators: a captured contribution as a screen reader reads it: "Idea: text (10:05 · Anonymous)" */
  accessible = g_strdup_printf (_("%s: %s (%s)"), pas_contribution_kind_get_label (kind),
                                pas_record_get_string (record, "text"), meta_text);
  pas_workshop_util_label_list_row (box, accessible);
}

/* Authors */

static void
reload_participants (PasCaptureWindow *self)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;

  participants = pas_workshop_list_participants (self->workspace, self->workshop_id, &error);
  if (participants == NULL)
    {
      g_warning ("The participants could not be read: %s", error->message);
      return;
    }
  g_ptr_array_unref (self->participants);
  self->participants = g_steal_pointer (&participants);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_list_store_clear (self->completion_names);
  for (guint i = 0; i < self->participants->len; i++)
    {
      const PasParticipant *person = g_ptr_array_index (self->participants, i);

      gtk_list_store_insert_with_values (self->completion_names, NULL, -1, 0, person->name, -1);
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* The timer */

static void
update_timer (PasCaptureWindow *self)
{
  PasAgendaTimerState state;
  g_autofree char *time_text = NULL;
  g_autofree char *block_text = NULL;

  pas_agenda_timer_get_state (self->timer, g_get_monotonic_time (), &state);
  time_text = pas_workshop_describe_timer (&state);
  gtk_label_set_label (self->time_label, time_text);

  if (state.n_blocks == 0)
    block_text = g_strdup (_("No agenda: add blocks in the workshop’s page to time them"));
  else
    /* Translators: the agenda block shown by the timer: "Block 2 of 6 · Brainstorming" */
    block_text = g_strdup_printf (_("Block %u of %u · %s"), state.block + 1, state.n_blocks,
                                  ((PasAgendaItem *) g_ptr_array_index (self->agenda, state.block))->title);
  gtk_label_set_label (self->block_label, block_text);
  gtk_progress_bar_set_fraction (self->timer_bar, state.fraction);

  gtk_widget_set_visible (GTK_WIDGET (self->over_image), state.over_time);
  if (state.over_time)
    gtk_widget_add_css_class (self->timer_box, "over-time");
  else
    gtk_widget_remove_css_class (self->timer_box, "over-time");

  gtk_button_set_icon_name (self->timer_button, state.running ? "media-playback-pause-symbolic"
                                                              : "media-playback-start-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timer_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  state.running ? _("Pause Timer") : _("Start Timer"),
                                  -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "capture.toggle-timer", state.n_blocks > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "capture.next-block", state.block + 1 < state.n_blocks);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "capture.previous-block", state.block > 0);
}

static gboolean
tick_cb (gpointer data)
{
  update_timer (data);
  return G_SOURCE_CONTINUE;
}

/* A timeout runs only while the timer does. */
static void
follow_timer (PasCaptureWindow *self)
{
  PasAgendaTimerState state;

  pas_agenda_timer_get_state (self->timer, g_get_monotonic_time (), &state);
  if (state.running && self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  else if (!state.running)
    g_clear_handle_id (&self->tick_id, g_source_remove);
  update_timer (self);
}

static void
reload_agenda (PasCaptureWindow *self)
{
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint *minutes = NULL;

  if ((agenda = pas_agenda_load (self->workspace, self->workshop_id, &error)) == NULL)
    {
      g_warning ("The agenda could not be read: %s", error->message);
      agenda = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_agenda_item_free);
    }
  g_ptr_array_unref (self->agenda);
  self->agenda = g_steal_pointer (&agenda);
  minutes = g_new0 (guint, self->agenda->len + 1);
  for (guint i = 0; i < self->agenda->len; i++)
    minutes[i] = ((PasAgendaItem *) g_ptr_array_index (self->agenda, i))->minutes;
  pas_agenda_timer_set_blocks (self->timer, minutes, self->agenda->len, g_get_monotonic_time ());
  follow_timer (self);
}

static void
update_title (PasCaptureWindow *self)
{
  g_autoptr(PasRecord) workshop = pas_workspace_load (self->workspace, PAS_KIND_WORKSHOP, self->workshop_id, NULL);
  g_autofree char *title = NULL;

  if (workshop == NULL)
    return;
  /* Translators: the title of the live capture window; %s is the workshop */
  title = g_strdup_printf (_("Live Capture — %s"), pas_record_get_string (workshop, "title"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, pas_record_get_string (workshop, "title"));
  gtk_label_set_label (self->workshop_label, pas_record_get_string (workshop, "title"));
}

/* The workshop's name: beside the page switcher when it is shown, else
 * under the window's title. */
static void
on_title_visible_cb (PasCaptureWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->workshop_label),
                          !adw_view_switcher_title_get_title_visible (self->switcher_title));
}

/* Once the list has its size, show the newest contributions. */
static gboolean
scroll_to_newest_cb (gpointer data)
{
  scroll_to_newest (data);
  return G_SOURCE_REMOVE;
}

static void
on_list_map_cb (PasCaptureWindow *self)
{
  g_idle_add_full (G_PRIORITY_LOW, scroll_to_newest_cb, g_object_ref (self), g_object_unref);
}

static void
on_workspace_changed_cb (PasCaptureWindow *self,
                         PasKind           kind,
                         gint64            id,
                         PasWorkspace     *workspace)
{
  if (kind == PAS_KIND_AGENDA_ITEM)
    reload_agenda (self);
  else if (kind == PAS_KIND_WORKSHOP_PARTICIPANT || kind == PAS_KIND_PERSON)
    reload_participants (self);
  else if (kind == PAS_KIND_WORKSHOP && (id == 0 || id == self->workshop_id))
    update_title (self);
}

/* Actions */

static void
set_capture_actions_enabled (PasCaptureWindow *self,
                             gboolean          enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "capture.kind", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "capture.undo", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "capture.redo", enabled && self->undone != NULL);
}

static void
on_page_changed_cb (PasCaptureWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean capturing = g_strcmp0 (name, "capture") == 0;

  set_capture_actions_enabled (self, capturing);
  if (capturing)
    gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
  else
    pas_capture_review_focus (self->review);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PasCaptureWindow *self = PAS_CAPTURE_WINDOW (widget);
  g_autoptr(PasRecord) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *shortened = NULL;
  AdwToast *toast;

  if (!pas_capture_undo_last (self->workspace, self->workshop_id, &removed, &error))
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  g_set_object (&self->undone, removed);
  set_capture_actions_enabled (self, TRUE);
  scroll_to_newest (self);

  {
    const char *text = pas_record_get_string (removed, "text");
    glong length = g_utf8_strlen (text, -1);

    /* The start of a long contribution is enough to recognise it. */
    if (length > 40)
      {
        g_autofree char *start = g_utf8_substring (text, 0, 39);
        shortened = g_strconcat (start, "…", NULL);
      }
    else
      shortened = g_strdup (text);
  }
  /* Translators: a toast after Ctrl+Z in the live capture; %s is the start of the contribution */
  message = g_strdup_printf (_("Removed “%s”"), shortened);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  toast = pas_workshop_util_new_toast (message);
  adw_toast_set_button_label (toast, _("Redo"));
  adw_toast_set_action_name (toast, "capture.redo");
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PasCaptureWindow *self = PAS_CAPTURE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->undone == NULL)
    return;
  if (!pas_capture_restore (self->workspace, self->undone, NULL, &error))
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  g_clear_object (&self->undone);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  set_capture_actions_enabled (self, TRUE);
  scroll_to_newest (self);
}

static void
toggle_timer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PasCaptureWindow *self = PAS_CAPTURE_WINDOW (widget);

  pas_agenda_timer_toggle (self->timer, g_get_monotonic_time ());
  follow_timer (self);
}

static void
next_block_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PasCaptureWindow *self = PAS_CAPTURE_WINDOW (widget);

  pas_agenda_timer_next (self->timer, g_get_monotonic_time ());
  follow_timer (self);
}

static void
previous_block_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PasCaptureWindow *self = PAS_CAPTURE_WINDOW (widget);

  pas_agenda_timer_previous (self->timer, g_get_monotonic_time ());
  follow_timer (self);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pas_capture_window_show_page (PAS_CAPTURE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Nothing typed is lost: a contribution still in the entry is saved
 * before the window closes, or the window stays open to say why not. */
static gboolean
pas_capture_window_close_request (GtkWindow *window)
{
  PasCaptureWindow *self = PAS_CAPTURE_WINDOW (window);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->capture_entry))));

  if (*text != '\0' && self->workspace != NULL && !submit (self))
    {
      pas_capture_window_show_page (self, "capture");
      return TRUE;
    }
  return GTK_WINDOW_CLASS (pas_capture_window_parent_class)->close_request (window);
}

static void
pas_capture_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PasCaptureWindow *self = PAS_CAPTURE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_capture_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PasCaptureWindow *self = PAS_CAPTURE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      pas_capture_window_set_kind (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_capture_window_dispose (GObject *object)
{
  PasCaptureWindow *self = (PasCaptureWindow *)object;

  /* Destroyed with the main window, without a close request: what is
   * still in the entry is saved all the same. */
  if (self->workspace != NULL && self->capture_entry != NULL)
    {
      g_autofree char *pending = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->capture_entry))));

      if (*pending != '\0' && !submit (self))
        g_warning ("A contribution could not be saved as the live capture closed: %s", pending);
    }

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_weak_pointer (&self->undo_toast);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  if (self->contributions != NULL)
    g_signal_handlers_disconnect_by_func (self->contributions, on_items_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_CAPTURE_WINDOW);
  g_clear_object (&self->contributions);
  g_clear_object (&self->completion);
  g_clear_object (&self->completion_names);
  g_clear_object (&self->undone);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_capture_window_parent_class)->dispose (object);
}

static void
pas_capture_window_finalize (GObject *object)
{
  PasCaptureWindow *self = (PasCaptureWindow *)object;

  g_clear_pointer (&self->timer, pas_agenda_timer_free);
  g_clear_pointer (&self->agenda, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_free (self->kind);

  G_OBJECT_CLASS (pas_capture_window_parent_class)->finalize (object);
}

static void
pas_capture_window_class_init (PasCaptureWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pas_capture_window_dispose;
  object_class->finalize = pas_capture_window_finalize;
  object_class->get_property = pas_capture_window_get_property;
  object_class->set_property = pas_capture_window_set_property;
  window_class->close_request = pas_capture_window_close_request;

  /**
   * PasCaptureWindow:kind:
   *
   * The kind of the next contribution, as stored: "idea", "need",
   * "pain_point", "question" or "decision".
   */
  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "idea",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAS_TYPE_CAPTURE_REVIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-capture-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, workshop_label);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, timer_box);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, timer_button);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, block_label);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, timer_bar);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, over_image);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, time_label);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, capture_entry);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, author_entry);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureWindow, review);
  /* Reachable by name (tests), not kept in a field: the action shows their state. */
  for (guint k = 0; k < PAS_CONTRIBUTION_N_KINDS; k++)
    {
      g_autofree char *name = g_strdup_printf ("kind_%s_button", pas_contribution_kind_to_string (k));
      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, 0);
    }
  gtk_widget_class_bind_template_callback (widget_class, on_capture_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_capture_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_author_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_author_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_author_icon_release_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_visible_cb);

  gtk_widget_class_install_property_action (widget_class, "capture.kind", "kind");
  for (guint k = 0; k < PAS_CONTRIBUTION_N_KINDS; k++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + k, GDK_CONTROL_MASK,
                                           "capture.kind", "s", pas_contribution_kind_to_string (k));
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + k, GDK_CONTROL_MASK,
                                           "capture.kind", "s", pas_contribution_kind_to_string (k));
    }
  /* Ctrl+Z and Ctrl+Shift+Z: see add_undo_shortcuts(). */
  gtk_widget_class_install_action (widget_class, "capture.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "capture.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "capture.toggle-timer", NULL, toggle_timer_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "capture.toggle-timer", NULL);
  gtk_widget_class_install_action (widget_class, "capture.next-block", NULL, next_block_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "capture.next-block", NULL);
  gtk_widget_class_install_action (widget_class, "capture.previous-block", NULL, previous_block_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "capture.previous-block", NULL);
  gtk_widget_class_install_action (widget_class, "capture.show-page", "s", show_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "capture.show-page", "s", "capture");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "capture.show-page", "s", "review");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

/* Ctrl+Z takes back the last contribution even from the entry, whose
 * text would otherwise take the key (its own undo), so these shortcuts
 * run before the focused widget's. On the voting page the actions are
 * disabled and the key goes on to the widget. */
static void
add_undo_shortcuts (PasCaptureWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("capture.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("capture.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
pas_capture_window_init (PasCaptureWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  self->kind = g_strdup ("idea");
  self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_participant_free);
  self->agenda = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_agenda_item_free);
  self->timer = pas_agenda_timer_new (NULL, 0);
  pas_workshop_util_load_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->completion_names = gtk_list_store_new (1, G_TYPE_STRING);
  self->completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (self->completion, GTK_TREE_MODEL (self->completion_names));
  gtk_entry_completion_set_text_column (self->completion, 0);
  /* Inline completion garbles fast typing ("AnneAnne"): a popup only. */
  gtk_entry_completion_set_inline_completion (self->completion, FALSE);
  gtk_entry_set_completion (self->author_entry, self->completion);
  G_GNUC_END_IGNORE_DEPRECATIONS

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_author_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->author_entry), keys);
  on_author_changed_cb (self);

  add_undo_shortcuts (self);
  show_error (self, NULL);
  set_capture_actions_enabled (self, TRUE);
  update_timer (self);
}

/**
 * pas_capture_window_new:
 * @parent: (nullable): the main window
 * @workshop_id: the workshop whose contributions to capture
 */
PasCaptureWindow *
pas_capture_window_new (GtkWindow    *parent,
                        PasWorkspace *workspace,
                        gint64        workshop_id)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  PasCaptureWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  /* An AdwWindow is otherwise read as a mere filler (libadwaita 1.2). */
  self = g_object_new (PAS_TYPE_CAPTURE_WINDOW,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->workshop_id = workshop_id;

  self->contributions = pas_record_list_new (workspace, PAS_KIND_CONTRIBUTION);
  pas_record_list_set_filter (self->contributions, "workshop_id", workshop_id);
  g_signal_connect_object (self->contributions, "items-changed", G_CALLBACK (on_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->contributions)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
  pas_capture_review_set_workshop (self->review, workspace, workshop_id);
  reload_participants (self);
  reload_agenda (self);
  update_title (self);
  update_count (self);
  g_signal_connect_object (self->list_view, "map", G_CALLBACK (on_list_map_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
  return self;
}

gint64
pas_capture_window_get_workshop_id (PasCaptureWindow *self)
{
  g_return_val_if_fail (PAS_IS_CAPTURE_WINDOW (self), 0);
  return self->workshop_id;
}

const char *
pas_capture_window_get_kind (PasCaptureWindow *self)
{
  g_return_val_if_fail (PAS_IS_CAPTURE_WINDOW (self), NULL);
  return self->kind;
}

/* The kind of the next contribution; an unknown one is ignored. */
void
pas_capture_window_set_kind (PasCaptureWindow *self,
                             const char       *kind)
{
  PasContributionKind value;

  g_return_if_fail (PAS_IS_CAPTURE_WINDOW (self));

  if (!pas_contribution_kind_from_string (kind, &value) || g_strcmp0 (kind, self->kind) == 0)
    return;
  g_free (self->kind);
  self->kind = g_strdup (kind);
  gtk_entry_set_placeholder_text (self->capture_entry, get_placeholder (value));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

/**
 * pas_capture_window_show_page:
 * @name: "capture" or "review" (dot voting and themes)
 */
void
pas_capture_window_show_page (PasCaptureWindow *self,
                              const char       *name)
{
  g_return_if_fail (PAS_IS_CAPTURE_WINDOW (self));

  if (g_strcmp0 (name, "capture") == 0 || g_strcmp0 (name, "review") == 0)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}
