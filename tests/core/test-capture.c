/* test-capture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-capture.h"
#include "pas-workshop-ops.h"
#include "pas-workspace-private.h"

typedef struct
{
  char         *dir;
  PasWorkspace *workspace;
  gint64        workshop_id;
  gint64        other_workshop_id;
  gint64        participant_id;
  gint64        outsider_id;
} Fixture;

static gint64
save (Fixture   *fixture,
      PasRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_save (fixture->workspace, record, &error));
  g_assert_no_error (error);
  return pas_record_get_id (record);
}

static gint64
add_workshop (Fixture *fixture,
              gint64   project_id,
              const char *title)
{
  g_autoptr(PasRecord) workshop = pas_record_new (PAS_KIND_WORKSHOP);

  pas_record_set_int (workshop, "project_id", project_id);
  pas_record_set_string (workshop, "title", title);
  return save (fixture, workshop);
}

static gint64
add_person (Fixture    *fixture,
            const char *name)
{
  g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (person, "name", name);
  return save (fixture, person);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("test-capture-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "capture.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  pas_record_set_string (project, "name", "New CRM");
  save (fixture, project);
  fixture->workshop_id = add_workshop (fixture, pas_record_get_id (project), "Kick-off");
  fixture->other_workshop_id = add_workshop (fixture, pas_record_get_id (project), "Follow-up");
  fixture->participant_id = add_person (fixture, "Ana");
  fixture->outsider_id = add_person (fixture, "Otto");
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id,
                                             fixture->participant_id, NULL, &error));
  g_assert_no_error (error);
  /* Otto takes part in the other workshop only. */
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->other_workshop_id,
                                             fixture->outsider_id, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (pas_workspace_get_path (fixture->workspace));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_finalize_object (fixture->workspace);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
