#include "ops/primitive.h"

#include "ops/vector_math.h"

#include <limits>
#include <stdexcept>

namespace darts {
namespace {

using A = Coefficient;
using Vec = Eigen::Map<Eigen::ArrayXd>;
using CVec = Eigen::Map<const Eigen::ArrayXd>;

constexpr PrimitiveGroup kPlain = PrimitiveGroup::Plain;
constexpr PrimitiveGroup kLinear = PrimitiveGroup::LinearTransform;
constexpr PrimitiveGroup kRisky = PrimitiveGroup::NotIdentifiable;
constexpr PrimitiveGroup kPower = PrimitiveGroup::Power;
constexpr SourceDomain kAny = SourceDomain::Any;
constexpr SourceDomain kPositive = SourceDomain::Positive;
constexpr SourceDomain kOneSign = SourceDomain::OneSign;

const std::vector<PrimitiveInfo> kPrimitives = {
    {Primitive::None, "none", "0", 0, {}, 0, kPlain},
    {Primitive::Add, "add", "x", 0, {}, 1, kPlain},
    {Primitive::Subtract, "subtract", "-x", 0, {}, 1, kPlain},
    {Primitive::Mult, "mult", "a*x", 1, {A::A}, 2, kLinear},
    {Primitive::Linear, "linear", "a*x + b", 2, {A::A, A::B}, 3, kLinear},
    {Primitive::Relu, "relu", "max(0, x)", 0, {}, 1, kPlain},
    {Primitive::LinearRelu, "linear_relu", "max(0, a*x + b)", 2, {A::A, A::B}, 3, kLinear},
    {Primitive::Logistic, "logistic", "1/(1 + exp(-x))", 0, {}, 1, kPlain},
    {Primitive::LinearLogistic, "linear_logistic", "logistic(a*x + b)", 2, {A::A, A::B}, 3, kLinear},
    {Primitive::Exp, "exp", "exp(x)", 0, {}, 1, kPlain},
    {Primitive::LinearExp, "linear_exp", "exp(a*x + b)", 2, {A::A, A::B}, 3, kLinear},
    {Primitive::Sin, "sin", "sin(x)", 0, {}, 1, kPlain},
    {Primitive::LinearSin, "linear_sin", "sin(a*x + b)", 2, {A::A, A::B}, 3, kLinear},
    {Primitive::Cos, "cos", "cos(x)", 0, {}, 1, kPlain},
    {Primitive::LinearCos, "linear_cos", "cos(a*x + b)", 2, {A::A, A::B}, 3, kLinear},
    {Primitive::Tanh, "tanh", "tanh(x)", 0, {}, 1, kPlain},
    {Primitive::LinearTanh, "linear_tanh", "tanh(a*x + b)", 2, {A::A, A::B}, 3, kLinear},
    {Primitive::Reciprocal, "reciprocal", "1/x", 0, {}, 1, kRisky, kOneSign},
    {Primitive::LinearReciprocal, "linear_reciprocal", "1/(a*x)", 1, {A::A}, 2, kRisky, kOneSign},
    {Primitive::Ln, "ln", "ln(x)", 0, {}, 1, kRisky, kPositive},
    {Primitive::LinearLn, "linear_ln", "ln(a*x)", 1, {A::A}, 2, kRisky, kOneSign},
    {Primitive::Softplus, "softplus", "ln(1 + exp(beta*x))/beta", 1, {A::Beta}, 2, kRisky},
    {Primitive::LinearSoftplus, "linear_softplus", "softplus(a*x)", 2, {A::A, A::Beta}, 3, kRisky},
    {Primitive::Softminus, "softminus", "x - ln(1 + exp(beta*x))/beta", 1, {A::Beta}, 2, kRisky},
    {Primitive::LinearSoftminus, "linear_softminus", "softminus(a*x)", 2, {A::A, A::Beta}, 3, kRisky},
    {Primitive::Power, "power", "a*x^b", 2, {A::A, A::Exponent}, 3, kPower, kPositive},
    {Primitive::Square, "square", "x^2", 0, {}, 1, kPower, kAny},
    {Primitive::Cube, "cube", "x^3", 0, {}, 1, kPower, kAny},
    {Primitive::Sqrt, "sqrt", "sqrt(x)", 0, {}, 1, kPower, SourceDomain::NonNegative},
};

// Softplus ln(1 + exp(t)) in the form that cannot overflow (the reference's
// direct form returns inf for t > 709).
template <typename Derived>
auto stableSoftplus(const Eigen::ArrayBase<Derived>& t) {
    return t.max(0.0) + (-t.abs()).exp().log1p();
}

template <typename Derived>
auto sigmoidOf(const Eigen::ArrayBase<Derived>& t) {
    return 1.0 / (1.0 + (-t).exp());
}

// The reference's guarded logarithm: ln(t + 1e-10) where t > 0, else 0.
template <typename Derived>
auto guardedLn(const Eigen::ArrayBase<Derived>& t) {
    return (t > 0.0).select((t.max(0.0) + kLnEpsilon).log(), 0.0);
}

template <typename Derived>
auto guardedLnDerivative(const Eigen::ArrayBase<Derived>& t) {
    return (t > 0.0).select(1.0 / (t.max(0.0) + kLnEpsilon), 0.0);
}

// Domain safety (a domain margin d > 0). An argument z of a function defined for z > 0 (ln, powers)
// is replaced by
//     G(z) = z                  for z >= d,
//            d^2 / (2d - z)     below,
// which meets z at d with the same slope and stays positive however far z falls (towards 0 like
// d^2/|z|, so that a negative exponent cannot overflow as an exponential continuation would).
// 1/z becomes, for |z| < d, the odd cubic 2z/d^2 - z^3/d^4 that meets 1/z at +-d with the same slope
// (at most 1.09/d in size). Inside the domain, at least d from its edge, nothing changes, so a model
// whose arguments stay there is exactly the law it prints.
template <typename Derived>
auto positiveGuard(const Eigen::ArrayBase<Derived>& z, double d) {
    return (z >= d).select(z, d * d / (2.0 * d - z));
}

template <typename Derived>
auto positiveGuardSlope(const Eigen::ArrayBase<Derived>& z, double d) {
    return (z >= d).select(1.0, (d / (2.0 * d - z)).square());
}

// d/dz ln(G(z)) = G'(z) / G(z).
template <typename Derived>
auto guardedLogSlope(const Eigen::ArrayBase<Derived>& z, double d) {
    return (z >= d).select(1.0 / z, 1.0 / (2.0 * d - z));
}

template <typename Derived>
auto guardedReciprocal(const Eigen::ArrayBase<Derived>& z, double d) {
    return (z.abs() >= d).select(1.0 / z, z * (2.0 / (d * d) - z.square() / (d * d * d * d)));
}

template <typename Derived>
auto guardedReciprocalSlope(const Eigen::ArrayBase<Derived>& z, double d) {
    return (z.abs() >= d).select(-1.0 / z.square(), 2.0 / (d * d) - 3.0 * z.square() / (d * d * d * d));
}

// Writes dL/da, dL/db (when `withB`) and dL/dx for z = a*x (+ b), given gz = dL/dz.
void backThroughLinear(const double* coeff, bool withB, const CVec& x, const CVec& gz, double* coeffGrad,
                       double* dx, Eigen::Index n) {
    if (coeffGrad) {
        coeffGrad[0] += (gz * x).sum();
        if (withB) coeffGrad[1] += gz.sum();
    }
    if (dx) Vec(dx, n) += coeff[0] * gz;
}

}  // namespace

const std::vector<PrimitiveInfo>& allPrimitives() { return kPrimitives; }

const PrimitiveInfo& primitiveInfo(Primitive p) { return kPrimitives[static_cast<std::size_t>(p)]; }

std::string validPrimitiveNames() {
    std::string names;
    for (const auto& info : kPrimitives) {
        if (!names.empty()) names += ", ";
        names += info.name;
    }
    return names + " (zero is an alias of none)";
}

Primitive primitiveFromName(std::string_view name) {
    if (name == "zero") return Primitive::None;
    for (const auto& info : kPrimitives)
        if (info.name == name) return info.id;
    throw std::invalid_argument("unknown primitive '" + std::string(name) +
                                "'; valid names are: " + validPrimitiveNames());
}

std::vector<Primitive> parsePrimitiveList(std::string_view text) {
    std::vector<Primitive> list;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        std::string_view item = text.substr(start, comma - start);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (item.empty()) throw std::invalid_argument("empty primitive name in '" + std::string(text) + "'");
        const Primitive p = primitiveFromName(item);
        for (Primitive q : list)
            if (q == p)
                throw std::invalid_argument("primitive '" + std::string(primitiveInfo(p).name) +
                                            "' is listed twice");
        list.push_back(p);
        start = comma + 1;
    }
    return list;
}

