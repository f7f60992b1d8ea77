/* test-people-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "pas-cli.h"
#include "pas-people-import.h"
#include "pas-workspace-private.h"

typedef struct
{
  char         *dir;
  char         *path;
  PasWorkspace *workspace;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A child of g_test_trap_subprocess() works on its parent's files. */
  if (g_test_subprocess ())
    return;
  fixture->dir = g_dir_make_tmp ("passerelle-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  /* Until a checkpoint, the new file's header lacks the application id
   * (it is in the -wal file), and the command line, another process,
   * would refuse the file. */
  g_assert_cmpint (sqlite3_wal_checkpoint_v2 (pas_workspace_get_db (fixture->workspace), NULL,
                                              SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL), ==, SQLITE_OK);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->workspace);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
query_int (PasWorkspace *workspace,
           const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (pas_workspace_get_db (workspace), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (PasWorkspace *workspace,
            const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (pas_workspace_get_db (workspace), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static PasPeopleImport *
plan_text (PasWorkspace  *workspace,
           const char    *text,
           GError       **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return pas_people_import_new (workspace, bytes, error);
}

static gint64
add_person (PasWorkspace *workspace,
            const char   *name,
            const char   *email,
            gint64        department_id)
{
  g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);
  g_autoptr(GError) error = NULL;

  pas_record_set_string (person, "name", name);
  if (email)
    pas_record_set_string (person, "email", email);
  if (department_id)
    pas_record_set_int (person, "department_id", department_id);
  pas_workspace_save (workspace, person, &error);
  g_assert_no_error (error);
  return pas_record_get_id (person);
}

static gint64
add_department (PasWorkspace *workspace,
                const char   *name)
{
  g_autoptr(PasRecord) department = pas_record_new (PAS_KIND_DEPARTMENT);
  g_autoptr(GError) error = NULL;

  pas_record_set_string (department, "name", name);
  pas_workspace_save (workspace, department, &error);
  g_assert_no_error (error);
  return pas_record_get_id (department);
}

static void
test_header_names (void)
{
  static const struct
  {
    const char *header;
    int         column;  /* -1: not a column of the import */
  } names[] = {
    { "name", PAS_PEOPLE_COLUMN_NAME },
    { "  NOM ", PAS_PEOPLE_COLUMN_NAME },
    { "Nom complet", PAS_PEOPLE_COLUMN_NAME },
    { "Full name", PAS_PEOPLE_COLUMN_NAME },
    { "Prénom", PAS_PEOPLE_COLUMN_FIRST_NAME },
    { "First name", PAS_PEOPLE_COLUMN_FIRST_NAME },
    { "Email", PAS_PEOPLE_COLUMN_EMAIL },
    { "E-mail", PAS_PEOPLE_COLUMN_EMAIL },
    { "courriel", PAS_PEOPLE_COLUMN_EMAIL },
    { "Adresse e-mail", PAS_PEOPLE_COLUMN_EMAIL },
    { "Department", PAS_PEOPLE_COLUMN_DEPARTMENT },
    { "Département", PAS_PEOPLE_COLUMN_DEPARTMENT },
    { "DÉPARTEMENT", PAS_PEOPLE_COLUMN_DEPARTMENT },
    { "Service", PAS_PEOPLE_COLUMN_DEPARTMENT },
    { "Job title", PAS_PEOPLE_COLUMN_JOB_TITLE },
    { "job_title", PAS_PEOPLE_COLUMN_JOB_TITLE },
    { "Poste", PAS_PEOPLE_COLUMN_JOB_TITLE },
    { "Fonction", PAS_PEOPLE_COLUMN_JOB_TITLE },
    { "Site", PAS_PEOPLE_COLUMN_SITE },
    { "Referent", PAS_PEOPLE_COLUMN_REFERENT },
    { "Référent ?", PAS_PEOPLE_COLUMN_REFERENT },
    { "Référent digital", PAS_PEOPLE_COLUMN_REFERENT },
    { "Téléphone", -1 },
    { "", -1 },
    { "nominal", -1 },
    { "\xFF", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PasPeopleColumn column;
      gboolean found = pas_people_column_from_header (names[i].header, &column);

      g_test_message ("header %u", i);
      g_assert_cmpint (found, ==, names[i].column >= 0);
      if (found)
        g_assert_cmpint (column, ==, names[i].column);
    }
}

static void
test_english (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *department = NULL;
  const PasPeopleImportRow *row;
  const char * const *departments;

  import = plan_text (fixture->workspace,
                      "name,email,department,job title,site,referent\n"
                      "Ann Lee,ann@example.org,Sales,Representative,Lyon,yes\n"
                      "Bob Roy,bob@example.org,sales,Manager,Lyon,\n"
                      "Cid Vo,cid@example.org,IT,,,no\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_people_import_get_delimiter (import), ==, ',');
  g_assert_cmpint (pas_people_import_get_encoding (import), ==, PAS_CSV_ENCODING_UTF8);
  g_assert_cmpstr (pas_people_import_get_header (import, PAS_PEOPLE_COLUMN_JOB_TITLE), ==, "job title");
  g_assert_null (pas_people_import_get_header (import, PAS_PEOPLE_COLUMN_FIRST_NAME));
  g_assert_cmpuint (pas_people_import_get_n_rows (import), ==, 3);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 3);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_REJECT), ==, 0);
  departments = pas_people_import_get_new_departments (import);
  g_assert_cmpuint (g_strv_length ((char **) departments), ==, 2);
  g_assert_cmpstr (departments[0], ==, "Sales");
  g_assert_cmpstr (departments[1], ==, "IT");
  row = pas_people_import_get_row (import, 1);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpstr (row->department, ==, "sales");
  g_assert_true (row->new_department);
  g_assert_cmpint (row->referent, ==, 0);
  g_assert_null (pas_people_import_get_row (import, 2)->job_title);
  summary = pas_people_import_dup_summary (import);
  g_assert_cmpstr (summary, ==, "3 people to add, 0 to update, 0 unchanged, 0 rows rejected, 2 new departments.");

  /* Planning wrote nothing. */
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 0);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_DEPARTMENT), ==, 0);

  g_assert_true (pas_people_import_apply (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 3);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_DEPARTMENT), ==, 2);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT is_referent FROM person WHERE email = 'ann@example.org'"), ==, 1);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT is_referent FROM person WHERE email = 'bob@example.org'"), ==, 0);
  department = query_text (fixture->workspace,
                           "SELECT d.name FROM person p JOIN department d ON d.id = p.department_id WHERE p.name = 'Bob Roy'");
  g_assert_cmpstr (department, ==, "Sales");
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM person WHERE site = 'Lyon' AND job_title = 'Manager'"), ==, 1);
  g_assert_cmpint (pas_people_import_get_row (import, 0)->person_id, >, 0);
  g_clear_pointer (&summary, g_free);
  summary = pas_people_import_dup_summary (import);
  g_assert_cmpstr (summary, ==, "3 people added, 0 updated, 0 unchanged, 2 new departments created.");
}