add (Fixture             *fixture,
     PasContributionKind  kind,
     const char          *text)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (pas_capture_add (fixture->workspace, fixture->workshop_id, kind, text, 0, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static PasRecord *
load (Fixture *fixture,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  PasRecord *record = pas_workspace_load (fixture->workspace, PAS_KIND_CONTRIBUTION, id, &error);

  g_assert_no_error (error);
  return record;
}

static void
test_kinds (void)
{
  PasContributionKind kind = PAS_CONTRIBUTION_IDEA;

  for (guint k = 0; k < PAS_CONTRIBUTION_N_KINDS; k++)
    {
      g_assert_true (pas_contribution_kind_from_string (pas_contribution_kind_to_string (k), &kind));
      g_assert_cmpint (kind, ==, k);
    }
  g_assert_cmpstr (pas_contribution_kind_to_string (PAS_CONTRIBUTION_PAIN_POINT), ==, "pain_point");
  g_assert_cmpstr (pas_contribution_kind_get_label (PAS_CONTRIBUTION_PAIN_POINT), ==, "Pain point");
  g_assert_false (pas_contribution_kind_from_string ("rant", &kind));
  g_assert_false (pas_contribution_kind_from_string (NULL, &kind));
}

static void
on_changed_cb (PasWorkspace *workspace,
               PasKind       kind,
               gint64        id,
               gint64       *last_id)
{
  g_autoptr(PasRecord) record = NULL;

  /* The entry is committed by the time anyone is told. */
  g_assert_true (sqlite3_get_autocommit (pas_workspace_get_db (workspace)));
  record = pas_workspace_load (workspace, kind, id, NULL);
  g_assert_nonnull (record);
  *last_id = id;
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) anonymous = NULL;
  g_autoptr(PasRecord) signed_entry = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  gint64 id = 0, signed_id = 0, notified_id = 0;
  gulong handler;

  handler = g_signal_connect (fixture->workspace, "changed", G_CALLBACK (on_changed_cb), &notified_id);
  g_assert_true (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_NEED,
                                  "  Train the sales team on mobile  \n", 0, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notified_id, ==, id);
  g_signal_handler_disconnect (fixture->workspace, handler);

  anonymous = load (fixture, id);
  g_assert_cmpstr (pas_record_get_string (anonymous, "text"), ==, "Train the sales team on mobile");
  g_assert_cmpstr (pas_record_get_string (anonymous, "kind"), ==, "need");
  g_assert_cmpstr (pas_record_get_string (anonymous, "theme"), ==, "");
  g_assert_cmpint (pas_record_get_int (anonymous, "votes"), ==, 0);
  g_assert_true (pas_record_is_null (anonymous, "author_id"));
  g_assert_cmpint (pas_record_get_int (anonymous, "workshop_id"), ==, fixture->workshop_id);
  g_assert_cmpint (pas_record_get_int (anonymous, "created_at"), >=, before);
  g_assert_cmpint (pas_record_get_int (anonymous, "created_at"), <=, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_true (g_uuid_string_is_valid (pas_record_get_uuid (anonymous)));

  g_assert_true (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_QUESTION,
                                  "Who pays for the phones?", fixture->participant_id, &signed_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (signed_id, >, id);
  signed_entry = load (fixture, signed_id);
  g_assert_cmpint (pas_record_get_int (signed_entry, "author_id"), ==, fixture->participant_id);
  g_assert_cmpstr (pas_record_get_string (signed_entry, "kind"), ==, "question");

  /* Someone who only came (not invited) may sign too. */
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, fixture->outsider_id, TRUE, &error));
  g_assert_true (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_IDEA,
                                  "A walk-in's idea", fixture->outsider_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_CONTRIBUTION), ==, 3);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = -1;

  g_assert_false (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_IDEA, " \t\n ", 0, &id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_IDEA, NULL, 0, &id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_IDEA, "\xff\xfe", 0, &id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pas_capture_add (fixture->workspace, fixture->workshop_id, (PasContributionKind) 5, "Text", 0, &id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pas_capture_add (fixture->workspace, fixture->workshop_id, (PasContributionKind) -1, "Text", 0, &id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  /* Otto is a participant of the other workshop, not of this one. */
  g_assert_false (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_IDEA,
                                   "Not mine", fixture->outsider_id, &id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_IDEA,
                                   "Nobody", 9999, &id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pas_capture_add (fixture->workspace, 9999, PAS_CONTRIBUTION_IDEA, "Lost", 0, &id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (id, ==, -1);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_CONTRIBUTION), ==, 0);
}

static void
test_add_inside_batch (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Saved inside someone's open transaction, the entry would not be on
   * disk when the call returns: refused as a programming error. */
  g_assert_true (pas_workspace_begin (fixture->workspace, &error));
  g_test_expect_message ("pas-capture", G_LOG_LEVEL_CRITICAL, "*autocommit*");
  g_assert_false (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_IDEA, "Idea", 0, NULL, &error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  pas_workspace_rollback (fixture->workspace);
}

static void
assert_same_content (PasRecord *a,
                     PasRecord *b)
{
  const char *fields[] = { "uuid", "workshop_id", "kind", "text", "theme", "votes", "author_id", "created_at" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_str_equal (fields[i], "uuid") || g_str_equal (fields[i], "kind") ||
          g_str_equal (fields[i], "text") || g_str_equal (fields[i], "theme"))
        g_assert_cmpstr (pas_record_get_string (a, fields[i]), ==, pas_record_get_string (b, fields[i]));
      else
        {
          g_assert_cmpint (pas_record_is_null (a, fields[i]), ==, pas_record_is_null (b, fields[i]));
          g_assert_cmpint (pas_record_get_int (a, fields[i]), ==, pas_record_get_int (b, fields[i]));
        }
    }
}

static void
test_undo_redo (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) removed = NULL;
  g_autoptr(PasRecord) before = NULL;
  g_autoptr(PasRecord) restored = NULL;
  gint64 first, second, restored_id = 0, newer;

  g_assert_false (pas_capture_undo_last (fixture->workspace, fixture->workshop_id, &removed, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (removed);

  /* Another workshop's entry is not this workshop's last one. */
  g_assert_true (pas_capture_add (fixture->workspace, fixture->other_workshop_id, PAS_CONTRIBUTION_IDEA,
                                  "Elsewhere", 0, NULL, &error));
  first = add (fixture, PAS_CONTRIBUTION_IDEA, "First");
  g_assert_true (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_PAIN_POINT,
                                  "Second", fixture->participant_id, &second, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, &second, 1, 2, &error));
  g_assert_true (pas_capture_set_theme (fixture->workspace, &second, 1, "Tools", &error));
  g_assert_no_error (error);
  before = load (fixture, second);

  /* Ctrl+Z removes the last entry of this workshop… */
  g_assert_true (pas_capture_undo_last (fixture->workspace, fixture->workshop_id, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pas_record_get_id (removed), ==, second);
  g_assert_null (pas_workspace_load (fixture->workspace, PAS_KIND_CONTRIBUTION, second, NULL));
  assert_same_content (removed, before);

  /* …and Redo puts it back as it was, same id and uuid. */
  g_assert_true (pas_capture_restore (fixture->workspace, removed, &restored_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (restored_id, ==, second);
  restored = load (fixture, restored_id);
  assert_same_content (restored, before);
  g_clear_object (&restored);
  g_clear_object (&removed);

  /* Undo, type something new (SQLite gives it the freed id), then
   * redo: the entry comes back under another id, same uuid. */
  g_assert_true (pas_capture_undo_last (fixture->workspace, fixture->workshop_id, &removed, &error));
  newer = add (fixture, PAS_CONTRIBUTION_IDEA, "Newer");
  g_assert_cmpint (newer, ==, second);
  g_assert_true (pas_capture_restore (fixture->workspace, removed, &restored_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (restored_id, !=, second);
  restored = load (fixture, restored_id);
  assert_same_content (restored, before);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_CONTRIBUTION), ==, 4);

  /* Restoring twice would duplicate the uuid: refused. */
  g_assert_false (pas_capture_restore (fixture->workspace, removed, NULL, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  /* The first entry was never touched. */
  g_clear_object (&restored);
  restored = load (fixture, first);
  g_assert_cmpstr (pas_record_get_string (restored, "text"), ==, "First");

  /* Remove by id. */
  g_clear_object (&removed);
  g_assert_true (pas_capture_remove (fixture->workspace, newer, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pas_record_get_string (removed, "text"), ==, "Newer");
  g_assert_false (pas_capture_remove (fixture->workspace, newer, NULL, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
}

static void
test_restore_author_gone (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) removed = NULL;
  g_autoptr(PasRecord) restored = NULL;
  gint64 id = 0;

  g_assert_true (pas_capture_add (fixture->workspace, fixture->workshop_id, PAS_CONTRIBUTION_IDEA,
                                  "Signed", fixture->participant_id, &id, &error));
  g_assert_true (pas_capture_undo_last (fixture->workspace, fixture->workshop_id, &removed, &error));
  g_assert_true (pas_workspace_delete (fixture->workspace, PAS_KIND_PERSON, fixture->participant_id, &error));
  g_assert_true (pas_capture_restore (fixture->workspace, removed, &id, &error));
  g_assert_no_error (error);
  restored = load (fixture, id);
  g_assert_true (pas_record_is_null (restored, "author_id"));
  g_assert_cmpstr (pas_record_get_string (restored, "text"), ==, "Signed");
}

static void
test_vote_theme_kind (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) record = NULL;
  g_auto(GStrv) themes = NULL;
  gint64 a, b, c, both[2];

  a = add (fixture, PAS_CONTRIBUTION_IDEA, "A");
  b = add (fixture, PAS_CONTRIBUTION_NEED, "B");
  c = add (fixture, PAS_CONTRIBUTION_IDEA, "C");
  both[0] = a;
  both[1] = b;

  g_assert_true (pas_capture_vote (fixture->workspace, both, 2, +1, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, &a, 1, +1, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, &b, 1, -1, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, &b, 1, -1, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, &c, 1, -3, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, NULL, 0, +1, &error));
  g_assert_no_error (error);
  record = load (fixture, a);
  g_assert_cmpint (pas_record_get_int (record, "votes"), ==, 2);
  g_clear_object (&record);
  record = load (fixture, b);
  g_assert_cmpint (pas_record_get_int (record, "votes"), ==, 0);
  g_clear_object (&record);
  record = load (fixture, c);
  g_assert_cmpint (pas_record_get_int (record, "votes"), ==, 0);
  g_clear_object (&record);

  /* A theme for a selection; the spelling in use wins. */
  g_assert_true (pas_capture_set_theme (fixture->workspace, both, 2, "  Training ", &error));
  g_assert_true (pas_capture_set_theme (fixture->workspace, &c, 1, "training", &error));
  g_assert_no_error (error);
  record = load (fixture, c);
  g_assert_cmpstr (pas_record_get_string (record, "theme"), ==, "Training");
  g_clear_object (&record);
  g_assert_true (pas_capture_set_theme (fixture->workspace, &b, 1, "Mobile", &error));
  themes = pas_capture_list_themes (fixture->workspace, fixture->workshop_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (themes), ==, 2);
  g_assert_cmpstr (themes[0], ==, "Mobile");
  g_assert_cmpstr (themes[1], ==, "Training");
  g_assert_true (pas_capture_set_theme (fixture->workspace, &b, 1, NULL, &error));
  record = load (fixture, b);
  g_assert_cmpstr (pas_record_get_string (record, "theme"), ==, "");
  g_clear_object (&record);

  /* Mark as a decision. */
  g_assert_true (pas_capture_set_kind (fixture->workspace, &c, 1, PAS_CONTRIBUTION_DECISION, &error));
  g_assert_no_error (error);
  record = load (fixture, c);
  g_assert_cmpstr (pas_record_get_string (record, "kind"), ==, "decision");
  g_assert_false (pas_capture_set_kind (fixture->workspace, &c, 1, (PasContributionKind) 9, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
}

static char *
list_texts (GListModel *model)
{
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (model, i);
      g_string_append_printf (texts, "%s%s", i ? " " : "", pas_record_get_string (record, "text"));
    }
  return g_string_free (texts, FALSE);
}

static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasCaptureSummary) summary = NULL;
  g_autoptr(GListModel) by_time = NULL;
  g_autoptr(GListModel) by_theme = NULL;
  g_autoptr(GListModel) by_votes = NULL;
  g_autofree char *texts = NULL;
  PasCaptureTheme *theme;
  gint64 ids[7];

  /*        text  kind        theme       votes
   *  ids[0] i1   idea        Tools       3
   *  ids[1] i2   idea        Training    1
   *  ids[2] n1   need        Training    4
   *  ids[3] p1   pain point  Tools       0
   *  ids[4] q1   question    —           2
   *  ids[5] d1   decision    Training    0
   *  ids[6] d2   decision    —           0
   * Themes by votes: Training 3 items/5 votes, Tools 2/3, then "" 2/2. */
  ids[0] = add (fixture, PAS_CONTRIBUTION_IDEA, "i1");
  ids[1] = add (fixture, PAS_CONTRIBUTION_IDEA, "i2");
  ids[2] = add (fixture, PAS_CONTRIBUTION_NEED, "n1");
  ids[3] = add (fixture, PAS_CONTRIBUTION_PAIN_POINT, "p1");
  ids[4] = add (fixture, PAS_CONTRIBUTION_QUESTION, "q1");
  ids[5] = add (fixture, PAS_CONTRIBUTION_DECISION, "d1");
  ids[6] = add (fixture, PAS_CONTRIBUTION_DECISION, "d2");
  g_assert_true (pas_capture_add (fixture->workspace, fixture->other_workshop_id, PAS_CONTRIBUTION_IDEA,
                                  "elsewhere", 0, NULL, &error));
  g_assert_true (pas_capture_set_theme (fixture->workspace, (gint64[]) { ids[0], ids[3] }, 2, "Tools", &error));
  g_assert_true (pas_capture_set_theme (fixture->workspace, (gint64[]) { ids[1], ids[2], ids[5] }, 3, "Training", &error));
  for (guint i = 0; i < 3; i++)
    g_assert_true (pas_capture_vote (fixture->workspace, &ids[0], 1, +1, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, &ids[1], 1, +1, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, &ids[2], 1, +4, &error));
  g_assert_true (pas_capture_vote (fixture->workspace, &ids[4], 1, +2, &error));
  g_assert_no_error (error);

  summary = pas_capture_summarize (fixture->workspace, fixture->workshop_id, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_contributions, ==, 7);
  g_assert_cmpuint (summary->votes, ==, 10);
  g_assert_cmpuint (summary->n_by_kind[PAS_CONTRIBUTION_IDEA], ==, 2);
  g_assert_cmpuint (summary->n_by_kind[PAS_CONTRIBUTION_NEED], ==, 1);
  g_assert_cmpuint (summary->n_by_kind[PAS_CONTRIBUTION_PAIN_POINT], ==, 1);
  g_assert_cmpuint (summary->n_by_kind[PAS_CONTRIBUTION_QUESTION], ==, 1);
  g_assert_cmpuint (summary->n_by_kind[PAS_CONTRIBUTION_DECISION], ==, 2);

  g_assert_cmpuint (summary->themes->len, ==, 3);
  theme = g_ptr_array_index (summary->themes, 0);
  g_assert_cmpstr (theme->theme, ==, "Training");
  g_assert_cmpuint (theme->n_contributions, ==, 3);
  g_assert_cmpuint (theme->votes, ==, 5);
  g_assert_cmpuint (theme->n_by_kind[PAS_CONTRIBUTION_IDEA], ==, 1);
  g_assert_cmpuint (theme->n_by_kind[PAS_CONTRIBUTION_NEED], ==, 1);
  g_assert_cmpuint (theme->n_by_kind[PAS_CONTRIBUTION_DECISION], ==, 1);
  theme = g_ptr_array_index (summary->themes, 1);
  g_assert_cmpstr (theme->theme, ==, "Tools");
  g_assert_cmpuint (theme->n_contributions, ==, 2);
  g_assert_cmpuint (theme->votes, ==, 3);
  g_assert_cmpuint (theme->n_by_kind[PAS_CONTRIBUTION_PAIN_POINT], ==, 1);
  theme = g_ptr_array_index (summary->themes, 2);
  g_assert_cmpstr (theme->theme, ==, "");
  g_assert_cmpuint (theme->n_contributions, ==, 2);
  g_assert_cmpuint (theme->votes, ==, 2);

  g_assert_cmpuint (summary->top_voted->len, ==, 3);
  g_assert_cmpstr (pas_record_get_string (g_ptr_array_index (summary->top_voted, 0), "text"), ==, "n1");
  g_assert_cmpstr (pas_record_get_string (g_ptr_array_index (summary->top_voted, 1), "text"), ==, "i1");
  g_assert_cmpstr (pas_record_get_string (g_ptr_array_index (summary->top_voted, 2), "text"), ==, "q1");
  g_assert_cmpuint (summary->decisions->len, ==, 2);
  g_assert_cmpstr (pas_record_get_string (g_ptr_array_index (summary->decisions, 0), "text"), ==, "d1");
  g_assert_cmpstr (pas_record_get_string (g_ptr_array_index (summary->decisions, 1), "text"), ==, "d2");

  by_time = pas_capture_list (fixture->workspace, fixture->workshop_id, PAS_CAPTURE_ORDER_TIME, &error);
  texts = list_texts (by_time);
  g_assert_cmpstr (texts, ==, "i1 i2 n1 p1 q1 d1 d2");
  g_clear_pointer (&texts, g_free);
  by_theme = pas_capture_list (fixture->workspace, fixture->workshop_id, PAS_CAPTURE_ORDER_THEME, &error);
  texts = list_texts (by_theme);
  g_assert_cmpstr (texts, ==, "i1 p1 n1 i2 d1 q1 d2");
  g_clear_pointer (&texts, g_free);
  by_votes = pas_capture_list (fixture->workspace, fixture->workshop_id, PAS_CAPTURE_ORDER_VOTES, &error);
  texts = list_texts (by_votes);
  g_assert_cmpstr (texts, ==, "n1 i1 q1 i2 p1 d1 d2");
  g_assert_no_error (error);
}

static void
test_summary_empty (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasCaptureSummary) summary = NULL;

  summary = pas_capture_summarize (fixture->workspace, fixture->workshop_id, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_contributions, ==, 0);
  g_assert_cmpuint (summary->themes->len, ==, 0);
  g_assert_cmpuint (summary->top_voted->len, ==, 0);
  g_assert_cmpuint (summary->decisions->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capture/kinds", test_kinds);
  g_test_add ("/capture/add", Fixture, NULL, fixture_set_up, test_add, fixture_tear_down);
  g_test_add ("/capture/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/capture/add-inside-batch", Fixture, NULL, fixture_set_up, test_add_inside_batch, fixture_tear_down);
  g_test_add ("/capture/undo-redo", Fixture, NULL, fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/capture/restore-author-gone", Fixture, NULL, fixture_set_up, test_restore_author_gone, fixture_tear_down);
  g_test_add ("/capture/vote-theme-kind", Fixture, NULL, fixture_set_up, test_vote_theme_kind, fixture_tear_down);
  g_test_add ("/capture/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/capture/summary-empty", Fixture, NULL, fixture_set_up, test_summary_empty, fixture_tear_down);

  return g_test_run ();
}
