/* test-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pas-csv.h"

#define ERROR_NONE (-1)

typedef struct
{
  const char     *name;
  const char     *input;
  gssize          length;      /* -1: up to the NUL */
  char            delimiter;
  PasCsvEncoding  encoding;
  const char     *expected;    /* "line:field|field\n" per record, "\n" in a field written "\\n" */
  int             error_code;  /* ERROR_NONE, or a PasCsvError */
  guint           error_line;  /* the line the message names; 0 when it names none */
} CsvCase;

static const CsvCase cases[] = {
  { "comma", "a,b,c\n1,2,3\n", -1, ',', PAS_CSV_ENCODING_UTF8, "1:a|b|c\n2:1|2|3\n", ERROR_NONE, 0 },
  { "semicolon", "nom;courriel\nAnn;ann@x.fr\n", -1, ';', PAS_CSV_ENCODING_UTF8, "1:nom|courriel\n2:Ann|ann@x.fr\n", ERROR_NONE, 0 },
  { "tab", "name\temail\nAnn\tann@x.fr", -1, '\t', PAS_CSV_ENCODING_UTF8, "1:name|email\n2:Ann|ann@x.fr\n", ERROR_NONE, 0 },
  { "quoted-delimiter", "name,site\n\"Martin, Paul\",Lyon\n", -1, ',', PAS_CSV_ENCODING_UTF8,
    "1:name|site\n2:Martin, Paul|Lyon\n", ERROR_NONE, 0 },
  { "quoted-other-delimiter", "name;site\n\"Martin; Paul\";\"Lyon\"\n", -1, ';', PAS_CSV_ENCODING_UTF8,
    "1:name|site\n2:Martin; Paul|Lyon\n", ERROR_NONE, 0 },
  { "doubled-quotes", "a,b\n\"He said \"\"hi\"\"\",x\n\"\"\"\",\"\"\n", -1, ',', PAS_CSV_ENCODING_UTF8,
    "1:a|b\n2:He said \"hi\"|x\n3:\"|\n", ERROR_NONE, 0 },
  { "quoted-newline", "a,b\n\"line 1\nline 2\",x\n3,4\n", -1, ',', PAS_CSV_ENCODING_UTF8,
    "1:a|b\n2:line 1\\nline 2|x\n4:3|4\n", ERROR_NONE, 0 },
  { "quoted-crlf", "a,b\r\n\"l1\r\nl2\r\nl3\",x\r\n3,4\r\n", -1, ',', PAS_CSV_ENCODING_UTF8,
    "1:a|b\n2:l1\\nl2\\nl3|x\n5:3|4\n", ERROR_NONE, 0 },
  { "crlf", "a;b\r\nc;d\r\n", -1, ';', PAS_CSV_ENCODING_UTF8, "1:a|b\n2:c|d\n", ERROR_NONE, 0 },
  { "cr", "a,b\rc,d\r\re,f", -1, ',', PAS_CSV_ENCODING_UTF8, "1:a|b\n2:c|d\n4:e|f\n", ERROR_NONE, 0 },
  { "empty-lines", "\n\na,b\n\n\r\n\nc,d\n\n", -1, ',', PAS_CSV_ENCODING_UTF8, "3:a|b\n7:c|d\n", ERROR_NONE, 0 },
  { "empty-fields", "a,,c\n,,\n", -1, ',', PAS_CSV_ENCODING_UTF8, "1:a||c\n2:||\n", ERROR_NONE, 0 },
  { "trailing-delimiter", "a,b,", -1, ',', PAS_CSV_ENCODING_UTF8, "1:a|b|\n", ERROR_NONE, 0 },
  { "quoted-empty", "a,\"\",c", -1, ',', PAS_CSV_ENCODING_UTF8, "1:a||c\n", ERROR_NONE, 0 },
  { "quote-inside-plain-field", "a,b\n5\" screen,z\n", -1, ',', PAS_CSV_ENCODING_UTF8,
    "1:a|b\n2:5\" screen|z\n", ERROR_NONE, 0 },
  { "spaces-around-quotes", "a, \"b,c\" ,d\n", -1, ',', PAS_CSV_ENCODING_UTF8, "1:a|b,c|d\n", ERROR_NONE, 0 },
  { "spaces-kept-in-plain-field", " a ; b \n", -1, ';', PAS_CSV_ENCODING_UTF8, "1: a | b \n", ERROR_NONE, 0 },
  { "bom", "\xEF\xBB\xBFname;email\n\xC3\x89lise;e@x.fr\n", -1, ';', PAS_CSV_ENCODING_UTF8_BOM,
    "1:name|email\n2:\xC3\x89lise|e@x.fr\n", ERROR_NONE, 0 },
  { "bom-only", "\xEF\xBB\xBF", -1, ',', PAS_CSV_ENCODING_UTF8_BOM, "", ERROR_NONE, 0 },
  { "empty", "", -1, ',', PAS_CSV_ENCODING_UTF8, "", ERROR_NONE, 0 },
  { "utf8-accents", "nom;service\nH\xC3\xA9l\xC3\xA8ne;Comptabilit\xC3\xA9 \xE2\x82\xAC\n", -1, ';', PAS_CSV_ENCODING_UTF8,
    "1:nom|service\n2:H\xC3\xA9l\xC3\xA8ne|Comptabilit\xC3\xA9 \xE2\x82\xAC\n", ERROR_NONE, 0 },
  { "windows-1252", "nom;service\r\nH\xE9l\xE8ne L\x92\x9Cuvre;Comptabilit\xE9 \x80\r\n", -1, ';', PAS_CSV_ENCODING_WINDOWS_1252,
    "1:nom|service\n2:H\xC3\xA9l\xC3\xA8ne L\xE2\x80\x99\xC5\x93uvre|Comptabilit\xC3\xA9 \xE2\x82\xAC\n", ERROR_NONE, 0 },
  { "delimiter-by-header-count", "name;email;site\nO'Brien, Pat;p@x.fr;Nantes\n", -1, ';', PAS_CSV_ENCODING_UTF8,
    "1:name|email|site\n2:O'Brien, Pat|p@x.fr|Nantes\n", ERROR_NONE, 0 },
  { "delimiter-in-quoted-header", "\"a;b\",c\n", -1, ',', PAS_CSV_ENCODING_UTF8, "1:a;b|c\n", ERROR_NONE, 0 },
  { "delimiter-tie-broken-by-rows", "a;b,c\n1;2;3\n4;5;6\n", -1, ';', PAS_CSV_ENCODING_UTF8,
    "1:a|b,c\n2:1|2|3\n3:4|5|6\n", ERROR_NONE, 0 },
  { "single-column", "name\nAnn\n", -1, ',', PAS_CSV_ENCODING_UTF8, "1:name\n2:Ann\n", ERROR_NONE, 0 },

  { "windows-1252-undefined-byte", "nom\nA\n\x81 B\n", -1, 0, 0, NULL, PAS_CSV_ERROR_ENCODING, 3 },
  { "invalid-utf8-after-bom", "\xEF\xBB\xBFnom\r\nA\r\nB\xFF\r\n", -1, 0, 0, NULL, PAS_CSV_ERROR_ENCODING, 3 },
  { "damaged-utf8", "nom\n\xC3\xA9l\xC3\xA8ve\n\xC3\xA9t\xE9\n", -1, 0, 0, NULL, PAS_CSV_ERROR_ENCODING, 3 },
  { "truncated-utf8-sequence", "nom\n\xE2\x82\n\xC3\xA9\xC3\xA8\n", -1, 0, 0, NULL, PAS_CSV_ERROR_ENCODING, 2 },
  { "nul-byte", "nom\nA\0B\n", 8, 0, 0, NULL, PAS_CSV_ERROR_ENCODING, 2 },
  { "utf16", "\xFF\xFEn\0o\0m\0", 8, 0, 0, NULL, PAS_CSV_ERROR_ENCODING, 0 },
  { "unclosed-quote", "a,b\nc,\"open\nmore\n", -1, 0, 0, NULL, PAS_CSV_ERROR_UNCLOSED_QUOTE, 2 },
  { "unclosed-quote-later-line", "a,b\r\n\"x\ny\",z\r\nc,\"open", -1, 0, 0, NULL, PAS_CSV_ERROR_UNCLOSED_QUOTE, 4 },
  { "text-after-quote", "a,b\n\"x\"y,z\n", -1, 0, 0, NULL, PAS_CSV_ERROR_TEXT_AFTER_QUOTE, 2 },
};

