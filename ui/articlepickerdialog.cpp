// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepickerdialog.h"

#include "articlelistmodel.h"

#include <QDialogButtonBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Dossier {

ArticlePickerDialog::ArticlePickerDialog(const QString &databasePath, qint64 exclude, QWidget *parent)
    : QDialog(parent)
    , m_exclude(exclude)
    , m_model(new ArticleListModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Choose an Article"));
    resize(640, 460);
    m_filter->setPlaceholderText(tr("Filter by title or path"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter articles"));
    m_view->setObjectName(QStringLiteral("pickerView"));
    m_view->setAccessibleDescription(tr("The articles to choose from"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Articles"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Find the article to link:"));
    label->setBuddy(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ArticlePickerDialog::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, [this] {
        if (selectedArticle() != 0)
            accept();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArticlePickerDialog::updateButtons);
    connect(m_model, &ArticleListModel::refreshed, this, [this] {
        m_status->setText(m_model->errorString().isEmpty() ? tr("%n article(s)", nullptr, m_model->rowCount()) : m_model->errorString());
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(m_model->idAt(0) == m_exclude && m_model->rowCount() > 1 ? 1 : 0, 0));
        updateButtons();
    });
    // Down from the filter line moves in the list, so the keyboard alone picks an article.
    m_filter->installEventFilter(this);
    m_model->setDatabasePath(databasePath);
    updateButtons();
}

ArticlePickerDialog::~ArticlePickerDialog() = default;

qint64 ArticlePickerDialog::selectedArticle() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return 0;
    const qint64 id = m_model->idAt(index.row());
    return id == m_exclude ? 0 : id;
}

bool ArticlePickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ArticlePickerDialog::applyFilter()
{
    ArticleFilter filter = m_model->filter();
    filter.text = m_filter->text().trimmed();
    m_view->setCurrentIndex(QModelIndex());
    m_model->setFilter(filter);
}

void ArticlePickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedArticle() != 0);
}

} // namespace Dossier
