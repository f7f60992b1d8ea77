/* export-expectations.c — what a workbook should hold, as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * export-expectations --workspace FILE [--project NAME] [--since DATE] [--until DATE]
 *
 * For check-workbook.py: prints, in the current locale, the sheets and
 * header rows the exporter writes (the same _() calls), and the values
 * pas_indicators_compute() gives for the same project and period, which
 * the workbook's summary must show.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "pas-export-private.h"
#include "pas-environment.h"
#include "pas-workspace.h"

/* Raw UTF-8 whatever the locale: g_print() would convert to its charset. */
static GString *out;

static void emit (const char *format, ...) G_GNUC_PRINTF (1, 2);

static void
emit (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (out, format, args);
  va_end (args);
}

static void
print_string (const char *text)
{
  emit ("\"");
  for (const char *p = text; *p; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        emit ("\\%c", c);
      else if (c < 0x20)
        emit ("\\u%04x", c);
      else
        emit ("%c", c);
    }
  emit ("\"");
}

static void
print_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    emit ("null");
  else
    emit ("%s", g_ascii_dtostr (buffer, sizeof buffer, value));
}

static const char *
type_name (PasExportColumnType type)
{
  switch (type)
    {
    case PAS_EXPORT_COLUMN_INTEGER:
      return "integer";
    case PAS_EXPORT_COLUMN_DECIMAL:
      return "decimal";
    case PAS_EXPORT_COLUMN_PERCENT:
      return "percent";
    case PAS_EXPORT_COLUMN_NUMBER:
      return "number";
    case PAS_EXPORT_COLUMN_DATE:
      return "date";
    case PAS_EXPORT_COLUMN_DATETIME:
      return "datetime";
    case PAS_EXPORT_COLUMN_TEXT:
    default:
      return "text";
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *workspace_path = NULL;
  g_autofree char *project_name = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  g_autofree char *found = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(PasIndicators) indicators = NULL;
  g_autoptr(PasPseudonyms) pseudonyms = NULL;
  g_autofree char *example = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "workspace", 0, 0, G_OPTION_ARG_FILENAME, &workspace_path, NULL, NULL },
    { "project", 0, 0, G_OPTION_ARG_STRING, &project_name, NULL, NULL },
    { "since", 0, 0, G_OPTION_ARG_STRING, &since, NULL, NULL },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, NULL, NULL },
    { NULL }
  };
  const gint64 example_id = 427;
  const char *example_uuid = "00000000-0000-4000-8000-000000000000";
  gint64 project_id;

  pas_environment_init ();
  out = g_string_new (NULL);
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || workspace_path == NULL)
    g_error ("usage: export-expectations --workspace FILE [--project NAME] [--since DATE] [--until DATE]");

  if (!(workspace = pas_workspace_open (workspace_path, PAS_WORKSPACE_OPEN_DEFAULT, &error)) ||
      !(project_id = pas_export_find_project (workspace, project_name, &found, NULL, &error)) ||
      !(indicators = pas_indicators_compute (workspace, project_id, since, until, &error)))
    g_error ("%s", error->message);
  pseudonyms = pas_pseudonyms_new (1, &example_id, &example_uuid);
  example = pas_pseudonyms_format (pseudonyms, example_id);

  emit ("{\n  \"decimal_point\": ");
  print_string (localeconv ()->decimal_point);
  emit (",\n  \"project\": ");
  print_string (found);
  emit (",\n  \"privacy_k\": %" G_GINT64_FORMAT ",\n  \"pseudonym_example\": ", indicators->privacy_k);
  print_string (example);
  emit (",\n  \"no_value\": ");
  print_string (PAS_INDICATORS_NO_VALUE);

  emit (",\n  \"sheets\": [");
  for (PasExportSheet s = 0; s < PAS_EXPORT_N_SHEETS; s++)
    {
      guint n_columns;
      const PasExportColumn *columns = pas_export_sheet_get_columns (s, &n_columns);

      emit ("%s\n    {\"name\": ", s ? "," : "");
      print_string (pas_export_sheet_get_name (s));
      emit (", \"headers\": [");
      for (guint c = 0; c < n_columns; c++)
        {
          emit ("%s", c ? ", " : "");
          print_string (pas_export_column_get_header (&columns[c]));
        }
      emit ("], \"types\": [");
      for (guint c = 0; c < n_columns; c++)
        emit ("%s\"%s\"", c ? ", " : "", type_name (columns[c].type));
      emit ("]}");
    }

  emit ("\n  ],\n  \"skills\": [");
  for (guint s = 0; s < indicators->skills->len; s++)
    {
      emit ("%s", s ? ", " : "");
      print_string (((PasSkillIndicators *) g_ptr_array_index (indicators->skills, s))->name);
    }
  emit ("],\n  \"departments\": [");
  for (guint d = 0; d < indicators->departments->len; d++)
    {
      emit ("%s", d ? ", " : "");
      print_string (((PasDepartmentIndicators *) g_ptr_array_index (indicators->departments, d))->name);
    }

  emit ("],\n  \"indicators\": [");
  for (PasIndicator i = 0; i < PAS_N_INDICATORS; i++)
    {
      const PasIndicatorValue *value = pas_indicators_get (indicators, i);

      emit ("%s\n    {\"key\": ", i ? "," : "");
      print_string (pas_indicator_get_key (i));
      emit (", \"name\": ");
      print_string (pas_indicator_get_name (i));
      emit (", \"value\": ");
      print_number (value->value);
      emit (", \"previous\": ");
      print_number (value->previous);
      emit (", \"hidden\": %s}", pas_export_indicator_is_hidden (indicators, i) ? "true" : "false");
    }
  emit ("\n  ]\n}\n");
  fwrite (out->str, 1, out->len, stdout);
  g_string_free (out, TRUE);
  return 0;
}
