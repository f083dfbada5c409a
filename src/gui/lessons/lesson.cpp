#include "lessons/lesson.h"

#include "main_window.h"
#include "panels/data_panel.h"

#include "data/formula.h"
#include "search/search_config.h"

#include <QCoreApplication>

namespace darts::gui {
namespace {

// The texts say what the searches below really show (checked with darts-cli and by
// tests/test_lessons.cpp): change a setting here and the texts must be checked again.
/// Loads a built-in example (its preset comes with it), then shows `config`.
std::function<void(MainWindow&)> setUp(const QString& example, const darts::SearchConfig& config) {
    return [example, config](MainWindow& window) {
        window.dataPanel()->loadExample(example);
        window.applyConfig(config);
        window.showModelTab(false);
    };
}

/// Changes the settings shown, keeping the data.
std::function<void(MainWindow&)> change(std::function<void(darts::SearchConfig&)> edit) {
    return [edit](MainWindow& window) {
        darts::SearchConfig config = window.currentConfig();
        edit(config);
        window.applyConfig(config);
    };
}

/// Makes data from a law on a grid (no noise), as File > New data from formula does, then shows `config`.
std::function<void(MainWindow&)> setUpLaw(const char* law, double from, double to, int points,
                                          const darts::SearchConfig& config) {
    return [law, from, to, points, config](MainWindow& window) {
        const darts::Formula formula = darts::Formula::parse(law);
        darts::GenerationSettings settings;
        settings.ranges.assign(formula.inputNames().size(), darts::InputRange{from, to});
        settings.sampling = darts::Sampling::Grid;
        settings.count = points;
        window.loadFormulaData(darts::generateTable(formula, settings), formula);
        window.applyConfig(config);
        window.showModelTab(false);
    };
}

LessonStep say(const QString& text, std::function<void(MainWindow&)> action = {}) {
    return {text, std::move(action), LessonStep::WaitFor::Nothing};
}

LessonStep run(const QString& text, std::function<void(MainWindow&)> action = {}) {
    return {text, std::move(action), LessonStep::WaitFor::Model};
}

darts::SearchConfig seedTwoNodes() {
    darts::SearchConfig c = darts::seedDocumentConfig();
    c.num_graph_nodes = 2;
    return c;
}

// Weber-Fechner with the logarithm among the primitives: two hidden nodes hold ln(S1)
// and ln(S2), and the trained output weights give the minus sign (about 0.3 s a run).
darts::SearchConfig weberFechnerLn() {
    darts::SearchConfig c = darts::weberFechnerConfig();
    c.num_graph_nodes = 2;
    c.primitives = {darts::Primitive::None, darts::Primitive::Ln, darts::Primitive::Linear};
    c.train_classifier_coefficients = true;
    c.max_epochs = 200;
    return c;
}

Lesson seedLesson() {
    Lesson l{QStringLiteral("seed-hidden-nodes"), QCoreApplication::translate("Lessons", "One hidden node or two: the seed example"), {}};
    l.steps << say(QCoreApplication::translate("Lessons", "<p>The data: <b>y = 2·x1 + exp(5·x2)</b> on a 10 × 10 grid of x1 and x2 between 0 and 1 "
                      "(the <i>Data</i> panel).</p><p>The settings are the seed document's: <b>one hidden node</b> "
                      "k1, the primitives none, add, subtract, mult, logistic, exp and relu, 300 epochs.</p>"),
                   setUp(QStringLiteral("seed"), darts::seedDocumentConfig()))
            << run(QCoreApplication::translate("Lessons", "<p>Press <b>Start (F5)</b>.</p><p>Watch the loss fall on the left and the weights of the "
                      "primitives change in the heatmap. The search takes about a second.</p>"))
            << say(QCoreApplication::translate("Lessons", "<p>The equation found is a straight line: <b>k1 = −19.37·x1 + 99.44·x2</b>, y = k1, with "
                      "R² about 0.66.</p><p>Why not the exponential? With one hidden node, k1 is a sum of one "
                      "primitive of x1 and one of x2. <i>exp</i> has no coefficient inside it, so it can write exp(x2) "
                      "but not exp(5·x2); <i>mult</i> (a·x) has a coefficient but no exponential. The best the search "
                      "can do is a line.</p>"))
            << run(QCoreApplication::translate("Lessons", "<p>Now <b>two hidden nodes</b>: k2 may take k1 as its input, so an exponential can act on "
                      "a·x2.</p><p>Press <b>Start (F5)</b> again.</p>"),
                   change([](darts::SearchConfig& c) { c.num_graph_nodes = 2; }))
            << say(QCoreApplication::translate("Lessons", "<p>Now <b>k1 = logistic(x1) + 4.43·x2</b> and <b>k2 = relu(x1) − 14.92·x2 + exp(k1)</b>: "
                      "exp(k1) contains exp(4.43·x2), close to the exp(5·x2) of the law, and R² rises to about "
                      "0.99.</p><p>The search does not write the law exactly: the other terms make up for the "
                      "4.43. Look at <i>Model vs data</i> (Ctrl+2) to see how close it comes.</p>"));
    return l;
}

Lesson weberFechnerLesson() {
    Lesson l{QStringLiteral("weber-fechner"), QCoreApplication::translate("Lessons", "The Weber-Fechner law"), {}};
    l.steps << say(QCoreApplication::translate("Lessons", "<p>Two stimuli of strengths <b>S1</b> and <b>S2</b>; the target is the difference a person "
                      "detects, made here as <b>ln(S2/S1)</b> plus noise.</p><p>The settings: two hidden nodes, the "
                      "primitives none, ln and linear, trained output weights, 200 epochs.</p>"),
                   setUp(QStringLiteral("weber-fechner"), weberFechnerLn()))
            << run(QCoreApplication::translate("Lessons", "<p>Press <b>Start (F5)</b>. The search takes under a second.</p>"))
            << say(QCoreApplication::translate("Lessons", "<p>The <i>Closed form</i> tab (under the graph) reads about <b>1.00·ln(S2) − 1.00·ln(S1)</b> plus "
                      "tiny terms, which is ln(S2/S1): the law. R² is 0.9999.</p><p>Why two nodes and trained output "
                      "weights? ln enters a node with a plus sign only; the output weights give ln(S1) its "
                      "minus.</p>"))
            << run(QCoreApplication::translate("Lessons", "<p>DARTS follows gradients from a random start. Try another start: the seed is now "
                      "<b>2</b>. Press <b>Start (F5)</b>.</p>"),
                   change([](darts::SearchConfig& c) { c.seed = 2; }))
            << say(QCoreApplication::translate("Lessons", "<p>With seed 2 the search settles on another equation, with ln(S2) but without ln(S1), and "
                      "R² falls to about 0.65.</p><p>A search can stop in a poorer place: run a few seeds and "
                      "compare their fits before trusting one.</p>"));
    return l;
}

Lesson penaltyLesson() {
    Lesson l{QStringLiteral("complexity-penalty"), QCoreApplication::translate("Lessons", "The complexity penalty"), {}};
    l.steps << say(QCoreApplication::translate("Lessons", "<p><b>arch_weight_decay_df</b> (Settings) penalises complexity: at every architecture step, "
                      "each primitive's weight is pulled down in proportion to its degrees of freedom (1 plus its "
                      "coefficients: ln 1, linear 3; none is free).</p><p>The data are the Weber-Fechner example; "
                      "the penalty is the default, 0.0003.</p>"),
                   setUp(QStringLiteral("weber-fechner"), weberFechnerLn()))
            << run(QCoreApplication::translate("Lessons", "<p>Press <b>Start (F5)</b>.</p>"))
            << run(QCoreApplication::translate("Lessons", "<p>With the default penalty the search finds ln(S2) − ln(S1), with 6 coefficients.</p>"
                      "<p>The penalty is now <b>0.03</b>, a hundred times more. Press <b>Start (F5)</b>.</p>"),
                   change([](darts::SearchConfig& c) { c.arch_weight_decay_df = 0.03; }))
            << run(QCoreApplication::translate("Lessons", "<p>Only <b>ln(S1)</b> is left: k1 = 0, k2 = ln(S1). The model has 2 coefficients, and R² "
                      "is below zero: the penalty outweighed what ln(S2) added to the fit.</p><p>The penalty is now "
                      "<b>0.1</b>. Press <b>Start (F5)</b>.</p>"),
                   change([](darts::SearchConfig& c) { c.arch_weight_decay_df = 0.1; }))
            << say(QCoreApplication::translate("Lessons", "<p>Every edge is <b>none</b>: the model predicts 0.</p><p>Keep the penalty small, and raise "
                      "it only as long as the fit stays good: it removes terms the data do not need, and then the "
                      "terms they do need.</p>"));
    return l;
}

Lesson samplingLesson() {
    Lesson l{QStringLiteral("max-or-sample"), QCoreApplication::translate("Lessons", "Max or sample: the mixture and the model"), {}};
    l.steps << say(QCoreApplication::translate("Lessons", "<p>During the search every edge is a <b>mixture</b> of all primitives, weighted by the "
                      "architecture weights. At the end one primitive per edge is kept: the <b>discrete "
                      "model</b>.</p><p>The seed example with two hidden nodes is loaded. The <i>Mixture and "
                      "model</i> tab shows both predictions against the data.</p>"),
                   setUp(QStringLiteral("seed"), seedTwoNodes()))
            << run(QCoreApplication::translate("Lessons", "<p>Press <b>Start (F5)</b>.</p>"))
            << run(QCoreApplication::translate("Lessons", "<p>The loss of the mixture ends near <b>6</b>, but the model kept by <b>max</b> (the "
                      "heaviest primitive of every edge) has an MSE of about <b>21</b>: that is the gap between the "
                      "mixture and the discrete model.</p><p>Now press <b>Re-sample (draw)</b> (Ctrl+Shift+R): "
                      "each edge draws its primitive at random, in proportion to its weight.</p>"))
            << run(QCoreApplication::translate("Lessons", "<p>A different equation, and a far worse fit: the weights are still spread over several "
                      "primitives, so a draw often picks a light one.</p><p>Press <b>Re-sample (draw)</b> "
                      "(Ctrl+Shift+R) once more.</p>"))
            << run(QCoreApplication::translate("Lessons", "<p>Another equation. Each draw is a guess; <b>max</b> takes the best guess.</p><p>Press "
                      "<b>Re-sample (max)</b> (Ctrl+R) to go back to it.</p>"))
            << say(QCoreApplication::translate("Lessons", "<p>The max model is back: k2 = relu(x1) − 14.92·x2 + exp(k1).</p><p>Sampling shows how sure "
                      "the search is: when the weights are spread, draws differ; when each edge has one clear "
                      "winner, draws and max agree and the gap closes.</p>"));
    return l;
}

// The reference's search space (every node adds) on a product; 300 epochs take about 0.1 s.
darts::SearchConfig productReference() {
    darts::SearchConfig c;
    c.max_epochs = 300;
    return c;
}

Lesson productLesson() {
    Lesson l{QStringLiteral("product-nodes"), QCoreApplication::translate("Lessons", "Products need product nodes"), {}};
    l.steps << say(QCoreApplication::translate("Lessons", "<p>The data: <b>y = 2·x1·x2</b> on an 11 × 11 grid of x1 and x2 between −1 and 1, made "
                      "from the law (as <i>File › New data from formula</i> does).</p><p>The settings are the "
                      "reference's: every hidden node <b>adds</b> its incoming edges; two hidden nodes, the "
                      "primitives none, add, subtract, linear, linear_logistic, mult and linear_relu, 300 "
                      "epochs.</p>"),
                   setUpLaw("y = 2*x1*x2", -1.0, 1.0, 11, productReference()))
            << run(QCoreApplication::translate("Lessons", "<p>Press <b>Start (F5)</b>. The search takes a fraction of a second.</p>"))
            << say(QCoreApplication::translate("Lessons", "<p>The search ends with <b>k1 = 1.40·x1 + 1.40·x2</b> (plus a constant; the digits differ a little "
                      "between computers) and a bend of it in k2; the <i>Closed form</i> tab reads about y = 1.28·x1 + 1.28·x2 + relu(−2.64·x1 − 2.64·x2 − "
                      "0.09) − 0.92, with R² about 0.73.</p><p>Why not the product? A node "
                      "that adds can only write a function of x1 plus a function of x2, and on this grid no such sum "
                      "explains any of x1·x2: the product is positive where x1 and x2 have the same sign and negative "
                      "where they differ, whatever each is alone. A second node can bend the sum x1 + x2, which "
                      "gets part of the way; more nodes give tangles of large coefficients that cancel.</p>"))
            << run(QCoreApplication::translate("Lessons", "<p>Now <b>product nodes</b> are on (Settings, Search space): each hidden node may "
                      "<b>multiply</b> its incoming edges instead of adding them. The search chooses, with a weight "
                      "per node like a primitive's; the weights heatmap shows it under the edges (k1: + / ×).</p>"
                      "<p>Press <b>Start (F5)</b>.</p>"),
                   change([](darts::SearchConfig& c) { c.product_nodes = true; }))
            << run(QCoreApplication::translate("Lessons", "<p>k1 is now a product: <b>k1 = (1.53·x1 + 0.77)·0.65·x2</b> or close to it (the last digits "
                      "differ between computers; 1.53·0.65 = 1 and 0.77·0.65 = 0.5 do not), and k2 = −x2 + k1. The "
                      "<i>Closed form</i> tab reads <b>y = 2.000·x1·x2</b>: the law, R² 1.000.</p><p>But the equation "
                      "carries terms that cancel: the 0.77 puts 0.5·x2 into k1, which y counts twice (k2 adds k1 "
                      "again), and k2's −x2 takes it away. Four coefficients where one would do.</p><p><b>Refinement</b> is now on "
                      "(Settings, Final model): after sampling, it tries equations near the sampled one (other "
                      "primitives in order of their weights, dropped edges, sum or product nodes), refits each by "
                      "Levenberg-Marquardt and keeps a simpler one that fits as well. Press <b>Re-sample (max)</b> "
                      "(Ctrl+R) and watch its progress in the status bar.</p>"),
                   change([](darts::SearchConfig& c) { c.refine = true; }))
            << say(QCoreApplication::translate("Lessons", "<p><b>k1 = x1·x2</b> and <b>k2 = k1</b>: y = k1 + k2 = 2·x1·x2, the law, "
                      "without a single coefficient to fit, R² 1.000. The output adds the hidden nodes with weight 1 "
                      "(as the reference's does), so k2 repeating k1 does what a coefficient of 2 would.</p><p>Open the "
                      "<i>Hall of fame</i> (Ctrl+H, a tab beside this one): it lists every equation refinement tried "
                      "with its complexity (coefficients plus operations, the harder ones counting more) and error, and "
                      "its front joins the best one at each complexity: the constant, then <b>k1 = x1·x2</b> with k2 "
                      "empty (the law's shape at half its size), then the law. Click an entry of the front to load it."
                      "</p><p>The <b>Discovery</b> preset (Settings) switches all this on at once, with more "
                      "primitives, held-out rows, a preference for simpler equations and eight starts.</p>"));
    return l;
}

}  // namespace

QList<Lesson> builtInLessons() {
    return {seedLesson(), weberFechnerLesson(), penaltyLesson(), samplingLesson(), productLesson()};
}

}  // namespace darts::gui
