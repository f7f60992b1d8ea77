/* pas-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pas-csv.h"

/* How many records the delimiter detection looks at when the header
 * alone does not decide. */
#define DETECT_RECORDS 10

struct _PasCsvTable
{
  GArray         *records;  /* PasCsvRecord */
  char            delimiter;
  PasCsvEncoding  encoding;
};

typedef struct
{
  const char *text;
  gsize       length;
  gsize       pos;
  guint       line;
  char        delimiter;
} Parser;

G_DEFINE_QUARK (pas-csv-error-quark, pas_csv_error)

static const char delimiters[] = { ',', ';', '\t' };

/* The physical line of @offset: CRLF, LF and a lone CR each end a line. */
static guint
line_at (const char *data,
         gsize       length,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset && i < length; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= length || data[i + 1] != '\n')))
      line++;
  return line;
}

static gboolean
is_undefined_in_windows_1252 (guchar c)
{
  return c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
}

/* Returns the text in UTF-8. Text that is not UTF-8 is taken for
 * Windows-1252, what spreadsheets save as "CSV" on Windows in France,
 * unless it holds more well-formed UTF-8 sequences than stray bytes:
 * then it is damaged UTF-8, and converting it would garble it. */
static char *
decode (const char      *data,
        gsize            length,
        PasCsvEncoding  *encoding,
        gsize           *text_length,
        GError         **error)
{
  const guchar *bytes = (const guchar *) data;
  g_autoptr(GError) local_error = NULL;
  gsize valid_sequences = 0;
  gsize invalid_bytes = 0;
  gsize first_invalid = 0;
  const char *nul;
  const char *end;
  char *converted;

  if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_ENCODING,
                   _("The file is in UTF-16 (“Unicode text”). Save it again as “CSV UTF-8”."));
      return NULL;
    }
  if ((nul = memchr (data, '\0', length)) != NULL)
    {
      g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_ENCODING,
                   _("Line %u: the file contains a NUL byte, so it is not plain text. Save the spreadsheet as “CSV UTF-8”."),
                   line_at (data, length, nul - data));
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      if (!g_utf8_validate_len (data + 3, length - 3, &end))
        {
          g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_ENCODING,
                       _("Line %u: the file is marked as UTF-8 but its text is not valid UTF-8. Save it again as “CSV UTF-8”."),
                       line_at (data, length, end - data));
          return NULL;
        }
      *encoding = PAS_CSV_ENCODING_UTF8_BOM;
      *text_length = length - 3;
      return g_strndup (data + 3, length - 3);
    }

  for (gsize pos = 0; pos < length;)
    {
      gboolean valid = g_utf8_validate_len (data + pos, length - pos, &end);

      for (const char *p = data + pos; p < end; p++)
        if ((guchar) *p >= 0xC0)
          valid_sequences++;
      if (valid)
        break;
      if (invalid_bytes++ == 0)
        first_invalid = end - data;
      pos = end - data + 1;
    }

  if (invalid_bytes == 0)
    {
      *encoding = PAS_CSV_ENCODING_UTF8;
      *text_length = length;
      return g_strndup (data, length);
    }
  if (valid_sequences >= invalid_bytes)
    {
      g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_ENCODING,
                   _("Line %u: the text is not valid UTF-8; the file may mix two encodings. Save it again as “CSV UTF-8”."),
                   line_at (data, length, first_invalid));
      return NULL;
    }
  for (gsize i = 0; i < length; i++)
    if (is_undefined_in_windows_1252 (bytes[i]))
      {
        g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_ENCODING,
                     _("Line %u: the byte 0x%02X is neither UTF-8 nor Windows-1252 text. Save the file again as “CSV UTF-8”."),
                     line_at (data, length, i), (guint) bytes[i]);
        return NULL;
      }

  converted = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, text_length, &local_error);
  if (converted == NULL)
    {
      g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_ENCODING,
                   _("The file could not be converted from Windows-1252 (%s). Save it again as “CSV UTF-8”."),
                   local_error->message);
      return NULL;
    }
  *encoding = PAS_CSV_ENCODING_WINDOWS_1252;
  return converted;
}

/* The index of the only highest non-zero count, or -1. */
static int
find_highest (const guint *counts)
{
  int best = -1;
  gboolean tie = FALSE;

  for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
    {
      if (counts[d] == 0)
        continue;
      if (best < 0 || counts[d] > counts[best])
        {
          best = d;
          tie = FALSE;
        }
      else if (counts[d] == counts[best])
        tie = TRUE;
    }
  return tie ? -1 : best;
}

