#pragma once
/// @brief The sampled model's equations in console and LaTeX form, its fit figures, and copy buttons.

#include "data/table.h"
#include "model/sampled_model.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace Ui {
class EquationView;
}

namespace darts::gui {

class EquationView : public QWidget {
    Q_OBJECT
public:
    explicit EquationView(QWidget* parent = nullptr);
    ~EquationView() override;

    QString consoleText() const;
    QString latexText() const;

public slots:
    /// Shows the model's equations and, when data are given, its fit on them: with rows held out for
    /// validation (`heldOut`, one flag per row), its MSE on the training rows and on the held-out rows apart.
    void setModel(std::shared_ptr<const darts::SampledModel> model, const darts::Selection* data,
                  const std::vector<bool>& heldOut = {});
    void clear();
    /// Significant digits of the coefficients; applies from the next setModel.
    void setDigits(int digits) { m_digits = digits; }
    /// Notes on the search shown above the equations (domain safety's refusals, a constant model); none: hidden.
    void setNotes(const QStringList& notes);
    QString notesText() const;
    void copyConsole() const;
    void copyLatex() const;

private:
    std::unique_ptr<Ui::EquationView> m_ui;
    QLabel* m_notes = nullptr;
    int m_digits = 4;
};

}  // namespace darts::gui
