/* fuzz-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness: any bytes, read as a CSV file, then as a people
 * import planned and applied (and rolled back) against a small workspace.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>

#include "pas-csv.h"
#include "pas-people-import.h"
#include "pas-workspace-private.h"

static PasWorkspace *workspace;
static char *workspace_dir;

static void
remove_workspace (void)
{
  const char *suffixes[] = { "", "-wal", "-shm" };
  g_autofree char *path = g_build_filename (workspace_dir, "fuzz.passerelle", NULL);

  g_clear_object (&workspace);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_rmdir (workspace_dir);
}

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  workspace_dir = g_dir_make_tmp ("passerelle-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (workspace_dir, "fuzz.passerelle", NULL);
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  atexit (remove_workspace);

  /* Someone to match by email and by name, a department to match. */
  pas_workspace_exec (workspace,
                      "INSERT INTO department (uuid, name) VALUES (pas_uuid (), 'Sales');"
                      "INSERT INTO person (uuid, name, email, department_id) VALUES (pas_uuid (), 'Ann', 'ann@example.org', 1);"
                      "INSERT INTO person (uuid, name) VALUES (pas_uuid (), 'Bob');",
                      &error);
  g_assert_no_error (error);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PasCsvTable) table = NULL;
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  table = pas_csv_read ((const char *) data, size, &error);
  g_assert ((table == NULL) != (error == NULL));
  if (table != NULL && pas_csv_table_get_n_records (table) > 0)
    {
      const PasCsvRecord *header = pas_csv_table_get_record (table, 0);

      for (guint i = 0; i < header->n_fields; i++)
        {
          PasPeopleColumn column;

          g_assert (g_utf8_validate (header->fields[i], -1, NULL));
          pas_people_column_from_header (header->fields[i], &column);
        }
    }
  g_clear_error (&error);

  bytes = g_bytes_new_static (data, size);
  import = pas_people_import_new (workspace, bytes, &error);
  g_assert ((import == NULL) != (error == NULL));
  if (import != NULL)
    {
      g_autofree char *summary = pas_people_import_dup_summary (import);
      g_auto(GStrv) problems = pas_people_import_dup_problems (import);

      g_assert (summary != NULL && problems != NULL);
      for (guint i = 0; i < pas_people_import_get_n_rows (import); i++)
        g_assert (pas_people_import_get_row (import, i)->line > 0);

      /* The writing too, in a batch that is then undone. */
      g_assert (pas_workspace_begin (workspace, NULL));
      pas_people_import_apply (import, NULL);
      pas_workspace_rollback (workspace);
      g_assert (pas_workspace_count (workspace, PAS_KIND_PERSON) == 2);
    }
  return 0;
}
