/* pas-appdata.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the About window shows, read from the AppStream metainfo. Strings
 * are translated with the application's catalog. */
typedef struct
{
  char *name;
  char *summary;
  char *developer_name;
  char *homepage;
  char *bugtracker;
  char *release_version;   /* the newest release */
  char *release_notes;     /* its description, as AdwAboutWindow markup */
} PasAppdata;

PasAppdata *pas_appdata_parse (const char  *text,
                               gssize       length,
                               GError     **error);
void        pas_appdata_free  (PasAppdata  *appdata);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasAppdata, pas_appdata_free)

G_END_DECLS
