/* pas-capture-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-capture-review"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-capture-review.h"
#include "pas-workshop-summary.h"
#include "pas-workshop-util.h"

/* After the session: dot voting (select, then + or −), themes given to
 * the selection, the kind changed (a contribution marked as a decision),
 * and the list grouped by theme with counts and votes.
 *
 * The list is a snapshot reloaded after each change. A contribution
 * keeps the same object across reloads, so the selection and the row
 * with the focus stay on it even when votes reorder the list. */
struct _PasCaptureReview
{
  GtkWidget          parent_instance;

  PasWorkspace      *workspace;
  gint64             workshop_id;
  PasCaptureOrder    order;
  GListStore        *store;      /* PasRecord */
  GtkMultiSelection *selection;
  GHashTable        *themes;     /* theme → PasCaptureTheme, not owned: in summary */
  PasCaptureSummary *summary;
  gboolean           dirty;      /* changed while hidden */
  GtkEntryCompletion *completion;
  GtkListStore      *theme_names;

  GtkDropDown       *order_dropdown;
  GtkLabel          *selection_label;
  GtkEntry          *theme_entry;
  GtkListView       *list_view;
  GtkListBox        *themes_list;
};

G_DEFINE_FINAL_TYPE (PasCaptureReview, pas_capture_review, GTK_TYPE_WIDGET)

static GArray *
get_selected_ids (PasCaptureReview *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (G_LIST_MODEL (self->store), position);
      gint64 id;

      if (record == NULL)
        continue;
      id = pas_record_get_id (record);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
update_selection_label (PasCaptureReview *self)
{
  g_autoptr(GArray) ids = get_selected_ids (self);
  g_autofree char *text = NULL;
  gboolean any = ids->len > 0;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->store)) == 0)
    text = g_strdup (_("Nothing captured yet"));
  else if (!any)
    text = g_strdup (_("Select contributions to vote on them or give them a theme"));
  else
    text = g_strdup_printf (ngettext ("%u selected", "%u selected", ids->len), ids->len);
  gtk_label_set_label (self->selection_label, text);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.vote", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.set-kind", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.apply-theme", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.clear-theme", any);
}

/* Copies the values of @from into @to, the same contribution. */
static void
update_record (PasRecord *to,
               PasRecord *from)
{
  PasKind kind = pas_record_get_kind (from);

  for (guint i = 0; i < pas_kind_get_n_fields (kind); i++)
    {
      const PasField *field = pas_kind_get_field (kind, i);

      if (pas_record_is_null (from, field->name))
        pas_record_set_null (to, field->name);
      else if (field->type == PAS_FIELD_INTEGER)
        pas_record_set_int (to, field->name, pas_record_get_int (from, field->name));
      else if (field->type == PAS_FIELD_REAL)
        pas_record_set_double (to, field->name, pas_record_get_double (from, field->name));
      else
        pas_record_set_string (to, field->name, pas_record_get_string (from, field->name));
    }
}

static const char *
describe_theme_name (const char *theme)
{
  return theme != NULL && *theme != '\0' ? theme : _("No theme");
}

static void
rebuild_themes (PasCaptureReview *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->themes_list, 0)) != NULL)
    gtk_list_box_remove (self->themes_list, GTK_WIDGET (row));
  g_hash_table_remove_all (self->themes);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_list_store_clear (self->theme_names);
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (self->summary == NULL)
    return;

  for (guint i = 0; i < self->summary->themes->len; i++)
    {
      PasCaptureTheme *theme = g_ptr_array_index (self->summary->themes, i);
      g_autofree char *contributions = g_strdup_printf (ngettext ("%u contribution", "%u contributions",
                                                                 theme->n_contributions),
                                                        theme->n_contributions);
      g_autofree char *votes = g_strdup_printf (ngettext ("%u vote", "%u votes", theme->votes), theme->votes);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", contributions, votes);
      GtkWidget *theme_row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (theme_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (theme_row), describe_theme_name (theme->theme));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (theme_row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (theme_row), TRUE);
      g_object_set_data_full (G_OBJECT (theme_row), "theme", g_strdup (theme->theme), g_free);
      gtk_list_box_append (self->themes_list, theme_row);
      g_hash_table_insert (self->themes, theme->theme, theme);

      if (*theme->theme != '\0')
        {
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_list_store_insert_with_values (self->theme_names, NULL, -1, 0, theme->theme, -1);
          G_GNUC_END_IGNORE_DEPRECATIONS
        }
    }
}

/**
 * pas_capture_review_reload:
 *
 * Reads the contributions again, in one items-changed, keeping the
 * selection on the same contributions.
 */
