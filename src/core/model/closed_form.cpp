#include "model/closed_form.h"

#include "model/term_text.h"

#include <ginac/ginac.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace darts {
namespace {

using GiNaC::ex;

// GiNaC's reference counts, function registry and print tables are shared
// process-wide without locks, so only one closed form is worked on at a time
// (the window and the CLI each call from one thread, but tests and tools may not).
std::mutex g_ginacMutex;
// Read by the print functions, which GiNaC calls without a way to pass state; set under g_ginacMutex.
int g_digits = 3;
const std::vector<GiNaC::symbol>* g_inputs = nullptr;

// Functions GiNaC lacks, with the names the per-node equations use, so that the two forms read alike.
// ln is ours rather than GiNaC's log for the same reason; its numeric value keeps the model's guard
// (0 outside the domain) but the printed form omits it.
DECLARE_FUNCTION_1P(relu)
DECLARE_FUNCTION_1P(logistic)
DECLARE_FUNCTION_1P(ln)

bool isRealNumber(const ex& x) { return GiNaC::is_a<GiNaC::numeric>(x) && GiNaC::ex_to<GiNaC::numeric>(x).is_real(); }

ex reluEval(const ex& x) {
    if (isRealNumber(x)) return GiNaC::ex_to<GiNaC::numeric>(x).is_positive() ? x : ex(0);
    return relu(x).hold();
}

ex logisticEval(const ex& x) {
    if (isRealNumber(x) && !GiNaC::ex_to<GiNaC::numeric>(x).is_rational())
        return 1 / (1 + GiNaC::exp(-GiNaC::ex_to<GiNaC::numeric>(x)));
    return logistic(x).hold();
}
ex logisticEvalf(const ex& x) {
    if (isRealNumber(x)) return 1 / (1 + GiNaC::exp(-GiNaC::ex_to<GiNaC::numeric>(x.evalf())));
    return logistic(x).hold();
}

ex lnEval(const ex& x) {
    if (isRealNumber(x) && !GiNaC::ex_to<GiNaC::numeric>(x).is_rational()) {
        const GiNaC::numeric& n = GiNaC::ex_to<GiNaC::numeric>(x);
        return n.is_positive() ? ex(GiNaC::log(n)) : ex(0);
    }
    return ln(x).hold();
}
ex lnEvalf(const ex& x) {
    if (isRealNumber(x)) {
        const GiNaC::numeric n = GiNaC::ex_to<GiNaC::numeric>(x.evalf());
        return n.is_positive() ? ex(GiNaC::log(n)) : ex(0);
    }
    return ln(x).hold();
}

void printCall(const char* name, const ex& x, const GiNaC::print_context& c) {
    c.s << name << "(";
    x.print(c);
    c.s << ")";
}
void printLatexCall(const char* name, const ex& x, const GiNaC::print_context& c) {
    c.s << name << "\\left(";
    x.print(c);
    c.s << "\\right)";
}
void reluConsole(const ex& x, const GiNaC::print_context& c) { printCall("relu", x, c); }
void reluLatex(const ex& x, const GiNaC::print_context& c) { printLatexCall("\\mathrm{relu}", x, c); }
void logisticConsole(const ex& x, const GiNaC::print_context& c) { printCall("logistic", x, c); }
void logisticLatex(const ex& x, const GiNaC::print_context& c) { printLatexCall("\\sigma", x, c); }
void lnConsole(const ex& x, const GiNaC::print_context& c) { printCall("ln", x, c); }
void lnLatex(const ex& x, const GiNaC::print_context& c) { printLatexCall("\\ln", x, c); }

REGISTER_FUNCTION(relu, eval_func(reluEval).evalf_func(reluEval).print_func<GiNaC::print_dflt>(reluConsole)
                            .print_func<GiNaC::print_latex>(reluLatex))
REGISTER_FUNCTION(logistic, eval_func(logisticEval).evalf_func(logisticEvalf)
                                .print_func<GiNaC::print_dflt>(logisticConsole)
                                .print_func<GiNaC::print_latex>(logisticLatex))
REGISTER_FUNCTION(ln, eval_func(lnEval).evalf_func(lnEvalf).print_func<GiNaC::print_dflt>(lnConsole)
                          .print_func<GiNaC::print_latex>(lnLatex))

}  // namespace
}  // namespace darts