/* Counts the candidates outside quotes: on the header line first,
 * then over the first records if the header alone does not decide. */
static char
detect_delimiter (const char *text,
                  gsize       length)
{
  guint in_header[G_N_ELEMENTS (delimiters)] = { 0 };
  guint in_all[G_N_ELEMENTS (delimiters)] = { 0 };
  gboolean quoted = FALSE;
  gboolean blank = TRUE;
  guint records = 0;
  int best;

  for (gsize i = 0; i < length && records < DETECT_RECORDS; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        {
          if (!blank)
            records++;
          blank = TRUE;
          continue;
        }
      else if (!quoted)
        for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
          if (c == delimiters[d])
            {
              in_all[d]++;
              if (records == 0)
                in_header[d]++;
            }
      blank = FALSE;
    }

  if ((best = find_highest (in_header)) >= 0 || (best = find_highest (in_all)) >= 0)
    return delimiters[best];
  return ',';
}

static gboolean
at_line_end (Parser *p)
{
  return p->pos < p->length && (p->text[p->pos] == '\n' || p->text[p->pos] == '\r');
}

static void
skip_line_end (Parser *p)
{
  if (p->text[p->pos] == '\r' && p->pos + 1 < p->length && p->text[p->pos + 1] == '\n')
    p->pos++;
  p->pos++;
  p->line++;
}

static gboolean
append_byte (GString  *field,
             guint    *n_chars,
             char      c,
             guint     field_line,
             GError  **error)
{
  /* UTF-8 continuation bytes do not start a character */
  if (((guchar) c & 0xC0) != 0x80 && ++*n_chars > PAS_CSV_MAX_FIELD_LENGTH)
    {
      g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_FIELD_TOO_LONG,
                   _("Line %u: a field is longer than %u characters. Is a closing quote missing?"),
                   field_line, (guint) PAS_CSV_MAX_FIELD_LENGTH);
      return FALSE;
    }
  g_string_append_c (field, c);
  return TRUE;
}

/* From after the opening quote to after the closing one. Line ends
 * inside the quotes become "\n" and count as lines of the file. */
static gboolean
read_quoted (Parser   *p,
             GString  *field,
             guint     field_line,
             GError  **error)
{
  guint n_chars = 0;

  for (;;)
    {
      char c;

      if (p->pos >= p->length)
        {
          g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_UNCLOSED_QUOTE,
                       _("Line %u: a quoted field is not closed. Add the missing closing quote (\")."),
                       field_line);
          return FALSE;
        }
      c = p->text[p->pos];
      if (c == '"')
        {
          if (p->pos + 1 < p->length && p->text[p->pos + 1] == '"')
            p->pos++;
          else
            {
              p->pos++;
              break;
            }
        }
      else if (c == '\n' || c == '\r')
        {
          skip_line_end (p);
          if (!append_byte (field, &n_chars, '\n', field_line, error))
            return FALSE;
          continue;
        }
      if (!append_byte (field, &n_chars, c, field_line, error))
        return FALSE;
      p->pos++;
    }

  while (p->pos < p->length && p->text[p->pos] == ' ')
    p->pos++;
  if (p->pos < p->length && p->text[p->pos] != p->delimiter && !at_line_end (p))
    {
      g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_TEXT_AFTER_QUOTE,
                   _("Line %u: text follows the closing quote of a field. Inside quotes, write a quote as two quotes (\"\")."),
                   p->line);
      return FALSE;
    }
  return TRUE;
}

/* A quote inside an unquoted field is kept as it is, as spreadsheets do. */
static gboolean
read_plain (Parser   *p,
            GString  *field,
            guint     field_line,
            GError  **error)
{
  guint n_chars = 0;

  while (p->pos < p->length && p->text[p->pos] != p->delimiter && !at_line_end (p))
    if (!append_byte (field, &n_chars, p->text[p->pos++], field_line, error))
      return FALSE;
  return TRUE;
}

