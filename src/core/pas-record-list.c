/* pas-record-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-record-list"

#include "config.h"

#include "pas-fold.h"
#include "pas-id-list.h"
#include "pas-record-list.h"
#include "pas-workspace-private.h"

/* A list of the records of one kind that match equality filters and a
 * search, in SQL order. Only the row ids are kept; a record is built when
 * the view asks for it. */
struct _PasRecordList
{
  GObject       parent_instance;
  PasWorkspace *workspace;
  PasKind       kind;
  GArray       *ids;       /* gint64 */
  GArray       *filters;   /* Filter */
  char         *search;
  char         *order;     /* NULL: the kind's default */
  gulong        changed_id;
};

typedef struct
{
  const char *field;  /* interned */
  gint64      value;
} Filter;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PasRecordList, pas_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static gboolean
query_ids (PasRecordList  *self,
           GArray         *ids,
           GError        **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id FROM ");
  g_autofree char *pattern = NULL;
  const char *search = pas_kind_get_search (self->kind);
  sqlite3_stmt *stmt;
  guint param = 1;
  int rc;

  g_string_append_printf (sql, "%s WHERE 1", pas_kind_get_table (self->kind));
  for (guint i = 0; i < self->filters->len; i++)
    g_string_append_printf (sql, " AND %s = ?", g_array_index (self->filters, Filter, i).field);

  if (self->search != NULL && search != NULL)
    {
      if (self->kind == PAS_KIND_FEEDBACK)
        {
          pattern = pas_fold_build_match (self->search);
          g_string_append (sql, " AND id IN (SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ?)");
        }
      else
        {
          pattern = g_strdup (self->search);
          g_string_append_printf (sql, " AND pas_match (?, %s)", search);
        }
    }
  g_string_append_printf (sql, " ORDER BY %s", self->order ? self->order : pas_kind_get_order (self->kind));

  if (!(stmt = pas_workspace_prepare (self->workspace, sql->str, error)))
    return FALSE;
  for (guint i = 0; i < self->filters->len; i++)
    sqlite3_bind_int64 (stmt, param++, g_array_index (self->filters, Filter, i).value);
  if (pattern != NULL)
    sqlite3_bind_text (stmt, param++, pattern, -1, SQLITE_STATIC);

  rc = pas_id_list_step (stmt, ids);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return pas_workspace_set_error (self->workspace, sqlite3_extended_errcode (pas_workspace_get_db (self->workspace)), error);
  return TRUE;
}

static gboolean
reload (PasRecordList  *self,
        gint64          touched,
        GError        **error)
{
  return pas_id_list_reload (G_LIST_MODEL (self), &self->ids, (PasIdListQuery) query_ids, touched, error);
}

gboolean
pas_record_list_reload (PasRecordList  *self,
                        GError        **error)
{
  g_return_val_if_fail (PAS_IS_RECORD_LIST (self), FALSE);

  return reload (self, PAS_ID_LIST_TOUCHED_NONE, error);
}

static void
reload_or_warn (PasRecordList *self,
                gint64         touched)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, touched, &error))
    g_warning ("The list of %s could not be read: %s", pas_kind_get_table (self->kind), error->message);
}

/* A change with no id came from a batch: any row may hold new values. */
static void
on_workspace_changed_cb (PasRecordList *self,
                         PasKind        kind,
                         gint64         id,
                         PasWorkspace  *workspace)
{
  if (kind == self->kind)
    reload_or_warn (self, id != 0 ? id : PAS_ID_LIST_TOUCHED_ALL);
}

static GType
get_item_type (GListModel *model)
{
  return PAS_TYPE_RECORD;
}

static guint
get_n_items (GListModel *model)
{
  return PAS_RECORD_LIST (model)->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PasRecordList *self = PAS_RECORD_LIST (model);

  if (position >= self->ids->len)
    return NULL;
  return pas_workspace_load (self->workspace, self->kind,
                             g_array_index (self->ids, gint64, position), NULL);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
pas_record_list_dispose (GObject *object)
{
  PasRecordList *self = (PasRecordList *)object;

  g_clear_signal_handler (&self->changed_id, self->workspace);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_record_list_parent_class)->dispose (object);
}

