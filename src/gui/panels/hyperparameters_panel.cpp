#include "panels/hyperparameters_panel.h"

#include "panels/page_scroll_area.h"

#include "search/config_fields.h"
#include "search/presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace darts::gui {
namespace {

constexpr int kLogSteps = 1000;  // slider positions of a logarithmic slider

/// Two significant digits: what a slider position means to a person (0.0031, not 0.003097...).
double twoDigits(double v) { return QString::number(v, 'g', 2).toDouble(); }

/// A real-valued spin box that shows a value in as few digits as give it back
/// exactly ("0.025", "3e-4"), parses that form, and (for logarithmic settings)
/// steps along 1, 2, 3, 5 x 10^k. QDoubleSpinBox alone rounds to a fixed
/// number of decimals, which would lose small decays or clutter the others.
class RealSpinBox : public QDoubleSpinBox {
public:
    RealSpinBox(bool logSteps, double firstPositive, QWidget* parent = nullptr)
        : QDoubleSpinBox(parent), m_logSteps(logSteps), m_firstPositive(firstPositive) {
        // QDoubleSpinBox rounds every value to `decimals`; 40 keeps every double we accept intact.
        setDecimals(40);
    }

    QString textFromValue(double value) const override {
        if (value == 0.0) return QStringLiteral("0");
        QLocale l = locale();
        l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::OmitLeadingZeroInExponent);
        const double magnitude = std::fabs(value);
        if (magnitude < 1e-3 || magnitude >= 1e6) {
            QString text = l.toString(value, 'e', QLocale::FloatingPointShortest);
            return text.replace(QStringLiteral("e+"), QStringLiteral("e"));
        }
        return l.toString(value, 'f', QLocale::FloatingPointShortest);
    }

    double valueFromText(const QString& text) const override { return parse(text).value_or(value()); }

    QValidator::State validate(QString& text, int& /*pos*/) const override {
        const QString t = text.trimmed();
        if (t.isEmpty()) return QValidator::Intermediate;
        if (const auto v = parse(t))
            return *v >= minimum() && *v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
        // Half-typed numbers such as "3e-" or "0." must be allowed on the way to a valid one.
        const QString allowed = QStringLiteral("0123456789eE+-") + locale().decimalPoint() + QLatin1Char('.');
        for (const QChar ch : t)
            if (!allowed.contains(ch)) return QValidator::Invalid;
        return QValidator::Intermediate;
    }

    void stepBy(int steps) override {
        if (!m_logSteps) {
            QDoubleSpinBox::stepBy(steps);
            return;
        }
        double v = value();
        for (int i = 0; i < std::abs(steps); ++i) v = logStep(v, steps > 0);
        setValue(std::clamp(v, minimum(), maximum()));
        selectAll();
    }

private:
    std::optional<double> parse(const QString& text) const {
        bool ok = false;
        double v = locale().toDouble(text.trimmed(), &ok);
        if (!ok) v = QLocale::c().toDouble(text.trimmed(), &ok);  // "0.5" also where the decimal mark is a comma
        if (!ok || !std::isfinite(v)) return std::nullopt;
        return v;
    }

    // The next value on the 1-2-3-5 ladder above or below v; below the first positive rung lies 0 (if allowed).
    double logStep(double v, bool up) const {
        if (v <= 0.0) return up ? m_firstPositive : v;
        const int decade = static_cast<int>(std::floor(std::log10(v)));
        std::optional<double> best;
        for (int k = decade - 1; k <= decade + 1; ++k)
            for (int m : {1, 2, 3, 5}) {
                const double rung = QStringLiteral("%1e%2").arg(m).arg(k).toDouble();  // exact decimal, e.g. 3e-4
                if (up && rung > v * (1 + 1e-12) && (!best || rung < *best)) best = rung;
                if (!up && rung < v * (1 - 1e-12) && (!best || rung > *best)) best = rung;
            }
        if (!up && (!best || *best < m_firstPositive * (1 - 1e-12))) return minimum() <= 0.0 ? 0.0 : m_firstPositive;
        return best.value_or(v);
    }

    bool m_logSteps;
    double m_firstPositive;  ///< the smallest value the ladder visits above zero
};

/// "<b>name</b> (default x)<br>text" for a setting's tooltip.
QString settingTip(const char* name, const QString& text) {
    QString defaultText;
    if (const ConfigField* field = findConfigField(name))
        defaultText = QString::fromStdString(field->get(SearchConfig{}));
    return QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p>")
        .arg(QString::fromLatin1(name), HyperparametersPanel::tr("reference default: %1").arg(defaultText), text);
}

}  // namespace

