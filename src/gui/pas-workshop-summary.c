/* pas-workshop-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshop-summary"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pas-capture.h"
#include "pas-text-block.h"
#include "pas-workshop-summary.h"

#define N_TOP 5

/* What came out of a workshop: contributions by kind and by theme, the
 * most voted ones and the decisions, from pas_capture_summarize(). */
struct _PasWorkshopSummary
{
  GtkWidget     parent_instance;

  PasWorkspace *workspace;
  gint64        workshop_id;
  guint         reload_id;
  GtkWidget    *box;
};

G_DEFINE_FINAL_TYPE (PasWorkshopSummary, pas_workshop_summary, GTK_TYPE_WIDGET)

/**
 * pas_workshop_summary_describe_kinds:
 * @n_by_kind: (array fixed-size=5): contributions of each kind
 *
 * Returns: (transfer full): "3 ideas · 1 need · 2 decisions", leaving
 *   out the kinds with none; "" when there are none at all.
 */
char *
pas_workshop_summary_describe_kinds (const guint *n_by_kind)
{
  GString *text = g_string_new (NULL);

  for (guint k = 0; k < PAS_CONTRIBUTION_N_KINDS; k++)
    {
      guint n = n_by_kind[k];
      const char *format;

      if (n == 0)
        continue;
      switch (k)
        {
        case PAS_CONTRIBUTION_IDEA:
          format = ngettext ("%u idea", "%u ideas", n);
          break;
        case PAS_CONTRIBUTION_NEED:
          format = ngettext ("%u need", "%u needs", n);
          break;
        case PAS_CONTRIBUTION_PAIN_POINT:
          format = ngettext ("%u pain point", "%u pain points", n);
          break;
        case PAS_CONTRIBUTION_QUESTION:
          format = ngettext ("%u question", "%u questions", n);
          break;
        case PAS_CONTRIBUTION_DECISION:
        default:
          format = ngettext ("%u decision", "%u decisions", n);
          break;
        }
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, format, n);
    }
  return g_string_free (text, FALSE);
}

static char *
describe_votes (guint n_contributions,
                guint votes)
{
  g_autofree char *contributions = g_strdup_printf (ngettext ("%u contribution", "%u contributions", n_contributions),
                                                    n_contributions);
  g_autofree char *dots = g_strdup_printf (ngettext ("%u vote", "%u votes", votes), votes);

  /* Translators: "8 contributions · 23 votes" */
  return g_strdup_printf (_("%s · %s"), contributions, dots);
}

/* Light rows: a workshop's outcome holds dozens of them, all measured
 * again when another workshop is shown. */
static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = pas_text_block_new_row (NULL, title, subtitle);

  adw_preferences_group_add (group, row);
  return row;
}

static AdwPreferencesGroup *
add_group (PasWorkshopSummary *self,
           const char         *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self->box), group);
  return ADW_PREFERENCES_GROUP (group);
}

static char *
describe_contribution (PasRecord *contribution)
{
  PasContributionKind kind = PAS_CONTRIBUTION_IDEA;
  guint votes = pas_record_get_int (contribution, "votes");
  const char *theme = pas_record_get_string (contribution, "theme");
  g_autofree char *dots = g_strdup_printf (ngettext ("%u vote", "%u votes", votes), votes);

  pas_contribution_kind_from_string (pas_record_get_string (contribution, "kind"), &kind);
  if (theme != NULL && *theme != '\0')
    /* Translators: a contribution's kind, votes and theme: "Idea · 7 votes · Training" */
    return g_strdup_printf (_("%s · %s · %s"), pas_contribution_kind_get_label (kind), dots, theme);
  /* Translators: a contribution's kind and votes: "Idea · 7 votes" */
  return g_strdup_printf (_("%s · %s"), pas_contribution_kind_get_label (kind), dots);
}

static void
reload (PasWorkshopSummary *self)
{
  g_autoptr(PasCaptureSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  AdwPreferencesGroup *group;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);

  if (self->workspace == NULL || self->workshop_id == 0)
    return;
  if ((summary = pas_capture_summarize (self->workspace, self->workshop_id, N_TOP, &error)) == NULL)
    {
      g_warning ("The summary could not be computed: %s", error->message);
      return;
    }

  group = add_group (self, _("Contributions"));
  if (summary->n_contributions == 0)
    {
      GtkWidget *label = gtk_label_new (_("Nothing captured yet. Start the live capture during the workshop: "
                                          "every contribution typed is saved at once."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      adw_preferences_group_add (group, label);
      return;
    }
  {
    g_autofree char *total = describe_votes (summary->n_contributions, summary->votes);
    g_autofree char *kinds = pas_workshop_summary_describe_kinds (summary->n_by_kind);

    add_row (group, total, kinds);
  }

  group = add_group (self, _("Themes"));
  for (guint i = 0; i < summary->themes->len; i++)
    {
      const PasCaptureTheme *theme = g_ptr_array_index (summary->themes, i);
      g_autofree char *counts = describe_votes (theme->n_contributions, theme->votes);
      g_autofree char *kinds = pas_workshop_summary_describe_kinds (theme->n_by_kind);
      g_autofree char *subtitle = g_strdup_printf ("%s — %s", counts, kinds);

      add_row (group, *theme->theme ? theme->theme : _("No theme"), subtitle);
    }

  if (summary->top_voted->len > 0)
    {
      group = add_group (self, _("Most Voted"));
      for (guint i = 0; i < summary->top_voted->len; i++)
        {
          PasRecord *contribution = g_ptr_array_index (summary->top_voted, i);
          g_autofree char *subtitle = describe_contribution (contribution);

          add_row (group, pas_record_get_string (contribution, "text"), subtitle);
        }
    }

  group = add_group (self, _("Decisions"));
  if (summary->decisions->len == 0)
    add_row (group, _("No decision recorded"), NULL);
  for (guint i = 0; i < summary->decisions->len; i++)
    {
      PasRecord *contribution = g_ptr_array_index (summary->decisions, i);
      const char *theme = pas_record_get_string (contribution, "theme");

      add_row (group, pas_record_get_string (contribution, "text"), theme);
    }
}

static gboolean
reload_cb (gpointer data)
{
  PasWorkshopSummary *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* During a live capture, the summary follows when the capture is idle. */
static void
on_workspace_changed_cb (PasWorkshopSummary *self,
                         PasKind             kind,
                         gint64              id,
                         PasWorkspace       *workspace)
{
  if (kind == PAS_KIND_CONTRIBUTION && self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

static void
pas_workshop_summary_dispose (GObject *object)
{
  PasWorkshopSummary *self = (PasWorkshopSummary *)object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (pas_workshop_summary_parent_class)->dispose (object);
}

static void
pas_workshop_summary_class_init (PasWorkshopSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_workshop_summary_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pas_workshop_summary_init (PasWorkshopSummary *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
pas_workshop_summary_new (void)
{
  return g_object_new (PAS_TYPE_WORKSHOP_SUMMARY, NULL);
}

void
pas_workshop_summary_set_workshop (PasWorkshopSummary *self,
                                   PasWorkspace       *workspace,
                                   gint64              workshop_id)
{
  g_return_if_fail (PAS_IS_WORKSHOP_SUMMARY (self));
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
