/* pas-overview-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-overview"

#include "config.h"

#include "pas-overview-item.h"

struct _PasOverviewItem
{
  GObject  parent_instance;
  char    *title;
  char    *reason;
  char    *suggestion;
  char    *section;
  gint64   person_id;  /* the person it is about, or 0 */
};

G_DEFINE_FINAL_TYPE (PasOverviewItem, pas_overview_item, G_TYPE_OBJECT)

static void
pas_overview_item_finalize (GObject *object)
{
  PasOverviewItem *self = (PasOverviewItem *)object;

  g_free (self->title);
  g_free (self->reason);
  g_free (self->suggestion);
  g_free (self->section);

  G_OBJECT_CLASS (pas_overview_item_parent_class)->finalize (object);
}

static void
pas_overview_item_class_init (PasOverviewItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pas_overview_item_finalize;
}

static void
pas_overview_item_init (PasOverviewItem *self)
{
}

/**
 * pas_overview_item_new:
 * @section: the window's section where one acts on it, e.g. "training"
 */
PasOverviewItem *
pas_overview_item_new (const char *title,
                       const char *reason,
                       const char *suggestion,
                       const char *section)
{
  PasOverviewItem *self = g_object_new (PAS_TYPE_OVERVIEW_ITEM, NULL);

  self->title = g_strdup (title ? title : "");
  self->reason = g_strdup (reason ? reason : "");
  self->suggestion = g_strdup (suggestion ? suggestion : "");
  self->section = g_strdup (section);
  return self;
}

const char *
pas_overview_item_get_title (PasOverviewItem *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_ITEM (self), NULL);
  return self->title;
}

const char *
pas_overview_item_get_reason (PasOverviewItem *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_ITEM (self), NULL);
  return self->reason;
}

const char *
pas_overview_item_get_suggestion (PasOverviewItem *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_ITEM (self), NULL);
  return self->suggestion;
}

const char *
pas_overview_item_get_section (PasOverviewItem *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_ITEM (self), NULL);
  return self->section;
}

/* A line about a person opens the People section on them. */
void
pas_overview_item_set_person_id (PasOverviewItem *self,
                                 gint64           person_id)
{
  g_return_if_fail (PAS_IS_OVERVIEW_ITEM (self));
  self->person_id = person_id;
}

gint64
pas_overview_item_get_person_id (PasOverviewItem *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_ITEM (self), 0);
  return self->person_id;
}

/**
 * pas_overview_item_get_action:
 * @target: (out) (transfer full): the action's parameter
 *
 * Returns: the window action that opens the place where one acts on
 *   the item: the person in People, or else the item's section
 */
const char *
pas_overview_item_get_action (PasOverviewItem  *self,
                              GVariant        **target)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_ITEM (self), NULL);

  if (self->person_id > 0 && g_strcmp0 (self->section, "people") == 0)
    {
      *target = g_variant_ref_sink (g_variant_new_int64 (self->person_id));
      return "win.show-person";
    }
  *target = g_variant_ref_sink (g_variant_new_string (self->section));
  return "win.section";
}
