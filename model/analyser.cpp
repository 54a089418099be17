// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyser.h"

#include "nertagger.h"
#include "quotedetector.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <limits>

namespace Dossier {

namespace {

// Bump when canonicalNames() or correctEntities() change: what is stored depends on them.
constexpr int kCanonicalVersion = 14;

/** A hash of a word that ignores case, as QStringView::compare(Qt::CaseInsensitive) does. */
size_t foldedHash(QStringView word)
{
    size_t h = 0xcbf29ce484222325ULL;
    for (QChar c : word) {
        char16_t u = c.unicode();
        if (u < 0x80)
            u = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
        else
            u = QChar::toCaseFolded(u);
        h = (h ^ u) * 0x100000001b3ULL;
    }
    return h;
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


/** A fixed set of words or names, looked up without making a string: a hash of the characters
 *  (ASCII letters folded when the set ignores case), open addressing, then one comparison. */
class WordList
{
public:
    WordList(std::initializer_list<const char *> words, Qt::CaseSensitivity cs = Qt::CaseInsensitive)
        : m_cs(cs)
    {
        for (const char *w : words)
            m_words.append(QString::fromLatin1(w));
        build();
    }
    WordList(QList<QString> words, Qt::CaseSensitivity cs)
        : m_words(std::move(words))
        , m_cs(cs)
    {
        build();
    }
    bool contains(QStringView w) const
    {
        if (w.size() < m_minLength || w.size() > m_maxLength || !mayStart(w.front().unicode()))
            return false;
        return find(w, hash(w, m_cs));
    }
    /** The same with the word's hash(w, the list's case sensitivity) already made: one hash for
     *  several lists. */
    bool contains(QStringView w, size_t h) const
    {
        return w.size() >= m_minLength && w.size() <= m_maxLength && mayStart(w.front().unicode()) && find(w, h);
    }
    static size_t hash(QStringView w, Qt::CaseSensitivity cs)
    {
        size_t h = 0xcbf29ce484222325ULL;
        for (QChar c : w) {
            char16_t u = c.unicode();
            if (cs == Qt::CaseInsensitive && u >= u'A' && u <= u'Z')
                u += 32;
            h = (h ^ u) * 0x100000001b3ULL;
        }
        return h ^ (h >> 29);
    }

private:
    bool find(QStringView w, size_t h) const
    {
        for (size_t slot = h & m_mask;; slot = (slot + 1) & m_mask) {
            const int i = m_slots[slot];
            if (i < 0)
                return false;
            if (m_hashes[size_t(i)] == h && w.compare(m_words.at(i), m_cs) == 0)
                return true;
        }
    }

    // Most words looked up are in no list: their first letter says so before any hashing.
    bool mayStart(char16_t u) const
    {
        if (u >= 128)
            return m_nonAsciiStart;
        if (m_cs == Qt::CaseInsensitive && u >= u'A' && u <= u'Z')
            u += 32;
        return (m_firstChars[u >> 6] >> (u & 63)) & 1;
    }
    void build()
    {
        size_t size = 8;
        while (size < size_t(m_words.size()) * 3)
            size *= 2;
        m_mask = size - 1;
        m_slots.assign(size, -1);
        m_minLength = std::numeric_limits<qsizetype>::max();
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            const size_t h = hash(m_words.at(i), m_cs);
            m_hashes.push_back(h);
            size_t slot = h & m_mask;
            while (m_slots[slot] >= 0)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = int(i);
            m_minLength = std::min(m_minLength, m_words.at(i).size());
            m_maxLength = std::max(m_maxLength, m_words.at(i).size());
            char16_t first = m_words.at(i).isEmpty() ? u' ' : m_words.at(i).front().unicode();
            if (first >= 128) {
                m_nonAsciiStart = true;
            } else {
                if (m_cs == Qt::CaseInsensitive && first >= u'A' && first <= u'Z')
                    first += 32;
                m_firstChars[first >> 6] |= quint64(1) << (first & 63);
            }
        }
    }

    QList<QString> m_words;
    Qt::CaseSensitivity m_cs;
    std::vector<size_t> m_hashes;
    std::vector<int> m_slots;
    size_t m_mask = 0;
    qsizetype m_minLength = 0;
    qsizetype m_maxLength = 0;
    quint64 m_firstChars[2] = {0, 0};
    bool m_nonAsciiStart = false;
};

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-');
}

/** The word after `pos`, past spaces (empty when something else comes first). */
QStringView nextWord(QStringView text, qsizetype pos)
{
    while (pos < text.size() && text.at(pos) == QLatin1Char(' '))
        ++pos;
    qsizetype end = pos;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return text.sliced(pos, end - pos);
}

/** The word before `pos`, past spaces (empty when something else comes first). */
QStringView previousWord(QStringView text, qsizetype pos)
{
    while (pos > 0 && text.at(pos - 1) == QLatin1Char(' '))
        --pos;
    qsizetype start = pos;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    return text.sliced(start, pos - start);
}

/** Where a name ends once its possessive is passed: "Sony's", "Yukos'". */
qsizetype afterPossessive(QStringView text, qsizetype end)
{
    if (end < text.size() && isApostrophe(text.at(end))) {
        if (end + 1 < text.size() && text.at(end + 1) == QLatin1Char('s') && (end + 2 >= text.size() || !text.at(end + 2).isLetter()))
            return end + 2;
        if (end > 0 && text.at(end - 1) == QLatin1Char('s'))
            return end + 1;
    }
    return end;
}

qsizetype position(QStringView text, QStringView word)
{
    return word.data() - text.data();
}

/** The first and last words of a span's text. */
QStringView firstWord(QStringView s)
{
    const qsizetype space = s.indexOf(QLatin1Char(' '));
    return space < 0 ? s : s.first(space);
}

QStringView lastWord(QStringView s)
{
    return s.sliced(s.lastIndexOf(QLatin1Char(' ')) + 1);
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
    const QStringView text(body);
    QList<QString> names(entities.size());
    // A name's words as written, without a leading "the" and a trailing possessive ('s).
    const auto withoutPossessive = [](QStringView s) {
        if (s.endsWith(QLatin1String("'s")) || s.endsWith(QStringView(u"\u2019s")))
            s.chop(2);
        return s;
    };
    struct Words
    {
        QStringView first, last;
        int count = 0;
    };
    const auto wordsOf = [](QStringView s) {
        Words w;
        for (QStringView part : s.tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.count++ == 0)
                w.first = part;
            w.last = part;
        }
        return w;
    };
    // The words as one string with single spaces: most names are written so already.
    const auto joinedText = [](QStringView s) {
        return s.contains(QLatin1String("  ")) ? joined(s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) : s.toString();
    };
    // People named in full here, by their first and last words: "peskov" -> "Dmitry Peskov"; a word
    // two different full names share is ambiguous (no guess then). Compared without case, by a hash
    // of the folded letters first: no string is made per word.
    struct NamePart
    {
        size_t hash;
        QStringView word;
        qsizetype entity; // whose full name it is
        bool ambiguous;
    };
    std::vector<NamePart> parts;
    QList<QString> fullNames(entities.size()); // of the people named in full, as written (with a "The")
    const auto find = [&](QStringView word, size_t hash) {
        return std::find_if(parts.begin(), parts.end(), [&](const NamePart &p) {
            return p.hash == hash && p.word.compare(word, Qt::CaseInsensitive) == 0;
        });
    };
    for (qsizetype k = 0; k < entities.size(); ++k) {
        const EntitySpan &e = entities.at(k);
        if (e.type != EntityType::Person)
            continue;
        const QStringView s = withoutPossessive(text.sliced(e.start, e.length()));
        const Words w = wordsOf(s);
        if (w.count < 2 || w.first.front().isLower())
            continue; // one word, or "de Vabres": not a full name
        fullNames[k] = joinedText(s.trimmed());
        for (QStringView word : {w.last, w.first}) {
            const size_t hash = foldedHash(word);
            const auto it = find(word, hash);
            if (it == parts.end())
                parts.push_back({hash, word, k, false});
            else if (fullNames.at(it->entity) != fullNames.at(k))
                it->ambiguous = true;
        }
    }
    const auto fullName = [&](QStringView word) {
        const auto it = find(word, foldedHash(word));
        return it == parts.end() || it->ambiguous ? QString() : fullNames.at(it->entity);
    };
    for (qsizetype k = 0; k < entities.size(); ++k) {
        const EntitySpan &e = entities.at(k);
        if (e.type == EntityType::Date)
            continue;
        if (e.type != EntityType::Person) {
            const QStringView surface = withoutThe(text.sliced(e.start, e.length()));
            const bool plain = std::none_of(surface.cbegin(), surface.cend(), [](QChar c) { return c.isSpace() && c != QLatin1Char(' '); })
                && !surface.contains(QLatin1String("  "));
            names[k] = plain ? surface.toString() : surface.toString().simplified();
            continue;
        }
        const QStringView raw = text.sliced(e.start, e.length());
        const QStringView s = withoutPossessive(withoutThe(raw));
        const Words w = wordsOf(s);
        if (w.count > 1 && !w.first.front().isLower()) {
            // A full name: as noted above unless a "The" was dropped.
            names[k] = !fullNames.at(k).isEmpty() && s.size() == withoutPossessive(raw).trimmed().size() ? fullNames.at(k) : joinedText(s);
        } else if (w.count > 1) { // "de Vabres"
            const QString full = fullName(w.last);
            names[k] = full.isEmpty() ? joinedText(s) : full;
        } else if (w.count == 1) {
            const QString full = fullName(w.first);
            names[k] = full.isEmpty() ? w.first.toString() : full;
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
    const QStringView text(body);
    const auto spanText = [&](const EntitySpan &e) { return text.sliced(e.start, e.length()); };
    const auto isName = [](EntityType t) { return t != EntityType::Date; };

    // Titles and roles are not people ("The Chancellor said"): a person span that is only a role
    // word names nobody. Party adjectives: "Tory leader Michael Howard" names a person and no party.
    static const WordList roles({"Chancellor", "President", "Minister", "Secretary", "Governor", "Mayor", "Premier",
                                 "Senator", "Chairman", "Chairwoman", "Chief", "Director", "Judge", "Speaker", "Leader",
                                 "Commissioner", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Manager",
                                 "Coach", "Captain", "Professor", "Archbishop", "Councillor", "Prime Minister",
                                 "Home Secretary", "Foreign Secretary", "Chief Executive", "Tory", "Conservative", "Labour"},
                                Qt::CaseSensitive);
    // Parties and institutions that news text uses as actors: organisations, whatever the model made
    // of them, and found where it missed them.
    static constexpr const char *organisationNames[] = {"Tories", "Labour", "Conservatives", "Lib Dems", "Liberal Democrats", "Democrats",
                                         "Republicans", "SNP", "UKIP", "Plaid Cymru", "Sinn Fein", "Kremlin", "Pentagon",
                                         "Nato", "NATO", "EU", "UN", "Treasury", "Home Office", "Foreign Office", "Commons",
                                         "Parliament", "Congress"};
    static const WordList organisations(
        [] {
            QList<QString> list;
            for (const char *name : organisationNames)
                list.append(QString::fromLatin1(name));
            return list;
        }(),
        Qt::CaseSensitive);
    // Capitalised common nouns and feasts, never a name of someone or something (CoNLL's MISC at
    // most): "PC sales", "an MP", "over Christmas".
    static const WordList notNames({"PC", "PCs", "TV", "MP", "MPs", "MEP", "MEPs", "CEO", "DVD", "DVDs", "CD", "CDs", "GDP",
                                    "VAT", "SMS", "MMS", "3G", "ID", "PR", "IT", "Christmas", "Easter", "Ramadan", "Diwali",
                                    "Hanukkah", "Thanksgiving", "Subs"},
                                   Qt::CaseSensitive);
    // Words that end the name of an organisation ("Tyson Foods", "UK Film Council") or begin one
    // before "of"/"for" ("Department for Education"), and words that end the name of a place
    // ("Roosevelt Hotel", "Gold Coast", "Trump Tower").
    static const WordList organisationWords({"Ltd", "plc", "Inc", "Corp", "Corporation", "Group", "Bank", "Council", "Party",
                                             "United", "FC", "Association", "Commission", "Office", "Ministry", "Department",
                                             "University", "College", "Institute", "Foundation", "Society", "Trust", "Agency",
                                             "Authority", "Consortium", "Federation", "Union", "Club", "Committee", "Company",
                                             "Foods", "Films", "Records", "Studios", "Securities", "Capital", "Holdings",
                                             "Partners", "Airlines", "Airways", "Motors", "Pharmaceutical", "Pharmaceuticals",
                                             "Magazine", "Journal", "Times", "Post", "Herald", "Telegraph", "Gazette", "Tribune",
                                             "Chronicle", "Stockbrokers", "Industries", "Industry", "Board", "Service", "Services",
                                             "Systems", "Technologies", "Communications", "Networks", "Guild",
                                             "Railways", "Laboratories", "Enterprises", "Insurance", "Entertainment", "Pictures",
                                             "Electronics", "Telecom"},
                                            Qt::CaseSensitive);
    static const WordList placeWords({"Street", "Road", "Lane", "Avenue", "Square", "Park", "Stadium", "Airport", "Hotel",
                                      "Theatre", "Theater", "Tower", "Bridge", "Coast", "Island", "Islands", "River", "Lake",
                                      "Bay", "Valley", "Mountains", "Cathedral", "Abbey", "Arena"},
                                     Qt::CaseSensitive);
    // Roles inside a span split it: "New York Attorney General Eliot Spitzer", "DJ Trevor Nelson".
    static const WordList innerRoles({"Attorney", "DJ", "MP", "MEP", "MSP", "Chancellor", "Secretary", "Minister",
                                      "Senator", "Governor", "Mayor", "Spokesman", "Spokeswoman", "Chairman", "Chairwoman",
                                      "Commissioner", "Ambassador", "Organiser", "Presenter", "Correspondent", "Editor"},
                                     Qt::CaseSensitive);
    static const WordList eventWords({"Open", "Award", "Awards", "Prize", "Olympics", "Bill", "Act", "Amendment", "Treaty", "Marathon",
                                      "Championships", "Cup", "Trophy", "Games", "Festival"},
                                     Qt::CaseSensitive);
    static const WordList eventStarts({"Hurricane", "Operation"}, Qt::CaseSensitive);
    static const WordList personNouns({"spokesman", "spokeswoman", "spokesperson", "director", "executive", "chairman", "chairwoman",
                                       "secretary", "minister", "president", "leader", "manager", "coach", "striker", "defender",
                                       "midfielder", "goalkeeper", "keeper", "player", "singer", "actor", "actress", "rapper", "mate",
                                       "economist", "professor", "editor", "presenter", "founder", "colleague", "wife", "husband",
                                       "son", "daughter", "brother", "sister", "father", "mother", "captain", "chancellor", "senator",
                                       "governor", "mayor", "lawyer", "judge", "author", "writer", "reporter", "correspondent",
                                       "veteran", "champion", "sprinter", "star", "frontman", "guitarist", "drummer", "teenager"},
                                      Qt::CaseSensitive);
    static const WordList trailingRoles({"MP", "MEP", "MSP", "QC", "AM"}, Qt::CaseSensitive);
    static const WordList weekdays({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}, Qt::CaseSensitive);

    QList<EntitySpan> out;
    out.reserve(entities.size() + 4);
    for (EntitySpan e : std::as_const(entities)) {
        if (!isName(e.type)) {
            // A weekday that begins a name is no date: the Sunday Times, Wednesday Club.
            if (e.end + 2 < text.size() && text.at(e.end) == QLatin1Char(' ') && text.at(e.end + 1).isUpper()
                && weekdays.contains(spanText(e)))
                continue;
            out.append(e);
            continue;
        }
        size_t spanHash = WordList::hash(spanText(e), Qt::CaseSensitive); // for the lists that heed case
        if (notNames.contains(spanText(e), spanHash))
            continue;
        // "The Bank of England": the article is not part of a long name (a band's "The Cure" keeps it).
        if (e.length() > 4 && text.sliced(e.start, 4) == QLatin1String("The ")
            && text.sliced(e.start + 4, e.length() - 4).contains(QLatin1Char(' '))) {
            e.start += 4;
            spanHash = WordList::hash(spanText(e), Qt::CaseSensitive);
        }
        if (e.type == EntityType::Person && roles.contains(spanText(e), spanHash))
            continue;
        if (organisations.contains(spanText(e), spanHash)) {
            e.type = EntityType::Organisation;
            out.append(e);
            continue;
        }
        // "company spokesman Gus Whitcomb", "director Morgan Spurlock": a name after a word for a
        // person is a person's (a one-word name may be a company's: "analyst Gartner").
        if (e.type != EntityType::Person && spanText(e).contains(QLatin1Char(' ')) && personNouns.contains(previousWord(text, e.start))
            && !organisationWords.contains(lastWord(spanText(e))) && !placeWords.contains(lastWord(spanText(e))))
            e.type = EntityType::Person;
        // "Margaret Moran MP": the letters after a name are no part of it.
        if (e.type == EntityType::Person && spanText(e).contains(QLatin1Char(' ')) && trailingRoles.contains(lastWord(spanText(e))))
            e.end -= int(lastWord(spanText(e)).size()) + 1;
        // A role inside a span: what follows it is a person, what precedes it an organisation or a
        // place ("Liberal Democrat MP Jackie Ballard", "New York Attorney General Eliot Spitzer").
        if (spanText(e).count(QLatin1Char(' ')) >= 2) {
            QStringView rest = spanText(e);
            qsizetype roleAt = -1, roleEnd = -1;
            for (qsizetype i = 0; i < rest.size();) {
                qsizetype j = rest.indexOf(QLatin1Char(' '), i);
                if (j < 0)
                    j = rest.size();
                const QStringView w = rest.sliced(i, j - i);
                if (roleAt < 0 && innerRoles.contains(w)) {
                    roleAt = i;
                    roleEnd = j;
                } else if (roleAt >= 0 && roleEnd == i - 1 && w == QLatin1String("General")) {
                    roleEnd = j; // "Attorney General"
                } else if (roleAt >= 0) {
                    break;
                }
                i = j + 1;
            }
            if (roleAt >= 0 && roleEnd < rest.size() && rest.at(roleEnd + 1).isUpper()) {
                if (roleAt > 0) {
                    EntitySpan head{e.start, e.start + int(roleAt) - 1, e.type == EntityType::Person ? EntityType::Organisation : e.type};
                    out.append(head);
                }
                e.start += int(roleEnd) + 1;
                e.type = EntityType::Person;
            }
        }
        const QStringView s = spanText(e);
        if (s.contains(QLatin1Char(' '))) {
            const QStringView last = lastWord(s);
            const QStringView first = firstWord(s);
            const size_t lastHash = WordList::hash(last, Qt::CaseSensitive), firstHash = WordList::hash(first, Qt::CaseSensitive);
            // Events, awards and laws are no names of people, organisations or places (CoNLL's
            // MISC): "the Buenos Aires Open", "an Academy Award", "the Prevention of Terrorism Bill".
            if (eventWords.contains(last, lastHash) || eventStarts.contains(first, firstHash))
                continue;
            const QStringView afterFirst = s.sliced(first.size());
            if (organisationWords.contains(last, lastHash)
                || (organisationWords.contains(first, firstHash)
                    && (afterFirst.startsWith(QLatin1String(" of ")) || afterFirst.startsWith(QLatin1String(" for ")))))
                e.type = EntityType::Organisation;
            else if (placeWords.contains(last, lastHash) && e.type != EntityType::Location)
                e.type = EntityType::Location;
        }
        out.append(e);
    }

    static const WordList titleWords({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor", "President",
                                      "Minister", "Chancellor", "Secretary", "Senator", "Governor", "General", "Judge", "Captain",
                                      "Coach", "Manager"},
                                     Qt::CaseSensitive);
    // One pass over the capitalised words outside any span: the organisations of the list above the
    // model missed; names of organisations that end in a word such as "Consortium" or "Foods"
    // ("British Retail Consortium"); and where titles stand, for the rule after.
    static const std::vector<std::pair<QLatin1StringView, std::vector<QLatin1StringView>>> byFirstWord = [] {
        std::vector<std::pair<QLatin1StringView, std::vector<QLatin1StringView>>> list;
        for (const char *n : organisationNames) {
            const QLatin1StringView name(n);
            const qsizetype space = name.indexOf(QLatin1Char(' '));
            const QLatin1StringView first = space < 0 ? name : name.first(space);
            auto it = std::find_if(list.begin(), list.end(), [&](const auto &entry) { return entry.first == first; });
            if (it == list.end())
                list.push_back({first, {name}});
            else
                it->second.push_back(name);
        }
        return list; // a short list: compared in place, no string made per capitalised word
    }();
    static const WordList shortCountries({"US", "UK", "USA", "UAE"}, Qt::CaseSensitive);
    static const WordList sentenceWords({"The", "A", "An", "In", "On", "At", "But", "And", "Its", "His", "Her", "Their", "This", "That",
                                         "Yesterday", "Now", "Both", "When", "While", "If", "As", "For", "From", "With", "By"},
                                        Qt::CaseSensitive);
    QList<EntitySpan> found;
    QList<qsizetype> titlePositions; // where "Mr", "Dr", … stand: the title rule below looks there only
    // Words of sports reports, by first letter: two of them make the text one ("striker", "match").
    static const std::array<std::vector<QLatin1StringView>, 26> sportWords = [] {
        std::array<std::vector<QLatin1StringView>, 26> table;
        for (const char *w : {"striker", "strikers", "midfielder", "midfielders", "goalkeeper", "defender", "defenders", "tennis",
                              "rugby", "cricket", "coach", "coaches", "match", "matches", "tournament", "semi-final",
                              "quarter-final", "Premiership", "League", "Cup", "Slam"})
            table[size_t((w[0] | 0x20) - 'a')].push_back(QLatin1StringView(w));
        return table;
    }();
    int sportHits = 0;
    const auto countSportWord = [&](QStringView word, char16_t first) {
        for (QLatin1StringView cue : sportWords[size_t(first - u'a')]) {
            if (cue.size() == word.size() && word == cue) {
                ++sportHits;
                return;
            }
        }
    };
    static const WordList organisationFirstWords = [] {
        QList<QString> list;
        for (const char *n : organisationNames)
            list.append(QString::fromLatin1(n).section(QLatin1Char(' '), 0, 0));
        return WordList(list, Qt::CaseSensitive);
    }();
    static const WordList bareAfter({"boss", "chief", "chairman", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts",
                                     "editor", "defender", "keeper", "goalkeeper", "striker", "midfielder", "bench", "frontman", "shares", "shareholders"},
                                    Qt::CaseSensitive);
    static const WordList bareBefore({"firm", "company", "retailer", "body", "giant", "carrier", "airline", "insurer", "broadcaster",
                                      "publisher", "band", "label", "magazine", "newspaper", "watchdog", "regulator", "consultancy",
                                      "outfit", "chain", "rivals"},
                                     Qt::CaseSensitive);
    const auto isSentenceStart = [&](qsizetype i) {
        while (i > 0 && text.at(i - 1) == QLatin1Char(' '))
            --i;
        if (i == 0)
            return true;
        const QChar c = text.at(i - 1);
        return c == QLatin1Char('.') || c == QLatin1Char('"') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n')
            || c == QLatin1Char(':') || c == QChar(0x201C) || c == QLatin1Char('\'') || c == QLatin1Char('(');
    };
    static const WordList royalTitles({"Queen", "King", "Prince", "Princess", "Pope", "Saint", "St"}, Qt::CaseSensitive);
    // "Indian", "Welsh", "Japanese", "Dutch", "London-based": adjectives of places, no names.
    const auto looksLikeAdjective = [](QStringView w) {
        return w.endsWith(QLatin1String("an")) || w.endsWith(QLatin1String("sh")) || w.endsWith(QLatin1String("ese"))
            || w.endsWith(QLatin1String("ch")) || w.endsWith(QLatin1String("-based")) || w.endsWith(QLatin1String("-listed"))
            || w.endsWith(QLatin1String("-owned")) || w == QLatin1String("Thai")
            || w == QLatin1String("Swiss") || w == QLatin1String("Greek");
    };
    // A capitalised word beside it: a longer name ("Clear Channel", "Racial Equality"), not this word.
    const auto nextToCapitalised = [&](qsizetype i, qsizetype end) {
        const QStringView after = nextWord(text, end);
        const QStringView before = previousWord(text, i);
        if ((!after.isEmpty() && position(text, after) == end + 1 && after.front().isUpper())
            || (!before.isEmpty() && position(text, before) + before.size() + 1 == i && before.front().isUpper()))
            return true;
        // "Department for Education and Skills", "Bank of England".
        if (before == QLatin1String("and") || before == QLatin1String("of") || before == QLatin1String("for")) {
            const QStringView earlier = previousWord(text, position(text, before));
            return !earlier.isEmpty() && earlier.front().isUpper();
        }
        return false;
    };
    std::vector<QStringView> bareOrganisations;
    qsizetype next = 0; // index into `out`, which is sorted by start
    for (qsizetype i = 0, end = 0; i < text.size(); i = end) {
        end = i + 1;
        const char16_t u = text.at(i).unicode();
        if (u >= u'a' && u <= u'z') {
            // A word in lower case: read it only while the sports count is open, and the cue words
            // are ASCII: a tight loop over its letters.
            if (sportHits < 2 && (i == 0 || !isWordChar(text.at(i - 1)))) {
                const char16_t *p = text.utf16() + end;
                const char16_t *const stop = text.utf16() + text.size();
                while (p < stop && ((*p >= u'a' && *p <= u'z') || *p == u'-'))
                    ++p;
                end = p - text.utf16();
                if (end - i >= 5 && (end == text.size() || !isWordChar(text.at(end))))
                    countSportWord(text.sliced(i, end - i), u);
            }
            continue;
        }
        if (!text.at(i).isUpper() || (i > 0 && isWordChar(text.at(i - 1))))
            continue;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        const QStringView word = text.sliced(i, end - i);
        if (sportHits < 2 && u <= u'Z')
            countSportWord(word, char16_t(u + 32));
        while (next < out.size() && out.at(next).end <= i)
            ++next;
        const bool covered = next < out.size() && out.at(next).start < end;
        const size_t wordHash = WordList::hash(word, Qt::CaseSensitive); // all three lists heed case
        if (word.size() <= 4 && titleWords.contains(word, wordHash))
            titlePositions.append(i);
        if (!covered) {
            const auto candidates = organisationFirstWords.contains(word, wordHash)
                ? std::find_if(byFirstWord.cbegin(), byFirstWord.cend(), [&](const auto &entry) { return entry.first == word; })
                : byFirstWord.cend();
            if (candidates != byFirstWord.cend()) {
                for (const QLatin1StringView name : candidates->second) {
                    const qsizetype nameEnd = i + name.size();
                    if (!text.sliced(i).startsWith(name) || (nameEnd < text.size() && isWordChar(text.at(nameEnd))))
                        continue;
                    if (next >= out.size() || out.at(next).start >= nameEnd)
                        found.append({int(i), int(nameEnd), EntityType::Organisation});
                    break;
                }
            } else if (word.size() <= 3 && shortCountries.contains(word, wordHash) && !eventWords.contains(nextWord(text, end))) {
                found.append({int(i), int(end), EntityType::Location}); // "Weak US fuel stocks", not "the US Open"
            } else if (organisationWords.contains(word, wordHash)) {
                // Back over the capitalised words before it, none of them in a span.
                qsizetype start = i;
                int count = 1;
                for (;;) {
                    const QStringView before = previousWord(text, start);
                    const qsizetype at = position(text, before);
                    if (before.isEmpty() || at + before.size() + 1 != start || !before.front().isUpper()
                        || (next > 0 && out.at(next - 1).end > at) || (!found.isEmpty() && found.last().end > at))
                        break;
                    start = at;
                    ++count;
                }
                if (count >= 2) {
                    const QStringView first = firstWord(text.sliced(start, end - start));
                    if (sentenceWords.contains(first)) {
                        start += first.size() + 1;
                        --count;
                    }
                }
                if (count >= 2)
                    found.append({int(start), int(end), EntityType::Organisation});
            } else if (word.size() >= 2 && !isSentenceStart(i) && !roles.contains(word, wordHash)
                       && !sentenceWords.contains(word, wordHash) && !notNames.contains(word, wordHash)
                       && !titleWords.contains(word, wordHash) && !royalTitles.contains(word, wordHash) && !looksLikeAdjective(word)
                       && !nextToCapitalised(i, end)
                       && (bareAfter.contains(nextWord(text, afterPossessive(text, end)))
                           || bareBefore.contains(previousWord(text, i)))) {
                // A word the model left out that is said to have an editor, a keeper or analysts, or
                // is called a firm or a trade body: "NME editor", "Boro defender", "trade body Intellect".
                found.append({int(i), int(end), EntityType::Organisation});
                bareOrganisations.push_back(word);
            }
        }
    }
    // The same word elsewhere outside any span names the same organisation.
    for (const QStringView word : bareOrganisations) {
        for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.size())) {
            const qsizetype wend = at + word.size();
            if ((at > 0 && isWordChar(text.at(at - 1))) || (wend < text.size() && isWordChar(text.at(wend)))
                || nextToCapitalised(at, wend))
                continue;
            const auto overlaps = [&](const EntitySpan &e) { return e.start < wend && at < e.end; };
            if (std::none_of(out.cbegin(), out.cend(), overlaps) && std::none_of(found.cbegin(), found.cend(), overlaps))
                found.append({int(at), int(wend), EntityType::Organisation});
        }
    }
    if (!found.isEmpty()) {
        out += found;
        std::sort(out.begin(), out.end(), [](const EntitySpan &x, const EntitySpan &y) { return x.start < y.start; });
        found.clear();
    }