static char *
describe (const PasCsvTable *table)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < pas_csv_table_get_n_records (table); r++)
    {
      const PasCsvRecord *record = pas_csv_table_get_record (table, r);

      g_assert_cmpuint (g_strv_length (record->fields), ==, record->n_fields);
      g_string_append_printf (text, "%u:", record->line);
      for (guint f = 0; f < record->n_fields; f++)
        {
          g_autoptr(GString) field = g_string_new (record->fields[f]);

          g_string_replace (field, "\n", "\\n", 0);
          g_string_append_printf (text, "%s%s", f ? "|" : "", field->str);
        }
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static void
assert_error_line (const GError *error,
                   guint         line)
{
  g_autofree char *prefix = g_strdup_printf ("Line %u:", line);

  if (line > 0)
    g_assert_true (g_str_has_prefix (error->message, prefix));
  else
    g_assert_false (g_str_has_prefix (error->message, "Line "));
}

static void
test_case (gconstpointer data)
{
  const CsvCase *c = data;
  gsize length = c->length < 0 ? strlen (c->input) : (gsize) c->length;
  g_autoptr(GError) error = NULL;
  g_autoptr(PasCsvTable) table = pas_csv_read (c->input, length, &error);

  if (c->error_code != ERROR_NONE)
    {
      g_assert_null (table);
      g_assert_error (error, PAS_CSV_ERROR, c->error_code);
      assert_error_line (error, c->error_line);
    }
  else
    {
      g_autofree char *got = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (table);
      got = describe (table);
      g_assert_cmpstr (got, ==, c->expected);
      g_assert_cmpint (pas_csv_table_get_delimiter (table), ==, c->delimiter);
      g_assert_cmpint (pas_csv_table_get_encoding (table), ==, c->encoding);
    }
}

static char *
repeat (const char *unit,
        guint       times)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

static void
test_field_length (void)
{
  g_autofree char *longest = repeat ("x", PAS_CSV_MAX_FIELD_LENGTH);
  g_autofree char *longest_accented = repeat ("\xC3\xA9", PAS_CSV_MAX_FIELD_LENGTH);
  g_autofree char *fits = g_strdup_printf ("name\n%s\n", longest);
  g_autofree char *fits_accented = g_strdup_printf ("name\n\"%s\"\n", longest_accented);
  g_autofree char *too_long = g_strdup_printf ("name\nAnn\n%sx\n", longest);
  g_autofree char *too_long_quoted = g_strdup_printf ("name\nAnn\n\n\"%sx\"\n", longest);
  g_autoptr(PasCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = pas_csv_read (fits, strlen (fits), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (pas_csv_table_get_record (table, 1)->fields[0]), ==, PAS_CSV_MAX_FIELD_LENGTH);
  g_clear_pointer (&table, pas_csv_table_free);

  /* The limit counts characters, not bytes. */
  table = pas_csv_read (fits_accented, strlen (fits_accented), &error);
  g_assert_no_error (error);
  g_clear_pointer (&table, pas_csv_table_free);

  table = pas_csv_read (too_long, strlen (too_long), &error);
  g_assert_null (table);
  g_assert_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_FIELD_TOO_LONG);
  assert_error_line (error, 3);
  g_clear_error (&error);

  table = pas_csv_read (too_long_quoted, strlen (too_long_quoted), &error);
  g_assert_null (table);
  g_assert_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_FIELD_TOO_LONG);
  assert_error_line (error, 4);
}

