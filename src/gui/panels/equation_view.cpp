#include "panels/equation_view.h"

#include "ui_equation_view.h"

#include "model/closed_form.h"
#include "model/code_export.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>

#include <algorithm>

namespace darts::gui {
namespace {

QString joinLines(const std::vector<std::string>& lines, const QString& separator) {
    QStringList list;
    for (const std::string& line : lines) list << QString::fromStdString(line);
    return list.join(separator);
}

}  // namespace

EquationView::EquationView(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::EquationView>()) {
    m_ui->setupUi(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    m_ui->console->setFont(mono);
    m_ui->latex->setFont(mono);
    m_ui->closedForm->setFont(mono);
    // In the view, not in a dialog: the search goes on regardless, and the notes stay while they hold.
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; color: #5C4400; padding: 4px; "
                                          "border: 1px solid #F0D98C; border-radius: 3px; }"));
    m_notes->setAccessibleName(tr("Notes on the search"));
    m_notes->setToolTip(tr("What the search could not use, or what its model means"));
    m_notes->hide();
    m_ui->layout->insertWidget(1, m_notes);
    connect(m_ui->copyConsole, &QPushButton::clicked, this, &EquationView::copyConsole);
    connect(m_ui->copyLatex, &QPushButton::clicked, this, &EquationView::copyLatex);
}

EquationView::~EquationView() = default;

QString EquationView::consoleText() const { return m_ui->console->toPlainText(); }

QString EquationView::latexText() const { return m_ui->latex->toPlainText(); }

void EquationView::setModel(std::shared_ptr<const darts::SampledModel> model, const darts::Selection* data,
                            const std::vector<bool>& heldOut) {
    if (!model) return clear();
    const darts::NumberStyle style{.fixedDecimals = false, .digits = m_digits};
    m_ui->console->setPlainText(joinLines(model->equations(style), QStringLiteral("\n")));
    const QString latex = QString::fromStdString(darts::latexDocument(*model, style, m_digits)).trimmed();
    // The algebra may fail on a model GiNaC cannot handle; the per-node form still stands then.
    try {
        const darts::ClosedForm form = darts::closedForm(*model, m_digits);
        m_ui->closedForm->setPlainText(joinLines(form.console, QStringLiteral("\n")));
        m_ui->closedFormNote->setText(
            tr("Hidden nodes substituted. Terms with coefficients below %1 are left out.").arg(form.dropThreshold, 0, 'g', 2));
    } catch (const std::exception& e) {
        m_ui->closedForm->clear();
        m_ui->closedFormNote->setText(tr("No closed form: %1").arg(QString::fromUtf8(e.what())));
    }
    m_ui->latex->setPlainText(latex);
    QString figures = tr("%n coefficient(s)", nullptr, model->parameterCount());
    if (data && data->X.cols() == model->network().inputCount() && data->Y.cols() == model->network().outputCount()) {
        const Eigen::MatrixXd predicted = model->predict(data->X);
        const bool split = heldOut.size() == static_cast<std::size_t>(data->X.rows()) &&
                           std::find(heldOut.begin(), heldOut.end(), true) != heldOut.end() &&
                           std::find(heldOut.begin(), heldOut.end(), false) != heldOut.end();
        if (split) {
            // A model is judged by the rows it never saw: both errors side by side show overfitting at a glance.
            const auto rowsWhere = [&](bool held) {
                std::vector<Eigen::Index> rows;
                for (std::size_t i = 0; i < heldOut.size(); ++i)
                    if (heldOut[i] == held) rows.push_back(static_cast<Eigen::Index>(i));
                return rows;
            };
            const std::vector<Eigen::Index> train = rowsWhere(false), valid = rowsWhere(true);
            const darts::FitMetrics fitTrain = darts::fitMetrics(predicted(train, Eigen::all), data->Y(train, Eigen::all));
            const darts::FitMetrics fitValid = darts::fitMetrics(predicted(valid, Eigen::all), data->Y(valid, Eigen::all));
            figures = tr("Training MSE %1    Validation MSE %2    R² %3    %4")
                          .arg(fitTrain.mse, 0, 'g', 5)
                          .arg(fitValid.mse, 0, 'g', 5)
                          .arg(fitTrain.r2, 0, 'f', 4)
                          .arg(figures);
        } else {
            const darts::FitMetrics fit = darts::fitMetrics(predicted, data->Y);
            figures = tr("MSE %1    R² %2    %3").arg(fit.mse, 0, 'g', 5).arg(fit.r2, 0, 'f', 4).arg(figures);
        }
    }
    m_ui->figures->setText(figures);
    m_ui->copyConsole->setEnabled(true);
    m_ui->copyLatex->setEnabled(true);
}

void EquationView::clear() {
    m_ui->console->clear();
    m_ui->latex->clear();
    m_ui->closedForm->clear();
    m_ui->closedFormNote->clear();
    m_ui->figures->setText(tr("No model yet: one is drawn when a search ends, or by Re-sample."));
    m_ui->copyConsole->setEnabled(false);
    m_ui->copyLatex->setEnabled(false);
}

void EquationView::setNotes(const QStringList& notes) {
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

QString EquationView::notesText() const { return m_notes->isVisibleTo(this) ? m_notes->text() : QString(); }

void EquationView::copyConsole() const { QGuiApplication::clipboard()->setText(consoleText()); }

void EquationView::copyLatex() const { QGuiApplication::clipboard()->setText(latexText()); }

}  // namespace darts::gui
