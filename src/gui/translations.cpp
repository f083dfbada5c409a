#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace darts::gui {
namespace {

/// The installed translators; QCoreApplication keeps only pointers.
struct Installed {
    std::unique_ptr<QTranslator> application;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed() {
    static Installed translators;
    return translators;
}

}  // namespace

QString installTranslations(const QString& language) {
    Installed& current = installed();
    for (auto* translator : {current.application.get(), current.qt.get()})
        if (translator) QCoreApplication::removeTranslator(translator);
    current = {};

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto application = std::make_unique<QTranslator>();
    // The .qm files are built into the program (qt_add_translations) under :/i18n.
    if (!application->load(locale, QStringLiteral("darts_studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    QCoreApplication::installTranslator(application.get());
    current.application = std::move(application);

    // Qt's own dialogs and buttons (OK, Cancel, the file dialog) in the same language, where Qt has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        current.qt = std::move(qt);
    }
    return current.application->language().section(QLatin1Char('_'), 0, 0);
}

}  // namespace darts::gui
