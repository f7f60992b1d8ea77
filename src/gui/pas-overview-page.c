/* pas-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-overview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pas-chart-bars.h"
#include "pas-chart-card.h"
#include "pas-chart-heatmap.h"
#include "pas-chart-line.h"
#include "pas-gui-util.h"
#include "pas-overview-page.h"
#include "pas-overview-rows.h"
#include "pas-overview-tile.h"

/* How it works: the indicators are computed in a thread on a connection
 * of their own (pas_indicators_compute_async); a new period, project or
 * change in the workspace cancels the computation under way and starts
 * another, and the numbers on screen stay until the new ones arrive.
 * Changes are gathered for half a second, and a page that is not shown
 * only notes that it is out of date. */

#define REFRESH_DELAY_MS 500
#define MAX_LEVEL 4

static const PasIndicator tile_indicators[] = {
  PAS_INDICATOR_REPRESENTATION,
  PAS_INDICATOR_ATTENDANCE,
  PAS_INDICATOR_TRAINING_COMPLETION,
  PAS_INDICATOR_OVERDUE_ENROLLMENTS,
  PAS_INDICATOR_SKILL_LEVEL,
  PAS_INDICATOR_DIVIDE_INDEX,
  PAS_INDICATOR_AT_RISK,
  PAS_INDICATOR_READINESS_BARRIER,
  PAS_INDICATOR_BLOCKING_ZONES,
  PAS_INDICATOR_LOOP_CLOSURE,
  PAS_INDICATOR_DAYS_TO_RESOLVE,
  PAS_INDICATOR_REFERENT_COVERAGE,
  PAS_INDICATOR_CHANGE_LOAD,
  PAS_INDICATOR_STORIES_PUBLISHED,
};

struct _PasOverviewPage
{
  PasSectionPage     parent_instance;

  PasOverviewPeriod  period;
  char              *custom_since;
  char              *custom_until;
  gboolean           has_custom;       /* dates were given, maybe both open */
  PasIndicators     *indicators;
  GCancellable      *cancellable;      /* of the computation under way */
  gint64             started;          /* when it started, monotonic µs */
  PasWorkspace      *watched;
  guint              refresh_source;
  gboolean           stale;            /* changed while not shown */
  PasOverviewRows   *blocking_rows;
  PasOverviewRows   *at_risk_rows;

  GtkStack          *stack;
  GtkDropDown       *period_dropdown;
  GtkMenuButton     *custom_button;
  GtkPopover        *custom_popover;
  GtkEntry          *since_entry;
  GtkEntry          *until_entry;
  GtkLabel          *custom_error_label;
  GtkLabel          *period_label;
  GtkLabel          *status_label;
  GtkSpinner        *spinner;
  GtkFlowBox        *tiles_box;
  PasChartCard      *completion_card;
  PasChartBars      *completion_chart;
  PasChartCard      *barrier_card;
  PasChartBars      *barrier_chart;
  PasChartCard      *level_card;
  PasChartLine      *level_chart;
  PasChartCard      *heatmap_card;
  PasChartHeatmap   *heatmap_chart;
  GtkLabel          *blocking_title;
  GtkStack          *blocking_stack;
  GtkListView       *blocking_list;
  GtkWidget         *blocking_pager;
  GtkLabel          *blocking_range;
  GtkWidget         *blocking_previous;
  GtkWidget         *blocking_next;
  GtkLabel          *at_risk_title;
  GtkStack          *at_risk_stack;
  GtkListView       *at_risk_list;
  GtkWidget         *at_risk_pager;
  GtkLabel          *at_risk_range;
  GtkWidget         *at_risk_previous;
  GtkWidget         *at_risk_next;
};

enum { PROP_0, PROP_BUSY, N_PROPS };
static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (PasOverviewPage, pas_overview_page, PAS_TYPE_SECTION_PAGE)

static void
set_busy (PasOverviewPage *self,
          gboolean         busy)
{
  if (gtk_spinner_get_spinning (self->spinner) == busy)
    return;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
show_status (PasOverviewPage *self,
             const char      *message)
{
  gtk_label_set_label (self->status_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), message != NULL);
}

