/* pas-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "pas-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pas-export-private.h"
#include "pas-indicators-private.h"
#include "pas-reader.h"
#include "pas-workspace-private.h"

/* How an export runs: check the period and the destination; open a
 * connection of its own and compute the indicators there; create the
 * hidden temporary file beside the destination (which proves the folder
 * can be written); write every sheet, a row at a time, in libxlsxwriter's
 * constant-memory mode; flush the file to the disk; rename it over the
 * destination. Any failure, cancellation included, removes the temporary
 * file. Numbers are written with the C locale's decimal point whatever
 * the user's locale, because libxlsxwriter formats them with printf. */

#define CANCEL_CHECK_STEPS 20000
#define OPEN_SINCE "0000-01-01"
#define OPEN_UNTIL "9999-12-31"

G_DEFINE_QUARK (pas-export-error-quark, pas_export_error)

/* Checks */

static gboolean
parse_day (const char  *text,
           GDate       *date,
           GError     **error)
{
  static const char pattern[] = "dddd-dd-dd";
  gboolean valid = strlen (text) == sizeof pattern - 1;

  for (guint i = 0; valid && pattern[i]; i++)
    valid = pattern[i] == 'd' ? g_ascii_isdigit (text[i]) : text[i] == pattern[i];
  if (valid)
    {
      int year = atoi (text), month = atoi (text + 5), day = atoi (text + 8);

      valid = year >= 1 && g_date_valid_dmy (day, month, year);
      if (valid)
        g_date_set_dmy (date, day, month, year);
    }
  if (!valid)
    g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_INVALID_PERIOD,
                 _("“%s” is not a date: write it as year-month-day, for example 2025-03-31."), text);
  return valid;
}

/**
 * pas_export_check_period:
 * @since: (nullable): the first day, YYYY-MM-DD
 * @until: (nullable): the last day
 *
 * Returns: whether both are real dates, in order.
 */
gboolean
pas_export_check_period (const char  *since,
                         const char  *until,
                         GError     **error)
{
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (since != NULL && !parse_day (since, &first, error))
    return FALSE;
  if (until != NULL && !parse_day (until, &last, error))
    return FALSE;
  if (since != NULL && until != NULL && g_date_compare (&first, &last) > 0)
    {
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_INVALID_PERIOD,
                   _("The period starts on %s, after it ends on %s: swap the two dates."), since, until);
      return FALSE;
    }
  return TRUE;
}

/**
 * pas_export_check_destination:
 * @destination: the file to write
 *
 * Says early what would stop the export: a folder that does not exist
 * or cannot be written, a destination that exists when replacing it was
 * not asked (%PAS_EXPORT_ERROR_EXISTS).
 */
gboolean
pas_export_check_destination (const char      *destination,
                              PasExportFlags   flags,
                              GError         **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *display = NULL;
  g_autofree char *folder_display = NULL;
  GStatBuf info;

  g_return_val_if_fail (destination != NULL, FALSE);

  display = g_filename_display_name (destination);
  if (*destination == '\0' || g_str_has_suffix (destination, G_DIR_SEPARATOR_S))
    {
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION,
                   _("“%s” is not a file name: give the name of the workbook to write."), display);
      return FALSE;
    }
  folder = g_path_get_dirname (destination);
  folder_display = g_filename_display_name (folder);
  if (g_stat (folder, &info) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION,
                     _("The folder “%s” does not exist: create it, or choose another one."), folder_display);
      else
        g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION,
                     _("The folder “%s” cannot be used: %s."), folder_display, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISDIR (info.st_mode))
    {
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION,
                   _("“%s” is not a folder: choose a folder to write the workbook in."), folder_display);
      return FALSE;
    }
  if (g_access (folder, W_OK) != 0)
    {
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION,
                   _("The folder “%s” cannot be written to (%s): choose another one."), folder_display,
                   g_strerror (errno));
      return FALSE;
    }
  if (g_lstat (destination, &info) == 0)
    {
      if (S_ISDIR (info.st_mode))
        {
          g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION,
                       _("“%s” is a folder: give the name of the workbook to write."), display);
          return FALSE;
        }
      if (!(flags & PAS_EXPORT_REPLACE))
        {
          g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_EXISTS,
                       _("“%s” already exists: choose another name, or confirm that it may be replaced."), display);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * pas_export_find_project:
 * @name: (nullable): a project's name, matched exactly, or else whatever
 *   the case; %NULL for the first project by name
 * @found_name: (out) (optional): the project's name
 * @n_projects: (out) (optional): how many projects the workspace holds
 *
 * Returns: the project's id, or 0 with @error set (%PAS_EXPORT_ERROR_NO_PROJECT,
 *   whose message lists the projects).
 */
