/* pas-referent-coverage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-people-coverage.h"

G_BEGIN_DECLS

#define PAS_TYPE_REFERENT_COVERAGE (pas_referent_coverage_get_type ())

G_DECLARE_FINAL_TYPE (PasReferentCoverage, pas_referent_coverage, PAS, REFERENT_COVERAGE, GtkWidget)

void               pas_referent_coverage_set_workspace (PasReferentCoverage *self,
                                                        PasWorkspace        *workspace);
PasPeopleCoverage *pas_referent_coverage_get_coverage  (PasReferentCoverage *self);

G_END_DECLS
