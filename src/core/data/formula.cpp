#include "data/formula.h"

#include "util/number_text.h"
#include "util/random.h"

#include <ginac/ginac.h>
#include <ginac/parser.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace darts {

FormulaError::FormulaError(int column, int length, const std::string& message)
    : DataError(column > 0 ? "column " + std::to_string(column) + ": " + message : message),
      m_column(column),
      m_length(column > 0 ? std::max(length, 1) : 0),
      m_message(message) {}

// The compiled law: each node computes a whole column at once.
struct Formula::Node {
    enum class Op { Constant, Input, Sum, Product, Power, Exp, Log, Sin, Cos, Tan, Sinh, Cosh, Tanh, Abs };
    Op op = Op::Constant;
    double value = 0.0;  // Constant
    int input = -1;      // Input
    std::vector<Node> children;

    /// The same text for the same computation, whatever order GiNaC kept the terms in.
    std::string key() const {
        std::string text = std::to_string(static_cast<int>(op)) + "(" +
                           (op == Op::Constant ? formatRoundTrip(value) : std::to_string(input));
        for (const Node& child : children) text += "," + child.key();
        return text + ")";
    }

    Eigen::ArrayXd evaluate(const Eigen::MatrixXd& X) const {
        switch (op) {
            case Op::Constant: return Eigen::ArrayXd::Constant(X.rows(), value);
            case Op::Input: return X.col(input).array();
            case Op::Sum: {
                Eigen::ArrayXd r = children[0].evaluate(X);
                for (std::size_t i = 1; i < children.size(); ++i) r += children[i].evaluate(X);
                return r;
            }
            case Op::Product: {
                Eigen::ArrayXd r = children[0].evaluate(X);
                for (std::size_t i = 1; i < children.size(); ++i) r *= children[i].evaluate(X);
                return r;
            }
            case Op::Power: {
                const Eigen::ArrayXd base = children[0].evaluate(X);
                if (children[1].op == Op::Constant) {
                    const double p = children[1].value;
                    if (p == 2.0) return base.square();
                    if (p == 0.5) return base.sqrt();
                    if (p == -1.0) return base.inverse();
                    return base.pow(p);
                }
                return base.pow(children[1].evaluate(X));
            }
            case Op::Exp: return children[0].evaluate(X).exp();
            case Op::Log: return children[0].evaluate(X).log();
            case Op::Sin: return children[0].evaluate(X).sin();
            case Op::Cos: return children[0].evaluate(X).cos();
            case Op::Tan: return children[0].evaluate(X).tan();
            case Op::Sinh: return children[0].evaluate(X).sinh();
            case Op::Cosh: return children[0].evaluate(X).cosh();
            case Op::Tanh: return children[0].evaluate(X).tanh();
            case Op::Abs: return children[0].evaluate(X).abs();
        }
        throw std::logic_error("formula: unknown operation");
    }
};

