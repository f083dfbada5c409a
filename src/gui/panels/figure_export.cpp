#include "panels/figure_export.h"

#include "graph/graph_view.h"
#include "lessons/plot_full_screen.h"
#include "preferences.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace darts::gui {
namespace {

/// Gives the free functions below a translation context of their own.
class FigureExport {
    Q_DECLARE_TR_FUNCTIONS(FigureExport)
};

// The default PNG and the clipboard image: twice the screen's pixels, sharp on high-DPI screens and in print.
constexpr double kDefaultScale = 2.0;
// The raster paint engine draws into at most 32767 pixels a side; past about 100 megapixels the
// image alone takes 400 MB, more than a figure is worth.
constexpr int kMaxImageSide = 32767;
constexpr double kMaxImagePixels = 100.0e6;
// Graphviz lays out in points and the graph view's scene unit is one point.
constexpr double kPointsPerInch = 72.0;
constexpr double kMetresPerInch = 0.0254;

enum class Format { Png, Svg, Pdf, Dot, Unknown };

Format formatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return Format::Png;
    if (suffix == QLatin1String("svg")) return Format::Svg;
    if (suffix == QLatin1String("pdf")) return Format::Pdf;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv")) return Format::Dot;
    return Format::Unknown;
}

bool fail(QString* error, const QString& path, const QString& reason) {
    if (error)
        *error = FigureExport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

/// QSaveFile writes beside the target and renames only on commit, so a failed or cancelled
/// write leaves the old file (or no file) instead of half a new one.
bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(error, path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, path, reason);
    }
    if (!file.commit()) return fail(error, path, file.errorString());
    return true;
}

bool writeImage(const QImage& image, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return fail(error, path, file.errorString());
    if (!image.save(&file, "PNG")) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                                    : FigureExport::tr("the PNG encoder failed");
        file.cancelWriting();
        return fail(error, path, reason);
    }
    if (!file.commit()) return fail(error, path, file.errorString());
    return true;
}

/// Records the density so that applications place the image at the size it had on screen (or in points).
void setDotsPerInch(QImage& image, double dpi) {
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / kMetresPerInch));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
}

bool imageSizeAllowed(double width, double height) {
    return width >= 1.0 && height >= 1.0 && width <= kMaxImageSide && height <= kMaxImageSide &&
           width * height <= kMaxImagePixels;
}

QString tooLarge() {
    return FigureExport::tr("the image would be too large (at most %1 pixels a side and %2 megapixels)")
        .arg(kMaxImageSide)
        .arg(kMaxImagePixels / 1.0e6, 0, 'f', 0);
}

/// A PDF page of exactly `size` device units at `dpi`, without margins.
void setPdfPage(QPdfWriter& writer, const QSizeF& size, double dpi) {
    writer.setResolution(static_cast<int>(std::lround(dpi)));
    const QSizeF points = size * (kPointsPerInch / dpi);
    // QPageSize keeps sizes in portrait; a wide figure is a portrait page turned to landscape.
    const bool wide = points.width() > points.height();
    const QPageSize pageSize(wide ? points.transposed() : points, QPageSize::Point, QString(),
                             QPageSize::ExactMatch);
    writer.setPageLayout(QPageLayout(pageSize, wide ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(),
                                     QPageLayout::Point));
}

