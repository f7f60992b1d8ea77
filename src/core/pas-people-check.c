/* pas-people-check.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checks the People section makes before saving, so that a person
 * reads what to correct, next to the field, rather than a constraint of
 * the schema (which stays the last word).
 */
#define G_LOG_DOMAIN "pas-people-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pas-people-check.h"
#include "pas-workspace-private.h"

G_DEFINE_QUARK (pas-people-check-error-quark, pas_people_check_error)

static const char * const comfort_labels[PAS_PEOPLE_MAX_COMFORT + 1] = {
  N_("0 — Avoids digital tools"),
  N_("1 — Uneasy, needs help"),
  N_("2 — Manages the basics"),
  N_("3 — At ease"),
  N_("4 — Confident, helps others"),
};

static const struct
{
  const char *kind;
  const char *label;
} activity_kinds[] = {
  { "help_desk", N_("Help desk") },
  { "session", N_("Session") },
  { "relay", N_("Relay") },
};

/**
 * pas_people_is_email:
 *
 * Whether @text looks like an email address: something, an "@", and a
 * domain with a dot, without spaces. Deliberately lenient: it catches
 * typing mistakes, not every address a mail server would refuse.
 */
gboolean
pas_people_is_email (const char *text)
{
  const char *at, *dot;

  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0' && at[1] != '.';
}

/* Whether @text is a calendar date written YYYY-MM-DD. */
gboolean
pas_people_is_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  return year >= 1 && g_date_valid_dmy (day, month, year);
}

/* Today in the local calendar, YYYY-MM-DD. */
char *
pas_people_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The translated label of a digital comfort level, or NULL out of range. */
const char *
pas_people_comfort_get_label (int comfort)
{
  if (comfort < 0 || comfort > PAS_PEOPLE_MAX_COMFORT)
    return NULL;
  return _(comfort_labels[comfort]);
}

/* The translated label of a referent activity's kind, e.g. "Help desk". */
const char *
pas_people_activity_get_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (activity_kinds); i++)
    if (g_strcmp0 (kind, activity_kinds[i].kind) == 0)
      return _(activity_kinds[i].label);
  return kind;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  return *stripped == '\0';
}

/* Another row of @table whose @column equals @value (without regard to
 * case), other than @id. */
static gboolean
exists_other (PasWorkspace  *workspace,
              const char    *sql,
              const char    *value,
              gint64         id,
              gboolean      *exists,
              GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pas_workspace_prepare (workspace, sql, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  *exists = rc == SQLITE_ROW;
  sqlite3_clear_bindings (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return pas_workspace_set_error (workspace, sqlite3_extended_errcode (pas_workspace_get_db (workspace)), error);
  return TRUE;
}

/**
 * pas_people_check_person:
 *
 * Checks a person before saving: a name, an email that looks like one
 * and belongs to nobody else (when given), a digital comfort 0–4 (or
 * unknown).
 *
 * Returns: %TRUE when the person can be saved; otherwise an error of
 *   %PAS_PEOPLE_CHECK_ERROR whose code names the field.
 */
gboolean
pas_people_check_person (PasWorkspace  *workspace,
                         PasRecord     *person,
                         GError       **error)
{
  const char *email;
  gboolean taken = FALSE;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (PAS_IS_RECORD (person) && pas_record_get_kind (person) == PAS_KIND_PERSON, FALSE);

  if (is_blank (pas_record_get_string (person, "name")))
    {
      g_set_error_literal (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_NAME,
                           _("Enter the person’s name, for example “Marie Dupont”."));
      return FALSE;
    }

  email = pas_record_get_string (person, "email");
  if (email != NULL && !pas_people_is_email (email))
    {
      g_set_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_EMAIL,
                   /* Translators: %s is what was typed as an email address */
                   _("“%s” is not an email address: it should look like marie.dupont@example.com. Leave it empty if you do not know it."),
                   email);
      return FALSE;
    }
  if (email != NULL &&
      !exists_other (workspace, "SELECT 1 FROM person WHERE email = ?1 COLLATE NOCASE AND id <> ?2",
                     email, pas_record_get_id (person), &taken, error))
    return FALSE;
  if (taken)
    {
      g_set_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_EMAIL_TAKEN,
                   _("Someone else already has the email address %s. Search for them: they may already be recorded."),
                   email);
      return FALSE;
    }

  if (!pas_record_is_null (person, "comfort") &&
      (pas_record_get_int (person, "comfort") < 0 || pas_record_get_int (person, "comfort") > PAS_PEOPLE_MAX_COMFORT))
    {
      g_set_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_COMFORT,
                   _("Digital comfort goes from 0 to %d, or is left unknown."), PAS_PEOPLE_MAX_COMFORT);
      return FALSE;
    }
  return TRUE;
}

/**
 * pas_people_check_department:
 *
 * Checks a department before saving: a name no other department has,
 * a headcount of at least 0.
 */
gboolean
pas_people_check_department (PasWorkspace  *workspace,
                             PasRecord     *department,
                             GError       **error)
{
  g_autofree char *name = NULL;
  gboolean taken = FALSE;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (PAS_IS_RECORD (department) && pas_record_get_kind (department) == PAS_KIND_DEPARTMENT, FALSE);

  name = g_strdup (pas_record_get_string (department, "name"));
  if (name == NULL || *g_strstrip (name) == '\0')
    {
      g_set_error_literal (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_NAME,
                           _("Enter the department’s name, for example “Customer service”."));
      return FALSE;
    }
  if (!exists_other (workspace, "SELECT 1 FROM department WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
                     name, pas_record_get_id (department), &taken, error))
    return FALSE;
  if (taken)
    {
      g_set_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_NAME_TAKEN,
                   _("There is already a department named “%s”. Choose another name."), name);
      return FALSE;
    }
  if (pas_record_get_int (department, "headcount") < 0)
    {
      g_set_error_literal (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_HEADCOUNT,
                           _("The headcount cannot be negative."));
      return FALSE;
    }
  return TRUE;
}

/**
 * pas_people_check_activity:
 *
 * Checks a referent activity before saving: a real date, and no
 * negative number of people helped.
 */
gboolean
pas_people_check_activity (PasRecord  *activity,
                           GError    **error)
{
  const char *date;

  g_return_val_if_fail (PAS_IS_RECORD (activity) && pas_record_get_kind (activity) == PAS_KIND_REFERENT_ACTIVITY, FALSE);

  date = pas_record_get_string (activity, "activity_date");
  if (!pas_people_is_date (date))
    {
      g_set_error (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_DATE,
                   /* Translators: %s is what was typed as a date */
                   _("“%s” is not a date: write it as year-month-day, for example 2025-03-14."),
                   date ? date : "");
      return FALSE;
    }
  if (pas_record_get_int (activity, "people_helped") < 0)
    {
      g_set_error_literal (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_PEOPLE_HELPED,
                           _("The number of people helped cannot be negative."));
      return FALSE;
    }
  return TRUE;
}
