/* pas-people-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing people from a CSV file happens in two steps. Creating a
 * PasPeopleImport reads and checks the file and plans each row against
 * the workspace without writing anything: that plan is the preview
 * (and the command line's dry run). pas_people_import_apply() plans
 * again inside one transaction, so that what it writes matches the
 * workspace at that moment, and writes nothing at all when any row is
 * rejected.
 *
 * Matching: a row with an email updates the person with that email
 * (compared without case), else adds a person. A row without an email
 * updates the one person with the same name, no email, and the same
 * department when the row gives one; it adds a person when there is
 * none, and is rejected when there are several.
 *
 * Updating writes only the columns of the file, and only the cells
 * that are not empty: an empty cell keeps what is recorded. The
 * referent column is the exception, since an empty cell there means
 * "no" (files often mark referents with an "x").
 */
#define G_LOG_DOMAIN "pas-people-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pas-people-import.h"
#include "pas-workspace-private.h"

typedef struct
{
  PasPeopleImportRow  row;      /* what callers see */
  char               *invalid;  /* why the row itself is wrong, found when reading the file */
} Row;

struct _PasPeopleImport
{
  GObject          parent_instance;
  PasWorkspace    *workspace;
  PasCsvEncoding   encoding;
  char             delimiter;
  guint            header_line;
  int              columns[PAS_PEOPLE_N_COLUMNS];  /* index in the file, or -1 */
  char            *headers[PAS_PEOPLE_N_COLUMNS];  /* as the file spells them */
  GPtrArray       *notes;                          /* NULL-terminated */
  GArray          *rows;                           /* Row */
  GPtrArray       *new_departments;                /* NULL-terminated */
  GHashTable      *department_ids;                 /* folded name → id */
  guint            counts[PAS_PEOPLE_IMPORT_N_ACTIONS];
  guint            without_email;
  gboolean         applied;
};

G_DEFINE_FINAL_TYPE (PasPeopleImport, pas_people_import, G_TYPE_OBJECT)
G_DEFINE_QUARK (pas-people-import-error-quark, pas_people_import_error)

/* Header names, folded: lower case, no accents, letters and digits only. */
static const struct
{
  const char      *key;
  PasPeopleColumn  column;
} header_names[] = {
  { "name", PAS_PEOPLE_COLUMN_NAME },
  { "fullname", PAS_PEOPLE_COLUMN_NAME },
  { "lastname", PAS_PEOPLE_COLUMN_NAME },
  { "surname", PAS_PEOPLE_COLUMN_NAME },
  { "familyname", PAS_PEOPLE_COLUMN_NAME },
  { "nom", PAS_PEOPLE_COLUMN_NAME },
  { "nomcomplet", PAS_PEOPLE_COLUMN_NAME },
  { "nomdefamille", PAS_PEOPLE_COLUMN_NAME },
  { "nomprenom", PAS_PEOPLE_COLUMN_NAME },
  { "prenomnom", PAS_PEOPLE_COLUMN_NAME },
  { "nometprenom", PAS_PEOPLE_COLUMN_NAME },
  { "prenometnom", PAS_PEOPLE_COLUMN_NAME },
  { "firstname", PAS_PEOPLE_COLUMN_FIRST_NAME },
  { "givenname", PAS_PEOPLE_COLUMN_FIRST_NAME },
  { "prenom", PAS_PEOPLE_COLUMN_FIRST_NAME },
  { "email", PAS_PEOPLE_COLUMN_EMAIL },
  { "mail", PAS_PEOPLE_COLUMN_EMAIL },
  { "emailaddress", PAS_PEOPLE_COLUMN_EMAIL },
  { "courriel", PAS_PEOPLE_COLUMN_EMAIL },
  { "mel", PAS_PEOPLE_COLUMN_EMAIL },
  { "adressemail", PAS_PEOPLE_COLUMN_EMAIL },
  { "adresseemail", PAS_PEOPLE_COLUMN_EMAIL },
  { "adressecourriel", PAS_PEOPLE_COLUMN_EMAIL },
  { "adresseelectronique", PAS_PEOPLE_COLUMN_EMAIL },
  { "department", PAS_PEOPLE_COLUMN_DEPARTMENT },
  { "dept", PAS_PEOPLE_COLUMN_DEPARTMENT },
  { "departement", PAS_PEOPLE_COLUMN_DEPARTMENT },
  { "service", PAS_PEOPLE_COLUMN_DEPARTMENT },
  { "jobtitle", PAS_PEOPLE_COLUMN_JOB_TITLE },
  { "title", PAS_PEOPLE_COLUMN_JOB_TITLE },
  { "job", PAS_PEOPLE_COLUMN_JOB_TITLE },
  { "position", PAS_PEOPLE_COLUMN_JOB_TITLE },
  { "poste", PAS_PEOPLE_COLUMN_JOB_TITLE },
  { "fonction", PAS_PEOPLE_COLUMN_JOB_TITLE },
  { "intituledeposte", PAS_PEOPLE_COLUMN_JOB_TITLE },
  { "intituleduposte", PAS_PEOPLE_COLUMN_JOB_TITLE },
  { "site", PAS_PEOPLE_COLUMN_SITE },
  { "location", PAS_PEOPLE_COLUMN_SITE },
  { "lieu", PAS_PEOPLE_COLUMN_SITE },
  { "referent", PAS_PEOPLE_COLUMN_REFERENT },
  { "isreferent", PAS_PEOPLE_COLUMN_REFERENT },
  { "digitalreferent", PAS_PEOPLE_COLUMN_REFERENT },
  { "referentdigital", PAS_PEOPLE_COLUMN_REFERENT },
  { "referentnumerique", PAS_PEOPLE_COLUMN_REFERENT },
};

