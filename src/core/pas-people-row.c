/* pas-people-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-people-row"

#include "config.h"

#include "pas-people-row.h"

/* A row of the people list: an id, and the person loaded the first time
 * someone asks. GTK 4.8's list views ask the model for every added item
 * when the row they track is replaced, thousands for a search: a row
 * costs an allocation then, not a query. */
struct _PasPeopleRow
{
  GObject       parent_instance;
  PasWorkspace *workspace;
  GHashTable   *department_names;  /* gint64 id → name, shared with the list */
  gint64        id;
  PasRecord    *person;            /* NULL until asked for */
  gboolean      loaded;
};

G_DEFINE_FINAL_TYPE (PasPeopleRow, pas_people_row, G_TYPE_OBJECT)

static void
pas_people_row_finalize (GObject *object)
{
  PasPeopleRow *self = (PasPeopleRow *)object;

  g_clear_object (&self->person);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->department_names, g_hash_table_unref);

  G_OBJECT_CLASS (pas_people_row_parent_class)->finalize (object);
}

static void
pas_people_row_class_init (PasPeopleRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pas_people_row_finalize;
}

static void
pas_people_row_init (PasPeopleRow *self)
{
}

/**
 * pas_people_row_new:
 * @department_names: (transfer none): department ids to names, kept
 *   with a reference: the list replaces its own when departments change
 */
PasPeopleRow *
pas_people_row_new (PasWorkspace *workspace,
                    GHashTable   *department_names,
                    gint64        id)
{
  PasPeopleRow *self;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (department_names != NULL, NULL);

  self = g_object_new (PAS_TYPE_PEOPLE_ROW, NULL);
  self->workspace = g_object_ref (workspace);
  self->department_names = g_hash_table_ref (department_names);
  self->id = id;
  return self;
}

gint64
pas_people_row_get_id (PasPeopleRow *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_ROW (self), 0);
  return self->id;
}

/**
 * pas_people_row_get_person:
 *
 * Returns: (transfer none) (nullable): the person as stored when first
 *   asked, or %NULL when they no longer exist
 */
PasRecord *
pas_people_row_get_person (PasPeopleRow *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_ROW (self), NULL);

  if (!self->loaded)
    {
      g_autoptr(GError) error = NULL;

      self->loaded = TRUE;
      if (!(self->person = pas_workspace_load (self->workspace, PAS_KIND_PERSON, self->id, &error)))
        g_debug ("Person %" G_GINT64_FORMAT " could not be read: %s", self->id, error->message);
    }
  return self->person;
}

/* The name of the person's department, or NULL without one. */
const char *
pas_people_row_get_department_name (PasPeopleRow *self)
{
  PasRecord *person;
  gint64 department_id;

  g_return_val_if_fail (PAS_IS_PEOPLE_ROW (self), NULL);

  if (!(person = pas_people_row_get_person (self)) || pas_record_is_null (person, "department_id"))
    return NULL;
  department_id = pas_record_get_int (person, "department_id");
  return g_hash_table_lookup (self->department_names, &department_id);
}
