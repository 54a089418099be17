// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace Dossier {

/**
 * Edit › Preferences: the language of the interface (the system's, or one of the translations).
 * Accepting saves the choice in the settings; it takes effect when Dossier starts again.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /** The language code chosen in the dialog; empty: the system's. */
    QString language() const;
    void setLanguage(const QString &code);

    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace Dossier
