/* pas-people-factory.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pas-people-factory.h"
#include "pas-people-check.h"
#include "pas-people-row.h"
#include "pas-people-util.h"
#include "pas-person-row.h"

/* The rows of the people list: a PasPersonRow per item, created once,
 * given the person's columns on bind, and named for screen readers by
 * the whole person in one sentence. */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  pas_people_item_set_child (item, pas_person_row_new ());
}

/* What a screen reader says of a row: everything in it, in order. */
static char *
describe_person (PasPeopleRow *row)
{
  PasRecord *person = pas_people_row_get_person (row);
  const char *department = pas_people_row_get_department_name (row);
  const char *job = pas_record_get_string (person, "job_title");
  const char *site = pas_record_get_string (person, "site");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *comfort = NULL;

  g_ptr_array_add (parts, (gpointer) pas_record_get_string (person, "name"));
  if (pas_record_get_int (person, "archived"))
    g_ptr_array_add (parts, _("archived"));
  g_ptr_array_add (parts, (gpointer) (department ? department : _("no department")));
  if (job != NULL && *job != '\0')
    g_ptr_array_add (parts, (gpointer) job);
  if (site != NULL && *site != '\0')
    g_ptr_array_add (parts, (gpointer) site);
  if (pas_record_get_int (person, "is_referent"))
    g_ptr_array_add (parts, _("digital referent"));
  if (!pas_record_is_null (person, "comfort"))
    {
      /* Translators: e.g. "digital comfort 3 — At ease" */
      comfort = g_strdup_printf (_("digital comfort %s"),
                                 pas_people_comfort_get_label (pas_record_get_int (person, "comfort")));
      g_ptr_array_add (parts, comfort);
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  PasPersonRow *row = PAS_PERSON_ROW (gtk_list_item_get_child (item));
  PasPeopleRow *people_row = gtk_list_item_get_item (item);
  PasRecord *person = pas_people_row_get_person (people_row);
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  gboolean archived, comfort_known;

  /* Someone erased since the list was read: the list follows at once. */
  if (person == NULL)
    {
      for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
        pas_person_row_set_text (row, i, NULL, FALSE);
      return;
    }

  archived = pas_record_get_int (person, "archived") != 0;
  comfort_known = !pas_record_is_null (person, "comfort");
  name = archived
    /* Translators: the name of an archived person in the list */
    ? g_strdup_printf (_("%s (archived)"), pas_record_get_string (person, "name"))
    : g_strdup (pas_record_get_string (person, "name"));
  pas_person_row_set_text (row, PAS_PEOPLE_SORT_NAME, name, archived);
  pas_person_row_set_text (row, PAS_PEOPLE_SORT_DEPARTMENT, pas_people_row_get_department_name (people_row), archived);
  pas_person_row_set_text (row, PAS_PEOPLE_SORT_JOB_TITLE, pas_record_get_string (person, "job_title"), archived);
  pas_person_row_set_text (row, PAS_PEOPLE_SORT_SITE, pas_record_get_string (person, "site"), archived);
  pas_person_row_set_text (row, PAS_PEOPLE_SORT_REFERENT,
                           pas_record_get_int (person, "is_referent") ? _("Referent") : NULL, archived);
  pas_person_row_set_text (row, PAS_PEOPLE_SORT_COMFORT,
                           comfort_known ? pas_people_comfort_get_label (pas_record_get_int (person, "comfort")) : _("Not known"),
                           archived || !comfort_known);

  /* The row and the item holding it read as one sentence. */
  description = describe_person (people_row);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  pas_people_label_item (GTK_WIDGET (row), description);
}

/**
 * pas_people_factory_new:
 *
 * Returns: (transfer full): a factory for a list of #PasPeopleRow
 */
GtkListItemFactory *
pas_people_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  return factory;
}