static void
test_column_count (void)
{
  g_autofree char *most = repeat (",", PAS_CSV_MAX_COLUMNS - 1);
  g_autofree char *fits = g_strdup_printf ("a\n%s\n", most);
  g_autofree char *too_many = g_strdup_printf ("a\n\nb\n%s,\n", most);
  g_autoptr(PasCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = pas_csv_read (fits, strlen (fits), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_csv_table_get_record (table, 1)->n_fields, ==, PAS_CSV_MAX_COLUMNS);
  g_clear_pointer (&table, pas_csv_table_free);

  table = pas_csv_read (too_many, strlen (too_many), &error);
  g_assert_null (table);
  g_assert_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_TOO_MANY_COLUMNS);
  assert_error_line (error, 4);
}

static void
test_record_count (void)
{
  g_autofree char *most = repeat ("x\n", PAS_CSV_MAX_RECORDS);
  g_autofree char *too_many = g_strconcat (most, "y\n", NULL);
  g_autoptr(PasCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = pas_csv_read (most, strlen (most), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_csv_table_get_n_records (table), ==, PAS_CSV_MAX_RECORDS);
  g_clear_pointer (&table, pas_csv_table_free);

  table = pas_csv_read (too_many, strlen (too_many), &error);
  g_assert_null (table);
  g_assert_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_TOO_MANY_RECORDS);
  assert_error_line (error, PAS_CSV_MAX_RECORDS + 1);
}

static void
test_file_size (void)
{
  gsize length = PAS_CSV_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (length);
  g_autoptr(PasCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;

  memset (data, 'a', length);
  table = pas_csv_read (data, length, &error);
  g_assert_null (table);
  g_assert_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_TOO_LARGE);
}

/* Whatever the bytes, the reader returns records or an error, and the
 * records are sound. The alphabet leans on what the parser looks at. */
