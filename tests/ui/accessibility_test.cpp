// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Accessibility of the main window and its dialogs: every control a keyboard or a screen reader
// reaches has a name (its own, its text, or its label's), the focus chain reaches the main parts of
// the window in reading order, and the application's font (large-font settings) reaches the reader.

#include "articlepickerdialog.h"
#include "autocodedialog.h"
#include "codebookpanel.h"
#include "comparedialog.h"
#include "exportdialog.h"
#include "importlogdialog.h"
#include "languages.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "shortcutsdialog.h"
#include "testutil.h"
#include "tourdialog.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>

using namespace Dossier;
using namespace WindowFixture;

namespace {

/** The controls of `root` a user can reach, with no name a screen reader could say (or, with
    `description`, no description: what the control does, its tooltip by default). */
QStringList unnamedControls(QWidget *root, QAccessible::Text text = QAccessible::Name)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
                             || qobject_cast<QAbstractSpinBox *>(w);
        if (!control || w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // an editable combo box's own line edit: the combo box is named
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (w->parentWidget() && w->parentWidget()->inherits("QTabBar"))
            continue; // a tab bar's own scroll buttons
        if (text == QAccessible::Description && qobject_cast<QDialogButtonBox *>(w->parentWidget()))
            continue; // OK, Cancel: their names say it all
        // A key sequence editor's own line edit: the editor is what is named.
        QWidget *named = qobject_cast<QKeySequenceEdit *>(w->parentWidget()) ? w->parentWidget() : w;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(named);
        const QString name = a ? a->text(text) : QString();
        if (name.trimmed().isEmpty())
            out << QStringLiteral("%1 %2 (in %3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                         w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
    }
    return out;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("accessibility_test"));
        QAccessible::setActive(true);
    }

    void unnamedControls_findsAControlWithNoName()
    {
        QWidget form;
        auto *edit = new QLineEdit(&form);
        auto *list = new QComboBox(&form);
        form.show();
        QCOMPARE(unnamedControls(&form).size(), 2); // the check can fail
        edit->setAccessibleName(QStringLiteral("Title"));
        list->setAccessibleName(QStringLiteral("Outlet"));
        QVERIFY(unnamedControls(&form).isEmpty());
    }

    void mainWindow_everyControlHasAName()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        const QStringList unnamed = unnamedControls(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void mainWindow_everyControlHasADescription()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        const QStringList undescribed = unnamedControls(&w, QAccessible::Description);
        QVERIFY2(undescribed.isEmpty(), qPrintable(QStringLiteral("%1 without a description:\n").arg(undescribed.size()) + undescribed.join(u'\n')));
    }

    void dialogs_everyControlHasAName()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        ExportDialog *exportDialog = w.showExportDialog();
        QVERIFY(exportDialog);
        QStringList unnamed = unnamedControls(exportDialog);
        exportDialog->close();
        PreferencesDialog preferences(&w);
        preferences.show();
        unnamed << unnamedControls(&preferences);
        ShortcutsDialog shortcuts(Shortcuts::configurable(w.menuBar()), &w);
        shortcuts.show();
        unnamed << unnamedControls(&shortcuts);
        TourDialog tour(&w);
        tour.show();
        unnamed << unnamedControls(&tour);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        QStringList undescribedHere;
        for (QWidget *d : std::initializer_list<QWidget *>{&preferences, &shortcuts, &tour})
            undescribedHere << unnamedControls(d, QAccessible::Description);
        QVERIFY2(undescribedHere.isEmpty(), qPrintable(undescribedHere.join(u'\n')));
        // The Export dialog's controls say what they do, too.
        ExportDialog *again = w.showExportDialog();
        const QStringList undescribed = unnamedControls(again, QAccessible::Description);
        again->close();
        QVERIFY2(undescribed.isEmpty(), qPrintable(QStringLiteral("%1 without a description:\n").arg(undescribed.size()) + undescribed.join(u'\n')));
    }

    void otherDialogs_everyControlHasANameAndADescription()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        const Article article = w.reader()->article();
        QStringList problems;
        const auto check = [&](QDialog &d) {
            d.show();
            for (const QString &p : unnamedControls(&d))
                problems << QStringLiteral("no name: ") + p;
            for (const QString &p : unnamedControls(&d, QAccessible::Description))
                problems << QStringLiteral("no description: ") + p;
            d.close();
        };
        AutocodeDialog autocode(w.annotator(), &w);
        check(autocode);
        CompareDialog compare(article, article, &w);
        check(compare);
        ImportLogDialog log({}, &w);
        check(log);
        ArticlePickerDialog picker(w.databasePath(), article.id, &w);
        check(picker);
        Tag tag;
        tag.name = QStringLiteral("Claim");
        TagDialog tagDialog(tag, {}, {}, &w);
        check(tagDialog);
        TagPalette palette({tag}, w.tagModel(), &w);
        check(palette);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1:\n").arg(problems.size()) + problems.join(u'\n')));
    }

    void focusChain_reachesTheMainPartsInOrder()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w) || true);
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        // Tab from the search field goes through the article list, then the reader, then the side panel.
        QWidget *reader = w.reader()->textView();
        QWidget *list = w.findChild<QAbstractItemView *>(QStringLiteral("articleList"));
        QVERIFY(reader && list);
        QList<QWidget *> chain;
        QWidget *start = w.centralWidget() ? w.centralWidget()->nextInFocusChain() : w.nextInFocusChain();
        QWidget *x = start;
        for (int i = 0; i < 400 && x; ++i) {
            chain << x;
            x = x->nextInFocusChain();
            if (x == start)
                break;
        }
        QVERIFY(chain.contains(reader) && chain.contains(list));
        QVERIFY2(chain.indexOf(list) < chain.indexOf(reader), "the article list comes before the reader");
    }

    void exportDialog_tabOrderFollowsTheLayout()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        ExportDialog *dialog = w.showExportDialog();
        QVERIFY(dialog);
        // The controls Tab reaches, in order, from the format.
        QStringList order;
        QWidget *first = dialog->findChild<QWidget *>(QStringLiteral("format"));
        QVERIFY(first);
        QWidget *x = first;
        do {
            if ((x->focusPolicy() & Qt::TabFocus) && x->isVisibleTo(dialog) && !x->objectName().isEmpty() && !x->objectName().startsWith(QLatin1String("qt_")))
                order << x->objectName();
            x = x->nextInFocusChain();
        } while (x && x != first && order.size() < 60);
        dialog->close();
        // Top to bottom, left column before right: the format and file, the articles, then the annotations.
        const QStringList expected{QStringLiteral("format"), QStringLiteral("path"), QStringLiteral("allArticles"), QStringLiteral("dated"),
                                   QStringLiteral("outlets"), QStringLiteral("tags"), QStringLiteral("statuses"), QStringLiteral("export")};
        qsizetype at = -1;
        for (const QString &name : expected) {
            const qsizetype next = order.indexOf(name);
            QVERIFY2(next > at, qPrintable(name + QStringLiteral(" out of order: ") + order.join(u' ')));
            at = next;
        }
    }

    void smallScreens_theWindowFits1280PixelsWide_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de"); // long labels
    }

    void smallScreens_theWindowFits1280PixelsWide()
    {
        QFETCH(QString, language);
        Languages::install(QCoreApplication::instance(), language);
        int least = 0;
        {
            MainWindow w;
            w.show();
            QVERIFY(openAndWait(w, freshSample(m_tmp)));
            least = w.minimumSizeHint().width();
        }
        Languages::install(QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(least <= 1280, qPrintable(QStringLiteral("the window needs %1 px").arg(least)));
    }

    void largeFonts_reachTheReader()
    {
        const QFont before = QApplication::font();
        QFont large = before;
        large.setPointSizeF(before.pointSizeF() * 1.6);
        QApplication::setFont(large);
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        const qreal readerSize = w.reader()->textView()->font().pointSizeF();
        QApplication::setFont(before);
        QVERIFY2(readerSize >= large.pointSizeF() - 0.01, qPrintable(QStringLiteral("%1 pt in the reader, %2 pt set").arg(readerSize).arg(large.pointSizeF())));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "accessibility_test.moc"
