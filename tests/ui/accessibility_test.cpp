// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Accessibility of the main window and its dialogs: every control a keyboard or a screen reader
// reaches has a name (its own, its text, or its label's), Tab goes through each window in reading
// order, and the application's font (large-font settings) reaches the reader.

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
#include "sidepanel.h"
#include "testutil.h"
#include "tourdialog.h"
#include "accesskeys.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QAccessibleAnnouncementEvent>
#endif
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

using namespace Dossier;
using namespace Qt::StringLiterals;
using namespace AccessKeys;
using namespace WindowFixture;

namespace {

/** The control a screen reader names for `w`, or null when `w` is not a control of its own: an
    editable combo box's or a spin box's line edit, a tab bar's scroll buttons, a key sequence
    editor's line edit (the editor is the control). */
QWidget *controlFor(QWidget *w, QWidget *root)
{
    const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                         || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
                         || qobject_cast<QAbstractSpinBox *>(w);
    if (!control || w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root))
        return nullptr;
    if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
        return nullptr;
    if (w->parentWidget() && w->parentWidget()->inherits("QTabBar"))
        return nullptr;
    return qobject_cast<QKeySequenceEdit *>(w->parentWidget()) ? w->parentWidget() : w;
}

QString accessibleText(QWidget *w, QAccessible::Text text = QAccessible::Name)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(text).trimmed() : QString();
}

/** Whether a label leads to `w` (a QLabel whose buddy it is): screen readers read it as its name. */
bool hasLabel(QWidget *w)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    return a && !a->relations(QAccessible::Label).isEmpty();
}

/** The controls of `root` a user can reach, with no name a screen reader could say (or, with
    `description`, no description: what the control does, its tooltip by default). */
QStringList unnamedControls(QWidget *root, QAccessible::Text text = QAccessible::Name)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        QWidget *named = controlFor(w, root);
        if (!named)
            continue;
        if (text == QAccessible::Description && qobject_cast<QDialogButtonBox *>(w->parentWidget()))
            continue; // OK, Cancel: their names say it all
        // On Linux a combo box's name is the item it shows (Qt's QAccessibleComboBox, for AT-SPI):
        // what it is for comes only from a label that leads to it (the Label relation).
        const bool comboWithoutLabel = text == QAccessible::Name && qobject_cast<QComboBox *>(named) && !hasLabel(named);
        if (comboWithoutLabel || accessibleText(named, text).isEmpty())
            out << QStringLiteral("%1 %2 (in %3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                         w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
    }
    return out;
}

/** The names of the controls in `root`'s focus chain that take Tab, in its order, from the first
    (each once: the chain is a ring). Tab itself passes over the disabled ones and all but one
    button of a radio group; the order among the rest is this one. */
QStringList tabOrder(QWidget *root)
{
    QStringList order;
    QWidget *first = root->nextInFocusChain();
    while (first != root && !((first->focusPolicy() & Qt::TabFocus) && controlFor(first, root)))
        first = first->nextInFocusChain();
    QWidget *x = first;
    int guard = 0;
    do {
        if ((x->focusPolicy() & Qt::TabFocus) && root->isAncestorOf(x)) {
            if (QWidget *control = controlFor(x, root)) // the name given, else the one Qt makes (a button's text)
                order << (control->accessibleName().isEmpty() ? accessibleText(control) : control->accessibleName());
        }
        x = x->nextInFocusChain();
    } while (x && x != first && ++guard < 1000);
    return order;
}

/** The access keys (Alt and a letter) that two things in `root` share: its buttons, the labels
    that lead to a control, its tabs, and, for a main window, its menu bar's titles. */