std::string primitiveListToString(const std::vector<Primitive>& list) {
    std::string text;
    for (Primitive p : list) {
        if (!text.empty()) text += ",";
        text += primitiveInfo(p).name;
    }
    return text;
}

std::vector<Primitive> referenceDefaultPrimitives() {
    return {Primitive::None,   Primitive::Add,  Primitive::Subtract,  Primitive::Linear,
            Primitive::LinearLogistic, Primitive::Mult, Primitive::LinearRelu};
}

int operationCost(Primitive p) {
    switch (p) {
        case Primitive::None: return 0;
        case Primitive::Add:
        case Primitive::Subtract:
        case Primitive::Mult:
        case Primitive::Linear: return 1;
        case Primitive::Relu:
        case Primitive::LinearRelu:
        case Primitive::Reciprocal:
        case Primitive::LinearReciprocal:
        case Primitive::Power:
        case Primitive::Square:
        case Primitive::Cube:
        case Primitive::Sqrt: return 2;
        default: return 3;
    }
}

double initialCoefficient(Coefficient c, double u) {
    return c == Coefficient::Beta || c == Coefficient::Exponent ? 1.0 : u;
}

bool columnInDomain(SourceDomain domain, const Eigen::Ref<const Eigen::VectorXd>& column) {
    const auto x = column.array();
    switch (domain) {
        case SourceDomain::Any: return true;
        case SourceDomain::Positive: return (x > 0.0).all();
        case SourceDomain::NonNegative: return (x >= 0.0).all();
        case SourceDomain::OneSign: return (x > 0.0).all() || (x < 0.0).all();
    }
    return false;
}

