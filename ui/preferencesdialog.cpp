// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dossier {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    const QLocale system = QLocale::system();
    const QString systemName = system.nativeLanguageName();
    m_language->addItem(systemName.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemName), QString());
    for (const Languages::Language &l : Languages::available())
        m_language->addItem(l.nativeName, l.code);
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of Dossier's menus, dialogs and reports"));
    setLanguage(Languages::chosen());

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *note = new QLabel(tr("Dossier uses the new language when it starts again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &code)
{
    const int at = m_language->findData(code);
    m_language->setCurrentIndex(at < 0 ? 0 : at);
}

void PreferencesDialog::accept()
{
    Languages::setChosen(language());
    QDialog::accept();
}

} // namespace Dossier