static void
get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static char *
dup_project_start (PasOverviewPage *self)
{
  PasWorkspace *workspace = pas_section_page_get_workspace (PAS_SECTION_PAGE (self));
  gint64 project_id = pas_section_page_get_project_id (PAS_SECTION_PAGE (self));
  g_autoptr(PasRecord) project = pas_workspace_load (workspace, PAS_KIND_PROJECT, project_id, NULL);
  const char *start = project ? pas_record_get_string (project, "start_date") : NULL;

  return start && *start ? g_strdup (start) : NULL;
}

static const char *
get_section_link (const char *section)
{
  if (g_strcmp0 (section, "training") == 0)
    return _("Open in Training");
  if (g_strcmp0 (section, "feedback") == 0)
    return _("Open in Pilots & Feedback");
  if (g_strcmp0 (section, "culture") == 0)
    return _("Open in Culture");
  return _("Open in People");
}

static void
update_completion (PasOverviewPage *self,
                   PasIndicators   *indicators)
{
  g_autoptr(GArray) bars = g_array_new (FALSE, FALSE, sizeof (PasChartBar));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) table = pas_overview_table_completion (indicators);
  g_autofree char *description = pas_overview_describe_completion (indicators);
  const char *empty = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < indicators->departments->len; i++)
    {
      const PasDepartmentIndicators *department = g_ptr_array_index (indicators->departments, i);
      char *text = pas_indicators_format_percent (department->n_enrollments > 0 ? department->completion : NAN);
      PasChartBar bar = { department->name, department->n_enrollments > 0 ? department->completion : NAN, text };

      g_ptr_array_add (texts, text);
      g_array_append_val (bars, bar);
      any |= department->n_enrollments > 0;
    }
  pas_chart_bars_set_bars (self->completion_chart, (PasChartBar *) bars->data, bars->len);

  if (indicators->departments->len == 0)
    empty = _("No department recorded yet.");
  else if (!any)
    empty = _("No enrollment due or completed in this period.");
  pas_chart_card_set_data (self->completion_card, description, table, empty);
}

static void
update_barriers (PasOverviewPage *self,
                 PasIndicators   *indicators,
                 gboolean         compare)
{
  g_autoptr(GArray) bars = g_array_new (FALSE, FALSE, sizeof (PasChartBar));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) table = pas_overview_table_barriers (indicators, compare && indicators->previous_since);
  g_autofree char *description = pas_overview_describe_barriers (indicators);
  guint largest = 0, total = 0;

  for (guint i = 0; i < indicators->barriers->len; i++)
    {
      const PasBarrierCount *barrier = &g_array_index (indicators->barriers, PasBarrierCount, i);

      largest = MAX (largest, barrier->count);
      total += barrier->count;
    }
  for (guint i = 0; i < indicators->barriers->len; i++)
    {
      const PasBarrierCount *barrier = &g_array_index (indicators->barriers, PasBarrierCount, i);
      g_autofree char *share = pas_indicators_format_percent (barrier->share);
      /* Translators: a bar's value: how many people and their share, e.g. "27 (30 %)" */
      char *text = g_strdup_printf (_("%u (%s)"), barrier->count, share);
      PasChartBar bar = {
        pas_barrier_get_label (barrier->barrier),
        largest > 0 ? (double) barrier->count / largest : NAN,
        text,
        barrier->barrier == PAS_BARRIER_NONE,
      };

      g_ptr_array_add (texts, text);
      g_array_append_val (bars, bar);
    }
  pas_chart_bars_set_bars (self->barrier_chart, (PasChartBar *) bars->data, bars->len);
  pas_chart_card_set_data (self->barrier_card, description, table,
                           total == 0 ? _("No readiness assessment in this period.") : NULL);
}

static void
update_levels (PasOverviewPage *self,
               PasIndicators   *indicators)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (PasChartPoint));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) table = pas_overview_table_levels (indicators);
  g_autofree char *description = pas_overview_describe_levels (indicators);
  gboolean any = FALSE;

  for (guint i = 0; i < indicators->months->len; i++)
    {
      const PasMonthLevel *month = &g_array_index (indicators->months, PasMonthLevel, i);
      g_autofree char *name = pas_overview_format_month (month->year, month->month, FALSE);
      /* The year where it changes, and on the first month.
       * Translators: a month on a chart axis and its year, e.g. "Jan 2027" */
      char *label = i == 0 || month->month == 1 ? g_strdup_printf (_("%s %d"), name, month->year)
                                                : g_strdup (name);
      char *text = pas_indicators_format_number (month->mean_level, 1);
      PasChartPoint point = { label, month->mean_level, text };

      g_ptr_array_add (texts, label);
      g_ptr_array_add (texts, text);
      g_array_append_val (points, point);
      any |= isfinite (month->mean_level);
    }
  pas_chart_line_set_points (self->level_chart, (PasChartPoint *) points->data, points->len, MAX_LEVEL);
  pas_chart_card_set_data (self->level_card, description, table,
                           any ? NULL : _("Nobody has been assessed on the project’s skills yet."));
}