void
pas_capture_review_reload (PasCaptureReview *self)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GHashTable) old = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) selected_ids = NULL;
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GtkBitset) mask = NULL;
  g_autoptr(GError) error = NULL;
  guint n_old, n;

  g_return_if_fail (PAS_IS_CAPTURE_REVIEW (self));

  self->dirty = FALSE;
  selected_ids = get_selected_ids (self);
  g_clear_pointer (&self->summary, pas_capture_summary_free);
  if (self->workspace != NULL && self->workshop_id > 0)
    {
      if ((fresh = pas_capture_list (self->workspace, self->workshop_id, self->order, &error)) == NULL ||
          (self->summary = pas_capture_summarize (self->workspace, self->workshop_id, 0, &error)) == NULL)
        pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
    }

  old = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n_old; i++)
    {
      PasRecord *record = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      g_hash_table_insert (old, g_memdup2 (&(gint64) { pas_record_get_id (record) }, sizeof (gint64)), record);
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  selected = gtk_bitset_new_empty ();
  n = fresh ? g_list_model_get_n_items (fresh) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (fresh, i);
      gint64 id = pas_record_get_id (record);
      PasRecord *kept = g_hash_table_lookup (old, &id);

      if (kept != NULL)
        {
          update_record (kept, record);
          g_ptr_array_add (items, g_object_ref (kept));
        }
      else
        g_ptr_array_add (items, g_object_ref (record));
      for (guint s = 0; s < selected_ids->len; s++)
        if (g_array_index (selected_ids, gint64, s) == id)
          gtk_bitset_add (selected, i);
    }

  rebuild_themes (self);
  g_list_store_splice (self->store, 0, n_old, items->pdata, items->len);
  mask = gtk_bitset_new_range (0, items->len);
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
  update_selection_label (self);
}

static void
on_workspace_changed_cb (PasCaptureReview *self,
                         PasKind           kind,
                         gint64            id,
                         PasWorkspace     *workspace)
{
  if (kind != PAS_KIND_CONTRIBUTION)
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    pas_capture_review_reload (self);
  else
    self->dirty = TRUE;
}

static void
on_selection_changed_cb (PasCaptureReview *self)
{
  update_selection_label (self);
}

static void
on_order_changed_cb (PasCaptureReview *self)
{
  pas_capture_review_set_order (self, gtk_drop_down_get_selected (self->order_dropdown));
}

/* The rows */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PasCaptureReview         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *header = gtk_label_new (NULL);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *pill = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *votes = gtk_label_new (NULL);
  GtkWidget *theme = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "capture-item");
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "review-group-header");
  gtk_widget_add_css_class (pill, "kind-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_add_css_class (votes, "vote-count");
  gtk_widget_add_css_class (votes, "numeric");
  gtk_widget_set_valign (votes, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (theme), 0);
  gtk_widget_add_css_class (theme, "dim-label");
  gtk_widget_add_css_class (theme, "caption");
  gtk_box_append (GTK_BOX (line), pill);
  gtk_box_append (GTK_BOX (line), text);
  gtk_box_append (GTK_BOX (line), votes);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), theme);
  gtk_list_item_set_child (list_item, box);
}

