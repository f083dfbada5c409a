#pragma once
/// @brief The lessons side panel: choose a lesson, read one short step at a
/// time in large type, go Back and Next; a step that asks for a search moves
/// on by itself when the search has given a model.

#include "lessons/lesson.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace darts::gui {

class MainWindow;

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(MainWindow& window, QWidget* parent = nullptr);

    const QList<Lesson>& lessons() const { return m_lessons; }
    int lessonIndex() const { return m_lesson; }
    int stepIndex() const { return m_step; }
    int stepCount() const;
    /// True when the step shown waits for a search and none has ended since.
    bool waiting() const { return m_waiting; }
    /// The text of the step shown, as plain text (for tests).
    QString stepText() const;
    /// The chosen lesson's title as the heading shows it (whole, wrapped), empty before a choice.
    QString titleText() const;

public slots:
    /// Opens lesson `index` at its first step (applying that step's action).
    void openLesson(int index);
    void next();
    void back();

signals:
    void stepShown(int lesson, int step);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTextFont();
    void fitChooserList();
    void showStep(int step);
    void onStateChanged();
    void onModelChanged();
    void updateControls();

    MainWindow& m_window;
    QList<Lesson> m_lessons;
    int m_lesson = -1;
    int m_step = 0;
    bool m_waiting = false;    // the step waits for a model
    bool m_modelSeen = false;  // a new model arrived since the step was shown
    QComboBox* m_chooser = nullptr;
    QLabel* m_title = nullptr;  // the chosen lesson's whole title, wrapped
    QLabel* m_progress = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

}  // namespace darts::gui
