#include "model/code_export.h"

#include "model/closed_form.h"
#include "network/output_function.h"
#include "util/number_text.h"

#include <sstream>
#include <stdexcept>

namespace darts {
namespace {

// What differs between the languages the model is written in.
struct Dialect {
    std::string exp, log, log1p, abs, sin, cos, tanh, sqrt;
    std::string (*max0)(const std::string&);        // max(t, 0)
    std::string (*guardedLn)(const std::string&);   // ln(t + 1e-10) where t > 0, else 0 (as the model computes it)
    std::string (*where)(const std::string& condition, const std::string& then, const std::string& otherwise);
    std::string (*pow)(const std::string& base, const std::string& exponent);
};

const Dialect kPython{"np.exp", "np.log", "np.log1p", "np.abs", "np.sin", "np.cos", "np.tanh", "np.sqrt",
                      [](const std::string& t) { return "np.maximum(" + t + ", 0.0)"; },
                      [](const std::string& t) {
                          return "np.where(" + t + " > 0, np.log(np.maximum(" + t + ", 0.0) + 1e-10), 0.0)";
                      },
                      [](const std::string& c, const std::string& a, const std::string& b) {
                          return "np.where(" + c + ", " + a + ", " + b + ")";
                      },
                      [](const std::string& x, const std::string& p) { return "np.power(" + x + ", " + p + ")"; }};

const Dialect kC{"exp", "log", "log1p", "fabs", "sin", "cos", "tanh", "sqrt",
                 [](const std::string& t) { return "fmax(" + t + ", 0.0)"; },
                 [](const std::string& t) { return "(" + t + " > 0 ? log(" + t + " + 1e-10) : 0.0)"; },
                 [](const std::string& c, const std::string& a, const std::string& b) {
                     return "(" + c + " ? " + a + " : " + b + ")";
                 },
                 [](const std::string& x, const std::string& p) { return "pow(" + x + ", " + p + ")"; }};

// Exact, and parenthesised when negative so that it can follow any operator.
std::string number(double v) {
    const std::string text = formatRoundTrip(v);
    return v < 0 || text.front() == '-' ? "(" + text + ")" : text;
}

std::string call(const std::string& function, const std::string& argument) { return function + "(" + argument + ")"; }

// ln(1 + exp(beta*t))/beta in the form that cannot overflow, as the model computes it.
std::string softplus(const Dialect& d, double beta, const std::string& t) {
    const std::string scaled = "(" + number(beta) + " * " + t + ")";
    return "((" + d.max0(scaled) + " + " + call(d.log1p, call(d.exp, "-" + call(d.abs, scaled))) + ") / " +
           number(beta) + ")";
}

// Domain safety's bend (see evaluatePrimitive) of an argument t at margin m: positive, and 1/t.
std::string positiveGuard(const Dialect& d, const std::string& t, const std::string& m) {
    return d.where(t + " >= " + m, t, "(" + m + " * " + m + " / (2.0 * " + m + " - " + t + "))");
}
std::string guardedReciprocal(const Dialect& d, const std::string& t, const std::string& m) {
    return d.where(call(d.abs, t) + " >= " + m, "(1.0 / " + t + ")",
                   "(" + t + " * (2.0 / (" + m + " * " + m + ") - " + t + " * " + t + " / (" + m + " * " + m + " * " +
                       m + " * " + m + ")))");
}

// A primitive as the model computes it, with the domain margin of its edge (0: the reference's way).
std::string term(const Dialect& d, Primitive p, const std::vector<double>& c, const std::string& x, double margin) {
    const auto affine = [&] { return "(" + number(c[0]) + " * " + x + " + " + number(c[1]) + ")"; };
    const auto scaled = [&] { return "(" + number(c[0]) + " * " + x + ")"; };
    const bool smooth = margin > 0.0;
    const std::string m = number(margin);
    const auto logOf = [&](const std::string& t) {
        return smooth ? call(d.log, positiveGuard(d, t, m)) : d.guardedLn(t);
    };
    const auto reciprocalOf = [&](const std::string& t) {
        return smooth ? guardedReciprocal(d, t, m) : "(1.0 / " + t + ")";
    };
    // f(x) where x > 0 and 0 elsewhere (the reference's way), or f of the bent argument; f never sees x <= 0.
    const auto positiveOnly = [&](const auto& f) {
        if (smooth) return f(positiveGuard(d, x, m));
        return d.where(x + " > 0", f(d.where(x + " > 0", x, "1.0")), "0.0");
    };
    const auto logistic = [&](const std::string& t) { return "(1.0 / (1.0 + " + call(d.exp, "-" + t) + "))"; };
    switch (p) {
        case Primitive::None: return "";
        case Primitive::Add: return x;
        case Primitive::Subtract: return "(-" + x + ")";
        case Primitive::Mult: return scaled();
        case Primitive::Linear: return affine();
        case Primitive::Relu: return d.max0(x);
        case Primitive::LinearRelu: return d.max0(affine());
        case Primitive::Logistic: return logistic(x);
        case Primitive::LinearLogistic: return logistic(affine());
        case Primitive::Exp: return call(d.exp, x);
        case Primitive::LinearExp: return call(d.exp, affine());
        case Primitive::Sin: return call(d.sin, x);
        case Primitive::LinearSin: return call(d.sin, affine());
        case Primitive::Cos: return call(d.cos, x);
        case Primitive::LinearCos: return call(d.cos, affine());
        case Primitive::Tanh: return call(d.tanh, x);
        case Primitive::LinearTanh: return call(d.tanh, affine());
        case Primitive::Reciprocal: return reciprocalOf(x);
        case Primitive::LinearReciprocal: return reciprocalOf(scaled());
        case Primitive::Ln: return logOf(x);
        case Primitive::LinearLn: return logOf(scaled());
        case Primitive::Softplus: return softplus(d, c[0], x);
        case Primitive::LinearSoftplus: return softplus(d, c[1], scaled());
        case Primitive::Softminus: return "(" + x + " - " + softplus(d, c[0], x) + ")";
        case Primitive::LinearSoftminus: return "(" + scaled() + " - " + softplus(d, c[1], scaled()) + ")";
        case Primitive::Power:
            return "(" + number(c[0]) + " * " + positiveOnly([&](const std::string& t) { return d.pow(t, number(c[1])); }) +
                   ")";
        case Primitive::Square: return "(" + x + " * " + x + ")";
        case Primitive::Cube: return "(" + x + " * " + x + " * " + x + ")";
        case Primitive::Sqrt: return positiveOnly([&](const std::string& t) { return call(d.sqrt, t); });
    }
    return "";
}

// The right-hand side of hidden node j, with inputs written as input(i).
template <typename InputName>
std::string nodeExpression(const Dialect& d, const SampledModel& model, int j, InputName input) {
    const Network& net = model.network();
    const std::string join = net.nodeKind(j) == NodeKind::Product ? " * " : " + ";
    std::string combined;
    for (int e = 0; e < net.edgeCount(); ++e) {
        if (net.edges()[e].target != j) continue;
        const int s = net.edges()[e].source;
        const std::string operand = s < net.inputCount() ? input(s) : SampledModel::hiddenName(s - net.inputCount());
        const std::string t = term(d, model.primitive(e), model.coefficients(e), operand, net.domainMargin(s));
        if (!t.empty()) combined += (combined.empty() ? "" : join) + t;
    }
    return combined.empty() ? "0.0" : combined;
}

// W[o,:] * k + b[o]
std::string outputExpression(const SampledModel& model, int o) {
    const Network& net = model.network();
    std::string sum;
    for (int j = 0; j < net.hiddenCount(); ++j)
        sum += number(net.classifierWeight(o, j)) + " * " + SampledModel::hiddenName(j) + " + ";
    return sum + number(net.classifierBias(o));
}

std::string commentedEquations(const SampledModel& model, const std::string& prefix) {
    std::string text;
    for (const std::string& line : model.equations()) text += prefix + line + "\n";
    return text;
}

std::string nameList(const std::vector<std::string>& names) {
    std::string list;
    for (std::size_t i = 0; i < names.size(); ++i) list += (i ? ", " : "") + names[i];
    return list;
}

}  // namespace

std::string pythonSource(const SampledModel& model) {
    const Network& net = model.network();
    std::ostringstream out;
    out << "\"\"\"A model found by DARTS Studio.\n\n"
        << "Inputs (the columns of X, in this order): " << nameList(model.inputNames()) << "\n"
        << "Outputs (the columns of the result): " << nameList(model.outputNames()) << "\n\n"
        << commentedEquations(model, "    ") << "\"\"\"\n\n"
        << "import numpy as np\n\n\n"
        << "def predict(X):\n"
        << "    \"\"\"Predictions for the rows of X (n x " << net.inputCount() << "), as an array n x "
        << net.outputCount() << ".\"\"\"\n"
        << "    X = np.atleast_2d(np.asarray(X, dtype=float))\n"
        << "    x = [X[:, i] for i in range(" << net.inputCount() << ")]\n";
    for (int j = 0; j < net.hiddenCount(); ++j)
        out << "    " << SampledModel::hiddenName(j) << " = "
            << nodeExpression(kPython, model, j, [](int i) { return "x[" + std::to_string(i) + "]"; })
            << " + np.zeros(X.shape[0])\n";
    out << "    z = np.column_stack([";
    for (int o = 0; o < net.outputCount(); ++o) out << (o ? ", " : "") << outputExpression(model, o);
    out << "])\n";
    switch (net.outputType()) {
        case OutputType::Real: out << "    return z\n"; break;
        case OutputType::ProbabilityDistribution:
            out << "    e = np.exp(z - z.max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)\n";
            break;
        default: out << "    return 1.0 / (1.0 + np.exp(-z))\n";
    }
    return out.str();
}

std::string cSource(const SampledModel& model) {
    const Network& net = model.network();
    std::ostringstream out;
    out << "/* A model found by DARTS Studio.\n *\n";
    for (int i = 0; i < net.inputCount(); ++i) out << " * x[" << i << "] = " << model.inputNames()[i] << "\n";
    for (int o = 0; o < net.outputCount(); ++o) out << " * y[" << o << "] = " << model.outputNames()[o] << "\n";
    out << " *\n" << commentedEquations(model, " * ") << " */\n\n#include <math.h>\n\n"
        << "void darts_predict(const double *x, double *y) {\n";
    for (int j = 0; j < net.hiddenCount(); ++j)
        out << "    const double " << SampledModel::hiddenName(j) << " = "
            << nodeExpression(kC, model, j, [](int i) { return "x[" + std::to_string(i) + "]"; }) << ";\n";
    for (int o = 0; o < net.outputCount(); ++o) out << "    y[" << o << "] = " << outputExpression(model, o) << ";\n";
    switch (net.outputType()) {
        case OutputType::Real: break;
        case OutputType::ProbabilityDistribution:
            out << "    double top = y[0], sum = 0.0;\n"
                << "    for (int o = 1; o < " << net.outputCount() << "; ++o) top = fmax(top, y[o]);\n"
                << "    for (int o = 0; o < " << net.outputCount() << "; ++o) sum += y[o] = exp(y[o] - top);\n"
                << "    for (int o = 0; o < " << net.outputCount() << "; ++o) y[o] /= sum;\n";
            break;
        default:
            out << "    for (int o = 0; o < " << net.outputCount() << "; ++o) y[o] = 1.0 / (1.0 + exp(-y[o]));\n";
    }
    out << "}\n";
    return out.str();
}

std::string latexAlign(const std::vector<std::string>& equations) {
    std::string text = "\\begin{align}\n";
    for (std::size_t i = 0; i < equations.size(); ++i) {
        std::string line = equations[i];
        if (const auto eq = line.find(" = "); eq != std::string::npos) line.replace(eq, 3, " &= ");
        text += line + (i + 1 < equations.size() ? " \\\\\n" : "\n");
    }
    return text + "\\end{align}\n";
}

std::string latexBlock(const SampledModel& model, NumberStyle style) { return latexAlign(model.latexEquations(style)); }

std::string latexDocument(const SampledModel& model, NumberStyle style, int closedFormDigits) {
    std::string text = latexBlock(model, style);
    try {
        const ClosedForm form = closedForm(model, closedFormDigits);
        text += "% closed form: hidden nodes substituted, terms with coefficients below " +
                formatGeneral(form.dropThreshold, 2) + " left out\n" + latexAlign(form.latex);
    } catch (const std::exception&) {
        // The per-node form alone is still the whole model.
    }
    return text;
}

std::string predictionsCsv(const SampledModel& model, const Eigen::MatrixXd& X, const Eigen::MatrixXd& Y) {
    if (X.cols() != model.network().inputCount() || Y.cols() != model.network().outputCount() || X.rows() != Y.rows())
        throw std::invalid_argument("the data do not have the model's inputs and targets");
    const Eigen::MatrixXd predictions = model.predict(X);
    std::ostringstream out;
    std::vector<std::string> header = model.inputNames();
    for (const std::string& t : model.outputNames()) header.push_back(t);
    for (const std::string& t : model.outputNames()) header.push_back(t + "_predicted");
    for (const std::string& t : model.outputNames()) header.push_back(t + "_residual");
    for (std::size_t i = 0; i < header.size(); ++i) {
        const bool quote = header[i].find_first_of(",\"\n") != std::string::npos;
        std::string cell = header[i];
        if (quote) {
            for (std::size_t p = 0; (p = cell.find('"', p)) != std::string::npos; p += 2) cell.insert(p, 1, '"');
            cell = "\"" + cell + "\"";
        }
        out << (i ? "," : "") << cell;
    }
    out << "\n";
    for (Eigen::Index r = 0; r < X.rows(); ++r) {
        std::string row;
        for (Eigen::Index c = 0; c < X.cols(); ++c) row += formatRoundTrip(X(r, c)) + ",";
        for (Eigen::Index o = 0; o < Y.cols(); ++o) row += formatRoundTrip(Y(r, o)) + ",";
        for (Eigen::Index o = 0; o < Y.cols(); ++o) row += formatRoundTrip(predictions(r, o)) + ",";
        for (Eigen::Index o = 0; o < Y.cols(); ++o)
            row += formatRoundTrip(Y(r, o) - predictions(r, o)) + (o + 1 < Y.cols() ? "," : "");
        out << row << "\n";
    }
    return out.str();
}

}  // namespace darts
