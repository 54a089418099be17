// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "backgroundtasks.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Dossier {

/**
 * File › Export: the format, the file, and what to take (the same filters as `dossier export`:
 * outlets, dates, the articles listed or selected; tags and verdicts). Export runs the export on a
 * worker (ExportResult, startExport) with a progress bar; Cancel then stops it and leaves no file.
 * On success the dialog closes and `resultMessage()` says what was written; on failure it stays
 * open with the reason, keeping the choices.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    /** `databasePath`: the corpus read (through the worker's own connection); `corpusFolder`
        names the default file. */
    ExportDialog(const QString &databasePath, const QString &corpusFolder, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /** The codebook, the outlets and the articles the window lists and has selected. */
    void setTags(const QList<Tag> &tags);
    void setOutlets(const QStringList &outlets);
    void setArticles(const QList<qint64> &listed, const QList<qint64> &selected, int corpusCount);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString outputPath() const;
    void setOutputPath(const QString &path);
    /** The filter as the form has it. */
    ExportFilter filter() const;
    /** Fixes the export time (tests compare bytes). */
    void setExportTime(const QDateTime &time) { m_exportTime = time; }

    bool isRunning() const { return m_watcher != nullptr; }
    /** What the form says now: a problem with the choices, progress, or why the export failed. */
    QString statusText() const;
    QString resultMessage() const { return m_resultMessage; }

Q_SIGNALS:
    /** An export ended (written, failed or cancelled); `statusText()` or `resultMessage()` tell. */
    void exportFinished(bool ok);

public Q_SLOTS:
    /** Starts the export (the dialog closes when it is written). */
    void accept() override;
    /** Cancels a running export (the dialog stays); closes otherwise. */
    void reject() override;

private:
    void browse();
    void formatChanged();
    void updateState();
    void finishExport();
    /** Why the choices cannot be exported; empty when they can. */
    QString problem() const;

    QString m_databasePath;
    QComboBox *m_format;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QRadioButton *m_allArticles;
    QRadioButton *m_listedArticles;
    QRadioButton *m_selectedArticles;
    QListWidget *m_outlets;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QListWidget *m_tags;
    QListWidget *m_statuses;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QList<qint64> m_listed;
    QList<qint64> m_selected;
    QDateTime m_exportTime;
    QFutureWatcher<ExportResult> *m_watcher = nullptr;
    CancelFlag m_cancel;
    QString m_runPath;
    QString m_resultMessage;
};

/** A publication date range's two editors, as the Export dialog and the article list's filter
    have them: ISO dates with a calendar, disabled, from 2000-01-01 to today, named and described. */
void setUpDateRange(QDateEdit *from, QDateEdit *to);

} // namespace Dossier