gint64
pas_export_find_project (PasWorkspace  *workspace,
                         const char    *name,
                         char         **found_name,
                         guint         *n_projects,
                         GError       **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *folded = name ? g_utf8_casefold (name, -1) : NULL;
  sqlite3_stmt *stmt;
  int found = -1, rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), 0);

  if (!(stmt = pas_workspace_prepare (workspace, "SELECT id, name FROM project ORDER BY name COLLATE pas_fold, id", error)))
    return 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pas_workspace_set_error (workspace, rc, error);
      return 0;
    }

  if (n_projects)
    *n_projects = ids->len;
  if (name == NULL && ids->len > 0)
    found = 0;
  for (guint i = 0; name != NULL && found < 0 && i < names->len; i++)
    if (g_str_equal (name, g_ptr_array_index (names, i)))
      found = i;
  for (guint i = 0; name != NULL && found < 0 && i < names->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (names, i), -1);

      if (g_str_equal (folded, other))
        found = i;
    }

  if (found < 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      if (ids->len == 0)
        {
          g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_NO_PROJECT,
                       _("The workspace has no project yet: there is nothing to export."));
          return 0;
        }
      for (guint i = 0; i < names->len; i++)
        /* Translators: one project in a list of projects */
        g_string_append_printf (list, i == 0 ? _("“%s”") : _(", “%s”"), (char *) g_ptr_array_index (names, i));
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_NO_PROJECT,
                   _("There is no project named “%s”. The projects are: %s."), name, list->str);
      return 0;
    }
  if (found_name)
    *found_name = g_strdup (g_ptr_array_index (names, found));
  return g_array_index (ids, gint64, found);
}

/**
 * pas_export_suggest_filename:
 *
 * Returns: (transfer full): a file name for the workbook, without a
 *   folder, e.g. "CRM roll-out – workbook 2025-06-30.xlsx".
 */
char *
pas_export_suggest_filename (const char *project_name,
                             const char *since,
                             const char *until)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *project = g_strdup (project_name && *project_name ? project_name : _("Passerelle"));

  g_strdelimit (project, G_DIR_SEPARATOR_S "\\:*?\"<>|", '-');
  for (char *p = project; *p; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  /* Translators: a file name: the project, then the last day of the period */
  return g_strdup_printf (_("%s – workbook %s.xlsx"), project, until ? until : today);
}

/* The context */

static void
person_free (gpointer data)
{
  PasExportPerson *person = data;

  g_free (person->shown);
  g_free (person);
}

static void
context_clear (PasExportContext *ctx)
{
  g_clear_pointer (&ctx->indicators, pas_indicators_unref);
  g_clear_pointer (&ctx->organisation, g_free);
  g_clear_pointer (&ctx->period_text, g_free);
  g_clear_pointer (&ctx->since_day, g_free);
  g_clear_pointer (&ctx->until_day, g_free);
  g_clear_pointer (&ctx->time_zone, g_time_zone_unref);
  g_clear_pointer (&ctx->people, g_hash_table_unref);
  g_clear_pointer (&ctx->departments, g_hash_table_unref);
  if (ctx->workbook)
    {
      /* An export given up: libxlsxwriter closes the temporary files of
       * its worksheets only when it writes the workbook. */
      for (guint s = 0; s < PAS_EXPORT_N_SHEETS; s++)
        if (ctx->sheets[s] && ctx->sheets[s]->optimize_tmpfile)
          g_clear_pointer (&ctx->sheets[s]->optimize_tmpfile, fclose);
      lxw_workbook_free (g_steal_pointer (&ctx->workbook));
    }
  if (ctx->db)
    {
      sqlite3_progress_handler (ctx->db, 0, NULL, NULL);
      pas_reader_close (g_steal_pointer (&ctx->db));
    }
}

