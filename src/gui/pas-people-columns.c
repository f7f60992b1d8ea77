/* pas-people-columns.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pas-people-columns.h"

/* The header and every row place their columns with the same shares of
 * the width, so that they line up without measuring each other: a row
 * measured against thousands of others would undo what keeping the
 * list light buys. Names are what people look for: they get the most. */
static const struct
{
  const char *title;
  double      share;
} columns[PAS_PEOPLE_N_SORTS] = {
  [PAS_PEOPLE_SORT_NAME] = { N_("Name"), 0.22 },
  [PAS_PEOPLE_SORT_DEPARTMENT] = { N_("Department"), 0.16 },
  [PAS_PEOPLE_SORT_JOB_TITLE] = { N_("Job Title"), 0.18 },
  [PAS_PEOPLE_SORT_SITE] = { N_("Site"), 0.10 },
  [PAS_PEOPLE_SORT_REFERENT] = { N_("Referent"), 0.12 },
  [PAS_PEOPLE_SORT_COMFORT] = { N_("Digital Comfort"), 0.22 },
};

const char *
pas_people_column_get_title (PasPeopleSort column)
{
  g_return_val_if_fail (column < PAS_PEOPLE_N_SORTS, NULL);

  return _(columns[column].title);
}

/**
 * pas_people_column_place:
 * @width: the width of the header or row
 * @x: (out): where @column starts, from the left
 * @column_width: (out): its width, the gap to the next one excluded
 *
 * Places @column in a header or row @width pixels wide: the first
 * column on the left, or on the right for a right-to-left language.
 */
void
pas_people_column_place (PasPeopleSort     column,
                         int               width,
                         GtkTextDirection  direction,
                         int              *x,
                         int              *column_width)
{
  double start = 0;
  int end;

  g_return_if_fail (column < PAS_PEOPLE_N_SORTS);

  for (guint i = 0; i < column; i++)
    start += columns[i].share;
  *x = (int) (start * width);
  end = column + 1 == PAS_PEOPLE_N_SORTS ? width : (int) ((start + columns[column].share) * width);
  *column_width = MAX (0, end - *x - (column + 1 == PAS_PEOPLE_N_SORTS ? 0 : PAS_PEOPLE_COLUMN_GAP));
  if (direction == GTK_TEXT_DIR_RTL)
    *x = width - *x - *column_width;
}