static void
update_heatmap (PasOverviewPage *self,
                PasIndicators   *indicators)
{
  g_autoptr(GPtrArray) table = pas_overview_table_heatmap (indicators);
  g_autofree char *description = pas_overview_describe_heatmap (indicators);
  const char *empty = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < indicators->cells->len && !any; i++)
    any = g_array_index (indicators->cells, PasSkillCell, i).n_assessed > 0;

  if (indicators->skills->len == 0)
    empty = _("The project lists no skill yet: add the skills it requires in Training.");
  else if (indicators->departments->len == 0)
    empty = _("No department recorded yet.");
  else if (!any)
    empty = _("Nobody has been assessed on the project’s skills yet.");

  pas_chart_heatmap_set_indicators (self->heatmap_chart, empty ? NULL : indicators);
  pas_chart_card_set_data (self->heatmap_card, description, table, empty);
}

static void
update_pager (PasOverviewRows *rows,
              GtkWidget       *pager,
              GtkLabel        *range,
              GtkWidget       *previous,
              GtkWidget       *next)
{
  guint total = pas_overview_rows_get_total (rows);
  guint page = pas_overview_rows_get_page (rows);
  guint first = page * PAS_OVERVIEW_ROWS_PAGE_SIZE;
  g_autofree char *text = NULL;

  /* Translators: which rows of a list are shown, e.g. "11–20 of 4488" */
  text = g_strdup_printf (_("%u–%u of %u"), first + 1, MIN (first + PAS_OVERVIEW_ROWS_PAGE_SIZE, total), total);
  gtk_label_set_label (range, text);
  gtk_widget_set_visible (pager, total > PAS_OVERVIEW_ROWS_PAGE_SIZE);
  gtk_widget_set_sensitive (previous, page > 0);
  gtk_widget_set_sensitive (next, page + 1 < pas_overview_rows_get_n_pages (rows));
}

static void
update_pagers (PasOverviewPage *self)
{
  update_pager (self->blocking_rows, self->blocking_pager, self->blocking_range,
                self->blocking_previous, self->blocking_next);
  update_pager (self->at_risk_rows, self->at_risk_pager, self->at_risk_range,
                self->at_risk_previous, self->at_risk_next);
}

static void
on_pager_clicked_cb (PasOverviewPage *self,
                     GtkWidget       *button)
{
  gboolean blocking = button == self->blocking_previous || button == self->blocking_next;
  gboolean back = button == self->blocking_previous || button == self->at_risk_previous;
  PasOverviewRows *rows = blocking ? self->blocking_rows : self->at_risk_rows;
  GtkWidget *opposite = blocking ? (back ? self->blocking_next : self->blocking_previous)
                                 : (back ? self->at_risk_next : self->at_risk_previous);
  guint page = pas_overview_rows_get_page (rows);

  if (back && page == 0)
    return;
  pas_overview_rows_set_page (rows, back ? page - 1 : page + 1);
  update_pagers (self);
  /* On the first or last page the button goes insensitive: the focus
   * stays in the pager rather than jumping to the top of the window. */
  if (!gtk_widget_get_sensitive (button))
    gtk_widget_grab_focus (opposite);
}

static void
update_lists (PasOverviewPage *self,
              PasIndicators   *indicators)
{
  g_autofree char *blocking = NULL;
  g_autofree char *at_risk = NULL;
  guint n_blocking, n_at_risk;

  pas_overview_rows_set_indicators (self->blocking_rows, indicators);
  pas_overview_rows_set_indicators (self->at_risk_rows, indicators);
  n_blocking = pas_overview_rows_get_total (self->blocking_rows);
  n_at_risk = pas_overview_rows_get_total (self->at_risk_rows);
  update_pagers (self);

  /* Translators: a heading with the number of blocking zones */
  blocking = g_strdup_printf (_("Blocking Zones (%u)"), n_blocking);
  /* Translators: a heading with the number of people at risk */
  at_risk = g_strdup_printf (_("People at Risk (%u)"), n_at_risk);
  gtk_label_set_label (self->blocking_title, indicators ? blocking : _("Blocking Zones"));
  gtk_label_set_label (self->at_risk_title, indicators ? at_risk : _("People at Risk"));
  /* "Nobody" would be a claim before the first numbers arrive. */
  gtk_stack_set_visible_child_name (self->blocking_stack, n_blocking > 0 || !indicators ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->at_risk_stack, n_at_risk > 0 || !indicators ? "list" : "empty");
}

