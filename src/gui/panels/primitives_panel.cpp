#include "panels/primitives_panel.h"

#include "panels/page_scroll_area.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace darts::gui {
namespace {

constexpr const char* kBoxIndexProperty = "primitiveIndex";

/// The formula as people write it: a·x, β.
QString prettyFormula(std::string_view formula) {
    QString text = QString::fromUtf8(formula.data(), static_cast<qsizetype>(formula.size()));
    text.replace(QLatin1String("beta"), QStringLiteral("β"));
    text.replace(QLatin1Char('*'), QStringLiteral("·"));
    return text;
}

/// What each primitive does, for its tooltip (our words).
QString description(Primitive p) {
    switch (p) {
        case Primitive::None:
            return PrimitivesPanel::tr("Contributes nothing: lets the search cut this edge.");
        case Primitive::Add:
            return PrimitivesPanel::tr("Passes the value on unchanged.");
        case Primitive::Subtract:
            return PrimitivesPanel::tr("Passes the value on with its sign flipped.");
        case Primitive::Mult:
            return PrimitivesPanel::tr("Scales the value by a fitted factor.");
        case Primitive::Linear:
            return PrimitivesPanel::tr("A straight line with a fitted slope and offset.");
        case Primitive::Relu:
            return PrimitivesPanel::tr("Keeps positive values, turns negative ones into zero.");
        case Primitive::LinearRelu:
            return PrimitivesPanel::tr("A fitted straight line, floored at zero.");
        case Primitive::Logistic:
            return PrimitivesPanel::tr("An S-shaped step from 0 to 1, centred at zero.");
        case Primitive::LinearLogistic:
            return PrimitivesPanel::tr("An S-shaped step from 0 to 1 with a fitted steepness and position.");
        case Primitive::Exp:
            return PrimitivesPanel::tr("Exponential growth.");
        case Primitive::LinearExp:
            return PrimitivesPanel::tr("Exponential growth or decay with a fitted rate; the offset acts as a scale.");
        case Primitive::Sin:
            return PrimitivesPanel::tr("Sine of the value (radians).");
        case Primitive::LinearSin:
            return PrimitivesPanel::tr("A sine wave with a fitted frequency and phase.");
        case Primitive::Cos:
            return PrimitivesPanel::tr("Cosine of the value (radians).");
        case Primitive::LinearCos:
            return PrimitivesPanel::tr("A cosine wave with a fitted frequency and phase.");
        case Primitive::Tanh:
            return PrimitivesPanel::tr("An S-shaped step from −1 to 1, centred at zero.");
        case Primitive::LinearTanh:
            return PrimitivesPanel::tr("An S-shaped step from −1 to 1 with a fitted steepness and position.");
        case Primitive::Reciprocal:
            return PrimitivesPanel::tr("One over the value; grows without bound near zero.");
        case Primitive::LinearReciprocal:
            return PrimitivesPanel::tr("One over a scaled value; grows without bound near zero.");
        case Primitive::Ln:
            return PrimitivesPanel::tr("Natural logarithm of positive values; zero elsewhere.");
        case Primitive::LinearLn:
            return PrimitivesPanel::tr(
                "Logarithm of a scaled value, zero where that is not positive. "
                "The factor only adds a constant: ln(a·x) = ln(a) + ln(x).");
        case Primitive::Softplus:
            return PrimitivesPanel::tr("A rounded version of max(0, x); β sets how sharp the corner is.");
        case Primitive::LinearSoftplus:
            return PrimitivesPanel::tr("A rounded max(0, a·x); a and β partly do the same job.");
        case Primitive::Softminus:
            return PrimitivesPanel::tr("A rounded version of min(0, x); β sets how sharp the corner is.");
        case Primitive::LinearSoftminus:
            return PrimitivesPanel::tr("A rounded min(0, a·x); a and β partly do the same job.");
        case Primitive::Power:
            return PrimitivesPanel::tr(
                "A power law with a fitted factor and exponent (Stevens' law, diminishing returns); "
                "defined for positive values only.");
        case Primitive::Square:
            return PrimitivesPanel::tr("The value squared.");
        case Primitive::Cube:
            return PrimitivesPanel::tr("The value cubed.");
        case Primitive::Sqrt:
            return PrimitivesPanel::tr("The square root; defined for values of zero or more.");
    }
    return {};
}

QString groupTitle(PrimitiveGroup group) {
    switch (group) {
        case PrimitiveGroup::Plain:
            return PrimitivesPanel::tr("Plain");
        case PrimitiveGroup::LinearTransform:
            return PrimitivesPanel::tr("With a linear transform");
        case PrimitiveGroup::Power:
            return PrimitivesPanel::tr("Powers");
        case PrimitiveGroup::NotIdentifiable:
            return PrimitivesPanel::tr("Not identifiable — use with caution");
    }
    return {};
}

QString groupToolTip(PrimitiveGroup group) {
    switch (group) {
        case PrimitiveGroup::Plain:
            return PrimitivesPanel::tr("Fixed functions of the incoming value, with nothing to fit.");
        case PrimitiveGroup::LinearTransform:
            return PrimitivesPanel::tr(
                "Functions of a·x + b: their coefficients are fitted to the data, "
                "so one of them can stand for a whole family of curves.");
        case PrimitiveGroup::Power:
            return PrimitivesPanel::tr(
                "Powers of the incoming value: with product nodes they write laws such as a·x^b·y^c. "
                "Powers other than square and cube need positive values; domain safety keeps them there.");
        case PrimitiveGroup::NotIdentifiable:
            return PrimitivesPanel::tr(
                "Different coefficient values can give the same function here (for example ln(a·x) is "
                "ln(x) plus a constant, and a and β can trade places), so the fitted numbers may wander and "
                "need not mean anything. Some also blow up near zero. Switch them on only when you expect them.");
    }
    return {};
}

QString coefficientNames(const PrimitiveInfo& info) {
    QStringList names;
    for (int i = 0; i < info.coefficientCount; ++i) {
        switch (info.coefficients[static_cast<std::size_t>(i)]) {
            case Coefficient::A:
                names << QStringLiteral("a");
                break;
            case Coefficient::B:
                names << QStringLiteral("b");
                break;
            case Coefficient::Beta:
                names << QStringLiteral("β");
                break;
            case Coefficient::Exponent:
                names << QStringLiteral("b");
                break;
        }
    }
    return names.join(QStringLiteral(", "));
}

std::size_t indexOf(Primitive p) { return static_cast<std::size_t>(p); }

}  // namespace

