#pragma once
/// @brief File > New data from formula: a typed law, its inputs' ranges, grid or random points and noise give a table.

#include "data/formula.h"
#include "data/table.h"

#include <QDialog>
#include <QMap>
#include <QPair>

#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace darts::gui {

/// Checks the law as it is typed (a red message under it names the column of a mistake and shows the text with
/// the mistake marked), lists the law's inputs with a range each, and generates the table live, so that OK is
/// enabled only when a table exists. Noise is given as a percentage of the noiseless target's standard deviation,
/// so that "5 %" means the same for any law.
///
/// Child object names, for tests: "law", "message", "ranges" (rows: name, from, to; the cells "from"/"to" are
/// QDoubleSpinBox cell widgets), "grid", "random", "count", "noise", "seed", "rows".
class FormulaDialog : public QDialog {
    Q_OBJECT
public:
    explicit FormulaDialog(QWidget* parent = nullptr);

    /// The generated table and its law; empty until the law and settings make one.
    const std::optional<darts::Table>& table() const { return m_table; }
    const std::optional<darts::Formula>& formula() const { return m_formula; }

    QLineEdit* lawEdit() const { return m_law; }
    QLabel* messageLabel() const { return m_message; }
    QTableWidget* rangesTable() const { return m_ranges; }
    /// Sets one input's range (by name); false when the law has no such input.
    bool setRange(const QString& input, double from, double to);
    void setSampling(darts::Sampling sampling);
    void setCount(int count);
    void setNoisePercent(double percent);
    void setSeed(int seed);
    bool canAccept() const;

private:
    void onLawEdited();
    void rebuildRanges();
    void regenerate();
    void showProblem(const QString& text, int column, int length);
    darts::GenerationSettings settings() const;

    QLineEdit* m_law = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_ranges = nullptr;
    QRadioButton* m_grid = nullptr;
    QRadioButton* m_random = nullptr;
    QLabel* m_countLabel = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_rows = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QSpinBox* m_seed = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    std::optional<darts::Formula> m_formula;
    std::optional<darts::Table> m_table;
    QMap<QString, QPair<double, double>> m_rangeMemory;  // per input name: kept while the law is retyped
};

}  // namespace darts::gui
