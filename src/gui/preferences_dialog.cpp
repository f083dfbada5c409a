#include "preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace darts::gui {

QList<QPair<QString, QString>> PreferencesDialog::languages() {
    // Names in their own language, so that a user who cannot read the current one still finds theirs.
    return {{QString(), tr("Follow the system")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));

    m_theme = new QComboBox;
    m_theme->addItem(tr("Follow the system"), static_cast<int>(Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(preferences.theme)));
    m_theme->setToolTip(tr("Colours of the window and the plots"));

    m_refreshRate = new QSpinBox;
    m_refreshRate->setRange(Preferences::kMinRefreshRate, Preferences::kMaxRefreshRate);
    m_refreshRate->setSuffix(tr(" per second"));
    m_refreshRate->setValue(preferences.plotRefreshRate);
    m_refreshRate->setToolTip(tr("How often the plots and the graph are redrawn while a search runs. "
                                 "Fewer redraws leave more of the computer to the search."));

    m_digits = new QSpinBox;
    m_digits->setRange(Preferences::kMinDigits, Preferences::kMaxDigits);
    m_digits->setValue(preferences.equationDigits);
    m_digits->setToolTip(tr("Significant digits of the coefficients shown in the equations. "
                            "Exported Python and C code always carries every digit."));

    m_exportFolder = new QLineEdit(QDir::toNativeSeparators(preferences.exportFolder));
    m_exportFolder->setPlaceholderText(tr("Documents folder"));
    m_exportFolder->setToolTip(tr("Where save and export dialogs start"));
    m_exportFolder->setAccessibleName(tr("Default export folder"));
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setToolTip(tr("Choose the default export folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Default export folder"),
                                                                 QDir::fromNativeSeparators(m_exportFolder->text()));
        if (!folder.isEmpty()) m_exportFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);

    m_language = new QComboBox;
    for (const auto& [code, name] : languages()) m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_language->setToolTip(tr("Language of the window; applies when DARTS Studio starts next"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Plot &refresh rate:"), m_refreshRate);
    form->addRow(tr("&Digits in equations:"), m_digits);
    auto* folderLabel = new QLabel(tr("Default &export folder:"));
    folderLabel->setBuddy(m_exportFolder);  // the row is a layout, so the form cannot set the buddy itself
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language applies when DARTS Studio starts next."));
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    p.theme = static_cast<Theme>(m_theme->currentData().toInt());
    p.plotRefreshRate = m_refreshRate->value();
    p.equationDigits = m_digits->value();
    p.exportFolder = QDir::fromNativeSeparators(m_exportFolder->text().trimmed());
    p.language = m_language->currentData().toString();
    return p;
}

}  // namespace darts::gui