// Print contexts of our own, so that rounded numbers and spaced, ordered sums
// apply to our output only and GiNaC's own printing stays as it is. GiNaC finds a
// context's parent by the spelling of its name, hence the unqualified base names.
// A named namespace: GiNaC's macros require default constructors that nothing calls, which an anonymous
// namespace would report as unused.
namespace darts_print {
using GiNaC::print_dflt;
using GiNaC::print_latex;

class DartsConsolePrint : public print_dflt {
    GINAC_DECLARE_PRINT_CONTEXT(DartsConsolePrint, print_dflt)
public:
    explicit DartsConsolePrint(std::ostream& os, unsigned options = 0) : print_dflt(os, options) {}
};
GINAC_IMPLEMENT_PRINT_CONTEXT(DartsConsolePrint, print_dflt)
DartsConsolePrint::DartsConsolePrint() : print_dflt(std::cout) {}

class DartsLatexPrint : public print_latex {
    GINAC_DECLARE_PRINT_CONTEXT(DartsLatexPrint, print_latex)
public:
    explicit DartsLatexPrint(std::ostream& os, unsigned options = 0) : print_latex(os, options) {}
};
GINAC_IMPLEMENT_PRINT_CONTEXT(DartsLatexPrint, print_latex)
DartsLatexPrint::DartsLatexPrint() : print_latex(std::cout) {}
}  // namespace darts_print
using darts_print::DartsConsolePrint;
using darts_print::DartsLatexPrint;

