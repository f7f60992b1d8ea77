/* pas-overview-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-overview-rows.h"

typedef enum
{
  ZONE_CELL,
  ZONE_MODULE,
  ZONE_CATEGORY,
} ZoneKind;

typedef struct
{
  ZoneKind kind;
  guint    index;
} Zone;

struct _PasOverviewRows
{
  GObject              parent_instance;
  PasOverviewRowsKind  kind;
  PasIndicators       *indicators;
  GArray              *zones;   /* Zone, for the blocking zones */
  guint                page;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PasOverviewRows, pas_overview_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
add_zone (PasOverviewRows *self,
          ZoneKind         kind,
          guint            index)
{
  Zone zone = { kind, index };

  g_array_append_val (self->zones, zone);
}

static void
collect_zones (PasOverviewRows *self)
{
  PasIndicators *indicators = self->indicators;

  g_array_set_size (self->zones, 0);
  if (indicators == NULL)
    return;
  for (guint i = 0; i < indicators->blocking_cells->len; i++)
    add_zone (self, ZONE_CELL, i);
  for (guint i = 0; i < indicators->modules->len; i++)
    if (((PasModuleIndicators *) g_ptr_array_index (indicators->modules, i))->blocking)
      add_zone (self, ZONE_MODULE, i);
  for (guint i = 0; i < indicators->feedback_categories->len; i++)
    if (g_array_index (indicators->feedback_categories, PasFeedbackCategory, i).blocking)
      add_zone (self, ZONE_CATEGORY, i);
}

static PasOverviewItem *
create_cell_item (PasOverviewRows    *self,
                  const PasSkillCell *cell)
{
  const PasDepartmentIndicators *department = g_ptr_array_index (self->indicators->departments, cell->department);
  const PasSkillIndicators *skill = g_ptr_array_index (self->indicators->skills, cell->skill);
  g_autofree char *level = pas_indicators_format_number (cell->mean_level, 1);
  g_autofree char *completion = pas_indicators_format_percent (cell->completion);
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;

  /* Translators: a blocking zone: a department and a skill */
  title = g_strdup_printf (_("%s — %s"), department->name, skill->name);
  if (cell->n_enrollments > 0)
    /* Translators: e.g. "Average level 0.7, 5 assessed; 40 % of 10 enrollments completed" */
    reason = g_strdup_printf (ngettext ("Average level %s, %u assessed; %s of %u enrollment completed",
                                        "Average level %s, %u assessed; %s of %u enrollments completed",
                                        cell->n_enrollments),
                              level, cell->n_assessed, completion, cell->n_enrollments);
  else
    reason = g_strdup_printf (_("Average level %s, %u assessed; no training on this skill yet"),
                              level, cell->n_assessed);
  return pas_overview_item_new (title, reason,
                                _("Training on this skill for the department, with coaching or peer sharing"),
                                "training");
}

static PasOverviewItem *
create_module_item (const PasModuleIndicators *module)
{
  g_autofree char *completion = pas_indicators_format_percent (module->completion);
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;

  /* Translators: a blocking zone: a training module whose title is %s */
  title = g_strdup_printf (_("Module “%s”"), module->title);
  /* Translators: e.g. "32 % completed: 7 of 22 enrollments" */
  reason = g_strdup_printf (ngettext ("%s completed: %u of %u enrollment", "%s completed: %u of %u enrollments",
                                      module->n_enrollments),
                            completion, module->n_completed, module->n_enrollments);
  return pas_overview_item_new (title, reason, _("Follow up with the people enrolled, or rethink the module"),
                                "training");
}

static PasOverviewItem *
create_category_item (const PasFeedbackCategory *category)
{
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;

  /* Translators: a blocking zone: a category of feedback, e.g. "Feedback: Usability" */
  title = g_strdup_printf (_("Feedback: %s"), category->label);
  reason = g_strdup_printf (ngettext ("%u item still open", "%u items still open", category->n_open),
                            category->n_open);
  return pas_overview_item_new (title, reason, _("Triage the open items and answer their authors"), "feedback");
}

/* Core's reasons are written to follow a name; on a line of their own
 * they start with a capital. */
static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8] = { 0 };

  if (*text == '\0')
    return g_strdup (text);
  g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

static PasOverviewItem *
create_person_item (const PasAtRiskPerson *person)
{
  g_autofree char *title = NULL;
  g_autofree char *description = pas_at_risk_person_describe (person);
  g_autofree char *reason = capitalize (description);
  PasOverviewItem *item;

  if (person->department != NULL)
    /* Translators: a person at risk and their department */
    title = g_strdup_printf (_("%s, %s"), person->name, person->department);
  else
    title = g_strdup (person->name);
  item = pas_overview_item_new (title, reason, pas_action_get_text (person->action),
                                pas_overview_section_for_action (person->action));
  pas_overview_item_set_person_id (item, person->person_id);
  return item;
}

static GType
pas_overview_rows_get_item_type (GListModel *model)
{
  return PAS_TYPE_OVERVIEW_ITEM;
}

