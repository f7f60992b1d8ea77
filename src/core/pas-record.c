/* pas-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-record"

#include "config.h"

#include "pas-record-private.h"

/* One row of one table: the kind says which columns exist
 * (see pas-kind.c); each value is unset (SQL NULL), an
 * int64, a double or a string. */
struct _PasRecord
{
  GObject  parent_instance;
  PasKind  kind;
  gint64   id;
  GValue  *values;
};

G_DEFINE_FINAL_TYPE (PasRecord, pas_record, G_TYPE_OBJECT)

static GValue *
lookup (PasRecord  *self,
        const char *field)
{
  int index = pas_kind_find_field (self->kind, field);

  if (index < 0)
    {
      g_critical ("A %s has no field “%s”", pas_kind_get_table (self->kind), field);
      return NULL;
    }
  return &self->values[index];
}

static GValue *
reset (PasRecord  *self,
       const char *field,
       GType       type)
{
  GValue *value = lookup (self, field);

  if (value == NULL)
    return NULL;
  if (G_IS_VALUE (value))
    g_value_unset (value);
  if (type != G_TYPE_INVALID)
    g_value_init (value, type);
  return value;
}

static void
pas_record_finalize (GObject *object)
{
  PasRecord *self = (PasRecord *)object;
  guint n = pas_kind_get_n_fields (self->kind);

  for (guint i = 0; i < n; i++)
    if (G_IS_VALUE (&self->values[i]))
      g_value_unset (&self->values[i]);
  g_free (self->values);

  G_OBJECT_CLASS (pas_record_parent_class)->finalize (object);
}

static void
pas_record_class_init (PasRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pas_record_finalize;
}

static void
pas_record_init (PasRecord *self)
{
}

PasRecord *
pas_record_new (PasKind kind)
{
  PasRecord *self;

  g_return_val_if_fail (kind < PAS_N_KINDS, NULL);

  self = g_object_new (PAS_TYPE_RECORD, NULL);
  self->kind = kind;
  self->values = g_new0 (GValue, pas_kind_get_n_fields (kind));
  return self;
}

PasKind
pas_record_get_kind (PasRecord *self)
{
  g_return_val_if_fail (PAS_IS_RECORD (self), 0);
  return self->kind;
}

/* 0 until the record is saved. */
gint64
pas_record_get_id (PasRecord *self)
{
  g_return_val_if_fail (PAS_IS_RECORD (self), 0);
  return self->id;
}

void
pas_record_set_id (PasRecord *self,
                   gint64     id)
{
  self->id = id;
}

const char *
pas_record_get_uuid (PasRecord *self)
{
  return pas_record_get_string (self, "uuid");
}

gboolean
pas_record_is_null (PasRecord  *self,
                    const char *field)
{
  GValue *value;

  g_return_val_if_fail (PAS_IS_RECORD (self), TRUE);
  value = lookup (self, field);
  return value == NULL || !G_IS_VALUE (value);
}

const char *
pas_record_get_string (PasRecord  *self,
                       const char *field)
{
  GValue *value;

  g_return_val_if_fail (PAS_IS_RECORD (self), NULL);
  value = lookup (self, field);
  if (value == NULL || !G_VALUE_HOLDS_STRING (value))
    return NULL;
  return g_value_get_string (value);
}

gint64
pas_record_get_int (PasRecord  *self,
                    const char *field)
{
  GValue *value;

  g_return_val_if_fail (PAS_IS_RECORD (self), 0);
  value = lookup (self, field);
  if (value == NULL || !G_IS_VALUE (value))
    return 0;
  if (G_VALUE_HOLDS_DOUBLE (value))
    return (gint64) g_value_get_double (value);
  if (G_VALUE_HOLDS_INT64 (value))
    return g_value_get_int64 (value);
  return 0;
}

