/* pas-people-coverage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The referent coverage of pas-indicators.c needs a project and computes
 * every other indicator with it; the People section needs only this one,
 * at every change, also in a workspace without a project. Both follow the
 * definition of DESIGN.md, and test-people-coverage checks that they agree.
 */
#define G_LOG_DOMAIN "pas-people-coverage"

#include "config.h"

#include <math.h>

#include "pas-indicators.h"
#include "pas-people-coverage.h"
#include "pas-workspace-private.h"

typedef struct
{
  PasPeopleCoverage  public;
  gatomicrefcount    ref_count;
} Coverage;

G_DEFINE_BOXED_TYPE (PasPeopleCoverage, pas_people_coverage,
                     pas_people_coverage_ref, pas_people_coverage_unref)

static void
department_coverage_free (gpointer data)
{
  PasDepartmentCoverage *department = data;

  g_free (department->name);
  g_free (department->site);
  g_free (department);
}

static gboolean
failed (PasWorkspace  *workspace,
        GError       **error)
{
  return pas_workspace_set_error (workspace, sqlite3_extended_errcode (pas_workspace_get_db (workspace)), error);
}

PasPeopleCoverage *
pas_people_coverage_ref (PasPeopleCoverage *self)
{
  Coverage *coverage = (Coverage *) self;

  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&coverage->ref_count);
  return self;
}

void
pas_people_coverage_unref (PasPeopleCoverage *self)
{
  Coverage *coverage = (Coverage *) self;

  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&coverage->ref_count))
    return;
  g_ptr_array_unref (self->departments);
  g_free (coverage);
}

/**
 * pas_people_coverage_compute:
 *
 * Counts, for each department, the people and referents recorded and
 * the referents needed at the workspace's target ratio.
 *
 * Returns: (transfer full): the coverage, or %NULL on error
 */
PasPeopleCoverage *
pas_people_coverage_compute (PasWorkspace  *workspace,
                             GError       **error)
{
  g_autoptr(PasPeopleCoverage) self = NULL;
  Coverage *coverage;
  sqlite3_stmt *stmt;
  guint population = 0;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  coverage = g_new0 (Coverage, 1);
  g_atomic_ref_count_init (&coverage->ref_count);
  self = &coverage->public;
  self->departments = g_ptr_array_new_with_free_func (department_coverage_free);
  self->referent_ratio = pas_workspace_get_setting_int (workspace, PAS_SETTING_REFERENT_RATIO,
                                                        PAS_DEFAULT_REFERENT_RATIO);
  if (self->referent_ratio < 1 || self->referent_ratio > G_MAXINT32)
    self->referent_ratio = PAS_DEFAULT_REFERENT_RATIO;

  stmt = pas_workspace_prepare (workspace,
                                "SELECT d.id, d.name, d.site, d.headcount, "
                                "       count (p.id), coalesce (sum (p.is_referent), 0) "
                                "FROM department d "
                                "LEFT JOIN person p ON p.department_id = d.id AND p.archived = 0 "
                                "GROUP BY d.id "
                                "ORDER BY d.name COLLATE NOCASE, d.id",
                                error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasDepartmentCoverage *row = g_new0 (PasDepartmentCoverage, 1);

      row->department_id = sqlite3_column_int64 (stmt, 0);
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->site = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->headcount = sqlite3_column_int64 (stmt, 3);
      row->n_people = sqlite3_column_int (stmt, 4);
      row->n_referents = sqlite3_column_int (stmt, 5);
      row->population = MAX ((guint) MIN (row->headcount, G_MAXUINT), row->n_people);
      row->people_per_referent = row->n_referents > 0 ? (double) row->population / row->n_referents : NAN;
      row->referents_needed = (row->population + self->referent_ratio - 1) / self->referent_ratio;
      g_ptr_array_add (self->departments, row);

      self->n_people += row->n_people;
      self->n_referents += row->n_referents;
      population += row->population;
      if (row->n_referents == 0 && row->population > 0)
        self->n_departments_without_referent++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      failed (workspace, error);
      return NULL;
    }

  stmt = pas_workspace_prepare (workspace,
                                "SELECT count (*), coalesce (sum (is_referent), 0) FROM person "
                                "WHERE department_id IS NULL AND archived = 0",
                                error);
  if (stmt == NULL)
    return NULL;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      self->n_without_department = sqlite3_column_int (stmt, 0);
      self->n_referents_without_department = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      failed (workspace, error);
      return NULL;
    }

  /* Without a department, each person counts as one. */
  self->n_people += self->n_without_department;
  self->n_referents += self->n_referents_without_department;
  self->population = population + self->n_without_department;
  self->people_per_referent = self->n_referents > 0 ? (double) self->population / self->n_referents : NAN;
  return g_steal_pointer (&self);
}

/* The coverage of one department, or NULL. */
const PasDepartmentCoverage *
pas_people_coverage_find (PasPeopleCoverage *self,
                          gint64             department_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->departments->len; i++)
    {
      const PasDepartmentCoverage *department = g_ptr_array_index (self->departments, i);

      if (department->department_id == department_id)
        return department;
    }
  return NULL;
}

PasCoverageStatus
pas_department_coverage_get_status (const PasDepartmentCoverage *department)
{
  g_return_val_if_fail (department != NULL, PAS_COVERAGE_EMPTY);

  if (department->population == 0)
    return PAS_COVERAGE_EMPTY;
  if (department->n_referents == 0)
    return PAS_COVERAGE_NO_REFERENT;
  if (department->n_referents < department->referents_needed)
    return PAS_COVERAGE_BELOW_TARGET;
  return PAS_COVERAGE_ON_TARGET;
}

/**
 * pas_people_count_activities:
 * @n_activities: (out): the activities recorded for the referent
 * @people_helped: (out): the people helped, over all of them
 */
gboolean
pas_people_count_activities (PasWorkspace  *workspace,
                             gint64         referent_id,
                             guint         *n_activities,
                             guint         *people_helped,
                             GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (n_activities != NULL && people_helped != NULL, FALSE);

  *n_activities = *people_helped = 0;
  stmt = pas_workspace_prepare (workspace,
                                "SELECT count (*), coalesce (sum (people_helped), 0) "
                                "FROM referent_activity WHERE referent_id = ?",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, referent_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *n_activities = sqlite3_column_int (stmt, 0);
      *people_helped = (guint) CLAMP (sqlite3_column_int64 (stmt, 1), 0, G_MAXUINT);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return failed (workspace, error);
  return TRUE;
}
