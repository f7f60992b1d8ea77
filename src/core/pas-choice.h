/* pas-choice.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A value of an enumerated column of the schema (its CHECK list), with
 * the label people read, untranslated (N_). The tables keep the
 * schema's order, which is also the order of workflows. */
typedef struct
{
  const char *key;
  const char *label;
} PasChoice;

extern const PasChoice pas_workshop_statuses[4];
extern const PasChoice pas_feedback_categories[6];
extern const PasChoice pas_feedback_statuses[5];
extern const PasChoice pas_module_formats[5];
extern const PasChoice pas_enrollment_statuses[4];
extern const PasChoice pas_activity_kinds[3];
extern const PasChoice pas_story_statuses[2];

int         pas_choice_find      (const PasChoice *choices,
                                  guint            n_choices,
                                  const char      *key);
const char *pas_choice_get_label (const PasChoice *choices,
                                  guint            n_choices,
                                  const char      *key);

#define PAS_CHOICE_FIND(choices, key) pas_choice_find (choices, G_N_ELEMENTS (choices), key)
#define PAS_CHOICE_LABEL(choices, key) pas_choice_get_label (choices, G_N_ELEMENTS (choices), key)

G_END_DECLS