static const char * const yes_words[] = { "yes", "y", "oui", "o", "true", "vrai", "1", "x" };
static const char * const no_words[] = { "no", "n", "non", "false", "faux", "0" };

/* A GPtrArray may have no storage at all while empty. */
static const char * const no_strings[] = { NULL };

static void
clear_row (gpointer data)
{
  Row *row = data;

  g_free (row->row.name);
  g_free (row->row.email);
  g_free (row->row.department);
  g_free (row->row.job_title);
  g_free (row->row.site);
  g_free (row->row.message);
  g_free (row->invalid);
}

/* Lower case, without accents, letters and digits only:
 * "Adresse e-mail" → "adresseemail", "Référent ?" → "referent". */
static char *
fold_header (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  GString *key = g_string_new (NULL);

  for (const char *p = decomposed; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* combining accents are not alphanumeric, so they go */
      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* The key under which names of departments, and emails, are compared. */
static char *
fold_value (const char *value)
{
  g_autofree char *folded = g_utf8_casefold (value, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
}

/**
 * pas_people_column_from_header:
 * @header: a column name as written in a file, e.g. "Adresse e-mail"
 * @column: (out): the column it names
 *
 * Header names are recognised in English and French, whatever their
 * case, accents, spaces and punctuation.
 *
 * Returns: %TRUE when @header names a column of the import.
 */
gboolean
pas_people_column_from_header (const char      *header,
                               PasPeopleColumn *column)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (header != NULL, FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  if (!g_utf8_validate (header, -1, NULL))
    return FALSE;
  key = fold_header (header);
  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    if (g_str_equal (key, header_names[i].key))
      {
        *column = header_names[i].column;
        return TRUE;
      }
  return FALSE;
}

/* Trims, and turns each run of spaces, line breaks or control
 * characters into one space. Returns NULL when nothing is left. */
static char *
clean_cell (const char *text)
{
  GString *clean = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = TRUE;
          continue;
        }
      if (space && clean->len > 0)
        g_string_append_c (clean, ' ');
      space = FALSE;
      g_string_append_unichar (clean, c);
    }
  if (clean->len == 0)
    {
      g_string_free (clean, TRUE);
      return NULL;
    }
  return g_string_free (clean, FALSE);
}

static gboolean
is_valid_email_label (const char *label,
                      gsize       length)
{
  if (length == 0 || length > 63 || label[0] == '-' || label[length - 1] == '-')
    return FALSE;
  for (const char *p = label; p < label + length; p = g_utf8_next_char (p))
    if (*p != '-' && !g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Well-formed enough to be someone's address: one "@", a plain local
 * part, a domain of at least two labels. No attempt at the whole of
 * RFC 5322, whose exotic forms nobody uses in a company directory. */
static gboolean
is_valid_email (const char *email)
{
  const char *at = strchr (email, '@');
  const char *domain;
  const char *dot;
  guint n_labels = 0;

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL || strlen (email) > 254)
    return FALSE;
  if (email[0] == '.' || at[-1] == '.' || g_strstr_len (email, at - email, "..") != NULL)
    return FALSE;
  for (const char *p = email; p < at; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || strchr ("\"(),:;<>[\\]", *p) != NULL)
        return FALSE;
    }

  for (domain = at + 1; (dot = strchr (domain, '.')) != NULL; domain = dot + 1, n_labels++)
    if (!is_valid_email_label (domain, dot - domain))
      return FALSE;
  return n_labels > 0 && is_valid_email_label (domain, strlen (domain));
}

/* 1 or 0; -1 when @text is not a yes/no value. */
static int
parse_referent (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return 0;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (yes_words); i++)
    if (g_str_equal (folded, yes_words[i]))
      return 1;
  for (guint i = 0; i < G_N_ELEMENTS (no_words); i++)
    if (g_str_equal (folded, no_words[i]))
      return 0;
  return -1;
}

