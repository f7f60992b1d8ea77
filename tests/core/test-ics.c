/* test-ics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-agenda.h"
#include "pas-ics.h"
#include "pas-workshop-ops.h"

#define STARTS_AT 1710491400 /* 2024-03-15 08:30:00 UTC */
#define DTSTAMP   1709294400 /* 2024-03-01 12:00:00 UTC */

typedef struct
{
  char         *dir;
  PasWorkspace *workspace;
  gint64        workshop_id;
  char         *workshop_uuid;
} Fixture;

/* One content line once unfolded: "NAME;PARAMS" and the value. */
typedef struct
{
  char *name;
  char *value;
} Property;

static void
property_free (Property *property)
{
  g_free (property->name);
  g_free (property->value);
  g_free (property);
}

/* Checks the physical lines (CRLF, at most 75 octets, whole UTF-8
 * characters) and unfolds them. The split between name and value is
 * the first colon outside double quotes. */
static GPtrArray *
parse (const char *text)
{
  GPtrArray *properties = g_ptr_array_new_with_free_func ((GDestroyNotify) property_free);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) logical = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      if (lines[i][0] == ' ')
        {
          char **last;
          char *joined;

          /* Folded only where the line was full (a character may not be cut). */
          g_assert_cmpuint (logical->len, >, 0);
          g_assert_cmpuint (strlen (lines[i - 1]), >=, 71);
          last = (char **) &g_ptr_array_index (logical, logical->len - 1);
          joined = g_strconcat (*last, lines[i] + 1, NULL);
          g_free (*last);
          *last = joined;
        }
      else
        g_ptr_array_add (logical, g_strdup (lines[i]));
    }

  for (guint i = 0; i < logical->len; i++)
    {
      const char *line = g_ptr_array_index (logical, i);
      gboolean quoted = FALSE;
      const char *p;
      Property *property;

      for (p = line; *p; p++)
        {
          if (*p == '"')
            quoted = !quoted;
          else if (*p == ':' && !quoted)
            break;
        }
      g_assert_cmpint (*p, ==, ':');
      property = g_new0 (Property, 1);
      property->name = g_strndup (line, p - line);
      property->value = g_strdup (p + 1);
      g_ptr_array_add (properties, property);
    }
  return properties;
}

static const char *
find_value (GPtrArray  *properties,
            const char *name)
{
  const char *found = NULL;

  for (guint i = 0; i < properties->len; i++)
    {
      Property *property = g_ptr_array_index (properties, i);

      if (g_str_equal (property->name, name))
        {
          g_assert_null (found);
          found = property->value;
        }
    }
  return found;
}

static guint
count_named (GPtrArray  *properties,
             const char *prefix)
{
  guint count = 0;

  for (guint i = 0; i < properties->len; i++)
    if (g_str_has_prefix (((Property *) g_ptr_array_index (properties, i))->name, prefix))
      count++;
  return count;
}

static void
test_escape (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "plain text: fine", "plain text: fine" },
    { "a,b", "a\\,b" },
    { "a;b", "a\\;b" },
    { "back\\slash", "back\\\\slash" },
    { "one\ntwo", "one\\ntwo" },
    { "one\r\ntwo\rthree", "one\\ntwo\\nthree" },
    { "tab\there, bell\a", "tab\there\\, bell " },
    { "Réunion « café », 9h; fin\\", "Réunion « café »\\, 9h\\; fin\\\\" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = pas_ics_escape_text (cases[i].in);
      g_assert_cmpstr (escaped, ==, cases[i].out);
    }
}

static char *
unfold (const char *text)
{
  g_auto(GStrv) pieces = g_strsplit (text, "\r\n ", -1);

  return g_strjoinv ("", pieces);
}

