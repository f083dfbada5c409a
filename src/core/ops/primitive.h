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
    Power,
    Square,
    Cube,
    Sqrt,
};

/// The trainable coefficients a primitive may carry (Exponent: the b of a*x^b).
enum class Coefficient : std::uint8_t { A, B, Beta, Exponent };

/// How the interface groups primitives.
enum class PrimitiveGroup : std::uint8_t { Plain, LinearTransform, Power, NotIdentifiable };

/// The values a primitive's source must take for it to be defined on every row: what domain
/// safety checks of an input column before it offers the primitive on that column's edges.
enum class SourceDomain : std::uint8_t {
    Any,
    Positive,     ///< x > 0 (ln, power)
    NonNegative,  ///< x >= 0 (sqrt)
    OneSign,      ///< all x > 0 or all x < 0: never zero, never changing sign (reciprocals, ln(a*x))
};

/// Domain safety's margin for values whose scale is not known beforehand (hidden nodes): an argument
/// closer than this to the edge of its domain (0) is bent back into it (see evaluatePrimitive).
inline constexpr double kDomainMargin = 1e-3;

struct PrimitiveInfo {
    Primitive id;
    std::string_view name;     ///< the reference's name, e.g. "linear_exp"
    std::string_view formula;  ///< in terms of x, a, b, beta
    int coefficientCount;      ///< 0..2
    std::array<Coefficient, 2> coefficients;  ///< the first coefficientCount are used
    int df;                    ///< 1 + coefficientCount, 0 for none (complexity penalty)
    PrimitiveGroup group;
    SourceDomain domain = SourceDomain::Any;
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

/// How complex an operation reads, for a model's complexity (an edge with this primitive): 1 for the
/// affine ones (add, subtract, mult, linear), 2 for powers, reciprocals and relu, 3 for the transcendental
/// functions (exp, ln, logistic, the trigonometric ones, softplus); 0 for none. An Occam's razor that, at
/// equal coefficients, prefers a*x + b to logistic(a*x + b).
int operationCost(Primitive p);

/// The reference regressor's default search space.
std::vector<Primitive> referenceDefaultPrimitives();

/// Starting value of coefficient `c` given a uniform draw u in [-1, 1]
/// (a and b start uniform in [-1, 1], like a 1-in 1-out linear layer; beta and an exponent start at 1).
double initialCoefficient(Coefficient c, double u);

/// Threshold below which ln's argument counts as outside its domain; the
/// reference adds the same 1e-10 inside the logarithm.
inline constexpr double kLnEpsilon = 1e-10;

/// Whether every value of a column lets the primitive be applied to it.
bool columnInDomain(SourceDomain domain, const Eigen::Ref<const Eigen::VectorXd>& column);
/// What the domain asks of a column, in words ("positive values"), for messages.
std::string_view domainText(SourceDomain domain);

/// Whether the primitive's argument (x, or a*x for ln(a*x) and 1/(a*x)) stays inside its domain on all n
/// values, at least `domainMargin` from its edge: where it does not, the model does not compute the
/// function it prints (the reference's 0, or domain safety's bend).
bool argumentInDomain(Primitive p, const double* coeff, const double* x, Eigen::Index n, double domainMargin);

/// y = op(x) over a batch of n values. `coeff` points at the primitive's
/// coefficients (may be null when it has none).
/// `domainMargin` 0 is the reference's behaviour outside a domain: ln, power and sqrt give 0 there,
/// reciprocal divides by whatever it gets. Above 0 it is domain safety: an argument z of ln, power
/// or sqrt below the margin d is replaced by d^2/(2d - z), and 1/z for |z| < d by a cubic, each
/// meeting the true function at d with the same slope, so that every value and derivative is
/// finite; arguments at least d inside the domain are not touched.
void evaluatePrimitive(Primitive p, const double* coeff, const double* x, double* y, Eigen::Index n,
                       double domainMargin = 0.0);

/// Back-propagates g = dL/dy through the primitive over a batch.
/// y must be the value evaluatePrimitive produced for x. Adds dL/dx to dx when
/// dx is not null, adds dL/dcoefficient to coeffGrad when it is not null.
/// `scratch` holds n doubles of working space (no allocation here).
void backpropagatePrimitive(Primitive p, const double* coeff, const double* x, const double* y,
                            const double* g, double* coeffGrad, double* dx, double* scratch,
                            Eigen::Index n, double domainMargin = 0.0);

}  // namespace darts
