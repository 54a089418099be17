// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>
#include <QList>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Dossier {

/**
 * The window's shortcuts as the user set them. Each configurable action has an object name; its
 * shortcuts are kept in the settings as "shortcuts/<name>" when they differ from the defaults the
 * code gives it (remembered on the action when applySaved() first sees it).
 */
namespace Shortcuts {
/** The named actions of a menu bar's menus and their submenus, in menu order. */
QList<QAction *> configurable(QMenuBar *menuBar);
/** Remembers each action's default shortcuts and applies the saved ones; true if any changed. */
bool applySaved(const QList<QAction *> &actions);
QList<QKeySequence> defaults(const QAction *action);
/** Sets and saves `action`'s shortcuts (the default ones are saved as no setting). */
void set(QAction *action, const QList<QKeySequence> &keys);
/** The action's text without the mnemonic "&" and the ellipsis. */
QString label(const QAction *action);
} // namespace Shortcuts

/**
 * Edit › Keyboard Shortcuts: every action of the menus with its shortcuts, filterable; the one
 * chosen takes a new key (a key another action has is refused, with its name), or is cleared, or
 * goes back to its default. OK applies and saves the changes; Cancel drops them.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /** Gives `action` the key `key` as its only shortcut, pending until OK. False, with the
        action that has it in `conflict`, when another action has it. */
    bool assign(QAction *action, const QKeySequence &key, QString *conflict = nullptr);
    void clear(QAction *action);
    void resetToDefault(QAction *action);
    /** The shortcuts `action` will have on OK. */
    QList<QKeySequence> pending(const QAction *action) const;

    void accept() override;

private:
    void select(QTreeWidgetItem *item);
    /** The action other than `except` whose pending shortcuts have `key`; null when none has. */
    const QAction *holderOf(const QKeySequence &key, const QAction *except) const;
    void showConflict(const QKeySequence &key, const QString &holder);
    void refreshRow(QAction *action);
    QAction *currentAction() const;

    QList<QAction *> m_actions;
    QHash<const QAction *, QList<QKeySequence>> m_pending;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_edit;
    QLabel *m_message;
};

} // namespace Dossier