static void
test_french_any_order (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job = NULL;
  const PasPeopleImportRow *row;

  import = plan_text (fixture->workspace,
                      "Service;Référent;Adresse e-mail;Téléphone;NOM;Fonction\n"
                      "Ventes;X;ann@example.org;0102030405;Ann Lee;Commerciale\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_people_import_get_delimiter (import), ==, ';');
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 1);
  g_assert_cmpstr (pas_people_import_get_notes (import)[0], ==,
                   "Line 1: the column “Téléphone” is not used by Passerelle and is ignored.");
  g_assert_null (pas_people_import_get_notes (import)[1]);
  row = pas_people_import_get_row (import, 0);
  g_assert_cmpstr (row->name, ==, "Ann Lee");
  g_assert_cmpstr (row->email, ==, "ann@example.org");
  g_assert_cmpstr (row->department, ==, "Ventes");
  g_assert_cmpstr (row->job_title, ==, "Commerciale");
  g_assert_cmpint (row->referent, ==, 1);

  g_assert_true (pas_people_import_apply (import, &error));
  job = query_text (fixture->workspace, "SELECT job_title FROM person WHERE email = 'ann@example.org'");
  g_assert_cmpstr (job, ==, "Commerciale");
}

/* Made with:
 * printf 'Nom;Prénom;Courriel;…\r\n…' | iconv -f UTF-8 -t WINDOWS-1252 > people-fr-cp1252.csv */
