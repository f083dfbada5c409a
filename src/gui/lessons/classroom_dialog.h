#pragma once
/// @brief Classroom mode: the teacher ticks which docks, bars, buttons and
/// views the class sees.

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;

namespace darts::gui {

/// One control the teacher may show or hide.
struct ClassroomControl {
    QString key;    ///< stable name saved in sessions and settings, e.g. "dock:SettingsDock"
    QString label;  ///< translated, for the dialog
    bool shown = true;
};

class ClassroomDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClassroomDialog(const QList<ClassroomControl>& controls, QWidget* parent = nullptr);
    /// The controls with the ticks as they are now.
    QList<ClassroomControl> controls() const;

private:
    QList<ClassroomControl> m_controls;
    QList<QCheckBox*> m_boxes;
};

}  // namespace darts::gui
