/* pas-people-check.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_PEOPLE_CHECK_ERROR (pas_people_check_error_quark ())

/* What is wrong with a record about to be saved; the code says which
 * field to point at. */
typedef enum
{
  PAS_PEOPLE_CHECK_ERROR_NAME,           /* a person's or department's name */
  PAS_PEOPLE_CHECK_ERROR_EMAIL,          /* malformed */
  PAS_PEOPLE_CHECK_ERROR_EMAIL_TAKEN,    /* another person's */
  PAS_PEOPLE_CHECK_ERROR_COMFORT,
  PAS_PEOPLE_CHECK_ERROR_NAME_TAKEN,     /* another department's */
  PAS_PEOPLE_CHECK_ERROR_HEADCOUNT,
  PAS_PEOPLE_CHECK_ERROR_DATE,
  PAS_PEOPLE_CHECK_ERROR_PEOPLE_HELPED,
} PasPeopleCheckError;

#define PAS_PEOPLE_MAX_COMFORT 4

GQuark      pas_people_check_error_quark  (void);
gboolean    pas_people_is_email           (const char    *text);
gboolean    pas_people_is_date            (const char    *text);
char       *pas_people_dup_today          (void);
const char *pas_people_comfort_get_label  (int            comfort);
const char *pas_people_activity_get_label (const char    *kind);
gboolean    pas_people_check_person       (PasWorkspace  *workspace,
                                           PasRecord     *person,
                                           GError       **error);
gboolean    pas_people_check_department   (PasWorkspace  *workspace,
                                           PasRecord     *department,
                                           GError       **error);
gboolean    pas_people_check_activity     (PasRecord     *activity,
                                           GError       **error);

G_END_DECLS
