// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourdialog.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dossier {

TourDialog::TourDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_step(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    setWindowTitle(tr("Getting Started"));
    struct Step
    {
        QString title;
        QString image;
        QString text;
    };
    const QList<Step> steps{
        {tr("1. Open a corpus"), QStringLiteral(":/tour/reader.png"),
         tr("A corpus is a folder of articles saved from news sites. File › Open Corpus Folder (Ctrl+O) reads every "
            "article into a database beside it, strips the site clutter and lists the articles while it works. "
            "Opening the folder again reads only new and changed files.")},
        {tr("2. Read quotes and entities"), QStringLiteral(":/tour/reader.png"),
         tr("Quotes are tinted and their speakers underlined; people, organisations and places are tinted by kind. "
            "The legend under the article switches each layer. The Quotes panel (Ctrl+2) corrects the quotes, the "
            "Entities panel (Ctrl+3) the names.")},
        {tr("3. Annotate"), QStringLiteral(":/tour/annotate.png"),
         tr("Select a passage and press Ctrl+T to tag it. In the Annotations panel (Ctrl+1), mark it as a claim with "
            "a verdict, a note and evidence. Everything is saved at once; Ctrl+Z undoes any change.")},
        {tr("4. Stories and quotes across outlets"), QStringLiteral(":/tour/links.png"),
         tr("The Links panel (Ctrl+4) shows the other articles of the same story and where the same quote appears "
            "elsewhere, marked where its wording was altered. Ctrl+Shift+D compares two versions side by side.")},
        {tr("5. Export"), QStringLiteral(":/tour/export.png"),
         tr("File › Export (Ctrl+E) writes a tagged report (HTML, PDF) or the annotations (CSV, JSON, REFI-QDA, Web "
            "Annotation), for all articles or the ones you choose.")},
    };
    for (const Step &s : steps) {
        auto *page = new QWidget(m_pages);
        auto *title = new QLabel(s.title, page);
        QFont bigger = title->font();
        bigger.setBold(true);
        bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
        title->setFont(bigger);
        auto *image = new QLabel(page);
        image->setPixmap(QPixmap(s.image).scaledToWidth(560, Qt::SmoothTransformation));
        image->setAccessibleName(tr("Screenshot: %1").arg(s.title));
        auto *text = new QLabel(s.text, page);
        text->setWordWrap(true);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(title);
        layout->addWidget(image);
        layout->addWidget(text);
        layout->addStretch();
        page->setAccessibleName(s.title);
        m_pages->addWidget(page);
    }
    auto *close = new QPushButton(tr("&Close"), this);
    m_back->setToolTip(tr("The step before (Left arrow)"));
    m_next->setToolTip(tr("The next step (Right arrow)"));
    close->setToolTip(tr("Close the tour; Help › Getting Started (F1) opens it again"));
    m_next->setDefault(true);
    m_back->setShortcut(QKeySequence(Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::Key_Right));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_step);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(currentPage() + 1); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    showPage(0);
}

int TourDialog::pageCount() const
{
    return m_pages->count();
}

int TourDialog::currentPage() const
{
    return m_pages->currentIndex();
}

QString TourDialog::pageTitle(int page) const
{
    const QWidget *w = m_pages->widget(page);
    return w ? w->accessibleName() : QString();
}

void TourDialog::showPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    m_pages->setCurrentIndex(page);
    m_step->setText(tr("Step %1 of %2").arg(page + 1).arg(pageCount()));
    m_back->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount());
}

} // namespace Dossier
