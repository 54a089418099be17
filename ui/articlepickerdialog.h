// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Dossier {

class ArticleListModel;

/** Picks an article of the corpus by its title (or path): a filter line over the article list. */
class ArticlePickerDialog final : public QDialog
{
    Q_OBJECT

public:
    /** `databasePath`: the corpus (the list reads it on its own connection); `exclude`: an article
        that cannot be picked (the one shown). */
    ArticlePickerDialog(const QString &databasePath, qint64 exclude, QWidget *parent = nullptr);
    ~ArticlePickerDialog() override;

    qint64 selectedArticle() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    ArticleListModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateButtons();

    qint64 m_exclude;
    ArticleListModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QTimer *m_timer;
};

} // namespace Dossier
