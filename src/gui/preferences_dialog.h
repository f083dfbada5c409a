#pragma once
/// @brief The Preferences dialog: edits a Preferences value; the caller applies and stores it.

#include "preferences.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace darts::gui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);

    /// The values on screen.
    Preferences preferences() const;

    /// The languages the application has translations for, as (code, name in that language); "" is the system's.
    static QList<QPair<QString, QString>> languages();

private:
    QComboBox* m_theme = nullptr;
    QSpinBox* m_refreshRate = nullptr;
    QSpinBox* m_digits = nullptr;
    QLineEdit* m_exportFolder = nullptr;
    QComboBox* m_language = nullptr;
};

}  // namespace darts::gui