static const char *
get_cell (PasPeopleImport    *self,
          const PasCsvRecord *record,
          PasPeopleColumn     column)
{
  int index = self->columns[column];

  if (index < 0 || (guint) index >= record->n_fields)
    return NULL;
  return record->fields[index];
}

static char *
dup_cell (PasPeopleImport    *self,
          const PasCsvRecord *record,
          PasPeopleColumn     column)
{
  const char *cell = get_cell (self, record, column);

  return cell ? clean_cell (cell) : NULL;
}

static void
add_note (PasPeopleImport *self,
          char            *note)
{
  g_ptr_array_add (self->notes, note);
}

static gboolean
read_header (PasPeopleImport     *self,
             const PasCsvRecord  *header,
             GError             **error)
{
  self->header_line = header->line;

  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *name = clean_cell (header->fields[i]);
      PasPeopleColumn column;

      if (name == NULL)
        continue;
      if (!pas_people_column_from_header (name, &column))
        {
          add_note (self, g_strdup_printf (_("Line %u: the column “%s” is not used by Passerelle and is ignored."),
                                           header->line, name));
          continue;
        }
      if (self->columns[column] >= 0)
        {
          g_set_error (error, PAS_PEOPLE_IMPORT_ERROR, PAS_PEOPLE_IMPORT_ERROR_DUPLICATE_COLUMN,
                       _("Line %u: the columns “%s” and “%s” mean the same thing. Keep only one of them."),
                       header->line, self->headers[column], name);
          return FALSE;
        }
      self->columns[column] = i;
      self->headers[column] = g_steal_pointer (&name);
    }

  if (self->columns[PAS_PEOPLE_COLUMN_NAME] < 0)
    {
      g_autoptr(GString) found = g_string_new (NULL);

      for (guint i = 0; i < header->n_fields; i++)
        {
          g_autofree char *name = clean_cell (header->fields[i]);

          if (name != NULL)
            g_string_append_printf (found, "%s“%s”", found->len ? ", " : "", name);
        }
      g_set_error (error, PAS_PEOPLE_IMPORT_ERROR, PAS_PEOPLE_IMPORT_ERROR_NO_NAME_COLUMN,
                   _("Line %u: no column gives the names of the people. Call one column “name” or “nom”. The columns found are: %s."),
                   header->line, found->len ? found->str : _("none"));
      return FALSE;
    }
  return TRUE;
}

static char *
join_name (const char *first_name,
           const char *name)
{
  if (first_name && name)
    return g_strconcat (first_name, " ", name, NULL);
  return g_strdup (name ? name : first_name);
}

static void
add_problem (GString    *problems,
             const char *problem)
{
  g_string_append_printf (problems, "%s%s", problems->len ? " " : "", problem);
}

