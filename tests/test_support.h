#pragma once
// Helpers shared by the tests: tolerant comparison of numbers and finite differences.

#include <QtTest>

#include <Eigen/Core>

#include <cmath>
#include <functional>

namespace darts::test {

/// |a - b| <= rel * max(|a|, |b|) + abs
inline bool close(double a, double b, double rel, double abs = 0.0) {
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b)) + abs;
}

/// Central finite difference of f at x along coordinate i, step h.
inline double centralDifference(const std::function<double(const Eigen::VectorXd&)>& f, Eigen::VectorXd x, Eigen::Index i,
                                double h = 1e-6) {
    const double x0 = x[i];
    x[i] = x0 + h;
    const double up = f(x);
    x[i] = x0 - h;
    const double down = f(x);
    return (up - down) / (2.0 * h);
}

}  // namespace darts::test

/// QVERIFY2 with the two numbers in the message when they differ by more than the tolerance.
#define DARTS_COMPARE_REL(actual, expected, rel, abs)                                                              \
    do {                                                                                                          \
        const double a_ = (actual), e_ = (expected);                                                              \
        QVERIFY2(darts::test::close(a_, e_, (rel), (abs)),                                                        \
                 qPrintable(QStringLiteral("%1 = %2, expected %3 (rel %4, abs %5)")                               \
                                .arg(QStringLiteral(#actual)).arg(a_, 0, 'g', 17).arg(e_, 0, 'g', 17)             \
                                .arg(rel).arg(abs)));                                                            \
    } while (false)