HyperparametersPanel::HyperparametersPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("hyperparametersPanel"));
    setAccessibleName(tr("Hyperparameters"));
    setWhatsThis(
        tr("<b>Hyperparameters</b><p>Every setting of the search except the candidate operations. "
           "The names in the tooltips are those of the reference DARTS regressor, so settings from its "
           "scripts can be copied over. Drag a slider for a rough value or type an exact one in the box "
           "beside it; learning rates and penalties move on a logarithmic scale.</p>"
           "<p>The preset buttons load the settings of the built-in examples; "
           "“Reset to defaults” restores the reference's defaults.</p>"));

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    auto newGroup = [&](const QString& title, const QString& tip) {
        auto* group = new QGroupBox(title);
        group->setToolTip(tip);
        group->setAccessibleName(title);
        auto* form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        // Label and field side by side where there is room; in a narrow dock (presenter view) the field goes
        // under its label rather than pushing the dock wider than a projector's screen.
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        contentLayout->addWidget(group);
        return form;
    };
    using C = SearchConfig;

    // ---- Search space ----
    QFormLayout* form = newGroup(tr("Search space"), tr("The shape of the graph the search builds."));
    addInt(form, &C::num_graph_nodes, "num_graph_nodes", tr("Hidden nodes"),
           settingTip("num_graph_nodes",
                      tr("How many intermediate nodes (k1, k2, …) the graph has; each adds one term to the "
                         "output. More nodes can express richer equations, but search slower and read harder.")),
           SliderScale::Linear, 1, 10, 1, 64);
    m_outputType = addCombo(
        form, "output_type", tr("Output type"),
        settingTip("output_type", tr("How the graph's raw output becomes a prediction, and which loss measures "
                                     "the misfit. Use real for ordinary measurements.")),
        {{static_cast<int>(OutputType::Real), QStringLiteral("real")},
         {static_cast<int>(OutputType::Sigmoid), QStringLiteral("sigmoid")},
         {static_cast<int>(OutputType::Probability), QStringLiteral("probability")},
         {static_cast<int>(OutputType::ProbabilitySample), QStringLiteral("probability_sample")},
         {static_cast<int>(OutputType::ProbabilityDistribution), QStringLiteral("probability_distribution")}},
        {tr("Any number; the misfit is the mean squared error."),
         tr("A value between 0 and 1, squashed by a logistic curve."),
         tr("A probability between 0 and 1 (squashed like sigmoid)."),
         tr("Like probability; kept so that the reference's settings load unchanged."),
         tr("Several target columns that add up to one, such as choice shares (softmax and cross-entropy).")});
    m_dartsType = addCombo(
        form, "darts_type", tr("DARTS variant"),
        settingTip("darts_type", tr("How an edge mixes its candidate operations while searching.")),
        {{static_cast<int>(DartsType::Original), QStringLiteral("original")},
         {static_cast<int>(DartsType::Fair), QStringLiteral("fair")}},
        {tr("The operations compete: their weights always add up to one (softmax)."),
         tr("Each operation is weighed on its own (sigmoid), so an early favourite cannot crowd out the others.")});
    m_trainCoefficients =
        addCheck(form, &C::train_classifier_coefficients, "train_classifier_coefficients", tr("Fit output weights"),
                 settingTip("train_classifier_coefficients",
                            tr("Fit a weight for each hidden node in the output sum. Off: every node enters the "
                               "output with weight 1.")));
    m_trainBias = addCheck(
        form, &C::train_classifier_bias, "train_classifier_bias", tr("Fit output offset"),
        settingTip("train_classifier_bias", tr("Fit a constant added to the output. Off: the constant is 0.")));
    addCheck(form, &C::product_nodes, "product_nodes", tr("Product nodes"),
             settingTip("product_nodes",
                        tr("Let each hidden node multiply its incoming edges instead of adding them. The search "
                           "chooses sum or product per node like a primitive, with a weight of its own (shown under "
                           "the edges in the weights heatmap), so that a·x1·x2, x1/x2 (with reciprocal) and "
                           "a·exp(−c·t) can be written. Off: every node adds, as in the reference. (Not a "
                           "reference setting.)")));
    addCheck(form, &C::domain_safety, "domain_safety", tr("Domain safety"),
             settingTip("domain_safety",
                        tr("Never evaluate ln, powers, square roots or reciprocals outside their domain: such a "
                           "primitive is not offered on an input column with values it cannot take (the window "
                           "says which and why), and elsewhere its argument is kept just inside the domain. Off: "
                           "the reference's guards (ln of a negative value is 0). (Not a reference setting.)")));

    // ---- Schedule ----
    form = newGroup(tr("Schedule"), tr("How long the search runs and how the data are fed to it."));
    addInt(form, &C::max_epochs, "max_epochs", tr("Epochs"),
           settingTip("max_epochs", tr("Rounds of search; each updates the operation weights, then the coefficients. "
                                       "0 skips the search and only re-picks and refits the current equation.")),
           SliderScale::LogCount, 0, 100000, 0, 100000);
    addInt(form, &C::batch_size, "batch_size", tr("Batch size"),
           settingTip("batch_size", tr("Rows looked at by each update. Small batches give quicker, noisier steps; a "
                                       "batch as large as the data uses every row every time.")),
           SliderScale::LogCount, 1, 100000, 1, 100000);
    addInt(form, &C::arch_updates_per_epoch, "arch_updates_per_epoch", tr("Weight steps/epoch"),
           settingTip("arch_updates_per_epoch",
                      tr("Updates per round of the operation weights, which decide the operation on each edge.")),
           SliderScale::LogCount, 0, 10000, 0, 10000);
    addInt(form, &C::param_updates_per_epoch, "param_updates_per_epoch", tr("Coefficient steps/epoch"),
           settingTip("param_updates_per_epoch",
                      tr("Updates per round of the coefficients (a, b, β) while the operation weights stay put.")),
           SliderScale::LogCount, 0, 10000, 0, 10000);
    {
        m_seedEdit = new QLineEdit(QStringLiteral("0"));
        m_seedEdit->setObjectName(QStringLiteral("seed"));
        // Up to 20 digits; values above 2^64 - 1 are refused when the field is left.
        m_seedEdit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seedEdit));
        const QString tip = settingTip(
            "seed", tr("Where the random numbers start. The same seed, data and settings repeat a run exactly; "
                       "try another seed to see whether a different start finds a different equation."));
        m_seedEdit->setToolTip(tip);
        m_seedEdit->setAccessibleName(tr("Random seed"));
        connect(m_seedEdit, &QLineEdit::editingFinished, this, &HyperparametersPanel::onSeedEdited);
        auto* newSeed = new QToolButton;
        newSeed->setObjectName(QStringLiteral("newSeedButton"));
        newSeed->setText(tr("New"));
        newSeed->setToolTip(tr("Pick a new random seed."));
        newSeed->setAccessibleName(tr("New random seed"));
        connect(newSeed, &QToolButton::clicked, this, &HyperparametersPanel::drawNewSeed);
        auto* row = new QHBoxLayout;
        row->addWidget(m_seedEdit, 1);
        row->addWidget(newSeed);
        auto* label = new QLabel(tr("Random seed"));
        label->setToolTip(tip);
        label->setBuddy(m_seedEdit);
        form->addRow(label, row);
    }

    // ---- Architecture optimiser ----
    form = newGroup(tr("Architecture optimiser"),
                    tr("Adam updates of the operation weights, which decide which operation each edge keeps."));
    addReal(form, &C::arch_learning_rate_max, "arch_learning_rate_max", tr("Learning rate"),
            settingTip("arch_learning_rate_max", tr("Step size of the operation weights. Larger values make the "
                                                    "search commit to operations sooner, perhaps too soon.")),
            {SliderScale::Log, 1e-5, 1.0, 0.0, 100.0, true});
    addReal(form, &C::arch_weight_decay, "arch_weight_decay", tr("Weight decay"),
            settingTip("arch_weight_decay",
                       tr("Pulls every operation weight gently back towards zero, so that none wins by drift alone.")),
            {SliderScale::Log, 1e-7, 1e-1, 0.0, 100.0, true});
    addReal(form, &C::arch_weight_decay_df, "arch_weight_decay_df", tr("Complexity penalty"),
            settingTip("arch_weight_decay_df",
                       tr("Counts each fitted coefficient of an operation against it. Raise it to prefer "
                          "simpler equations.")),
            {SliderScale::Log, 1e-7, 1e-1, 0.0, 100.0, true});
    addReal(form, &C::arch_weight_decay_base, "arch_weight_decay_base", tr("Edge penalty"),
            settingTip("arch_weight_decay_base",
                       tr("Counts against every operation except none, more so with more hidden nodes. Raise it to "
                          "make the search cut more edges; 0 (slider at the far left) switches it off.")),
            {SliderScale::Log, 1e-7, 1e-1, 0.0, 100.0, true});
    m_fairWeightRow = addReal(
        form, &C::fair_darts_loss_weight, "fair_darts_loss_weight", tr("Fair DARTS push"),
        settingTip("fair_darts_loss_weight",
                   tr("Fair DARTS only: how hard each operation weight is pushed towards fully on or fully off, so "
                      "that the final choice is clear-cut.")),
        {SliderScale::Linear, 0.0, 10.0, 0.0, 1000.0, false, 2});
    {
        const Row momentum = addReal(
            form, &C::arch_momentum, "arch_momentum", tr("Momentum (unused)"),
            settingTip("arch_momentum", tr("Kept so that the reference's settings load unchanged: the first-order "
                                           "search used here has no use for it.")),
            {SliderScale::Linear, 0.0, 0.999, 0.0, 1000.0, false, 3});
        momentum.label->setEnabled(false);
        momentum.slider->setEnabled(false);
        momentum.editor->setEnabled(false);
    }

    // ---- Coefficient optimiser ----
    form = newGroup(tr("Coefficient optimiser"),
                    tr("SGD with momentum on the coefficients (a, b, β) and the output weights; the learning "
                       "rate eases from its start to its end value along a cosine curve within each epoch."));
    addReal(form, &C::param_learning_rate_max, "param_learning_rate_max", tr("Start learning rate"),
            settingTip("param_learning_rate_max",
                       tr("Step size of the coefficients at the start of each epoch's updates.")),
            {SliderScale::Log, 1e-5, 1.0, 0.0, 100.0, true});
    addReal(form, &C::param_learning_rate_min, "param_learning_rate_min", tr("End learning rate"),
            settingTip("param_learning_rate_min", tr("Step size of the coefficients at the end of each epoch's "
                                                     "updates; usually smaller than the start value.")),
            {SliderScale::Log, 1e-6, 1.0, 0.0, 100.0, true});
    addReal(form, &C::param_momentum, "param_momentum", tr("Momentum"),
            settingTip("param_momentum", tr("How much of the previous step carries into the next. Near 1: smoother, "
                                            "but slower to change direction. Must stay below 1.")),
            {SliderScale::Linear, 0.0, 0.999, 0.0, 0.999999, false, 3});
    addReal(form, &C::param_weight_decay, "param_weight_decay", tr("Weight decay"),
            settingTip("param_weight_decay",
                       tr("Pulls every coefficient slightly towards zero at each step, so none grows without need.")),
            {SliderScale::Log, 1e-7, 1e-1, 0.0, 100.0, true});
    m_classifierDecayRow = addReal(
        form, &C::classifier_weight_decay, "classifier_weight_decay", tr("Output weight decay"),
        settingTip("classifier_weight_decay",
                   tr("Extra pull towards zero on the output weights and offset; only matters when they are fitted.")),
        {SliderScale::Log, 1e-6, 1.0, 0.0, 100.0, true});
    addReal(form, &C::grad_clip, "grad_clip", tr("Gradient limit"),
            settingTip("grad_clip", tr("Longest gradient a coefficient step may follow; longer ones are shortened. "
                                       "Guards against blow-ups, for example with exp.")),
            {SliderScale::Log, 1e-2, 1e3, 1e-9, 1e9, false});

    // ---- Final model ----
    form = newGroup(tr("Final model"), tr("How the equation is picked from the search and fitted."));
    m_sampling = addCombo(
        form, "sampling_strategy", tr("Picking"),
        settingTip("sampling_strategy", tr("How each edge's operation is picked from its weights at the end.")),
        {{static_cast<int>(SamplingStrategy::Max), QStringLiteral("max")},
         {static_cast<int>(SamplingStrategy::Sample), QStringLiteral("sample")}},
        {tr("The operation with the largest weight: the same equation every time."),
         tr("Drawn at random in proportion to the weights: a way to look at runner-up equations.")});
    addInt(form, &C::param_updates_for_sampled_model, "param_updates_for_sampled_model", tr("Refit steps"),
           settingTip("param_updates_for_sampled_model",
                      tr("Coefficient updates that refit the picked equation on its own.")),
           SliderScale::LogCount, 0, 10000, 0, 10000);
    addCheck(form, &C::polish, "polish", tr("Polish the coefficients"),
             settingTip("polish", tr("After the refit, let the Levenberg-Marquardt method finish fitting the "
                                     "coefficients; it usually reaches the best fit. Off: stop after the refit "
                                     "steps, as the reference does. (Not a reference setting.)")));
    m_refine = addCheck(form, &C::refine, "refine", tr("Refine the model"),
             settingTip("refine",
                        tr("After sampling (and after every Re-sample), look for a better equation near the sampled "
                           "one: other primitives in order of their weights, dropped edges, sum or product nodes, "
                           "each refitted by Levenberg-Marquardt. A change is kept when it lowers the error on the "
                           "held-out rows (BIC without them). Stop ends it at once and keeps the best so far. (Not "
                           "a reference setting.)")));
    m_refineBudgetRow = addInt(
        form, &C::refine_evaluations, "refine_evaluations", tr("Refinement budget"),
        settingTip("refine_evaluations", tr("At most this many equations one refinement refits; each takes a few "
                                            "Levenberg-Marquardt fits. Only used when the model is refined.")),
        SliderScale::LogCount, 1, 10000, 1, 1000000);
    addReal(form, &C::parsimony, "parsimony", tr("Parsimony"),
            settingTip("parsimony",
                       tr("Prefer the simplest equation unless a more complex one has a held-out error lower by "
                          "more than this many standard errors (of the row-by-row difference), when refinement "
                          "chooses and when Model selection picks the best start; a simpler one whose held-out "
                          "error is more than 25% above the lowest is never preferred. Needs held-out rows. 0: the "
                          "lowest held-out error wins. (Not a reference setting.)")),
            {SliderScale::Linear, 0.0, 5.0, 0.0, 100.0, false, 2});
    contentLayout->addStretch(1);
    m_page = content;
    applyFontSizes();

    auto* scroll = new PageScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Hyperparameter list"));

    // ---- Presets ----
    auto* seedPreset = new QPushButton(tr("Seed document"));
    seedPreset->setObjectName(QStringLiteral("seedPresetButton"));
    seedPreset->setToolTip(
        tr("Load the settings of the worked example: one hidden node, 300 epochs of 500 "
           "coefficient steps, and its own operations."));
    seedPreset->setAccessibleName(tr("Seed document preset"));
    connect(seedPreset, &QPushButton::clicked, this, [this] { emit presetRequested(seedDocumentConfig()); });
    auto* weberPreset = new QPushButton(tr("Weber-Fechner"));
    weberPreset->setObjectName(QStringLiteral("weberFechnerPresetButton"));
    weberPreset->setToolTip(
        tr("Load the settings of the Weber-Fechner example: five hidden nodes, 1500 epochs of "
           "100 steps each, operations none, linear and logistic."));
    weberPreset->setAccessibleName(tr("Weber-Fechner preset"));
    connect(weberPreset, &QPushButton::clicked, this, [this] { emit presetRequested(weberFechnerConfig()); });
    auto* discovery = new QPushButton(tr("Discovery"));
    discovery->setObjectName(QStringLiteral("discoveryPresetButton"));
    discovery->setToolTip(discoveryToolTip());
    discovery->setAccessibleName(tr("Discovery preset"));
    connect(discovery, &QPushButton::clicked, this, [this] { emit searchPresetRequested(QStringLiteral("discovery")); });
    auto* reset = new QPushButton(tr("Reset to defaults"));
    reset->setObjectName(QStringLiteral("resetButton"));
    reset->setToolTip(tr("Put every setting, and the operations, back to the reference's defaults."));
    reset->setAccessibleName(tr("Reset to defaults"));
    connect(reset, &QPushButton::clicked, this, &HyperparametersPanel::resetRequested);
    auto* presetLabel = new QLabel(tr("Presets:"));
    presetLabel->setToolTip(tr("Settings known to work on the built-in examples."));

    // Two short rows rather than one long one: the dock may be no wider than the settings below.
    auto* presets = new QHBoxLayout;
    presets->addWidget(presetLabel);
    presets->addWidget(seedPreset);
    presets->addWidget(weberPreset);
    presets->addStretch(1);
    auto* resetRow = new QHBoxLayout;
    resetRow->addWidget(discovery);
    resetRow->addStretch(1);
    resetRow->addWidget(reset);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(presets);
    layout->addLayout(resetRow);
    layout->addWidget(scroll, 1);

    {
        const QSignalBlocker blocker(this);  // nobody listens yet
        setConfig(SearchConfig{});
    }
}