/* Checks each row on its own and against the rest of the file. */
static void
read_rows (PasPeopleImport   *self,
           const PasCsvTable *table)
{
  g_autoptr(GHashTable) email_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) name_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_columns = pas_csv_table_get_record (table, 0)->n_fields;

  for (guint r = 1; r < pas_csv_table_get_n_records (table); r++)
    {
      const PasCsvRecord *record = pas_csv_table_get_record (table, r);
      g_autoptr(GString) problems = g_string_new (NULL);
      g_autofree char *name = NULL;
      g_autofree char *first_name = NULL;
      g_autofree char *referent = NULL;
      gboolean blank = TRUE;
      gboolean extra = FALSE;
      Row row = { { 0 } };

      for (guint i = 0; i < record->n_fields; i++)
        {
          g_autofree char *cell = clean_cell (record->fields[i]);

          blank = blank && cell == NULL;
          extra = extra || (cell != NULL && i >= n_columns);
        }
      if (blank)
        continue;

      row.row.line = record->line;
      row.row.referent = -1;
      name = dup_cell (self, record, PAS_PEOPLE_COLUMN_NAME);
      first_name = dup_cell (self, record, PAS_PEOPLE_COLUMN_FIRST_NAME);
      row.row.name = join_name (first_name, name);
      row.row.email = dup_cell (self, record, PAS_PEOPLE_COLUMN_EMAIL);
      row.row.department = dup_cell (self, record, PAS_PEOPLE_COLUMN_DEPARTMENT);
      row.row.job_title = dup_cell (self, record, PAS_PEOPLE_COLUMN_JOB_TITLE);
      row.row.site = dup_cell (self, record, PAS_PEOPLE_COLUMN_SITE);
      referent = dup_cell (self, record, PAS_PEOPLE_COLUMN_REFERENT);

      if (extra)
        {
          g_autofree char *problem =
            g_strdup_printf (_("This row has more values (%u) than the header has columns (%u): is a delimiter or a quote out of place?"),
                             record->n_fields, n_columns);
          add_problem (problems, problem);
        }
      if (row.row.name == NULL)
        add_problem (problems, _("The name is empty."));
      if (row.row.email != NULL)
        {
          g_autofree char *key = fold_value (row.row.email);
          guint first_line = GPOINTER_TO_UINT (g_hash_table_lookup (email_lines, key));

          if (!is_valid_email (row.row.email))
            {
              g_autofree char *problem = g_strdup_printf (_("“%s” is not a valid email address."), row.row.email);
              add_problem (problems, problem);
            }
          else if (first_line != 0)
            {
              g_autofree char *problem = g_strdup_printf (_("The email “%s” is already on line %u."),
                                                          row.row.email, first_line);
              add_problem (problems, problem);
            }
          else
            g_hash_table_insert (email_lines, g_steal_pointer (&key), GUINT_TO_POINTER (record->line));
        }
      else if (row.row.name != NULL)
        {
          g_autofree char *folded_name = fold_value (row.row.name);
          g_autofree char *folded_department = fold_value (row.row.department ? row.row.department : "");
          char *key = g_strconcat (folded_name, "\x1f", folded_department, NULL);
          guint first_line = GPOINTER_TO_UINT (g_hash_table_lookup (name_lines, key));

          if (first_line != 0)
            {
              g_autofree char *problem =
                g_strdup_printf (_("No email, and the same name is already on line %u: add the emails to tell these people apart."),
                                 first_line);
              add_problem (problems, problem);
              g_free (key);
            }
          else
            g_hash_table_insert (name_lines, key, GUINT_TO_POINTER (record->line));
        }
      if (self->columns[PAS_PEOPLE_COLUMN_REFERENT] >= 0)
        {
          row.row.referent = parse_referent (referent);
          if (row.row.referent < 0)
            {
              g_autofree char *problem =
                g_strdup_printf (_("“%s” is not a yes/no value for the referent column: write yes, no, oui, non, x, or leave the cell empty."),
                                 referent);
              add_problem (problems, problem);
            }
        }

      if (problems->len > 0)
        row.invalid = g_strdup (problems->str);
      g_array_append_val (self->rows, row);
    }

  if (self->rows->len == 0)
    add_note (self, g_strdup_printf (_("Line %u: there are no rows below the header."), self->header_line));

  /* Trailing delimiters make columns without a header and without data:
   * only a column that holds something is worth a word. */
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *header = clean_cell (pas_csv_table_get_record (table, 0)->fields[i]);

      if (header != NULL)
        continue;
      for (guint r = 1; r < pas_csv_table_get_n_records (table); r++)
        {
          const PasCsvRecord *record = pas_csv_table_get_record (table, r);
          g_autofree char *cell = i < record->n_fields ? clean_cell (record->fields[i]) : NULL;

          if (cell != NULL)
            {
              add_note (self, g_strdup_printf (_("Line %u: column %u has no name and is ignored."),
                                               self->header_line, i + 1));
              break;
            }
        }
    }
}