namespace darts {
namespace {

// An exact 0 or ±1 lets GiNaC drop unit factors ("x1", not "1.00*x1"); everything else stays a float.
ex number(double v) {
    if (v == 0.0 || v == 1.0 || v == -1.0) return ex(static_cast<int>(v));
    return GiNaC::numeric(v);
}

ex term(Primitive p, const std::vector<double>& c, const ex& x) {
    const auto affine = [&] { return number(c[0]) * x + number(c[1]); };
    const auto scaled = [&] { return number(c[0]) * x; };
    const auto softplus = [](double beta, const ex& t) { return ln(1 + GiNaC::exp(number(beta) * t)) / number(beta); };
    switch (p) {
        case Primitive::None: return 0;
        case Primitive::Add: return x;
        case Primitive::Subtract: return -x;
        case Primitive::Mult: return scaled();
        case Primitive::Linear: return affine();
        case Primitive::Relu: return relu(x);
        case Primitive::LinearRelu: return relu(affine());
        case Primitive::Logistic: return logistic(x);
        case Primitive::LinearLogistic: return logistic(affine());
        case Primitive::Exp: return GiNaC::exp(x);
        case Primitive::LinearExp: return GiNaC::exp(affine());
        case Primitive::Sin: return GiNaC::sin(x);
        case Primitive::LinearSin: return GiNaC::sin(affine());
        case Primitive::Cos: return GiNaC::cos(x);
        case Primitive::LinearCos: return GiNaC::cos(affine());
        case Primitive::Tanh: return GiNaC::tanh(x);
        case Primitive::LinearTanh: return GiNaC::tanh(affine());
        case Primitive::Reciprocal: return GiNaC::pow(x, -1);
        case Primitive::LinearReciprocal: return GiNaC::pow(scaled(), -1);
        case Primitive::Ln: return ln(x);
        case Primitive::LinearLn: return ln(scaled());
        case Primitive::Softplus: return softplus(c[0], x);
        case Primitive::LinearSoftplus: return softplus(c[1], scaled());
        case Primitive::Softminus: return x - softplus(c[0], x);
        case Primitive::LinearSoftminus: return scaled() - softplus(c[1], scaled());
        case Primitive::Power: return number(c[0]) * GiNaC::pow(x, number(c[1]));
        case Primitive::Square: return GiNaC::pow(x, 2);
        case Primitive::Cube: return GiNaC::pow(x, 3);
        case Primitive::Sqrt: return GiNaC::sqrt(x);
    }
    throw std::runtime_error("closed form: unknown primitive");
}

// The numeric factor of one term of an expanded sum.
double coefficientOf(const ex& t) {
    if (GiNaC::is_a<GiNaC::numeric>(t)) return GiNaC::ex_to<GiNaC::numeric>(t).to_double();
    double c = 1.0;
    if (GiNaC::is_a<GiNaC::mul>(t))
        for (std::size_t i = 0; i < t.nops(); ++i)
            if (GiNaC::is_a<GiNaC::numeric>(t.op(i))) c *= GiNaC::ex_to<GiNaC::numeric>(t.op(i)).to_double();
    return c;
}

std::vector<ex> termsOf(const ex& sum) {
    std::vector<ex> terms;
    if (GiNaC::is_a<GiNaC::add>(sum))
        for (std::size_t i = 0; i < sum.nops(); ++i) terms.push_back(sum.op(i));
    else if (!sum.is_zero())
        terms.push_back(sum);
    return terms;
}

struct Expressions {
    std::vector<GiNaC::symbol> inputs;
    std::vector<ex> outputLayer;  ///< z = W*k + b per output, expanded, small terms dropped
    double threshold = 0.0;
};

Expressions build(const SampledModel& model, double relativeThreshold) {
    const Network& net = model.network();
    Expressions result;
    // Symbols carry the inputs' own names (and their LaTeX), so nothing needs mapping back:
    // GiNaC only parses names, it prints whatever it is given.
    for (const std::string& name : model.inputNames()) result.inputs.emplace_back(name, latexName(name));
    std::vector<ex> nodes;  // inputs, then hidden nodes as they are built
    for (const GiNaC::symbol& s : result.inputs) nodes.emplace_back(s);
    for (int j = 0; j < net.hiddenCount(); ++j) {
        const bool product = net.nodeKind(j) == NodeKind::Product;
        ex k = product ? 1 : 0;
        for (int e = 0; e < net.edgeCount(); ++e) {
            if (net.edges()[e].target != j || model.primitive(e) == Primitive::None) continue;
            const ex t = term(model.primitive(e), model.coefficients(e), nodes[net.edges()[e].source]);
            k = product ? k * t : k + t;
        }
        nodes.push_back(model.nodeIsEmpty(j) ? ex(0) : k);
    }
    // Sums are multiplied only by product nodes and raised to powers only by square and cube, a few
    // factors of a few terms each in a graph this small: expanding them cannot blow up.
    std::vector<std::vector<ex>> terms;
    double largest = 0.0;
    for (int o = 0; o < net.outputCount(); ++o) {
        ex z = number(net.classifierBias(o));
        for (int j = 0; j < net.hiddenCount(); ++j) z += number(net.classifierWeight(o, j)) * nodes[net.inputCount() + j];
        terms.push_back(termsOf(z.expand(GiNaC::expand_options::expand_function_args)));
        for (const ex& t : terms.back()) largest = std::max(largest, std::fabs(coefficientOf(t)));
    }
    result.threshold = relativeThreshold * largest;
    for (const std::vector<ex>& outputTerms : terms) {
        ex z = 0;
        for (const ex& t : outputTerms)
            if (std::fabs(coefficientOf(t)) >= result.threshold) z += t;
        result.outputLayer.push_back(z);
    }
    return result;
}

std::string numberText(double v, int digits, bool latex) {
    char text[64];
    std::snprintf(text, sizeof text, "%#.*g", std::max(1, digits), v);
    std::string s = text;
    const std::size_t e = s.find('e');
    std::string mantissa = s.substr(0, e);
    if (!mantissa.empty() && mantissa.back() == '.') mantissa.pop_back();
    if (e == std::string::npos) return mantissa;
    const int exponent = std::stoi(s.substr(e + 1));
    char tail[32];
    std::snprintf(tail, sizeof tail, latex ? " \\cdot 10^{%d}" : "e%+03d", exponent);
    return mantissa + tail;
}

template <bool Latex>
void printNumber(const GiNaC::numeric& n, const GiNaC::print_context& c, unsigned level) {
    const double v = n.to_double();
    // Negative numbers inside products and powers need parentheses, as in GiNaC's own printer.
    const bool parenthesise = v < 0 && level >= n.precedence();
    if (parenthesise) c.s << "(";
    if (n.is_integer())
        c.s << n;
    else
        c.s << numberText(v, g_digits, Latex);
    if (parenthesise) c.s << ")";
}

// Terms in a fixed order: polynomial terms first (by degree in the inputs, in the inputs' order),
// then the rest by their text, the constant last; GiNaC's own order follows hash values.
struct SortKey {
    int category;
    std::vector<int> degrees;
    std::string text;
    bool operator<(const SortKey& o) const {
        if (category != o.category) return category < o.category;
        if (degrees != o.degrees) return degrees > o.degrees;
        return text < o.text;
    }
};

SortKey sortKey(const ex& t) {
    SortKey key;
    std::ostringstream text;
    text << t;
    key.text = text.str();
    GiNaC::lst symbols;
    if (g_inputs)
        for (const GiNaC::symbol& s : *g_inputs) symbols.append(s);
    if (GiNaC::is_a<GiNaC::numeric>(t))
        key.category = 2;
    else if (t.is_polynomial(symbols)) {
        key.category = 0;
        if (g_inputs)
            for (const GiNaC::symbol& s : *g_inputs) key.degrees.push_back(t.degree(s));
    } else
        key.category = 1;
    return key;
}

template <bool Latex>
void printSum(const GiNaC::add& sum, const GiNaC::print_context& c, unsigned level) {
    std::vector<std::pair<SortKey, ex>> terms;
    for (std::size_t i = 0; i < sum.nops(); ++i) terms.emplace_back(sortKey(sum.op(i)), sum.op(i));
    std::stable_sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const bool parenthesise = level >= sum.precedence();
    if (parenthesise) c.s << (Latex ? "\\left(" : "(");
    bool first = true;
    for (const auto& [key, t] : terms) {
        const bool negative = coefficientOf(t) < 0;
        c.s << (first ? (negative ? "-" : "") : (negative ? " - " : " + "));
        (negative ? ex(-t) : t).print(c, sum.precedence());
        first = false;
    }
    if (parenthesise) c.s << (Latex ? "\\right)" : ")");
}

void printConsoleNumber(const GiNaC::numeric& n, const DartsConsolePrint& c, unsigned level) { printNumber<false>(n, c, level); }
void printLatexNumber(const GiNaC::numeric& n, const DartsLatexPrint& c, unsigned level) { printNumber<true>(n, c, level); }
void printConsoleSum(const GiNaC::add& s, const DartsConsolePrint& c, unsigned level) { printSum<false>(s, c, level); }
void printLatexSum(const GiNaC::add& s, const DartsLatexPrint& c, unsigned level) { printSum<true>(s, c, level); }

void installPrinters() {
    static std::once_flag once;
    std::call_once(once, [] {
        GiNaC::set_print_func<GiNaC::numeric, DartsConsolePrint>(printConsoleNumber);
        GiNaC::set_print_func<GiNaC::numeric, DartsLatexPrint>(printLatexNumber);
        GiNaC::set_print_func<GiNaC::add, DartsConsolePrint>(printConsoleSum);
        GiNaC::set_print_func<GiNaC::add, DartsLatexPrint>(printLatexSum);
    });
}

template <typename Context>
std::string print(const ex& e) {
    std::ostringstream out;
    Context context(out);
    e.print(context);
    std::string text = out.str();
    // GiNaC's LaTeX products put a space both after the coefficient and between factors.
    for (std::size_t p; (p = text.find("  ")) != std::string::npos;) text.erase(p, 1);
    return text;
}

}  // namespace

ClosedForm closedForm(const SampledModel& model, int digits, double relativeThreshold) {
    std::lock_guard lock(g_ginacMutex);
    try {
        installPrinters();
        const Expressions expressions = build(model, relativeThreshold);
        g_digits = digits;
        g_inputs = &expressions.inputs;
        struct Reset {
            ~Reset() { g_inputs = nullptr; }
        } reset;
        ClosedForm form;
        form.dropThreshold = expressions.threshold;
        const Network& net = model.network();
        const std::vector<std::string>& names = model.outputNames();
        const OutputType type = net.outputType();
        if (type == OutputType::ProbabilityDistribution) {
            std::string console, latex;
            for (int o = 0; o < net.outputCount(); ++o) {
                const std::string n = std::to_string(o + 1);
                form.console.push_back("z" + n + " = " + print<DartsConsolePrint>(expressions.outputLayer[o]));
                form.latex.push_back("z_{" + n + "} = " + print<DartsLatexPrint>(expressions.outputLayer[o]));
                console += (o ? ", z" : "z") + n;
                latex += (o ? ", z_{" : "z_{") + n + "}";
            }
            for (int o = 0; o < net.outputCount(); ++o) {
                const std::string n = std::to_string(o + 1);
                form.console.push_back(names[o] + " = softmax(" + console + ")[" + n + "]");
                form.latex.push_back(latexName(names[o]) + " = \\mathrm{softmax}\\left(" + latex + "\\right)_{" + n + "}");
            }
            return form;
        }
        for (int o = 0; o < net.outputCount(); ++o) {
            std::string console = print<DartsConsolePrint>(expressions.outputLayer[o]);
            std::string latex = print<DartsLatexPrint>(expressions.outputLayer[o]);
            if (type != OutputType::Real) {
                console = "logistic(" + console + ")";
                latex = "\\sigma\\left(" + latex + "\\right)";
            }
            form.console.push_back(names[o] + " = " + console);
            form.latex.push_back(latexName(names[o]) + " = " + latex);
        }
        return form;
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("closed form: ") + e.what());
    }
}