static void
test_windows_1252_fixture (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("FIXTURES_DIR"), "people-fr-cp1252.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job = NULL;
  g_autofree char *department = NULL;
  const char * const *departments;
  const PasPeopleImportRow *row;
  gint64 accounting = add_department (fixture->workspace, "Comptabilité");

  import = pas_people_import_new_for_file (fixture->workspace, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_people_import_get_encoding (import), ==, PAS_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpint (pas_people_import_get_delimiter (import), ==, ';');
  g_assert_cmpstr (pas_people_import_get_notes (import)[0], ==,
                   "Line 1: the column “Téléphone” is not used by Passerelle and is ignored.");
  g_assert_cmpuint (pas_people_import_get_n_rows (import), ==, 4);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 4);
  g_assert_cmpuint (pas_people_import_count_without_email (import), ==, 1);

  row = pas_people_import_get_row (import, 0);
  g_assert_cmpstr (row->name, ==, "Hélène Lefèvre");
  g_assert_cmpstr (row->department, ==, "COMPTABILITÉ");
  g_assert_false (row->new_department);
  g_assert_cmpint (row->referent, ==, 1);
  row = pas_people_import_get_row (import, 2);
  g_assert_cmpuint (row->line, ==, 5);
  g_assert_cmpstr (row->name, ==, "Zoé Œuvray");
  g_assert_cmpstr (row->department, ==, "Logistique; entrepôt");
  g_assert_cmpstr (row->job_title, ==, "Préparatrice \"senior\"");
  g_assert_cmpstr (row->site, ==, "Saint-Étienne");
  g_assert_true (row->new_department);
  row = pas_people_import_get_row (import, 3);
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_null (row->email);
  g_assert_cmpstr (row->message, ==, "No email: added as a new person.");
  g_assert_cmpstr (row->job_title, ==, "Contrôleur de gestion — 80 %");
  departments = pas_people_import_get_new_departments (import);
  g_assert_cmpuint (g_strv_length ((char **) departments), ==, 2);
  g_assert_cmpstr (departments[0], ==, "Ressources humaines");
  g_assert_cmpstr (departments[1], ==, "Logistique; entrepôt");

  g_assert_true (pas_people_import_apply (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 4);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_DEPARTMENT), ==, 3);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM person WHERE department_id IN "
                                                  "(SELECT id FROM department WHERE name = 'Comptabilité')"), ==, 2);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT department_id FROM person WHERE email = 'helene.lefevre@exemple.fr'"),
                   ==, accounting);
  job = query_text (fixture->workspace, "SELECT job_title FROM person WHERE name = 'Jürgen Müller'");
  g_assert_cmpstr (job, ==, "Contrôleur de gestion — 80 %");
  department = query_text (fixture->workspace,
                           "SELECT d.name FROM person p JOIN department d ON d.id = p.department_id WHERE p.name = 'Zoé Œuvray'");
  g_assert_cmpstr (department, ==, "Logistique; entrepôt");
}