static gboolean
step_failed (PasWorkspace  *workspace,
             int            rc,
             GError       **error)
{
  return pas_workspace_set_error (workspace, sqlite3_extended_errcode (pas_workspace_get_db (workspace)), error);
}

static gboolean
load_departments (PasPeopleImport  *self,
                  GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_hash_table_remove_all (self->department_ids);
  if (!(stmt = pas_workspace_prepare (self->workspace, "SELECT id, name FROM department", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *key = fold_value ((const char *) sqlite3_column_text (stmt, 1));
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      /* Names equal but for accented capitals: the oldest one wins. */
      if (g_hash_table_contains (self->department_ids, key))
        {
          g_free (key);
          g_free (id);
        }
      else
        g_hash_table_insert (self->department_ids, key, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return step_failed (self->workspace, rc, error);
  return TRUE;
}

/* The id of @department, 0 when the import creates it. */
static gint64
lookup_department (PasPeopleImport *self,
                   const char      *department)
{
  g_autofree char *key = fold_value (department);
  gint64 *id = g_hash_table_lookup (self->department_ids, key);

  return id ? *id : 0;
}

/* The people a row could be: by email, else by name without email. */
static gboolean
find_people (PasPeopleImport     *self,
             PasPeopleImportRow  *row,
             gint64               department_id,
             gint64              *person_id,
             guint               *n_found,
             GError             **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (row->email != NULL)
    {
      stmt = pas_workspace_prepare (self->workspace, "SELECT id FROM person WHERE email = ?1", error);
      if (stmt != NULL)
        sqlite3_bind_text (stmt, 1, row->email, -1, SQLITE_STATIC);
    }
  else
    {
      stmt = pas_workspace_prepare (self->workspace,
                                    "SELECT id FROM person WHERE email IS NULL AND name = ?1 COLLATE NOCASE"
                                    " AND (?2 = 0 OR department_id = ?2) ORDER BY id LIMIT 2",
                                    error);
      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, row->name, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, department_id);
        }
    }
  if (stmt == NULL)
    return FALSE;

  *person_id = 0;
  *n_found = 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if ((*n_found)++ == 0)
      *person_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return step_failed (self->workspace, rc, error);
  return TRUE;
}

static gboolean
set_text (PasRecord  *person,
          const char *field,
          const char *value)
{
  if (value == NULL || g_strcmp0 (pas_record_get_string (person, field), value) == 0)
    return FALSE;
  pas_record_set_string (person, field, value);
  return TRUE;
}

/* Writes the row's values into @person; @department_id is 0 for a
 * department still to be created. Returns whether anything changed. */
static gboolean
fill_person (PasRecord                *person,
             const PasPeopleImportRow *row,
             gint64                    department_id)
{
  gboolean changed = FALSE;

  changed |= set_text (person, "name", row->name);
  changed |= set_text (person, "email", row->email);
  changed |= set_text (person, "job_title", row->job_title);
  changed |= set_text (person, "site", row->site);
  if (row->department != NULL &&
      (department_id == 0 || pas_record_is_null (person, "department_id") ||
       pas_record_get_int (person, "department_id") != department_id))
    {
      if (department_id != 0)
        pas_record_set_int (person, "department_id", department_id);
      changed = TRUE;
    }
  if (row->referent >= 0 &&
      (pas_record_is_null (person, "is_referent") || pas_record_get_int (person, "is_referent") != row->referent))
    {
      pas_record_set_int (person, "is_referent", row->referent);
      changed = TRUE;
    }
  return changed;
}

static void
set_action (PasPeopleImport       *self,
            PasPeopleImportRow    *row,
            PasPeopleImportAction  action,
            char                  *message)
{
  row->action = action;
  g_free (row->message);
  row->message = message;
  self->counts[action]++;
}

/* Decides what becomes of each row, reading the workspace as it is now. */
static gboolean
plan (PasPeopleImport  *self,
      GError          **error)
{
  g_autoptr(GHashTable) new_departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) matched = g_hash_table_new (g_int64_hash, g_int64_equal);

  memset (self->counts, 0, sizeof self->counts);
  self->without_email = 0;
  g_ptr_array_set_size (self->new_departments, 0);
  if (!load_departments (self, error))
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *entry = &g_array_index (self->rows, Row, i);
      PasPeopleImportRow *row = &entry->row;
      g_autoptr(PasRecord) person = NULL;
      gint64 department_id = 0;
      gint64 person_id = 0;
      guint n_found = 0;
      guint other_line;

      row->person_id = 0;
      row->new_department = FALSE;
      if (entry->invalid != NULL)
        {
          set_action (self, row, PAS_PEOPLE_IMPORT_REJECT, g_strdup (entry->invalid));
          continue;
        }

      if (row->department != NULL && (department_id = lookup_department (self, row->department)) == 0)
        {
          row->new_department = TRUE;
          if (g_hash_table_add (new_departments, fold_value (row->department)))
            g_ptr_array_add (self->new_departments, g_strdup (row->department));
        }
      if (row->email == NULL)
        self->without_email++;

      /* Without an email, a person in a department that does not exist yet is new. */
      if (!(row->email == NULL && row->new_department) &&
          !find_people (self, row, department_id, &person_id, &n_found, error))
        return FALSE;

      if (n_found > 1)
        {
          set_action (self, row, PAS_PEOPLE_IMPORT_REJECT,
                      g_strdup_printf (_("No email, and several people named “%s” are already recorded: add the email to tell them apart."),
                                       row->name));
          continue;
        }
      if (n_found == 0)
        {
          set_action (self, row, PAS_PEOPLE_IMPORT_ADD,
                      row->email ? NULL : g_strdup (_("No email: added as a new person.")));
          continue;
        }

      row->person_id = person_id;
      if ((other_line = GPOINTER_TO_UINT (g_hash_table_lookup (matched, &row->person_id))) != 0)
        {
          row->person_id = 0;
          set_action (self, row, PAS_PEOPLE_IMPORT_REJECT,
                      g_strdup_printf (_("This row and line %u are the same person."), other_line));
          continue;
        }
      g_hash_table_insert (matched, &row->person_id, GUINT_TO_POINTER (row->line));

      if (!(person = pas_workspace_load (self->workspace, PAS_KIND_PERSON, person_id, error)))
        return FALSE;
      set_action (self, row,
                  fill_person (person, row, department_id) ? PAS_PEOPLE_IMPORT_UPDATE : PAS_PEOPLE_IMPORT_UNCHANGED,
                  row->email ? NULL : g_strdup (_("No email: matched by name.")));
    }
  return TRUE;
}

