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

#define N_STATES 3

/* Which departments and sites a workshop reaches: present, invited but
 * absent, missing. The divide starts with who is in the room, so the
 * missing ones are always listed, even when there are none. */
struct _PasWorkshopRepresentation
{
  GtkWidget     parent_instance;

  PasWorkspace *workspace;
  gint64        workshop_id;
  guint         reload_id;

  AdwPreferencesGroup *groups[2];          /* departments, sites */
  AdwActionRow        *rows[2][N_STATES];  /* by PasRepresentationState */
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
      g_autofree char *names = groups ? list_groups (groups, state) : g_strdup (_("None"));

      adw_action_row_set_subtitle (self->rows[axis][state], names);
    }
}

static void
reload (PasWorkshopRepresentation *self)
{
  g_autoptr(PasRepresentation) representation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->workspace != NULL && self->workshop_id > 0 &&
      (representation = pas_representation_for_workshop (self->workspace, self->workshop_id, &error)) == NULL)
    g_warning ("The representation could not be computed: %s", error->message);
  show_groups (self, 0, representation ? representation->departments : NULL);
  show_groups (self, 1, representation ? representation->sites : NULL);
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
          AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), get_state_title (state));
          adw_action_row_set_subtitle_lines (row, 0);
          adw_action_row_add_prefix (row, g_object_new (GTK_TYPE_IMAGE,
                                                        "icon-name", get_state_icon (state),
                                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                        NULL));
          if (state == PAS_REPRESENTATION_MISSING)
            gtk_widget_add_css_class (GTK_WIDGET (row), "representation-missing");
          self->rows[axis][state] = row;
          adw_preferences_group_add (self->groups[axis], GTK_WIDGET (row));
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

  return adw_action_row_get_subtitle (self->rows[sites ? 1 : 0][state]);
}