static void
update_period_label (PasOverviewPage *self,
                     PasIndicators   *indicators,
                     gboolean         compare)
{
  g_autofree char *range = pas_overview_format_range (indicators->since, indicators->until);
  g_autofree char *text = NULL;

  if (compare && indicators->previous_since != NULL)
    {
      g_autofree char *previous = pas_overview_format_range (indicators->previous_since,
                                                             indicators->previous_until);
      /* Translators: the period shown and the one its trends compare with */
      text = g_strdup_printf (_("%s, compared with %s"), range, previous);
    }
  else
    text = g_steal_pointer (&range);
  gtk_label_set_label (self->period_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period_label), text);
}

static void
apply_indicators (PasOverviewPage *self,
                  PasIndicators   *indicators)
{
  gboolean compare = pas_overview_period_compares (self->period);
  gint64 start = g_get_monotonic_time ();

  pas_indicators_ref (indicators);
  g_clear_pointer (&self->indicators, pas_indicators_unref);
  self->indicators = indicators;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PAS_IS_OVERVIEW_TILE (child))
      pas_overview_tile_update (PAS_OVERVIEW_TILE (child), indicators, compare);

  update_completion (self, indicators);
  update_barriers (self, indicators, compare);
  update_levels (self, indicators);
  update_heatmap (self, indicators);
  update_lists (self, indicators);
  update_period_label (self, indicators, compare);

  /* What the main thread spends on new numbers, before layout and drawing. */
  g_debug ("Indicators shown in %.2f ms, on the main thread", (g_get_monotonic_time () - start) / 1000.0);
}

static void
on_computed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PasOverviewPage) self = user_data;
  g_autoptr(PasIndicators) indicators = NULL;
  g_autoptr(GError) error = NULL;

  indicators = pas_indicators_compute_finish (result, &error);
  /* A newer computation took over, or the page is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  g_debug ("Indicators computed in %.0f ms, in a thread", (g_get_monotonic_time () - self->started) / 1000.0);
  if (indicators == NULL)
    {
      /* Translators: %s says why */
      g_autofree char *message = g_strdup_printf (_("The indicators could not be computed: %s"), error->message);
      show_status (self, message);
      return;
    }
  show_status (self, NULL);
  apply_indicators (self, indicators);
}

static void
start_computing (PasOverviewPage *self)
{
  PasWorkspace *workspace = pas_section_page_get_workspace (PAS_SECTION_PAGE (self));
  gint64 project_id = pas_section_page_get_project_id (PAS_SECTION_PAGE (self));
  g_autofree char *project_start = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  GDate today;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (workspace == NULL || project_id == 0)
    {
      set_busy (self, FALSE);
      return;
    }
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      set_busy (self, FALSE);
      return;
    }
  self->stale = FALSE;

  get_today (&today);
  if (self->period == PAS_OVERVIEW_PERIOD_PROJECT)
    project_start = dup_project_start (self);
  pas_overview_period_get_range (self->period, &today, project_start, self->custom_since, self->custom_until,
                                 &since, &until);

  self->cancellable = g_cancellable_new ();
  self->started = g_get_monotonic_time ();
  set_busy (self, TRUE);
  pas_indicators_compute_async (pas_workspace_get_path (workspace), project_id, since, until, self->cancellable,
                                on_computed_cb, g_object_ref (self));
}

static gboolean
refresh_cb (gpointer data)
{
  PasOverviewPage *self = data;

  self->refresh_source = 0;
  start_computing (self);
  return G_SOURCE_REMOVE;
}

