#pragma once
/// @brief A vertical scroll area that is never narrower than its page.

#include <QScrollArea>
#include <QScrollBar>

namespace darts::gui {

/// With the horizontal scroll bar off, a page wider than the viewport would be cut off at the right
/// (QScrollArea's own minimum ignores the page): this one's minimum width is the page's. Its preferred
/// width is the page's too, so that where there is room labels and fields stand side by side.
class PageScrollArea : public QScrollArea {
public:
    PageScrollArea() { setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); }

    QSize minimumSizeHint() const override {
        QSize hint = QScrollArea::minimumSizeHint();
        if (widget()) hint.setWidth(widget()->minimumSizeHint().width() + chromeWidth());
        return hint;
    }
    QSize sizeHint() const override {
        QSize hint = QScrollArea::sizeHint();
        if (widget()) hint.setWidth(widget()->sizeHint().width() + chromeWidth());
        return hint;
    }

private:
    int chromeWidth() const { return verticalScrollBar()->sizeHint().width() + 2 * frameWidth(); }
};

}  // namespace darts::gui
