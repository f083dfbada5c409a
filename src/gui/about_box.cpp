#include "about_box.h"

#include "graph/graph_layout.h"
#include "model/closed_form.h"

#include <Eigen/Core>
#include <qcustomplot.h>

#include <QApplication>
#include <QMessageBox>

namespace darts::gui {

QString aboutHtml() {
    const QString eigen = QStringLiteral("%1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION);
    const QString row = QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td></tr>");
    QString libraries;
    libraries += row.arg(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    libraries += row.arg(QStringLiteral("Eigen"), eigen);
    libraries += row.arg(QStringLiteral("Graphviz"), graphvizVersion());
    libraries += row.arg(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR));
    libraries += row.arg(QStringLiteral("GiNaC"), QString::fromStdString(darts::algebraLibraryVersion()));
    return QStringLiteral("<h3>DARTS Studio %1</h3><p>%2</p><p>%3</p><table>%4</table><p>%5</p>")
        .arg(QApplication::applicationVersion(),
             QApplication::translate("AboutBox", "Discover equations from data by Differentiable Architecture Search."),
             QApplication::translate("AboutBox", "Built with:"), libraries,
             QApplication::translate("AboutBox",
                                     "Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later), "
                                     "as QCustomPlot requires. There is NO WARRANTY, to the extent permitted by law."));
}

void showAbout(QWidget* parent) {
    QMessageBox::about(parent, QApplication::translate("AboutBox", "About DARTS Studio"), aboutHtml());
}

}  // namespace darts::gui
