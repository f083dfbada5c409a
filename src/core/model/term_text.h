#pragma once
/// @brief Text of one primitive with its fitted coefficients, in console or LaTeX notation.

#include "ops/primitive.h"

#include <string>
#include <string_view>
#include <vector>

namespace darts {

enum class Notation { Console, Latex };

/// How coefficients are written: significant digits ("%.4g") or fixed decimals ("%.2f").
struct NumberStyle {
    bool fixedDecimals = false;
    int digits = 4;
    std::string format(double value, Notation notation = Notation::Console) const;
};

/// The primitive applied to the operand `x` (already in the target notation),
/// e.g. "exp(2.5*x1 + 0.3)" or "e^{2.5 x_{1} + 0.3}"; "" for none.
std::string termText(Primitive p, const double* coeff, const std::string& x, NumberStyle style, Notation notation);

/// Joins terms into a sum, folding a leading minus into " - "; "0" when empty.
std::string joinSum(const std::vector<std::string>& terms);
/// Joins the factors of a product node ("*", or "\cdot" in LaTeX), parenthesising sums, differences,
/// quotients and negated factors; "0" when there is none (an empty node is 0).
std::string joinProduct(const std::vector<std::string>& factors, Notation notation);
/// x raised to an exponent already written: "x^0.8", "x^(-1.5)", "x^{0.8}".
std::string power(const std::string& x, const std::string& exponent, Notation notation);

/// A variable name in LaTeX: "x1" -> "x_{1}", "S2" -> "S_{2}", others in \mathrm{} with escapes.
std::string latexName(std::string_view name);

}  // namespace darts
