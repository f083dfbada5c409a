#pragma once
/// @brief A guided lesson: a title and a list of short steps; each step may set
/// the window up (data, primitives, settings) when shown, and may wait for the
/// search to finish before the lesson moves on by itself.

#include <QList>
#include <QString>

#include <functional>

namespace darts::gui {

class MainWindow;

struct LessonStep {
    /// What a step waits for before the lesson goes on by itself.
    enum class WaitFor {
        Nothing,  ///< the reader presses Next
        Model,    ///< a command (Start, Re-sample) ended with a new model
    };
    QString text;                               ///< rich text, already translated
    std::function<void(MainWindow&)> action;    ///< applied when the step is shown (may be empty)
    WaitFor waitFor = WaitFor::Nothing;
};

struct Lesson {
    QString id;     ///< stable name, e.g. "seed-two-nodes" (tests, saved progress)
    QString title;  ///< translated, for the chooser
    QList<LessonStep> steps;
};

/// The built-in lessons, texts in the current language: the seed example and the
/// hidden nodes, the Weber-Fechner law, the complexity penalty, max against sample,
/// products and the product nodes (with refinement).
QList<Lesson> builtInLessons();

}  // namespace darts::gui