/// An SVG or PDF document of `size` device units at `dpi`, painted into memory; finish() gives its bytes.
class VectorDocument {
public:
    VectorDocument(Format format, const QSize& size, double dpi, const QString& title) {
        m_buffer.open(QIODevice::WriteOnly);
        if (format == Format::Svg) {
            m_svg.setOutputDevice(&m_buffer);
            m_svg.setSize(size);
            m_svg.setViewBox(QRect(QPoint(0, 0), size));
            m_svg.setResolution(static_cast<int>(std::lround(dpi)));
            m_svg.setTitle(title);
            m_svg.setDescription(FigureExport::tr("Made with DARTS Studio"));
            m_device = &m_svg;
        } else {
            m_pdf.emplace(&m_buffer);
            m_pdf->setCreator(QStringLiteral("DARTS Studio"));
            m_pdf->setTitle(title);
            setPdfPage(*m_pdf, QSizeF(size), dpi);
            m_device = &*m_pdf;
        }
    }
    QPaintDevice* device() { return m_device; }
    /// The document's bytes, once its painter has ended.
    QByteArray finish() {
        m_buffer.close();
        return m_buffer.data();
    }

private:
    QBuffer m_buffer;  // before the writers, which write into it
    QSvgGenerator m_svg;
    std::optional<QPdfWriter> m_pdf;
    QPaintDevice* m_device = nullptr;
};

// ----- plots -----

double plotDpi(const QCustomPlot* plot) { return plot->logicalDpiX() > 0 ? plot->logicalDpiX() : 96.0; }

/// Rendering at another size leaves the plot's layout computed for that size; the next replot
/// puts it back for the screen before a click is mapped through it.
void restoreLayout(QCustomPlot* plot) { plot->replot(QCustomPlot::rpQueuedReplot); }

QByteArray plotVector(QCustomPlot* plot, const QSize& size, Format format) {
    // The device's resolution is the screen's, so that fonts given in points keep their size
    // relative to the plot and the figure looks as it does on screen.
    VectorDocument document(format, size, plotDpi(plot), plot->accessibleName());
    QCPPainter painter;
    if (!painter.begin(document.device())) return {};
    painter.setMode(QCPPainter::pmVectorized);
    // Absorbs the rounding of the PDF page to whole device units.
    painter.setWindow(QRect(QPoint(0, 0), size));
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    restoreLayout(plot);
    return document.finish();
}

QImage plotImage(QCustomPlot* plot, const QSize& size, double scale) {
    QImage image = plot->toPixmap(size.width(), size.height(), scale).toImage();
    restoreLayout(plot);
    setDotsPerInch(image, plotDpi(plot) * scale);
    return image;
}

QSize plotSize(const QCustomPlot* plot, int width, int height) {
    if (width > 0 && height > 0) return {width, height};
    return plot->size();
}

// ----- the graph -----

/// The graph as drawn, minus the selection highlight: a figure shows the model, not which edge the
/// user last clicked. Restores the highlight when it goes.
class GraphRendering {
public:
    explicit GraphRendering(GraphView* view) : m_view(view), m_highlighted(view->highlightedEdge()) {
        if (m_highlighted >= 0) m_view->highlightEdge(-1);
    }
    ~GraphRendering() {
        if (m_highlighted >= 0) m_view->highlightEdge(m_highlighted);
    }
    GraphRendering(const GraphRendering&) = delete;
    GraphRendering& operator=(const GraphRendering&) = delete;

    QRectF source() const { return m_view->scene()->sceneRect(); }
    void render(QPainter* painter, const QRectF& target) const {
        painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                QPainter::SmoothPixmapTransform);
        // The scene itself is transparent; the view paints the white behind it.
        painter->fillRect(target, Qt::white);
        m_view->scene()->render(painter, target, source(), Qt::KeepAspectRatio);
    }

private:
    GraphView* m_view;
    int m_highlighted;
};

bool graphDrawn(const GraphView* view) {
    return view && view->message().isEmpty() && view->scene() && !view->scene()->items().isEmpty();
}

