/* pas-section-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-section-page"

#include "config.h"

#include "pas-section-page.h"

typedef struct
{
  PasWorkspace *workspace;
  gint64        project_id;
} PasSectionPagePrivate;

enum { PROP_0, PROP_WORKSPACE, PROP_PROJECT_ID, N_PROPS };
static GParamSpec *properties [N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PasSectionPage, pas_section_page, GTK_TYPE_WIDGET)

static void
emit_context_changed (PasSectionPage *self)
{
  PasSectionPageClass *klass = PAS_SECTION_PAGE_GET_CLASS (self);

  if (klass->context_changed != NULL)
    klass->context_changed (self);
}

static void
pas_section_page_dispose (GObject *object)
{
  PasSectionPage *self = (PasSectionPage *)object;
  PasSectionPagePrivate *priv = pas_section_page_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->workspace);

  G_OBJECT_CLASS (pas_section_page_parent_class)->dispose (object);
}

static void
pas_section_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PasSectionPage *self = PAS_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, pas_section_page_get_workspace (self));
      break;
    case PROP_PROJECT_ID:
      g_value_set_int64 (value, pas_section_page_get_project_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_section_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PasSectionPage *self = PAS_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      pas_section_page_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_PROJECT_ID:
      pas_section_page_set_project_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_section_page_class_init (PasSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pas_section_page_dispose;
  object_class->get_property = pas_section_page_get_property;
  object_class->set_property = pas_section_page_set_property;

  properties [PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         PAS_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pas_section_page_init (PasSectionPage *self)
{
}

PasWorkspace *
pas_section_page_get_workspace (PasSectionPage *self)
{
  PasSectionPagePrivate *priv = pas_section_page_get_instance_private (self);

  g_return_val_if_fail (PAS_IS_SECTION_PAGE (self), NULL);
  return priv->workspace;
}

void
pas_section_page_set_workspace (PasSectionPage *self,
                                PasWorkspace   *workspace)
{
  PasSectionPagePrivate *priv = pas_section_page_get_instance_private (self);

  g_return_if_fail (PAS_IS_SECTION_PAGE (self));
  g_return_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace));

  if (!g_set_object (&priv->workspace, workspace))
    return;
  /* A project id means nothing in another workspace. */
  priv->project_id = 0;
  emit_context_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROJECT_ID]);
}

gint64
pas_section_page_get_project_id (PasSectionPage *self)
{
  PasSectionPagePrivate *priv = pas_section_page_get_instance_private (self);

  g_return_val_if_fail (PAS_IS_SECTION_PAGE (self), 0);
  return priv->project_id;
}

void
pas_section_page_set_project_id (PasSectionPage *self,
                                 gint64          project_id)
{
  PasSectionPagePrivate *priv = pas_section_page_get_instance_private (self);

  g_return_if_fail (PAS_IS_SECTION_PAGE (self));
  g_return_if_fail (project_id >= 0);

  if (priv->project_id == project_id)
    return;
  priv->project_id = project_id;
  emit_context_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROJECT_ID]);
}