double
pas_record_get_double (PasRecord  *self,
                       const char *field)
{
  GValue *value;

  g_return_val_if_fail (PAS_IS_RECORD (self), 0.0);
  value = lookup (self, field);
  if (value == NULL || !G_IS_VALUE (value))
    return 0.0;
  if (G_VALUE_HOLDS_INT64 (value))
    return (double) g_value_get_int64 (value);
  if (G_VALUE_HOLDS_DOUBLE (value))
    return g_value_get_double (value);
  return 0.0;
}

void
pas_record_set_string (PasRecord  *self,
                       const char *field,
                       const char *string)
{
  GValue *value;

  g_return_if_fail (PAS_IS_RECORD (self));
  value = reset (self, field, string ? G_TYPE_STRING : G_TYPE_INVALID);
  if (value != NULL && string != NULL)
    g_value_set_string (value, string);
}

void
pas_record_set_int (PasRecord  *self,
                    const char *field,
                    gint64      number)
{
  GValue *value;

  g_return_if_fail (PAS_IS_RECORD (self));
  if ((value = reset (self, field, G_TYPE_INT64)))
    g_value_set_int64 (value, number);
}

void
pas_record_set_double (PasRecord  *self,
                       const char *field,
                       double      number)
{
  GValue *value;

  g_return_if_fail (PAS_IS_RECORD (self));
  if ((value = reset (self, field, G_TYPE_DOUBLE)))
    g_value_set_double (value, number);
}

void
pas_record_set_null (PasRecord  *self,
                     const char *field)
{
  g_return_if_fail (PAS_IS_RECORD (self));
  reset (self, field, G_TYPE_INVALID);
}

PasRecord *
pas_record_copy (PasRecord *self)
{
  PasRecord *copy;
  guint n;

  g_return_val_if_fail (PAS_IS_RECORD (self), NULL);

  copy = pas_record_new (self->kind);
  copy->id = self->id;
  n = pas_kind_get_n_fields (self->kind);
  for (guint i = 0; i < n; i++)
    if (G_IS_VALUE (&self->values[i]))
      {
        g_value_init (&copy->values[i], G_VALUE_TYPE (&self->values[i]));
        g_value_copy (&self->values[i], &copy->values[i]);
      }
  return copy;
}

const GValue *
pas_record_get_value (PasRecord *self,
                      guint      index)
{
  return &self->values[index];
}

/* The row's columns are "id" then the kind's fields, in order. */
PasRecord *
pas_record_new_from_row (PasKind       kind,
                         sqlite3_stmt *stmt)
{
  PasRecord *self = pas_record_new (kind);
  guint n = pas_kind_get_n_fields (kind);

  self->id = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; i < n; i++)
    {
      GValue *value = &self->values[i];

      switch (sqlite3_column_type (stmt, i + 1))
        {
        case SQLITE_INTEGER:
          g_value_init (value, G_TYPE_INT64);
          g_value_set_int64 (value, sqlite3_column_int64 (stmt, i + 1));
          break;
        case SQLITE_FLOAT:
          g_value_init (value, G_TYPE_DOUBLE);
          g_value_set_double (value, sqlite3_column_double (stmt, i + 1));
          break;
        case SQLITE_NULL:
          break;
        default:
          g_value_init (value, G_TYPE_STRING);
          g_value_set_string (value, (const char *) sqlite3_column_text (stmt, i + 1));
          break;
        }
    }
  return self;
}

/* Binds the fields to parameters 1..n, in the kind's order. */
void
pas_record_bind_fields (PasRecord    *self,
                        sqlite3_stmt *stmt)
{
  guint n = pas_kind_get_n_fields (self->kind);

  for (guint i = 0; i < n; i++)
    {
      const GValue *value = &self->values[i];

      if (G_VALUE_HOLDS_INT64 (value))
        sqlite3_bind_int64 (stmt, i + 1, g_value_get_int64 (value));
      else if (G_VALUE_HOLDS_DOUBLE (value))
        sqlite3_bind_double (stmt, i + 1, g_value_get_double (value));
      else if (G_VALUE_HOLDS_STRING (value))
        sqlite3_bind_text (stmt, i + 1, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, i + 1);
    }
}