static guint
pas_overview_rows_get_n_items (GListModel *model)
{
  PasOverviewRows *self = PAS_OVERVIEW_ROWS (model);
  guint total = pas_overview_rows_get_total (self);
  guint first = self->page * PAS_OVERVIEW_ROWS_PAGE_SIZE;

  return first < total ? MIN (PAS_OVERVIEW_ROWS_PAGE_SIZE, total - first) : 0;
}

static gpointer
pas_overview_rows_get_item (GListModel *model,
                            guint       position)
{
  PasOverviewRows *self = PAS_OVERVIEW_ROWS (model);
  const Zone *zone;

  if (position >= pas_overview_rows_get_n_items (model))
    return NULL;
  position += self->page * PAS_OVERVIEW_ROWS_PAGE_SIZE;
  if (self->kind == PAS_OVERVIEW_ROWS_AT_RISK)
    return create_person_item (g_ptr_array_index (self->indicators->at_risk, position));

  zone = &g_array_index (self->zones, Zone, position);
  switch (zone->kind)
    {
    case ZONE_CELL:
      return create_cell_item (self, &g_array_index (self->indicators->blocking_cells, PasSkillCell, zone->index));
    case ZONE_MODULE:
      return create_module_item (g_ptr_array_index (self->indicators->modules, zone->index));
    case ZONE_CATEGORY:
    default:
      return create_category_item (&g_array_index (self->indicators->feedback_categories, PasFeedbackCategory,
                                                   zone->index));
    }
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = pas_overview_rows_get_item_type;
  iface->get_n_items = pas_overview_rows_get_n_items;
  iface->get_item = pas_overview_rows_get_item;
}

static void
pas_overview_rows_finalize (GObject *object)
{
  PasOverviewRows *self = (PasOverviewRows *)object;

  g_clear_pointer (&self->indicators, pas_indicators_unref);
  g_array_unref (self->zones);

  G_OBJECT_CLASS (pas_overview_rows_parent_class)->finalize (object);
}

static void
pas_overview_rows_class_init (PasOverviewRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pas_overview_rows_finalize;
}

static void
pas_overview_rows_init (PasOverviewRows *self)
{
  self->zones = g_array_new (FALSE, FALSE, sizeof (Zone));
}

PasOverviewRows *
pas_overview_rows_new (PasOverviewRowsKind kind)
{
  PasOverviewRows *self = g_object_new (PAS_TYPE_OVERVIEW_ROWS, NULL);

  self->kind = kind;
  return self;
}

/* Shows the rows of @indicators, on the same page while it exists,
 * with one items-changed. */
void
pas_overview_rows_set_indicators (PasOverviewRows *self,
                                  PasIndicators   *indicators)
{
  guint removed;

  g_return_if_fail (PAS_IS_OVERVIEW_ROWS (self));

  removed = pas_overview_rows_get_n_items (G_LIST_MODEL (self));
  if (indicators != NULL)
    pas_indicators_ref (indicators);
  g_clear_pointer (&self->indicators, pas_indicators_unref);
  self->indicators = indicators;
  if (self->kind == PAS_OVERVIEW_ROWS_BLOCKING_ZONES)
    collect_zones (self);
  self->page = MIN (self->page, pas_overview_rows_get_n_pages (self) - 1);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed,
                              pas_overview_rows_get_n_items (G_LIST_MODEL (self)));
}

/* How many rows there are over all pages. */
guint
pas_overview_rows_get_total (PasOverviewRows *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_ROWS (self), 0);

  if (self->indicators == NULL)
    return 0;
  if (self->kind == PAS_OVERVIEW_ROWS_AT_RISK)
    return self->indicators->at_risk->len;
  return self->zones->len;
}

guint
pas_overview_rows_get_page (PasOverviewRows *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_ROWS (self), 0);
  return self->page;
}

/* At least one, empty when there are no rows. */
guint
pas_overview_rows_get_n_pages (PasOverviewRows *self)
{
  guint total;

  g_return_val_if_fail (PAS_IS_OVERVIEW_ROWS (self), 1);

  total = pas_overview_rows_get_total (self);
  return MAX (1, (total + PAS_OVERVIEW_ROWS_PAGE_SIZE - 1) / PAS_OVERVIEW_ROWS_PAGE_SIZE);
}

void
pas_overview_rows_set_page (PasOverviewRows *self,
                            guint            page)
{
  guint removed;

  g_return_if_fail (PAS_IS_OVERVIEW_ROWS (self));

  page = MIN (page, pas_overview_rows_get_n_pages (self) - 1);
  if (page == self->page)
    return;
  removed = pas_overview_rows_get_n_items (G_LIST_MODEL (self));
  self->page = page;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed,
                              pas_overview_rows_get_n_items (G_LIST_MODEL (self)));
}

/* Where one acts on a suggested action: DESIGN.md's routing. */
const char *
pas_overview_section_for_action (PasAction action)
{
  switch (action)
    {
    case PAS_ACTION_MICRO_LEARNING:
    case PAS_ACTION_COACHING:
    case PAS_ACTION_SKILL_TRAINING:
    case PAS_ACTION_FIRST_MODULE:
      return "training";
    case PAS_ACTION_RECOGNITION:
      return "culture";
    case PAS_ACTION_CONVERSATION:
    case PAS_ACTION_NONE:
    default:
      return "people";
    }
}