template <typename SpinBox, typename Value>
HyperparametersPanel::Row HyperparametersPanel::bindSliderAndSpinBox(QFormLayout* form, QSlider* slider, SpinBox* spin,
                                                                     std::function<int(Value)> toSlider,
                                                                     std::function<Value(int)> fromSlider,
                                                                     const QString& label, const QString& toolTip) {
    // The slider drives the spin box; the spin box (typed, or set from a config) moves the
    // slider without echoing back, so that a typed value is never rounded to a slider step.
    connect(slider, &QSlider::valueChanged, this, [this, spin, fromSlider](int position) {
        m_sliderDriving = true;
        spin->setValue(fromSlider(position));
        m_sliderDriving = false;
    });
    auto sync = [slider, spin, toSlider] {
        const QSignalBlocker blocker(slider);
        slider->setValue(toSlider(spin->value()));
    };
    connect(spin, &SpinBox::valueChanged, this, [this, sync] {
        if (!m_sliderDriving) sync();
        onUserEdit();
    });
    m_sliderSyncs.push_back(sync);

    auto* row = new QHBoxLayout;
    row->addWidget(slider, 1);
    row->addWidget(spin);
    m_spinBoxes.push_back(spin);  // sized by applyFontSizes()
    auto* text = new QLabel(label);
    text->setToolTip(toolTip);
    text->setBuddy(spin);
    form->addRow(text, row);
    return {text, slider, spin};
}