static void
test_fold (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *unfolded = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) physical = NULL;

  /* 75 octets: one line as it is. */
  g_string_append (line, "DESCRIPTION:");
  while (line->len < 75)
    g_string_append_c (line, 'x');
  pas_ics_append_line (out, line->str);
  g_assert_cmpuint (out->len, ==, 77);
  g_assert_true (g_str_has_suffix (out->str, "x\r\n"));

  /* 74 octets then "é" (2 octets): the cut at 75 would split it, so
   * the first line stops at 74 and "é" starts the second. */
  g_string_truncate (line, 74);
  g_string_append (line, "é and more");
  g_string_truncate (out, 0);
  pas_ics_append_line (out, line->str);
  physical = g_strsplit (out->str, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (physical), ==, 3);
  g_assert_cmpuint (strlen (physical[0]), ==, 74);
  g_assert_cmpstr (physical[1], ==, " é and more");
  g_assert_cmpstr (physical[2], ==, "");
  unfolded = unfold (out->str);
  expected = g_strconcat (line->str, "\r\n", NULL);
  g_assert_cmpstr (unfolded, ==, expected);
}

static void
test_fold_escape (void)
{
  g_autoptr(GString) line = g_string_new ("DESCRIPTION:");
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) physical = NULL;
  g_autofree char *unfolded = NULL;
  g_autofree char *expected = NULL;

  /* "\\n" sits across octet 75: the fold goes before it, whole. An
   * escaped backslash right before the boundary is not cut either. */
  while (line->len < 74)
    g_string_append_c (line, 'x');
  g_string_append (line, "\\n then \\\\ ");
  while (line->len < 74 + 74 - 1)
    g_string_append_c (line, 'y');
  g_string_append (line, "\\\\ end");
  pas_ics_append_line (out, line->str);

  physical = g_strsplit (out->str, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (physical), ==, 4);
  g_assert_cmpuint (strlen (physical[0]), ==, 74);
  g_assert_true (g_str_has_prefix (physical[1], " \\n then"));
  g_assert_cmpuint (strlen (physical[1]), ==, 74);
  g_assert_cmpstr (physical[2], ==, " \\\\ end");
  unfolded = unfold (out->str);
  expected = g_strconcat (line->str, "\r\n", NULL);
  g_assert_cmpstr (unfolded, ==, expected);
}

static void
test_fold_multibyte (void)
{
  g_autoptr(GString) line = g_string_new ("SUMMARY:");
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) physical = NULL;
  g_autofree char *unfolded = NULL;
  g_autofree char *expected = NULL;

  /* 3- and 4-octet characters that fall across every boundary. */
  for (guint i = 0; i < 60; i++)
    g_string_append (line, i % 3 ? "€" : "𝄞a");
  pas_ics_append_line (out, line->str);

  physical = g_strsplit (out->str, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (physical), >, 3);
  for (guint i = 0; physical[i + 1]; i++)
    {
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
      g_assert_cmpuint (strlen (physical[i]), >=, i + 2 < g_strv_length (physical) ? 72 : 1);
      g_assert_true (g_utf8_validate (physical[i], -1, NULL));
      g_assert_cmpint (physical[i][0] == ' ', ==, i > 0);
    }
  unfolded = unfold (out->str);
  expected = g_strconcat (line->str, "\r\n", NULL);
  g_assert_cmpstr (unfolded, ==, expected);
}

static void
test_values (void)
{
  struct { guint minutes; const char *text; } durations[] = {
    { 1, "PT1M" }, { 45, "PT45M" }, { 60, "PT1H" }, { 150, "PT2H30M" }, { 1500, "PT25H" },
  };
  g_autofree char *epoch = pas_ics_format_utc (0);
  g_autofree char *start = pas_ics_format_utc (STARTS_AT);
  g_autofree char *file_name = pas_ics_suggest_file_name (" Kick-off: CRM/phase 1 ");
  g_autofree char *no_name = pas_ics_suggest_file_name ("");

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autofree char *text = pas_ics_format_duration (durations[i].minutes);
      g_assert_cmpstr (text, ==, durations[i].text);
    }
  g_assert_cmpstr (epoch, ==, "19700101T000000Z");
  g_assert_cmpstr (start, ==, "20240315T083000Z");
  g_assert_cmpstr (file_name, ==, "Kick-off- CRM-phase 1.ics");
  g_assert_cmpstr (no_name, ==, "workshop.ics");
}

