#include "lessons/lesson_panel.h"

#include "main_window.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QTextBrowser>
#include <QAbstractItemView>
#include <QVBoxLayout>

#include <algorithm>

namespace darts::gui {
namespace {

/// A combo box narrower than its longest item that ends a cut title with "…" instead of clipping it mid-letter.
class ElidingComboBox : public QComboBox {
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent*) override {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
        option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, field.width() - 2);
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

}  // namespace

LessonPanel::LessonPanel(MainWindow& window, QWidget* parent)
    : QWidget(parent), m_window(window), m_lessons(builtInLessons()) {
    setObjectName(QStringLiteral("LessonPanel"));
    m_chooser = new ElidingComboBox;
    m_chooser->addItem(tr("Choose a lesson…"));
    for (const Lesson& lesson : m_lessons) {
        m_chooser->addItem(lesson.title);
        m_chooser->setItemData(m_chooser->count() - 1, lesson.title, Qt::ToolTipRole);
    }
    m_chooser->setAccessibleName(tr("Lesson"));
    m_chooser->setToolTip(tr("Choose a guided lesson; it sets up the data and settings itself"));
    // The closed chooser as wide as the panel, not as its longest title (that would widen the dock past the
    // screen in presenter view); the chosen title is shown whole, wrapped, in the heading below, and the open
    // list is as wide as its titles.
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Lesson title"));
    m_title->hide();
    m_progress = new QLabel;
    m_progress->setAccessibleName(tr("Lesson progress"));
    m_text = new QTextBrowser;
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Lesson step"));
    applyTextFont();
    m_status = new QLabel;
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_back = new QPushButton(tr("◀ Back"));
    m_next = new QPushButton(tr("Next ▶"));
    m_back->setToolTip(tr("The previous step"));
    m_next->setToolTip(tr("The next step"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_progress);
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setWhatsThis(tr("Guided lessons: each step sets the data and settings, asks you to press Start and says what "
                    "to look for. A step waiting for a search moves on by itself when the search has ended."));

    connect(m_chooser, &QComboBox::activated, this, [this](int item) {
        if (item > 0) openLesson(item - 1);
    });
    connect(m_back, &QPushButton::clicked, this, &LessonPanel::back);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    connect(&m_window.controller(), &SearchController::stateChanged, this, &LessonPanel::onStateChanged);
    connect(&m_window.controller(), &SearchController::modelChanged, this, &LessonPanel::onModelChanged);
    m_text->setHtml(tr("<p>Choose a lesson above. Each one takes a few minutes: it sets up the data and settings, "
                       "asks you to press <b>Start</b>, and says what to look for.</p>"));
    updateControls();
}

void LessonPanel::applyTextFont() {
    // Read from the back of a classroom: larger than the rest of the window, and growing with it.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_text->setFont(large);
    QFont heading = large;
    heading.setBold(true);
    m_title->setFont(heading);
    // Wide enough for a few words a line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    fitChooserList();
}

void LessonPanel::fitChooserList() {
    // The open list shows every title whole, even where the closed chooser is narrower.
    int widest = 0;
    const QFontMetrics metrics = m_chooser->view()->fontMetrics();
    for (int i = 0; i < m_chooser->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_chooser->itemText(i)));
    m_chooser->view()->setMinimumWidth(widest + 4 * metrics.averageCharWidth());
}

void LessonPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_text && m_title) applyTextFont();
}

int LessonPanel::stepCount() const { return m_lesson < 0 ? 0 : static_cast<int>(m_lessons[m_lesson].steps.size()); }

QString LessonPanel::stepText() const { return m_text->toPlainText(); }

QString LessonPanel::titleText() const { return m_title->isVisibleTo(this) ? m_title->text() : QString(); }

void LessonPanel::openLesson(int index) {
    if (index < 0 || index >= m_lessons.size()) return;
    m_lesson = index;
    m_chooser->setCurrentIndex(index + 1);
    m_title->setText(m_lessons[index].title);
    m_title->show();
    showStep(0);
}

void LessonPanel::next() {
    if (m_lesson >= 0 && m_step + 1 < stepCount()) showStep(m_step + 1);
}

void LessonPanel::back() {
    if (m_lesson >= 0 && m_step > 0) showStep(m_step - 1);
}

void LessonPanel::showStep(int step) {
    // A step's settings must not change under a running search: it would search the old ones.
    if (m_window.controller().state() != SearchController::State::Idle) return;
    m_step = step;
    const LessonStep& s = m_lessons[m_lesson].steps[step];
    m_text->setHtml(s.text);
    if (s.action) s.action(m_window);
    m_waiting = s.waitFor == LessonStep::WaitFor::Model;
    m_modelSeen = false;
    updateControls();
    emit stepShown(m_lesson, m_step);
}

void LessonPanel::onModelChanged() {
    if (m_waiting && m_window.controller().hasModel()) m_modelSeen = true;
}

void LessonPanel::onStateChanged() {
    if (m_waiting && m_modelSeen && m_window.controller().state() == SearchController::State::Idle) {
        m_waiting = false;
        if (m_step + 1 < stepCount()) {
            showStep(m_step + 1);
            return;
        }
    }
    updateControls();
}

void LessonPanel::updateControls() {
    const bool idle = m_window.controller().state() == SearchController::State::Idle;
    const int count = stepCount();
    m_back->setEnabled(idle && m_lesson >= 0 && m_step > 0);
    m_next->setEnabled(idle && m_lesson >= 0 && m_step + 1 < count);
    m_progress->setText(m_lesson < 0 ? QString() : tr("Step %1 of %2").arg(m_step + 1).arg(count));
    if (m_lesson < 0)
        m_status->clear();
    else if (!idle)
        m_status->setText(tr("Searching… the lesson goes on when the search ends."));
    else if (m_waiting)
        m_status->setText(tr("Waiting for you: do what the step says."));
    else if (m_step + 1 == count)
        m_status->setText(tr("The end of this lesson. Choose another above."));
    else
        m_status->setText(tr("Press Next when you are ready."));
}

}  // namespace darts::gui
