#pragma once
/// @brief A law typed by a person ("y = 2*x1 + exp(5*x2)"), parsed by GiNaC, and data sets generated from it.

#include "data/table.h"

#include <Eigen/Core>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace darts {

/// A mistake in a typed law: the message says what, column() says where (1-based, in the whole text).
class FormulaError : public DataError {
public:
    FormulaError(int column, int length, const std::string& message);
    int column() const { return m_column; }  ///< 1-based; 0 when the mistake has no one place
    int length() const { return m_length; }  ///< characters of the offending text (at least 1 when column > 0)
    const std::string& message() const { return m_message; }  ///< without the "column N: " prefix
private:
    int m_column;
    int m_length;
    std::string m_message;
};

/// A law y = f(x1, x2, ...). The text right of '=' is read by GiNaC's parser with a function table holding only
/// the functions below; every other name is an input. The target name (left of '=') is optional ("y" when absent).
///
/// Functions: exp, log and ln (natural logarithm), sin, cos, tan, sinh, cosh, tanh, sqrt, abs, pow(a, b) and a^b,
/// logistic(x) = 1/(1+exp(-x)), relu(x) = max(x, 0), softplus(x) = log(1+exp(x)); constants Pi, Euler, Catalan.
///
/// The parsed expression is compiled once into a small tree of whole-column operations, so evaluation needs no
/// GiNaC (and no lock): a Formula may be copied and evaluated from any thread.
class Formula {
public:
    /// Parses; throws FormulaError pointing at the mistake.
    static Formula parse(std::string_view text);

    Formula();
    ~Formula();
    Formula(const Formula&);
    Formula& operator=(const Formula&);
    Formula(Formula&&) noexcept;
    Formula& operator=(Formula&&) noexcept;

    const std::string& text() const { return m_text; }
    /// The right-hand side as GiNaC prints it after its own simplification (e.g. "2*x1+exp(5*x2)").
    const std::string& expressionText() const { return m_expressionText; }
    const std::string& targetName() const { return m_targetName; }
    /// Input names in natural order (x2 before x10).
    const std::vector<std::string>& inputNames() const { return m_inputNames; }
    bool isValid() const { return m_root != nullptr; }

    /// Values at each row of X (rows x inputs, in inputNames() order). Points outside the domain give NaN or inf;
    /// nothing throws but a wrong column count (std::invalid_argument).
    Eigen::VectorXd evaluate(const Eigen::MatrixXd& X) const;

    struct Node;

private:
    std::string m_text;
    std::string m_expressionText;
    std::string m_targetName;
    std::vector<std::string> m_inputNames;
    std::shared_ptr<const Node> m_root;  // immutable once built, so copies share it
};

enum class Sampling { Grid, Random };
enum class NoiseScale {
    Absolute,        ///< noise is the standard deviation in the target's units
    RelativeToSpread ///< noise is a fraction of the noiseless target's standard deviation
};

struct InputRange {
    double from = 0.0;
    double to = 1.0;
};

/// How to draw the inputs and the noise of a generated data set.
struct GenerationSettings {
    std::vector<InputRange> ranges;  ///< per input, in Formula::inputNames() order
    Sampling sampling = Sampling::Random;
    int count = 100;  ///< Random: rows; Grid: points along each input (rows = count^inputs)
    double noise = 0.0;  ///< standard deviation of the added Gaussian noise, see scale
    NoiseScale noiseScale = NoiseScale::RelativeToSpread;
    std::uint64_t seed = 1;
};

/// Rows of a generated data set for these settings (count for random, count^inputs for a grid).
long long generatedRowCount(const Formula& formula, const GenerationSettings& settings);

/// Upper bound on generated rows, so a mistyped grid size cannot exhaust memory.
inline constexpr long long maxGeneratedRows = 1'000'000;

/// A table with the inputs' columns then the target's. The same settings and seed give the same table.
/// Throws DataError for bad settings, FormulaError (column 0) naming the first point where the law is not finite.
Table generateTable(const Formula& formula, const GenerationSettings& settings);

}  // namespace darts