namespace {

using GiNaC::ex;

// GiNaC's reference counts and registries are shared process-wide without locks. Parsing happens on the GUI
// thread (like the closed form, which has its own lock); this lock keeps concurrent parses apart.
std::mutex g_parseMutex;

// Readers for the parser's function table. GiNaC tells a C++ reader from a GiNaC function's serial number by the
// pointer's lowest bit, so these must be at least 2-aligned (GCC does not align functions at -O0).
__attribute__((aligned(16))) ex logisticReader(const GiNaC::exvector& a) { return 1 / (1 + GiNaC::exp(-a[0])); }
__attribute__((aligned(16))) ex reluReader(const GiNaC::exvector& a) { return (a[0] + GiNaC::abs(a[0])) / 2; }
__attribute__((aligned(16))) ex softplusReader(const GiNaC::exvector& a) { return GiNaC::log(1 + GiNaC::exp(a[0])); }

// Only these functions exist for the parser, so a misspelt one is a mistake rather than a new GiNaC function.
const GiNaC::prototype_table& functionTable() {
    static const GiNaC::prototype_table table = [] {
        const GiNaC::prototype_table& ginac = GiNaC::get_default_reader();
        GiNaC::prototype_table t;
        for (const char* name : {"exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "sqrt", "abs"})
            t[{name, 1}] = ginac.at({name, 1});
        t[{"pow", 2}] = ginac.at({"pow", 2});
        t[{"ln", 1}] = ginac.at({"log", 1});
        for (auto [name, reader] : {std::pair{"logistic", &logisticReader}, std::pair{"relu", &reluReader},
                                    std::pair{"softplus", &softplusReader}}) {
            if (reinterpret_cast<std::uintptr_t>(reader) & 1u) throw std::logic_error("formula: misaligned reader");
            t[{name, 1}] = reader;
        }
        return t;
    }();
    return table;
}

const char* const knownFunctions =
    "exp, log, ln, sin, cos, tan, sinh, cosh, tanh, sqrt, abs, pow, logistic, relu, softplus";

bool isIdentifierChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// 0-based start of the last whole-word occurrence of name that starts before end, or npos. Used only to point a
// message at a name the parser has already read.
std::size_t lastWordBefore(std::string_view text, std::string_view name, std::size_t end) {
    std::size_t found = std::string_view::npos;
    for (std::size_t p = text.find(name); p != std::string_view::npos && p < end; p = text.find(name, p + 1)) {
        const bool startOk = p == 0 || !isIdentifierChar(text[p - 1]);
        const bool endOk = p + name.size() >= text.size() || !isIdentifierChar(text[p + name.size()]);
        if (startOk && endOk) found = p;
    }
    return found;
}

// "x2" < "x10": digit runs compare by value.
bool naturalLess(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = std::isdigit(static_cast<unsigned char>(a[i])), db = std::isdigit(static_cast<unsigned char>(b[j]));
        if (da && db) {
            std::size_t ie = i, je = j;
            while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
            while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
            std::string_view na(a.data() + i, ie - i), nb(b.data() + j, je - j);
            while (na.size() > 1 && na.front() == '0') na.remove_prefix(1);
            while (nb.size() > 1 && nb.front() == '0') nb.remove_prefix(1);
            if (na.size() != nb.size()) return na.size() < nb.size();
            if (na != nb) return na < nb;
            i = ie;
            j = je;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j || (a.size() - i == b.size() - j && a < b);
}

// What GiNaC's parse_error says, without its "GiNaC: parse error at line 0, column 0: " prefix (it counts
// neither) and the source location it appends on a new line.
std::string coreMessage(const std::string& what) {
    std::string m = what.substr(0, what.find('\n'));
    const std::size_t column = m.find(", column ");
    if (column != std::string::npos) {
        const std::size_t colon = m.find(": ", column);
        if (colon != std::string::npos) m = m.substr(colon + 2);
    }
    return m;
}

// The offending token as the lexer saw it: the text after "got: ", unquoted; empty for the end of the text.
std::string gotToken(const std::string& message) {
    const std::size_t got = message.find("got: ");
    if (got == std::string::npos) return {};
    std::string t = message.substr(got + 5);
    if (t.size() >= 2 && t.front() == '"' && t.back() == '"') return t.substr(1, t.size() - 2);
    return {};  // EOF
}

// Turns a parse error on text (which starts at `offset` in the whole law) into a FormulaError at its column.
// The lexer reads one character past the token it is looking at, and every error is raised while that token
// is current, so the stream's position locates the token.
[[noreturn]] void throwAtToken(const GiNaC::parse_error& e, std::istringstream& stream, std::string_view text,
                               std::size_t offset) {
    const std::string message = coreMessage(e.what());
    // At the end of the text the lexer's look-ahead read nothing.
    const bool lookaheadHitEnd = stream.eof();
    stream.clear();
    const std::streamoff pos = stream.tellg();
    const std::size_t consumed = pos < 0 ? text.size() : std::min(static_cast<std::size_t>(pos), text.size());
    const std::size_t tokenEnd = lookaheadHitEnd || consumed == 0 ? text.size() : consumed - 1;
    const std::string token = gotToken(message);
    const auto column = [&](std::size_t index) { return static_cast<int>(offset + index + 1); };

    if (message.rfind("no function \"", 0) == 0) {
        const std::size_t q = message.find('"', 13);
        const std::string name = message.substr(13, q - 13);
        std::size_t at = lastWordBefore(text, name, tokenEnd);
        if (at == std::string_view::npos) at = 0;
        const bool known = std::string_view(knownFunctions).find(name) != std::string_view::npos &&
                           lastWordBefore(knownFunctions, name, std::string_view(knownFunctions).size()) !=
                               std::string_view::npos;
        if (known) {
            const int wanted = name == "pow" ? 2 : 1;
            throw FormulaError(column(at), static_cast<int>(name.size()),
                               name + " takes " + std::to_string(wanted) + (wanted == 1 ? " argument" : " arguments") +
                                   message.substr(message.find(" with ")).replace(0, 6, ", not "));
        }
        throw FormulaError(column(at), static_cast<int>(name.size()),
                           "unknown function \"" + name + "\" (known: " + knownFunctions + ")");
    }
    if (token.empty()) {
        // The text ended where something more was needed.
        const std::string what = message.rfind("expected ')'", 0) == 0 ? "a ')' is missing at the end"
                                                                         : "the law ends where an operand is expected";
        throw FormulaError(column(text.size()), 1, what);
    }
    std::size_t tokenStart = tokenEnd >= token.size() ? tokenEnd - token.size() : 0;
    if (std::isdigit(static_cast<unsigned char>(token[0])) || token[0] == '.') {
        // The lexer rewrites exponents ("1e5" becomes "1E+5"), so find the number's start in the text itself.
        tokenStart = tokenEnd;
        while (tokenStart > 0) {
            const char c = text[tokenStart - 1];
            const bool sign = (c == '+' || c == '-') && tokenStart >= 2 &&
                              (text[tokenStart - 2] == 'e' || text[tokenStart - 2] == 'E');
            if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' || sign)) break;
            --tokenStart;
        }
    }
    const int length = static_cast<int>(tokenEnd - tokenStart);
    std::string what;
    if (message.rfind("expected EOF", 0) == 0) {
        const bool name = isIdentifierChar(token[0]) || token[0] == '(';
        what = "unexpected \"" + token + "\"" + (name ? " (an operator such as '*' is missing before it)" : "");
    } else if (message.rfind("expected ')' or ','", 0) == 0) {
        what = "expected ')' or ',' but found \"" + token + "\"";
    } else if (message.rfind("expected ')'", 0) == 0) {
        what = "expected ')' but found \"" + token + "\"";
    } else if (message.rfind("unexpected token", 0) == 0) {
        what = "unexpected \"" + token + "\" (an operand is expected here)";
    } else {
        what = message;
    }
    throw FormulaError(column(tokenStart), length, what);
}

class Compiler {
public:
    Compiler(const std::vector<GiNaC::symbol>& inputs, std::string_view rhs, std::size_t offset)
        : m_inputs(inputs), m_rhs(rhs), m_offset(offset) {}

    Formula::Node compile(const ex& e) const {
        using Op = Formula::Node::Op;
        Formula::Node n;
        // Anything without inputs folds to a number now (constants such as Pi, exp(1), sqrt(2)).
        if (!hasInput(e)) {
            const ex v = e.evalf();
            if (!GiNaC::is_a<GiNaC::numeric>(v) || !GiNaC::ex_to<GiNaC::numeric>(v).is_real()) {
                const std::size_t at = lastWordBefore(m_rhs, "I", m_rhs.size());
                if (at != std::string_view::npos)
                    throw FormulaError(static_cast<int>(m_offset + at + 1), 1,
                                       "I is the imaginary unit; give this input another name");
                throw FormulaError(0, 0, "the law has a part that is not a real number: " + print(e));
            }
            n.value = GiNaC::ex_to<GiNaC::numeric>(v).to_double();
            return n;
        }
        if (GiNaC::is_a<GiNaC::symbol>(e)) {
            n.op = Op::Input;
            for (std::size_t i = 0; i < m_inputs.size(); ++i)
                if (e.is_equal(m_inputs[i])) n.input = static_cast<int>(i);
            if (n.input < 0) throw std::logic_error("formula: unknown symbol " + print(e));
            return n;
        }
        if (GiNaC::is_a<GiNaC::add>(e) || GiNaC::is_a<GiNaC::mul>(e)) {
            n.op = GiNaC::is_a<GiNaC::add>(e) ? Op::Sum : Op::Product;
            for (std::size_t i = 0; i < e.nops(); ++i) n.children.push_back(compile(e.op(i)));
            // GiNaC orders terms by hashes that may differ from run to run; rounding depends on the
            // order of a sum, so a fixed order keeps the data of a law the same bit for bit.
            std::sort(n.children.begin(), n.children.end(),
                      [](const Formula::Node& a, const Formula::Node& b) { return a.key() < b.key(); });
            return n;
        }
        if (GiNaC::is_a<GiNaC::power>(e)) {
            n.op = Op::Power;
            n.children = {compile(e.op(0)), compile(e.op(1))};
            return n;
        }
        if (GiNaC::is_a<GiNaC::function>(e) && e.nops() == 1) {
            static const std::vector<std::pair<std::string, Op>> functions = {
                {"exp", Op::Exp},   {"log", Op::Log},   {"sin", Op::Sin},   {"cos", Op::Cos}, {"tan", Op::Tan},
                {"sinh", Op::Sinh}, {"cosh", Op::Cosh}, {"tanh", Op::Tanh}, {"abs", Op::Abs}};
            const std::string name = GiNaC::ex_to<GiNaC::function>(e).get_name();
            for (const auto& [fname, op] : functions)
                if (fname == name) {
                    n.op = op;
                    n.children = {compile(e.op(0))};
                    return n;
                }
        }
        if (GiNaC::is_a<GiNaC::lst>(e)) {
            const std::size_t at = m_rhs.find('{');
            throw FormulaError(at == std::string_view::npos ? 0 : static_cast<int>(m_offset + at + 1), 1,
                               "lists {...} are not allowed in a law");
        }
        throw FormulaError(0, 0, "cannot evaluate " + print(e));
    }

private:
    bool hasInput(const ex& e) const {
        return std::any_of(m_inputs.begin(), m_inputs.end(), [&](const GiNaC::symbol& s) { return e.has(s); });
    }
    static std::string print(const ex& e) {
        std::ostringstream s;
        s << e;
        return s.str();
    }

    const std::vector<GiNaC::symbol>& m_inputs;
    std::string_view m_rhs;
    std::size_t m_offset;
};

bool isBlank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

std::size_t firstNonBlank(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    return i;
}

}  // namespace

Formula::Formula() = default;
Formula::~Formula() = default;
Formula::Formula(const Formula&) = default;
Formula& Formula::operator=(const Formula&) = default;
Formula::Formula(Formula&&) noexcept = default;
Formula& Formula::operator=(Formula&&) noexcept = default;

Formula Formula::parse(std::string_view text) {
    Formula f;
    f.m_text = std::string(text);
    const std::size_t eq = text.find('=');
    if (eq != std::string_view::npos) {
        const std::size_t second = text.find('=', eq + 1);
        if (second != std::string_view::npos)
            throw FormulaError(static_cast<int>(second + 1), 1, "a law has one '=' (target = expression)");
    }
    const std::size_t offset = eq == std::string_view::npos ? 0 : eq + 1;
    const std::string_view rhs = text.substr(offset);
    if (isBlank(rhs))
        throw FormulaError(static_cast<int>(offset + 1), 1,
                           eq == std::string_view::npos ? "type a law, such as y = 2*x1 + exp(5*x2)"
                                                        : "nothing right of '='");

    std::lock_guard lock(g_parseMutex);
    f.m_targetName = "y";
    if (eq != std::string_view::npos) {
        const std::string_view lhs = text.substr(0, eq);
        if (isBlank(lhs)) throw FormulaError(1, static_cast<int>(eq + 1), "name the target left of '=', or leave out '='");
        GiNaC::parser targetParser(GiNaC::symtab{}, false, GiNaC::prototype_table{});
        std::istringstream stream{std::string(lhs)};
        ex target;
        try {
            target = targetParser(stream);
        } catch (const GiNaC::parse_error&) {
            target = 0;  // reported below: not a single name
        } catch (const std::exception&) {
            target = 0;
        }
        if (!GiNaC::is_a<GiNaC::symbol>(target)) {
            const std::size_t start = firstNonBlank(lhs);
            std::size_t end = lhs.size();
            while (end > start && std::isspace(static_cast<unsigned char>(lhs[end - 1]))) --end;
            throw FormulaError(static_cast<int>(start + 1), static_cast<int>(end - start),
                               "left of '=' must be the target's name alone");
        }
        f.m_targetName = GiNaC::ex_to<GiNaC::symbol>(target).get_name();
    }

    // Not strict: every name the parser meets that is not a function becomes an input.
    GiNaC::parser parser(GiNaC::symtab{}, false, functionTable());
    std::istringstream stream{std::string(rhs)};
    ex expression;
    try {
        expression = parser(stream);
    } catch (const GiNaC::parse_error& e) {
        throwAtToken(e, stream, rhs, offset);
    } catch (const std::exception& e) {
        // GiNaC evaluates as it builds, so 1/0 or log(0) fail here.
        throw FormulaError(0, 0, std::string("the law cannot be computed: ") + e.what());
    }

    std::vector<GiNaC::symbol> inputs;
    for (const auto& [name, symbol] : parser.get_syms())
        if (GiNaC::is_a<GiNaC::symbol>(symbol)) inputs.push_back(GiNaC::ex_to<GiNaC::symbol>(symbol));
    std::sort(inputs.begin(), inputs.end(),
              [](const GiNaC::symbol& a, const GiNaC::symbol& b) { return naturalLess(a.get_name(), b.get_name()); });
    for (const GiNaC::symbol& s : inputs) {
        if (s.get_name() == f.m_targetName) {
            const std::size_t at = lastWordBefore(rhs, s.get_name(), rhs.size());
            throw FormulaError(static_cast<int>(offset + (at == std::string_view::npos ? 0 : at) + 1),
                               static_cast<int>(s.get_name().size()),
                               "the target " + f.m_targetName + " cannot also be an input");
        }
        f.m_inputNames.push_back(s.get_name());
    }

    f.m_root = std::make_shared<const Node>(Compiler(inputs, rhs, offset).compile(expression));
    std::ostringstream printed;
    printed << expression;
    f.m_expressionText = printed.str();
    return f;
}

Eigen::VectorXd Formula::evaluate(const Eigen::MatrixXd& X) const {
    if (!m_root) throw std::invalid_argument("formula: evaluate on an empty formula");
    if (X.cols() != static_cast<Eigen::Index>(m_inputNames.size()))
        throw std::invalid_argument("formula: " + std::to_string(X.cols()) + " columns for " +
                                    std::to_string(m_inputNames.size()) + " inputs");
    return m_root->evaluate(X).matrix();
}

long long generatedRowCount(const Formula& formula, const GenerationSettings& settings) {
    if (settings.count < 1) return 0;
    if (settings.sampling == Sampling::Random) return settings.count;
    long long rows = 1;
    for (std::size_t i = 0; i < formula.inputNames().size(); ++i) {
        rows *= settings.count;
        if (rows > maxGeneratedRows) return maxGeneratedRows + 1;  // enough to say "too many"
    }
    return rows;
}

Table generateTable(const Formula& formula, const GenerationSettings& settings) {
    const std::vector<std::string>& inputs = formula.inputNames();
    const std::size_t d = inputs.size();
    if (!formula.isValid()) throw DataError("no law to generate data from");
    if (d == 0) throw DataError("the law has no inputs: it needs at least one name such as x1");
    if (settings.ranges.size() != d)
        throw DataError(std::to_string(settings.ranges.size()) + " ranges for " + std::to_string(d) + " inputs");
    for (std::size_t k = 0; k < d; ++k) {
        const InputRange& r = settings.ranges[k];
        if (!std::isfinite(r.from) || !std::isfinite(r.to)) throw DataError("the range of " + inputs[k] + " is not finite");
    }
    const int minimum = settings.sampling == Sampling::Grid ? 2 : 1;
    if (settings.count < minimum)
        throw DataError(settings.sampling == Sampling::Grid ? "a grid needs at least 2 points along each input"
                                                            : "at least 1 point is needed");
    const long long rows = generatedRowCount(formula, settings);
    if (rows > maxGeneratedRows)
        throw DataError("that is more than " + std::to_string(maxGeneratedRows) + " rows; use fewer points");
    if (!std::isfinite(settings.noise) || settings.noise < 0.0) throw DataError("the noise must be 0 or more");

    Rng rng(settings.seed);
    Eigen::MatrixXd X(rows, static_cast<Eigen::Index>(d));
    if (settings.sampling == Sampling::Grid) {
        // The first input varies slowest, as in nested loops written in input order.
        for (Eigen::Index row = 0; row < rows; ++row) {
            long long rest = row;
            for (std::size_t k = d; k-- > 0;) {
                const long long step = rest % settings.count;
                rest /= settings.count;
                const InputRange& r = settings.ranges[k];
                X(row, static_cast<Eigen::Index>(k)) =
                    r.from + (r.to - r.from) * static_cast<double>(step) / static_cast<double>(settings.count - 1);
            }
        }
    } else {
        for (Eigen::Index row = 0; row < rows; ++row)
            for (std::size_t k = 0; k < d; ++k)
                X(row, static_cast<Eigen::Index>(k)) = uniform(rng, settings.ranges[k].from, settings.ranges[k].to);
    }

    Eigen::VectorXd y = formula.evaluate(X);
    for (Eigen::Index row = 0; row < rows; ++row) {
        if (std::isfinite(y(row))) continue;
        std::string point;
        for (std::size_t k = 0; k < d; ++k)
            point += (k ? ", " : "") + inputs[k] + " = " + formatGeneral(X(row, static_cast<Eigen::Index>(k)), 6);
        throw FormulaError(0, 0, "the law gives " + std::string(std::isnan(y(row)) ? "no number" : "an infinite value") +
                                     " at " + point + "; choose ranges where it is defined");
    }

    double sd = settings.noise;
    if (settings.noiseScale == NoiseScale::RelativeToSpread)
        sd *= rows > 1 ? std::sqrt((y.array() - y.mean()).square().sum() / static_cast<double>(rows)) : 0.0;
    if (sd > 0.0)
        for (Eigen::Index row = 0; row < rows; ++row) y(row) += sd * standardNormal(rng);

    Table table;
    table.source = "formula " + formula.text();
    table.columnNames = inputs;
    table.columnNames.push_back(formula.targetName());
    table.values.resize(rows, static_cast<Eigen::Index>(d + 1));
    table.values.leftCols(static_cast<Eigen::Index>(d)) = X;
    table.values.col(static_cast<Eigen::Index>(d)) = y;
    table.firstBadCell.assign(d + 1, std::nullopt);
    return table;
}

}  // namespace darts