static void
pas_people_import_finalize (GObject *object)
{
  PasPeopleImport *self = (PasPeopleImport *)object;

  g_clear_object (&self->workspace);
  for (guint c = 0; c < PAS_PEOPLE_N_COLUMNS; c++)
    g_free (self->headers[c]);
  g_ptr_array_unref (self->notes);
  g_array_unref (self->rows);
  g_ptr_array_unref (self->new_departments);
  g_hash_table_unref (self->department_ids);

  G_OBJECT_CLASS (pas_people_import_parent_class)->finalize (object);
}

static void
pas_people_import_class_init (PasPeopleImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pas_people_import_finalize;
}

static void
pas_people_import_init (PasPeopleImport *self)
{
  for (guint c = 0; c < PAS_PEOPLE_N_COLUMNS; c++)
    self->columns[c] = -1;
  self->notes = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, clear_row);
  self->new_departments = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->department_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * pas_people_import_new:
 * @workspace: where the people go
 * @contents: the CSV file
 *
 * Reads @contents and plans the import without writing anything. A
 * problem with a row does not fail: the row is rejected, with the
 * reason and its line (see pas_people_import_get_row()).
 *
 * Returns: (transfer full): the plan, or %NULL when the file cannot be
 * imported at all (%PAS_CSV_ERROR, %PAS_PEOPLE_IMPORT_ERROR, or
 * %PAS_WORKSPACE_ERROR), the message giving the line when there is one.
 */
