#include "adminservice.h"

namespace partita {

AdminService::AdminService(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_readOnly(settings.readOnly)
    , m_admin(this, QStringLiteral("ClusterAdmin"),
              [settings](QString *error) { return ClusterAdmin::create(settings, error); }) {}

} // namespace partita
