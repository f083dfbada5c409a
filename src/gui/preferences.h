#pragma once
/// @brief The user's preferences (theme, plot refresh rate, digits in equations, export folder, language),
/// kept with QSettings so that they outlive the session.

#include <QString>

namespace darts::gui {

enum class Theme { System, Light, Dark };

struct Preferences {
    Theme theme = Theme::System;
    int plotRefreshRate = 30;  ///< redraws a second while a search runs
    int equationDigits = 4;    ///< significant digits of the coefficients in equations
    QString exportFolder;      ///< where export dialogs start; empty: the documents folder
    QString language;          ///< "de", "en", ...; empty: the system's

    static constexpr int kMinRefreshRate = 1, kMaxRefreshRate = 60;
    static constexpr int kMinDigits = 2, kMaxDigits = 12;

    /// Reads the stored preferences; values out of range fall back to the defaults.
    static Preferences load();
    void save() const;
    bool operator==(const Preferences&) const = default;
};

/// Sets the application's palette for the theme (Fusion style for light and dark, so both look the same on
/// every desktop; the platform's own style and palette for System).
void applyTheme(Theme theme);

/// Where a save dialog starts: the folder of the last export in this run, else the preferred export folder.
QString exportStartFolder();
/// Remembers the folder of an export just written, for the next dialog.
void rememberExportFolder(const QString& folder);

}  // namespace darts::gui