static void
on_workspace_changed_cb (PasOverviewPage *self,
                         PasKind          kind,
                         gint64           id,
                         PasWorkspace    *workspace)
{
  if (pas_section_page_get_project_id (PAS_SECTION_PAGE (self)) == 0)
    return;
  /* A burst of changes (an import, a fast typist) makes one computation. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
watch_workspace (PasOverviewPage *self,
                 PasWorkspace    *workspace)
{
  if (self->watched == workspace)
    return;
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_func (self->watched, on_workspace_changed_cb, self);
  g_set_object (&self->watched, workspace);
  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
update_custom_button (PasOverviewPage *self)
{
  g_autofree char *range = pas_overview_format_range (self->custom_since, self->custom_until);
  g_autofree char *accessible = NULL;

  gtk_menu_button_set_label (self->custom_button, range);
  /* Translators: the accessible name of the button that edits the custom period; %s is the period */
  accessible = g_strdup_printf (_("Custom period: %s"), range);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->custom_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
open_custom_popover (PasOverviewPage *self)
{
  const char *since = self->custom_since;
  const char *until = self->custom_until;

  /* Start from the dates shown, which is what one usually adjusts. */
  if (!self->has_custom && self->indicators != NULL)
    {
      since = self->indicators->since;
      until = self->indicators->until;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->since_entry), since ? since : "");
  gtk_editable_set_text (GTK_EDITABLE (self->until_entry), until ? until : "");
  gtk_widget_set_visible (GTK_WIDGET (self->custom_error_label), FALSE);
  gtk_menu_button_popup (self->custom_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->since_entry));
}

static void
on_period_selected_cb (PasOverviewPage *self)
{
  PasOverviewPeriod selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (selected == PAS_OVERVIEW_PERIOD_CUSTOM)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->custom_button), TRUE);
      if (!self->has_custom)
        {
          /* Nothing changes until dates are given. */
          open_custom_popover (self);
          return;
        }
      self->period = selected;
      update_custom_button (self);
      start_computing (self);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->custom_button), FALSE);
  if (selected == self->period || selected > PAS_OVERVIEW_PERIOD_CUSTOM)
    return;
  self->period = selected;
  start_computing (self);
}

static void
on_custom_closed_cb (PasOverviewPage *self)
{
  /* Closed without dates: back to the period shown. */
  if (self->period != PAS_OVERVIEW_PERIOD_CUSTOM)
    gtk_drop_down_set_selected (self->period_dropdown, self->period);
}

static void
on_custom_apply_cb (PasOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *since_text = gtk_editable_get_text (GTK_EDITABLE (self->since_entry));
  const char *until_text = gtk_editable_get_text (GTK_EDITABLE (self->until_entry));

  if (!pas_overview_page_set_custom_period (self, since_text, until_text, &error))
    {
      gtk_label_set_label (self->custom_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->custom_error_label), TRUE);
      return;
    }
  gtk_popover_popdown (self->custom_popover);
}

static void
on_tile_activated_cb (PasOverviewPage *self,
                      GtkFlowBoxChild *child)
{
  if (PAS_IS_OVERVIEW_TILE (child))
    pas_overview_tile_show_definition (PAS_OVERVIEW_TILE (child));
}

