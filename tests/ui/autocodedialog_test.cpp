// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Autocode dialog on the sample corpus, opened from the main window: preview, run, undo, redo.
#include "analysisstore.h"
#include "annotationstore.h"
#include "annotator.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "autocodedialog.h"
#include "database.h"
#include "mainwindow.h"
#include "testutil.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dossier;
using namespace WindowFixture;

class AutocodeDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    /** Opens the dialog through the window's action, as the analyst does. */
    static AutocodeDialog *openDialog(MainWindow &w)
    {
        QAction *a = action(w, QStringLiteral("A&utocode…"));
        if (!a || a->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))
            return nullptr;
        a->trigger();
        return w.findChild<AutocodeDialog *>();
    }

    /** Matches of `re` over the imported articles, counted here with Qt alone: (spans, articles). */
    static std::pair<int, int> count(const QString &dbPath, const QRegularExpression &re)
    {
        Database db;
        if (!db.open(dbPath))
            return {-1, -1};
        int spans = 0;
        int articles = 0;
        ArticleStore(db.connection()).forEachArticle([&](const Article &a) {
            int n = 0;
            for (auto it = re.globalMatch(a.body); it.hasNext(); it.next())
                ++n;
            spans += n;
            articles += n > 0 ? 1 : 0;
            return true;
        });
        return {spans, articles};
    }

    static QList<qint64> annotationIds(const QString &dbPath)
    {
        Database db;
        if (!db.open(dbPath))
            return {};
        QList<qint64> ids;
        AnnotationStore store(db.connection());
        ArticleStore(db.connection()).forEachArticle([&](const Article &a) {
            for (const Annotation &x : store.annotations(a.id))
                ids << x.id;
            return true;
        });
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static bool waitPreview(AutocodeDialog *d)
    {
        QSignalSpy shown(d, &AutocodeDialog::previewShown);
        return shown.wait(10000);
    }

private Q_SLOTS:
    void initTestCase() { useTestSettings(QStringLiteral("autocodedialog_test")); }

    void run_tagsEveryMatch_asOneUndoStep()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        AutocodeDialog *d = openDialog(w);
        QVERIFY(d);
        QVERIFY(d->isVisible());

        const auto [spans, articles] = count(w.databasePath(), QRegularExpression(QStringLiteral("\\bharbour\\b"),
                                                                                  QRegularExpression::CaseInsensitiveOption));
        QVERIFY(spans > 1 && articles > 1);

        // A malformed expression is explained in the preview, with where it goes wrong.
        auto *pattern = d->findChild<QLineEdit *>(QStringLiteral("pattern"));
        QVERIFY(pattern);
        const auto boxes = d->findChildren<QCheckBox *>();
        QCheckBox *regex = nullptr, *matchCase = nullptr, *whole = nullptr;
        for (QCheckBox *b : boxes) {
            if (b->text() == QLatin1String("Regular e&xpression"))
                regex = b;
            else if (b->text() == QLatin1String("Match &case"))
                matchCase = b;
            else if (b->text() == QLatin1String("&Whole words"))
                whole = b;
        }
        QVERIFY(regex && matchCase && whole);
        regex->setChecked(true);
        pattern->setText(QStringLiteral("harbour("));
        QVERIFY(waitPreview(d));
        QVERIFY2(d->previewText().contains(QStringLiteral("offset 8")), qPrintable(d->previewText()));

        // Literal text, any case, whole words; a new tag.
        regex->setChecked(false);
        matchCase->setChecked(false);
        whole->setChecked(true);
        pattern->setText(QStringLiteral("Harbour"));
        QComboBox *tag = nullptr;
        const auto combos = d->findChildren<QComboBox *>();
        for (QComboBox *c : combos)
            if (c->accessibleName() == QLatin1String("Tag"))
                tag = c;
        QVERIFY(tag);
        tag->setEditText(QStringLiteral("Harbours"));
        QVERIFY(waitPreview(d));
        QTRY_VERIFY2(d->previewText().startsWith(QStringLiteral("%1 spans in %2 articles").arg(spans).arg(articles)), qPrintable(d->previewText()));

        QUndoStack *stack = w.annotator()->undoStack();
        const int steps = stack->count();
        QSignalSpy accepted(d, &QDialog::accepted);
        QPushButton *run = nullptr;
        for (QPushButton *b : d->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("&Run"))
                run = b;
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(accepted.wait(20000) || accepted.count() == 1);
        QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Tagged %1 spans in %2 articles (").arg(spans).arg(articles)),
                 qPrintable(w.statusBar()->currentMessage()));

        // The tag and its annotations: one step.
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Autocode “Harbour”"));
        const QList<qint64> ids = annotationIds(w.databasePath());
        QCOMPARE(ids.size(), spans);
        const QList<Tag> tags = w.annotator()->tags();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().name, QStringLiteral("Harbours"));
        QVERIFY(action(w, QStringLiteral("&Undo Autocode “Harbour”")));
        action(w, QStringLiteral("&Undo Autocode “Harbour”"))->trigger();
        QVERIFY(annotationIds(w.databasePath()).isEmpty());
        QVERIFY(w.annotator()->tags().isEmpty());
        stack->redo();
        QCOMPARE(annotationIds(w.databasePath()), ids);
        QCOMPARE(w.annotator()->tags().size(), 1);
    }

    void speakerScope_countsThatSpeakersQuotes_andSkipsTaggedSpans()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        Tag t;
        t.name = QStringLiteral("Words");
        const qint64 tagId = w.annotator()->createTag(t);
        QVERIFY(tagId > 0);
        AutocodeDialog *d = openDialog(w);
        QVERIFY(d);
        QSignalSpy loaded(d, &AutocodeDialog::speakersLoaded);
        QComboBox *scope = nullptr, *speaker = nullptr, *tag = nullptr;
        for (QComboBox *c : d->findChildren<QComboBox *>()) {
            if (c->accessibleName() == QLatin1String("Where to look"))
                scope = c;
            else if (c->accessibleName() == QLatin1String("Speaker"))
                speaker = c;
            else if (c->accessibleName() == QLatin1String("Tag"))
                tag = c;
        }
        QVERIFY(scope && speaker && tag);
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
        QVERIFY(speaker->count() > 0);
        QVERIFY(!speaker->isEnabled());
        scope->setCurrentIndex(2);
        QVERIFY(speaker->isEnabled());
        speaker->setCurrentIndex(0);
        tag->setCurrentIndex(tag->findText(QStringLiteral("Words")));
        for (QCheckBox *b : d->findChildren<QCheckBox *>())
            if (b->text() == QLatin1String("Regular e&xpression"))
                b->setChecked(true);
        d->findChild<QLineEdit *>(QStringLiteral("pattern"))->setText(QStringLiteral("\\w+"));
        QVERIFY(waitPreview(d));

        // The same as the model finds for that speaker's entity.
        const AutocodeOptions o = d->options();
        QCOMPARE(o.scope, AutocodeOptions::Scope::Speaker);
        QCOMPARE(o.speakerEntity, speaker->itemData(0).toLongLong());
        QCOMPARE(o.tag, tagId);
        const AutocodeResult expected = Autocoder::find(w.databasePath(), o);
        QVERIFY(expected.annotations.size() > 0);
        QTRY_VERIFY2(d->previewText().startsWith(QStringLiteral("%1 spans in %2 articles").arg(expected.annotations.size()).arg(expected.articles)),
                     qPrintable(d->previewText()));

        // Tag a few of them by hand first: the run leaves those alone.
        QVERIFY(w.annotator()->addAnnotations(expected.annotations.mid(0, 2), QStringLiteral("by hand")) == 2);
        d->findChild<QLineEdit *>(QStringLiteral("pattern"))->setText(QStringLiteral("\\w+ "));
        d->findChild<QLineEdit *>(QStringLiteral("pattern"))->setText(QStringLiteral("\\w+"));
        QVERIFY(waitPreview(d));
        QTRY_VERIFY2(d->previewText().contains(QStringLiteral("(2 of them tagged already)")), qPrintable(d->previewText()));
        QSignalSpy accepted(d, &QDialog::accepted);
        for (QPushButton *b : d->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("&Run"))
                QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(accepted.count() == 1 || accepted.wait(20000));
        QCOMPARE(annotationIds(w.databasePath()).size(), expected.annotations.size());
    }
};

QTEST_MAIN(AutocodeDialogTest)
#include "autocodedialog_test.moc"