HyperparametersPanel::Row HyperparametersPanel::addReal(QFormLayout* form, double SearchConfig::*member,
                                                        const char* name, const QString& label, const QString& toolTip,
                                                        const RealRange& range) {
    const bool log = range.scale != SliderScale::Linear;
    const double firstPositive = log ? range.sliderMin : 0.0;
    auto* spin = new RealSpinBox(log, firstPositive);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(range.spinMin, range.spinMax);
    spin->setKeyboardTracking(false);  // "3e-4" is typed through "3": commit on Enter or leaving the field
    spin->setToolTip(toolTip);
    spin->setAccessibleName(label);
    if (!log) spin->setSingleStep(std::pow(10.0, -range.linearDecimals));

    auto* slider = new QSlider(Qt::Horizontal);
    slider->setObjectName(QString::fromLatin1(name) + QStringLiteral("_slider"));
    slider->setToolTip(toolTip);
    slider->setAccessibleName(tr("%1 slider").arg(label));

    std::function<int(double)> toSlider;
    std::function<double(int)> fromSlider;
    if (log) {
        const double lo = std::log10(range.sliderMin), hi = std::log10(range.sliderMax);
        const int first = range.zeroAtLeft ? 1 : 0;  // position 0 is "off" when zero is allowed
        slider->setRange(0, kLogSteps);
        toSlider = [=](double v) {
            if (v <= 0.0) return 0;
            const double t = (std::log10(v) - lo) / (hi - lo);
            return std::clamp(first + static_cast<int>(std::lround(t * (kLogSteps - first))), first, kLogSteps);
        };
        fromSlider = [=](int p) {
            if (range.zeroAtLeft && p == 0) return 0.0;
            const double t = static_cast<double>(p - first) / (kLogSteps - first);
            return twoDigits(std::pow(10.0, lo + t * (hi - lo)));
        };
    } else {
        const double scale = std::pow(10.0, range.linearDecimals);
        const int steps = static_cast<int>(std::lround((range.sliderMax - range.sliderMin) * scale));
        slider->setRange(0, steps);
        toSlider = [=](double v) {
            return std::clamp(static_cast<int>(std::lround((v - range.sliderMin) * scale)), 0, steps);
        };
        fromSlider = [=](int p) {
            return QString::number(range.sliderMin + p / scale, 'f', range.linearDecimals).toDouble();
        };
    }

    m_reals.emplace_back(member, spin);
    return bindSliderAndSpinBox(form, slider, spin, toSlider, fromSlider, label, toolTip);
}

