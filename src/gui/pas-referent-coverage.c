/* pas-referent-coverage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-referent-coverage"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "pas-referent-coverage.h"

/* Referent coverage per department, as a table that also reads as
 * sentences: each row's accessible name says it all, and a department
 * without a referent says so in words, not only in colour. Computed by
 * pas_people_coverage_compute(): one light query, also without a
 * project, agreeing with the overview's indicator. */
struct _PasReferentCoverage
{
  GtkWidget          parent_instance;

  PasWorkspace      *workspace;
  PasPeopleCoverage *coverage;
  guint              rebuild_id;
  GtkSizeGroup      *columns[4];  /* people, referents, ratio, status */

  GtkStack          *stack;
  GtkLabel          *summary_label;
  GtkLabel          *people_header;
  GtkLabel          *referents_header;
  GtkLabel          *ratio_header;
  GtkLabel          *status_header;
  GtkListBox        *list_box;
};

G_DEFINE_FINAL_TYPE (PasReferentCoverage, pas_referent_coverage, GTK_TYPE_WIDGET)

static char *
format_ratio (double people_per_referent)
{
  if (isnan (people_per_referent))
    return g_strdup ("—");
  return g_strdup_printf ("%.1f", people_per_referent);
}

static GtkWidget *
add_cell (GtkWidget    *box,
          const char   *text,
          GtkSizeGroup *group)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), group ? 1.0 : 0.0);
  gtk_widget_add_css_class (label, "numeric");
  if (group != NULL)
    gtk_size_group_add_widget (group, label);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* The status cell: an icon and words, styled by how serious it is. */
static void
add_status (PasReferentCoverage         *self,
            GtkWidget                   *box,
            const PasDepartmentCoverage *department,
            char                       **text)
{
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = NULL;
  GtkWidget *label;
  const char *style = NULL;

  switch (department ? pas_department_coverage_get_status (department) : PAS_COVERAGE_EMPTY)
    {
    case PAS_COVERAGE_NO_REFERENT:
      *text = g_strdup (_("No referent"));
      icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-warning-symbolic",
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      style = "error";
      break;
    case PAS_COVERAGE_BELOW_TARGET:
      {
        guint missing = department->referents_needed - department->n_referents;

        *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more referent needed", "%u more referents needed", missing),
                                 missing);
        icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-information-symbolic",
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
        style = "warning";
      }
      break;
    case PAS_COVERAGE_ON_TARGET:
      *text = g_strdup (_("On target"));
      icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "object-select-symbolic",
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      style = "success";
      break;
    case PAS_COVERAGE_EMPTY:
    default:
      *text = g_strdup (department ? _("Nobody recorded") : "—");
      style = "dim-label";
      break;
    }

  if (icon != NULL)
    gtk_box_append (GTK_BOX (status), icon);
  label = gtk_label_new (*text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (status), label);
  gtk_widget_add_css_class (status, style);
  gtk_size_group_add_widget (self->columns[3], status);
  gtk_box_append (GTK_BOX (box), status);
}

/* A row: name, people, referents, people per referent, status. */
static GtkWidget *
create_row (PasReferentCoverage         *self,
            const char                  *name,
            guint                        n_people,
            guint                        n_referents,
            double                       people_per_referent,
            const PasDepartmentCoverage *department)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name_label = gtk_label_new (name);
  g_autofree char *people = g_strdup_printf ("%'u", department ? department->population : n_people);
  g_autofree char *referents = g_strdup_printf ("%'u", n_referents);
  g_autofree char *ratio = format_ratio (people_per_referent);
  g_autofree char *status = NULL;
  g_autofree char *sentence = NULL;
  GtkWidget *people_label;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_box_append (GTK_BOX (box), name_label);
  people_label = add_cell (box, people, self->columns[0]);
  if (department != NULL && department->population > department->n_people)
    {
      /* Translators: under the people counted in a department, e.g. "30", when fewer are recorded */
      g_autofree char *recorded = g_strdup_printf (_("%'u recorded"), n_people);
      g_autofree char *markup = g_markup_printf_escaped ("%s\n<small>%s</small>", people, recorded);

      gtk_label_set_markup (GTK_LABEL (people_label), markup);
      gtk_label_set_justify (GTK_LABEL (people_label), GTK_JUSTIFY_RIGHT);
    }
  add_cell (box, referents, self->columns[1]);
  add_cell (box, ratio, self->columns[2]);
  add_status (self, box, department, &status);

  if (department != NULL && department->population > department->n_people)
    /* Translators: a row of the coverage table read by a screen reader:
     * department, people recorded, headcount, referents, people per referent, status */
    sentence = g_strdup_printf (_("%s: %'u people recorded of a headcount of %'u, %'u referents, %s people per referent. %s."),
                                name, n_people, department->population, n_referents, ratio, status);
  else
    /* Translators: a row of the coverage table read by a screen reader:
     * department, people, referents, people per referent, status */
    sentence = g_strdup_printf (_("%s: %'u people, %'u referents, %s people per referent. %s."),
                                name, n_people, n_referents, ratio, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, sentence, -1);
  gtk_widget_set_tooltip_text (row, sentence);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static char *
