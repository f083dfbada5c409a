#pragma once
/// @brief Loads the window's translation (built into the program) and Qt's own for a language.

#include <QString>

namespace darts::gui {

/// Installs the translations for `language` ("de", "en", ...; empty: the system locale's first UI language)
/// into the running application, replacing any installed before. English needs none.
/// Returns the language now shown ("en" when there is no translation for the one asked for).
QString installTranslations(const QString& language);

}  // namespace darts::gui
