/* test-appdata.c — what the About window reads from the metainfo. No display needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pas-appdata.h"
#include "pas-application.h"

static const char metainfo[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<component type=\"desktop-application\">\n"
  "  <id>org.example.Test</id>\n"
  "  <name>Test</name>\n"
  "  <name xml:lang=\"fr\">Essai</name>\n"
  "  <summary>Keep   everyone\n      on board</summary>\n"
  "  <summary xml:lang=\"fr\">Garder tout le monde</summary>\n"
  "  <developer_name>Test &amp; Co</developer_name>\n"
  "  <url type=\"homepage\">https://example.org</url>\n"
  "  <url type=\"bugtracker\"> https://example.org/issues </url>\n"
  "  <description><p>Not release notes</p></description>\n"
  "  <releases>\n"
  "    <release version=\"0.1.0\" date=\"2026-01-01\">\n"
  "      <description><p>Old</p></description>\n"
  "    </release>\n"
  "    <release version=\"0.2.0\" date=\"2026-06-01\">\n"
  "      <description>\n"
  "        <p>Faster &lt;and&gt; <em>safer</em></p>\n"
  "        <p xml:lang=\"fr\">Plus rapide</p>\n"
  "        <ul><li>One</li><li xml:lang=\"fr\">Un</li><li>Two</li></ul>\n"
  "      </description>\n"
  "    </release>\n"
  "  </releases>\n"
  "</component>\n";

static void
test_parse (void)
{
  g_autoptr(PasAppdata) appdata = NULL;
  g_autoptr(GError) error = NULL;

  appdata = pas_appdata_parse (metainfo, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (appdata->name, ==, "Test");
  g_assert_cmpstr (appdata->summary, ==, "Keep everyone on board");
  g_assert_cmpstr (appdata->developer_name, ==, "Test & Co");
  g_assert_cmpstr (appdata->homepage, ==, "https://example.org");
  g_assert_cmpstr (appdata->bugtracker, ==, "https://example.org/issues");
  /* The newest release, though listed last; markup escaped again. */
  g_assert_cmpstr (appdata->release_version, ==, "0.2.0");
  g_assert_cmpstr (appdata->release_notes, ==,
                   "<p>Faster &lt;and&gt; safer</p><ul><li>One</li><li>Two</li></ul>");
}

static void
test_parse_invalid (void)
{
  g_autoptr(PasAppdata) appdata = NULL;
  g_autoptr(GError) error = NULL;

  appdata = pas_appdata_parse ("<component><name>Broken</component>", -1, &error);
  g_assert_null (appdata);
  g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE);
}

/* The built metainfo travels in the resource, as the About window reads it. */
static void
test_parse_resource (void)
{
  g_autoptr(PasAppdata) appdata = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data ("/io/github/passerelle/Passerelle/metainfo.xml", 0, &error);
  g_assert_no_error (error);
  appdata = pas_appdata_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (appdata->name, ==, "Passerelle");
  g_assert_nonnull (appdata->summary);
  g_assert_nonnull (appdata->developer_name);
  g_assert_true (g_str_has_prefix (appdata->homepage, "https://"));
  g_assert_true (g_str_has_prefix (appdata->bugtracker, "https://"));
  g_assert_cmpstr (appdata->release_version, ==, PACKAGE_VERSION);
  g_assert_true (g_str_has_prefix (appdata->release_notes, "<p>"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  pas_application_register_resources ();

  g_test_add_func ("/appdata/parse", test_parse);
  g_test_add_func ("/appdata/parse-invalid", test_parse_invalid);
  g_test_add_func ("/appdata/parse-resource", test_parse_resource);

  return g_test_run ();
}
