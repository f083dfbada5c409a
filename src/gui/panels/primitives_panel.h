#pragma once
/// @brief The candidate operations of every edge: one check box per primitive, in three groups.

#include "ops/primitive.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace darts::gui {

/// Lets the user switch primitives on and off. At least one primitive is
/// always on: unchecking the last one is undone with a short note, and "None"
/// keeps `none` (which also belongs to most useful search spaces).
class PrimitivesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PrimitivesPanel(QWidget* parent = nullptr);

    /// The checked primitives. Their order matters to the search (it fixes the
    /// columns of alpha and so the random start): primitives keep the order of
    /// the last setPrimitives() call, and boxes checked since then follow in
    /// canonical order. Without a setPrimitives() call: canonical order.
    std::vector<darts::Primitive> primitives() const;

    // Configuration -> widgets
public slots:
    /// Checks exactly these (an empty list keeps only `none`, to stay valid);
    /// emits primitivesChanged once, whether or not anything changed.
    void setPrimitives(const std::vector<darts::Primitive>& primitives);

signals:
    void primitivesChanged();

    // User edits -> configuration
private slots:
    void onBoxToggled(bool checked);
    void checkAll();
    void checkNoneButFirst();
    void checkReferenceDefault();

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void updateSummary();
    void showNote(const QString& text);
    int checkedCount() const;

    std::vector<QCheckBox*> m_boxes;        ///< indexed like allPrimitives()
    std::vector<darts::Primitive> m_order;  ///< every primitive, in the order primitives() reports them
    QLabel* m_summary = nullptr;
    QLabel* m_note = nullptr;
    QTimer* m_noteTimer = nullptr;
    QPushButton* m_allButton = nullptr;
    QPushButton* m_noneButton = nullptr;
    QPushButton* m_defaultButton = nullptr;
};

}  // namespace darts::gui