HyperparametersPanel::Row HyperparametersPanel::addInt(QFormLayout* form, int SearchConfig::*member, const char* name,
                                                       const QString& label, const QString& toolTip, SliderScale scale,
                                                       int sliderMin, int sliderMax, int spinMin, int spinMax) {
    auto* spin = new QSpinBox;
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(spinMin, spinMax);
    spin->setKeyboardTracking(false);
    spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);  // 10 -> 11, 100 -> 110: steps that matter
    spin->setToolTip(toolTip);
    spin->setAccessibleName(label);

    auto* slider = new QSlider(Qt::Horizontal);
    slider->setObjectName(QString::fromLatin1(name) + QStringLiteral("_slider"));
    slider->setToolTip(toolTip);
    slider->setAccessibleName(tr("%1 slider").arg(label));

    std::function<int(int)> toSlider;
    std::function<int(int)> fromSlider;
    if (scale == SliderScale::Linear) {
        slider->setRange(sliderMin, sliderMax);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        toSlider = [=](int v) { return std::clamp(v, sliderMin, sliderMax); };
        fromSlider = [](int p) { return p; };
    } else {
        // log(1 + count): equal slider distances for 10 -> 100 and 1000 -> 10000 epochs.
        const double span = std::log1p(static_cast<double>(sliderMax - sliderMin));
        slider->setRange(0, kLogSteps);
        toSlider = [=](int v) {
            const double t = std::log1p(static_cast<double>(std::max(v - sliderMin, 0))) / span;
            return std::clamp(static_cast<int>(std::lround(t * kLogSteps)), 0, kLogSteps);
        };
        fromSlider = [=](int p) {
            const double count = twoDigits(std::expm1(span * p / kLogSteps));
            return std::clamp(sliderMin + static_cast<int>(std::lround(count)), sliderMin, sliderMax);
        };
    }

    m_ints.emplace_back(member, spin);
    return bindSliderAndSpinBox(form, slider, spin, toSlider, fromSlider, label, toolTip);
}

