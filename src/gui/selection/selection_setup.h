#pragma once
/// @brief What a model selection run searches: restarts of the window's settings with other seeds, or a
/// grid of settings (any setting as an axis with a list of values), how many at once, and how to choose.

#include "select/sweep.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace darts::gui {

class SelectionSetup : public QWidget {
    Q_OBJECT
public:
    explicit SelectionSetup(QWidget* parent = nullptr);

    /// The plan on the window's settings `base` and columns: multi-start is a sweep over the seed.
    /// Throws darts::SweepError naming a setting or value that does not parse.
    darts::SweepPlan plan(const darts::SearchConfig& base, const std::vector<std::string>& inputs,
                          const std::vector<std::string>& targets) const;
    int jobs() const;
    darts::SelectBy selectBy() const;

    void setMultiStart(bool on);
    bool multiStart() const;
    void setRestarts(int count);
    void setJobs(int jobs);
    void setSelectBy(darts::SelectBy by);
    /// Replaces the sweep's axes (name, comma-separated values).
    void setAxes(const QList<std::pair<QString, QString>>& axes);
    QTableWidget* axesTable() const { return m_axes; }

private:
    void addAxis(const QString& name, const QString& values);
    void updateEnabled();

    QRadioButton* m_multiStart = nullptr;
    QRadioButton* m_sweep = nullptr;
    QSpinBox* m_restarts = nullptr;
    QSpinBox* m_jobs = nullptr;
    QComboBox* m_selectBy = nullptr;
    QTableWidget* m_axes = nullptr;
    QPushButton* m_addAxis = nullptr;
    QPushButton* m_removeAxis = nullptr;
};

}  // namespace darts::gui
