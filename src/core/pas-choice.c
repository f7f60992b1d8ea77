/* pas-choice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pas-choice.h"

const PasChoice pas_workshop_statuses[4] = {
  { "planned", N_("Planned") },
  { "running", N_("Running") },
  { "done", N_("Done") },
  { "cancelled", N_("Cancelled") },
};

const PasChoice pas_feedback_categories[6] = {
  { "bug", N_("Bug") },
  { "usability", N_("Usability") },
  { "training_need", N_("Training need") },
  { "feature_request", N_("Feature request") },
  { "praise", N_("Praise") },
  { "other", N_("Other") },
};

const PasChoice pas_feedback_statuses[5] = {
  { "new", N_("New") },
  { "triaged", N_("Triaged") },
  { "planned", N_("Planned") },
  { "done", N_("Done") },
  { "wont_do", N_("Won’t do") },
};

const PasChoice pas_module_formats[5] = {
  { "micro_learning", N_("Micro-learning") },
  { "coaching", N_("Coaching") },
  { "peer_sharing", N_("Peer sharing") },
  { "classroom", N_("Classroom") },
  { "e_learning", N_("E-learning") },
};

const PasChoice pas_enrollment_statuses[4] = {
  { "planned", N_("Planned") },
  { "in_progress", N_("In progress") },
  { "completed", N_("Completed") },
  { "dropped", N_("Dropped") },
};

const PasChoice pas_activity_kinds[3] = {
  { "help_desk", N_("Help desk") },
  { "session", N_("Session") },
  { "relay", N_("Relay") },
};

const PasChoice pas_story_statuses[2] = {
  { "draft", N_("Draft") },
  { "published", N_("Published") },
};

/* The index of @key in @choices, or -1. */
int
pas_choice_find (const PasChoice *choices,
                 guint            n_choices,
                 const char      *key)
{
  if (key != NULL)
    for (guint i = 0; i < n_choices; i++)
      if (choices[i].key[0] == key[0] && strcmp (choices[i].key, key) == 0)
        return (int) i;
  return -1;
}

/* The translated label of @key; an unknown key is shown as it is. */
const char *
pas_choice_get_label (const PasChoice *choices,
                      guint            n_choices,
                      const char      *key)
{
  int index = pas_choice_find (choices, n_choices, key);

  return index >= 0 ? _(choices[index].label) : key;
}
