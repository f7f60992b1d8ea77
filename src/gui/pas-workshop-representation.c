/* pas-workshop-representation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshop-representation"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pas-representation.h"
#include "pas-workshop-representation.h"
#include "pas-text-block.h"

#define N_STATES 3

/* Which departments and sites a workshop reaches: present, invited but
 * absent, missing. The divide starts with who is in the room, so the
 * missing ones are always listed, even when there are none. The query
 * scans every person: it runs in a thread, and the groups shown stay
 * until its answer comes (a frame or two later). */
struct _PasWorkshopRepresentation
{
  GtkWidget     parent_instance;

  PasWorkspace *workspace;
  gint64        workshop_id;
  guint         reload_id;
  GCancellable *cancellable;  /* of the query under way */

  AdwPreferencesGroup *groups[2];           /* departments, sites */
  PasTextBlock     *texts[2][N_STATES];  /* by PasRepresentationState */
};

G_DEFINE_FINAL_TYPE (PasWorkshopRepresentation, pas_workshop_representation, GTK_TYPE_WIDGET)

static const char *
get_state_title (PasRepresentationState state)
{
  switch (state)
    {
    case PAS_REPRESENTATION_ATTENDED:
      return _("Present");
    case PAS_REPRESENTATION_INVITED:
      return _("Invited, nobody present");
    case PAS_REPRESENTATION_MISSING:
    default:
      return _("Missing: nobody invited");
    }
}

static const char *
get_state_icon (PasRepresentationState state)
{
  switch (state)
    {
    case PAS_REPRESENTATION_ATTENDED:
      return "emblem-ok-symbolic";
    case PAS_REPRESENTATION_INVITED:
      return "mail-send-symbolic";
    case PAS_REPRESENTATION_MISSING:
    default:
      return "dialog-warning-symbolic";
    }
}

static char *
list_groups (GPtrArray              *groups,
             PasRepresentationState  state)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      const PasRepresentationGroup *group = g_ptr_array_index (groups, i);

      if (pas_representation_group_get_state (group) != state)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      if (state == PAS_REPRESENTATION_ATTENDED)
        /* Translators: a department or site and how many of its people are present: "Sales (3 present)" */
        g_string_append_printf (text, ngettext ("%s (%u present)", "%s (%u present)", group->n_attended),
                                group->name, group->n_attended);
      else if (state == PAS_REPRESENTATION_INVITED)
        /* Translators: a department or site and how many of its people are invited: "Sales (3 invited)" */
        g_string_append_printf (text, ngettext ("%s (%u invited)", "%s (%u invited)", group->n_invited),
                                group->name, group->n_invited);
      else
        g_string_append (text, group->name);
    }
  if (text->len == 0)
    g_string_append (text, _("None"));
  return g_string_free (text, FALSE);
}

static void
show_groups (PasWorkshopRepresentation *self,
             guint                      axis,
             GPtrArray                 *groups)
{
  g_autofree char *description = NULL;
  guint present = groups ? pas_representation_count (groups, PAS_REPRESENTATION_ATTENDED) : 0;
  guint total = groups ? groups->len : 0;

  if (axis == 0)
    /* Translators: "4 of 6 departments present" */
    description = g_strdup_printf (ngettext ("%u of %u department present", "%u of %u departments present", total),
                                   present, total);
  else
    /* Translators: "2 of 3 sites present" */
    description = g_strdup_printf (ngettext ("%u of %u site present", "%u of %u sites present", total),
                                   present, total);
  adw_preferences_group_set_description (self->groups[axis], description);

  for (guint state = 0; state < N_STATES; state++)
    {
      PasTextBlock *text = self->texts[axis][state];
      g_autofree char *names = groups ? list_groups (groups, state) : g_strdup (_("None"));
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (text), GTK_TYPE_LIST_BOX_ROW);

      pas_text_block_set_text (text, get_state_title (state), names);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, names,
                                      -1);
    }
}

static void
show (PasWorkshopRepresentation *self,
      PasRepresentation         *representation)
{
  show_groups (self, 0, representation ? representation->departments : NULL);
  show_groups (self, 1, representation ? representation->sites : NULL);
}

static void
cancel (PasWorkshopRepresentation *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, FALSE, -1);
}