static gboolean
starts_theme_group (PasCaptureReview *self,
                    guint             position,
                    const char       *theme)
{
  g_autoptr(PasRecord) previous = NULL;

  if (self->order != PAS_CAPTURE_ORDER_THEME)
    return FALSE;
  if (position == 0)
    return TRUE;
  previous = g_list_model_get_item (G_LIST_MODEL (self->store), position - 1);
  return previous == NULL || g_strcmp0 (pas_record_get_string (previous, "theme"), theme) != 0;
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PasCaptureReview         *self)
{
  PasRecord *record = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *header = gtk_widget_get_first_child (box);
  GtkWidget *line = gtk_widget_get_next_sibling (header);
  GtkWidget *theme_label = gtk_widget_get_next_sibling (line);
  GtkWidget *pill = gtk_widget_get_first_child (line);
  GtkWidget *text = gtk_widget_get_next_sibling (pill);
  GtkWidget *votes_label = gtk_widget_get_next_sibling (text);
  PasContributionKind kind = PAS_CONTRIBUTION_IDEA;
  g_autofree char *kind_class = NULL;
  g_autofree char *votes_text = NULL;
  g_autofree char *theme_text = NULL;
  g_autofree char *accessible = NULL;
  const char *theme;
  guint votes;
  gboolean group_start;

  if (record == NULL)
    return;
  pas_contribution_kind_from_string (pas_record_get_string (record, "kind"), &kind);
  kind_class = g_strdup_printf ("kind-%s", pas_contribution_kind_to_string (kind));
  g_strdelimit (kind_class, "_", '-');
  gtk_widget_set_css_classes (pill, (const char *[]) { "kind-pill", kind_class, NULL });
  gtk_label_set_label (GTK_LABEL (pill), pas_contribution_kind_get_label (kind));
  gtk_label_set_label (GTK_LABEL (text), pas_record_get_string (record, "text"));

  votes = pas_record_get_int (record, "votes");
  votes_text = g_strdup_printf (ngettext ("%u vote", "%u votes", votes), votes);
  gtk_label_set_label (GTK_LABEL (votes_label), votes_text);
  if (votes > 0)
    gtk_widget_add_css_class (votes_label, "voted");
  else
    gtk_widget_remove_css_class (votes_label, "voted");

  theme = pas_record_get_string (record, "theme");
  /* Translators: the theme of a contribution */
  theme_text = g_strdup_printf (_("Theme: %s"), describe_theme_name (theme));
  gtk_label_set_label (GTK_LABEL (theme_label), theme_text);

  group_start = starts_theme_group (self, gtk_list_item_get_position (list_item), theme);
  gtk_widget_set_visible (header, group_start);
  if (group_start)
    {
      PasCaptureTheme *group = g_hash_table_lookup (self->themes, theme ? theme : "");
      g_autofree char *header_text = NULL;

      if (group != NULL)
        {
          g_autofree char *contributions = g_strdup_printf (ngettext ("%u contribution", "%u contributions",
                                                                     group->n_contributions),
                                                            group->n_contributions);
          g_autofree char *group_votes = g_strdup_printf (ngettext ("%u vote", "%u votes", group->votes),
                                                          group->votes);

          /* Translators: the heading of a theme's group: "Training — 5 contributions · 12 votes" */
          header_text = g_strdup_printf (_("%s — %s · %s"), describe_theme_name (theme), contributions, group_votes);
        }
      gtk_label_set_label (GTK_LABEL (header), header_text ? header_text : describe_theme_name (theme));
    }

  /* Translators: a contribution as a screen reader reads it while voting: "Idea: text. 3 votes. Theme: Training" */
  accessible = g_strdup_printf (_("%s: %s. %s. %s"), pas_contribution_kind_get_label (kind),
                                pas_record_get_string (record, "text"), votes_text, theme_text);
  pas_workshop_util_label_list_row (box, accessible);
}

/* Actions */

static void
vote_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PasCaptureReview *self = PAS_CAPTURE_REVIEW (widget);
  g_autoptr(GArray) ids = get_selected_ids (self);
  g_autoptr(GError) error = NULL;

  if (ids->len == 0 || self->workspace == NULL)
    return;
  if (!pas_capture_vote (self->workspace, (gint64 *) ids->data, ids->len, g_variant_get_int32 (parameter), &error))
    pas_workshop_util_show_message (widget, error->message);
}

static void
set_kind_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PasCaptureReview *self = PAS_CAPTURE_REVIEW (widget);
  g_autoptr(GArray) ids = get_selected_ids (self);
  g_autoptr(GError) error = NULL;
  PasContributionKind kind;

  if (ids->len == 0 || self->workspace == NULL ||
      !pas_contribution_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;
  if (!pas_capture_set_kind (self->workspace, (gint64 *) ids->data, ids->len, kind, &error))
    pas_workshop_util_show_message (widget, error->message);
}

static void
set_theme (PasCaptureReview *self,
           const char       *theme)
{
  g_autoptr(GArray) ids = get_selected_ids (self);
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL)
    return;
  if (ids->len == 0)
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), _("Select the contributions to give a theme first."));
      return;
    }
  if (!pas_capture_set_theme (self->workspace, (gint64 *) ids->data, ids->len, theme, &error))
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->theme_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
apply_theme_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PasCaptureReview *self = PAS_CAPTURE_REVIEW (widget);
  g_autofree char *theme = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->theme_entry))));

  if (*theme == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->theme_entry));
      return;
    }
  set_theme (self, theme);
}

static void
clear_theme_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  set_theme (PAS_CAPTURE_REVIEW (widget), NULL);
}

static void
on_theme_activate_cb (PasCaptureReview *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "review.apply-theme", NULL);
}

static void
focus_theme_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PAS_CAPTURE_REVIEW (widget)->theme_entry));
}

/* Selects the contributions of the theme, e.g. to vote on them all. */
static void
on_theme_row_activated_cb (PasCaptureReview *self,
                           GtkListBoxRow    *row)
{
  const char *theme = g_object_get_data (G_OBJECT (row), "theme");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (g_strcmp0 (pas_record_get_string (record, "theme"), theme) == 0)
        gtk_bitset_add (selected, i);
    }
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
pas_capture_review_map (GtkWidget *widget)
{
  PasCaptureReview *self = PAS_CAPTURE_REVIEW (widget);

  GTK_WIDGET_CLASS (pas_capture_review_parent_class)->map (widget);
  if (self->dirty)
    pas_capture_review_reload (self);
}

