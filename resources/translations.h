#pragma once

#include <QStringList>

namespace partita {

// The compiled translations embedded under :/i18n. Every program linking partita_kafka installs them
// when its QCoreApplication is created: English first, for the plural forms of the "%n …(s)" texts,
// then the system language's partita_<lang>.qm, when there is one, which is asked before English.
class Translations {
public:
    // Resource paths of the translations installed for the running application, English first;
    // empty when not even English could be loaded.
    static QStringList installed();
};

} // namespace partita
