/* pas-kind.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-kind"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <sqlite3.h>

#include "pas-kind.h"
#include "pas-workspace-private.h"

typedef struct
{
  const char *table;
  const char *label;
  const char *order;   /* default ORDER BY of the lists */
  const char *search;  /* expression matched by a list's search, or NULL */
} PasKindInfo;

static const PasKindInfo kinds[PAS_N_KINDS] = {
  [PAS_KIND_SETTING] = { "setting", N_("Setting"), "key", NULL },
  [PAS_KIND_PROJECT] = { "project", N_("Project"), "name COLLATE pas_fold, id", "name" },
  [PAS_KIND_DEPARTMENT] = { "department", N_("Department"), "name COLLATE pas_fold, id", "name || ' ' || site" },
  [PAS_KIND_PERSON] = { "person", N_("Person"), "name COLLATE pas_fold, id",
                        "name || ' ' || coalesce (email, '') || ' ' || job_title || ' ' || site" },
  [PAS_KIND_WORKSHOP] = { "workshop", N_("Workshop"), "starts_at, id", "title || ' ' || objective || ' ' || place" },
  [PAS_KIND_AGENDA_ITEM] = { "agenda_item", N_("Agenda item"), "position, id", "title || ' ' || method" },
  [PAS_KIND_WORKSHOP_PARTICIPANT] = { "workshop_participant", N_("Workshop participant"), "id", NULL },
  [PAS_KIND_CONTRIBUTION] = { "contribution", N_("Contribution"), "created_at, id", "text || ' ' || theme" },
  [PAS_KIND_PILOT] = { "pilot", N_("Pilot"), "start_date, id", "name || ' ' || scope" },
  [PAS_KIND_PILOT_TESTER] = { "pilot_tester", N_("Pilot tester"), "id", NULL },
  [PAS_KIND_PILOT_CRITERION] = { "pilot_criterion", N_("Go/no-go criterion"), "id", "label" },
  [PAS_KIND_FEEDBACK] = { "feedback", N_("Feedback"), "created_at DESC, id DESC", "text || ' ' || response" },
  [PAS_KIND_SKILL] = { "skill", N_("Skill"), "name COLLATE pas_fold, id", "name || ' ' || description" },
  [PAS_KIND_PROJECT_SKILL] = { "project_skill", N_("Project skill"), "id", NULL },
  [PAS_KIND_TRAINING_MODULE] = { "training_module", N_("Training module"), "title COLLATE pas_fold, id", "title" },
  [PAS_KIND_ENROLLMENT] = { "enrollment", N_("Enrollment"), "due_date, id", NULL },
  [PAS_KIND_SKILL_ASSESSMENT] = { "skill_assessment", N_("Skill assessment"), "assessed_on DESC, id DESC", NULL },
  [PAS_KIND_READINESS_ASSESSMENT] = { "readiness_assessment", N_("Readiness assessment"), "assessed_on DESC, id DESC", NULL },
  [PAS_KIND_REFERENT_ACTIVITY] = { "referent_activity", N_("Referent activity"), "activity_date DESC, id DESC", "note" },
  [PAS_KIND_SUCCESS_STORY] = { "success_story", N_("Success story"), "story_date DESC, id DESC", "title || ' ' || story" },
  [PAS_KIND_STORY_PERSON] = { "story_person", N_("Person in a story"), "id", NULL },
  [PAS_KIND_COMMUNICATION] = { "communication", N_("Communication"), "planned_date, id", "title || ' ' || channel || ' ' || audience" },
};

/* The columns of each table, read once from the schema itself so that
 * the C side never repeats it. "id" is left out: it is the record's identity. */
static GArray *fields[PAS_N_KINDS];

static gpointer
load_fields (gpointer data)
{
  g_autoptr(GBytes) schema = NULL;
  sqlite3 *db = NULL;

  schema = pas_workspace_load_sql ("schema-1.sql");
  if (sqlite3_open (":memory:", &db) != SQLITE_OK ||
      sqlite3_exec (db, g_bytes_get_data (schema, NULL), NULL, NULL, NULL) != SQLITE_OK)
    g_error ("The built-in schema does not load: %s", sqlite3_errmsg (db));

  for (guint k = 0; k < PAS_N_KINDS; k++)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (%s)", kinds[k].table);
      sqlite3_stmt *stmt = NULL;

      fields[k] = g_array_new (FALSE, TRUE, sizeof (PasField));
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 1);
          const char *type = (const char *) sqlite3_column_text (stmt, 2);
          PasField field;

          if (g_str_equal (name, "id"))
            continue;
          field.name = g_intern_string (name);
          field.type = g_str_equal (type, "INTEGER") ? PAS_FIELD_INTEGER
                     : g_str_equal (type, "REAL") ? PAS_FIELD_REAL
                     : PAS_FIELD_TEXT;
          field.not_null = sqlite3_column_int (stmt, 3) != 0;
          g_array_append_val (fields[k], field);
        }
      sqlite3_finalize (stmt);
      g_assert (fields[k]->len > 0);
    }

  sqlite3_close (db);
  return NULL;
}

static GArray *
get_fields (PasKind kind)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_fields, NULL);
  return fields[kind];
}

const char *
pas_kind_get_table (PasKind kind)
{
  g_return_val_if_fail (kind < PAS_N_KINDS, NULL);
  return kinds[kind].table;
}

/* The translated name of one record of this kind, for messages. */
const char *
pas_kind_get_label (PasKind kind)
{
  g_return_val_if_fail (kind < PAS_N_KINDS, NULL);
  return _(kinds[kind].label);
}

const char *
pas_kind_get_order (PasKind kind)
{
  g_return_val_if_fail (kind < PAS_N_KINDS, NULL);
  return kinds[kind].order;
}

const char *
pas_kind_get_search (PasKind kind)
{
  g_return_val_if_fail (kind < PAS_N_KINDS, NULL);
  return kinds[kind].search;
}

guint
pas_kind_get_n_fields (PasKind kind)
{
  g_return_val_if_fail (kind < PAS_N_KINDS, 0);
  return get_fields (kind)->len;
}

const PasField *
pas_kind_get_field (PasKind kind,
                    guint   index)
{
  GArray *array;

  g_return_val_if_fail (kind < PAS_N_KINDS, NULL);
  array = get_fields (kind);
  g_return_val_if_fail (index < array->len, NULL);
  return &g_array_index (array, PasField, index);
}

/* Returns the index of the field, or -1 when the kind has no such column. */
int
pas_kind_find_field (PasKind     kind,
                     const char *name)
{
  GArray *array;

  g_return_val_if_fail (kind < PAS_N_KINDS, -1);
  g_return_val_if_fail (name != NULL, -1);

  array = get_fields (kind);
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (g_array_index (array, PasField, i).name, name))
      return i;
  return -1;
}

gboolean
pas_kind_from_table (const char *table,
                     PasKind    *kind)
{
  for (guint k = 0; k < PAS_N_KINDS; k++)
    if (g_strcmp0 (kinds[k].table, table) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}
