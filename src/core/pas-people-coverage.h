/* pas-people-coverage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_PEOPLE_COVERAGE (pas_people_coverage_get_type ())

/* How well the digital referents cover each department, now: the
 * referent coverage indicator of DESIGN.md (see pas-indicators.h: the
 * same definitions, without a project), with what the People section
 * shows beside it. Archived people are left out. */
typedef struct
{
  gint64   department_id;
  char    *name;
  char    *site;
  gint64   headcount;
  guint    n_people;             /* recorded, not archived */
  guint    n_referents;          /* not archived */
  guint    population;           /* max (headcount, n_people) */
  double   people_per_referent;  /* NaN without a referent */
  guint    referents_needed;     /* at the target ratio */
} PasDepartmentCoverage;

typedef enum
{
  PAS_COVERAGE_EMPTY,            /* nobody in the department */
  PAS_COVERAGE_NO_REFERENT,
  PAS_COVERAGE_BELOW_TARGET,
  PAS_COVERAGE_ON_TARGET,
} PasCoverageStatus;

typedef struct
{
  gint64      referent_ratio;             /* the target: one referent for this many people */
  GPtrArray  *departments;                /* PasDepartmentCoverage, by name */
  guint       n_people;                   /* recorded, not archived */
  guint       n_referents;
  guint       n_without_department;       /* people without a department */
  guint       n_referents_without_department;
  guint       population;                 /* the departments', plus each person without one */
  double      people_per_referent;        /* NaN without a referent */
  guint       n_departments_without_referent;
} PasPeopleCoverage;

GType               pas_people_coverage_get_type        (void) G_GNUC_CONST;
PasPeopleCoverage  *pas_people_coverage_compute         (PasWorkspace                *workspace,
                                                         GError                     **error);
PasPeopleCoverage  *pas_people_coverage_ref             (PasPeopleCoverage           *self);
void                pas_people_coverage_unref           (PasPeopleCoverage           *self);
const PasDepartmentCoverage *
                    pas_people_coverage_find            (PasPeopleCoverage           *self,
                                                         gint64                       department_id);
PasCoverageStatus   pas_department_coverage_get_status  (const PasDepartmentCoverage *department);

gboolean            pas_people_count_activities         (PasWorkspace                *workspace,
                                                         gint64                       referent_id,
                                                         guint                       *n_activities,
                                                         guint                       *people_helped,
                                                         GError                     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasPeopleCoverage, pas_people_coverage_unref)

G_END_DECLS