QStringList accessKeyClashes(QWidget *root)
{
    QList<std::pair<QString, QWidget *>> texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->window() != root)
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts.append({b->text(), w});
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            texts.append({l->text(), w});
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append({tabs->tabText(i), w});
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                texts.append({a->text(), w});
        }
    }
    QStringList clashes;
    QHash<QChar, QString> taken;
    for (const auto &[text, w] : std::as_const(texts)) {
        const QChar key = accessKey(text);
        if (key.isNull())
            continue;
        if (taken.contains(key))
            clashes << QStringLiteral("“%1” and “%2” both use Alt+%3").arg(taken.value(key), text, key.toUpper());
        else
            taken.insert(key, text);
    }
    return clashes;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    /** Each window of Dossier, shown in turn and handed to `visit` with its name: the main window
        `w` (a corpus open in it), then every dialog. */
    static void forEachWindow(MainWindow &w, const std::function<void(const QString &, QWidget *)> &visit)
    {
        visit(u"main window"_s, &w);
        // The side panel's other tabs, and the list's search tab, each shown in turn.
        SidePanel *side = w.sidePanel();
        for (int i = 1; i < side->count(); ++i) {
            side->setCurrentIndex(i);
            visit(u"main window, "_s + side->tabText(i).remove(u'&').section(u" ("_s, 0, 0) + u" tab"_s, &w); // "Quotes (5)": Quotes
        }
        side->setCurrentIndex(0);
        if (ExportDialog *exportDialog = w.showExportDialog()) {
            visit(u"Export"_s, exportDialog);
            exportDialog->close();
        }
        const auto dialog = [&visit](const QString &name, QDialog &d) {
            d.show();
            visit(name, &d);
            d.close();
        };
        const Article article = w.reader()->article();
        PreferencesDialog preferences(&w);
        dialog(u"Preferences"_s, preferences);
        ShortcutsDialog shortcuts(Shortcuts::configurable(w.menuBar()), &w);
        dialog(u"Keyboard Shortcuts"_s, shortcuts);
        TourDialog tour(&w);
        dialog(u"Getting Started"_s, tour);
        AutocodeDialog autocode(w.annotator(), &w);
        dialog(u"Autocode"_s, autocode);
        CompareDialog compare(article, article, &w);
        dialog(u"Compare"_s, compare);
        ImportLogDialog log({}, &w);
        dialog(u"Import Log"_s, log);
        ArticlePickerDialog picker(w.databasePath(), article.id, &w);
        dialog(u"article picker"_s, picker);
        Tag tag;
        tag.name = QStringLiteral("Claim");
        TagDialog tagDialog(tag, {}, {}, &w);
        dialog(u"tag editor"_s, tagDialog);
        TagPalette palette({tag}, w.tagModel(), &w);
        dialog(u"tag palette"_s, palette);
    }

