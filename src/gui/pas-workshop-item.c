/* pas-workshop-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshop-item"

#include "config.h"

#include "pas-workshop-item.h"

/* One workshop of the section's list: a row of pas_workshop_list(). The
 * list keeps the same item for a workshop across reloads, so that the
 * selection and the focus stay on it. */
struct _PasWorkshopItem
{
  GObject         parent_instance;
  PasWorkshopRow *row;
  gboolean        starts_group;  /* the first upcoming, or the first past, workshop */
};

G_DEFINE_FINAL_TYPE (PasWorkshopItem, pas_workshop_item, G_TYPE_OBJECT)

static void
pas_workshop_item_finalize (GObject *object)
{
  PasWorkshopItem *self = (PasWorkshopItem *)object;

  g_clear_pointer (&self->row, pas_workshop_row_free);

  G_OBJECT_CLASS (pas_workshop_item_parent_class)->finalize (object);
}

static void
pas_workshop_item_class_init (PasWorkshopItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pas_workshop_item_finalize;
}

static void
pas_workshop_item_init (PasWorkshopItem *self)
{
}

/**
 * pas_workshop_item_new:
 * @row: (transfer full): the workshop
 */
PasWorkshopItem *
pas_workshop_item_new (PasWorkshopRow *row)
{
  PasWorkshopItem *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (PAS_TYPE_WORKSHOP_ITEM, NULL);
  self->row = row;
  return self;
}

const PasWorkshopRow *
pas_workshop_item_get_row (PasWorkshopItem *self)
{
  g_return_val_if_fail (PAS_IS_WORKSHOP_ITEM (self), NULL);
  return self->row;
}

/**
 * pas_workshop_item_set_row:
 * @row: (transfer full): newer values of the same workshop
 */
void
pas_workshop_item_set_row (PasWorkshopItem *self,
                           PasWorkshopRow  *row)
{
  g_return_if_fail (PAS_IS_WORKSHOP_ITEM (self));
  g_return_if_fail (row != NULL && row->id == self->row->id);

  pas_workshop_row_free (self->row);
  self->row = row;
}

gint64
pas_workshop_item_get_id (PasWorkshopItem *self)
{
  g_return_val_if_fail (PAS_IS_WORKSHOP_ITEM (self), 0);
  return self->row->id;
}

gboolean
pas_workshop_item_get_starts_group (PasWorkshopItem *self)
{
  g_return_val_if_fail (PAS_IS_WORKSHOP_ITEM (self), FALSE);
  return self->starts_group;
}

void
pas_workshop_item_set_starts_group (PasWorkshopItem *self,
                                    gboolean         starts_group)
{
  g_return_if_fail (PAS_IS_WORKSHOP_ITEM (self));
  self->starts_group = starts_group;
}