static gint64
day_start_time (GTimeZone  *time_zone,
                const char *day,
                int         add_days)
{
  g_autoptr(GDateTime) start = g_date_time_new (time_zone, atoi (day), atoi (day + 5), atoi (day + 8), 0, 0, 0);
  g_autoptr(GDateTime) moved = start ? g_date_time_add_days (start, add_days) : NULL;

  if (moved == NULL)
    return add_days > 0 ? G_MAXINT64 : G_MININT64;
  return g_date_time_to_unix (moved);
}

static void
set_period (PasExportContext *ctx,
            const char       *since,
            const char       *until)
{
  ctx->bounded = since != NULL || until != NULL;
  ctx->since_day = g_strdup (since ? since : OPEN_SINCE);
  ctx->until_day = g_strdup (until ? until : OPEN_UNTIL);
  ctx->since_time = since ? day_start_time (ctx->time_zone, since, 0) : G_MININT64;
  ctx->until_time = until ? day_start_time (ctx->time_zone, until, 1) : G_MAXINT64;

  if (since && until)
    /* Translators: a period, from the first day to the last one */
    ctx->period_text = g_strdup_printf (_("From %s to %s"), since, until);
  else if (since)
    ctx->period_text = g_strdup_printf (_("From %s"), since);
  else if (until)
    ctx->period_text = g_strdup_printf (_("Until %s"), until);
  else
    ctx->period_text = g_strdup (_("All dates"));
}