static void
test_update_by_email (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(PasPeopleImport) again = NULL;
  g_autoptr(PasRecord) ann = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = "email;name;job title;site\n"
                     "ann@example.org;Ann Lee-Smith;Lead;\n"
                     "new@example.org;New Person;;Brest\n";
  gint64 sales = add_department (fixture->workspace, "Sales");
  gint64 ann_id = add_person (fixture->workspace, "Ann Lee", "Ann@Example.org", sales);

  ann = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, ann_id, &error);
  pas_record_set_string (ann, "job_title", "Representative");
  pas_record_set_string (ann, "site", "Lyon");
  pas_record_set_int (ann, "comfort", 3);
  pas_record_set_int (ann, "is_referent", 1);
  g_assert_true (pas_workspace_save (fixture->workspace, ann, &error));
  g_clear_object (&ann);

  import = plan_text (fixture->workspace, text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_UPDATE), ==, 1);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 1);
  g_assert_cmpint (pas_people_import_get_row (import, 0)->action, ==, PAS_PEOPLE_IMPORT_UPDATE);
  g_assert_cmpint (pas_people_import_get_row (import, 0)->person_id, ==, ann_id);
  g_assert_true (pas_people_import_apply (import, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 2);
  ann = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, ann_id, &error);
  g_assert_cmpstr (pas_record_get_string (ann, "name"), ==, "Ann Lee-Smith");
  g_assert_cmpstr (pas_record_get_string (ann, "email"), ==, "ann@example.org");
  g_assert_cmpstr (pas_record_get_string (ann, "job_title"), ==, "Lead");
  /* What the file does not give is kept: an empty cell, a missing column. */
  g_assert_cmpstr (pas_record_get_string (ann, "site"), ==, "Lyon");
  g_assert_cmpint (pas_record_get_int (ann, "department_id"), ==, sales);
  g_assert_cmpint (pas_record_get_int (ann, "comfort"), ==, 3);
  g_assert_cmpint (pas_record_get_int (ann, "is_referent"), ==, 1);

  /* The same file again changes nothing. */
  again = plan_text (fixture->workspace, text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_people_import_count (again, PAS_PEOPLE_IMPORT_UNCHANGED), ==, 2);
  g_assert_cmpuint (pas_people_import_count (again, PAS_PEOPLE_IMPORT_ADD), ==, 0);
  g_assert_true (pas_people_import_apply (again, &error));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 2);
}

static void
test_rejections (Fixture       *fixture,
                 gconstpointer  data)
{
  static const struct
  {
    guint                  line;
    PasPeopleImportAction  action;
    const char            *message;
  } expected[] = {
    { 2, PAS_PEOPLE_IMPORT_ADD, NULL },
    { 3, PAS_PEOPLE_IMPORT_REJECT, "The name is empty." },
    { 4, PAS_PEOPLE_IMPORT_REJECT, "“bob@” is not a valid email address." },
    { 5, PAS_PEOPLE_IMPORT_REJECT, "The email “ANN@example.org” is already on line 2." },
    { 6, PAS_PEOPLE_IMPORT_REJECT, "“maybe” is not a yes/no value for the referent column: write yes, no, oui, non, x, or leave the cell empty." },
    { 7, PAS_PEOPLE_IMPORT_ADD, NULL },
    { 9, PAS_PEOPLE_IMPORT_REJECT, "This row has more values (4) than the header has columns (3): is a delimiter or a quote out of place?" },
    { 10, PAS_PEOPLE_IMPORT_REJECT, "The name is empty. “a b@example.org” is not a valid email address." },
  };
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;

  import = plan_text (fixture->workspace,
                      "name,email,referent\n"
                      "Ann,ann@example.org,yes\n"
                      " ,nobody@example.org,no\n"
                      "Bob,bob@,no\n"
                      "Cid,ANN@example.org,\n"
                      "Dan,dan@example.org,maybe\n"
                      "\"Eve\nAdams\",eve@example.org,1\n"
                      "Fay,fay@example.org,0,extra\n"
                      ",a b@example.org,\n"
                      ",,,\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_people_import_get_n_rows (import), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const PasPeopleImportRow *row = pas_people_import_get_row (import, i);

      g_assert_cmpuint (row->line, ==, expected[i].line);
      g_assert_cmpint (row->action, ==, expected[i].action);
      g_assert_cmpstr (row->message, ==, expected[i].message);
    }
  g_assert_cmpstr (pas_people_import_get_row (import, 5)->name, ==, "Eve Adams");
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 2);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_REJECT), ==, 6);

  problems = pas_people_import_dup_problems (import);
  g_assert_cmpuint (g_strv_length (problems), ==, 6);
  g_assert_cmpstr (problems[0], ==, "Line 3: The name is empty.");
  g_assert_cmpstr (problems[1], ==, "Line 4: “bob@” is not a valid email address.");

  /* All or nothing: the two good rows are not imported either. */
  g_assert_false (pas_people_import_apply (import, &error));
  g_assert_error (error, PAS_PEOPLE_IMPORT_ERROR, PAS_PEOPLE_IMPORT_ERROR_REJECTED);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 0);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 2);
}

