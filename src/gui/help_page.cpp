#include "help_page.h"

#include "graph/graph_layout.h"
#include "graph/graph_view.h"
#include "model/graph_text.h"
#include "network/network.h"
#include "search/presets.h"
#include "search/search_config.h"

#include <QDialogButtonBox>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <random>

namespace darts::gui {
namespace {

/// The mixed network of a fresh search with two inputs and two hidden nodes, drawn as the window draws it.
QImage exampleGraphImage(qreal devicePixelRatio) {
    darts::SearchConfig config;
    config.num_graph_nodes = 2;
    std::mt19937_64 rng(7);
    const darts::Network network(2, 1, config, rng);
    const Eigen::MatrixXd weights =
        Eigen::MatrixXd::Constant(network.edgeCount(), network.primitiveCount(), 1.0 / network.primitiveCount());
    const std::optional<GraphGeometry> geometry =
        layoutDot(darts::mixtureDot(network, weights, {"x1", "x2"}, {"y"}));
    if (!geometry) return {};
    GraphView view;
    view.setGraph(*geometry);
    QGraphicsScene* scene = view.scene();
    const QRectF source = scene->itemsBoundingRect().adjusted(-6, -6, 6, 6);
    const QSizeF size = source.size().scaled(QSizeF(520, 360), Qt::KeepAspectRatio);
    QImage image((size * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene->render(&painter, QRectF(QPointF(0, 0), size), source);
    return image;
}

}  // namespace

QString HelpPage::discoverySection() {
    // The figures come from the preset as the core defines it, so that the page follows its tuning.
    const darts::SearchPreset& preset = darts::findSearchPreset("discovery");
    const darts::SearchConfig set = darts::withPreset(preset, darts::SearchConfig{});
    QStringList primitives;
    for (darts::Primitive p : set.primitives) {
        const std::string_view name = darts::primitiveInfo(p).name;
        primitives << QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    }
    QString items;
    const QStringList differences = {
        tr("<b>Product nodes</b>: a hidden node may multiply its incoming edges instead of adding them, chosen by "
           "the search with a weight of its own, so that a·x1·x2, ratios (with reciprocal) and a·exp(−c·t) are "
           "written directly. The reference's nodes only add, and a sum of terms in x1 and in x2 cannot write a "
           "product: it builds tangles of large coefficients that cancel."),
        tr("<b>More primitives</b>, among them the power a·x^b: %1.").arg(primitives.join(QStringLiteral(", "))),
        tr("<b>Domain safety</b>: ln, powers, square roots and reciprocals are never evaluated outside their "
           "domain; one that an input column cannot take is not offered on it, and the window says which and why."),
        tr("<b>Refinement</b>: after sampling, equations near the sampled one are refitted by Levenberg-Marquardt "
           "and the best is kept; every one tried joins the hall of fame (Ctrl+H)."),
        tr("<b>Parsimony</b>: the simplest equation wins unless a more complex one's held-out error is lower by "
           "more than %1 standard errors of the row-by-row difference.")
            .arg(set.parsimony, 0, 'g', 3),
        tr("<b>A fitted output layer</b>: each hidden node's weight in the output and a constant are fitted "
           "(the reference fixes them at 1 and 0)."),
        tr("<b>Held-out rows</b>: %1% of the rows are kept out of the fit to judge the models.")
            .arg(set.validation_share * 100.0, 0, 'g', 3),
        tr("<b>%n start(s)</b> in Model selection (Ctrl+M), each with its own seed; the best is loaded.", nullptr,
           preset.restarts),
    };
    for (const QString& item : differences) items += QStringLiteral("<li>%1</li>").arg(item);
    return QStringLiteral("<h3>%1</h3><p>%2</p><ul>%3</ul><p>%4</p><ul><li>%5</li><li>%6</li></ul>")
        .arg(tr("The Discovery preset"),
             tr("The <b>Discovery</b> button among the settings' presets sets the search up to find a law in your "
                "own data. It departs from the reference DARTS regressor in these ways:"),
             items, tr("When to use which:"),
             tr("<b>The reference's settings</b> (Reset to defaults, the Seed document and Weber-Fechner presets): to "
                "reproduce the reference's results, to compare with runs published with it, and to teach DARTS as "
                "published; the lessons use them."),
             tr("<b>Discovery</b>: to find the law behind your own data, above all when it may hold products, "
                "ratios or powers. It takes longer (several starts, refinement); read the hall of fame's front to "
                "see what each extra term buys, and prefer the simplest equation that fits the held-out rows."));
}

QString HelpPage::html() {
    QString page;
    page += QStringLiteral("<h2>%1</h2>").arg(tr("How DARTS searches"));
    page += QStringLiteral("<p>%1</p>").arg(tr(
        "DARTS Studio looks for an equation that maps the input columns to the target column. The equation is "
        "built as a small computation graph: the inputs x1, x2, … feed hidden nodes k1, k2, …, each hidden node "
        "may also feed the nodes after it, and the output y is a weighted sum of the hidden nodes. Every arrow of "
        "the graph (an <i>edge</i>) applies one operation, a <i>primitive</i>, such as a·x, exp(b·x) or ln(x)."));
    page += QStringLiteral("<p align=\"center\"><img src=\"graph.png\"/><br/><small>%1</small></p>")
                .arg(tr("The graph at the start of a search with two inputs and two hidden nodes: every edge is "
                        "still a mixture of all primitives, drawn thin because no primitive leads yet."));
    page += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("A choice made differentiable"),
                     tr("Trying every combination of primitives would take forever. Instead, each edge computes "
                        "<i>all</i> the primitives you switched on and mixes their results. The share of each "
                        "primitive is set by its <i>architecture weight</i>: the softmax of one number α per "
                        "primitive and edge. Because the mixture is smooth in α, the search can follow the "
                        "gradient to better architectures instead of trying them one by one."));
    page += QStringLiteral("<h3>%1</h3><p>%2</p><ul><li>%3</li><li>%4</li></ul><p>%5</p>")
                .arg(tr("Two kinds of learning, taking turns"),
                     tr("Each epoch alternates two steps on mini-batches of the data:"),
                     tr("the <b>coefficients</b> inside the primitives (the a and b of a·exp(b·x)) and the output "
                        "weights take a gradient step with momentum, with learning rate <tt>param_learning_rate</tt>;"),
                     tr("the <b>architecture weights</b> α take an Adam step with <tt>arch_learning_rate_max</tt>, "
                        "penalised by <tt>arch_weight_decay_df</tt> times each primitive's number of coefficients, so "
                        "that simpler primitives win when they explain the data as well."),
                     tr("Watch the loss plot fall and the weights heat map sharpen: on every edge one primitive "
                        "should come to dominate."));
    page += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("From the mixture to an equation"),
                     tr("When the search ends, a <i>discrete</i> model is drawn from the weights: <b>max</b> keeps "
                        "the strongest primitive on every edge, <b>sample</b> draws one in proportion to its "
                        "weight. Its coefficients are then refitted, and a final Levenberg-Marquardt polish "
                        "finds the best coefficients for that structure. The result is the equation shown in the "
                        "equation view and drawn in the graph view."));
    page += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("The discretization gap"),
                     tr("The mixture can fit better than any single primitive per edge. When the weights of an "
                        "edge are still shared, the discrete model may fit much worse than the loss plot "
                        "suggested. Search longer, use Continue, or re-sample with <b>sample</b> a few times and "
                        "compare."));
    page += discoverySection();
    page += QStringLiteral("<h3>%1</h3><ul><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
                .arg(tr("Tips"),
                     tr("Switch off primitives you know cannot occur: fewer choices, faster and surer search."),
                     tr("One hidden node can only chain one primitive after the inputs; laws that compose "
                        "operations need two or more."),
                     tr("The seed makes a run repeatable; a different seed may find a different equation."),
                     tr("Press Shift+F1 and click any control to learn what it does."));
    return page;
}

HelpPage::HelpPage(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("How DARTS searches"));
    setObjectName(QStringLiteral("HelpPage"));
    m_browser = new QTextBrowser;
    m_browser->setAccessibleName(tr("Help text"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("graph.png")),
                                       exampleGraphImage(devicePixelRatioF()));
    m_browser->setHtml(html());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 760);
}

}  // namespace darts::gui
