// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The translations: every string the sources mark for translation (found by running lupdate over
// them now, so a string added without updating the .ts files fails here) has a finished, non-empty
// translation in German, Spanish and Ukrainian, with the same placeholders, and plural strings
// have as many forms as the language has. Then Languages::install() puts them to use.

#include "languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Dossier;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString state;             ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations;  ///< the translation, or its numerus forms
};

QString keyOf(const Message &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

/** The messages of a .ts file, by context, source and comment. */
QHash<QString, Message> readTs(const QString &path, QString *language)
{
    QHash<QString, Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                out.insert(keyOf(m), m);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            if (language)
                *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.state = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    return out;
}

/** The placeholders of a string: %1…%99, %L1, %n. */
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    QHash<QString, Message> m_sources; // what the sources mark for translation now

private Q_SLOTS:
    void initTestCase()
    {
        // lupdate over the sources into a file of their own.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("sources.ts"));
        QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
                         QStringLiteral("cpp,h")};
        for (const char *sub : {"app", "ui", "model"})
            args << QStringLiteral(DOSSIER_SOURCE_DIR "/") + QLatin1String(sub);
        args << QStringLiteral("-ts") << ts;
        QProcess lupdate;
        lupdate.start(QStringLiteral(DOSSIER_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        m_sources = readTs(ts, nullptr);
        QVERIFY2(m_sources.size() > 500, qPrintable(QString::number(m_sources.size())));
    }

    void everySourceStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("es") << QStringLiteral("es") << 2;
        QTest::newRow("uk") << QStringLiteral("uk") << 3;
    }

    void everySourceStringIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString declared;
        const QHash<QString, Message> translated = readTs(QStringLiteral(DOSSIER_SOURCE_DIR "/translations/dossier_%1.ts").arg(language), &declared);
        QVERIFY2(declared.startsWith(language), qPrintable(declared));
        QStringList problems;
        for (const Message &source : std::as_const(m_sources)) {
            const QString where = source.context + QStringLiteral(": “") + source.source.left(60) + QStringLiteral("”");
            const auto it = translated.constFind(keyOf(source));
            if (it == translated.cend() || it->state == QLatin1String("vanished") || it->state == QLatin1String("obsolete")) {
                problems << QStringLiteral("missing: ") + where;
                continue;
            }
            if (it->state == QLatin1String("unfinished")) {
                problems << QStringLiteral("unfinished: ") + where;
                continue;
            }
            if (source.numerus && it->translations.size() != pluralForms)
                problems << QStringLiteral("%1 plural forms, not %2: ").arg(it->translations.size()).arg(pluralForms) + where;
            for (const QString &t : it->translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (placeholders(t) != placeholders(source.source))
                    problems << QStringLiteral("placeholders %1, not %2: ").arg(placeholders(t).join(u' '), placeholders(source.source).join(u' ')) + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, first ones:\n").arg(problems.size()) + problems.mid(0, 20).join(u'\n')));
    }

    // The desktop entry and the AppStream metainfo speak each language too: what the application
    // menu and the software centre show before Dossier starts.
    void desktopEntryAndMetainfoAreTranslated_data()
    {
        everySourceStringIsTranslated_data();
    }

    void desktopEntryAndMetainfoAreTranslated()
    {
        QFETCH(QString, language);
        QFile desktopFile(QStringLiteral(DOSSIER_SOURCE_DIR "/packaging/linux/org.dossier.Dossier.desktop"));
        QFile metainfoFile(QStringLiteral(DOSSIER_SOURCE_DIR "/packaging/linux/org.dossier.Dossier.metainfo.xml.in"));
        QVERIFY(desktopFile.open(QIODevice::ReadOnly) && metainfoFile.open(QIODevice::ReadOnly));
        const QString desktop = QString::fromUtf8(desktopFile.readAll());
        const QString metainfo = QString::fromUtf8(metainfoFile.readAll());
        QStringList missing;
        for (const char *key : {"GenericName", "Comment", "Keywords"}) {
            if (!desktop.contains(QStringLiteral("\n%1[%2]=").arg(QLatin1String(key), language)))
                missing << QStringLiteral("desktop entry: %1[%2]").arg(QLatin1String(key), language);
        }
        // Each element of the summary and the description, in English and in this language.
        for (const char *element : {"summary", "p", "li"}) {
            const QRegularExpression english(QStringLiteral("<%1>").arg(QLatin1String(element)));
            const QRegularExpression translated(QStringLiteral("<%1 xml:lang=\"%2\">").arg(QLatin1String(element), language));
            const qsizetype want = metainfo.count(english);
            const qsizetype have = metainfo.count(translated);
            if (want == 0 || have != want)
                missing << QStringLiteral("metainfo: %1 of %2 <%3> translated").arg(have).arg(want).arg(QLatin1String(element));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void installLoadsTheChosenLanguage()
    {
        QStandardPaths::setTestModeEnabled(true);
        Languages::setChosen(QStringLiteral("uk"));
        QCOMPARE(Languages::chosen(), QStringLiteral("uk"));
        QCOMPARE(Languages::install(QCoreApplication::instance(), Languages::chosen()), QStringLiteral("uk"));
        // Ukrainian has three plural forms: 1, 2–4, 5–20.
        const QString one = QCoreApplication::translate("Dossier::ExportDialog", "%n articles", nullptr, 1);
        const QString few = QCoreApplication::translate("Dossier::ExportDialog", "%n articles", nullptr, 3);
        const QString many = QCoreApplication::translate("Dossier::ExportDialog", "%n articles", nullptr, 5);
        QVERIFY2(one.startsWith(QLatin1String("1 ")) && few.startsWith(QLatin1String("3 ")) && many.startsWith(QLatin1String("5 ")),
                 qPrintable(one + u'|' + few + u'|' + many));
        QVERIFY2(one.mid(2) != few.mid(2) && few.mid(2) != many.mid(2) && one.mid(2) != many.mid(2), qPrintable(one + u'|' + few + u'|' + many));
        QVERIFY(!one.contains(QLatin1String("article")));

        // Another language replaces it; English gives the singular its own form.
        QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Dossier::ExportDialog", "%n articles", nullptr, 1), QStringLiteral("1 article"));
        QCOMPARE(QCoreApplication::translate("Dossier::ExportDialog", "%n articles", nullptr, 2), QStringLiteral("2 articles"));
        QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QVERIFY(QCoreApplication::translate("Dossier::MainWindow", "&File") != QLatin1String("&File"));

        Languages::setChosen(QString());
        QVERIFY(Languages::chosen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
