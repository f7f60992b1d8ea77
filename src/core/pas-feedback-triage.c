/* pas-feedback-triage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pas-choice.h"
#include "pas-feedback-triage.h"

/* The rules of a feedback item's life, without a display: what a quick
 * entry holds, when it counts as resolved, what may be saved. */

G_DEFINE_QUARK (pas-feedback-error-quark, pas_feedback_error)

static const char * const severity_labels[] = {
  /* Translators: severities of a feedback item, from 1 to 4 */
  N_("Minor"),
  N_("Moderate"),
  N_("Serious"),
  N_("Blocking"),
};

/* The translated name of a severity from 1 to 4, or NULL. */
const char *
pas_feedback_severity_get_label (int severity)
{
  if (severity < PAS_FEEDBACK_MIN_SEVERITY || severity > PAS_FEEDBACK_MAX_SEVERITY)
    return NULL;
  return _(severity_labels[severity - PAS_FEEDBACK_MIN_SEVERITY]);
}

/**
 * pas_feedback_new:
 * @category: (nullable): a key of pas_feedback_categories; "other" if %NULL
 * @now: unix seconds, the time it is received
 *
 * Returns: (transfer full): a new feedback item of @project_id, with
 *   @text stripped, new, of moderate severity, not yet saved
 */
PasRecord *
pas_feedback_new (gint64      project_id,
                  const char *text,
                  const char *category,
                  gint64      now)
{
  PasRecord *feedback;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (project_id > 0, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  feedback = pas_record_new (PAS_KIND_FEEDBACK);
  pas_record_set_int (feedback, "project_id", project_id);
  pas_record_set_string (feedback, "text", stripped);
  pas_record_set_string (feedback, "category", category ? category : "other");
  pas_record_set_string (feedback, "status", "new");
  pas_record_set_int (feedback, "severity", 2);
  pas_record_set_int (feedback, "sentiment", 0);
  pas_record_set_string (feedback, "response", "");
  pas_record_set_int (feedback, "created_at", now);
  return feedback;
}

/* Done and won't do close an item: the loop is closed, or not, by the response. */
gboolean
pas_feedback_is_closed (const char *status)
{
  return g_strcmp0 (status, "done") == 0 || g_strcmp0 (status, "wont_do") == 0;
}

/**
 * pas_feedback_set_status:
 * @now: unix seconds
 *
 * Sets the status of @feedback, and when it was resolved: the first
 * time it is closed (never before it was created), forgotten when it
 * is opened again.
 */
void
pas_feedback_set_status (PasRecord  *feedback,
                         const char *status,
                         gint64      now)
{
  g_return_if_fail (PAS_IS_RECORD (feedback));
  g_return_if_fail (status != NULL);

  pas_record_set_string (feedback, "status", status);
  if (!pas_feedback_is_closed (status))
    pas_record_set_null (feedback, "resolved_at");
  else if (pas_record_is_null (feedback, "resolved_at"))
    pas_record_set_int (feedback, "resolved_at", MAX (now, pas_record_get_int (feedback, "created_at")));
}

/* Whether @feedback may be saved; the message says what to change. */
gboolean
pas_feedback_check (PasRecord  *feedback,
                    GError    **error)
{
  const char *text;
  gint64 severity;

  g_return_val_if_fail (PAS_IS_RECORD (feedback), FALSE);

  text = pas_record_get_string (feedback, "text");
  while (text != NULL && g_ascii_isspace (*text))
    text++;
  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, PAS_FEEDBACK_ERROR, PAS_FEEDBACK_ERROR_NO_TEXT,
                           _("Type what the colleague said: the feedback cannot be empty."));
      return FALSE;
    }
  severity = pas_record_get_int (feedback, "severity");
  if (severity < PAS_FEEDBACK_MIN_SEVERITY || severity > PAS_FEEDBACK_MAX_SEVERITY)
    {
      g_set_error_literal (error, PAS_FEEDBACK_ERROR, PAS_FEEDBACK_ERROR_INVALID,
                           _("Choose a severity from 1 (minor) to 4 (blocking)."));
      return FALSE;
    }
  if (PAS_CHOICE_FIND (pas_feedback_categories, pas_record_get_string (feedback, "category")) < 0 ||
      PAS_CHOICE_FIND (pas_feedback_statuses, pas_record_get_string (feedback, "status")) < 0)
    {
      g_set_error_literal (error, PAS_FEEDBACK_ERROR, PAS_FEEDBACK_ERROR_INVALID,
                           _("Choose a category and a status from the lists."));
      return FALSE;
    }
  return TRUE;
}
