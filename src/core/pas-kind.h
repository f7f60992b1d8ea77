/* pas-kind.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One kind of record for each table of the workspace. */
typedef enum
{
  PAS_KIND_SETTING,
  PAS_KIND_PROJECT,
  PAS_KIND_DEPARTMENT,
  PAS_KIND_PERSON,
  PAS_KIND_WORKSHOP,
  PAS_KIND_AGENDA_ITEM,
  PAS_KIND_WORKSHOP_PARTICIPANT,
  PAS_KIND_CONTRIBUTION,
  PAS_KIND_PILOT,
  PAS_KIND_PILOT_TESTER,
  PAS_KIND_PILOT_CRITERION,
  PAS_KIND_FEEDBACK,
  PAS_KIND_SKILL,
  PAS_KIND_PROJECT_SKILL,
  PAS_KIND_TRAINING_MODULE,
  PAS_KIND_ENROLLMENT,
  PAS_KIND_SKILL_ASSESSMENT,
  PAS_KIND_READINESS_ASSESSMENT,
  PAS_KIND_REFERENT_ACTIVITY,
  PAS_KIND_SUCCESS_STORY,
  PAS_KIND_STORY_PERSON,
  PAS_KIND_COMMUNICATION,
} PasKind;

#define PAS_N_KINDS (PAS_KIND_COMMUNICATION + 1)

typedef enum
{
  PAS_FIELD_INTEGER,
  PAS_FIELD_REAL,
  PAS_FIELD_TEXT,
} PasFieldType;

typedef struct
{
  const char   *name;
  PasFieldType  type;
  gboolean      not_null;
} PasField;

const char     *pas_kind_get_table      (PasKind      kind);
const char     *pas_kind_get_label      (PasKind      kind);
const char     *pas_kind_get_order      (PasKind      kind);
const char     *pas_kind_get_search     (PasKind      kind);
guint           pas_kind_get_n_fields   (PasKind      kind);
const PasField *pas_kind_get_field      (PasKind      kind,
                                         guint        index);
int             pas_kind_find_field     (PasKind      kind,
                                         const char  *name);
gboolean        pas_kind_from_table     (const char  *table,
                                         PasKind     *kind);

G_END_DECLS