PrimitivesPanel::PrimitivesPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("primitivesPanel"));
    setAccessibleName(tr("Primitives"));
    setWhatsThis(
        tr("<b>Primitives</b><p>The operations the search may place on each edge of the graph. "
           "Every edge starts as a weighted mixture of all operations switched on here; the search "
           "then shifts the weight towards the ones that explain the data.</p>"
           "<p>Fewer operations make a faster search and simpler equations; an operation that is "
           "switched off can never appear in the result. At least one must stay on.</p>"));

    const auto& all = allPrimitives();
    m_boxes.resize(all.size(), nullptr);
    for (const auto& info : all) m_order.push_back(info.id);

    std::vector<QGridLayout*> grids;
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    for (PrimitiveGroup group :
         {PrimitiveGroup::Plain, PrimitiveGroup::LinearTransform, PrimitiveGroup::Power, PrimitiveGroup::NotIdentifiable}) {
        auto* box = new QGroupBox(groupTitle(group));
        box->setToolTip(groupToolTip(group));
        box->setAccessibleName(groupTitle(group));
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(2);
        int row = 0;
        for (const auto& info : all) {
            if (info.group != group) continue;
            const QString name = QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size()));
            const QString formula = prettyFormula(info.formula);
            QString tip =
                QStringLiteral("<b>%1</b> = %2<br>%3").arg(name, formula.toHtmlEscaped(), description(info.id));
            tip += QStringLiteral("<br>") + (info.coefficientCount == 0
                                                 ? tr("Nothing to fit.")
                                                 : tr("Fitted coefficients: %1.").arg(coefficientNames(info)));
            tip += QLatin1Char(' ') + tr("Counts %1 in the complexity penalty.").arg(info.df);

            auto* check = new QCheckBox(name);
            check->setObjectName(QStringLiteral("primitive_") + name);
            check->setToolTip(tip);
            check->setAccessibleName(tr("%1: %2").arg(name, formula));
            check->setProperty(kBoxIndexProperty, static_cast<int>(indexOf(info.id)));
            connect(check, &QCheckBox::toggled, this, &PrimitivesPanel::onBoxToggled);

            auto* label = new QLabel(formula);
            label->setToolTip(tip);
            label->setForegroundRole(QPalette::PlaceholderText);
            label->setProperty(kBoxIndexProperty, static_cast<int>(indexOf(info.id)));
            label->installEventFilter(this);  // clicking the formula toggles the box, like clicking its name

            grid->addWidget(check, row, 0);
            grid->addWidget(label, row, 1);
            ++row;
            m_boxes[indexOf(info.id)] = check;
        }
        contentLayout->addWidget(box);
        grids.push_back(grid);
    }
    contentLayout->addStretch(1);
    // One formula column for all the groups, so the formulas line up down the whole list.
    int nameWidth = 0;
    for (QCheckBox* check : m_boxes) nameWidth = std::max(nameWidth, check->sizeHint().width());
    for (QGridLayout* grid : grids) grid->setColumnMinimumWidth(0, nameWidth);

    auto* scroll = new PageScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Primitive list"));

    m_summary = new QLabel;
    m_summary->setAccessibleName(tr("Number of primitives switched on"));
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_note->hide();
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(5000);
    connect(m_noteTimer, &QTimer::timeout, m_note, &QLabel::hide);

    m_allButton = new QPushButton(tr("All"));
    m_allButton->setToolTip(tr("Switch every operation on. A large search space is slower and harder to read."));
    m_allButton->setAccessibleName(tr("Check all primitives"));
    m_noneButton = new QPushButton(tr("None"));
    m_noneButton->setToolTip(
        tr("Switch every operation off except “none”: the search needs at least one, "
           "and “none” lets it cut edges. Then tick the ones you want."));
    m_noneButton->setAccessibleName(tr("Uncheck all primitives but none"));
    m_defaultButton = new QPushButton(tr("Reference default"));
    m_defaultButton->setToolTip(tr("The search space the reference regressor starts from: %1.")
                                    .arg(QString::fromStdString(primitiveListToString(referenceDefaultPrimitives()))
                                             .replace(QLatin1Char(','), QStringLiteral(", "))));
    m_defaultButton->setAccessibleName(tr("Reference default primitives"));
    connect(m_allButton, &QPushButton::clicked, this, &PrimitivesPanel::checkAll);
    connect(m_noneButton, &QPushButton::clicked, this, &PrimitivesPanel::checkNoneButFirst);
    connect(m_defaultButton, &QPushButton::clicked, this, &PrimitivesPanel::checkReferenceDefault);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_allButton);
    buttons->addWidget(m_noneButton);
    buttons->addWidget(m_defaultButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    // Start from the reference's search space, quietly: nobody listens yet.
    {
        const QSignalBlocker blocker(this);
        setPrimitives(referenceDefaultPrimitives());
    }
}