static gint64
add_person (Fixture    *fixture,
            const char *name,
            const char *email,
            gboolean    archived)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (person, "name", name);
  if (email)
    pas_record_set_string (person, "email", email);
  pas_record_set_int (person, "archived", archived);
  g_assert_true (pas_workspace_save (fixture->workspace, person, &error));
  g_assert_no_error (error);
  return pas_record_get_id (person);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autoptr(PasRecord) workshop = pas_record_new (PAS_KIND_WORKSHOP);
  g_autofree char *path = NULL;
  gint64 facilitator, jean, nomail, walkin, archived, declined;

  fixture->dir = g_dir_make_tmp ("test-ics-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "ics.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  pas_record_set_string (project, "name", "New CRM");
  g_assert_true (pas_workspace_save (fixture->workspace, project, &error));

  facilitator = add_person (fixture, "Camille Martin", "camille.martin@example.org", FALSE);
  jean = add_person (fixture, "Dupont, Jean", "jean.dupont@example.org", FALSE);
  nomail = add_person (fixture, "Léa Sans Courriel", NULL, FALSE);
  walkin = add_person (fixture, "Walk In", "walk.in@example.org", FALSE);
  archived = add_person (fixture, "Gone Away", "gone@example.org", TRUE);
  declined = add_person (fixture, "Zoé \"Zozo\" Petit", "zoe.petit@example.org", FALSE);

  pas_record_set_int (workshop, "project_id", pas_record_get_id (project));
  pas_record_set_string (workshop, "title", "Kick-off; CRM, phase 1");
  pas_record_set_string (workshop, "objective", "Agree on the pilot's scope,\nthen vote.\\ Bring ideas");
  pas_record_set_int (workshop, "starts_at", STARTS_AT);
  pas_record_set_int (workshop, "duration_min", 150);
  pas_record_set_string (workshop, "place", "Salle 2, bâtiment B");
  pas_record_set_int (workshop, "facilitator_id", facilitator);
  g_assert_true (pas_workspace_save (fixture->workspace, workshop, &error));
  g_assert_no_error (error);
  fixture->workshop_id = pas_record_get_id (workshop);
  fixture->workshop_uuid = g_strdup (pas_record_get_uuid (workshop));

  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, facilitator, NULL, &error));
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, jean, NULL, &error));
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, jean, TRUE, &error));
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, nomail, NULL, &error));
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, walkin, TRUE, &error));
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, declined, NULL, &error));
  g_assert_no_error (error);
  {
    /* invited before being archived */
    g_autoptr(PasRecord) participant = pas_record_new (PAS_KIND_WORKSHOP_PARTICIPANT);
    pas_record_set_int (participant, "workshop_id", fixture->workshop_id);
    pas_record_set_int (participant, "person_id", archived);
    g_assert_true (pas_workspace_save (fixture->workspace, participant, &error));
  }

  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, "Welcome", "ice_breaker", 15, &error), >, 0);
  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, "Ideas", "brainstorming", 45, &error), >, 0);
  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, "Vote", "Gommettes", 20, &error), >, 0);
  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, "Next steps", "", 10, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (pas_workspace_get_path (fixture->workspace));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *ics = g_build_filename (fixture->dir, "kick-off.ics", NULL);

  g_assert_finalize_object (fixture->workspace);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (ics);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  g_free (fixture->workshop_uuid);
}

