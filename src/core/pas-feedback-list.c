/* pas-feedback-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-feedback-list"

#include "config.h"

#include "pas-feedback-list.h"
#include "pas-fold.h"
#include "pas-id-list.h"
#include "pas-workspace-private.h"

/* The feedback of one project as the Pilots & Feedback section lists it,
 * newest first: filtered by status, category, severity and department,
 * searched in full text (FTS5) — all in SQL. PasRecordList filters on
 * integers only; status and category are text. Only the row ids are
 * kept; a record is loaded when a view asks for it. */
struct _PasFeedbackList
{
  GObject       parent_instance;
  PasWorkspace *workspace;
  gint64        project_id;
  GArray       *ids;            /* gint64 */
  char         *search;         /* as typed, stripped, or NULL */
  char         *match;          /* the FTS5 query made of it */
  char         *status;         /* NULL: any */
  char         *category;       /* NULL: any */
  int           severity;       /* 0: any */
  gint64        department_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PasFeedbackList, pas_feedback_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static gboolean
failed (PasFeedbackList  *self,
        GError          **error)
{
  return pas_workspace_set_error (self->workspace,
                                  sqlite3_extended_errcode (pas_workspace_get_db (self->workspace)),
                                  error);
}

static gboolean
query_ids (PasFeedbackList  *self,
           GArray           *ids,
           GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int param = 1;
  int rc;

  /* A search starts from the words' matches (CROSS JOIN keeps that order):
   * the planner would otherwise walk the whole project by date and look
   * each row up in the full-text index. */
  if (self->match != NULL)
    g_string_append (sql, "SELECT f.id FROM feedback_fts CROSS JOIN feedback f ON f.id = feedback_fts.rowid"
                          " WHERE feedback_fts MATCH ? AND f.project_id = ?");
  else
    g_string_append (sql, "SELECT f.id FROM feedback f WHERE f.project_id = ?");
  if (self->status != NULL)
    g_string_append (sql, " AND f.status = ?");
  if (self->category != NULL)
    g_string_append (sql, " AND f.category = ?");
  if (self->severity > 0)
    g_string_append (sql, " AND f.severity = ?");
  if (self->department_id == PAS_FEEDBACK_NO_DEPARTMENT)
    g_string_append (sql, " AND f.department_id IS NULL");
  else if (self->department_id > 0)
    g_string_append (sql, " AND f.department_id = ?");
  /* With a filter, sorting the rows it keeps is faster than walking the
   * whole project by date and reading every row to test it (measured on
   * the large demo): "+" keeps the date index out of the ORDER BY. */
  g_string_append_printf (sql, " ORDER BY %sf.created_at DESC, f.id DESC",
                          self->match == NULL && pas_feedback_list_is_filtered (self) ? "+" : "");

  if (!(stmt = pas_workspace_prepare (self->workspace, sql->str, error)))
    return FALSE;
  if (self->match != NULL)
    sqlite3_bind_text (stmt, param++, self->match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, param++, self->project_id);
  if (self->status != NULL)
    sqlite3_bind_text (stmt, param++, self->status, -1, SQLITE_STATIC);
  if (self->category != NULL)
    sqlite3_bind_text (stmt, param++, self->category, -1, SQLITE_STATIC);
  if (self->severity > 0)
    sqlite3_bind_int (stmt, param++, self->severity);
  if (self->department_id > 0)
    sqlite3_bind_int64 (stmt, param++, self->department_id);

  rc = pas_id_list_step (stmt, ids);
  sqlite3_clear_bindings (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return failed (self, error);
  return TRUE;
}

static gboolean
reload (PasFeedbackList  *self,
        gint64            touched,
        GError          **error)
{
  return pas_id_list_reload (G_LIST_MODEL (self), &self->ids, (PasIdListQuery) query_ids, touched, error);
}

static void
reload_or_warn (PasFeedbackList *self,
                gint64           touched)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, touched, &error))
    g_warning ("The feedback could not be read: %s", error->message);
}

/* A change with no id came from a batch: any row may hold new values.
 * A department renamed shows in the rows of its feedback. */
static void
on_workspace_changed_cb (PasFeedbackList *self,
                         PasKind          kind,
                         gint64           id,
                         PasWorkspace    *workspace)
{
  if (kind == PAS_KIND_FEEDBACK)
    reload_or_warn (self, id != 0 ? id : PAS_ID_LIST_TOUCHED_ALL);
  else if (kind == PAS_KIND_DEPARTMENT)
    reload_or_warn (self, PAS_ID_LIST_TOUCHED_ALL);
}

static GType
get_item_type (GListModel *model)
{
  return PAS_TYPE_RECORD;
}