describe (PasPeopleCoverage *coverage)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *ratio = format_ratio (coverage->people_per_referent);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%'u referent for %'u people counted: %s people per referent, against a target of %'u.",
                                       "%'u referents for %'u people counted: %s people per referent, against a target of %'u.",
                                       coverage->n_referents),
                          coverage->n_referents, coverage->population, ratio, (guint) coverage->referent_ratio);
  for (guint i = 0; i < coverage->departments->len; i++)
    {
      PasDepartmentCoverage *department = g_ptr_array_index (coverage->departments, i);

      if (pas_department_coverage_get_status (department) == PAS_COVERAGE_NO_REFERENT)
        g_ptr_array_add (missing, department->name);
    }
  g_string_append (text, " ");
  if (missing->len > 0)
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (missing, NULL);
      names = g_strjoinv (", ", (char **) missing->pdata);
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u department has no referent: %s.",
                                           "%u departments have no referent: %s.",
                                           missing->len - 1),
                              missing->len - 1, names);
    }
  else
    g_string_append (text, _("Every department has at least one referent."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
rebuild (PasReferentCoverage *self)
{
  g_autoptr(PasPeopleCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *ratio_title = NULL;
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->workspace == NULL)
    return;
  if (!(coverage = pas_people_coverage_compute (self->workspace, &error)))
    {
      g_warning ("The referent coverage could not be computed: %s", error->message);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < coverage->departments->len; i++)
    {
      const PasDepartmentCoverage *department = g_ptr_array_index (coverage->departments, i);

      gtk_list_box_append (self->list_box,
                           create_row (self, department->name, department->n_people, department->n_referents,
                                       department->people_per_referent, department));
    }
  if (coverage->n_without_department > 0)
    gtk_list_box_append (self->list_box,
                         create_row (self, _("Without a department"), coverage->n_without_department,
                                     coverage->n_referents_without_department,
                                     coverage->n_referents_without_department > 0
                                     ? (double) coverage->n_without_department / coverage->n_referents_without_department
                                     : NAN,
                                     NULL));

  /* Translators: a column title; %s is the target, e.g. "15" */
  ratio_title = g_strdup_printf (_("People per referent\n(target %'u)"), (guint) coverage->referent_ratio);
  gtk_label_set_label (self->ratio_header, ratio_title);
  summary = describe (coverage);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, coverage->departments->len > 0 ? "table" : "empty");

  g_clear_pointer (&self->coverage, pas_people_coverage_unref);
  self->coverage = g_steal_pointer (&coverage);
}

static gboolean
rebuild_cb (gpointer data)
{
  PasReferentCoverage *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_workspace_changed_cb (PasReferentCoverage *self,
                         PasKind              kind,
                         gint64               id,
                         PasWorkspace        *workspace)
{
  if ((kind == PAS_KIND_DEPARTMENT || kind == PAS_KIND_PERSON || kind == PAS_KIND_SETTING) &&
      self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_cb, self, NULL);
}

static void
pas_referent_coverage_dispose (GObject *object)
{
  PasReferentCoverage *self = (PasReferentCoverage *)object;

  pas_referent_coverage_set_workspace (self, NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_REFERENT_COVERAGE);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i]);

  G_OBJECT_CLASS (pas_referent_coverage_parent_class)->dispose (object);
}

static void
pas_referent_coverage_class_init (PasReferentCoverageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_referent_coverage_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-referent-coverage.ui");
  gtk_widget_class_bind_template_child (widget_class, PasReferentCoverage, stack);
  gtk_widget_class_bind_template_child (widget_class, PasReferentCoverage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PasReferentCoverage, people_header);
  gtk_widget_class_bind_template_child (widget_class, PasReferentCoverage, referents_header);
  gtk_widget_class_bind_template_child (widget_class, PasReferentCoverage, ratio_header);
  gtk_widget_class_bind_template_child (widget_class, PasReferentCoverage, status_header);
  gtk_widget_class_bind_template_child (widget_class, PasReferentCoverage, list_box);
}

static void
pas_referent_coverage_init (PasReferentCoverage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_size_group_add_widget (self->columns[0], GTK_WIDGET (self->people_header));
  gtk_size_group_add_widget (self->columns[1], GTK_WIDGET (self->referents_header));
  gtk_size_group_add_widget (self->columns[2], GTK_WIDGET (self->ratio_header));
  gtk_size_group_add_widget (self->columns[3], GTK_WIDGET (self->status_header));
  /* Wide enough for "2 more referents needed" without crowding the rest. */
  gtk_widget_set_size_request (GTK_WIDGET (self->status_header), 180, -1);
}

void
pas_referent_coverage_set_workspace (PasReferentCoverage *self,
                                     PasWorkspace        *workspace)
{
  g_return_if_fail (PAS_IS_REFERENT_COVERAGE (self));
  g_return_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  g_set_object (&self->workspace, workspace);
  g_clear_pointer (&self->coverage, pas_people_coverage_unref);
  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
      rebuild (self);
    }
}

/* The coverage shown, or NULL. */
PasPeopleCoverage *
pas_referent_coverage_get_coverage (PasReferentCoverage *self)
{
  g_return_val_if_fail (PAS_IS_REFERENT_COVERAGE (self), NULL);
  return self->coverage;
}