static gboolean
load_lookups (PasExportContext  *ctx,
              GError           **error)
{
  g_autoptr(PasPseudonyms) pseudonyms = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(ctx->flags & PAS_EXPORT_WITH_NAMES) && !(pseudonyms = pas_pseudonyms_new_for_db (ctx->db, error)))
    return FALSE;

  ctx->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, person_free);
  if (!(stmt = pas_export_prepare (ctx, "SELECT id, name, department_id FROM person", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasExportPerson *person = g_new0 (PasExportPerson, 1);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      person->shown = pseudonyms ? pas_pseudonyms_format (pseudonyms, id)
                                 : g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      person->department_id = sqlite3_column_int64 (stmt, 2);
      g_hash_table_insert (ctx->people, g_memdup2 (&id, sizeof id), person);
    }
  if (!pas_export_finish_statement (ctx, stmt, rc, error))
    return FALSE;

  ctx->departments = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  if (!(stmt = pas_export_prepare (ctx, "SELECT id, name FROM department", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (ctx->departments, g_memdup2 (&id, sizeof id),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  if (!pas_export_finish_statement (ctx, stmt, rc, error))
    return FALSE;

  if (!(stmt = pas_export_prepare (ctx, "SELECT value FROM setting WHERE key = '" PAS_SETTING_ORGANISATION_NAME "'", error)))
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ctx->organisation = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      rc = sqlite3_step (stmt);
    }
  if (ctx->organisation == NULL)
    ctx->organisation = g_strdup ("");
  return pas_export_finish_statement (ctx, stmt, rc, error);
}

static int
interrupt_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/* Writing */

static void
set_properties (PasExportContext *ctx)
{
  g_autofree char *title = g_strdup_printf (_("Leadership workbook: %s"), ctx->indicators->project_name);
  const char *author = g_get_real_name ();
  lxw_doc_properties properties = {
    .title = title,
    .subject = ctx->period_text,
    .author = (char *) (author && *author && !g_str_equal (author, "Unknown") ? author : g_get_user_name ()),
    .company = ctx->organisation,
    .comments = _("Written by Passerelle"),
    .created = ctx->generated_at,
  };

  workbook_set_properties (ctx->workbook, &properties);
}

static gboolean
write_workbook (PasExportContext  *ctx,
                const char        *path,
                GError           **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  static const PasExportSheet details[] = {
    PAS_EXPORT_SHEET_WORKSHOPS, PAS_EXPORT_SHEET_CONTRIBUTIONS, PAS_EXPORT_SHEET_FEEDBACK,
    PAS_EXPORT_SHEET_TRAINING, PAS_EXPORT_SHEET_READINESS, PAS_EXPORT_SHEET_REFERENTS,
    PAS_EXPORT_SHEET_STORIES,
  };
  lxw_error rc;

  if (!(ctx->workbook = workbook_new_opt (path, &options)))
    {
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_WRITE,
                   _("The workbook could not be started: there is not enough memory."));
      return FALSE;
    }
  set_properties (ctx);
  pas_export_context_add_formats (ctx);
  for (PasExportSheet s = 0; s < PAS_EXPORT_N_SHEETS; s++)
    ctx->sheets[s] = workbook_add_worksheet (ctx->workbook, pas_export_sheet_get_name (s));

  if (!pas_export_write_summary (ctx, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    if (!pas_export_write_details (ctx, details[i], error))
      return FALSE;
  if (!pas_export_write_skills (ctx, error) ||
      !pas_export_write_dictionary (ctx, error))
    return FALSE;

  if (ctx->first_error != LXW_NO_ERROR)
    {
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_FAILED,
                   _("The workbook could not be written: %s."), lxw_strerror (ctx->first_error));
      return FALSE;
    }

  pas_export_context_report (ctx, _("Saving"), PAS_EXPORT_PROGRESS_SAVING);
  errno = 0;
  rc = workbook_close (g_steal_pointer (&ctx->workbook));
  if (rc != LXW_NO_ERROR)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_WRITE,
                   _("The workbook could not be written (%s): check that the disk has free space, and try again."),
                   saved != 0 ? g_strerror (saved) : lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
sync_path (const char  *path,
           int          flags,
           GError     **error)
{
  int fd = g_open (path, flags | O_CLOEXEC, 0);
  int saved = 0;

  if (fd < 0 || fsync (fd) != 0)
    saved = errno;
  if (fd >= 0)
    close (fd);
  if (saved != 0)
    {
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_WRITE,
                   _("The workbook could not be written (%s): check that the disk has free space, and try again."),
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Moves the finished file into place, refusing to replace what appeared
 * meanwhile unless replacing was asked. */
static gboolean
move_into_place (const char      *temporary,
                 const char      *destination,
                 PasExportFlags   flags,
                 GError         **error)
{
  int rc;

  if (flags & PAS_EXPORT_REPLACE)
    rc = rename (temporary, destination);
  else if ((rc = renameat2 (AT_FDCWD, temporary, AT_FDCWD, destination, RENAME_NOREPLACE)) != 0 &&
           (errno == EINVAL || errno == ENOSYS))
    {
      /* A file system that cannot refuse atomically. */
      if (!pas_export_check_destination (destination, flags, error))
        return FALSE;
      rc = rename (temporary, destination);
    }
  if (rc != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (destination);

      if (saved == EEXIST)
        g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_EXISTS,
                     _("“%s” already exists: choose another name, or confirm that it may be replaced."), display);
      else
        g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_WRITE,
                     _("The workbook could not be saved as “%s”: %s."), display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_export (const char             *workspace_path,
            gint64                  project_id,
            const char             *since,
            const char             *until,
            const char             *destination,
            PasExportFlags          flags,
            PasExportProgressFunc   progress,
            gpointer                progress_data,
            GCancellable           *cancellable,
            GError                **error)
{
  PasExportContext ctx = { 0 };
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temporary = NULL;
  gboolean ok = FALSE;
  int fd;

  if (!pas_export_check_period (since, until, error) ||
      !pas_export_check_destination (destination, flags, error))
    return FALSE;

  ctx.project_id = project_id;
  ctx.flags = flags;
  ctx.cancellable = cancellable;
  ctx.progress = progress;
  ctx.progress_data = progress_data;
  ctx.time_zone = g_time_zone_new_local ();
  ctx.generated_at = g_get_real_time () / G_USEC_PER_SEC;
  set_period (&ctx, since, until);

  /* A hidden name beside the destination: the rename is atomic only
   * within one file system, and the folder proves writable here,
   * before any long work. */
  folder = g_path_get_dirname (destination);
  base = g_path_get_basename (destination);
  temporary = g_strdup_printf ("%s" G_DIR_SEPARATOR_S ".%s.XXXXXX", folder, base);
  if ((fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0600)) < 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_clear_pointer (&temporary, g_free);
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION,
                   _("The folder “%s” cannot be written to (%s): choose another one."), display, g_strerror (saved));
      goto out;
    }
  close (fd);

  pas_export_context_report (&ctx, _("Computing the indicators"), 0);
  if (!(ctx.db = pas_reader_open (workspace_path, error)))
    goto out;
  /* Mapped pages of the file would count in the export's memory: the
   * scans of the large workspace would map most of it, for no gain in
   * time once the writing of the workbook dominates. */
  sqlite3_exec (ctx.db, "PRAGMA mmap_size = 0", NULL, NULL, NULL);
  if (!(ctx.indicators = pas_indicators_compute_for_db (ctx.db, project_id, since, until, cancellable, error)))
    goto out;
  if (cancellable)
    sqlite3_progress_handler (ctx.db, CANCEL_CHECK_STEPS, interrupt_cb, cancellable);

  ok = load_lookups (&ctx, error) &&
       pas_export_count_details (&ctx, error) &&
       write_workbook (&ctx, temporary, error) &&
       sync_path (temporary, O_RDONLY, error) &&
       !g_cancellable_set_error_if_cancelled (cancellable, error) &&
       move_into_place (temporary, destination, flags, error);
  if (ok)
    {
      /* The new name survives a power cut too. */
      sync_path (folder, O_RDONLY | O_DIRECTORY, NULL);
      pas_export_context_report (&ctx, ctx.step, 1.0);
    }

out:
  context_clear (&ctx);
  if (!ok && temporary != NULL)
    g_unlink (temporary);
  return ok;
}

/**
 * pas_export_write:
 * @workspace_path: the workspace file, opened by pas_workspace_open()
 *   at least once (so migrated)
 * @project_id: the project
 * @since: (nullable): the first day of the period, YYYY-MM-DD
 * @until: (nullable): the last day of the period
 * @destination: the .xlsx file to write
 * @progress: (nullable) (scope call): called in this thread as it goes
 *
 * Writes the workbook, on a connection of its own, in the calling
 * thread. Use pas_export_write_async() from the user interface.
 *
 * Returns: whether the workbook was written; on failure, @destination
 *   is as it was and no temporary file is left.
 */
gboolean
pas_export_write (const char             *workspace_path,
                  gint64                  project_id,
                  const char             *since,
                  const char             *until,
                  const char             *destination,
                  PasExportFlags          flags,
                  PasExportProgressFunc   progress,
                  gpointer                progress_data,
                  GCancellable           *cancellable,
                  GError                **error)
{
  locale_t numeric_c, previous = (locale_t) 0;
  gboolean ok;

  g_return_val_if_fail (workspace_path != NULL, FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The user's locale for the words, the C locale for the numbers. */
  numeric_c = duplocale (uselocale ((locale_t) 0));
  if (numeric_c != (locale_t) 0)
    {
      locale_t changed = newlocale (LC_NUMERIC_MASK, "C", numeric_c);

      if (changed == (locale_t) 0)
        freelocale (numeric_c);
      numeric_c = changed;
    }
  if (numeric_c == (locale_t) 0)
    {
      g_set_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_FAILED,
                   _("The workbook could not be started: there is not enough memory."));
      return FALSE;
    }
  previous = uselocale (numeric_c);

  ok = run_export (workspace_path, project_id, since, until, destination, flags, progress, progress_data,
                   cancellable, error);

  uselocale (previous);
  freelocale (numeric_c);
  return ok;
}

/* The asynchronous export */

typedef struct
{
  char                   *workspace_path;
  gint64                  project_id;
  char                   *since;
  char                   *until;
  char                   *destination;
  PasExportFlags          flags;
  PasExportProgressFunc   progress;
  gpointer                progress_data;
  GDestroyNotify          progress_data_free;
  GAsyncReadyCallback     callback;
  gpointer                user_data;
  GMainContext           *context;

  GMutex                  lock;       /* guards what follows */
  double                  fraction;
  char                   *step;
  gboolean                idle_pending;
  gboolean                done;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->workspace_path);
  g_free (job->since);
  g_free (job->until);
  g_free (job->destination);
  g_free (job->step);
  g_main_context_unref (job->context);
  g_mutex_clear (&job->lock);
  g_free (job);
}

static gboolean
deliver_progress_cb (gpointer data)
{
  ExportJob *job = g_task_get_task_data (G_TASK (data));
  g_autofree char *step = NULL;
  double fraction;
  gboolean done;

  g_mutex_lock (&job->lock);
  job->idle_pending = FALSE;
  fraction = job->fraction;
  step = g_strdup (job->step);
  done = job->done;
  g_mutex_unlock (&job->lock);

  if (!done && job->progress)
    job->progress (fraction, step, job->progress_data);
  return G_SOURCE_REMOVE;
}

/* In the export's thread: keeps the latest progress, and has one idle
 * at a time deliver it in the caller's context. */
static void
queue_progress_cb (double      fraction,
                   const char *step,
                   gpointer    data)
{
  GTask *task = data;
  ExportJob *job = g_task_get_task_data (task);

  g_mutex_lock (&job->lock);
  job->fraction = fraction;
  if (g_strcmp0 (step, job->step) != 0)
    {
      g_free (job->step);
      job->step = g_strdup (step);
    }
  if (!job->idle_pending)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      job->idle_pending = TRUE;
      g_source_set_priority (source, G_PRIORITY_LOW);
      g_source_set_callback (source, deliver_progress_cb, g_object_ref (task), g_object_unref);
      g_source_set_static_name (source, "[passerelle] export progress");
      g_source_attach (source, job->context);
    }
  g_mutex_unlock (&job->lock);
}

/* In the caller's context: the progress is over, its data goes, then
 * the caller hears the result. */
static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));

  job->progress = NULL;
  if (job->progress_data_free)
    g_clear_pointer (&job->progress_data, job->progress_data_free);
  if (job->callback)
    job->callback (source, result, job->user_data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;
  gboolean ok;

  ok = pas_export_write (job->workspace_path, job->project_id, job->since, job->until, job->destination,
                         job->flags, job->progress ? queue_progress_cb : NULL, task, cancellable, &error);
  g_mutex_lock (&job->lock);
  job->done = TRUE;
  g_mutex_unlock (&job->lock);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * pas_export_write_async:
 * @progress: (nullable) (scope notified): called on the thread-default
 *   main context of the caller, at low priority, never after @callback
 * @progress_data_free: (nullable): frees @progress_data, in that same
 *   context, just before @callback is called
 *
 * Writes the workbook in a thread, on a connection of its own. Cancel
 * @cancellable to stop it: it then fails with %G_IO_ERROR_CANCELLED and
 * leaves nothing behind.
 */
void
pas_export_write_async (const char             *workspace_path,
                        gint64                  project_id,
                        const char             *since,
                        const char             *until,
                        const char             *destination,
                        PasExportFlags          flags,
                        PasExportProgressFunc   progress,
                        gpointer                progress_data,
                        GDestroyNotify          progress_data_free,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (workspace_path != NULL);
  g_return_if_fail (destination != NULL);

  job = g_new0 (ExportJob, 1);
  job->workspace_path = g_strdup (workspace_path);
  job->project_id = project_id;
  job->since = g_strdup (since);
  job->until = g_strdup (until);
  job->destination = g_strdup (destination);
  job->flags = flags;
  job->progress = progress;
  job->progress_data = progress_data;
  job->progress_data_free = progress_data_free;
  job->callback = callback;
  job->user_data = user_data;
  job->context = g_main_context_ref_thread_default ();
  g_mutex_init (&job->lock);

  task = g_task_new (NULL, cancellable, on_export_done_cb, NULL);
  g_task_set_source_tag (task, pas_export_write_async);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
pas_export_write_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pas_export_write_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
