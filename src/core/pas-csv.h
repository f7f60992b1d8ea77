/* pas-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PAS_CSV_ERROR (pas_csv_error_quark ())

/* Limits that keep a wrong or hostile file from eating the memory. */
#define PAS_CSV_MAX_SIZE          (16 * 1024 * 1024)  /* bytes of the file */
#define PAS_CSV_MAX_FIELD_LENGTH  10000               /* characters of one field */
#define PAS_CSV_MAX_COLUMNS       256
#define PAS_CSV_MAX_RECORDS       100000

typedef enum
{
  PAS_CSV_ERROR_TOO_LARGE,
  PAS_CSV_ERROR_ENCODING,
  PAS_CSV_ERROR_UNCLOSED_QUOTE,
  PAS_CSV_ERROR_TEXT_AFTER_QUOTE,
  PAS_CSV_ERROR_FIELD_TOO_LONG,
  PAS_CSV_ERROR_TOO_MANY_COLUMNS,
  PAS_CSV_ERROR_TOO_MANY_RECORDS,
} PasCsvError;

typedef enum
{
  PAS_CSV_ENCODING_UTF8,
  PAS_CSV_ENCODING_UTF8_BOM,
  PAS_CSV_ENCODING_WINDOWS_1252,
} PasCsvEncoding;

/* One record: its fields, in UTF-8, and the physical line of the file
 * where it starts (a quoted field may span several lines). */
typedef struct
{
  guint   line;
  guint   n_fields;
  char  **fields;
} PasCsvRecord;

typedef struct _PasCsvTable PasCsvTable;

GQuark              pas_csv_error_quark          (void);
PasCsvTable        *pas_csv_read                 (const char         *data,
                                                  gsize               length,
                                                  GError            **error);
void                pas_csv_table_free           (PasCsvTable        *table);
guint               pas_csv_table_get_n_records  (const PasCsvTable  *table);
const PasCsvRecord *pas_csv_table_get_record     (const PasCsvTable  *table,
                                                  guint               index);
char                pas_csv_table_get_delimiter  (const PasCsvTable  *table);
PasCsvEncoding      pas_csv_table_get_encoding   (const PasCsvTable  *table);
const char         *pas_csv_encoding_get_label   (PasCsvEncoding      encoding);
const char         *pas_csv_delimiter_get_label  (char                delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasCsvTable, pas_csv_table_free)

G_END_DECLS