    // Countries and the short names news uses for them; Qt's locale data has the list.
    static const WordList countries([] {
        QList<QString> list;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString name = QLocale::territoryToString(QLocale::Territory(t));
            if (!name.isEmpty() && name.front().isUpper() && QLocale::Territory(t) != QLocale::EuropeanUnion)
                list.append(name); // the European Union is an organisation
        }
        for (const char *name : {"US", "USA", "UK", "GB", "UAE", "Britain", "Great Britain", "America", "England", "Scotland",
                                 "Wales", "Northern Ireland", "Holland", "Europe", "Africa", "Asia"})
            list.append(QString::fromLatin1(name));
        return list;
    }(), Qt::CaseSensitive);
    const auto isCountry = [&](QStringView s) { return countries.contains(s); };
    // Names the model cut in two or cut short: "House of Fraser", "News of the World" (an
    // organisation, "of", a name); "UK Film Council", "British Retail Consortium" (a country or its
    // adjective before an organisation's full name); "BBC Radio 4", "BBC One" (a channel's number).
    static const WordList nationalWords({"British", "English", "Scottish", "Welsh", "Irish", "European", "American", "National",
                                         "Royal", "International", "UK", "US", "EU"},
                                        Qt::CaseSensitive);
    static const WordList channelNumbers({"One", "Two", "Three", "Four"}, Qt::CaseSensitive);
    for (qsizetype k = 0; k < out.size(); ++k) {
        if (out.at(k).type != EntityType::Organisation)
            continue;
        if (k + 1 < out.size() && isName(out.at(k + 1).type) && out.at(k + 1).type != EntityType::Person
            && out.at(k + 1).start >= out.at(k).end) {
            const QStringView gap = text.sliced(out.at(k).end, out.at(k + 1).start - out.at(k).end);
            // Not "Ericsson of Sweden": of a country, only an institution ("Bank of England").
            if ((gap == QLatin1String(" of ") || gap == QLatin1String(" of the "))
                && (!isCountry(spanText(out.at(k + 1))) || organisationWords.contains(lastWord(spanText(out.at(k)))))) {
                out[k].end = out.at(k + 1).end;
                out.removeAt(k + 1);
            }
        }
        // "Department for Education and Skills", "Chamber of Commerce": a head word's capitalised
        // complement the model left out (words in no span, "and" between them).
        if (organisationWords.contains(lastWord(spanText(out.at(k))))) {
            qsizetype p = out.at(k).end;
            const qsizetype limit = k + 1 < out.size() ? out.at(k + 1).start : text.size();
            const QStringView link = nextWord(text, p);
            if ((link == QLatin1String("for") || link == QLatin1String("of")) && position(text, link) == p + 1) {
                qsizetype q = position(text, link) + link.size();
                qsizetype nameEnd = -1;
                for (bool first = true;; first = false) {
                    QStringView w = nextWord(text, q);
                    if (w.isEmpty() || position(text, w) != q + 1 || position(text, w) + w.size() > limit)
                        break;
                    if (!first && w == QLatin1String("and")) {
                        const QStringView then = nextWord(text, position(text, w) + w.size());
                        if (then.isEmpty() || !then.front().isUpper() || position(text, then) + then.size() > limit)
                            break;
                        q = position(text, w) + w.size();
                        continue;
                    }
                    if (!w.front().isUpper() || sentenceWords.contains(w))
                        break;
                    q = position(text, w) + w.size();
                    nameEnd = q;
                }
                if (nameEnd > 0)
                    out[k].end = int(nameEnd);
            }
        }
        EntitySpan &e = out[k];
        const QStringView last = lastWord(spanText(e));
        if (last == QLatin1String("Radio") || last == QLatin1String("News") || last == QLatin1String("BBC")
            || last == QLatin1String("ITV")) {
            const QStringView number = nextWord(text, e.end);
            const bool digits = !number.isEmpty() && number.size() <= 2 && number.front().isDigit();
            if (position(text, number) == e.end + 1 && (digits || (last != QLatin1String("News") && channelNumbers.contains(number))))
                e.end += int(number.size()) + 1;
        }
        if (organisationWords.contains(lastWord(spanText(e)))) {
            const QStringView before = previousWord(text, e.start);
            const qsizetype at = position(text, before);
            if (!before.isEmpty() && at + before.size() + 1 == e.start) {
                if (k > 0 && out.at(k - 1).end == e.start - 1) {
                    // "UK Film Council", "Oxford Internet Institute", "Manchester United".
                    if (out.at(k - 1).type == EntityType::Location || (out.at(k - 1).start == at && nationalWords.contains(before))) {
                        out[k].start = out.at(k - 1).start;
                        out.removeAt(k - 1);
                        --k;
                    }
                } else if (nationalWords.contains(before) && (k == 0 || out.at(k - 1).end <= at)) {
                    e.start = int(at);
                }
            }
        }
    }

    const auto isSport = [&] { return sportHits >= 2; };
    // The text between the spans out[k] and out[j], either way round.
    const auto gapBetween = [&](qsizetype k, qsizetype j) {
        const EntitySpan &a = out.at(std::min(k, j)), &b = out.at(std::max(k, j));
        return text.sliced(a.end, std::max(0, b.start - a.end));
    };
    // What is said of a team and not of a place: "the England captain", "Villa boss David O'Leary",
    // "the Iceland international"; in a sports report also "against Slovenia", "Newcastle v
    // Tottenham", "Tottenham or Nottingham Forest".
    static const WordList teamNouns({"boss", "manager", "striker", "keeper", "goalkeeper", "defender", "midfielder", "winger",
                                     "skipper", "coach", "squad", "fans", "supporters", "international"},
                                    Qt::CaseSensitive); // not "the Leipzig International meeting"
    static const WordList sportTeamNouns({"captain", "side", "team"}, Qt::CaseSensitive);
    static const WordList sportBefore({"against", "v", "vs", "beat", "beating", "beaten"});
    // 2: a team for certain; 1: a team if this is a sports report; 0: no sign of one.
    const auto teamCue = [&](qsizetype k) {
        const EntitySpan &e = out.at(k);
        const QStringView after = nextWord(text, afterPossessive(text, e.end));
        if (teamNouns.contains(after))
            return 2;
        const auto joinedTo = [&](qsizetype j) {
            if (j < 0 || j >= out.size() || out.at(j).type != EntityType::Organisation)
                return false;
            const QStringView gap = gapBetween(k, j);
            return gap == QLatin1String(" v ") || gap == QLatin1String(" and ") || gap == QLatin1String(" or ");
        };
        if (sportTeamNouns.contains(after) || sportBefore.contains(previousWord(text, e.start)) || after == QLatin1String("v")
            || after == QLatin1String("beat") || joinedTo(k - 1) || joinedTo(k + 1))
            return 1;
        return 0;
    };

    // News names a person in full at least once ("Dmitry Peskov", then "Peskov") or with a title
    // ("Mr Peskov"). A one-word "person" the article never names so is, in news, nearly always a
    // company, club or band the model did not know (Sony, Yukos, Chelsea): an organisation, when
    // some mention of it is followed or preceded by what is said of companies, clubs and bands
    // ("Yukos shares", "oil firm Yukos"), stands in a list of organisations ("Sony, IBM and
    // Toshiba") or, in a sports report, plays ("a draw with Chelsea").
    const auto wordBeforeName = [&](qsizetype start) {
        qsizetype p = start;
        while (p > 0 && text.at(p - 1) == QLatin1Char(' '))
            --p;
        if (p > 0 && text.at(p - 1) == QLatin1Char('.'))
            --p; // "Dr. Smith"
        return previousWord(text, p);
    };
    std::vector<std::pair<size_t, QStringView>> namedInFull; // by a hash of the word, then the word
    const auto noteNamedInFull = [&](QStringView w) { namedInFull.emplace_back(qHash(w), w); };
    for (const EntitySpan &e : std::as_const(out)) {
        if (e.type != EntityType::Person)
            continue;
        const QStringView s = spanText(e);
        if (s.contains(QLatin1Char(' '))) {
            for (QStringView w : s.tokenize(QLatin1Char(' '), Qt::SkipEmptyParts))
                noteNamedInFull(w);
        } else if (titleWords.contains(wordBeforeName(e.start))) {
            noteNamedInFull(s);
        }
    }
    const auto isNamedInFull = [&](QStringView s) {
        const size_t h = qHash(s);
        return std::any_of(namedInFull.cbegin(), namedInFull.cend(),
                           [&](const auto &entry) { return entry.first == h && entry.second == s; });
    };
    static const WordList companyAfter({"boss", "bosses", "chief", "chiefs", "chairman", "executive", "executives", "share", "shares",
                                        "profit", "profits", "sales", "revenue", "revenues", "spokesman", "spokeswoman", "spokesperson",
                                        "staff", "workers", "employees", "fans", "players", "squad", "manager", "customers",
                                        "subscribers", "users", "stake", "takeover", "bid", "board", "investors", "shareholders", "unit",
                                        "subsidiary", "owner", "owners", "stores", "shops", "restaurants", "products", "album", "single",
                                        "debut", "Inc", "Corp", "plc", "Ltd", "Group", "assets", "accounts", "bankruptcy", "debts",
                                        "earnings", "headquarters", "founder", "website", "division"});
    static const WordList companyBefore({"firm", "company", "group", "giant", "retailer", "maker", "chain", "club", "side", "band",
                                         "label", "carrier", "airline", "bank", "insurer", "broadcaster", "publisher", "operator",
                                         "owner", "rival", "rivals", "producer", "distributor", "analyst", "analysts", "station",
                                         "network", "agency", "supplier", "manufacturer", "developer", "newspaper", "magazine",
                                         "channel", "studio", "provider", "regulator", "watchdog", "consultancy", "outfit"});
    const auto companyCue = [&](const EntitySpan &e) {
        const QStringView after = nextWord(text, afterPossessive(text, e.end));
        if (companyAfter.contains(after))
            return true;
        if (after == QLatin1String("has") || after == QLatin1String("said")) {
            const QStringView then = nextWord(text, position(text, after) + after.size());
            if (then == QLatin1String("it") || then == QLatin1String("announced") || then == QLatin1String("agreed"))
                return true; // "Sony said it would", "Yukos has announced"
        }
        const QStringView before = previousWord(text, e.start);
        if (companyBefore.contains(before))
            return true;
        if (before == QLatin1String("in") || before == QLatin1String("of") || before == QLatin1String("with")) {
            const QStringView earlier = previousWord(text, position(text, before));
            return earlier.compare(QLatin1String("shares"), Qt::CaseInsensitive) == 0 || earlier == QLatin1String("stake")
                || earlier == QLatin1String("partner");
        }
        return false;
    };
    std::vector<QStringView> organisationLike;
    for (qsizetype k = 0; k < out.size(); ++k) {
        const EntitySpan &e = out.at(k);
        if (e.type != EntityType::Person && e.type != EntityType::Location)
            continue;
        const QStringView s = spanText(e);
        const bool oneWord = !s.contains(QLatin1Char(' '));
        if (e.type == EntityType::Location) {
            if (isCountry(s))
                continue; // below
            // A town that plays is its club: "Southampton striker Henri Camara".
            const int team = teamCue(k);
            if (team == 2 || (team == 1 && isSport()))
                out[k].type = EntityType::Organisation;
            continue;
        }
        if (!oneWord || isNamedInFull(s) || std::find(organisationLike.cbegin(), organisationLike.cend(), s) != organisationLike.cend())
            continue;
        bool organisation = companyCue(e);
        if (!organisation) {
            const auto listedWith = [&](qsizetype j) {
                if (j < 0 || j >= out.size() || out.at(j).type != EntityType::Organisation)
                    return false;
                const QStringView gap = gapBetween(k, j);
                return gap == QLatin1String(", ") || gap == QLatin1String(" and ") || gap == QLatin1String(" or ");
            };
            organisation = listedWith(k - 1) || listedWith(k + 1);
        }
        if (!organisation && isSport()) {
            const int team = teamCue(k);
            organisation = team > 0;
        }
        if (organisation)
            organisationLike.push_back(s);
    }
    if (!organisationLike.empty()) {
        for (EntitySpan &e : out) {
            if (e.type == EntityType::Person
                && std::find(organisationLike.cbegin(), organisationLike.cend(), spanText(e)) != organisationLike.cend())
                e.type = EntityType::Organisation;
        }
    }
    // A country is a place, also when it acts ("the US government", "against the US"), unless it
    // plays: then it is the team.
    for (qsizetype k = 0; k < out.size(); ++k) {
        EntitySpan &e = out[k];
        if (!isName(e.type) || !isCountry(spanText(e)))
            continue;
        const int team = teamCue(k);
        if (team == 2 || (team == 1 && isSport())) {
            if (e.type != EntityType::Person || !isNamedInFull(spanText(e)))
                e.type = EntityType::Organisation;
        } else if (e.type == EntityType::Organisation && !isSport()) {
            e.type = EntityType::Location;
        }
    }

    // A sports report's line-ups ("Kiely, Young, Konchesky, Murphy (Euell 78), Holland.") name
    // players: every name in a line that is a list of capitalised names is a person, but for the
    // clubs in brackets of a squad list ("Roberts (Wrexham)").
    qsizetype lineStart = -1, lineEnd = -1;
    bool lineIsList = false;
    for (EntitySpan &e : out) {
        if (!isSport())
            break;
        if (e.type != EntityType::Organisation && e.type != EntityType::Location)
            continue;
        if (e.start >= lineEnd) {
            lineStart = text.lastIndexOf(QLatin1Char('\n'), e.start) + 1;
            lineEnd = text.indexOf(QLatin1Char('\n'), e.start);
            if (lineEnd < 0)
                lineEnd = text.size();
            const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
            lineIsList = line.count(QLatin1Char(',')) >= 3;
            for (qsizetype i = 0; lineIsList && i < line.size(); ++i) {
                if (line.at(i).isLower() && (i == 0 || !isWordChar(line.at(i - 1))))
                    lineIsList = false; // a word in lower case: a sentence
            }
        }
        // In brackets, a substitute has the minute after him ("(Euell 78)"); a club has none
        // ("Roberts (Wrexham)").
        if (!lineIsList)
            continue;
        const bool bracketed = e.start > 0 && text.at(e.start - 1) == QLatin1Char('(');
        const bool minute = e.end + 1 < text.size() && text.at(e.end) == QLatin1Char(' ') && text.at(e.end + 1).isDigit();
        e.type = bracketed && !minute ? EntityType::Organisation : EntityType::Person;
    }

    // An abbreviation defined in the text is what it abbreviates: the Financial Services Authority
    // (FSA) is an organisation; "qualified majority voting (QMV)" names nothing, wherever it stands.
    for (qsizetype open = text.indexOf(QLatin1Char('(')); open >= 0; open = text.indexOf(QLatin1Char('('), open + 1)) {
        qsizetype close = open + 1;
        while (close < text.size() && (text.at(close).isUpper() || text.at(close) == QLatin1Char('&')))
            ++close;
        if (close - open - 1 < 2 || close - open - 1 > 6 || close >= text.size() || text.at(close) != QLatin1Char(')') || open < 2
            || text.at(open - 1) != QLatin1Char(' '))
            continue;
        const QStringView acronym = text.sliced(open + 1, close - open - 1);
        const QStringView before = previousWord(text, open);
        qsizetype nameEnd = open - 1;
        if (before == QLatin1String("s") && position(text, before) > 0 && isApostrophe(text.at(position(text, before) - 1))) {
            nameEnd = position(text, before) - 1; // "Deutsche Boerse's (DB)"
        } else if (!before.isEmpty() && before.front().isLower()) {
            out.removeIf([&](const EntitySpan &e) { return isName(e.type) && spanText(e) == acronym; });
            continue;
        }
        const auto defined =
            std::find_if(out.cbegin(), out.cend(), [&](const EntitySpan &e) { return e.end == nameEnd && isName(e.type); });
        if (defined != out.cend()) {
            const EntityType type = defined->type;
            for (EntitySpan &e : out) {
                if (isName(e.type) && spanText(e) == acronym)
                    e.type = type;
            }
        }
    }

    // A title names a person, whoever the model thought it was: "Mr de Vabres", "Dr Sullivan".
    // Read by hand: a regular expression here cost more than the rest of these rules.
    static const WordList particles({"de", "van", "von", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "ter", "den", "der"},
                                    Qt::CaseSensitive);
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
            if (!particles.contains(text.sliced(i, e - i)) || e >= body.size() || body.at(e) != QLatin1Char(' '))
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
        const QStringView name = text.sliced(start, end - start);
        if (name.endsWith(QLatin1String("'s")) || name.endsWith(QStringView(u"\u2019s")))
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
    // Spans never overlap (the reader, the registry and the export count on it): where two rules left
    // overlapping spans ("Liberal Democrats" and its "Democrats"), the first, longer one stays.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (kept > 0 && out.at(i).start < out.at(kept - 1).end) {
            if (out.at(i).end > out.at(kept - 1).end && out.at(i).start == out.at(kept - 1).start)
                out[kept - 1] = out.at(i); // the same start: the longer span
            continue;
        }
        out[kept++] = out.at(i);
    }
    out.resize(kept);
    return out;
}

ArticleAnalysis Analyser::analyse(const QString &body)
{
    return analyseQuotes(body, correctEntities(body, NerTagger::builtin().tag(body)));
}

} // namespace Dossier
