#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtDebug>

namespace partita {

namespace {

const auto Directory = QStringLiteral(":/i18n");
const auto English = QStringLiteral(":/i18n/partita_en.qm");

QStringList &installedFiles() {
    static QStringList files;
    return files;
}

// Translators are children of the application, so they go with it; Qt asks the one installed last first.
void install(QTranslator *translator) {
    QCoreApplication::installTranslator(translator);
    installedFiles().append(translator->filePath());
}

void installTranslations() {
    installedFiles().clear();
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(English))
        install(english);
    else
        qWarning("partita: %s is missing; plurals read \"(s)\"", qPrintable(English));

    auto *local = new QTranslator(QCoreApplication::instance());
    if (local->load(QLocale::system(), QStringLiteral("partita"), QStringLiteral("_"), Directory) &&
        local->filePath() != English)
        install(local);
    else
        delete local;
}

} // namespace

// The source texts are English with "(s)" plurals, so even English needs its translation loaded; a
// startup function does it for every program, test included, without a call of its own.
Q_COREAPP_STARTUP_FUNCTION(installTranslations)

QStringList Translations::installed() {
    return installedFiles();
}

} // namespace partita