QCheckBox* HyperparametersPanel::addCheck(QFormLayout* form, bool SearchConfig::*member, const char* name,
                                          const QString& text, const QString& toolTip) {
    auto* check = new QCheckBox(text);
    check->setObjectName(QString::fromLatin1(name));
    check->setToolTip(toolTip);
    check->setAccessibleName(text);
    connect(check, &QCheckBox::toggled, this, &HyperparametersPanel::onUserEdit);
    m_checks.emplace_back(member, check);
    form->addRow(check);
    return check;
}

QComboBox* HyperparametersPanel::addCombo(QFormLayout* form, const char* name, const QString& label,
                                          const QString& toolTip, const std::vector<std::pair<int, QString>>& items,
                                          const QStringList& itemTips) {
    auto* combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(name));
    for (std::size_t i = 0; i < items.size(); ++i) {
        combo->addItem(items[i].second, items[i].first);
        if (static_cast<qsizetype>(i) < itemTips.size())
            combo->setItemData(static_cast<int>(i), itemTips[static_cast<qsizetype>(i)], Qt::ToolTipRole);
    }
    // As narrow as a spin box and its slider may be, not as wide as "probability_distribution": the dock's
    // width is the widest field's. The list that drops down still shows every item whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->setToolTip(toolTip);
    combo->setAccessibleName(label);
    connect(combo, &QComboBox::currentIndexChanged, this, &HyperparametersPanel::onUserEdit);
    auto* text = new QLabel(label);
    text->setToolTip(toolTip);
    text->setBuddy(combo);
    form->addRow(text, combo);
    return combo;
}