static void
on_row_activated_cb (PasOverviewPage *self,
                     guint            position,
                     GtkListView     *list)
{
  GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(PasOverviewItem) item = g_list_model_get_item (rows, position);

  g_autoptr(GVariant) target = NULL;
  const char *action;

  if (item == NULL)
    return;
  action = pas_overview_item_get_action (item, &target);
  gtk_widget_activate_action_variant (GTK_WIDGET (self), action, target);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PasOverviewPage          *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);
  GtkWidget *suggestion = gtk_label_new (NULL);
  GtkWidget *labels[] = { title, reason, suggestion };
  GtkWidget *button = gtk_button_new ();

  gtk_widget_set_margin_top (row, 8);
  gtk_widget_set_margin_bottom (row, 8);
  gtk_widget_set_margin_start (row, 18);
  gtk_widget_set_margin_end (row, 12);
  gtk_widget_set_hexpand (texts, TRUE);
  /* One line each, ellipsized, the whole text in the tooltip and the
   * row's accessible name: GTK 4.8's list view measures wrapped labels
   * so often that a page of them held the main thread for 100 ms after
   * each new snapshot of the large workspace. */
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_xalign (GTK_LABEL (labels[i]), 0);
      gtk_label_set_ellipsize (GTK_LABEL (labels[i]), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (texts), labels[i]);
    }
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (suggestion, "caption");
  gtk_widget_add_css_class (suggestion, "dim-label");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), button);
  g_object_set_data (G_OBJECT (row), "texts", texts);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "reason", reason);
  g_object_set_data (G_OBJECT (row), "suggestion", suggestion);
  g_object_set_data (G_OBJECT (row), "button", button);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PasOverviewPage          *self)
{
  PasOverviewItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "button");
  const char *section = pas_overview_item_get_section (item);
  g_autoptr(GVariant) target = NULL;
  const char *action = pas_overview_item_get_action (item, &target);
  g_autofree char *suggestion = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *tooltip = NULL;

  /* Translators: what to do about a blocking zone or a person at risk */
  suggestion = g_strdup_printf (_("Suggested: %s"), pas_overview_item_get_suggestion (item));
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "title"), pas_overview_item_get_title (item));
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "reason"), pas_overview_item_get_reason (item));
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "suggestion"), suggestion);
  gtk_button_set_label (GTK_BUTTON (button), get_section_link (section));
  /* The target first: an action with a parameter and no target warns. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, pas_overview_item_get_title (item),
                                  -1);

  /* GTK 4.8 has no gtk_list_item_set_accessible_label (4.12): the row
   * widget around the child is named directly, so that a screen reader
   * says more than "list item". */
  accessible = g_strdup_printf ("%s. %s. %s", pas_overview_item_get_title (item),
                                pas_overview_item_get_reason (item), suggestion);
  tooltip = g_strdup_printf ("%s\n%s\n%s", pas_overview_item_get_title (item),
                             pas_overview_item_get_reason (item), suggestion);
  gtk_widget_set_tooltip_text (g_object_get_data (G_OBJECT (row), "texts"), tooltip);
  if (gtk_widget_get_parent (row) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                    -1);
}

/* GTK 4.8 leaves the choices of a drop-down's popup unnamed: each is
 * named after its text, once GTK's own factory has bound it. */
static void
name_period_choice_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item)
{
  GtkStringObject *choice = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (GTK_IS_STRING_OBJECT (choice) && child != NULL && gtk_widget_get_parent (child) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (child)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_string_object_get_string (choice),
                                    -1);
}

static void
set_up_list (PasOverviewPage *self,
             GtkListView     *list,
             PasOverviewRows *rows)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (rows)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (list, factory);
  gtk_list_view_set_model (list, GTK_SELECTION_MODEL (selection));
}

static void
pas_overview_page_context_changed (PasSectionPage *page)
{
  PasOverviewPage *self = (PasOverviewPage *)page;
  gboolean has_project = pas_section_page_get_project_id (page) > 0;

  watch_workspace (self, pas_section_page_get_workspace (page));
  gtk_stack_set_visible_child_name (self->stack, has_project ? "overview" : "no-project");
  show_status (self, NULL);
  start_computing (self);
}

/* The computation waits for the page's first frame: at start-up its thread
 * would otherwise compete with the window for the processor. */
static void
on_after_paint_cb (GdkFrameClock   *clock,
                   PasOverviewPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, self);
  if (self->stale && gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_computing (self);
}

static void
pas_overview_page_map (GtkWidget *widget)
{
  PasOverviewPage *self = PAS_OVERVIEW_PAGE (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (pas_overview_page_parent_class)->map (widget);
  if (self->stale && (clock = gtk_widget_get_frame_clock (widget)) != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint_cb), self, 0);
  else if (self->stale)
    start_computing (self);
}

static void
pas_overview_page_dispose (GObject *object)
{
  PasOverviewPage *self = (PasOverviewPage *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  watch_workspace (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), PAS_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->blocking_rows);
  g_clear_object (&self->at_risk_rows);
  g_clear_pointer (&self->indicators, pas_indicators_unref);

  G_OBJECT_CLASS (pas_overview_page_parent_class)->dispose (object);
}

static void
pas_overview_page_finalize (GObject *object)
{
  PasOverviewPage *self = (PasOverviewPage *)object;

  g_free (self->custom_since);
  g_free (self->custom_until);

  G_OBJECT_CLASS (pas_overview_page_parent_class)->finalize (object);
}

