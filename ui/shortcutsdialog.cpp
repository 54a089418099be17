// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dossier {

namespace {

const char *const kDefaultsProperty = "dossierDefaultShortcuts";

QString settingsKey(const QAction *action)
{
    return QStringLiteral("shortcuts/") + action->objectName();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys)
        out << k.toString(QKeySequence::NativeText);
    return out.join(QStringLiteral("; "));
}

/** The action a row of the list stands for. */
QAction *actionOf(const QTreeWidgetItem *item)
{
    return item ? qobject_cast<QAction *>(item->data(0, Qt::UserRole).value<QObject *>()) : nullptr;
}

void collect(QMenu *menu, QList<QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu())
            collect(a->menu(), out);
        else if (!a->objectName().isEmpty() && !out.contains(a))
            out << a;
    }
}

} // namespace

namespace Shortcuts {

QList<QAction *> configurable(QMenuBar *menuBar)
{
    QList<QAction *> out;
    for (QAction *a : menuBar->actions()) {
        if (a->menu())
            collect(a->menu(), out);
    }
    return out;
}

bool applySaved(const QList<QAction *> &actions)
{
    const QSettings settings;
    bool changed = false;
    for (QAction *a : actions) {
        if (!a->property(kDefaultsProperty).isValid())
            a->setProperty(kDefaultsProperty, QVariant::fromValue(a->shortcuts()));
        const QVariant saved = settings.value(settingsKey(a));
        if (!saved.isValid())
            continue;
        QList<QKeySequence> keys;
        for (const QString &k : saved.toStringList()) {
            if (!k.isEmpty())
                keys << QKeySequence::fromString(k, QKeySequence::PortableText);
        }
        if (keys != a->shortcuts()) {
            a->setShortcuts(keys);
            changed = true;
        }
    }
    return changed;
}

QList<QKeySequence> defaults(const QAction *action)
{
    const QVariant v = action->property(kDefaultsProperty);
    return v.isValid() ? v.value<QList<QKeySequence>>() : action->shortcuts();
}

void set(QAction *action, const QList<QKeySequence> &keys)
{
    action->setShortcuts(keys);
    QSettings settings;
    if (keys == defaults(action)) {
        settings.remove(settingsKey(action));
        return;
    }
    QStringList text;
    for (const QKeySequence &k : keys)
        text << k.toString(QKeySequence::PortableText);
    settings.setValue(settingsKey(action), text.isEmpty() ? QStringList{QString()} : text);
}

QString label(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace Shortcuts

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_edit(new QKeySequenceEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Find an action or a key…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find an action"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Actions and their shortcuts"));
    m_list->setAccessibleDescription(tr("Choose an action, then press its new keys in the field below"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (QAction *a : std::as_const(m_actions)) {
        m_pending.insert(a, a->shortcuts());
        auto *item = new QTreeWidgetItem(m_list, {Shortcuts::label(a), keysText(a->shortcuts())});
        item->setData(0, Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(a)));
        item->setToolTip(0, a->toolTip());
    }
    m_edit->setObjectName(QStringLiteral("shortcutEdit"));
    m_edit->setAccessibleName(tr("New shortcut"));
    m_edit->setAccessibleDescription(tr("Press the keys for the chosen action"));
    m_message->setWordWrap(true);
    auto *clear = new QPushButton(tr("&Clear"), this);
    auto *reset = new QPushButton(tr("&Default"), this);
    clear->setToolTip(tr("Take the shortcut away from the chosen action"));
    reset->setToolTip(tr("Give the chosen action its shortcut as Dossier sets it"));
    auto *keyLabel = new QLabel(tr("&Shortcut:"), this);
    keyLabel->setBuddy(m_edit);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(keyLabel);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(clear);
    editRow->addWidget(reset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_edit);
    resize(560, 520);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive) && !item->text(1).contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { select(item); });
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, [this] {
        QAction *a = currentAction();
        if (!a || m_edit->keySequence().isEmpty())
            return;
        QString conflict;
        if (!assign(a, m_edit->keySequence(), &conflict))
            showConflict(m_edit->keySequence(), conflict);
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        if (QAction *a = currentAction())
            this->clear(a);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        if (QAction *a = currentAction())
            resetToDefault(a);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ShortcutsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShortcutsDialog::reject);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QAction *ShortcutsDialog::currentAction() const
{
    return actionOf(m_list->currentItem());
}

void ShortcutsDialog::select(QTreeWidgetItem *item)
{
    m_message->clear();
    QAction *a = actionOf(item);
    const QList<QKeySequence> keys = a ? m_pending.value(a) : QList<QKeySequence>();
    m_edit->setKeySequence(keys.isEmpty() ? QKeySequence() : keys.first());
}

void ShortcutsDialog::refreshRow(QAction *action)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (actionOf(item) == action)
            item->setText(1, keysText(m_pending.value(action)));
    }
    m_message->clear();
}

const QAction *ShortcutsDialog::holderOf(const QKeySequence &key, const QAction *except) const
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.key() != except && it.value().contains(key))
            return it.key();
    }
    return nullptr;
}

void ShortcutsDialog::showConflict(const QKeySequence &key, const QString &holder)
{
    m_message->setText(tr("%1 is the shortcut of “%2” already: change that one first.").arg(key.toString(QKeySequence::NativeText), holder));
}

bool ShortcutsDialog::assign(QAction *action, const QKeySequence &key, QString *conflict)
{
    if (const QAction *holder = holderOf(key, action)) {
        if (conflict)
            *conflict = Shortcuts::label(holder);
        return false;
    }
    m_pending.insert(action, {key});
    refreshRow(action);
    return true;
}

void ShortcutsDialog::clear(QAction *action)
{
    m_pending.insert(action, {});
    m_edit->clear();
    refreshRow(action);
}

void ShortcutsDialog::resetToDefault(QAction *action)
{
    const QList<QKeySequence> keys = Shortcuts::defaults(action);
    for (const QKeySequence &k : keys) {
        if (const QAction *holder = holderOf(k, action)) {
            showConflict(k, Shortcuts::label(holder));
            return;
        }
    }
    m_pending.insert(action, keys);
    m_edit->setKeySequence(keys.isEmpty() ? QKeySequence() : keys.first());
    refreshRow(action);
}

QList<QKeySequence> ShortcutsDialog::pending(const QAction *action) const
{
    return m_pending.value(action);
}

void ShortcutsDialog::accept()
{
    for (QAction *a : std::as_const(m_actions)) {
        if (m_pending.value(a) != a->shortcuts())
            Shortcuts::set(a, m_pending.value(a));
    }
    QDialog::accept();
}

} // namespace Dossier