std::string_view domainText(SourceDomain domain) {
    switch (domain) {
        case SourceDomain::Any: return "any values";
        case SourceDomain::Positive: return "positive values";
        case SourceDomain::NonNegative: return "values of zero or more";
        case SourceDomain::OneSign: return "values all of one sign, none of them zero";
    }
    return "";
}

bool argumentInDomain(Primitive p, const double* coeff, const double* xp, Eigen::Index n, double d) {
    const CVec x(xp, n);
    switch (p) {
        case Primitive::Ln:
        case Primitive::Power: return d > 0.0 ? (x >= d).all() : (x > 0.0).all();
        case Primitive::LinearLn: return d > 0.0 ? (coeff[0] * x >= d).all() : (coeff[0] * x > 0.0).all();
        case Primitive::Sqrt: return (x >= 0.0).all();
        case Primitive::Reciprocal: return d > 0.0 ? (x.abs() >= d).all() : (x != 0.0).all();
        case Primitive::LinearReciprocal:
            return d > 0.0 ? ((coeff[0] * x).abs() >= d).all() : (coeff[0] * x != 0.0).all();
        default: return true;
    }
}

void evaluatePrimitive(Primitive p, const double* coeff, const double* xp, double* yp, Eigen::Index n,
                       double d) {
    const CVec x(xp, n);
    Vec y(yp, n);
    const bool smooth = d > 0.0;
    switch (p) {
        case Primitive::None: y.setZero(); break;
        case Primitive::Add: y = x; break;
        case Primitive::Subtract: y = -x; break;
        case Primitive::Mult: y = coeff[0] * x; break;
        case Primitive::Linear: y = coeff[0] * x + coeff[1]; break;
        case Primitive::Relu: y = x.max(0.0); break;
        case Primitive::LinearRelu: y = (coeff[0] * x + coeff[1]).max(0.0); break;
        case Primitive::Logistic:
            y = x;
            logisticInPlace(yp, n);
            break;
        case Primitive::LinearLogistic:
            y = coeff[0] * x + coeff[1];
            logisticInPlace(yp, n);
            break;
        case Primitive::Exp:
            y = x;
            expInPlace(yp, n);
            break;
        case Primitive::LinearExp:
            y = coeff[0] * x + coeff[1];
            expInPlace(yp, n);
            break;
        case Primitive::Sin: y = x.sin(); break;
        case Primitive::LinearSin: y = (coeff[0] * x + coeff[1]).sin(); break;
        case Primitive::Cos: y = x.cos(); break;
        case Primitive::LinearCos: y = (coeff[0] * x + coeff[1]).cos(); break;
        case Primitive::Tanh: y = x.tanh(); break;
        case Primitive::LinearTanh: y = (coeff[0] * x + coeff[1]).tanh(); break;
        case Primitive::Reciprocal:
            if (smooth)
                y = guardedReciprocal(x, d);
            else
                y = x.inverse();
            break;
        case Primitive::LinearReciprocal:
            if (smooth)
                y = guardedReciprocal(coeff[0] * x, d);
            else
                y = (coeff[0] * x).inverse();
            break;
        case Primitive::Ln:
            if (smooth)
                y = positiveGuard(x, d).log();
            else
                y = guardedLn(x);
            break;
        case Primitive::LinearLn:
            if (smooth)
                y = positiveGuard(coeff[0] * x, d).log();
            else
                y = guardedLn(coeff[0] * x);
            break;
        case Primitive::Softplus: y = stableSoftplus(coeff[0] * x) / coeff[0]; break;
        case Primitive::LinearSoftplus: y = stableSoftplus(coeff[1] * (coeff[0] * x)) / coeff[1]; break;
        case Primitive::Softminus: y = x - stableSoftplus(coeff[0] * x) / coeff[0]; break;
        case Primitive::LinearSoftminus: {
            y = coeff[0] * x;
            y -= stableSoftplus(coeff[1] * y) / coeff[1];
            break;
        }
        case Primitive::Power:
            // a*u^b as a*exp(b*ln(u)): Eigen's log and our exp are vectorised, pow is not.
            if (smooth)
                y = coeff[1] * positiveGuard(x, d).log();
            else
                y = coeff[1] * x.max(std::numeric_limits<double>::min()).log();
            expInPlace(yp, n);
            if (smooth)
                y *= coeff[0];
            else
                y = (x > 0.0).select(coeff[0] * y, 0.0);
            break;
        case Primitive::Square: y = x.square(); break;
        case Primitive::Cube: y = x.cube(); break;
        case Primitive::Sqrt:
            if (smooth)
                y = positiveGuard(x, d).sqrt();
            else
                y = (x > 0.0).select(x.sqrt(), 0.0);
            break;
    }
}