static void
on_computed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  PasWorkshopRepresentation *self = data;
  g_autoptr(PasRepresentation) representation = NULL;
  g_autoptr(GError) error = NULL;

  /* Cancelled, also when the widget was disposed meanwhile: the task
   * holds no reference to it, so that it goes with its window. */
  representation = pas_representation_for_workshop_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, FALSE, -1);
  if (representation == NULL)
    g_warning ("The representation could not be computed: %s", error->message);
  show (self, representation);
}

static void
reload (PasWorkshopRepresentation *self)
{
  cancel (self);
  if (self->workspace == NULL || self->workshop_id <= 0)
    {
      show (self, NULL);
      return;
    }
  self->cancellable = g_cancellable_new ();
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, TRUE, -1);
  pas_representation_for_workshop_async (pas_workspace_get_path (self->workspace), self->workshop_id,
                                         self->cancellable, on_computed_cb, self);
}

static gboolean
reload_cb (gpointer data)
{
  PasWorkshopRepresentation *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Check-ins come in bursts: one computation after them. */
static void
on_workspace_changed_cb (PasWorkshopRepresentation *self,
                         PasKind                    kind,
                         gint64                     id,
                         PasWorkspace              *workspace)
{
  if (kind != PAS_KIND_WORKSHOP_PARTICIPANT && kind != PAS_KIND_PERSON && kind != PAS_KIND_DEPARTMENT)
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_cb, self);
}

static void
pas_workshop_representation_dispose (GObject *object)
{
  PasWorkshopRepresentation *self = (PasWorkshopRepresentation *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  cancel (self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  g_clear_object (&self->workspace);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pas_workshop_representation_parent_class)->dispose (object);
}

static void
pas_workshop_representation_class_init (PasWorkshopRepresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_workshop_representation_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pas_workshop_representation_init (PasWorkshopRepresentation *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_widget_set_parent (box, GTK_WIDGET (self));
  for (guint axis = 0; axis < 2; axis++)
    {
      self->groups[axis] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (self->groups[axis], axis == 0 ? _("Departments") : _("Sites"));
      for (guint state = N_STATES; state-- > 0;)
        {
          /* A light row: long lists of names, measured at every switch. */
          GtkWidget *row = pas_text_block_new_row (get_state_icon (state), get_state_title (state), _("None"));
          GtkWidget *text = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));

          if (state == PAS_REPRESENTATION_MISSING)
            gtk_widget_add_css_class (row, "representation-missing");
          self->texts[axis][state] = PAS_TEXT_BLOCK (text);
          adw_preferences_group_add (self->groups[axis], row);
        }
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->groups[axis]));
    }
  reload (self);
}

GtkWidget *
pas_workshop_representation_new (void)
{
  return g_object_new (PAS_TYPE_WORKSHOP_REPRESENTATION, NULL);
}

void
pas_workshop_representation_set_workshop (PasWorkshopRepresentation *self,
                                          PasWorkspace              *workspace,
                                          gint64                     workshop_id)
{
  g_return_if_fail (PAS_IS_WORKSHOP_REPRESENTATION (self));
  g_return_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace));

  if (self->workspace != workspace)
    {
      if (self->workspace != NULL)
        g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
      g_set_object (&self->workspace, workspace);
      if (workspace != NULL)
        g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->workshop_id = workshop_id;
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

/**
 * pas_workshop_representation_get_text:
 * @sites: %FALSE for the departments, %TRUE for the sites
 * @state: a #PasRepresentationState
 *
 * Returns: the groups shown in that state, as the row reads them.
 */
const char *
pas_workshop_representation_get_text (PasWorkshopRepresentation *self,
                                      gboolean                   sites,
                                      guint                      state)
{
  g_return_val_if_fail (PAS_IS_WORKSHOP_REPRESENTATION (self), NULL);
  g_return_val_if_fail (state < N_STATES, NULL);

  return pas_text_block_get_subtitle (self->texts[sites ? 1 : 0][state]);
}

/* Whether the groups shown wait for the answer of a query. */
gboolean
pas_workshop_representation_get_loading (PasWorkshopRepresentation *self)
{
  g_return_val_if_fail (PAS_IS_WORKSHOP_REPRESENTATION (self), FALSE);
  return self->cancellable != NULL;
}
