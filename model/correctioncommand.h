// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

namespace Dossier {

/**
 * An analyst's correction on the undo stack. The correction is made (and saved) before the
 * command is pushed, so a failure is reported where it happened and never reaches the stack;
 * undo and redo then run `revert` and `apply`, each one transaction, and `changed` refreshes views.
 */
class CorrectionCommand final : public QUndoCommand
{
public:
    CorrectionCommand(const QString &text, std::function<bool()> apply, std::function<bool()> revert,
                      std::function<void()> changed)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
        , m_changed(std::move(changed))
    {
    }

    void undo() override
    {
        // A step that cannot be made (the database refused it) leaves the stack: the views show
        // the database as it is.
        if (m_revert && !m_revert())
            setObsolete(true);
        if (m_changed)
            m_changed();
    }

    void redo() override
    {
        if (m_first) {
            m_first = false; // already made when pushed
            return;
        }
        if (m_apply && !m_apply())
            setObsolete(true);
        if (m_changed)
            m_changed();
    }

private:
    std::function<bool()> m_apply;
    std::function<bool()> m_revert;
    std::function<void()> m_changed;
    bool m_first = true;
};

} // namespace Dossier