PasPeopleImport *
pas_people_import_new (PasWorkspace  *workspace,
                       GBytes        *contents,
                       GError       **error)
{
  g_autoptr(PasPeopleImport) self = NULL;
  g_autoptr(PasCsvTable) table = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (contents, &length);
  if (!(table = pas_csv_read (data, length, error)))
    return NULL;
  if (pas_csv_table_get_n_records (table) == 0)
    {
      g_set_error (error, PAS_PEOPLE_IMPORT_ERROR, PAS_PEOPLE_IMPORT_ERROR_EMPTY,
                   _("The file is empty: there is not even a line with the names of the columns."));
      return NULL;
    }

  self = g_object_new (PAS_TYPE_PEOPLE_IMPORT, NULL);
  self->workspace = g_object_ref (workspace);
  self->encoding = pas_csv_table_get_encoding (table);
  self->delimiter = pas_csv_table_get_delimiter (table);
  if (!read_header (self, pas_csv_table_get_record (table, 0), error))
    return NULL;
  read_rows (self, table);
  if (!plan (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * pas_people_import_new_for_file:
 *
 * Like pas_people_import_new(), reading @file first. A file larger
 * than %PAS_CSV_MAX_SIZE is refused before it is read.
 */
PasPeopleImport *
pas_people_import_new_for_file (PasWorkspace  *workspace,
                                GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > PAS_CSV_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (PAS_CSV_MAX_SIZE);

      g_set_error (error, PAS_CSV_ERROR, PAS_CSV_ERROR_TOO_LARGE,
                   _("The file is too large (%s; at most %s). Split it into smaller files."),
                   size, limit);
      return NULL;
    }
  if (!(contents = g_file_load_bytes (file, cancellable, NULL, error)))
    return NULL;
  return pas_people_import_new (workspace, contents, error);
}

PasWorkspace *
pas_people_import_get_workspace (PasPeopleImport *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), NULL);
  return self->workspace;
}

PasCsvEncoding
pas_people_import_get_encoding (PasPeopleImport *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), PAS_CSV_ENCODING_UTF8);
  return self->encoding;
}

char
pas_people_import_get_delimiter (PasPeopleImport *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), ',');
  return self->delimiter;
}

/**
 * pas_people_import_get_header:
 *
 * Returns: (nullable): the file's name for @column, or %NULL when the
 * file has no such column.
 */
const char *
pas_people_import_get_header (PasPeopleImport *self,
                              PasPeopleColumn  column)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), NULL);
  g_return_val_if_fail (column < PAS_PEOPLE_N_COLUMNS, NULL);
  return self->headers[column];
}

/**
 * pas_people_import_get_notes:
 *
 * Returns: (transfer none): what is worth knowing about the file but
 * does not stop the import (ignored columns…), translated, each with
 * its line, %NULL-terminated.
 */
const char * const *
pas_people_import_get_notes (PasPeopleImport *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), NULL);
  return self->notes->pdata ? (const char * const *) self->notes->pdata : no_strings;
}

/* The rows of the file, in order, blank rows left out. */
guint
pas_people_import_get_n_rows (PasPeopleImport *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), 0);
  return self->rows->len;
}

const PasPeopleImportRow *
pas_people_import_get_row (PasPeopleImport *self,
                           guint            index)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return &g_array_index (self->rows, Row, index).row;
}

guint
pas_people_import_count (PasPeopleImport       *self,
                         PasPeopleImportAction  action)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), 0);
  g_return_val_if_fail (action < PAS_PEOPLE_IMPORT_N_ACTIONS, 0);
  return self->counts[action];
}

/* Rows matched by name, or added, for want of an email. */
guint
pas_people_import_count_without_email (PasPeopleImport *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), 0);
  return self->without_email;
}

/**
 * pas_people_import_get_new_departments:
 *
 * Returns: (transfer none): the departments the import creates, as the
 * file first spells them, %NULL-terminated.
 */
const char * const *
pas_people_import_get_new_departments (PasPeopleImport *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), NULL);
  return self->new_departments->pdata ? (const char * const *) self->new_departments->pdata : no_strings;
}

/**
 * pas_people_import_dup_summary:
 *
 * Returns: one translated sentence: how many people are (or, once
 * applied, were) added, updated, unchanged, rejected; the new departments.
 */
char *
pas_people_import_dup_summary (PasPeopleImport *self)
{
  GString *text;
  guint added, updated, unchanged, rejected, departments;

  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), NULL);

  text = g_string_new (NULL);
  added = self->counts[PAS_PEOPLE_IMPORT_ADD];
  updated = self->counts[PAS_PEOPLE_IMPORT_UPDATE];
  unchanged = self->counts[PAS_PEOPLE_IMPORT_UNCHANGED];
  rejected = self->counts[PAS_PEOPLE_IMPORT_REJECT];
  departments = self->new_departments->len;

  if (self->applied)
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u person added", "%u people added", added), added);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", updated), updated);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u unchanged", "%u unchanged", unchanged), unchanged);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u new department created", "%u new departments created", departments),
                              departments);
    }
  else
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u person to add", "%u people to add", added), added);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u to update", "%u to update", updated), updated);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u unchanged", "%u unchanged", unchanged), unchanged);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u row rejected", "%u rows rejected", rejected), rejected);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u new department", "%u new departments", departments),
                              departments);
    }
  g_string_append (text, ".");
  return g_string_free (text, FALSE);
}