static guint
get_n_items (GListModel *model)
{
  return PAS_FEEDBACK_LIST (model)->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PasFeedbackList *self = PAS_FEEDBACK_LIST (model);

  if (position >= self->ids->len)
    return NULL;
  return pas_workspace_load (self->workspace, PAS_KIND_FEEDBACK,
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
pas_feedback_list_dispose (GObject *object)
{
  PasFeedbackList *self = (PasFeedbackList *)object;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_feedback_list_parent_class)->dispose (object);
}

static void
pas_feedback_list_finalize (GObject *object)
{
  PasFeedbackList *self = (PasFeedbackList *)object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_free (self->search);
  g_free (self->match);
  g_free (self->status);
  g_free (self->category);

  G_OBJECT_CLASS (pas_feedback_list_parent_class)->finalize (object);
}

static void
pas_feedback_list_class_init (PasFeedbackListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pas_feedback_list_dispose;
  object_class->finalize = pas_feedback_list_finalize;
}

static void
pas_feedback_list_init (PasFeedbackList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->department_id = PAS_FEEDBACK_ANY_DEPARTMENT;
}

/**
 * pas_feedback_list_new:
 *
 * Creates the list of the feedback of @project_id, newest first,
 * reloaded when feedback or departments change.
 */
PasFeedbackList *
pas_feedback_list_new (PasWorkspace *workspace,
                       gint64        project_id)
{
  PasFeedbackList *self;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (project_id > 0, NULL);

  self = g_object_new (PAS_TYPE_FEEDBACK_LIST, NULL);
  self->workspace = g_object_ref (workspace);
  self->project_id = project_id;
  g_signal_connect_object (workspace, "changed",
                           G_CALLBACK (on_workspace_changed_cb),
                           self, G_CONNECT_SWAPPED);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
  return self;
}

gint64
pas_feedback_list_get_project_id (PasFeedbackList *self)
{
  g_return_val_if_fail (PAS_IS_FEEDBACK_LIST (self), 0);
  return self->project_id;
}

/**
 * pas_feedback_list_set_search:
 * @text: (nullable): words to look for in the text and the response,
 *   each as the start of a word, regardless of case and accents
 */
void
pas_feedback_list_set_search (PasFeedbackList *self,
                              const char      *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *match = NULL;

  g_return_if_fail (PAS_IS_FEEDBACK_LIST (self));

  if (text != NULL)
    {
      stripped = g_strstrip (g_strdup (text));
      match = pas_fold_build_match (stripped);
      if (*match == '\0')
        {
          g_clear_pointer (&stripped, g_free);
          g_clear_pointer (&match, g_free);
        }
    }
  if (g_strcmp0 (match, self->match) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&stripped);
  g_free (self->match);
  self->match = g_steal_pointer (&match);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

/* The search, stripped, or NULL. */
const char *
pas_feedback_list_get_search (PasFeedbackList *self)
{
  g_return_val_if_fail (PAS_IS_FEEDBACK_LIST (self), NULL);
  return self->search;
}

static void
set_text_filter (PasFeedbackList  *self,
                 char            **filter,
                 const char       *value)
{
  if (g_strcmp0 (*filter, value) == 0)
    return;
  g_free (*filter);
  *filter = g_strdup (value);
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

/**
 * pas_feedback_list_set_status:
 * @status: (nullable): a key of pas_feedback_statuses, or %NULL for any
 */
void
pas_feedback_list_set_status (PasFeedbackList *self,
                              const char      *status)
{
  g_return_if_fail (PAS_IS_FEEDBACK_LIST (self));
  set_text_filter (self, &self->status, status);
}

/**
 * pas_feedback_list_set_category:
 * @category: (nullable): a key of pas_feedback_categories, or %NULL for any
 */
void
pas_feedback_list_set_category (PasFeedbackList *self,
                                const char      *category)
{
  g_return_if_fail (PAS_IS_FEEDBACK_LIST (self));
  set_text_filter (self, &self->category, category);
}

/**
 * pas_feedback_list_set_severity:
 * @severity: 1 to 4, or 0 for any
 */
void
pas_feedback_list_set_severity (PasFeedbackList *self,
                                int              severity)
{
  g_return_if_fail (PAS_IS_FEEDBACK_LIST (self));
  g_return_if_fail (severity >= 0 && severity <= 4);

  if (self->severity == severity)
    return;
  self->severity = severity;
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

/**
 * pas_feedback_list_set_department:
 * @department_id: a department, %PAS_FEEDBACK_NO_DEPARTMENT for the
 *   feedback of no department, or %PAS_FEEDBACK_ANY_DEPARTMENT
 */
void
pas_feedback_list_set_department (PasFeedbackList *self,
                                  gint64           department_id)
{
  g_return_if_fail (PAS_IS_FEEDBACK_LIST (self));
  g_return_if_fail (department_id >= PAS_FEEDBACK_ANY_DEPARTMENT);

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  reload_or_warn (self, PAS_ID_LIST_TOUCHED_NONE);
}

/* Whether a search or a filter leaves some of the project's feedback out. */
gboolean
pas_feedback_list_is_filtered (PasFeedbackList *self)
{
  g_return_val_if_fail (PAS_IS_FEEDBACK_LIST (self), FALSE);

  return self->match != NULL || self->status != NULL || self->category != NULL ||
         self->severity > 0 || self->department_id != PAS_FEEDBACK_ANY_DEPARTMENT;
}

gint64
pas_feedback_list_get_id (PasFeedbackList *self,
                          guint            position)
{
  g_return_val_if_fail (PAS_IS_FEEDBACK_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

/* The position of the feedback item with @id, or -1. */
int
pas_feedback_list_find (PasFeedbackList *self,
                        gint64           id)
{
  g_return_val_if_fail (PAS_IS_FEEDBACK_LIST (self), -1);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return -1;
}

/* How many feedback items the project has, whatever the filters; -1 on error. */
gint64
pas_feedback_list_count_all (PasFeedbackList *self)
{
  sqlite3_stmt *stmt;
  gint64 count = -1;

  g_return_val_if_fail (PAS_IS_FEEDBACK_LIST (self), -1);

  if (!(stmt = pas_workspace_prepare (self->workspace, "SELECT count(*) FROM feedback WHERE project_id = ?", NULL)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, self->project_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

gboolean
pas_feedback_list_reload (PasFeedbackList  *self,
                          GError          **error)
{
  g_return_val_if_fail (PAS_IS_FEEDBACK_LIST (self), FALSE);
  return reload (self, PAS_ID_LIST_TOUCHED_NONE, error);
}