private Q_SLOTS:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("accessibility_test"));
        QAccessible::setActive(true);
    }

    void init()
    {
        // A tab order Qt refused (widgets of two windows) is a warning only: here it fails.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^QWidget::setTabOrder")));
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
        list->addItem(QStringLiteral("All outlets"));
        // The combo box's own name is not what a Linux screen reader hears: its item is.
        QCOMPARE(unnamedControls(&form).size(), 1);
        (new QLabel(QStringLiteral("Outlet:"), &form))->setBuddy(list);
        QVERIFY(unnamedControls(&form).isEmpty());
    }

    // Every control of every window has a name a screen reader says and a description of what it
    // does (the dialog buttons OK and Cancel need none).
    void everyWindow_everyControlHasANameAndADescription()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        QStringList problems;
        int windows = 0;
        forEachWindow(w, [&](const QString &window, QWidget *root) {
            ++windows;
            for (const QString &p : unnamedControls(root))
                problems << window + QStringLiteral(": no name: ") + p;
            for (const QString &p : unnamedControls(root, QAccessible::Description))
                problems << window + QStringLiteral(": no description: ") + p;
        });
        QCOMPARE(windows, 14);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1:\n").arg(problems.size()) + problems.join(u'\n')));
    }

    // Tab goes through each window as it reads: top to bottom, a row left to right, the main
    // window's columns left to right. Every control is listed, so a new one has to be placed.
    void tabOrder_followsTheLayout()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, freshSample(m_tmp)));
        // The search bar; the left column: filters, the list they narrow, the codebook; the reader
        // and its legend; then the side panel's tab.
        const QStringList columns{
            u"Search all articles"_s, u"Filter articles by title"_s, u"Filter by outlet"_s, u"Published"_s, u"Published from"_s,
            u"Published until"_s, u"Filter by tag"_s, u"Filter by claim status"_s, u"Filter by entity"_s, u"Annotated only"_s,
            u"Filter by story"_s, u"Altered quotes"_s, u"Clear Filters"_s, u"Articles"_s, u"+ Tag"_s, u"+ Child"_s, u"Edit…"_s,
            u"Find a tag"_s, u"Codebook"_s, u"Article text"_s, u"Person"_s, u"Organisation"_s, u"Place"_s, u"Date"_s, u"Quote"_s,
            u"Speaker"_s, u"Annotations"_s};
        const QHash<QString, QStringList> expected{
            {u"main window"_s,
             columns
                 + QStringList{u"Note on this article"_s, u"Annotations of this article"_s, u"Add Tag…"_s, u"Remove Tag"_s,
                               u"Note on the annotation"_s, u"This is a claim"_s, u"Verdict"_s, u"Claimant"_s, u"Evidence"_s, u"Add Link…"_s,
                               u"Remove"_s, u"Delete Annotation"_s}},
            {u"main window, Quotes tab"_s, columns + QStringList{u"Quotes in this article"_s}},
            {u"main window, Entities tab"_s, columns + QStringList{u"Entities in this article"_s, u"Articles that mention the entity"_s}},
            {u"main window, Links tab"_s,
             columns
                 + QStringList{u"Confirm"_s, u"Reject"_s, u"Withdraw"_s, u"Compare"_s, u"Link Article…"_s, u"Link Quote…"_s,
                               u"Other articles of the same story"_s, u"The article's quotes in other articles"_s,
                               u"Differences between the two versions"_s}},
            {u"Export"_s,
             {u"Format"_s, u"File to write"_s, u"Browse…"_s, u"All articles (12)"_s, u"Articles in the list (12)"_s, u"Selected articles (1)"_s,
              u"Published between"_s, u"Published from"_s, u"Published until"_s, u"Outlets"_s, u"Tags"_s, u"Verdicts"_s, u"Export"_s,
              u"Cancel"_s}},
            {u"Preferences"_s, {u"Language"_s, u"OK"_s, u"Cancel"_s}},
            {u"Keyboard Shortcuts"_s,
             {u"Find an action"_s, u"Actions and their shortcuts"_s, u"New shortcut"_s, u"Clear"_s, u"Default"_s, u"OK"_s, u"Cancel"_s}},
            {u"Getting Started"_s, {u"Back"_s, u"Next"_s, u"Close"_s}},
            {u"Autocode"_s,
             {u"Pattern"_s, u"Regular expression"_s, u"Match case"_s, u"Whole words"_s, u"Where to look"_s, u"Speaker"_s, u"Tag"_s, u"Run"_s,
              u"Cancel"_s}},
            {u"Compare"_s, {u"The two articles side by side"_s, u"Previous Change"_s, u"Next Change"_s, u"Close"_s}},
            {u"Import Log"_s, {u"Import log"_s, u"Close"_s}},
            {u"article picker"_s, {u"Filter articles"_s, u"Articles"_s, u"Link"_s, u"Cancel"_s}},
            {u"tag editor"_s, {u"Tag name"_s, u"Colour"_s, u"Description"_s, u"Shortcut"_s, u"OK"_s, u"Cancel"_s}},
            {u"tag palette"_s, {u"Tag palette"_s, u"Tags"_s}},
        };
        QStringList problems;
        QStringList seen;
        forEachWindow(w, [&](const QString &window, QWidget *root) {
            seen << window;
            const QStringList order = tabOrder(root);
            if (order != expected.value(window))
                problems << QStringLiteral("%1:\n  Tab goes %2\n  expected  %3")
                                .arg(window, order.join(QLatin1String(", ")), expected.value(window).join(QLatin1String(", ")));
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(seen.size(), expected.size());
    }

    void tabOrder_seesAControlOutOfPlace()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *first = new QLineEdit(&form);
        auto *third = new QLineEdit(&form);
        auto *second = new QLineEdit(&form);
        first->setAccessibleName(QStringLiteral("first"));
        second->setAccessibleName(QStringLiteral("second"));
        third->setAccessibleName(QStringLiteral("third"));
        layout->addWidget(first);
        layout->addWidget(second);
        layout->addWidget(third);
        form.show();
        QCOMPARE(tabOrder(&form), (QStringList{u"first"_s, u"third"_s, u"second"_s})); // the order they were made
        QWidget::setTabOrder(first, second);
        QCOMPARE(tabOrder(&form), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    }

    // Every menu and every command in it can be reached with Alt and a letter, in every language:
    // the menu bar's titles each have their own, and the commands of a menu each have their own.
    void keyboard_everyMenuCommandHasItsOwnAccessKey_data()
    {
        addLanguageRows();
    }

    void keyboard_everyMenuCommandHasItsOwnAccessKey()
    {
        QFETCH(QString, language);
        const auto english = speaking(language); // English again at the end, a failure included
        QStringList problems;
        {
            MainWindow w;
            w.show();
            QVERIFY(openAndWait(w, freshSample(m_tmp)));
            problems = accessKeyProblems(w.menuBar()->actions(), u"menu bar"_s);
            // And in each window, no two controls (buttons, labelled fields, tabs, the menu bar's
            // titles) answer to the same Alt and letter.
            forEachWindow(w, [&](const QString &window, QWidget *root) {
                for (const QString &c : accessKeyClashes(root))
                    problems << window + QStringLiteral(": ") + c;
            });
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void keyboard_accessKeyProblemsAreFound()
    {
        QMenu menu;
        menu.addAction(u"&Open"_s);
        menu.addAction(u"&Open Recent"_s);
        menu.addAction(u"Close"_s);
        menu.addSeparator();
        QCOMPARE(accessKeyProblems(menu.actions(), u"File"_s).size(), 2); // a key twice, a command with none
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        layout->addWidget(new QPushButton(u"&Save"_s, &form));
        layout->addWidget(new QCheckBox(u"&Strict"_s, &form));
        layout->addWidget(new QPushButton(u"&Close"_s, &form));
        QCOMPARE(accessKeyClashes(&form).size(), 1);
    }

    // The commands every desktop application has use the platform's keys for them.
    void keyboard_commonCommandsUseTheStandardKeys()
    {
        MainWindow w;
        const auto keys = [&w](const char *name) {
            auto *a = w.findChild<QAction *>(QLatin1String(name));
            return a ? a->shortcuts() : QList<QKeySequence>{};
        };
        const QList<std::pair<const char *, QKeySequence::StandardKey>> standard{
            {"openFolder", QKeySequence::Open}, {"reimport", QKeySequence::Refresh}, {"undo", QKeySequence::Undo},
            {"searchArticles", QKeySequence::Find}, {"gettingStarted", QKeySequence::HelpContents},
        };
        for (const auto &[name, key] : standard) {
            const QList<QKeySequence> platform = QKeySequence::keyBindings(key);
            QVERIFY2(!platform.isEmpty() && keys(name).contains(platform.first()),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), QKeySequence::listToString(keys(name)))));
        }
        // Quit, Redo and Preferences: KDE's and GNOME's keys, also where the platform has none
        // (as here, offscreen).
        QVERIFY(keys("quit").contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QVERIFY(keys("redo").contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(keys("preferences").contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    }

    // What the status bar tells (an import's outcome, a failure) is announced to screen readers,
    // which do not watch it.
    void statusMessages_areAnnounced()
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        static QStringList announced;
        announced.clear();
        QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
            if (event->type() == QAccessible::Announcement)
                announced << static_cast<QAccessibleAnnouncementEvent *>(event)->message();
        });
        const auto uninstall = qScopeGuard([] { QAccessible::installUpdateHandler(nullptr); }); // also on failure
        {
            MainWindow w;
            w.show();
            QVERIFY(openAndWait(w, freshSample(m_tmp)));
        }
        const auto imported = std::find_if(announced.cbegin(), announced.cend(), [](const QString &m) { return m.startsWith(u"Imported: "_s); });
        QVERIFY2(imported != announced.cend(), qPrintable(announced.join(u'\n')));
        QVERIFY(imported->contains(u"12 added"_s));
#else
        QSKIP("announcements need Qt 6.8");
#endif
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
        const auto english = speaking(language); // English again at the end, a failure included
        int least = 0;
        {
            MainWindow w;
            w.show();
            QVERIFY(openAndWait(w, freshSample(m_tmp)));
            least = w.minimumSizeHint().width();
        }
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
