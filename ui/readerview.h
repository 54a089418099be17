// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Dossier {

/** The reader: a metadata header over the read-only article text, cleaned or original. */
class ReaderView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    void clear();
    const Article &article() const { return m_article; }

    bool showsOriginal() const { return m_showOriginal; }
    void setShowOriginal(bool original);

    /** Marks every occurrence of these terms (case-insensitive), and scrolls to the first. */
    void setHighlightTerms(const QStringList &terms);

    QString displayedText() const;
    QTextBrowser *textView() const { return m_text; }

private:
    void render();
    void applyHighlights();

    QLabel *m_header;
    QTextBrowser *m_text;
    Article m_article;
    bool m_showOriginal = false;
    QStringList m_terms;
};

} // namespace Dossier