static void
test_random_bytes (void)
{
  static const char *const pieces[] = {
    "\"", "\"\"", ",", ";", "\t", "\r", "\n", "\r\n", " ", "a", "nom", "\xC3\xA9", "\xE9",
    "\x81", "\x80", "\xEF\xBB\xBF", "\xFF", "\xC3", "\0",
  };

  for (guint iteration = 0; iteration < 4000; iteration++)
    {
      g_autoptr(GByteArray) input = g_byte_array_new ();
      g_autoptr(PasCsvTable) table = NULL;
      g_autoptr(GError) error = NULL;
      guint n = g_test_rand_int_range (0, 60);
      gboolean raw = iteration % 4 == 0;

      for (guint i = 0; i < n; i++)
        {
          if (raw)
            {
              guint8 byte = g_test_rand_int_range (0, 256);
              g_byte_array_append (input, &byte, 1);
            }
          else
            {
              const char *piece = pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))];
              g_byte_array_append (input, (const guint8 *) piece, *piece ? strlen (piece) : 1);
            }
        }

      table = pas_csv_read ((const char *) input->data, input->len, &error);
      g_assert_true ((table == NULL) != (error == NULL));
      if (table == NULL)
        {
          g_assert_true (error->domain == PAS_CSV_ERROR);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
          continue;
        }
      for (guint r = 0; r < pas_csv_table_get_n_records (table); r++)
        {
          const PasCsvRecord *record = pas_csv_table_get_record (table, r);

          g_assert_cmpuint (record->line, >=, 1);
          if (r > 0)
            g_assert_cmpuint (record->line, >, pas_csv_table_get_record (table, r - 1)->line);
          g_assert_cmpuint (record->n_fields, >=, 1);
          for (guint f = 0; f < record->n_fields; f++)
            g_assert_true (g_utf8_validate (record->fields[f], -1, NULL));
        }
    }
}

/* Random tables, written as a spreadsheet would, read back the same,
 * each record on the line where it starts. */
static void
test_round_trip (void)
{
  static const char *const pieces[] = { "a", "Z", "1", " ", ",", ";", "\t", "\"", "\n", "\xC3\xA9", "\xC5\x93", "\xE2\x82\xAC" };
  /* In Windows-1252, "œ" and "€" are bytes that could follow "é" as a
   * well-formed UTF-8 sequence: real text hardly ever does that. */
  const guint n_windows_1252_pieces = G_N_ELEMENTS (pieces) - 2;
  static const char *const line_ends[] = { "\n", "\r\n", "\r" };

  for (guint iteration = 0; iteration < 600; iteration++)
    {
      char delimiter = ",;\t"[g_test_rand_int_range (0, 3)];
      gboolean windows_1252 = iteration % 3 == 0;
      guint n_pieces = windows_1252 ? n_windows_1252_pieces : G_N_ELEMENTS (pieces);
      guint n_records = g_test_rand_int_range (1, 6);
      guint n_fields = g_test_rand_int_range (2, 5);
      g_autoptr(GString) file = g_string_new (NULL);
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autoptr(PasCsvTable) table = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *got = NULL;
      g_autofree char *bytes = NULL;
      gsize length;
      guint line = 1;

      for (guint r = 0; r < n_records; r++)
        {
          guint record_line = line;

          g_string_append_printf (expected, "%u:", record_line);
          for (guint f = 0; f < n_fields; f++)
            {
              g_autoptr(GString) field = g_string_new (NULL);
              guint n = g_test_rand_int_range (0, 6);

              for (guint i = 0; i < n; i++)
                g_string_append (field, pieces[g_test_rand_int_range (0, n_pieces)]);
              if (f > 0)
                g_string_append_c (file, delimiter);
              if (strpbrk (field->str, ",;\t\"\n") != NULL || field->str[0] == ' ')
                {
                  g_autoptr(GString) quoted = g_string_new (field->str);

                  g_string_replace (quoted, "\"", "\"\"", 0);
                  g_string_append_printf (file, "\"%s\"", quoted->str);
                }
              else
                g_string_append (file, field->str);
              for (const char *p = field->str; *p; p++)
                line += *p == '\n';

              g_string_replace (field, "\n", "\\n", 0);
              g_string_append_printf (expected, "%s%s", f ? "|" : "", field->str);
            }
          g_string_append_c (expected, '\n');
          g_string_append (file, line_ends[g_test_rand_int_range (0, G_N_ELEMENTS (line_ends))]);
          line++;
        }

      if (windows_1252)
        bytes = g_convert (file->str, file->len, "WINDOWS-1252", "UTF-8", NULL, &length, &error);
      else
        bytes = g_strndup (file->str, length = file->len);
      g_assert_no_error (error);

      table = pas_csv_read (bytes, length, &error);
      g_assert_no_error (error);
      got = describe (table);
      g_assert_cmpstr (got, ==, expected->str);
      g_assert_cmpint (pas_csv_table_get_delimiter (table), ==, delimiter);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/case/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/csv/limit/field-length", test_field_length);
  g_test_add_func ("/csv/limit/columns", test_column_count);
  g_test_add_func ("/csv/limit/records", test_record_count);
  g_test_add_func ("/csv/limit/file-size", test_file_size);
  g_test_add_func ("/csv/random-bytes", test_random_bytes);
  g_test_add_func ("/csv/round-trip", test_round_trip);

  return g_test_run ();
}