static void
test_workshop (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) properties = NULL;
  g_autofree char *uid = NULL;
  Property *first, *last;

  text = pas_ics_build_workshop (fixture->workspace, fixture->workshop_id, DTSTAMP, &error);
  g_assert_no_error (error);
  properties = parse (text);

  first = g_ptr_array_index (properties, 0);
  last = g_ptr_array_index (properties, properties->len - 1);
  g_assert_cmpstr (first->name, ==, "BEGIN");
  g_assert_cmpstr (first->value, ==, "VCALENDAR");
  g_assert_cmpstr (last->name, ==, "END");
  g_assert_cmpstr (last->value, ==, "VCALENDAR");
  g_assert_cmpstr (find_value (properties, "VERSION"), ==, "2.0");
  g_assert_true (g_str_has_prefix (find_value (properties, "PRODID"), "-//Passerelle//Passerelle "));
  g_assert_cmpstr (find_value (properties, "CALSCALE"), ==, "GREGORIAN");
  g_assert_cmpstr (find_value (properties, "METHOD"), ==, "PUBLISH");
  g_assert_cmpuint (count_named (properties, "BEGIN"), ==, 2);
  g_assert_cmpuint (count_named (properties, "END"), ==, 2);

  uid = g_strconcat (fixture->workshop_uuid, "@passerelle", NULL);
  g_assert_cmpstr (find_value (properties, "UID"), ==, uid);
  g_assert_cmpstr (find_value (properties, "DTSTAMP"), ==, "20240301T120000Z");
  g_assert_cmpstr (find_value (properties, "DTSTART"), ==, "20240315T083000Z");
  g_assert_cmpstr (find_value (properties, "DURATION"), ==, "PT2H30M");
  g_assert_null (find_value (properties, "DTEND"));
  g_assert_cmpstr (find_value (properties, "SUMMARY"), ==, "Kick-off\\; CRM\\, phase 1");
  g_assert_cmpstr (find_value (properties, "LOCATION"), ==, "Salle 2\\, bâtiment B");
  g_assert_null (find_value (properties, "URL"));
  g_assert_cmpstr (find_value (properties, "STATUS"), ==, "CONFIRMED");
  /* The objective, then the agenda with start times from 08:30 (TZ=UTC). */
  g_assert_cmpstr (find_value (properties, "DESCRIPTION"), ==,
                   "Agree on the pilot's scope\\,\\nthen vote.\\\\ Bring ideas\\n\\n"
                   "Agenda:\\n"
                   "08:30 Welcome (Ice-breaker\\, 15 min)\\n"
                   "08:45 Ideas (Brainstorming\\, 45 min)\\n"
                   "09:30 Vote (Gommettes\\, 20 min)\\n"
                   "09:50 Next steps (10 min)");

  g_assert_cmpstr (find_value (properties, "ORGANIZER;CN=Camille Martin"), ==, "mailto:camille.martin@example.org");
  /* Invited people with an email, not archived: the facilitator, Jean, Zoé. */
  g_assert_cmpuint (count_named (properties, "ATTENDEE"), ==, 3);
  g_assert_cmpstr (find_value (properties, "ATTENDEE;CN=Camille Martin;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION"), ==,
                   "mailto:camille.martin@example.org");
  g_assert_cmpstr (find_value (properties, "ATTENDEE;CN=\"Dupont, Jean\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED"), ==,
                   "mailto:jean.dupont@example.org");
  g_assert_cmpstr (find_value (properties, "ATTENDEE;CN=Zoé 'Zozo' Petit;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION"), ==,
                   "mailto:zoe.petit@example.org");
  g_assert_null (strstr (text, "walk.in@"));
  g_assert_null (strstr (text, "gone@"));
  g_assert_null (strstr (text, "Léa"));
}

static void
set_workshop (Fixture    *fixture,
              const char *field,
              const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) workshop = pas_workspace_load (fixture->workspace, PAS_KIND_WORKSHOP, fixture->workshop_id, &error);

  g_assert_no_error (error);
  if (value)
    pas_record_set_string (workshop, field, value);
  else
    pas_record_set_null (workshop, field);
  g_assert_true (pas_workspace_save (fixture->workspace, workshop, &error));
  g_assert_no_error (error);
}