std::vector<double> evaluateClosedForm(const SampledModel& model, const std::vector<double>& inputs,
                                       double relativeThreshold) {
    std::lock_guard lock(g_ginacMutex);
    try {
        const Expressions expressions = build(model, relativeThreshold);
        if (inputs.size() != expressions.inputs.size())
            throw std::invalid_argument("one value per input is needed");
        GiNaC::exmap point;
        for (std::size_t i = 0; i < inputs.size(); ++i) point[expressions.inputs[i]] = GiNaC::numeric(inputs[i]);
        std::vector<double> z;
        for (const ex& e : expressions.outputLayer) {
            const ex value = e.subs(point).evalf();
            if (!GiNaC::is_a<GiNaC::numeric>(value)) throw std::runtime_error("the expression did not evaluate to a number");
            z.push_back(GiNaC::ex_to<GiNaC::numeric>(value).to_double());
        }
        const OutputType type = model.network().outputType();
        if (type == OutputType::ProbabilityDistribution) {
            const double top = *std::max_element(z.begin(), z.end());
            double sum = 0.0;
            for (double& v : z) sum += v = std::exp(v - top);
            for (double& v : z) v /= sum;
        } else if (type != OutputType::Real) {
            for (double& v : z) v = 1.0 / (1.0 + std::exp(-v));
        }
        return z;
    } catch (const std::invalid_argument&) {
        throw;
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("closed form: ") + e.what());
    }
}

std::string algebraLibraryVersion() {
    return std::to_string(GiNaC::version_major) + '.' + std::to_string(GiNaC::version_minor) + '.' +
           std::to_string(GiNaC::version_micro);
}

}  // namespace darts