static void
test_email_forms (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct
  {
    const char *email;
    gboolean    valid;
  } emails[] = {
    { "ann@example.org", TRUE },
    { "ann.lee+crm@mail.example.co.uk", TRUE },
    { "o'brien@example.ie", TRUE },
    { "élise@société.fr", TRUE },
    { "ann", FALSE },
    { "@example.org", FALSE },
    { "ann@", FALSE },
    { "ann@example", FALSE },
    { "ann@@example.org", FALSE },
    { "ann@exa@mple.org", FALSE },
    { "ann@example..org", FALSE },
    { "ann@.example.org", FALSE },
    { "ann@example.org.", FALSE },
    { "ann@-example.org", FALSE },
    { ".ann@example.org", FALSE },
    { "ann.@example.org", FALSE },
    { "an..n@example.org", FALSE },
    { "ann lee@example.org", FALSE },
    { "ann<x>@example.org", FALSE },
    { "ann@exa_mple.org", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (emails); i++)
    {
      g_autofree char *text = g_strdup_printf ("name;email\nAnn;%s\n", emails[i].email);
      g_autoptr(PasPeopleImport) import = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("email “%s”", emails[i].email);
      import = plan_text (fixture->workspace, text, &error);
      g_assert_no_error (error);
      g_assert_cmpint (pas_people_import_get_row (import, 0)->action == PAS_PEOPLE_IMPORT_ADD, ==, emails[i].valid);
    }
}

static void
test_referent_values (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct
  {
    const char *value;
    int         referent;  /* -1: rejected */
  } values[] = {
    { "yes", 1 }, { "Oui", 1 }, { "TRUE", 1 }, { "vrai", 1 }, { "1", 1 }, { "x", 1 }, { "X", 1 },
    { "no", 0 }, { "NON", 0 }, { "false", 0 }, { "0", 0 }, { "", 0 }, { "  ", 0 },
    { "maybe", -1 }, { "2", -1 }, { "-", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = g_strdup_printf ("name,referent\nAnn,%s\n", values[i].value);
      g_autoptr(PasPeopleImport) import = NULL;
      g_autoptr(GError) error = NULL;
      const PasPeopleImportRow *row;

      g_test_message ("referent “%s”", values[i].value);
      import = plan_text (fixture->workspace, text, &error);
      g_assert_no_error (error);
      row = pas_people_import_get_row (import, 0);
      if (values[i].referent < 0)
        g_assert_cmpint (row->action, ==, PAS_PEOPLE_IMPORT_REJECT);
      else
        {
          g_assert_cmpint (row->action, ==, PAS_PEOPLE_IMPORT_ADD);
          g_assert_cmpint (row->referent, ==, values[i].referent);
        }
    }
}

/* A failure while writing, after some rows went in, leaves nothing behind. */
static void
test_all_or_nothing_on_failure (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_exec (fixture->workspace,
                                     "CREATE TEMP TRIGGER refuse_zed BEFORE INSERT ON person"
                                     " WHEN new.name = 'Zed' BEGIN SELECT RAISE (ABORT, 'refused'); END",
                                     &error));
  import = plan_text (fixture->workspace,
                      "name,email,department\n"
                      "Ann,ann@example.org,Sales\n"
                      "Bob,bob@example.org,IT\n"
                      "Zed,zed@example.org,Sales\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 3);

  g_assert_false (pas_people_import_apply (import, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Line 4: "));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 0);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_DEPARTMENT), ==, 0);
  /* The plan shows the workspace as it is again. */
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 3);
  g_assert_cmpint (pas_people_import_get_row (import, 0)->person_id, ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) pas_people_import_get_new_departments (import)), ==, 2);
}

static GBytes *
read_workspace_files (const char *path)
{
  g_autoptr(GByteArray) all = g_byte_array_new ();
  const char *suffixes[] = { "", "-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (file, &contents, &length, NULL))
        g_byte_array_append (all, (const guint8 *) contents, length);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&all));
}

