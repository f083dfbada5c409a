#pragma once
/// @brief The About box: the version, the libraries DARTS Studio is built on with their versions, the licence.

#include <QString>

class QWidget;

namespace darts::gui {

/// The About text as rich text (also what the tests read).
QString aboutHtml();
void showAbout(QWidget* parent);

}  // namespace darts::gui
