/* pas-fold.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pas-fold.h"

/* Text as people search and sort it: regardless of case and accents, so
 * that "elodie" finds "Élodie" and "Élodie" sorts before "Zoé". SQLite's
 * LIKE and NOCASE fold ASCII letters only. */

/* The folded character at @p, or 0 at the end or on invalid UTF-8;
 * @p moves past it. @end is where the text ends, or NULL at a nul. */
static gunichar
next_folded (const char **p,
             const char  *end)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gunichar c;

  if ((guchar) **p < 0x80)
    return g_ascii_tolower (*(*p)++);
  c = g_utf8_get_char_validated (*p, end ? end - *p : -1);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return 0;
  *p = g_utf8_next_char (*p);
  /* The first character of the full decomposition is the base letter. */
  if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
    c = decomposed[0];
  return g_unichar_tolower (c);
}

static void
append_folded (GString    *folded,
               const char *text)
{
  gunichar c;

  while ((c = next_folded (&text, NULL)) != 0)
    {
      if (c < 0x80)
        g_string_append_c (folded, (char) c);
      else
        g_string_append_unichar (folded, c);
    }
}

/**
 * pas_fold:
 * @text: (nullable): some text
 *
 * Folds @text for searching and sorting: lower case, accents removed
 * ("Élodie" → "elodie").
 *
 * Returns: (transfer full): the folded text, "" for %NULL
 */
char *
pas_fold (const char *text)
{
  GString *folded;

  if (text == NULL)
    return g_strdup ("");
  folded = g_string_sized_new (strlen (text));
  append_folded (folded, text);
  return g_string_free (folded, FALSE);
}

/**
 * pas_fold_build_match:
 *
 * The FTS5 query of what was typed: every word as a prefix, quotes
 * escaped, so that it is never read as FTS5 syntax ("crm  mobi" →
 * "crm"* "mobi"*). The FTS5 tables fold case and accents themselves.
 *
 * Returns: (transfer full): the query, "" when nothing was typed
 */
char *
pas_fold_build_match (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  GString *match = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) quotes = NULL;

      if (*words[i] == '\0')
        continue;
      quotes = g_strsplit (words[i], "\"", -1);
      escaped = g_strjoinv ("\"\"", quotes);
      g_string_append_printf (match, "%s\"%s\"*", match->len ? " " : "", escaped);
    }
  return g_string_free (match, FALSE);
}

/* pas_fold (text) */
static void
fold_func (sqlite3_context  *context,
           int               argc,
           sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, pas_fold (text), -1, g_free);
}

/* pas_match (words, text…): whether every word of the first argument,
 * folded, is in one of the texts, folded. The texts are folded once per
 * row whatever the number of words, and the words split once per query. */
static void
match_func (sqlite3_context  *context,
            int               argc,
            sqlite3_value   **argv)
{
  g_autoptr(GString) haystack = NULL;
  char **words;

  if ((words = sqlite3_get_auxdata (context, 0)) == NULL)
    {
      g_autofree char *folded = pas_fold ((const char *) sqlite3_value_text (argv[0]));
      g_auto(GStrv) split = g_strsplit_set (folded, " \t\n", -1);
      GPtrArray *kept = g_ptr_array_new_null_terminated (4, NULL, TRUE);

      for (guint i = 0; split[i]; i++)
        if (*split[i] != '\0')
          g_ptr_array_add (kept, g_strdup (split[i]));
      sqlite3_set_auxdata (context, 0, g_ptr_array_free (kept, FALSE), (void (*) (void *)) g_strfreev);
      /* SQLite may have dropped it already, when the argument is not a constant. */
      if ((words = sqlite3_get_auxdata (context, 0)) == NULL)
        {
          sqlite3_result_error (context, "pas_match: the words must be a constant", -1);
          return;
        }
    }

  haystack = g_string_sized_new (128);
  for (int i = 1; i < argc; i++)
    {
      const char *text = (const char *) sqlite3_value_text (argv[i]);

      if (text == NULL)
        continue;
      append_folded (haystack, text);
      g_string_append_c (haystack, '\n');
    }
  for (guint i = 0; words[i]; i++)
    if (strstr (haystack->str, words[i]) == NULL)
      {
        sqlite3_result_int (context, 0);
        return;
      }
  sqlite3_result_int (context, 1);
}

/* COLLATE pas_fold: folded text compared character by character,
 * without allocating: a sort compares the same rows many times. */
static int
fold_collate (void       *data,
              int         length_a,
              const void *a,
              int         length_b,
              const void *b)
{
  const char *p = a, *end_p = p + length_a;
  const char *q = b, *end_q = q + length_b;

  while (p < end_p && q < end_q)
    {
      gunichar c = next_folded (&p, end_p), d = next_folded (&q, end_q);

      if (c != d)
        return c < d ? -1 : 1;
      if (c == 0)
        break;
    }
  return (p < end_p) - (q < end_q);
}

/**
 * pas_fold_register:
 *
 * Gives @db the SQL function pas_fold (text), the search pas_match
 * (words, text…) and the collation pas_fold.
 */
void
pas_fold_register (sqlite3 *db)
{
  sqlite3_create_function (db, "pas_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                           NULL, fold_func, NULL, NULL);
  sqlite3_create_function (db, "pas_match", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                           NULL, match_func, NULL, NULL);
  sqlite3_create_collation (db, "pas_fold", SQLITE_UTF8, NULL, fold_collate);
}