static void
pas_overview_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PasOverviewPage *self = PAS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, pas_overview_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_overview_page_class_init (PasOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PasSectionPageClass *page_class = PAS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = pas_overview_page_dispose;
  object_class->finalize = pas_overview_page_finalize;
  object_class->get_property = pas_overview_page_get_property;
  widget_class->map = pas_overview_page_map;
  page_class->context_changed = pas_overview_page_context_changed;

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAS_TYPE_CHART_BARS);
  g_type_ensure (PAS_TYPE_CHART_CARD);
  g_type_ensure (PAS_TYPE_CHART_HEATMAP);
  g_type_ensure (PAS_TYPE_CHART_LINE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, custom_button);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, custom_popover);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, since_entry);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, until_entry);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, custom_error_label);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, tiles_box);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, completion_card);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, completion_chart);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, barrier_card);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, barrier_chart);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, level_card);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, level_chart);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, heatmap_card);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, heatmap_chart);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, blocking_title);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, blocking_stack);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, blocking_list);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, blocking_pager);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, blocking_range);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, blocking_previous);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, blocking_next);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, at_risk_title);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, at_risk_stack);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, at_risk_list);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, at_risk_pager);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, at_risk_range);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, at_risk_previous);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewPage, at_risk_next);
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tile_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pager_clicked_cb);
}

static void
pas_overview_page_init (PasOverviewPage *self)
{
  GtkListItemFactory *factory;

  self->period = PAS_OVERVIEW_PERIOD_PROJECT;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_drop_down_get_factory (self->period_dropdown);
  if (GTK_IS_SIGNAL_LIST_ITEM_FACTORY (factory))
    g_signal_connect_after (factory, "bind", G_CALLBACK (name_period_choice_cb), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tile_indicators); i++)
    gtk_flow_box_append (self->tiles_box, pas_overview_tile_new (tile_indicators[i]));

  self->blocking_rows = pas_overview_rows_new (PAS_OVERVIEW_ROWS_BLOCKING_ZONES);
  self->at_risk_rows = pas_overview_rows_new (PAS_OVERVIEW_ROWS_AT_RISK);
  set_up_list (self, self->blocking_list, self->blocking_rows);
  set_up_list (self, self->at_risk_list, self->at_risk_rows);
  update_lists (self, NULL);
  pas_gui_fix_button_names (GTK_WIDGET (self));
}

/* Whether indicators are being computed. */
gboolean
pas_overview_page_get_busy (PasOverviewPage *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_PAGE (self), FALSE);
  return self->cancellable != NULL;
}

/**
 * pas_overview_page_get_indicators:
 *
 * Returns: (transfer none) (nullable): the indicators shown
 */
PasIndicators *
pas_overview_page_get_indicators (PasOverviewPage *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_PAGE (self), NULL);
  return self->indicators;
}

PasOverviewPeriod
pas_overview_page_get_period (PasOverviewPage *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_PAGE (self), PAS_OVERVIEW_PERIOD_PROJECT);
  return self->period;
}

/**
 * pas_overview_page_set_period:
 *
 * Shows another period, as the period selector does. The custom
 * period asks for its dates first, unless it already has some.
 */
void
pas_overview_page_set_period (PasOverviewPage   *self,
                              PasOverviewPeriod  period)
{
  g_return_if_fail (PAS_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (period <= PAS_OVERVIEW_PERIOD_CUSTOM);

  gtk_drop_down_set_selected (self->period_dropdown, period);
}

/**
 * pas_overview_page_set_custom_period:
 * @since: (nullable): the first day, YYYY-MM-DD, empty or %NULL for none
 * @until: (nullable): the last day, likewise
 *
 * Shows a custom period. Dates that cannot be read change nothing.
 */
gboolean
pas_overview_page_set_custom_period (PasOverviewPage  *self,
                                     const char       *since,
                                     const char       *until,
                                     GError          **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (PAS_IS_OVERVIEW_PAGE (self), FALSE);

  if (!pas_overview_parse_range (since, until, &first, &last, error))
    return FALSE;

  g_free (self->custom_since);
  g_free (self->custom_until);
  self->custom_since = g_steal_pointer (&first);
  self->custom_until = g_steal_pointer (&last);
  self->has_custom = TRUE;
  self->period = PAS_OVERVIEW_PERIOD_CUSTOM;
  update_custom_button (self);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_button), TRUE);
  if (gtk_drop_down_get_selected (self->period_dropdown) != PAS_OVERVIEW_PERIOD_CUSTOM)
    gtk_drop_down_set_selected (self->period_dropdown, PAS_OVERVIEW_PERIOD_CUSTOM);
  else
    start_computing (self);
  return TRUE;
}