static void
test_cancelled_online (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) properties = NULL;
  const char *link = "https://meet.example.org/passerelle-kick-off-with-a-rather-long-address?room=42;pwd=a,b";
  g_autofree char *location = NULL;

  set_workshop (fixture, "status", "cancelled");
  set_workshop (fixture, "place", link);
  set_workshop (fixture, "objective", "");
  {
    g_autoptr(PasRecord) workshop = pas_workspace_load (fixture->workspace, PAS_KIND_WORKSHOP, fixture->workshop_id, &error);
    pas_record_set_null (workshop, "facilitator_id");
    g_assert_true (pas_workspace_save (fixture->workspace, workshop, &error));
  }

  text = pas_ics_build_workshop (fixture->workspace, fixture->workshop_id, DTSTAMP, &error);
  g_assert_no_error (error);
  properties = parse (text);
  g_assert_cmpstr (find_value (properties, "STATUS"), ==, "CANCELLED");
  location = pas_ics_escape_text (link);
  g_assert_cmpstr (find_value (properties, "LOCATION"), ==, location);
  g_assert_cmpstr (find_value (properties, "URL"), ==, link);
  g_assert_true (g_str_has_prefix (find_value (properties, "DESCRIPTION"), "Agenda:\\n08:30 Welcome"));
  g_assert_cmpuint (count_named (properties, "ORGANIZER"), ==, 0);
  g_assert_cmpuint (count_named (properties, "ATTENDEE"), ==, 3);
  g_assert_cmpuint (count_named (properties, "ATTENDEE;CN=Camille Martin;ROLE=REQ-PARTICIPANT"), ==, 1);
}

static void
test_write (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "kick-off.ics", NULL);
  g_autofree char *written = NULL;
  g_autofree char *built = NULL;
  g_auto(GStrv) written_lines = NULL;
  g_auto(GStrv) built_lines = NULL;
  guint n;

  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));
  g_assert_true (pas_ics_write_workshop (fixture->workspace, fixture->workshop_id, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, &error));
  built = pas_ics_build_workshop (fixture->workspace, fixture->workshop_id, DTSTAMP, &error);

  /* The same but for DTSTAMP. */
  written_lines = g_strsplit (written, "\r\n", -1);
  built_lines = g_strsplit (built, "\r\n", -1);
  n = g_strv_length (built_lines);
  g_assert_cmpuint (g_strv_length (written_lines), ==, n);
  for (guint i = 0; i < n; i++)
    if (!g_str_has_prefix (built_lines[i], "DTSTAMP:"))
      g_assert_cmpstr (written_lines[i], ==, built_lines[i]);

  /* No date, no calendar file; the previous file stays as it was. */
  set_workshop (fixture, "starts_at", NULL);
  g_assert_false (pas_ics_write_workshop (fixture->workspace, fixture->workshop_id, path, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&written, g_free);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_true (g_str_has_prefix (written, "BEGIN:VCALENDAR\r\n"));

  g_assert_null (pas_ics_build_workshop (fixture->workspace, fixture->workshop_id + 1, DTSTAMP, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/escape", test_escape);
  g_test_add_func ("/ics/fold", test_fold);
  g_test_add_func ("/ics/fold-escape", test_fold_escape);
  g_test_add_func ("/ics/fold-multibyte", test_fold_multibyte);
  g_test_add_func ("/ics/values", test_values);
  g_test_add ("/ics/workshop", Fixture, NULL, fixture_set_up, test_workshop, fixture_tear_down);
  g_test_add ("/ics/cancelled-online", Fixture, NULL, fixture_set_up, test_cancelled_online, fixture_tear_down);
  g_test_add ("/ics/write", Fixture, NULL, fixture_set_up, test_write, fixture_tear_down);

  return g_test_run ();
}