void backpropagatePrimitive(Primitive p, const double* coeff, const double* xp, const double* yp,
                            const double* gp, double* coeffGrad, double* dxp, double* scratchp,
                            Eigen::Index n, double d) {
    const CVec x(xp, n), y(yp, n), g(gp, n);
    const bool smooth = d > 0.0;
    Vec gz(scratchp, n);  // dL/d(inner argument) for the composed primitives
    const CVec gzc(scratchp, n);
    auto addDx = [&](const auto& expr) {
        if (dxp) Vec(dxp, n) += expr;
    };
    switch (p) {
        case Primitive::None: return;
        case Primitive::Add: addDx(g); return;
        case Primitive::Subtract: addDx(-g); return;
        case Primitive::Mult:
        case Primitive::Linear:
            backThroughLinear(coeff, p == Primitive::Linear, x, g, coeffGrad, dxp, n);
            return;
        case Primitive::Relu: addDx((x > 0.0).select(g, 0.0)); return;
        case Primitive::LinearRelu: gz = (y > 0.0).select(g, 0.0); break;
        case Primitive::Logistic: addDx(g * y * (1.0 - y)); return;
        case Primitive::LinearLogistic: gz = g * y * (1.0 - y); break;
        case Primitive::Exp: addDx(g * y); return;
        case Primitive::LinearExp: gz = g * y; break;
        case Primitive::Sin: addDx(g * x.cos()); return;
        case Primitive::LinearSin: gz = g * (coeff[0] * x + coeff[1]).cos(); break;
        case Primitive::Cos: addDx(-g * x.sin()); return;
        case Primitive::LinearCos: gz = -g * (coeff[0] * x + coeff[1]).sin(); break;
        case Primitive::Tanh: addDx(g * (1.0 - y.square())); return;
        case Primitive::LinearTanh: gz = g * (1.0 - y.square()); break;
        case Primitive::Reciprocal:
            if (smooth)
                addDx(g * guardedReciprocalSlope(x, d));
            else
                addDx(-g * y.square());
            return;
        case Primitive::LinearReciprocal:
            if (smooth)
                gz = g * guardedReciprocalSlope(coeff[0] * x, d);
            else
                gz = -g * y.square();
            break;
        case Primitive::Ln:
            if (smooth)
                addDx(g * guardedLogSlope(x, d));
            else
                addDx(g * guardedLnDerivative(x));
            return;
        case Primitive::LinearLn:
            if (smooth)
                gz = g * guardedLogSlope(coeff[0] * x, d);
            else
                gz = g * guardedLnDerivative(coeff[0] * x);
            break;
        case Primitive::Square: addDx(2.0 * g * x); return;
        case Primitive::Cube: addDx(3.0 * g * x.square()); return;
        case Primitive::Sqrt:
            // d sqrt(u) / du = 1 / (2 sqrt(u)) = 1 / (2 y), where y > 0 (else the primitive is constant)
            if (smooth)
                addDx(g * 0.5 / y * positiveGuardSlope(x, d));
            else
                addDx((y > 0.0).select(g * 0.5 / y, 0.0));
            return;
        case Primitive::Power: {
            // y = a*u^b with u = G(x) (or x where x > 0, else y = 0): dy/da = u^b, dy/db = y ln(u),
            // dy/dx = b*y/u * du/dx.
            const double a = coeff[0], b = coeff[1];
            if (smooth) {
                const auto u = positiveGuard(x, d);
                gz = b * u.log();
                expInPlace(scratchp, n);  // u^b
                if (coeffGrad) {
                    coeffGrad[0] += (g * gzc).sum();
                    coeffGrad[1] += a * (g * gzc * u.log()).sum();
                }
                addDx(g * (a * b) * gzc / u * positiveGuardSlope(x, d));
            } else {
                const auto u = x.max(std::numeric_limits<double>::min());
                gz = b * u.log();
                expInPlace(scratchp, n);
                gz = (x > 0.0).select(gzc, 0.0);
                if (coeffGrad) {
                    coeffGrad[0] += (g * gzc).sum();
                    coeffGrad[1] += a * (x > 0.0).select(g * gzc * u.log(), 0.0).sum();
                }
                addDx((x > 0.0).select(g * (a * b) * gzc / u, 0.0));
            }
            return;
        }
        case Primitive::Softplus:
        case Primitive::Softminus: {
            // sp(x) = softplus(beta*x)/beta: d/dx = sigmoidOf(beta*x), d/dbeta = (x*sigmoidOf(beta*x) - sp)/beta
            const double beta = coeff[0];
            const double sign = p == Primitive::Softplus ? 1.0 : -1.0;
            gz = sigmoidOf(beta * x);  // d sp / dx
            if (coeffGrad) {
                const auto sp = stableSoftplus(beta * x) / beta;
                coeffGrad[0] += sign * (g * (x * gzc - sp)).sum() / beta;
            }
            if (p == Primitive::Softplus)
                addDx(g * gzc);
            else
                addDx(g * (1.0 - gzc));
            return;
        }
        case Primitive::LinearSoftplus:
        case Primitive::LinearSoftminus: {
            const double a = coeff[0], beta = coeff[1];
            const double sign = p == Primitive::LinearSoftplus ? 1.0 : -1.0;
            const auto z = a * x;
            gz = sigmoidOf(beta * z);  // d sp(z) / dz
            if (coeffGrad) {
                const auto sp = stableSoftplus(beta * z) / beta;
                coeffGrad[1] += sign * (g * (z * gzc - sp)).sum() / beta;
            }
            if (p == Primitive::LinearSoftplus)
                gz = g * gzc;
            else
                gz = g * (1.0 - gzc);
            backThroughLinear(coeff, false, x, gzc, coeffGrad, dxp, n);
            return;
        }
    }
    // The composed primitives f(a*x + b) (or f(a*x)) end here with gz = dL/dz.
    const bool hasB = primitiveInfo(p).coefficientCount == 2;
    backThroughLinear(coeff, hasB, x, gzc, coeffGrad, dxp, n);
}

}  // namespace darts
