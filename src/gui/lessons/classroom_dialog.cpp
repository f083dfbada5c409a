#include "lessons/classroom_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace darts::gui {

ClassroomDialog::ClassroomDialog(const QList<ClassroomControl>& controls, QWidget* parent)
    : QDialog(parent), m_controls(controls) {
    setWindowTitle(tr("Classroom mode"));
    auto* intro = new QLabel(tr("Tick what the class sees. Hidden controls come back here, in the View menu, "
                                "or with a session saved without them."));
    intro->setWordWrap(true);
    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    for (const ClassroomControl& control : m_controls) {
        auto* box = new QCheckBox(control.label);
        box->setObjectName(control.key);
        box->setChecked(control.shown);
        listLayout->addWidget(box);
        m_boxes << box;
    }
    listLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);

    auto* all = new QPushButton(tr("Show all"));
    connect(all, &QPushButton::clicked, this, [this] {
        for (QCheckBox* box : m_boxes) box->setChecked(true);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(all, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(420, 520);
}

QList<ClassroomControl> ClassroomDialog::controls() const {
    QList<ClassroomControl> result = m_controls;
    for (int i = 0; i < result.size(); ++i) result[i].shown = m_boxes[i]->isChecked();
    return result;
}

}  // namespace darts::gui
