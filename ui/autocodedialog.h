// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autocoder.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Dossier {

class Annotator;

/**
 * Autocode from the GUI: a pattern, where to look and the tag to give, with a live count of what
 * it would tag. Run searches on a worker (progress, Cancel) and adds the result through the
 * Annotator as one undo step (a new tag typed in the tag box is made in that step too); the
 * dialog then closes, and `resultMessage()` says what was done.
 */
class AutocodeDialog final : public QDialog
{
    Q_OBJECT

public:
    /** Works on the corpus `annotator` has open (its database is searched through a connection of
        the worker's own). */
    explicit AutocodeDialog(Annotator *annotator, QWidget *parent = nullptr);
    ~AutocodeDialog() override;

    /** The options as the form has them (`tag` 0 when the tag box names a new tag). */
    AutocodeOptions options() const;
    /** What the preview says now: the count, a malformed pattern, or "counting…". */
    QString previewText() const;
    bool isRunning() const;
    /** "Tagged N spans in M articles (Ctrl+Z undoes it)", once a run has added them. */
    QString resultMessage() const { return m_resultMessage; }

Q_SIGNALS:
    /** The preview count (or the reason there is none) is shown. */
    void previewShown();
    /** The speakers of the registry are in the speaker box. */
    void speakersLoaded();

public Q_SLOTS:
    void reject() override;

private:
    void loadSpeakers();
    void fillTags();
    void updateState();
    void schedulePreview();
    void startPreview();
    void showPreview(const AutocodeResult &result);
    void run();
    void finishRun();
    void cancelRun();
    /** The tag box's id, or -1 for a name not in the codebook yet. */
    qint64 chosenTag() const;
    /** Where the search reads: the database of the annotator's connection. */
    QString databasePath() const;

    Annotator *m_annotator;
    QLineEdit *m_pattern;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QCheckBox *m_wholeWords;
    QComboBox *m_scope;
    QComboBox *m_speaker;
    QComboBox *m_tag;
    QLabel *m_preview;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    QTimer *m_previewTimer;
    QFutureWatcher<AutocodeResult> *m_previewWatcher = nullptr;
    QFutureWatcher<AutocodeResult> *m_runWatcher = nullptr;
    AutocodeOptions m_runOptions;
    QString m_resultMessage;
    int m_previewGeneration = 0;
};

} // namespace Dossier
