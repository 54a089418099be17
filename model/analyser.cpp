// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyser.h"

#include "nertagger.h"
#include "quotedetector.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Dossier {

namespace {

// Bump when canonicalNames() or correctEntities() change: what is stored depends on them.
constexpr int kCanonicalVersion = 5;

/** The words of a name, without a trailing possessive ('s). */
QList<QStringView> words(QStringView name)
{
    if (name.endsWith(QLatin1String("'s")) || name.endsWith(QStringLiteral("\u2019s")))
        name.chop(2);
    return name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString joined(const QList<QStringView> &w)
{
    QString s;
    for (QStringView v : w) {
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += v;
    }
    return s;
}

QStringView withoutThe(QStringView name)
{
    name = name.trimmed();
    if (name.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        name = name.mid(4).trimmed();
    return name;
}

} // namespace

int Analyser::nerVersion()
{
    return NerTagger::version() * 100 + kCanonicalVersion;
}

int Analyser::quoteVersion()
{
    return QuoteDetector::version();
}

QList<QString> Analyser::canonicalNames(const QString &body, const QList<EntitySpan> &entities)
{
    QList<QString> names;
    names.reserve(entities.size());
    // People named in full here, by their first and last words: "peskov" -> "Dmitry Peskov"; an
    // empty value marks a word two different full names share (no guess then).
    QHash<QString, QString> fullByWord;
    const auto note = [&](QStringView word, const QString &full) {
        const QString key = word.toString().toCaseFolded();
        auto it = fullByWord.find(key);
        if (it == fullByWord.end())
            fullByWord.insert(key, full);
        else if (*it != full)
            it->clear();
    };
    for (const EntitySpan &e : entities) {
        if (e.type != EntityType::Person)
            continue;
        const QList<QStringView> w = words(QStringView(body).mid(e.start, e.length()));
        if (w.size() < 2 || w.first().front().isLower())
            continue; // one word, or "de Vabres": not a full name
        const QString full = joined(w);
        note(w.last(), full);
        note(w.first(), full);
    }
    for (const EntitySpan &e : entities) {
        if (e.type == EntityType::Date) {
            names.append(QString());
            continue;
        }
        const QStringView surface = withoutThe(QStringView(body).mid(e.start, e.length()));
        if (e.type != EntityType::Person) {
            names.append(surface.toString().simplified());
            continue;
        }
        const QList<QStringView> w = words(surface);
        const bool particleLed = w.size() > 1 && w.first().front().isLower(); // "de Vabres"
        if (particleLed) {
            const QString full = fullByWord.value(w.last().toString().toCaseFolded());
            names.append(full.isEmpty() ? joined(w) : full);
        } else if (w.size() == 1) {
            const QString full = fullByWord.value(w.first().toString().toCaseFolded());
            names.append(full.isEmpty() ? w.first().toString() : full);
        } else {
            names.append(joined(w));
        }
    }
    return names;
}

ArticleAnalysis Analyser::analyseQuotes(const QString &body, const QList<EntitySpan> &entities)
{
    ArticleAnalysis a;
    a.nerVersion = nerVersion();
    a.quoteVersion = quoteVersion();
    a.entities = entities;
    a.canonical = canonicalNames(body, entities);
    static const QuoteDetector detector;
    a.quotes = detector.detect(body, entities);
    return a;
}

QList<EntitySpan> Analyser::correctEntities(const QString &body, QList<EntitySpan> entities)
{
    // Titles and roles are not people ("The Chancellor said"): a person span that is only a role
    // word names nobody. Parties and a few institutions that news text uses as actors are
    // organisations, whatever the model made of them, and found where it missed them.
    static const QSet<QString> roles = {
        QStringLiteral("Chancellor"), QStringLiteral("President"), QStringLiteral("Minister"), QStringLiteral("Secretary"),
        QStringLiteral("Governor"), QStringLiteral("Mayor"), QStringLiteral("Premier"), QStringLiteral("Senator"),
        QStringLiteral("Chairman"), QStringLiteral("Chairwoman"), QStringLiteral("Chief"), QStringLiteral("Director"),
        QStringLiteral("Judge"), QStringLiteral("Speaker"), QStringLiteral("Leader"), QStringLiteral("Commissioner"),
        QStringLiteral("Ambassador"), QStringLiteral("Spokesman"), QStringLiteral("Spokeswoman"), QStringLiteral("Spokesperson"),
        QStringLiteral("Manager"), QStringLiteral("Coach"), QStringLiteral("Captain"), QStringLiteral("Professor"),
        QStringLiteral("Archbishop"), QStringLiteral("Councillor"), QStringLiteral("Prime Minister"),
        QStringLiteral("Home Secretary"), QStringLiteral("Foreign Secretary"), QStringLiteral("Chief Executive"),
        // Party adjectives: "Tory leader Michael Howard" names a person, and no party by itself.
        QStringLiteral("Tory"), QStringLiteral("Conservative"), QStringLiteral("Labour"),
    };
    static const QSet<QString> organisations = {
        QStringLiteral("Tories"), QStringLiteral("Labour"), QStringLiteral("Conservatives"),
        QStringLiteral("Lib Dems"), QStringLiteral("Liberal Democrats"), QStringLiteral("Democrats"), QStringLiteral("Republicans"),
        QStringLiteral("SNP"), QStringLiteral("UKIP"), QStringLiteral("Plaid Cymru"), QStringLiteral("Sinn Fein"),
        QStringLiteral("Kremlin"), QStringLiteral("Pentagon"), QStringLiteral("Nato"), QStringLiteral("NATO"),
        QStringLiteral("EU"), QStringLiteral("UN"), QStringLiteral("Treasury"), QStringLiteral("Home Office"),
        QStringLiteral("Foreign Office"), QStringLiteral("Commons"),
    };
    // News names a person in full at least once ("Dmitry Peskov", then "Peskov") or with a title
    // ("Mr Peskov"). A one-word "person" the article never names so is, in news, nearly always a
    // company, club or band the model did not know (Sony, Yukos, Chelsea): an organisation.
    QSet<QString> namedInFull;
    for (const EntitySpan &e : std::as_const(entities)) {
        if (e.type != EntityType::Person)
            continue;
        const QStringView text = QStringView(body).mid(e.start, e.length());
        if (text.contains(QLatin1Char(' '))) {
            for (QStringView w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                namedInFull.insert(w.toString());
        } else {
            static const QRegularExpression title(QStringLiteral("\\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|President|Minister|"
                                                                 "Chancellor|Secretary|Senator|Governor|General|Judge|Captain|Coach|Manager)\\.?\\s+$"));
            const QStringView before = QStringView(body).mid(qMax(0, e.start - 20), qMin(e.start, 20));
            if (title.matchView(before).hasMatch())
                namedInFull.insert(text.toString());
        }
    }
    // ... when some mention of it is followed by what is said of companies, clubs and bands:
    // "Yukos shares", "Sony's chief executive", "Chelsea fans".
    static const QRegularExpression organisationCue(QStringLiteral(
        "^(?:['\u2019]s)?\\s+(?:boss|bosses|chief|chiefs|chairman|executive|executives|shares?|profits?|sales|revenues?|"
        "spokes(?:man|woman|person)|staff|workers|employees|fans|players|squad|manager|customers|subscribers|"
        "users|stake|takeover|bid|board|investors|shareholders|unit|subsidiary|owners?|stores|shops|restaurants|"
        "products|album|single|debut|Inc|Corp|plc|Ltd|Group|has\\s+(?:announced|agreed|said))\\b"));
    // ... or preceded by it: "oil firm Yukos", "shares in Sony", "the band Franz Ferdinand".
    static const QRegularExpression organisationBefore(QStringLiteral(
        "\\b(?:firm|company|group|giant|retailer|maker|chain|club|side|band|label|carrier|airline|bank|insurer|"
        "broadcaster|publisher|operator|shares\\s+in|shares\\s+of|stake\\s+in|owner|rivals?)\\s+$"));
    QSet<QString> organisationLike;
    for (const EntitySpan &e : std::as_const(entities)) {
        if (e.type != EntityType::Person)
            continue;
        const QString text = body.mid(e.start, e.length());
        if (text.contains(QLatin1Char(' ')) || namedInFull.contains(text) || organisationLike.contains(text))
            continue;
        if (organisationCue.matchView(QStringView(body).mid(e.end, 40)).hasMatch()
            || organisationBefore.matchView(QStringView(body).mid(qMax(0, e.start - 30), qMin(e.start, 30))).hasMatch())
            organisationLike.insert(text);
    }
    QList<EntitySpan> out;
    out.reserve(entities.size());
    // Capitalised common nouns and feasts, never a name of someone or something (CoNLL's MISC at
    // most): "PC sales", "an MP", "over Christmas".
    static const QSet<QString> notNames = {
        QStringLiteral("PC"), QStringLiteral("PCs"), QStringLiteral("TV"), QStringLiteral("MP"), QStringLiteral("MPs"),
        QStringLiteral("MEP"), QStringLiteral("MEPs"), QStringLiteral("CEO"), QStringLiteral("DVD"), QStringLiteral("DVDs"),
        QStringLiteral("CD"), QStringLiteral("CDs"), QStringLiteral("GDP"), QStringLiteral("VAT"), QStringLiteral("SMS"),
        QStringLiteral("MMS"), QStringLiteral("3G"), QStringLiteral("ID"), QStringLiteral("PR"), QStringLiteral("IT"),
        QStringLiteral("Christmas"), QStringLiteral("Easter"), QStringLiteral("Ramadan"), QStringLiteral("Diwali"),
        QStringLiteral("Hanukkah"), QStringLiteral("Thanksgiving"),
    };
    static const QRegularExpression weekday(QStringLiteral("^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$"));
    for (EntitySpan e : std::as_const(entities)) {
        if (e.type == EntityType::Person && organisationLike.contains(body.mid(e.start, e.length())))
            e.type = EntityType::Organisation;
        if (e.type != EntityType::Date && notNames.contains(body.mid(e.start, e.length())))
            continue;
        // "The Bank of England": the article is not part of a long name (a band's "The Cure" keeps it).
        if (e.type != EntityType::Date && e.length() > 4 && body.mid(e.start, 4) == QLatin1String("The ")
            && body.mid(e.start + 4, e.end - e.start - 4).count(QLatin1Char(' ')) >= 1)
            e.start += 4;
        // A weekday that begins a name is no date: the Sunday Times, Wednesday Club.
        if (e.type == EntityType::Date && e.end + 2 < body.size() && body.at(e.end) == QLatin1Char(' ') && body.at(e.end + 1).isUpper()
            && weekday.matchView(QStringView(body).mid(e.start, e.length())).hasMatch())
            continue;
        const QString text = body.mid(e.start, e.length());
        if (e.type == EntityType::Person && roles.contains(text))
            continue;
        if (e.type != EntityType::Date && organisations.contains(text))
            e.type = EntityType::Organisation;
        out.append(e);
    }
    // The organisations the model did not see, as whole capitalised words outside any span: one
    // pass over the capitalised words, not one search of the text per name.
    static const QList<std::pair<QString, QStringList>> byFirstWord = [] {
        QHash<QString, QStringList> h;
        for (const QString &name : organisations)
            h[name.section(QLatin1Char(' '), 0, 0)].append(name);
        QList<std::pair<QString, QStringList>> list;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            list.append({it.key(), it.value()});
        return list; // a short list: compared in place, no string made per capitalised word
    }();
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('-'); };
    QList<EntitySpan> found;
    QList<qsizetype> titlePositions; // where "Mr", "Dr", … stand: the title rule below looks there only
    qsizetype next = 0; // index into `out`, which is sorted by start
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (!body.at(i).isUpper() || (i > 0 && isWordChar(body.at(i - 1))))
            continue;
        qsizetype end = i;
        while (end < body.size() && isWordChar(body.at(end)))
            ++end;
        const QStringView word = QStringView(body).mid(i, end - i);
        if (word.size() <= 4 && (word == u"Mr" || word == u"Mrs" || word == u"Ms" || word == u"Miss" || word == u"Dr"
                                 || word == u"Sir" || word == u"Dame" || word == u"Lady" || word == u"Prof"))
            titlePositions.append(i);
        const auto candidates = std::find_if(byFirstWord.cbegin(), byFirstWord.cend(), [&](const auto &entry) { return entry.first == word; });
        if (candidates != byFirstWord.cend()) {
            for (const QString &name : candidates->second) {
                const qsizetype nameEnd = i + name.size();
                if (!QStringView(body).mid(i).startsWith(name) || (nameEnd < body.size() && isWordChar(body.at(nameEnd))))
                    continue;
                while (next < out.size() && out.at(next).end <= i)
                    ++next;
                if (next >= out.size() || out.at(next).start >= nameEnd)
                    found.append({int(i), int(nameEnd), EntityType::Organisation});
                break;
            }
        }
        i = end - 1;
    }
    // A title names a person, whoever the model thought it was: "Mr de Vabres", "Dr Sullivan".
    // Read by hand: a regular expression here cost more than the rest of these rules.
    static const QSet<QString> particles = {
        QStringLiteral("de"), QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("da"), QStringLiteral("di"),
        QStringLiteral("du"), QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("la"), QStringLiteral("le"),
        QStringLiteral("bin"), QStringLiteral("al"), QStringLiteral("ter"), QStringLiteral("den"), QStringLiteral("der"),
    };
    const auto isNameChar = [](QChar c) { return c.isLetter() || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-'); };
    const auto wordEnd = [&](qsizetype i) {
        while (i < body.size() && isNameChar(body.at(i)))
            ++i;
        return i;
    };
    const auto skipSpaces = [&](qsizetype i) {
        while (i < body.size() && body.at(i) == QLatin1Char(' '))
            ++i;
        return i;
    };
    for (const qsizetype at : std::as_const(titlePositions)) {
        qsizetype i = wordEnd(at);
        if (i < body.size() && body.at(i) == QLatin1Char('.'))
            ++i;
        if (i >= body.size() || body.at(i) != QLatin1Char(' '))
            continue;
        i = skipSpaces(i);
        const qsizetype nameStart = i;
        while (i < body.size() && body.at(i).isLower()) { // particles: "de", "van der"
            const qsizetype e = wordEnd(i);
            if (!particles.contains(body.mid(i, e - i)) || e >= body.size() || body.at(e) != QLatin1Char(' '))
                break;
            i = skipSpaces(e);
        }
        if (i >= body.size() || !body.at(i).isUpper())
            continue;
        qsizetype nameEnd = wordEnd(i);
        const qsizetype next = skipSpaces(nameEnd);
        if (next > nameEnd && next < body.size() && body.at(next).isUpper())
            nameEnd = wordEnd(next); // "Mr Gordon Brown"
        int start = int(nameStart);
        int end = int(nameEnd);
        if (body.mid(start, end - start).endsWith(QLatin1String("'s")) || body.mid(start, end - start).endsWith(QStringLiteral("\u2019s")))
            end -= 2;
        bool overlaps = false;
        for (EntitySpan &e : out) {
            if (e.start < end && start < e.end) {
                overlaps = true;
                if (e.start == start && e.end == end && e.type != EntityType::Person && e.type != EntityType::Date)
                    e.type = EntityType::Person;
            }
        }
        for (const EntitySpan &e : std::as_const(found))
            overlaps = overlaps || (e.start < end && start < e.end);
        if (!overlaps)
            found.append({start, end, EntityType::Person});
    }
    if (!found.isEmpty()) {
        out += found;
        std::sort(out.begin(), out.end(), [](const EntitySpan &a, const EntitySpan &b) { return a.start < b.start; });
    }
    return out;
}

ArticleAnalysis Analyser::analyse(const QString &body)
{
    return analyseQuotes(body, correctEntities(body, NerTagger::builtin().tag(body)));
}

} // namespace Dossier
