#include "preferences.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace darts::gui {
namespace {

const QString kThemeKey = QStringLiteral("preferences/theme");
const QString kRefreshKey = QStringLiteral("preferences/plotRefreshRate");
const QString kDigitsKey = QStringLiteral("preferences/equationDigits");
const QString kFolderKey = QStringLiteral("preferences/exportFolder");
const QString kLanguageKey = QStringLiteral("preferences/language");

QString& lastExportFolder() {
    static QString folder;  // this run only: a new run starts from the preference again
    return folder;
}

QPalette darkPalette() {
    const QColor window(0x2B, 0x2D, 0x31), base(0x1E, 0x1F, 0x22), text(0xE6, 0xE6, 0xE6), accent(0x3D, 0x8E, 0xF0);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8C, 0x8C, 0x8C));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, accent.lighter(120));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7A, 0x7A, 0x7A));
    return p;
}

}  // namespace

Preferences Preferences::load() {
    const QSettings settings;
    Preferences p;
    const int theme = settings.value(kThemeKey, 0).toInt();
    p.theme = theme >= 0 && theme <= 2 ? static_cast<Theme>(theme) : Theme::System;
    const int rate = settings.value(kRefreshKey, p.plotRefreshRate).toInt();
    if (rate >= kMinRefreshRate && rate <= kMaxRefreshRate) p.plotRefreshRate = rate;
    const int digits = settings.value(kDigitsKey, p.equationDigits).toInt();
    if (digits >= kMinDigits && digits <= kMaxDigits) p.equationDigits = digits;
    p.exportFolder = settings.value(kFolderKey).toString();
    p.language = settings.value(kLanguageKey).toString();
    return p;
}

void Preferences::save() const {
    QSettings settings;
    settings.setValue(kThemeKey, static_cast<int>(theme));
    settings.setValue(kRefreshKey, plotRefreshRate);
    settings.setValue(kDigitsKey, equationDigits);
    settings.setValue(kFolderKey, exportFolder);
    settings.setValue(kLanguageKey, language);
}

void applyTheme(Theme theme) {
    // The platform's style is the one the application started with; keep its name to come back to it.
    static const QString platformStyle = QApplication::style()->name();
    static std::optional<Theme> applied;
    if (applied == theme) return;  // restyling every widget is not free: only on a change
    applied = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

QString exportStartFolder() {
    if (!lastExportFolder().isEmpty()) return lastExportFolder();
    const QString preferred = Preferences::load().exportFolder;
    if (!preferred.isEmpty() && QDir(preferred).exists()) return preferred;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

void rememberExportFolder(const QString& folder) { lastExportFolder() = folder; }

}  // namespace darts::gui