/**
 * pas_people_import_dup_problems:
 *
 * Returns: (transfer full): each rejected row as "Line 12: why",
 * translated, in the order of the file.
 */
char **
pas_people_import_dup_problems (PasPeopleImport *self)
{
  GPtrArray *problems;

  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), NULL);

  problems = g_ptr_array_new_null_terminated (1, NULL, TRUE);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const PasPeopleImportRow *row = &g_array_index (self->rows, Row, i).row;

      if (row->action == PAS_PEOPLE_IMPORT_REJECT)
        /* Translators: a problem in an imported file, e.g. "Line 12: The name is empty." */
        g_ptr_array_add (problems, g_strdup_printf (_("Line %u: %s"), row->line, row->message));
    }
  return (char **) g_ptr_array_free (problems, FALSE);
}

static gboolean
write_rows (PasPeopleImport  *self,
            GError          **error)
{
  for (guint i = 0; i < self->new_departments->len; i++)
    {
      const char *name = g_ptr_array_index (self->new_departments, i);
      g_autoptr(PasRecord) department = pas_record_new (PAS_KIND_DEPARTMENT);
      gint64 *id = g_new (gint64, 1);

      pas_record_set_string (department, "name", name);
      if (!pas_workspace_save (self->workspace, department, error))
        {
          g_free (id);
          return FALSE;
        }
      *id = pas_record_get_id (department);
      g_hash_table_insert (self->department_ids, fold_value (name), id);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      PasPeopleImportRow *row = &g_array_index (self->rows, Row, i).row;
      g_autoptr(PasRecord) person = NULL;
      gint64 department_id = row->department ? lookup_department (self, row->department) : 0;

      g_assert (row->department == NULL || department_id != 0);
      if (row->action == PAS_PEOPLE_IMPORT_ADD)
        person = pas_record_new (PAS_KIND_PERSON);
      else if (row->action == PAS_PEOPLE_IMPORT_UPDATE)
        {
          if (!(person = pas_workspace_load (self->workspace, PAS_KIND_PERSON, row->person_id, error)))
            return FALSE;
        }
      else
        continue;

      fill_person (person, row, department_id);
      if (!pas_workspace_save (self->workspace, person, error))
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          return FALSE;
        }
      row->person_id = pas_record_get_id (person);
    }
  return TRUE;
}

/**
 * pas_people_import_apply:
 *
 * Imports every row in one transaction: all of them, or none when a
 * row is rejected (%PAS_PEOPLE_IMPORT_ERROR_REJECTED) or something
 * fails. The plan is made again first, so that it matches the
 * workspace at this moment; afterwards it tells what was done.
 */
gboolean
pas_people_import_apply (PasPeopleImport  *self,
                         GError          **error)
{
  guint rejected;

  g_return_val_if_fail (PAS_IS_PEOPLE_IMPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pas_workspace_begin (self->workspace, error))
    return FALSE;
  if (!plan (self, error))
    goto failed;
  if ((rejected = self->counts[PAS_PEOPLE_IMPORT_REJECT]) > 0)
    {
      g_set_error (error, PAS_PEOPLE_IMPORT_ERROR, PAS_PEOPLE_IMPORT_ERROR_REJECTED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row is rejected, so nothing was imported. Correct the file and import it again.",
                                "%u rows are rejected, so nothing was imported. Correct the file and import them again.",
                                rejected),
                   rejected);
      goto failed;
    }
  if (!write_rows (self, error))
    goto failed;
  if (!pas_workspace_commit (self->workspace, error))
    {
      plan (self, NULL);
      return FALSE;
    }
  self->applied = TRUE;
  return TRUE;

failed:
  pas_workspace_rollback (self->workspace);
  /* The plan shows the workspace as it is again, not the rolled-back writes. */
  plan (self, NULL);
  return FALSE;
}
