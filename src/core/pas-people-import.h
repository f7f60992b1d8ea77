/* pas-people-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-csv.h"
#include "pas-workspace.h"

G_BEGIN_DECLS

/* For a preview: pas_people_import_new_for_file() reads and plans
 * without writing (a GError, with the line, when the file cannot be
 * read at all); show pas_people_import_dup_summary(), the notes and the
 * rows (line, action, message); offer to import only when
 * pas_people_import_count (…, PAS_PEOPLE_IMPORT_REJECT) is 0; then
 * pas_people_import_apply(). The rules of matching are in the .c file. */

#define PAS_PEOPLE_IMPORT_ERROR (pas_people_import_error_quark ())
#define PAS_TYPE_PEOPLE_IMPORT (pas_people_import_get_type ())

typedef enum
{
  PAS_PEOPLE_IMPORT_ERROR_EMPTY,
  PAS_PEOPLE_IMPORT_ERROR_NO_NAME_COLUMN,
  PAS_PEOPLE_IMPORT_ERROR_DUPLICATE_COLUMN,
  PAS_PEOPLE_IMPORT_ERROR_REJECTED,
} PasPeopleImportError;

/* The columns the import understands; any other column is ignored. */
typedef enum
{
  PAS_PEOPLE_COLUMN_NAME,
  PAS_PEOPLE_COLUMN_FIRST_NAME,
  PAS_PEOPLE_COLUMN_EMAIL,
  PAS_PEOPLE_COLUMN_DEPARTMENT,
  PAS_PEOPLE_COLUMN_JOB_TITLE,
  PAS_PEOPLE_COLUMN_SITE,
  PAS_PEOPLE_COLUMN_REFERENT,
} PasPeopleColumn;

#define PAS_PEOPLE_N_COLUMNS (PAS_PEOPLE_COLUMN_REFERENT + 1)

typedef enum
{
  PAS_PEOPLE_IMPORT_ADD,
  PAS_PEOPLE_IMPORT_UPDATE,
  PAS_PEOPLE_IMPORT_UNCHANGED,
  PAS_PEOPLE_IMPORT_REJECT,
} PasPeopleImportAction;

#define PAS_PEOPLE_IMPORT_N_ACTIONS (PAS_PEOPLE_IMPORT_REJECT + 1)

/* One row of the file and what the import does with it. Text values
 * are trimmed, NULL when the column is missing or the cell empty. */
typedef struct
{
  guint                  line;            /* where the row starts in the file */
  PasPeopleImportAction  action;
  gint64                 person_id;       /* the person updated or unchanged, else 0 */
  char                  *name;            /* first name and name joined, when both are given */
  char                  *email;
  char                  *department;
  char                  *job_title;
  char                  *site;
  int                    referent;        /* 1, 0, or -1 when not given */
  gboolean               new_department;  /* the department is created by this import */
  char                  *message;         /* why the row is rejected, or a note; translated, or NULL */
} PasPeopleImportRow;

G_DECLARE_FINAL_TYPE (PasPeopleImport, pas_people_import, PAS, PEOPLE_IMPORT, GObject)

GQuark                    pas_people_import_error_quark       (void);
gboolean                  pas_people_column_from_header       (const char             *header,
                                                               PasPeopleColumn        *column);
PasPeopleImport          *pas_people_import_new               (PasWorkspace           *workspace,
                                                               GBytes                 *contents,
                                                               GError                **error);
PasPeopleImport          *pas_people_import_new_for_file      (PasWorkspace           *workspace,
                                                               GFile                  *file,
                                                               GCancellable           *cancellable,
                                                               GError                **error);
PasWorkspace             *pas_people_import_get_workspace     (PasPeopleImport        *self);
PasCsvEncoding            pas_people_import_get_encoding      (PasPeopleImport        *self);
char                      pas_people_import_get_delimiter     (PasPeopleImport        *self);
const char               *pas_people_import_get_header        (PasPeopleImport        *self,
                                                               PasPeopleColumn         column);
const char * const       *pas_people_import_get_notes         (PasPeopleImport        *self);
guint                     pas_people_import_get_n_rows        (PasPeopleImport        *self);
const PasPeopleImportRow *pas_people_import_get_row           (PasPeopleImport        *self,
                                                               guint                   index);
guint                     pas_people_import_count             (PasPeopleImport        *self,
                                                               PasPeopleImportAction   action);
guint                     pas_people_import_count_without_email (PasPeopleImport      *self);
const char * const       *pas_people_import_get_new_departments (PasPeopleImport      *self);
char                     *pas_people_import_dup_summary       (PasPeopleImport        *self);
char                    **pas_people_import_dup_problems      (PasPeopleImport        *self);
gboolean                  pas_people_import_apply             (PasPeopleImport        *self,
                                                               GError                **error);

G_END_DECLS
