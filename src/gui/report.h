#pragma once
/// @brief A one-file HTML report of a search: the data, the settings, the
/// equations, the graph and the plots (images embedded), for sharing or printing.

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace darts::gui {

struct ReportContent {
    QString title;
    QString dataSummary;                        ///< one paragraph: source, rows, inputs, target
    QList<QPair<QString, QString>> settings;    ///< name, value
    QStringList equations;                      ///< per node, console form
    QStringList closedForm;                     ///< may be empty
    QString figures;                            ///< one line of fit figures (MSE, R^2, coefficients)
    QList<QPair<QString, QImage>> images;       ///< caption, picture (graph and plots)
};

/// Self-contained HTML (images as data: URLs), escaped throughout.
QString reportHtml(const ReportContent& content);

}  // namespace darts::gui
