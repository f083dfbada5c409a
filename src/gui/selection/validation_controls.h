#pragma once
/// @brief The two settings of held-out validation (share of rows, which rows) as a small form, so that
/// the window's search and the model selection runs hold out the same rows.

#include "search/search_config.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

namespace darts::gui {

class ValidationControls : public QWidget {
    Q_OBJECT
public:
    explicit ValidationControls(QWidget* parent = nullptr);

    /// Writes validation_share and validation_seed into `config`; the rest stays.
    void applyTo(darts::SearchConfig& config) const;
    /// Shows the config's validation settings without emitting changed().
    void show(const darts::SearchConfig& config);

    QDoubleSpinBox* shareBox() const { return m_share; }
    QSpinBox* seedBox() const { return m_seed; }

signals:
    void changed();

private:
    QDoubleSpinBox* m_share = nullptr;  // percent of the rows, so that "20" reads as people say it
    QSpinBox* m_seed = nullptr;
};

}  // namespace darts::gui
