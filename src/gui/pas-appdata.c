/* pas-appdata.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-appdata"

#include "config.h"

#include <string.h>

#include "pas-appdata.h"

typedef struct
{
  PasAppdata *appdata;
  GString    *text;           /* text of the element being read */
  char       *url_type;
  char       *release_date;   /* of the newest release read so far */
  GString    *notes;          /* description of the newest release */
  gboolean    in_release;
  gboolean    newest;         /* the release being read is the newest so far */
  int         skip_depth;     /* > 0 inside an element of another language */
} Parser;

/* Metainfo text is indented XML; catalogs hold it with single spaces. */
static char *
normalize_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static char *
translate (const char *text)
{
  g_autofree char *normalized = normalize_space (text);

  return g_strdup (*normalized ? g_dgettext (GETTEXT_PACKAGE, normalized) : "");
}

static const char *
find_attribute (const char **names,
                const char **values,
                const char  *wanted)
{
  for (guint i = 0; names[i]; i++)
    if (g_str_equal (names[i], wanted))
      return values[i];
  return NULL;
}

/* Whether the element being read is a child of @parent. */
static gboolean
is_in (GMarkupParseContext *context,
       const char          *parent)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);

  return stack->next != NULL && g_str_equal (stack->next->data, parent);
}

static gboolean
is_text_element (const char *element)
{
  static const char * const names[] = { "name", "summary", "developer_name", "url", "p", "li" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (element, names[i]))
      return TRUE;
  return FALSE;
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Parser *parser = user_data;

  /* Translations come from the catalog, so the merged ones are skipped. */
  if (parser->skip_depth > 0 || find_attribute (names, values, "xml:lang") != NULL)
    {
      parser->skip_depth++;
      return;
    }

  if (is_text_element (element))
    g_string_truncate (parser->text, 0);

  if (g_str_equal (element, "url"))
    {
      g_free (parser->url_type);
      parser->url_type = g_strdup (find_attribute (names, values, "type"));
    }
  else if (g_str_equal (element, "release") && is_in (context, "releases"))
    {
      const char *date = find_attribute (names, values, "date");

      parser->in_release = TRUE;
      /* Releases are listed newest first; a later date wins all the same. */
      parser->newest = parser->appdata->release_version == NULL ||
                       (date != NULL && parser->release_date != NULL && strcmp (date, parser->release_date) > 0);
      if (parser->newest)
        {
          g_free (parser->release_date);
          parser->release_date = g_strdup (date);
          g_free (parser->appdata->release_version);
          parser->appdata->release_version = g_strdup (find_attribute (names, values, "version"));
          g_string_truncate (parser->notes, 0);
        }
    }
  else if (parser->in_release && parser->newest && (g_str_equal (element, "ul") || g_str_equal (element, "ol")))
    g_string_append_printf (parser->notes, "<%s>", element);
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Parser *parser = user_data;
  PasAppdata *appdata = parser->appdata;

  if (parser->skip_depth > 0)
    {
      parser->skip_depth--;
      return;
    }

  if (is_in (context, "component"))
    {
      if (g_str_equal (element, "name") && appdata->name == NULL)
        appdata->name = translate (parser->text->str);
      else if (g_str_equal (element, "summary") && appdata->summary == NULL)
        appdata->summary = translate (parser->text->str);
      else if (g_str_equal (element, "developer_name") && appdata->developer_name == NULL)
        appdata->developer_name = translate (parser->text->str);
      else if (g_str_equal (element, "url") && g_strcmp0 (parser->url_type, "homepage") == 0)
        appdata->homepage = g_strstrip (g_strdup (parser->text->str));
      else if (g_str_equal (element, "url") && g_strcmp0 (parser->url_type, "bugtracker") == 0)
        appdata->bugtracker = g_strstrip (g_strdup (parser->text->str));
    }
  else if (g_str_equal (element, "name") && is_in (context, "developer") && appdata->developer_name == NULL)
    appdata->developer_name = translate (parser->text->str);
  else if (parser->in_release && parser->newest)
    {
      if (g_str_equal (element, "p") || g_str_equal (element, "li"))
        {
          g_autofree char *translated = translate (parser->text->str);
          g_autofree char *escaped = g_markup_escape_text (translated, -1);

          g_string_append_printf (parser->notes, "<%s>%s</%s>", element, escaped, element);
        }
      else if (g_str_equal (element, "ul") || g_str_equal (element, "ol"))
        g_string_append_printf (parser->notes, "</%s>", element);
      else if (g_str_equal (element, "release"))
        {
          g_free (appdata->release_notes);
          appdata->release_notes = g_strdup (parser->notes->str);
        }
    }

  if (g_str_equal (element, "release"))
    parser->in_release = FALSE;
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Parser *parser = user_data;

  if (parser->skip_depth == 0)
    g_string_append_len (parser->text, text, length);
}

/**
 * pas_appdata_parse:
 * @text: an AppStream metainfo document
 *
 * Returns: (transfer full): what the About window shows, or %NULL with
 *   @error set when @text is not well-formed.
 */
PasAppdata *
pas_appdata_parse (const char  *text,
                   gssize       length,
                   GError     **error)
{
  static const GMarkupParser callbacks = { on_start_element, on_end_element, on_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(PasAppdata) appdata = g_new0 (PasAppdata, 1);
  Parser parser = { 0 };
  gboolean parsed;

  g_return_val_if_fail (text != NULL, NULL);

  parser.appdata = appdata;
  parser.text = g_string_new (NULL);
  parser.notes = g_string_new (NULL);
  context = g_markup_parse_context_new (&callbacks, G_MARKUP_PREFIX_ERROR_POSITION, &parser, NULL);
  parsed = g_markup_parse_context_parse (context, text, length, error) &&
           g_markup_parse_context_end_parse (context, error);

  g_string_free (parser.text, TRUE);
  g_string_free (parser.notes, TRUE);
  g_free (parser.url_type);
  g_free (parser.release_date);
  return parsed ? g_steal_pointer (&appdata) : NULL;
}

void
pas_appdata_free (PasAppdata *appdata)
{
  if (appdata == NULL)
    return;
  g_free (appdata->name);
  g_free (appdata->summary);
  g_free (appdata->developer_name);
  g_free (appdata->homepage);
  g_free (appdata->bugtracker);
  g_free (appdata->release_version);
  g_free (appdata->release_notes);
  g_free (appdata);
}
