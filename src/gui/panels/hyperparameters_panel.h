#pragma once
/// @brief Every setting of the search except the primitives: sliders, spin boxes, choices and presets.

#include "search/search_config.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace darts::gui {

/// Edits a darts::SearchConfig (all but `primitives`, which the primitives
/// panel owns). Every numeric setting has a slider and a spin box kept in
/// step; learning rates, decays, the gradient clip and the wide counts move on
/// logarithmic sliders. Spin boxes hold the exact value, so setConfig() then
/// config() gives back every number bit for bit; the sliders only round what
/// the user drags to two significant digits. Widgets are named after the
/// reference's fields (objectName "batch_size", slider "batch_size_slider").
class HyperparametersPanel : public QWidget {
    Q_OBJECT
public:
    explicit HyperparametersPanel(QWidget* parent = nullptr);

    /// `base` with every field but `primitives` taken from the widgets.
    darts::SearchConfig config(const darts::SearchConfig& base = {}) const;

    // Configuration -> widgets
public slots:
    /// Shows every field of `config` (not its primitives); emits configChanged once.
    void setConfig(const darts::SearchConfig& config);

signals:
    void configChanged();
    /// A preset button was pressed; the owner applies the preset here and to the primitives panel.
    void presetRequested(const darts::SearchConfig& preset);
    /// "Reset to defaults" was pressed; the owner applies SearchConfig{} here and to the primitives panel.
    void resetRequested();
    /// A named preset of the core (darts::findSearchPreset) was asked for, such as "discovery": the owner applies it
    /// to every setting shown (withPreset) and sets the Model selection dock's starts.
    void searchPresetRequested(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

    // User edits -> configuration
private slots:
    void onUserEdit();
    void onSeedEdited();
    void drawNewSeed();

private:
    struct Row {
        QLabel* label = nullptr;
        QSlider* slider = nullptr;
        QWidget* editor = nullptr;
    };
    enum class SliderScale { Linear, Log, LogCount };
    struct RealRange {
        SliderScale scale;
        double sliderMin, sliderMax;  ///< the slider's span (a log slider with zeroAtLeft adds a 0 position)
        double spinMin, spinMax;      ///< what the spin box accepts (wider: values from files must fit)
        bool zeroAtLeft = false;      ///< log slider: leftmost position means 0
        int linearDecimals = 2;       ///< linear slider: values land on this many decimals
    };

    Row addReal(QFormLayout* form, double darts::SearchConfig::*member, const char* name, const QString& label,
                const QString& toolTip, const RealRange& range);
    template <typename SpinBox, typename Value>
    Row bindSliderAndSpinBox(QFormLayout* form, QSlider* slider, SpinBox* spin, std::function<int(Value)> toSlider,
                             std::function<Value(int)> fromSlider, const QString& label, const QString& toolTip);
    Row addInt(QFormLayout* form, int darts::SearchConfig::*member, const char* name, const QString& label,
               const QString& toolTip, SliderScale scale, int sliderMin, int sliderMax, int spinMin, int spinMax);
    QCheckBox* addCheck(QFormLayout* form, bool darts::SearchConfig::*member, const char* name, const QString& text,
                        const QString& toolTip);
    QComboBox* addCombo(QFormLayout* form, const char* name, const QString& label, const QString& toolTip,
                        const std::vector<std::pair<int, QString>>& items, const QStringList& itemTips);
    void updateDependentRows();
    /// What the Discovery button does, with the preset's settings as the core has them.
    static QString discoveryToolTip();
    void applyFontSizes();
    std::uint64_t seedValue() const;

    std::vector<std::pair<double darts::SearchConfig::*, QDoubleSpinBox*>> m_reals;
    std::vector<std::pair<int darts::SearchConfig::*, QSpinBox*>> m_ints;
    std::vector<std::pair<bool darts::SearchConfig::*, QCheckBox*>> m_checks;
    QComboBox* m_outputType = nullptr;
    QComboBox* m_dartsType = nullptr;
    QComboBox* m_sampling = nullptr;
    QLineEdit* m_seedEdit = nullptr;
    std::uint64_t m_seed = 0;  ///< the last valid seed, restored when the field is left with bad text
    Row m_fairWeightRow, m_classifierDecayRow, m_refineBudgetRow;
    QCheckBox* m_trainCoefficients = nullptr;
    QCheckBox* m_trainBias = nullptr;
    QCheckBox* m_refine = nullptr;
    QWidget* m_page = nullptr;            ///< the scrolled page of groups
    std::vector<QWidget*> m_spinBoxes;    ///< every slider's spin box, one width for all
    std::vector<std::function<void()>> m_sliderSyncs;  ///< each moves its slider to its spin box's value
    bool m_updating = false;                           ///< setConfig() at work: no configChanged per widget
    bool m_sliderDriving = false;  ///< a slider sets its spin box: do not move the slider back to the rounded value
};

}  // namespace darts::gui