static gboolean
read_record (Parser     *p,
             guint       record_line,
             GPtrArray  *fields,
             GError    **error)
{
  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);
      gsize start = p->pos;
      guint field_line = p->line;

      /* Spaces before an opening quote are a common slip of hand-written files. */
      while (start < p->length && p->text[start] == ' ')
        start++;
      if (start < p->length && p->text[start] == '"')
        {
          p->pos = start + 1;
          if (!read_quoted (p, field, field_line, error))
            return FALSE;
        }
      else if (!read_plain (p, field, field_line, error))
        return FALSE;

      if (fields->len >= PAS_CSV_MAX_COLUMNS)
        {
          g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_TOO_MANY_COLUMNS,
                       _("Line %u: a row has more than %u columns. Is this the right file?"),
                       record_line, (guint) PAS_CSV_MAX_COLUMNS);
          return FALSE;
        }
      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

      if (p->pos >= p->length)
        return TRUE;
      if (p->text[p->pos] != p->delimiter)
        {
          skip_line_end (p);
          return TRUE;
        }
      p->pos++;
    }
}

static void
clear_record (gpointer data)
{
  PasCsvRecord *record = data;

  g_strfreev (record->fields);
}

/**
 * pas_csv_read:
 * @data: the bytes of a CSV file
 * @length: their number
 *
 * Reads a CSV file as RFC 4180 describes it, with what spreadsheets
 * add: UTF-8 with or without a byte order mark, or Windows-1252
 * (converted); a comma, semicolon or tab as delimiter, detected;
 * CRLF, LF or CR line ends. Empty lines are skipped.
 *
 * Returns: (transfer full): the records, or %NULL with @error set
 * (%PAS_CSV_ERROR), its message giving the line.
 */
PasCsvTable *
pas_csv_read (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(PasCsvTable) table = NULL;
  g_autofree char *text = NULL;
  Parser p = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > PAS_CSV_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (PAS_CSV_MAX_SIZE);

      g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_TOO_LARGE,
                   _("The file is too large (%s; at most %s). Split it into smaller files."),
                   size, limit);
      return NULL;
    }

  table = g_new0 (PasCsvTable, 1);
  table->records = g_array_new (FALSE, TRUE, sizeof (PasCsvRecord));
  g_array_set_clear_func (table->records, clear_record);

  if (!(text = decode (data ? data : "", length, &table->encoding, &p.length, error)))
    return NULL;
  p.text = text;
  p.line = 1;
  p.delimiter = table->delimiter = detect_delimiter (text, p.length);

  while (p.pos < p.length)
    {
      g_autoptr(GPtrArray) fields = NULL;
      PasCsvRecord record;

      if (at_line_end (&p))
        {
          skip_line_end (&p);
          continue;
        }
      if (table->records->len >= PAS_CSV_MAX_RECORDS)
        {
          g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_TOO_MANY_RECORDS,
                       _("Line %u: the file has more than %u rows. Split it into smaller files."),
                       p.line, (guint) PAS_CSV_MAX_RECORDS);
          return NULL;
        }

      record.line = p.line;
      fields = g_ptr_array_new_with_free_func (g_free);
      if (!read_record (&p, record.line, fields, error))
        return NULL;
      record.n_fields = fields->len;
      g_ptr_array_add (fields, NULL);
      record.fields = (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
      g_array_append_val (table->records, record);
    }

  return g_steal_pointer (&table);
}

void
pas_csv_table_free (PasCsvTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->records);
  g_free (table);
}

guint
pas_csv_table_get_n_records (const PasCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->records->len;
}

const PasCsvRecord *
pas_csv_table_get_record (const PasCsvTable *table,
                          guint              index)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (index < table->records->len, NULL);
  return &g_array_index (table->records, PasCsvRecord, index);
}

char
pas_csv_table_get_delimiter (const PasCsvTable *table)
{
  g_return_val_if_fail (table != NULL, ',');
  return table->delimiter;
}

PasCsvEncoding
pas_csv_table_get_encoding (const PasCsvTable *table)
{
  g_return_val_if_fail (table != NULL, PAS_CSV_ENCODING_UTF8);
  return table->encoding;
}

const char *
pas_csv_encoding_get_label (PasCsvEncoding encoding)
{
  switch (encoding)
    {
    case PAS_CSV_ENCODING_UTF8:
      return _("UTF-8");
    case PAS_CSV_ENCODING_UTF8_BOM:
      return _("UTF-8 with a byte order mark");
    case PAS_CSV_ENCODING_WINDOWS_1252:
      return _("Windows-1252, converted");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pas_csv_delimiter_get_label (char delimiter)
{
  switch (delimiter)
    {
    case ',':
      return _("commas");
    case ';':
      return _("semicolons");
    case '\t':
      return _("tabs");
    default:
      g_return_val_if_reached (NULL);
    }
}