static void
test_dry_run_writes_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  add_person (fixture->workspace, "Ann", "ann@example.org", 0);
  before = read_workspace_files (fixture->path);
  import = plan_text (fixture->workspace,
                      "name,email,department\n"
                      "Ann Lee,ann@example.org,Sales\n"
                      "Bob,bob@example.org,IT\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_UPDATE), ==, 1);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 1);
  after = read_workspace_files (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 1);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_DEPARTMENT), ==, 0);
}

static void
test_without_email (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *text = "name,department\nAnn,Sales\nBob,\n";
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(PasPeopleImport) again = NULL;
  g_autoptr(PasPeopleImport) ambiguous = NULL;
  g_autoptr(PasPeopleImport) twice = NULL;
  g_autoptr(GError) error = NULL;

  import = plan_text (fixture->workspace, text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_people_import_count (import, PAS_PEOPLE_IMPORT_ADD), ==, 2);
  g_assert_cmpuint (pas_people_import_count_without_email (import), ==, 2);
  g_assert_cmpstr (pas_people_import_get_row (import, 1)->message, ==, "No email: added as a new person.");
  g_assert_true (pas_people_import_apply (import, &error));

  /* Importing the same file again matches them by name: no duplicates. */
  again = plan_text (fixture->workspace, "name,department,site\nANN,sales,Brest\nBob,,\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_people_import_get_row (again, 0)->action, ==, PAS_PEOPLE_IMPORT_UPDATE);
  g_assert_cmpint (pas_people_import_get_row (again, 1)->action, ==, PAS_PEOPLE_IMPORT_UNCHANGED);
  g_assert_cmpstr (pas_people_import_get_row (again, 1)->message, ==, "No email: matched by name.");
  g_assert_true (pas_people_import_apply (again, &error));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 2);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM person WHERE name = 'ANN' AND site = 'Brest'"), ==, 1);

  /* Two people of that name and no email: which one is meant? */
  add_person (fixture->workspace, "Bob", NULL, 0);
  ambiguous = plan_text (fixture->workspace, "name\nBob\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_people_import_get_row (ambiguous, 0)->action, ==, PAS_PEOPLE_IMPORT_REJECT);

  twice = plan_text (fixture->workspace, "name,department\nCid,IT\nDan,IT\ncid,it\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_people_import_get_row (twice, 2)->action, ==, PAS_PEOPLE_IMPORT_REJECT);
  g_assert_cmpstr (pas_people_import_get_row (twice, 2)->message, ==,
                   "No email, and the same name is already on line 2: add the emails to tell these people apart.");
}

static void
test_file_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct
  {
    const char *text;
    GQuark    (*domain) (void);
    int         code;
    const char *prefix;
  } files[] = {
    { "", pas_people_import_error_quark, PAS_PEOPLE_IMPORT_ERROR_EMPTY, "The file is empty" },
    { "\r\n\r\n", pas_people_import_error_quark, PAS_PEOPLE_IMPORT_ERROR_EMPTY, "The file is empty" },
    { "\n\nemail;site\nann@example.org;Lyon\n", pas_people_import_error_quark, PAS_PEOPLE_IMPORT_ERROR_NO_NAME_COLUMN,
      "Line 3: no column gives the names of the people. Call one column “name” or “nom”. The columns found are: “email”, “site”." },
    { "name,email,Nom\n", pas_people_import_error_quark, PAS_PEOPLE_IMPORT_ERROR_DUPLICATE_COLUMN,
      "Line 1: the columns “name” and “Nom” mean the same thing." },
    { "name,email\nAnn,\"ann@example.org\n", pas_csv_error_quark, PAS_CSV_ERROR_UNCLOSED_QUOTE, "Line 2: " },
    { "nom\nH\xE9l\xE8ne\n\x9D\n", pas_csv_error_quark, PAS_CSV_ERROR_ENCODING, "Line 3: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(PasPeopleImport) import = NULL;
      g_autoptr(GError) error = NULL;

      import = plan_text (fixture->workspace, files[i].text, &error);
      g_assert_null (import);
      g_assert_error (error, files[i].domain (), files[i].code);
      g_assert_true (g_str_has_prefix (error->message, files[i].prefix));
    }
}

static void
test_header_only (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = plan_text (fixture->workspace, "name,email,,\n,,,\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pas_people_import_get_n_rows (import), ==, 0);
  g_assert_cmpstr (pas_people_import_get_notes (import)[0], ==, "Line 1: there are no rows below the header.");
  g_assert_true (pas_people_import_apply (import, &error));
  g_assert_no_error (error);
}

/* The command line, run in a child process whose exit status and
 * output are checked. The parent passes the paths in the environment. */
static void
run_cli_in_child (void)
{
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);

  /* g_printerr() writes in the locale's encoding: make it UTF-8, as a user's is. */
  setlocale (LC_ALL, "C.UTF-8");
  g_variant_dict_insert (options, "import-people", "^ay", g_getenv ("TEST_CSV"));
  g_variant_dict_insert (options, "workspace", "^ay", g_getenv ("TEST_WORKSPACE"));
  if (g_getenv ("TEST_DRY_RUN"))
    g_variant_dict_insert (options, "dry-run", "b", TRUE);
  exit (pas_cli_handle (options));
}

static void
run_cli (Fixture    *fixture,
         const char *csv,
         gboolean    dry_run)
{
  g_autofree char *csv_path = g_build_filename (fixture->dir, "people.csv", NULL);

  g_assert_true (g_file_set_contents (csv_path, csv, -1, NULL));
  g_setenv ("TEST_CSV", csv_path, TRUE);
  g_setenv ("TEST_WORKSPACE", fixture->path, TRUE);
  if (dry_run)
    g_setenv ("TEST_DRY_RUN", "1", TRUE);
  else
    g_unsetenv ("TEST_DRY_RUN");
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  const char *good = "nom;courriel;service\nAnn Lee;ann@example.org;Ventes\nBob Roy;bob@example.org;Ventes\n";
  const char *bad = "nom;courriel\nAnn Lee;ann@example.org\nBob Roy;bob@\n\n;cid@example.org\n";

  if (g_test_subprocess ())
    run_cli_in_child ();

  run_cli (fixture, good, TRUE);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*2 people to add, 0 to update, 0 unchanged, 0 rows rejected, 1 new department.*");
  g_test_trap_assert_stdout ("*Dry run: nothing was written.*");
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 0);

  run_cli (fixture, bad, TRUE);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("Line 3: “bob@” is not a valid email address.\nLine 5: The name is empty.\n*"
                             "passerelle: 2 rows are rejected, so nothing was imported.*");

  run_cli (fixture, bad, FALSE);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*Line 3: “bob@”*");
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 0);

  run_cli (fixture, good, FALSE);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*2 people added, 0 updated, 0 unchanged, 1 new department created.*");
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 2);

  run_cli (fixture, "\"unclosed\n", FALSE);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("passerelle: Line 1: a quoted field is not closed.*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/people-import/header-names", test_header_names);
  ADD ("/people-import/english", test_english);
  ADD ("/people-import/french-any-order", test_french_any_order);
  ADD ("/people-import/windows-1252-fixture", test_windows_1252_fixture);
  ADD ("/people-import/update-by-email", test_update_by_email);
  ADD ("/people-import/rejections", test_rejections);
  ADD ("/people-import/email-forms", test_email_forms);
  ADD ("/people-import/referent-values", test_referent_values);
  ADD ("/people-import/all-or-nothing-on-failure", test_all_or_nothing_on_failure);
  ADD ("/people-import/dry-run-writes-nothing", test_dry_run_writes_nothing);
  ADD ("/people-import/without-email", test_without_email);
  ADD ("/people-import/file-errors", test_file_errors);
  ADD ("/people-import/header-only", test_header_only);
  ADD ("/people-import/cli", test_cli);
#undef ADD

  return g_test_run ();
}
