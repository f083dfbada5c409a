#include "selection/validation_controls.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <limits>

namespace darts::gui {

ValidationControls::ValidationControls(QWidget* parent) : QWidget(parent) {
    m_share = new QDoubleSpinBox(this);
    m_share->setRange(0.0, 90.0);  // the engine refuses more than 0.9: some rows must be left to train on
    m_share->setDecimals(1);
    m_share->setSingleStep(5.0);
    m_share->setSuffix(tr(" %"));
    m_share->setSpecialValueText(tr("no rows"));
    m_share->setToolTip(tr("Share of the rows the search never trains on: their loss shows how well a model "
                           "generalises, and model selection compares models by it (validation_share)"));
    m_share->setAccessibleName(tr("Rows held out for validation"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("Which rows are held out: the same number holds out the same rows (validation_seed)"));
    m_seed->setAccessibleName(tr("Validation seed"));

    // One line: the dock's height belongs to the results.
    auto* shareLabel = new QLabel(tr("&Validation:"), this);
    shareLabel->setBuddy(m_share);
    auto* seedLabel = new QLabel(tr("s&eed:"), this);
    seedLabel->setBuddy(m_seed);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(shareLabel);
    row->addWidget(m_share, 1);
    row->addSpacing(8);
    row->addWidget(seedLabel);
    row->addWidget(m_seed, 1);
    connect(m_share, &QDoubleSpinBox::valueChanged, this, &ValidationControls::changed);
    connect(m_seed, &QSpinBox::valueChanged, this, &ValidationControls::changed);
}

void ValidationControls::applyTo(darts::SearchConfig& config) const {
    config.validation_share = m_share->value() / 100.0;
    config.validation_seed = static_cast<std::uint64_t>(m_seed->value());
}

void ValidationControls::show(const darts::SearchConfig& config) {
    const QSignalBlocker blockShare(m_share), blockSeed(m_seed);
    // Rounded to the box's tenth of a percent; a share the box cannot show exactly would otherwise
    // change the split the moment the window applies the box's value.
    m_share->setValue(std::round(config.validation_share * 1000.0) / 10.0);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(config.validation_seed, std::numeric_limits<int>::max())));
}

}  // namespace darts::gui