std::vector<Primitive> PrimitivesPanel::primitives() const {
    std::vector<Primitive> list;
    for (Primitive p : m_order)
        if (m_boxes[indexOf(p)]->isChecked()) list.push_back(p);
    return list;
}

int PrimitivesPanel::checkedCount() const {
    return static_cast<int>(std::count_if(m_boxes.begin(), m_boxes.end(), [](QCheckBox* b) { return b->isChecked(); }));
}

// ---- Configuration -> widgets ----

void PrimitivesPanel::setPrimitives(const std::vector<Primitive>& primitives) {
    std::vector<Primitive> order;
    for (Primitive p : primitives)
        if (std::find(order.begin(), order.end(), p) == order.end()) order.push_back(p);
    const std::size_t given = order.size();
    for (const auto& info : allPrimitives())
        if (std::find(order.begin(), order.end(), info.id) == order.end()) order.push_back(info.id);
    m_order = std::move(order);

    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        const bool on = std::find(m_order.begin(), m_order.begin() + static_cast<std::ptrdiff_t>(given),
                                  allPrimitives()[i].id) != m_order.begin() + static_cast<std::ptrdiff_t>(given);
        const QSignalBlocker blocker(m_boxes[i]);  // one primitivesChanged for the whole list, not one per box
        m_boxes[i]->setChecked(on);
    }
    if (given == 0) {
        const QSignalBlocker blocker(m_boxes[indexOf(Primitive::None)]);
        m_boxes[indexOf(Primitive::None)]->setChecked(true);
    }
    updateSummary();
    emit primitivesChanged();
}

// ---- User edits -> configuration ----

void PrimitivesPanel::onBoxToggled(bool checked) {
    auto* box = qobject_cast<QCheckBox*>(sender());
    if (!checked && box && checkedCount() == 0) {
        // Undo rather than disable the box: a greyed-out last box would not tell the user why.
        const QSignalBlocker blocker(box);
        box->setChecked(true);
        showNote(tr("At least one operation must stay on; switch another one on first."));
        return;
    }
    updateSummary();
    emit primitivesChanged();
}

void PrimitivesPanel::checkAll() {
    std::vector<Primitive> all = m_order;  // keep the current order of the checked ones first
    std::stable_partition(all.begin(), all.end(), [this](Primitive p) { return m_boxes[indexOf(p)]->isChecked(); });
    setPrimitives(all);
}

void PrimitivesPanel::checkNoneButFirst() {
    setPrimitives({Primitive::None});
    showNote(
        tr("Only “none” stays on: the search needs at least one operation. "
           "Tick the ones you want."));
}

void PrimitivesPanel::checkReferenceDefault() { setPrimitives(referenceDefaultPrimitives()); }

bool PrimitivesPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        const QVariant index = watched->property(kBoxIndexProperty);
        if (index.isValid()) {
            m_boxes[static_cast<std::size_t>(index.toInt())]->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PrimitivesPanel::updateSummary() {
    m_summary->setText(tr("%1 of %2 operations on").arg(checkedCount()).arg(m_boxes.size()));
}

void PrimitivesPanel::showNote(const QString& text) {
    m_note->setText(text);
    m_note->show();
    m_noteTimer->start();
}

}  // namespace darts::gui
