#pragma once
/// @brief "How DARTS searches": an in-app page that explains the search in plain words, with the graph
/// of a small mixed network drawn by the same code as the window's graph view.

#include <QDialog>

class QTextBrowser;

namespace darts::gui {

class HelpPage : public QDialog {
    Q_OBJECT
public:
    explicit HelpPage(QWidget* parent = nullptr);

    /// The page as HTML (the picture is referenced as "graph.png", a resource of the document).
    static QString html();
    /// The section on the Discovery preset: how it departs from the reference, and when to use which.
    static QString discoverySection();

private:
    QTextBrowser* m_browser = nullptr;
};

}  // namespace darts::gui