QImage graphImage(GraphView* view, double scale) {
    const GraphRendering rendering(view);
    const QSizeF size = rendering.source().size() * scale;
    if (!imageSizeAllowed(std::ceil(size.width()), std::ceil(size.height()))) return {};
    QImage image(static_cast<int>(std::ceil(size.width())), static_cast<int>(std::ceil(size.height())),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    rendering.render(&painter, QRectF(image.rect()));
    painter.end();
    setDotsPerInch(image, kPointsPerInch * scale);
    return image;
}

QByteArray graphVector(GraphView* view, Format format) {
    const GraphRendering rendering(view);
    const QSizeF size = rendering.source().size();
    const QSize whole(static_cast<int>(std::ceil(size.width())), static_cast<int>(std::ceil(size.height())));
    // At 72 dpi one device unit is one point, the unit of Graphviz's layout: the figure keeps its size.
    VectorDocument document(format, whole, kPointsPerInch, FigureExport::tr("Computation graph"));
    QPainter painter;
    if (!painter.begin(document.device())) return {};
    painter.setWindow(QRect(QPoint(0, 0), whole));
    rendering.render(&painter, QRectF(QPointF(0.0, 0.0), QSizeF(whole)));
    painter.end();
    return document.finish();
}

// ----- dialogs -----

struct PngOptions {
    int width = 0;
    int height = 0;
    double scale = kDefaultScale;
};

std::optional<PngOptions> askPngOptions(QWidget* parent, const QSize& initial, double dpi) {
    QDialog dialog(parent);
    dialog.setWindowTitle(FigureExport::tr("PNG image size"));
    dialog.setAccessibleName(FigureExport::tr("PNG image size"));

    auto makeSide = [&dialog](int value, const QString& toolTip, const QString& name) {
        auto* box = new QSpinBox(&dialog);
        box->setRange(16, 10000);
        box->setValue(value);
        box->setSuffix(FigureExport::tr(" px"));
        box->setToolTip(toolTip);
        box->setAccessibleName(name);
        return box;
    };
    QSpinBox* width = makeSide(initial.width(),
                               FigureExport::tr("Width of the plot's layout in screen pixels; fonts and lines "
                                                "keep their size, so a wider plot shows more room between ticks"),
                               FigureExport::tr("Width"));
    QSpinBox* height = makeSide(initial.height(), FigureExport::tr("Height of the plot's layout in screen pixels"),
                                FigureExport::tr("Height"));
    auto* scale = new QDoubleSpinBox(&dialog);
    scale->setRange(0.5, 8.0);
    scale->setSingleStep(0.5);
    scale->setDecimals(1);
    scale->setValue(kDefaultScale);
    scale->setSuffix(FigureExport::tr("×"));
    scale->setToolTip(FigureExport::tr("Pixels per screen pixel: 2× gives a sharp image on high-resolution screens "
                                       "and in documents, 4× is good for print"));
    scale->setAccessibleName(FigureExport::tr("Scale"));

    auto* result = new QLabel(&dialog);
    result->setToolTip(FigureExport::tr("The size of the image file and the resolution recorded in it"));
    result->setAccessibleName(FigureExport::tr("Resulting image size"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    auto update = [&] {
        const double w = std::round(width->value() * scale->value());
        const double h = std::round(height->value() * scale->value());
        const bool allowed = imageSizeAllowed(w, h);
        result->setText(allowed ? FigureExport::tr("Image: %1 × %2 pixels, %3 dpi")
                                      .arg(w, 0, 'f', 0)
                                      .arg(h, 0, 'f', 0)
                                      .arg(dpi * scale->value(), 0, 'f', 0)
                                : FigureExport::tr("Too large: %1").arg(tooLarge()));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(allowed);
    };
    QObject::connect(width, &QSpinBox::valueChanged, &dialog, update);
    QObject::connect(height, &QSpinBox::valueChanged, &dialog, update);
    QObject::connect(scale, &QDoubleSpinBox::valueChanged, &dialog, update);
    update();

    auto* form = new QFormLayout;
    form->addRow(FigureExport::tr("&Width:"), width);
    form->addRow(FigureExport::tr("&Height:"), height);
    form->addRow(FigureExport::tr("&Scale:"), scale);
    form->addRow(result);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return PngOptions{width->value(), height->value(), scale->value()};
}

struct FileType {
    QString filter;  // as QFileDialog shows it
    QString suffix;  // without the dot
};

/// "Loss against epoch" -> "loss-against-epoch".
QString fileStem(const QString& name, const QString& fallback) {
    QString stem = name.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return stem.isEmpty() ? fallback : stem;
}

/// Empty when cancelled. A name without a known suffix gets the chosen filter's.
QString askFileName(QWidget* parent, const QString& caption, const QString& stem, const QList<FileType>& types) {
    QStringList filters;
    for (const FileType& type : types) filters << type.filter;
    QString selected = filters.front();
    // The folder of the last export, so that a series of figures lands in one place.
    const QString initial = QDir(exportStartFolder()).filePath(stem + QLatin1Char('.') + types.front().suffix);
    QString path = QFileDialog::getSaveFileName(parent, caption, initial, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty()) return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool known = false;
    for (const FileType& type : types) known = known || type.suffix == suffix;
    if (!known) {
        const qsizetype index = std::max<qsizetype>(0, filters.indexOf(selected));
        path += QLatin1Char('.') + types[index].suffix;
    }
    rememberExportFolder(QFileInfo(path).absolutePath());
    return path;
}

/// Writing a large PNG takes a moment; the cursor says so.
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

void reportFailure(QWidget* parent, const QString& error) {
    QMessageBox::warning(parent, FigureExport::tr("Export failed"), error);
}

}  // namespace

bool writePlot(QCustomPlot* plot, const QString& path, int width, int height, double scale, QString* error) {
    if (!plot) return fail(error, path, FigureExport::tr("there is no plot"));
    const QSize size = plotSize(plot, width, height);
    if (size.isEmpty()) return fail(error, path, FigureExport::tr("the plot has no size"));
    switch (formatOf(path)) {
    case Format::Png: {
        if (!(scale > 0.0)) return fail(error, path, FigureExport::tr("the scale must be positive"));
        if (!imageSizeAllowed(std::round(size.width() * scale), std::round(size.height() * scale)))
            return fail(error, path, tooLarge());
        const QImage image = plotImage(plot, size, scale);
        if (image.isNull()) return fail(error, path, FigureExport::tr("the image could not be drawn"));
        return writeImage(image, path, error);
    }
    case Format::Svg:
    case Format::Pdf: {
        const QByteArray bytes = plotVector(plot, size, formatOf(path));
        if (bytes.isEmpty()) return fail(error, path, FigureExport::tr("the plot could not be drawn"));
        return writeAtomically(path, bytes, error);
    }
    case Format::Dot:
    case Format::Unknown:
        break;
    }
    return fail(error, path, FigureExport::tr("a plot is written as PNG, SVG or PDF; the name must end in one of these"));
}

bool writeGraph(GraphView* view, const QString& dot, const QString& path, QString* error) {
    const Format format = formatOf(path);
    if (format == Format::Unknown)
        return fail(error, path, FigureExport::tr("the graph is written as SVG, PNG, PDF or DOT; the name must end in "
                                                  "one of these"));
    if (format == Format::Dot) {
        if (dot.trimmed().isEmpty()) return fail(error, path, FigureExport::tr("there is no graph yet"));
        return writeAtomically(path, dot.toUtf8(), error);
    }
    if (!graphDrawn(view)) return fail(error, path, FigureExport::tr("there is no graph drawn yet"));
    if (format == Format::Png) {
        const QImage image = graphImage(view, kDefaultScale);
        if (image.isNull()) return fail(error, path, tooLarge());
        return writeImage(image, path, error);
    }
    const QByteArray bytes = graphVector(view, format);
    if (bytes.isEmpty()) return fail(error, path, FigureExport::tr("the graph could not be drawn"));
    return writeAtomically(path, bytes, error);
}

void exportPlot(QCustomPlot* plot, QWidget* parent) {
    if (!plot) return;
    const QString path = askFileName(parent, FigureExport::tr("Export plot"),
                                     fileStem(plot->accessibleName(), QStringLiteral("plot")),
                                     {{FigureExport::tr("PNG image (*.png)"), QStringLiteral("png")},
                                      {FigureExport::tr("SVG drawing (*.svg)"), QStringLiteral("svg")},
                                      {FigureExport::tr("PDF document (*.pdf)"), QStringLiteral("pdf")}});
    if (path.isEmpty()) return;
    PngOptions options{plot->width(), plot->height(), kDefaultScale};
    if (formatOf(path) == Format::Png) {
        const std::optional<PngOptions> chosen = askPngOptions(parent, plot->size(), plotDpi(plot));
        if (!chosen) return;
        options = *chosen;
    }
    QString error;
    bool written = false;
    {
        const BusyCursor busy;
        written = writePlot(plot, path, options.width, options.height, options.scale, &error);
    }
    if (!written) reportFailure(parent, error);
}

void exportGraph(GraphView* view, const QString& dot, QWidget* parent) {
    if (dot.trimmed().isEmpty() || !graphDrawn(view)) {
        QMessageBox::information(parent, FigureExport::tr("Export graph"),
                                 FigureExport::tr("There is no graph to export yet: it appears when a search runs."));
        return;
    }
    const QString path = askFileName(parent, FigureExport::tr("Export graph"), QStringLiteral("graph"),
                                     {{FigureExport::tr("SVG drawing (*.svg)"), QStringLiteral("svg")},
                                      {FigureExport::tr("PNG image (*.png)"), QStringLiteral("png")},
                                      {FigureExport::tr("PDF document (*.pdf)"), QStringLiteral("pdf")},
                                      {FigureExport::tr("Graphviz DOT text (*.dot *.gv)"), QStringLiteral("dot")}});
    if (path.isEmpty()) return;
    QString error;
    bool written = false;
    {
        const BusyCursor busy;
        written = writeGraph(view, dot, path, &error);
    }
    if (!written) reportFailure(parent, error);
}

void copyPlotImage(QCustomPlot* plot) {
    if (!plot || plot->size().isEmpty()) return;
    QGuiApplication::clipboard()->setImage(plotImage(plot, plot->size(), kDefaultScale));
}

void copyGraphImage(GraphView* view) {
    if (!graphDrawn(view)) return;
    const QImage image = graphImage(view, kDefaultScale);
    if (!image.isNull()) QGuiApplication::clipboard()->setImage(image);
}

void addFigureContextMenu(QCustomPlot* plot) {
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint& pos) {
        auto* menu = new QMenu(plot);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setAccessibleName(FigureExport::tr("Plot menu"));
        menu->setToolTipsVisible(true);
        QAction* exportAction = menu->addAction(FigureExport::tr("&Export image…"));
        exportAction->setToolTip(FigureExport::tr("Save this plot as a PNG image, an SVG drawing or a PDF document"));
        QAction* copyAction = menu->addAction(FigureExport::tr("&Copy image"));
        copyAction->setToolTip(FigureExport::tr("Copy this plot to the clipboard as an image, at twice its size on screen"));
        // Queued: the file dialog then opens after the menu has closed and gone, not inside its event handling.
        QObject::connect(exportAction, &QAction::triggered, plot, [plot] { exportPlot(plot, plot->window()); },
                         Qt::QueuedConnection);
        QObject::connect(copyAction, &QAction::triggered, plot, [plot] { copyPlotImage(plot); });
        // For a classroom: the plot alone on the screen, still updating (Esc puts it back).
        QAction* fullScreen = menu->addAction(FigureExport::tr("&Full screen"));
        QObject::connect(fullScreen, &QAction::triggered, plot, [plot] { showPlotFullScreen(plot); },
                         Qt::QueuedConnection);
        menu->popup(plot->mapToGlobal(pos));
    });
}

}  // namespace darts::gui
