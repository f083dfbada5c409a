#include "recovery_laws.h"

#include "search/presets.h"
#include "util/random.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace darts::bench {
namespace {

double logistic(double t) { return 1.0 / (1.0 + std::exp(-t)); }

}  // namespace

std::string_view toString(LawSet set) {
    switch (set) {
        case LawSet::Classic: return "classic";
        case LawSet::Tuning: return "tuning";
        case LawSet::Test: return "test";
        case LawSet::Holdout: return "holdout";
        case LawSet::Fresh: return "fresh";
        case LawSet::Blind: return "blind";
    }
    return "";
}

const std::vector<RecoveryLaw>& recoveryLaws() {
    // Each law is a sum over hidden nodes of primitives of inputs or of earlier nodes, with the output layer's
    // fixed weights of one (the reference's default): a composition f(g(x)) therefore appears as g + f(g).
    // Ranges keep ln and 1/x away from their poles also in the extrapolation bands.
    static const std::vector<RecoveryLaw> laws = {
        {"lin-exp", LawSet::Classic, "y = 1.5*x1 - 0.5 + exp(0.8*x2)",
         [](const double* x) { return 1.5 * x[0] - 0.5 + std::exp(0.8 * x[1]); },
         "k1 = linear(x1) + linear_exp(x2)",
         {{-2.0, 2.0}, {-1.0, 2.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_exp"},
        {"sin-shift", LawSet::Classic, "y = sin(2*x1 + 0.5) + x2",
         [](const double* x) { return std::sin(2 * x[0] + 0.5) + x[1]; },
         "k1 = linear_sin(x1) + add(x2)", {{-2.0, 2.0}, {0.0, 3.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_sin"},
        {"log-lin", LawSet::Classic, "y = log(x1) - 2*x2",
         [](const double* x) { return std::log(x[0]) - 2 * x[1]; },
         "k1 = linear_ln(x1) + mult(x2)", {{1.0, 5.0}, {-1.0, 1.0}}, 0.01,
         "none,add,subtract,mult,linear,linear_ln"},
        {"reciprocal", LawSet::Classic, "y = 2/x1 + 0.5*x2",
         [](const double* x) { return 2 / x[0] + 0.5 * x[1]; },
         "k1 = linear_reciprocal(x1) + mult(x2)", {{1.0, 4.0}, {-2.0, 2.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_reciprocal"},
        {"exp-decay", LawSet::Classic, "y = 3 + 2*exp(-0.7*x1)",
         [](const double* x) { return 3 + 2 * std::exp(-0.7 * x[0]); },
         "k1 = linear_exp(x1), k2 = linear(x1) with a = 0, b = 3",
         {{0.0, 4.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_exp"},
        {"linear-3", LawSet::Classic, "y = 2*x1 - x2 + 0.5*x3 + 1",
         [](const double* x) { return 2 * x[0] - x[1] + 0.5 * x[2] + 1; },
         "k1 = linear(x1) + subtract(x2) + mult(x3)",
         {{-1.0, 1.0}, {-1.0, 1.0}, {-1.0, 1.0}}, 0.05,
         "none,add,subtract,mult,linear"},
        {"sum-sin", LawSet::Classic, "y = (x1 + x2) + sin(x1 + x2)",
         [](const double* x) { return (x[0] + x[1]) + std::sin(x[0] + x[1]); },
         "k1 = add(x1) + add(x2), k2 = linear_sin(k1)",
         {{-1.5, 1.5}, {-1.5, 1.5}}, 0.0,
         "none,add,subtract,mult,linear,linear_sin"},
        {"sum-recip", LawSet::Classic, "y = (x1 + 2*x2) + 1/(x1 + 2*x2)",
         [](const double* x) { return (x[0] + 2 * x[1]) + 1 / (x[0] + 2 * x[1]); },
         "k1 = add(x1) + mult(x2), k2 = linear_reciprocal(k1)",
         {{1.0, 3.0}, {0.5, 2.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_reciprocal"},
        {"noisy-sin", LawSet::Classic, "y = 0.5*x1 + sin(x2)",
         [](const double* x) { return 0.5 * x[0] + std::sin(x[1]); },
         "k1 = mult(x1) + linear_sin(x2)", {{-3.0, 3.0}, {-3.0, 3.0}}, 0.05,
         "none,add,subtract,mult,linear,linear_sin"},
        {"exp-log-3", LawSet::Classic, "y = exp(0.5*x1) + log(x2) - x3",
         [](const double* x) { return std::exp(0.5 * x[0]) + std::log(x[1]) - x[2]; },
         "k1 = linear_exp(x1) + linear_ln(x2) + subtract(x3)",
         {{-1.0, 2.0}, {1.0, 4.0}, {-1.0, 1.0}}, 0.0,
         "none,add,subtract,mult,linear,linear_exp,linear_ln"},

        // ---- The laws with their usual constants: the search was tuned on these.
        {"stevens", LawSet::Tuning, "y = S^0.8",
         [](const double* x) { return std::pow(x[0], 0.8); },
         "k1 = power(S)", {{1.0, 5.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::pow(x[0], p[1]) + p[2]; }, {1.0, 0.8, 0.0}},
        {"weber-fechner", LawSet::Tuning, "y = log(S2/S1)",
         [](const double* x) { return std::log(x[1] / x[0]); },
         "k1 = linear_ln(S1), k2 = linear_ln(S2), y = w1*k1 + w2*k2 + b", {{1.0, 5.0}, {1.0, 5.0}}, 0.01, "",
         OutputType::Real, [](const double* x, const double* p) { return p[0] * std::log(x[1]) - p[1] * std::log(x[0]) + p[2]; }, {1.0, 1.0, 0.0}},
        {"learning-curve", LawSet::Tuning, "y = 1 - (1 - P0)*exp(-0.03*t)",
         [](const double* x) { return 1 - (1 - x[0]) * std::exp(-0.03 * x[1]); },
         "k1 = linear(P0) * linear_exp(t), y = w1*k1 + b", {{0.1, 0.5}, {10.0, 100.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] - (p[1] - p[2] * x[0]) * std::exp(-p[3] * x[1]); }, {1.0, 1.0, 1.0, 0.03}},
        {"luce-choice", LawSet::Tuning, "y = 0.8*A1/(0.8*(A1 + A2) + 0.2*(B1 + B2))",
         [](const double* x) { return 0.8 * x[0] / (0.8 * (x[0] + x[1]) + 0.2 * (x[2] + x[3])); },
         "k1 = add(A1) + add(A2) + mult(B1) + mult(B2), k2 = mult(A1) * reciprocal(k1)",
         {{1.0, 5.0}, {1.0, 5.0}, {1.0, 5.0}, {1.0, 5.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[0] / (x[0] + p[1] * x[1] + p[2] * x[2] + p[3] * x[3]) + p[4]; }, {1.0, 1.0, 0.25, 0.25, 0.0}},
        {"expected-value", LawSet::Tuning, "y = logistic((0.5*PA*VA - 0.5*PB*VB)/0.1)",
         [](const double* x) { return logistic((0.5 * x[0] * x[2] - 0.5 * x[1] * x[3]) / 0.1); },
         "k1 = PA * VA, k2 = PB * VB (products), y = logistic(w1*k1 + w2*k2 + b)",
         {{0.2, 0.8}, {0.2, 0.8}, {0.5, 1.5}, {0.5, 1.5}}, 0.01, "", OutputType::Probability,
         [](const double* x, const double* p) { return logistic(p[0] * x[0] * x[2] - p[1] * x[1] * x[3] + p[2]); }, {5.0, 5.0, 0.0}},
        {"prospect", LawSet::Tuning, "y = logistic((PA^0.61*VA^0.88 - PB^0.61*VB^0.88)/0.2)",
         [](const double* x) {
             return logistic((std::pow(x[0], 0.61) * std::pow(x[2], 0.88) - std::pow(x[1], 0.61) * std::pow(x[3], 0.88)) / 0.2);
         },
         "k1 = power(PA) * power(VA), k2 = power(PB) * power(VB), y = logistic(w1*k1 + w2*k2 + b)",
         {{0.2, 0.8}, {0.2, 0.8}, {0.5, 1.5}, {0.5, 1.5}}, 0.01, "", OutputType::Probability,
         [](const double* x, const double* p) { return logistic(p[0] * std::pow(x[0], p[2]) * std::pow(x[2], p[1]) - p[3] * std::pow(x[1], p[5]) * std::pow(x[3], p[4]) + p[6]); }, {5.0, 0.88, 0.61, 5.0, 0.88, 0.61, 0.0}},
        {"task-switching", LawSet::Tuning, "y = logistic(3*((1 - exp(-1.5*x1)) - (1 - exp(-1.5*x2))))",
         [](const double* x) { return logistic(3 * ((1 - std::exp(-1.5 * x[0])) - (1 - std::exp(-1.5 * x[1])))); },
         "k1 = linear_exp(x1), k2 = linear_exp(x2), y = logistic(w1*k1 + w2*k2 + b)", {{0.2, 2.0}, {0.2, 2.0}}, 0.01, "",
         OutputType::Probability,
         [](const double* x, const double* p) { return logistic(p[0] * std::exp(-p[1] * x[1]) - p[2] * std::exp(-p[3] * x[0]) + p[4]); }, {3.0, 1.5, 3.0, 1.5, 0.0}},

        // ---- Laws of the same families made up apart: never tuned on.
        {"cobb-douglas", LawSet::Test, "y = 1.8*K^0.35*L^0.65",
         [](const double* x) { return 1.8 * std::pow(x[0], 0.35) * std::pow(x[1], 0.65); },
         "k1 = power(K) * power(L)", {{1.0, 5.0}, {1.0, 5.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::pow(x[0], p[1]) * std::pow(x[1], p[2]) + p[3]; }, {1.8, 0.35, 0.65, 0.0}},
        {"log-contrast", LawSet::Test, "y = 2 + 0.6*log(L/B)",
         [](const double* x) { return 2 + 0.6 * std::log(x[1] / x[0]); },
         "k1 = linear_ln(B), k2 = linear_ln(L), y = w1*k1 + w2*k2 + b", {{1.5, 6.0}, {1.5, 6.0}}, 0.01, "",
         OutputType::Real, [](const double* x, const double* p) { return p[0] + p[1] * std::log(x[1]) - p[2] * std::log(x[0]); }, {2.0, 0.6, 0.6}},
        {"approach", LawSet::Test, "y = 4 - (4 - Y0)*exp(-0.25*t)",
         [](const double* x) { return 4 - (4 - x[0]) * std::exp(-0.25 * x[1]); },
         "k1 = linear(Y0) * linear_exp(t), y = w1*k1 + b", {{0.0, 2.0}, {1.0, 12.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] - (p[1] - p[2] * x[0]) * std::exp(-p[3] * x[1]); }, {4.0, 4.0, 1.0, 0.25}},
        {"michaelis-menten", LawSet::Test, "y = 2.5*S/(0.8 + S)",
         [](const double* x) { return 2.5 * x[0] / (0.8 + x[0]); },
         "k1 = linear(S), k2 = add(S) * reciprocal(k1)", {{0.5, 5.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[0] / (p[1] + x[0]) + p[2]; }, {2.5, 0.8, 0.0}},
        {"matching", LawSet::Test, "y = R1/(R1 + 1.5*R2)",
         [](const double* x) { return x[0] / (x[0] + 1.5 * x[1]); },
         "k1 = add(R1) + mult(R2), k2 = add(R1) * reciprocal(k1)", {{1.0, 5.0}, {1.0, 5.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[0] / (x[0] + p[1] * x[1]) + p[2]; }, {1.0, 1.5, 0.0}},
        {"hyperbolic", LawSet::Test, "y = A/(1 + 0.3*D)",
         [](const double* x) { return x[0] / (1 + 0.3 * x[1]); },
         "k1 = linear(D), k2 = add(A) * reciprocal(k1)", {{1.0, 5.0}, {0.0, 10.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[0] / (1 + p[1] * x[1]) + p[2]; }, {1.0, 0.3, 0.0}},
        {"gamble", LawSet::Test, "y = logistic(2*(G*p - 0.5*C))",
         [](const double* x) { return logistic(2 * (x[1] * x[2] - 0.5 * x[0])); },
         "k1 = G * p (product), y = logistic(w1*k1 + w2*C + b) with k2 = mult(C)", {{0.5, 3.0}, {1.0, 4.0}, {0.1, 0.9}},
         0.01, "", OutputType::Probability,
         [](const double* x, const double* p) { return logistic(p[0] * x[1] * x[2] - p[1] * x[0] + p[2]); }, {2.0, 1.0, 0.0}},
        {"practice", LawSet::Test, "y = 1.5 + 6*N^(-0.4)",
         [](const double* x) { return 1.5 + 6 * std::pow(x[0], -0.4); },
         "k1 = power(N), y = k1 + b", {{5.0, 20.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] + p[1] * std::pow(x[0], p[2]); }, {1.5, 6.0, -0.4}},
        {"forgetting", LawSet::Test, "y = exp(-t/S)",
         [](const double* x) { return std::exp(-x[1] / x[0]); },
         "k1 = add(t) * reciprocal(S), k2 = linear_exp(k1)", {{1.0, 4.0}, {0.5, 5.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::exp(-p[1] * x[1] / x[0]) + p[2]; }, {1.0, 1.0, 0.0}},
        {"gravity", LawSet::Test, "y = 0.05*M1*M2/D^2",
         [](const double* x) { return 0.05 * x[1] * x[2] / (x[0] * x[0]); },
         "k1 = power(D) * add(M1) * mult(M2)", {{1.0, 4.0}, {2.0, 8.0}, {2.0, 8.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[1] * x[2] * std::pow(x[0], p[1]) + p[2]; }, {0.05, -2.0, 0.0}},
        {"ratio-of-sums", LawSet::Test, "y = (x1 + x2)/(x3 + 2*x4)",
         [](const double* x) { return (x[0] + x[1]) / (x[2] + 2 * x[3]); },
         "k1 = add(x3) + mult(x4), k2 = add(x1) + add(x2) ... k3 = k2 * reciprocal(k1)",
         {{1.0, 4.0}, {1.0, 4.0}, {1.0, 4.0}, {1.0, 4.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * (x[0] + p[1] * x[1]) / (x[2] + p[2] * x[3]) + p[3]; }, {1.0, 1.0, 2.0, 0.0}},

        // ---- Laws made up after the ratio move and run once (their misses were looked at afterwards).
        {"power-ratio", LawSet::Holdout, "y = 3*(x1/x2)^0.5",
         [](const double* x) { return 3 * std::sqrt(x[0] / x[1]); },
         "k1 = power(x1) * power(x2)", {{1.0, 6.0}, {1.0, 6.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::pow(x[0], p[1]) * std::pow(x[1], -p[2]) + p[3]; }, {3.0, 0.5, 0.5, 0.0}},
        {"decay-rate", LawSet::Holdout, "y = 2*exp(-0.4*k*t)",
         [](const double* x) { return 2 * std::exp(-0.4 * x[0] * x[1]); },
         "k1 = mult(k) * add(t), k2 = linear_exp(k1)", {{0.5, 2.0}, {0.5, 3.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::exp(-p[1] * x[0] * x[1]) + p[2]; }, {2.0, 0.4, 0.0}},
        {"hill", LawSet::Holdout, "y = 5*c^2/(1.5 + c^2)",
         [](const double* x) { return 5 * x[0] * x[0] / (1.5 + x[0] * x[0]); },
         "k1 = power(c) + 1.5, k2 = power(c) * reciprocal(k1)", {{0.6, 3.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::pow(x[0], p[1]) / (p[2] + std::pow(x[0], p[1])) + p[3]; }, {5.0, 2.0, 1.5, 0.0}},
        {"mixture-share", LawSet::Holdout, "y = (2*x1 + x2)/(x1 + x2)",
         [](const double* x) { return (2 * x[0] + x[1]) / (x[0] + x[1]); },
         "k1 = add(x1) + add(x2), k2 = (mult(x1) + add(x2)) * reciprocal(k1)", {{1.0, 5.0}, {1.0, 5.0}}, 0.01, "",
         OutputType::Real,
         [](const double* x, const double* p) { return p[0] * (x[0] + p[1] * x[1]) / (x[0] + p[2] * x[1]) + p[3]; }, {2.0, 0.5, 1.0, 0.0}},
        {"log-odds-choice", LawSet::Holdout, "y = logistic(1.5*log(A/B))",
         [](const double* x) { return logistic(1.5 * std::log(x[0] / x[1])); },
         "k1 = linear_ln(A), k2 = linear_ln(B), y = logistic(w1*k1 + w2*k2 + b)", {{2.0, 8.0}, {2.0, 8.0}}, 0.01, "",
         OutputType::Probability,
         [](const double* x, const double* p) { return logistic(p[0] * std::log(x[0]) - p[1] * std::log(x[1]) + p[2]); }, {1.5, 1.5, 0.0}},
        {"elasticity", LawSet::Holdout, "y = 0.7*x1^0.5 + 0.4*x2",
         [](const double* x) { return 0.7 * std::sqrt(x[0]) + 0.4 * x[1]; },
         "k1 = power(x1), k2 = mult(x2), y = w1*k1 + w2*k2", {{2.0, 9.0}, {0.0, 3.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::pow(x[0], p[1]) + p[2] * x[1] + p[3]; }, {0.7, 0.5, 0.4, 0.0}},

        // ---- Laws made up before the last changes to the search (pruning the output's offset), run once at
        // the end to report on: never tuned on nor looked at before.
        {"discounted-amount", LawSet::Fresh, "y = A*exp(-0.1*D)",
         [](const double* x) { return x[0] * std::exp(-0.1 * x[1]); },
         "k1 = add(A) * linear_exp(D)", {{1.0, 10.0}, {0.0, 20.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[0] * std::exp(-p[1] * x[1]) + p[2]; }, {1.0, 0.1, 0.0}},
        {"power-forgetting", LawSet::Fresh, "y = 0.9*(1 + t)^(-0.5)",
         [](const double* x) { return 0.9 / std::sqrt(1 + x[0]); },
         "k1 = linear(t), k2 = power(k1)", {{1.0, 10.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::pow(p[1] + x[0], -p[2]) + p[3]; }, {0.9, 1.0, 0.5, 0.0}},
        {"ideal-gas", LawSet::Fresh, "y = 0.08*n*t/v",
         [](const double* x) { return 0.08 * x[0] * x[1] / x[2]; },
         "k1 = add(n) * mult(t) * reciprocal(v)", {{1.0, 5.0}, {250.0, 350.0}, {10.0, 30.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[0] * x[1] * std::pow(x[2], -p[1]) + p[2]; }, {0.08, 1.0, 0.0}},
        {"drift-choice", LawSet::Fresh, "y = logistic(2*a*v)",
         [](const double* x) { return logistic(2 * x[0] * x[1]); },
         "k1 = add(a) * mult(v), y = logistic(w1*k1 + b)", {{0.5, 2.0}, {-1.0, 1.0}}, 0.01, "", OutputType::Probability,
         [](const double* x, const double* p) { return logistic(p[0] * x[0] * x[1] + p[1]); }, {2.0, 0.0}},
        {"demand", LawSet::Fresh, "y = 10*p^(-1.2)",
         [](const double* x) { return 10 * std::pow(x[0], -1.2); },
         "k1 = power(p)", {{2.0, 8.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::pow(x[0], -p[1]) + p[2]; }, {10.0, 1.2, 0.0}},
        {"michelson-contrast", LawSet::Fresh, "y = (x1 - x2)/(x1 + x2)",
         [](const double* x) { return (x[0] - x[1]) / (x[0] + x[1]); },
         "k1 = add(x1) + add(x2), k2 = (add(x1) + subtract(x2)) * reciprocal(k1)", {{1.0, 10.0}, {1.0, 10.0}}, 0.01, "",
         OutputType::Real,
         [](const double* x, const double* p) { return p[0] * (x[0] - p[1] * x[1]) / (x[0] + p[2] * x[1]) + p[3]; }, {1.0, 1.0, 1.0, 0.0}},

        // ---- Laws made up at the start of a later session, before its changes to the search, and run only
        // after them, to report on: never tuned on nor looked at before.
        {"psychometric", LawSet::Blind, "y = logistic((x - 3)/0.8)",
         [](const double* x) { return logistic((x[0] - 3) / 0.8); },
         "y = logistic(w1*mult(x) + b)", {{1.0, 5.0}}, 0.01, "", OutputType::Probability,
         [](const double* x, const double* p) { return logistic(p[0] * x[0] - p[1]); }, {1.25, 3.75}},
        {"loudness", LawSet::Blind, "y = 0.6*P^0.3",
         [](const double* x) { return 0.6 * std::pow(x[0], 0.3); },
         "k1 = power(P)", {{2.0, 10.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::pow(x[0], p[1]) + p[2]; }, {0.6, 0.3, 0.0}},
        {"risky-value", LawSet::Blind, "y = p*V^0.7",
         [](const double* x) { return x[1] * std::pow(x[0], 0.7); },
         "k1 = add(p) * power(V)", {{5.0, 20.0}, {0.1, 0.9}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[1] * std::pow(x[0], p[1]) + p[2]; }, {1.0, 0.7, 0.0}},
        {"hyperbolic-value", LawSet::Blind, "y = V/(1 + 0.05*D)",
         [](const double* x) { return x[1] / (1 + 0.05 * x[0]); },
         "k1 = linear(D), k2 = add(V) * reciprocal(k1)", {{0.0, 60.0}, {10.0, 100.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[1] / (1 + p[1] * x[0]) + p[2]; }, {1.0, 0.05, 0.0}},
        {"acquisition", LawSet::Blind, "y = L*(1 - exp(-0.2*n))",
         [](const double* x) { return x[0] * (1 - std::exp(-0.2 * x[1])); },
         "k1 = linear_exp(n), k2 = add(L) * linear(k1)", {{0.5, 2.0}, {1.0, 20.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[0] - p[1] * x[0] * std::exp(-p[2] * x[1]) + p[3]; }, {1.0, 1.0, 0.2, 0.0}},
        {"bernoulli-utility", LawSet::Blind, "y = 0.5*log(1 + 2*W)",
         [](const double* x) { return 0.5 * std::log(1 + 2 * x[0]); },
         "k1 = linear_ln(W)", {{2.0, 10.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * std::log(1 + p[1] * x[0]) + p[2]; }, {0.5, 2.0, 0.0}},
        {"illuminance", LawSet::Blind, "y = 40*S/d^2",
         [](const double* x) { return 40 * x[0] / (x[1] * x[1]); },
         "k1 = add(S) * power(d)", {{1.0, 5.0}, {1.0, 4.0}}, 0.01, "", OutputType::Real,
         [](const double* x, const double* p) { return p[0] * x[0] * std::pow(x[1], p[1]) + p[2]; }, {40.0, -2.0, 0.0}},
        {"speed-accuracy", LawSet::Blind, "y = logistic(2 - 3*exp(-0.5*t))",
         [](const double* x) { return logistic(2 - 3 * std::exp(-0.5 * x[0])); },
         "k1 = linear_exp(t), y = logistic(w1*k1 + b)", {{0.5, 6.0}}, 0.01, "", OutputType::Probability,
         [](const double* x, const double* p) { return logistic(p[0] - p[1] * std::exp(-p[2] * x[0])); }, {2.0, 3.0, 0.5}},
    };
    return laws;
}


const RecoveryLaw& findRecoveryLaw(std::string_view name) {
    std::string names;
    for (const RecoveryLaw& law : recoveryLaws()) {
        if (law.name == name) return law;
        names += (names.empty() ? "" : ", ") + std::string(law.name);
    }
    throw std::invalid_argument("no law '" + std::string(name) + "'; the laws are: " + names);
}

LawData trainingData(const RecoveryLaw& law, int sample) {
    Rng rng(1 + 1000 * static_cast<std::uint64_t>(sample));
    LawData data;
    data.X.resize(kTrainingRows, static_cast<Eigen::Index>(law.ranges.size()));
    for (Eigen::Index row = 0; row < data.X.rows(); ++row)
        for (Eigen::Index k = 0; k < data.X.cols(); ++k)
            data.X(row, k) = uniform(rng, law.ranges[static_cast<std::size_t>(k)].from, law.ranges[static_cast<std::size_t>(k)].to);
    data.y = noiselessValues(law, data.X);
    const double spread = std::sqrt((data.y.array() - data.y.mean()).square().mean());
    if (law.noise > 0.0)
        for (Eigen::Index row = 0; row < data.y.size(); ++row) data.y(row) += law.noise * spread * standardNormal(rng);
    return data;
}

Eigen::MatrixXd extrapolationInputs(const RecoveryLaw& law) {
    Rng rng(2);
    const auto inputs = static_cast<Eigen::Index>(law.ranges.size());
    Eigen::MatrixXd X(kExtrapolationRows, inputs);
    for (Eigen::Index row = 0; row < X.rows(); ++row)
        for (Eigen::Index k = 0; k < inputs; ++k) {
            const InputRange& r = law.ranges[static_cast<std::size_t>(k)];
            const double band = kBandShare * (r.to - r.from);
            X(row, k) = uniform01(rng) < 0.5 ? uniform(rng, r.from - band, r.from) : uniform(rng, r.to, r.to + band);
        }
    return X;
}

Eigen::MatrixXd inRangeInputs(const RecoveryLaw& law) {
    Rng rng(3);
    Eigen::MatrixXd X(kExtrapolationRows, static_cast<Eigen::Index>(law.ranges.size()));
    for (Eigen::Index row = 0; row < X.rows(); ++row)
        for (Eigen::Index k = 0; k < X.cols(); ++k)
            X(row, k) = uniform(rng, law.ranges[static_cast<std::size_t>(k)].from, law.ranges[static_cast<std::size_t>(k)].to);
    return X;
}

Eigen::VectorXd noiselessValues(const RecoveryLaw& law, const Eigen::MatrixXd& X) {
    if (X.cols() != static_cast<Eigen::Index>(law.ranges.size()) || X.cols() > kMaxInputs)
        throw std::invalid_argument("law " + std::string(law.name) + " takes " + std::to_string(law.ranges.size()) +
                                    " inputs, not " + std::to_string(X.cols()));
    Eigen::VectorXd y(X.rows());
    double point[kMaxInputs];
    for (Eigen::Index row = 0; row < X.rows(); ++row) {
        for (Eigen::Index k = 0; k < X.cols(); ++k) point[k] = X(row, k);
        y(row) = law.value(point);
    }
    return y;
}

std::vector<std::string> inputNames(const RecoveryLaw& law) { return Formula::parse(law.text).inputNames(); }

SearchConfig referenceConfig(const RecoveryLaw& law) {
    SearchConfig config;
    config.num_graph_nodes = 2;
    config.primitives = parsePrimitiveList(law.primitives.empty() ? kBroadPrimitives : law.primitives);
    config.output_type = law.output;
    // The reference's architecture optimiser (one Adam step per epoch at 3e-3) and complexity penalty;
    // twice its coefficient steps per epoch and 300 epochs in place of 10, so that every alpha can move
    // by up to about 1 (300 x 3e-3) while the coefficients keep up with the mixture.
    config.max_epochs = 300;
    config.arch_updates_per_epoch = 1;
    config.param_updates_per_epoch = 20;
    config.arch_learning_rate_max = 3e-3;
    config.validation_share = 0.2;
    return config;
}

SearchConfig discoveryConfig(const RecoveryLaw& law) {
    SearchConfig config = withPreset(findSearchPreset("discovery"), SearchConfig{});
    if (!law.primitives.empty()) config.primitives = parsePrimitiveList(law.primitives);
    config.output_type = law.output;
    return config;
}

}  // namespace darts::bench