SearchConfig HyperparametersPanel::config(const SearchConfig& base) const {
    SearchConfig c = base;
    for (const auto& [member, spin] : m_reals) c.*member = spin->value();
    for (const auto& [member, spin] : m_ints) c.*member = spin->value();
    for (const auto& [member, check] : m_checks) c.*member = check->isChecked();
    c.output_type = static_cast<OutputType>(m_outputType->currentData().toInt());
    c.darts_type = static_cast<DartsType>(m_dartsType->currentData().toInt());
    c.sampling_strategy = static_cast<SamplingStrategy>(m_sampling->currentData().toInt());
    c.seed = seedValue();
    return c;
}

std::uint64_t HyperparametersPanel::seedValue() const {
    bool ok = false;
    const qulonglong value = m_seedEdit->text().toULongLong(&ok);
    return ok ? static_cast<std::uint64_t>(value) : m_seed;
}

void HyperparametersPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_page) applyFontSizes();
}

void HyperparametersPanel::applyFontSizes() {
    // Spin boxes as wide as a typical value in the current font (presenter view enlarges it), no wider.
    const QFontMetrics metrics = fontMetrics();
    const int spinWidth = metrics.horizontalAdvance(QStringLiteral("0.00025")) + 34;
    for (QWidget* spin : m_spinBoxes) spin->setFixedWidth(spinWidth);
    // Room for a six-digit seed (what "New" draws) also where its row is squeezed.
    m_seedEdit->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("0000000")) + 12);
    // One label width for every group, so that sliders and spin boxes form columns down the whole page.
    const auto labels = m_page->findChildren<QLabel*>();
    int labelWidth = 0;
    for (QLabel* label : labels) {
        label->setMinimumWidth(0);
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QLabel* label : labels) label->setMinimumWidth(labelWidth);
}

