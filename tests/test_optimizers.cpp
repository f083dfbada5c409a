// The update rules on their own, against steps computed by hand.

#include "optim/adam.h"
#include "optim/sgd.h"
#include "test_support.h"

#include <QtTest>

using namespace darts;

class TestOptimizers : public QObject {
    Q_OBJECT

private slots:
    void adamFollowsPyTorchsUpdate() {
        // theta = 1, lr 0.1, betas (0.5, 0.999), eps 1e-8, weight decay 0.01.
        // Step 1, g = 0.5: g' = 0.51, m = 0.255, v = 0.00026010; bias corrections 0.5 and 0.001
        // give mhat = 0.51, sqrt(vhat) = 0.51, so theta = 1 - 0.1 * 0.51 / (0.51 + 1e-8).
        Adam adam({0.1, 0.5, 0.999, 1e-8, 0.01});
        Eigen::MatrixXd theta(1, 1);
        theta(0, 0) = 1.0;
        adam.step(theta, Eigen::MatrixXd::Constant(1, 1, 0.5));
        DARTS_COMPARE_REL(theta(0, 0), 0.9000000019607843, 1e-15, 0.0);
        QCOMPARE(adam.stepCount(), 1LL);
        DARTS_COMPARE_REL(adam.firstMoment()(0, 0), 0.255, 1e-15, 0.0);
        DARTS_COMPARE_REL(adam.secondMoment()(0, 0), 0.001 * 0.51 * 0.51, 1e-12, 0.0);
        // Step 2, g = -0.25: g' = -0.241, m = 0.007, v = 0.0003179..., bias corrections 0.75 and 0.001999.
        adam.step(theta, Eigen::MatrixXd::Constant(1, 1, -0.25));
        DARTS_COMPARE_REL(theta(0, 0), 0.8976596368036485, 1e-14, 0.0);
    }

    void adamRestoreContinuesExactly() {
        Adam a({0.05, 0.5, 0.999, 1e-8, 0.0});
        Eigen::MatrixXd x = Eigen::MatrixXd::Constant(2, 2, 0.3);
        const Eigen::MatrixXd g = Eigen::MatrixXd::Constant(2, 2, 0.7);
        a.step(x, g);
        Adam b(a.settings());
        b.restore(a.stepCount(), a.firstMoment(), a.secondMoment());
        Eigen::MatrixXd y = x;
        a.step(x, g);
        b.step(y, g);
        QVERIFY(x == y);
    }

    void sgdWithMomentumAndMask() {
        // momentum 0.9, weight decay 0.1, lr 0.5; the second entry is masked out.
        MomentumSgd sgd(0.9, 0.1);
        Eigen::VectorXd theta(2);
        theta << 1.0, 2.0;
        Eigen::ArrayXd mask(2);
        mask << 1.0, 0.0;
        Eigen::VectorXd g(2);
        g << 0.1, -0.2;
        sgd.step(theta, g, mask, 0.5);  // v = 0.1 + 0.1*1 = 0.2; theta = 1 - 0.5*0.2
        DARTS_COMPARE_REL(theta[0], 0.9, 1e-15, 0.0);
        QCOMPARE(theta[1], 2.0);
        g << 0.3, 5.0;
        sgd.step(theta, g, mask, 0.5);  // v = 0.9*0.2 + (0.3 + 0.1*0.9) = 0.57; theta = 0.9 - 0.285
        DARTS_COMPARE_REL(theta[0], 0.615, 1e-15, 0.0);
        QCOMPARE(theta[1], 2.0);
    }

    void cosineScheduleRunsFromMaxToMin() {
        DARTS_COMPARE_REL(cosineLearningRate(0, 10, 0.025, 0.01), 0.025, 1e-15, 0.0);
        DARTS_COMPARE_REL(cosineLearningRate(5, 10, 0.025, 0.01), 0.0175, 1e-15, 0.0);
        DARTS_COMPARE_REL(cosineLearningRate(10, 10, 0.025, 0.01), 0.01, 1e-15, 0.0);
        // a quarter of the way: min + (max - min) * (1 + cos(pi/4)) / 2
        DARTS_COMPARE_REL(cosineLearningRate(25, 100, 1.0, 0.0), (1.0 + std::sqrt(0.5)) / 2.0, 1e-15, 0.0);
    }

    void clippingScalesOnlyLargeGradients() {
        Eigen::VectorXd g(2);
        g << 3.0, 4.0;
        QCOMPARE(clipGradientNorm(g, 10.0), 5.0);
        QCOMPARE(g[0], 3.0);
        QCOMPARE(clipGradientNorm(g, 1.0), 5.0);
        DARTS_COMPARE_REL(g[0], 3.0 / (5.0 + 1e-6), 1e-15, 0.0);
        DARTS_COMPARE_REL(g.norm(), 5.0 / (5.0 + 1e-6), 1e-15, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestOptimizers)
#include "test_optimizers.moc"
