#include "report.h"

#include <QBuffer>
#include <QDateTime>

namespace darts::gui {
namespace {

QString pngDataUrl(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

QString preformatted(const QStringList& lines) {
    return QStringLiteral("<pre>") + lines.join(QLatin1Char('\n')).toHtmlEscaped() + QStringLiteral("</pre>\n");
}

}  // namespace

QString reportHtml(const ReportContent& c) {
    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                       "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
                       "pre{background:#f6f6f6;padding:.8em;overflow-x:auto}"
                       "table{border-collapse:collapse}td{border-bottom:1px solid #ddd;padding:.2em .8em}"
                       "figure{margin:1em 0}img{max-width:100%}figcaption{color:#555}</style>\n"
                       "</head><body>\n<h1>%1</h1>\n<p>%2</p>\n")
                       .arg(c.title.toHtmlEscaped(),
                            QObject::tr("Made by DARTS Studio on %1.")
                                .arg(QDateTime::currentDateTime().toString(Qt::ISODate)).toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(QObject::tr("Data").toHtmlEscaped(), c.dataSummary.toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>\n").arg(QObject::tr("Model").toHtmlEscaped());
    if (!c.figures.isEmpty()) html += QStringLiteral("<p>%1</p>\n").arg(c.figures.toHtmlEscaped());
    html += preformatted(c.equations);
    if (!c.closedForm.isEmpty())
        html += QStringLiteral("<h3>%1</h3>\n").arg(QObject::tr("Closed form").toHtmlEscaped()) +
                preformatted(c.closedForm);
    for (const auto& [caption, image] : c.images)
        html += QStringLiteral("<figure><img src=\"%1\" alt=\"%2\"><figcaption>%2</figcaption></figure>\n")
                    .arg(pngDataUrl(image), caption.toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(QObject::tr("Settings").toHtmlEscaped());
    for (const auto& [name, value] : c.settings)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

}  // namespace darts::gui