// ---- Configuration -> widgets ----

void HyperparametersPanel::setConfig(const SearchConfig& config) {
    m_updating = true;
    for (const auto& [member, spin] : m_reals) spin->setValue(config.*member);
    for (const auto& [member, spin] : m_ints) spin->setValue(config.*member);
    for (const auto& [member, check] : m_checks) check->setChecked(config.*member);
    m_outputType->setCurrentIndex(m_outputType->findData(static_cast<int>(config.output_type)));
    m_dartsType->setCurrentIndex(m_dartsType->findData(static_cast<int>(config.darts_type)));
    m_sampling->setCurrentIndex(m_sampling->findData(static_cast<int>(config.sampling_strategy)));
    m_seed = config.seed;
    m_seedEdit->setText(QString::number(static_cast<qulonglong>(config.seed)));
    for (const auto& sync : m_sliderSyncs) sync();  // also where a spin box kept its value and so said nothing
    updateDependentRows();
    m_updating = false;
    emit configChanged();
}

// ---- User edits -> configuration ----

void HyperparametersPanel::onUserEdit() {
    updateDependentRows();
    if (!m_updating) emit configChanged();
}

void HyperparametersPanel::onSeedEdited() {
    bool ok = false;
    const qulonglong value = m_seedEdit->text().toULongLong(&ok);
    if (!ok) {
        m_seedEdit->setText(QString::number(static_cast<qulonglong>(m_seed)));  // empty or above 2^64 - 1
        return;
    }
    if (value == m_seed) return;
    m_seed = value;
    onUserEdit();
}

void HyperparametersPanel::drawNewSeed() {
    // Short seeds are easy to read out in class and to type into the command line.
    m_seedEdit->setText(QString::number(QRandomGenerator::global()->bounded(1000000u)));
    onSeedEdited();
}

void HyperparametersPanel::updateDependentRows() {
    const bool fair = m_dartsType->currentData().toInt() == static_cast<int>(DartsType::Fair);
    for (QWidget* w : {static_cast<QWidget*>(m_fairWeightRow.label), static_cast<QWidget*>(m_fairWeightRow.slider),
                       m_fairWeightRow.editor})
        w->setEnabled(fair);
    const bool outputTrained = m_trainCoefficients->isChecked() || m_trainBias->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(m_classifierDecayRow.label),
                       static_cast<QWidget*>(m_classifierDecayRow.slider), m_classifierDecayRow.editor})
        w->setEnabled(outputTrained);
    const bool refined = m_refine->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(m_refineBudgetRow.label), static_cast<QWidget*>(m_refineBudgetRow.slider),
                       m_refineBudgetRow.editor})
        w->setEnabled(refined);
}

QString HyperparametersPanel::discoveryToolTip() {
    const SearchPreset& preset = findSearchPreset("discovery");
    const SearchConfig set = withPreset(preset, SearchConfig{});
    // The preset's exact settings, from the core: they are tuned there, and the tooltip follows.
    QStringList settings;
    for (const auto& [name, value] : preset.settings)
        settings << QStringLiteral("<tt>%1</tt> = %2")
                        .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())),
                             QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()))
                                 .replace(QLatin1Char(','), QStringLiteral(", "))  // a long list may wrap
                                 .toHtmlEscaped());
    return QStringLiteral("<p>%1</p><p>%2</p><p>%3</p><p><small>%4</small></p>")
        .arg(tr("Settings for finding a law in your own data: hidden nodes that may multiply (product nodes), power "
                "primitives, domain safety, refinement of the sampled model, a preference for simpler equations, "
                "a fitted output layer and %1% of the rows held out to judge the models.")
                 .arg(set.validation_share * 100.0, 0, 'g', 3),
             tr("It also sets the Model selection dock (Ctrl+M) to %n start(s) with different seeds: Run there "
                "searches them all and loads the best.",
                nullptr, preset.restarts),
             tr("This departs from the reference DARTS regressor: to reproduce its results or teach DARTS as "
                "published, use the other presets or Reset to defaults."),
             settings.join(QStringLiteral(", ")));
}

}  // namespace darts::gui
