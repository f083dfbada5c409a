#include "model/term_text.h"

#include "util/number_text.h"

#include <cctype>
#include <cmath>

namespace darts {
namespace {

// "2.5*x" or "2.5 x" (a product of a coefficient and an operand).
std::string product(const std::string& coefficient, const std::string& x, Notation n) {
    return n == Notation::Console ? coefficient + "*" + x : coefficient + " " + x;
}

std::string call(const char* console, const char* latex, const std::string& inner, Notation n) {
    if (n == Notation::Console) return std::string(console) + "(" + inner + ")";
    return std::string(latex) + "\\left(" + inner + "\\right)";
}

}  // namespace

std::string NumberStyle::format(double value, Notation notation) const {
    if (value == 0.0) value = 0.0;  // no "-0"
    std::string text = fixedDecimals ? formatFixed(value, digits) : formatGeneral(value, digits);
    if (notation == Notation::Latex) {
        const auto e = text.find('e');
        if (e != std::string::npos) {
            const int exponent = std::stoi(text.substr(e + 1));
            text = text.substr(0, e) + " \\cdot 10^{" + std::to_string(exponent) + "}";
        }
    }
    return text;
}

std::string termText(Primitive p, const double* c, const std::string& x, NumberStyle style, Notation n) {
    const bool console = n == Notation::Console;
    auto num = [&](double v) { return style.format(v, n); };
    auto linear = [&](bool withB) {
        std::string text = product(num(c[0]), x, n);
        return withB ? joinSum({text, num(c[1])}) : text;
    };
    // softplus(beta*z)/beta for an operand z already written
    auto softplus = [&](double beta, const std::string& z) {
        const std::string scaled = product(num(beta), z, n);
        if (console) return "ln(1 + exp(" + scaled + "))/" + num(beta);
        return "\\frac{1}{" + num(beta) + "} \\ln\\left(1 + e^{" + scaled + "}\\right)";
    };
    switch (p) {
        case Primitive::None: return "";
        case Primitive::Add: return x;
        case Primitive::Subtract: return "-" + x;
        case Primitive::Mult: return linear(false);
        case Primitive::Linear: return linear(true);
        case Primitive::Relu: return call("relu", "\\mathrm{relu}", x, n);
        case Primitive::LinearRelu: return call("relu", "\\mathrm{relu}", linear(true), n);
        case Primitive::Logistic: return call("logistic", "\\sigma", x, n);
        case Primitive::LinearLogistic: return call("logistic", "\\sigma", linear(true), n);
        case Primitive::Exp: return console ? call("exp", "", x, n) : "e^{" + x + "}";
        case Primitive::LinearExp: return console ? call("exp", "", linear(true), n) : "e^{" + linear(true) + "}";
        case Primitive::Sin: return call("sin", "\\sin", x, n);
        case Primitive::LinearSin: return call("sin", "\\sin", linear(true), n);
        case Primitive::Cos: return call("cos", "\\cos", x, n);
        case Primitive::LinearCos: return call("cos", "\\cos", linear(true), n);
        case Primitive::Tanh: return call("tanh", "\\tanh", x, n);
        case Primitive::LinearTanh: return call("tanh", "\\tanh", linear(true), n);
        case Primitive::Reciprocal: return console ? "1/" + x : "\\frac{1}{" + x + "}";
        case Primitive::LinearReciprocal:
            return console ? "1/(" + linear(false) + ")" : "\\frac{1}{" + linear(false) + "}";
        case Primitive::Ln: return call("ln", "\\ln", x, n);
        case Primitive::LinearLn: return call("ln", "\\ln", linear(false), n);
        case Primitive::Softplus: return softplus(c[0], x);
        case Primitive::LinearSoftplus: return softplus(c[1], console ? "(" + linear(false) + ")" : "\\left(" + linear(false) + "\\right)");
        case Primitive::Softminus: return joinSum({x, "-" + softplus(c[0], x)});
        case Primitive::LinearSoftminus: {
            const std::string z = linear(false);
            return joinSum({z, "-" + softplus(c[1], console ? "(" + z + ")" : "\\left(" + z + "\\right)")});
        }
        case Primitive::Power: return product(num(c[0]), power(x, num(c[1]), n), n);
        case Primitive::Square: return power(x, "2", n);
        case Primitive::Cube: return power(x, "3", n);
        case Primitive::Sqrt: return console ? call("sqrt", "", x, n) : "\\sqrt{" + x + "}";
    }
    return "";
}

std::string power(const std::string& x, const std::string& exponent, Notation n) {
    if (n == Notation::Latex) return x + "^{" + exponent + "}";
    return x + "^" + (exponent.front() == '-' ? "(" + exponent + ")" : exponent);
}

std::string joinProduct(const std::vector<std::string>& factors, Notation n) {
    std::string product;
    for (const std::string& factor : factors) {
        if (factor.empty()) continue;
        // A sum, a difference or a quotient keeps its own parentheses inside a product.
        const bool compound = factor.find(" + ") != std::string::npos || factor.find(" - ") != std::string::npos ||
                              (n == Notation::Console && factor.find('/') != std::string::npos) || factor.front() == '-';
        const std::string wrapped =
            compound ? (n == Notation::Console ? "(" + factor + ")" : "\\left(" + factor + "\\right)") : factor;
        product += (product.empty() ? "" : (n == Notation::Console ? "*" : " \\cdot ")) + wrapped;
    }
    return product.empty() ? "0" : product;
}

std::string joinSum(const std::vector<std::string>& terms) {
    std::string sum;
    for (const std::string& term : terms) {
        if (term.empty()) continue;
        if (sum.empty())
            sum = term;
        else if (term.front() == '-')
            sum += " - " + term.substr(1);
        else
            sum += " + " + term;
    }
    return sum.empty() ? "0" : sum;
}

std::string latexName(std::string_view name) {
    std::size_t letters = 0;
    while (letters < name.size() && std::isalpha(static_cast<unsigned char>(name[letters]))) ++letters;
    std::size_t digits = letters;
    while (digits < name.size() && std::isdigit(static_cast<unsigned char>(name[digits]))) ++digits;
    if (letters >= 1 && digits == name.size()) {
        const std::string stem(name.substr(0, letters));
        const std::string wrapped = letters == 1 ? stem : "\\mathrm{" + stem + "}";
        return digits > letters ? wrapped + "_{" + std::string(name.substr(letters)) + "}" : wrapped;
    }
    std::string escaped;
    for (char ch : name) {
        if (ch == '_' || ch == '%' || ch == '&' || ch == '#' || ch == '$' || ch == '{' || ch == '}')
            escaped += std::string("\\") + ch;
        else if (ch == '\\')
            escaped += "\\backslash{}";
        else if (ch == '^' || ch == '~')
            escaped += std::string("\\") + ch + "{}";
        else
            escaped += ch;
    }
    return "\\mathrm{" + escaped + "}";
}

}  // namespace darts
