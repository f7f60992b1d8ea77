/* pas-people-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-people-list"

#include "config.h"


#include "pas-fold.h"
#include "pas-id-list.h"
#include "pas-people-list.h"
#include "pas-people-row.h"
#include "pas-workspace-private.h"

/* The people of the workspace as the People section lists them: filtered
 * by department, referents and archive, searched on name, email, job
 * title, site and department name, sorted by any column — all in SQL.
 * Only the row ids are kept; the items are PasPeopleRow, which load the
 * person when a view binds them. The names of departments, shown beside
 * each person, are kept too: there are few of them. */
struct _PasPeopleList
{
  GObject        parent_instance;
  PasWorkspace  *workspace;
  GArray        *ids;              /* gint64 */
  GHashTable    *department_names; /* gint64 id → name */
  char          *search;           /* folded, or NULL */
  gint64         department_id;
  PasPeopleSort  sort;
  guint          descending : 1;
  guint          referents_only : 1;
  guint          show_archived : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PasPeopleList, pas_people_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* ORDER BY of each sort; the name and the id break ties, so that the
 * order is stable. Text is compared folded, so that "Élodie" comes
 * before "Zoé". */
static const char * const sort_columns[PAS_PEOPLE_N_SORTS] = {
  [PAS_PEOPLE_SORT_NAME] = "pas_fold (p.name)",
  [PAS_PEOPLE_SORT_DEPARTMENT] = "d.name IS NULL, pas_fold (d.name)",
  [PAS_PEOPLE_SORT_JOB_TITLE] = "p.job_title = '', pas_fold (p.job_title)",
  [PAS_PEOPLE_SORT_SITE] = "p.site = '', pas_fold (p.site)",
  [PAS_PEOPLE_SORT_REFERENT] = "p.is_referent",
  [PAS_PEOPLE_SORT_COMFORT] = "p.comfort IS NULL, p.comfort",
};

static gboolean
failed (PasPeopleList  *self,
        GError        **error)
{
  return pas_workspace_set_error (self->workspace,
                                  sqlite3_extended_errcode (pas_workspace_get_db (self->workspace)),
                                  error);
}

static gboolean
load_department_names (PasPeopleList  *self,
                       GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  if (!(stmt = pas_workspace_prepare (self->workspace, "SELECT id, name FROM department", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (names, id, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return failed (self, error);
  /* A new table, not the old one emptied: the rows handed out keep theirs. */
  g_clear_pointer (&self->department_names, g_hash_table_unref);
  self->department_names = g_steal_pointer (&names);
  return TRUE;
}

static gboolean
query_ids (PasPeopleList  *self,
           GArray         *ids,
           GError        **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT p.id FROM person p LEFT JOIN department d ON d.id = p.department_id WHERE 1");
  sqlite3_stmt *stmt;
  int param = 1;
  int rc;

  if (!self->show_archived)
    g_string_append (sql, " AND p.archived = 0");
  if (self->referents_only)
    g_string_append (sql, " AND p.is_referent = 1");
  if (self->department_id == PAS_PEOPLE_NO_DEPARTMENT)
    g_string_append (sql, " AND p.department_id IS NULL");
  else if (self->department_id > 0)
    g_string_append (sql, " AND p.department_id = ?");

  /* Every word typed must appear somewhere, in any order: "sales marie". */
  if (self->search != NULL)
    g_string_append (sql, " AND pas_match (?, p.name, p.email, p.job_title, p.site, d.name)");

  g_string_append_printf (sql, " ORDER BY %s %s, pas_fold (p.name), p.id",
                          sort_columns[self->sort], self->descending ? "DESC" : "ASC");

  if (!(stmt = pas_workspace_prepare (self->workspace, sql->str, error)))
    return FALSE;
  if (self->department_id > 0)
    sqlite3_bind_int64 (stmt, param++, self->department_id);
  if (self->search != NULL)
    sqlite3_bind_text (stmt, param++, self->search, -1, SQLITE_STATIC);

  rc = pas_id_list_step (stmt, ids);
  sqlite3_clear_bindings (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return failed (self, error);
  return TRUE;
}

static gboolean
reload (PasPeopleList  *self,
        gint64          touched,
        GError        **error)
{
  return pas_id_list_reload (G_LIST_MODEL (self), &self->ids, (PasIdListQuery) query_ids, touched, error);
}

static void
reload_or_warn (PasPeopleList *self,
                gint64         touched)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, touched, &error))
    g_warning ("The list of people could not be read: %s", error->message);
}

/* A change with no id came from a batch: any row may hold new values.
 * A department renamed shows in every row of its people. */
static void
on_workspace_changed_cb (PasPeopleList *self,
                         PasKind        kind,
                         gint64         id,
                         PasWorkspace  *workspace)
{
  g_autoptr(GError) error = NULL;

  if (kind == PAS_KIND_PERSON)
    reload_or_warn (self, id != 0 ? id : PAS_ID_LIST_TOUCHED_ALL);
  else if (kind == PAS_KIND_DEPARTMENT)
    {
      if (!load_department_names (self, &error))
        g_warning ("The departments could not be read: %s", error->message);
      reload_or_warn (self, PAS_ID_LIST_TOUCHED_ALL);
    }
}

static GType
get_item_type (GListModel *model)
{
  return PAS_TYPE_PEOPLE_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return PAS_PEOPLE_LIST (model)->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PasPeopleList *self = PAS_PEOPLE_LIST (model);

  if (position >= self->ids->len)
    return NULL;
  return pas_people_row_new (self->workspace, self->department_names,
                             g_array_index (self->ids, gint64, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
pas_people_list_dispose (GObject *object)
{
  PasPeopleList *self = (PasPeopleList *)object;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_people_list_parent_class)->dispose (object);
}

static void
pas_people_list_finalize (GObject *object)
{
  PasPeopleList *self = (PasPeopleList *)object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->department_names, g_hash_table_unref);
  g_free (self->search);

  G_OBJECT_CLASS (pas_people_list_parent_class)->finalize (object);
}

static void
pas_people_list_class_init (PasPeopleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pas_people_list_dispose;
  object_class->finalize = pas_people_list_finalize;
}

static void
pas_people_list_init (PasPeopleList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->department_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->department_id = PAS_PEOPLE_ANY_DEPARTMENT;
  self->sort = PAS_PEOPLE_SORT_NAME;
}

/**
 * pas_people_list_new:
 *
 * Creates the list of the people of @workspace who are not archived,
 * by name, reloaded when people or departments change.
 */
PasPeopleList *
pas_people_list_new (PasWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  PasPeopleList *self;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PAS_TYPE_PEOPLE_LIST, NULL);
  self->workspace = g_object_ref (workspace);
  g_signal_connect_object (workspace, "changed",
                           G_CALLBACK (on_workspace_changed_cb),
                           self, G_CONNECT_SWAPPED);
  if (!load_department_names (self, &error))
    g_warning ("The departments could not be read: %s", error->message);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
  return self;
}

/**
 * pas_people_list_set_search:
 * @text: (nullable): words to look for, each anywhere in the name,
 *   email, job title, site or department, regardless of case and accents
 */
void
pas_people_list_set_search (PasPeopleList *self,
                            const char    *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (PAS_IS_PEOPLE_LIST (self));

  if (text != NULL)
    {
      folded = g_strstrip (pas_fold (text));
      if (*folded == '\0')
        g_clear_pointer (&folded, g_free);
    }
  if (g_strcmp0 (folded, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

/* The search as folded, or NULL. */
const char *
pas_people_list_get_search (PasPeopleList *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_LIST (self), NULL);
  return self->search;
}

/**
 * pas_people_list_set_department:
 * @department_id: a department, %PAS_PEOPLE_NO_DEPARTMENT for the people
 *   without one, or %PAS_PEOPLE_ANY_DEPARTMENT
 */
void
pas_people_list_set_department (PasPeopleList *self,
                                gint64         department_id)
{
  g_return_if_fail (PAS_IS_PEOPLE_LIST (self));
  g_return_if_fail (department_id >= PAS_PEOPLE_ANY_DEPARTMENT);

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

gint64
pas_people_list_get_department (PasPeopleList *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_LIST (self), PAS_PEOPLE_ANY_DEPARTMENT);
  return self->department_id;
}

void
pas_people_list_set_referents_only (PasPeopleList *self,
                                    gboolean       referents_only)
{
  g_return_if_fail (PAS_IS_PEOPLE_LIST (self));

  referents_only = !!referents_only;
  if (self->referents_only == referents_only)
    return;
  self->referents_only = referents_only;
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

gboolean
pas_people_list_get_referents_only (PasPeopleList *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_LIST (self), FALSE);
  return self->referents_only;
}

/* Archived people are left out unless asked for. */
void
pas_people_list_set_show_archived (PasPeopleList *self,
                                   gboolean       show_archived)
{
  g_return_if_fail (PAS_IS_PEOPLE_LIST (self));

  show_archived = !!show_archived;
  if (self->show_archived == show_archived)
    return;
  self->show_archived = show_archived;
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

gboolean
pas_people_list_get_show_archived (PasPeopleList *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_LIST (self), FALSE);
  return self->show_archived;
}

/* Empty values sort last either way; ties go by name. */
void
pas_people_list_set_sort (PasPeopleList *self,
                          PasPeopleSort  sort,
                          gboolean       descending)
{
  g_return_if_fail (PAS_IS_PEOPLE_LIST (self));
  g_return_if_fail (sort < PAS_PEOPLE_N_SORTS);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

gint64
pas_people_list_get_id (PasPeopleList *self,
                        guint          position)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

/* The position of the person with @id, or -1. */
int
pas_people_list_find (PasPeopleList *self,
                      gint64         id)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_LIST (self), -1);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return -1;
}

/* The name of a department, or NULL when there is none with that id. */
const char *
pas_people_list_get_department_name (PasPeopleList *self,
                                     gint64         department_id)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_LIST (self), NULL);
  return g_hash_table_lookup (self->department_names, &department_id);
}

gboolean
pas_people_list_reload (PasPeopleList  *self,
                        GError        **error)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_LIST (self), FALSE);

  if (!load_department_names (self, error))
    return FALSE;
  return reload (self, PAS_ID_LIST_TOUCHED_NONE, error);
}