static void
pas_record_list_finalize (GObject *object)
{
  PasRecordList *self = (PasRecordList *)object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->filters, g_array_unref);
  g_free (self->search);
  g_free (self->order);

  G_OBJECT_CLASS (pas_record_list_parent_class)->finalize (object);
}

static void
pas_record_list_class_init (PasRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pas_record_list_dispose;
  object_class->finalize = pas_record_list_finalize;
}

static void
pas_record_list_init (PasRecordList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filters = g_array_new (FALSE, FALSE, sizeof (Filter));
}

/**
 * pas_record_list_new:
 *
 * Creates a list of every record of @kind, loaded at once and
 * reloaded when records of that kind change.
 */
PasRecordList *
pas_record_list_new (PasWorkspace *workspace,
                     PasKind       kind)
{
  PasRecordList *self;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (kind < PAS_N_KINDS, NULL);

  self = g_object_new (PAS_TYPE_RECORD_LIST, NULL);
  self->workspace = g_object_ref (workspace);
  self->kind = kind;
  self->changed_id = g_signal_connect_object (workspace, "changed",
                                              G_CALLBACK (on_workspace_changed_cb),
                                              self, G_CONNECT_SWAPPED);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
  return self;
}

PasKind
pas_record_list_get_kind (PasRecordList *self)
{
  g_return_val_if_fail (PAS_IS_RECORD_LIST (self), 0);
  return self->kind;
}

/* Keeps only the records whose @field equals @value. */
void
pas_record_list_set_filter (PasRecordList *self,
                            const char    *field,
                            gint64         value)
{
  Filter filter;

  g_return_if_fail (PAS_IS_RECORD_LIST (self));
  g_return_if_fail (pas_kind_find_field (self->kind, field) >= 0);

  filter.field = g_intern_string (field);
  for (guint i = 0; i < self->filters->len; i++)
    if (g_array_index (self->filters, Filter, i).field == filter.field)
      {
        if (g_array_index (self->filters, Filter, i).value == value)
          return;
        g_array_remove_index (self->filters, i);
        break;
      }
  filter.value = value;
  g_array_append_val (self->filters, filter);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

void
pas_record_list_unset_filter (PasRecordList *self,
                              const char    *field)
{
  const char *interned;

  g_return_if_fail (PAS_IS_RECORD_LIST (self));

  interned = g_intern_string (field);
  for (guint i = 0; i < self->filters->len; i++)
    if (g_array_index (self->filters, Filter, i).field == interned)
      {
        g_array_remove_index (self->filters, i);
        reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
        return;
      }
}

/* Words to look for: full-text for feedback, a substring elsewhere. */
void
pas_record_list_set_search (PasRecordList *self,
                            const char    *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (PAS_IS_RECORD_LIST (self));

  stripped = text ? g_strstrip (g_strdup (text)) : NULL;
  if (stripped && *stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  if (g_strcmp0 (stripped, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&stripped);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

void
pas_record_list_set_order (PasRecordList *self,
                           const char    *field,
                           gboolean       descending)
{
  g_autofree char *order = NULL;

  g_return_if_fail (PAS_IS_RECORD_LIST (self));
  g_return_if_fail (field == NULL || pas_kind_find_field (self->kind, field) >= 0);

  if (field != NULL)
    order = g_strdup_printf ("%s %s, id", field, descending ? "DESC" : "ASC");
  if (g_strcmp0 (order, self->order) == 0)
    return;
  g_free (self->order);
  self->order = g_steal_pointer (&order);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

gint64
pas_record_list_get_id (PasRecordList *self,
                        guint          position)
{
  g_return_val_if_fail (PAS_IS_RECORD_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

/* The position of the record with @id, or -1. */
int
pas_record_list_find (PasRecordList *self,
                      gint64         id)
{
  g_return_val_if_fail (PAS_IS_RECORD_LIST (self), -1);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return -1;
}