static void
pas_capture_review_dispose (GObject *object)
{
  PasCaptureReview *self = (PasCaptureReview *)object;
  GtkWidget *child;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_CAPTURE_REVIEW);
  /* Template children not bound to a field stay parented otherwise. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->completion);
  g_clear_object (&self->theme_names);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_capture_review_parent_class)->dispose (object);
}

static void
pas_capture_review_finalize (GObject *object)
{
  PasCaptureReview *self = (PasCaptureReview *)object;

  g_clear_pointer (&self->themes, g_hash_table_unref);
  g_clear_pointer (&self->summary, pas_capture_summary_free);

  G_OBJECT_CLASS (pas_capture_review_parent_class)->finalize (object);
}

static void
pas_capture_review_class_init (PasCaptureReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint plus[] = { GDK_KEY_plus, GDK_KEY_KP_Add, GDK_KEY_equal };
  const guint minus[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract, GDK_KEY_underscore };

  object_class->dispose = pas_capture_review_dispose;
  object_class->finalize = pas_capture_review_finalize;
  widget_class->map = pas_capture_review_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-capture-review.ui");
  gtk_widget_class_bind_template_child (widget_class, PasCaptureReview, order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureReview, selection_label);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureReview, theme_entry);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureReview, list_view);
  gtk_widget_class_bind_template_child (widget_class, PasCaptureReview, themes_list);
  gtk_widget_class_bind_template_callback (widget_class, on_order_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_theme_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_theme_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "review.vote", "i", vote_action);
  for (guint i = 0; i < G_N_ELEMENTS (plus); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, plus[i], 0, "review.vote", "i", 1);
      gtk_widget_class_add_binding_action (widget_class, plus[i], GDK_SHIFT_MASK, "review.vote", "i", 1);
      gtk_widget_class_add_binding_action (widget_class, minus[i], 0, "review.vote", "i", -1);
    }
  gtk_widget_class_install_action (widget_class, "review.set-kind", "s", set_kind_action);
  for (guint k = 0; k < PAS_CONTRIBUTION_N_KINDS; k++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + k, GDK_CONTROL_MASK,
                                           "review.set-kind", "s", pas_contribution_kind_to_string (k));
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + k, GDK_CONTROL_MASK,
                                           "review.set-kind", "s", pas_contribution_kind_to_string (k));
    }
  gtk_widget_class_install_action (widget_class, "review.apply-theme", NULL, apply_theme_action);
  gtk_widget_class_install_action (widget_class, "review.clear-theme", NULL, clear_theme_action);
  gtk_widget_class_install_action (widget_class, "review.focus-theme", NULL, focus_theme_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "review.focus-theme", NULL);
}

static void
pas_capture_review_init (PasCaptureReview *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->themes = g_hash_table_new (g_str_hash, g_str_equal);
  self->store = g_list_store_new (PAS_TYPE_RECORD);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->store)));
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self,
                           G_CONNECT_SWAPPED);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->theme_names = gtk_list_store_new (1, G_TYPE_STRING);
  self->completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (self->completion, GTK_TREE_MODEL (self->theme_names));
  gtk_entry_completion_set_text_column (self->completion, 0);
  gtk_entry_completion_set_inline_completion (self->completion, TRUE);
  gtk_entry_set_completion (self->theme_entry, self->completion);
  G_GNUC_END_IGNORE_DEPRECATIONS

  update_selection_label (self);
}

void
pas_capture_review_set_workshop (PasCaptureReview *self,
                                 PasWorkspace     *workspace,
                                 gint64            workshop_id)
{
  g_return_if_fail (PAS_IS_CAPTURE_REVIEW (self));
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
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  /* Hidden behind the capture page, the list would still build its rows. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    pas_capture_review_reload (self);
  else
    self->dirty = TRUE;
}

void
pas_capture_review_set_order (PasCaptureReview *self,
                              PasCaptureOrder   order)
{
  g_return_if_fail (PAS_IS_CAPTURE_REVIEW (self));

  if (order > PAS_CAPTURE_ORDER_VOTES || order == self->order)
    return;
  self->order = order;
  if (gtk_drop_down_get_selected (self->order_dropdown) != order)
    gtk_drop_down_set_selected (self->order_dropdown, order);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    pas_capture_review_reload (self);
  else
    self->dirty = TRUE;
}

/* Returns: (transfer none): the contributions shown, as a selection model. */
GListModel *
pas_capture_review_get_model (PasCaptureReview *self)
{
  g_return_val_if_fail (PAS_IS_CAPTURE_REVIEW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

void
pas_capture_review_focus (PasCaptureReview *self)
{
  g_return_if_fail (PAS_IS_CAPTURE_REVIEW (self));

  if (self->dirty)
    pas_capture_review_reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
