#pragma once
/// @brief The candidate operations ("primitives") of a DARTS edge: names, formulas,
/// degrees of freedom, and batch kernels for their values and derivatives.

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace darts {

enum class Primitive : std::uint8_t {
    None,
    Add,
    Subtract,
    Mult,
    Linear,
    Relu,
    LinearRelu,
    Logistic,
    LinearLogistic,
    Exp,
    LinearExp,
    Sin,
    LinearSin,
    Cos,
    LinearCos,
    Tanh,
    LinearTanh,
    Reciprocal,
    LinearReciprocal,
    Ln,
    LinearLn,
    Softplus,
    LinearSoftplus,
    Softminus,
    LinearSoftminus,
};

/// The trainable coefficients a primitive may carry.
enum class Coefficient : std::uint8_t { A, B, Beta };

/// How the interface groups primitives.
enum class PrimitiveGroup : std::uint8_t { Plain, LinearTransform, NotIdentifiable };

struct PrimitiveInfo {
    Primitive id;
    std::string_view name;     ///< the reference's name, e.g. "linear_exp"
    std::string_view formula;  ///< in terms of x, a, b, beta
    int coefficientCount;      ///< 0..2
    std::array<Coefficient, 2> coefficients;  ///< the first coefficientCount are used
    int df;                    ///< 1 + coefficientCount, 0 for none (complexity penalty)
    PrimitiveGroup group;
};

/// All primitives in their canonical order.
const std::vector<PrimitiveInfo>& allPrimitives();
const PrimitiveInfo& primitiveInfo(Primitive p);

/// Looks a name up ("zero" is an alias of "none"); throws std::invalid_argument
/// with a message listing the valid names.
Primitive primitiveFromName(std::string_view name);
/// Parses "a,b,c"; throws std::invalid_argument on an unknown, repeated or missing name.
std::vector<Primitive> parsePrimitiveList(std::string_view commaSeparated);
std::string primitiveListToString(const std::vector<Primitive>& list);
std::string validPrimitiveNames();

/// The reference regressor's default search space.
std::vector<Primitive> referenceDefaultPrimitives();

/// Starting value of coefficient `c` given a uniform draw u in [-1, 1]
/// (a and b start uniform in [-1, 1], like a 1-in 1-out linear layer; beta starts at 1).
double initialCoefficient(Coefficient c, double u);

/// Threshold below which ln's argument counts as outside its domain; the
/// reference adds the same 1e-10 inside the logarithm.
inline constexpr double kLnEpsilon = 1e-10;

/// y = op(x) over a batch of n values. `coeff` points at the primitive's
/// coefficients (may be null when it has none).
void evaluatePrimitive(Primitive p, const double* coeff, const double* x, double* y, Eigen::Index n);

/// Back-propagates g = dL/dy through the primitive over a batch.
/// y must be the value evaluatePrimitive produced for x. Adds dL/dx to dx when
/// dx is not null, adds dL/dcoefficient to coeffGrad when it is not null.
/// `scratch` holds n doubles of working space (no allocation here).
void backpropagatePrimitive(Primitive p, const double* coeff, const double* x, const double* y,
                            const double* g, double* coeffGrad, double* dx, double* scratch,
                            Eigen::Index n);

}  // namespace darts
