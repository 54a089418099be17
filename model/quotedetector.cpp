// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedetector.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

// How it works, in passes over one article:
//  1. paragraphs (split at line breaks);
//  2. quote candidates: a character scan that pairs opening and closing marks inside a paragraph
//     (or across paragraphs that re-open with a mark), skipping apostrophes and elisions;
//  3. tokens (words and punctuation) with sentence numbers, and which quote each token is in;
//  4. name mentions: the NER spans when given, else runs of capitalised words, with titles and
//     roles stripped (Kremlin spokesman Dmitry Peskov -> Dmitry Peskov) and a guess at the type and
//     gender;
//  5. per candidate: drop titles of works, scare quotes and nicknames; decide Full or Partial;
//  6. speakers: a speech verb next to the quote (", X said" / "said X" / "X said:" / "according to
//     X"), then the quote's own sentence, the attributed quote in the same paragraph, the subject of
//     a sentence that reports speech ("saying ..."), whoever the paragraph before ended by reporting,
//     and finally the previous speaker for a paragraph that continues a turn. Pronouns go to who
//     speaks in the sentences before, else to the nearest fitting subject; descriptions (the company,
//     the home secretary, the 27-year-old, one dealer) to what the article named them; names are
//     expanded to their fullest form.

namespace Dossier {

namespace {

// ---------------------------------------------------------------------------------------------
// Word lists

// One table for every word list: a word maps to a bit mask of the lists that hold it, so a token
// needs at most one look-up (and the result is cached per token).
class Lexicon
{
public:
    static Lexicon &instance()
    {
        static Lexicon lex;
        return lex;
    }
    quint32 registerList() { return 1u << m_nextBit++; }
    void add(QStringView word, quint32 bit)
    {
        const quint32 full = hash(word);
        quint32 h = full & Mask;
        while (m_slots[h].len && !same(m_slots[h], full, word))
            h = (h + 1) & Mask;
        if (!m_slots[h].len) {
            m_slots[h].hash = full;
            m_slots[h].len = quint32(word.size());
            m_slots[h].offset = quint32(m_pool.size());
            m_pool.append(word);
        }
        m_slots[h].bits |= bit;
        m_filter[(full >> 16) >> 6] |= quint64(1) << ((full >> 16) & 63);
        m_maxLen = std::max(m_maxLen, qsizetype(word.size()));
    }
    quint32 bits(QStringView word) const
    {
        if (word.isEmpty() || word.size() > m_maxLen)
            return 0;
        const quint32 full = hash(word);
        // Most words are in no list: an 8 KB bit filter answers them without touching the table.
        if (!(m_filter[(full >> 16) >> 6] & (quint64(1) << ((full >> 16) & 63))))
            return 0;
        quint32 h = full & Mask;
        while (m_slots[h].len) {
            if (same(m_slots[h], full, word))
                return m_slots[h].bits;
            h = (h + 1) & Mask;
        }
        return 0;
    }

private:
    // Compact open addressing: 16-byte slots, the words in one pool, so a look-up stays in cache.
    struct Slot
    {
        quint32 hash = 0;
        quint32 len = 0;
        quint32 offset = 0;
        quint32 bits = 0;
    };
    static constexpr quint32 Mask = 4095;
    static quint32 hash(QStringView w)
    {
        // Length and the first two and last two characters: constant time per word, and the
        // table's comparison sorts out the rare collision.
        const qsizetype n = w.size();
        const char16_t *d = reinterpret_cast<const char16_t *>(w.data());
        quint64 h = quint64(n) * 0x9E3779B97F4A7C15ull;
        h ^= (quint64(d[0]) << 48) | (quint64(d[n > 1 ? 1 : 0]) << 32) | (quint64(d[n - 1]) << 16)
            | quint64(d[n > 2 ? n - 2 : 0]);
        h *= 0xff51afd7ed558ccdull;
        return quint32(h >> 32) ^ quint32(h);
    }
    bool same(const Slot &slot, quint32 full, QStringView word) const
    {
        if (slot.hash != full || slot.len != quint32(word.size()))
            return false;
        // Words are short: a plain loop beats a call into the library's string comparison.
        const char16_t *a = reinterpret_cast<const char16_t *>(m_pool.constData()) + slot.offset;
        const char16_t *b = reinterpret_cast<const char16_t *>(word.data());
        for (quint32 i = 0; i < slot.len; ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
    std::vector<Slot> m_slots = std::vector<Slot>(Mask + 1);
    std::array<quint64, 1024> m_filter{};
    QString m_pool;
    int m_nextBit = 0;
    qsizetype m_maxLen = 0;
};

class WordSet
{
public:
    /** Words as written; lower-case ones are also stored capitalised (sentence-initial forms). */
    WordSet(std::initializer_list<const char16_t *> words, bool addCapitalised = true)
        : m_bit(Lexicon::instance().registerList())
    {
        for (const char16_t *w : words) {
            QString s = QString::fromUtf16(w);
            Lexicon::instance().add(s, m_bit);
            if (addCapitalised && !s.isEmpty() && s.at(0).isLower()) {
                s[0] = s.at(0).toUpper();
                Lexicon::instance().add(s, m_bit);
            }
        }
    }
    bool contains(QStringView w) const { return Lexicon::instance().bits(w) & m_bit; }
    quint32 bit() const { return m_bit; }

private:
    quint32 m_bit;
};

// Verbs that report speech. Forms that take the addressee as their object (told) can only have the
// speaker before them.
const WordSet &speechVerbs()
{
    static const WordSet s({
        u"said", u"says", u"say", u"told", u"tells", u"added", u"adds", u"insisted", u"insists",
        u"warned", u"warns", u"argued", u"argues", u"explained", u"explains", u"claimed", u"claims",
        u"admitted", u"admits", u"continued", u"continues", u"asked", u"asks", u"replied", u"replies",
        u"stressed", u"stresses", u"noted", u"notes", u"wrote", u"writes", u"declared", u"declares",
        u"announced", u"announces", u"stated", u"commented", u"comments", u"remarked", u"observed",
        u"suggested", u"suggests", u"acknowledged", u"acknowledges", u"conceded", u"concedes",
        u"confirmed", u"confirms", u"denied", u"denies", u"recalled", u"recalls", u"urged", u"urges",
        u"predicted", u"predicts", u"promised", u"promises", u"vowed", u"vows", u"boasted", u"boasts",
        u"complained", u"complains", u"responded", u"responds", u"answered", u"answers", u"joked",
        u"jokes", u"quipped", u"cautioned", u"cautions", u"revealed", u"reveals", u"alleged",
        u"alleges", u"maintained", u"maintains", u"tweeted", u"tweets", u"posted", u"concluded",
        u"concludes", u"agreed", u"agrees", u"demanded", u"demands", u"shouted", u"emphasised",
        u"emphasises", u"emphasized", u"emphasizes", u"asserted", u"asserts", u"pleaded", u"protested",
        u"countered", u"counters", u"retorted", u"testified", u"reiterated", u"reiterates", u"hinted",
        u"mused", u"exclaimed", u"cried", u"whispered", u"recounted", u"underlined", u"repeated",
        u"called", u"calls", u"described", u"describes", u"dubbed", u"labelled", u"labeled",
        u"branded", u"termed", u"praised", u"condemned", u"criticised", u"criticized", u"blasted",
        u"slammed", u"accused", u"reported", u"reports", u"estimated", u"forecast", u"believes",
        u"saying", u"telling", u"adding", u"insisting", u"warning", u"arguing", u"explaining",
        u"claiming", u"admitting", u"writing", u"noting", u"stressing", u"declaring", u"describing",
        u"calling", u"urging", u"asking", u"promising", u"vowing", u"suggesting", u"announcing",
        u"stating", u"confirming", u"denying", u"accusing", u"praising", u"recalling", u"replying",
        u"responding", u"referring", u"referred", u"refers", u"labelling", u"branding",
        u"remembered", u"remembers",
    }, false);
    return s;
}

const WordSet &objectVerbs()
{
    static const WordSet s({u"told", u"tells", u"telling", u"urged", u"urges", u"urging", u"accused",
                            u"accusing", u"praised", u"praising", u"condemned", u"criticised",
                            u"criticized", u"blasted", u"slammed", u"called", u"calls", u"calling",
                            u"described", u"describes", u"describing", u"dubbed", u"labelled",
                            u"labeled", u"branded", u"termed", u"referred", u"refers", u"referring"},
                           false);
    return s;
}

const WordSet &according()
{
    static const WordSet s({u"according"}, false);
    return s;
}

// Words that end a noun phrase after a verb: "said Mr Smith of …", "said Smith in a statement".
const WordSet &functionWords()
{
    static const WordSet s({u"of", u"in", u"at", u"on", u"who", u"which", u"that", u"when", u"after", u"to",
                            u"as", u"for", u"with", u"and", u"but", u"from", u"by", u"during", u"while",
                            u"before", u"because", u"if", u"was", u"is", u"were", u"are", u"had", u"has",
                            u"have", u"would", u"will", u"could", u"should", u"can", u"may", u"might",
                            u"must", u"did", u"does", u"do", u"not", u"there", u"this", u"it", u"he",
                            u"she", u"they", u"we", u"i", u"you", u"yesterday", u"today", u"earlier",
                            u"last", u"on", u"about", u"over", u"since", u"until", u"once", u"so", u"or"},
                           false);
    return s;
}

// Words that open a clause with its own subject: we'll see, it is, there are.
const WordSet &subjectPronouns()
{
    static const WordSet s({u"i", u"we", u"you", u"he", u"she", u"it", u"they", u"there", u"this",
                            u"i'm", u"i’m", u"we'll", u"we’ll", u"we're", u"we’re", u"we've", u"we’ve",
                            u"it's", u"it’s", u"they're", u"they’re", u"there's", u"there’s", u"that's",
                            u"that’s", u"he's", u"he’s", u"she's", u"she’s", u"you're", u"you’re",
                            u"i'll", u"i’ll", u"i've", u"i’ve", u"i'd", u"i’d", u"we'd", u"we’d",
                            u"nobody", u"everyone", u"nothing", u"everything", u"none", u"no-one"},
                           false);
    return s;
}

// Words that may stand before a sentence's subject: "But Peskov said".
const WordSet &sentenceOpeners()
{
    static const WordSet s({u"But", u"And", u"Yet", u"So", u"Meanwhile", u"However", u"Now", u"Then", u"Also",
                            u"Still", u"Indeed", u"Later", u"Earlier"},
                           false);
    return s;
}

const WordSet &pronouns()
{
    static const WordSet s({u"he", u"she", u"they", u"it", u"we"});
    return s;
}

// Words that may sit between a subject and its verb: "Peskov also said", "he has repeatedly said".
const WordSet &auxiliaries()
{
    static const WordSet s({u"has", u"have", u"had", u"also", u"later", u"then", u"previously", u"once",
                            u"again", u"further", u"recently", u"earlier", u"repeatedly", u"would",
                            u"will", u"could", u"may", u"might", u"simply", u"quickly", u"first",
                            u"just", u"yesterday", u"today", u"separately", u"reportedly", u"publicly",
                            u"privately", u"openly", u"never", u"already", u"even", u"only", u"still",
                            u"often", u"always", u"last", u"tonight", u"frequently", u"subsequently",
                            u"however", u"famously", u"angrily", u"bluntly", u"flatly", u"cheerfully",
                            u"told", u"is", u"was", u"were", u"be", u"been", u"afterwards", u"afterward",
                            u"now", u"since", u"too", u"himself", u"herself", u"itself", u"themselves", u"did",
                            u"does", u"instead", u"subsequently", u"initially", u"originally", u"went",
                            u"goes"},
                           false);
    return s;
}

// Capitalised words that start sentences but are not names.
const WordSet &capStopWords()
{
    static const WordSet s({
        u"The", u"A", u"An", u"But", u"And", u"Or", u"So", u"He", u"She", u"It", u"They", u"We", u"I",
        u"You", u"His", u"Her", u"Their", u"Its", u"Our", u"My", u"Your", u"This", u"That", u"These",
        u"Those", u"In", u"On", u"At", u"For", u"From", u"With", u"By", u"As", u"If", u"When", u"While",
        u"After", u"Before", u"Since", u"Meanwhile", u"However", u"Also", u"Yet", u"Still", u"Now",
        u"Then", u"There", u"Here", u"What", u"Why", u"How", u"Who", u"Where", u"Which", u"Last",
        u"Next", u"Some", u"Many", u"Most", u"All", u"Both", u"Each", u"One", u"Two", u"Three", u"Under",
        u"Over", u"Despite", u"Although", u"Though", u"Because", u"During", u"Monday", u"Tuesday",
        u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday", u"January", u"February",
        u"March", u"April", u"May", u"June", u"July", u"August", u"September", u"October", u"November",
        u"December", u"Yesterday", u"Today", u"Tomorrow", u"Earlier", u"Later", u"Former", u"Speaking",
        u"Asked", u"According", u"Quote", u"Source", u"Details", u"Background", u"Not", u"No", u"Yes",
        u"Even", u"Only", u"Just", u"Such", u"Other", u"Another", u"Every", u"Any", u"Among", u"Until",
        u"Instead", u"Indeed", u"Of", u"To", u"Into", u"About", u"Against", u"Without", u"Within",
        u"Thanks", u"Following", u"Analysts", u"Experts", u"Officials", u"Critics", u"Police",
        u"Read", u"Watch", u"First", u"Second", u"Third", u"Fourth",
        u"Finally", u"Secondly", u"Thirdly", u"Firstly", u"Lastly", u"Overall", u"Still", u"Well", u"Image", u"Photo", u"Picture",
    }, false);
    return s;
}

// Titles and role words stripped from the front of a name; the speaker is what follows the last one.
const WordSet &titleWords()
{
    static const WordSet s({
        u"Mr", u"Mrs", u"Ms", u"Miss", u"Mx", u"Dr", u"Sir", u"Dame", u"Lord", u"Lady", u"Prof",
        u"Professor", u"President", u"Prime", u"Minister", u"Chancellor", u"Secretary", u"General",
        u"Gen", u"Mayor", u"Senator", u"Sen", u"Rep", u"Representative", u"Governor", u"Gov", u"Judge",
        u"Justice", u"King", u"Queen", u"Prince", u"Princess", u"Pope", u"Rev", u"Reverend", u"Father",
        u"Chief", u"Executive", u"Chairman", u"Chairwoman", u"Chair", u"Spokesman", u"Spokeswoman",
        u"Spokesperson", u"Commissioner", u"Deputy", u"Vice", u"Ambassador", u"Archbishop", u"Bishop",
        u"Cardinal", u"Captain", u"Capt", u"Colonel", u"Col", u"Lieutenant", u"Lt", u"Sergeant", u"Sgt",
        u"Inspector", u"Superintendent", u"Detective", u"Constable", u"Officer", u"Coach", u"Manager",
        u"Leader", u"Councillor", u"Cllr", u"Director", u"Head", u"Sheikh", u"Emir", u"Ayatollah",
        u"Premier", u"Chairperson", u"Baroness", u"Baron", u"Earl", u"Duke", u"Duchess", u"Count",
        u"Admiral", u"Marshal", u"Major", u"Commander", u"Editor", u"Correspondent", u"Dean", u"Rabbi",
        u"Imam", u"Attorney", u"Solicitor", u"Lawyer", u"Sheriff", u"Magistrate", u"Defence",
        u"Foreign", u"Home", u"Health", u"Finance", u"Trade", u"Justice", u"Interior", u"Economy",
        u"Culture", u"Education", u"Environment", u"Energy", u"Transport", u"Press", u"Shadow",
        u"Opposition", u"Labour", u"Tory", u"Conservative", u"Democrat", u"Democratic", u"Republican",
        u"Liberal", u"Green", u"Former", u"Ex", u"Acting", u"Interim", u"Senior", u"Junior", u"Lords",
        u"Justices", u"Judges", u"Senators", u"Messrs", u"Drs", u"Profs",
    }, false);
    return s;
}

const WordSet &maleTitles()
{
    static const WordSet s({u"Mr", u"Sir", u"Lord", u"King", u"Prince", u"Father", u"Baron", u"Earl",
                            u"Duke", u"Count", u"Sheikh"},
                           false);
    return s;
}

const WordSet &femaleTitles()
{
    static const WordSet s({u"Mrs", u"Ms", u"Miss", u"Dame", u"Lady", u"Queen", u"Princess",
                            u"Baroness", u"Duchess", u"Chairwoman", u"Spokeswoman"},
                           false);
    return s;
}

const WordSet &maleNames()
{
    static const WordSet s({
        u"John", u"James", u"David", u"Michael", u"Peter", u"Paul", u"Mark", u"Richard", u"Robert",
        u"William", u"Thomas", u"Andrew", u"Tony", u"Gordon", u"George", u"Charles", u"Stephen",
        u"Steve", u"Ian", u"Alan", u"Simon", u"Chris", u"Christopher", u"Martin", u"Jack", u"Joe",
        u"Donald", u"Vladimir", u"Dmitry", u"Sergei", u"Boris", u"Jeremy", u"Keir", u"Rishi", u"Nick",
        u"Mike", u"Tom", u"Bill", u"Jim", u"Bob", u"Kevin", u"Brian", u"Gary", u"Neil", u"Graham",
        u"Patrick", u"Edward", u"Henry", u"Matthew", u"Daniel", u"Joseph", u"Barack", u"Emmanuel",
        u"Olaf", u"Volodymyr", u"Xi", u"Jason", u"Kirill", u"Evan", u"Tucker", u"Alexei", u"Ivan",
        u"Nicolas", u"Francois", u"Jacques", u"Gerhard", u"Silvio", u"Ahmed", u"Mohammed",
        u"Muhammad", u"Ali", u"Hassan", u"Ken", u"Jose", u"Carlos", u"Juan", u"Luis", u"Antonio",
        u"Sean", u"Liam", u"Declan", u"Lucan", u"Halvard", u"Ed", u"Ben", u"Sam", u"Dan", u"Adam",
        u"Jonathan", u"Tim", u"Roger", u"Frank", u"Howard", u"Lee", u"Craig", u"Wayne", u"Ryan",
        u"Arsene", u"Alex", u"Jose", u"Rafael", u"Roman", u"Sven", u"Kofi", u"Ariel", u"Yasser",
        u"Hamid", u"Dick", u"Colin", u"Karl", u"Jean", u"Hugh", u"Rupert", u"Oliver", u"Harry",
    }, false);
    return s;
}

const WordSet &femaleNames()
{
    static const WordSet s({
        u"Mary", u"Elizabeth", u"Sarah", u"Jane", u"Margaret", u"Susan", u"Anne", u"Ann", u"Helen",
        u"Patricia", u"Linda", u"Karen", u"Emma", u"Claire", u"Kate", u"Catherine", u"Theresa",
        u"Hillary", u"Angela", u"Kamala", u"Nicola", u"Liz", u"Tessa", u"Tessa", u"Harriet", u"Ruth",
        u"Julia", u"Laura", u"Rachel", u"Lucy", u"Alice", u"Victoria", u"Louise", u"Maria", u"Anna",
        u"Natalia", u"Olga", u"Yulia", u"Maria", u"Marine", u"Ursula", u"Christine", u"Fiona",
        u"Nancy", u"Michelle", u"Jill", u"Hilary", u"Diane", u"Yvette", u"Caroline", u"Jacqui",
        u"Patricia", u"Ines", u"Mirela", u"Miriam", u"Joanna", u"Charlotte", u"Sophie", u"Amy",
        u"Jennifer", u"Jessica", u"Rebecca", u"Hannah", u"Emily", u"Clare", u"Deborah", u"Barbara",
        u"Carol", u"Janet", u"Sally", u"Judith", u"Gillian", u"Estelle", u"Beverley", u"Tracey",
        u"Madeleine", u"Condoleezza", u"Serena", u"Venus", u"Paula", u"Kelly", u"Sharon", u"Ruby",
    }, false);
    return s;
}

// Words that make a capitalised run an organisation.
const WordSet &orgWords()
{
    static const WordSet s({
        u"Kremlin", u"Labour", u"Tory", u"Tories", u"Conservatives", u"Democrats", u"Republicans", u"SNP",
        u"Ministry", u"Council", u"Board", u"Government", u"Commission", u"Party",
        u"Union", u"Bank", u"Corp", u"Corporation", u"Inc", u"Ltd", u"Plc", u"Group", u"Association",
        u"Authority", u"Agency", u"Department", u"Office", u"Service", u"Services", u"Police", u"Court",
        u"Committee", u"House", u"Company", u"Co", u"Institute", u"University", u"College", u"School",
        u"Foundation", u"Trust", u"Federation", u"Organisation", u"Organization", u"Society", u"Club",
        u"Journal", u"News", u"Times", u"Post", u"Telegraph", u"Guardian", u"Herald", u"Gazette",
        u"Tribune", u"Press", u"Network", u"Airlines", u"Airways", u"Motors", u"Holdings", u"Partners",
        u"Fund", u"Reserve", u"Parliament", u"Congress", u"Senate", u"Assembly", u"Cabinet", u"Treasury",
        u"Pentagon", u"Downing", u"Whitehall", u"Commons", u"Exchange", u"Team", u"League", u"FC",
        u"United", u"Rovers", u"Athletic", u"Army", u"Navy", u"Force", u"Forces", u"Unit", u"Centre",
        u"Center", u"Hospital", u"Church", u"Microsoft", u"Google", u"Apple", u"Amazon", u"Facebook",
        u"Meta", u"Reuters", u"Bloomberg", u"Interfax", u"Tass", u"TASS", u"Novosti",
    }, false);
    return s;
}

// Places: runs made of these are never speakers.
const WordSet &placeWords()
{
    static const WordSet s({
        u"Russia", u"Ukraine", u"Moscow", u"Washington", u"London", u"Britain", u"England",
        u"Scotland", u"Wales", u"Ireland", u"America", u"China", u"India", u"Europe", u"Kyiv", u"Kiev",
        u"France", u"Germany", u"Brussels", u"Iraq", u"Iran", u"Israel", u"Japan", u"Italy", u"Spain",
        u"Paris", u"Berlin", u"Beijing", u"Tokyo", u"Crimea", u"Donbas", u"Syria", u"Afghanistan",
        u"Pakistan", u"Africa", u"Asia", u"Australia", u"Canada", u"Mexico", u"Brazil", u"Poland",
        u"Turkey", u"Egypt", u"Gaza", u"Palestine", u"Belarus", u"Georgia", u"Korea", u"Taiwan",
        u"Vietnam", u"Sudan", u"Siberia", u"Delhi", u"York", u"Street", u"Road", u"City", u"Island",
        u"River", u"Valley", u"Bay", u"Kingdom", u"States", u"Republic", u"Square", u"Park", u"Palace",
        u"Beach", u"Hall", u"Tower", u"North", u"South", u"East", u"West", u"Northern", u"Southern",
        u"Eastern", u"Western", u"Middle", u"Dam", u"Bridge", u"Lane", u"Quay", u"Harbour", u"Port", u"Gulf", u"Sea", u"Ocean", u"Lake", u"Mount", u"County",
        u"Province", u"Region", u"Ekaterinburg", u"Manchester", u"Birmingham", u"Glasgow", u"Edinburgh",
        u"Cardiff", u"Belfast", u"Dublin", u"Liverpool", u"Leeds", u"US", u"UK", u"EU", u"USA", u"UN",
    }, false);
    return s;
}

// Nouns that name a work; a quote right after one (the film "Star Wars") is a title.
const WordSet &workNouns()
{
    static const WordSet s({
        u"film", u"films", u"movie", u"movies", u"song", u"songs", u"book", u"books", u"album",
        u"albums", u"programme", u"programmes", u"program", u"show", u"shows", u"series", u"novel",
        u"novels", u"single", u"singles", u"play", u"plays", u"documentary", u"musical", u"opera",
        u"sitcom", u"drama", u"track", u"tracks", u"poem", u"magazine", u"newspaper", u"column",
        u"episode", u"exhibition", u"game", u"video", u"anthem", u"hymn", u"ballad", u"memoir",
        u"biography", u"painting", u"comedy", u"thriller", u"soap", u"serial", u"podcast", u"blog",
        u"title", u"hit", u"EP", u"record", u"sequel", u"franchise", u"production", u"report",
        u"titled", u"entitled", u"novella", u"cartoon", u"sketch", u"opera", u"ballet", u"tune",
    }, false);
    return s;
}

// Lower-case nouns for someone who speaks for an organisation: "a Microsoft spokesman said".
const WordSet &roleNouns()
{
    static const WordSet s({
        u"spokesman", u"spokeswoman", u"spokesperson", u"spokespeople", u"official", u"officials",
        u"source", u"sources", u"statement", u"aide", u"aides", u"adviser", u"advisers", u"advisor",
        u"representative", u"representatives", u"executive", u"executives", u"boss", u"chief",
        u"director", u"chairman", u"chairwoman", u"chair", u"head", u"minister", u"secretary",
        u"president", u"leader", u"analyst", u"analysts", u"economist", u"economists", u"lawyer",
        u"lawyers", u"manager", u"team", u"office", u"press", u"service", u"staff", u"member",
        u"members", u"insider", u"insiders", u"researcher", u"researchers", u"officer", u"engineer",
        u"singer", u"guitarist", u"drummer", u"star", u"striker", u"coach", u"captain", u"owner",
        u"founder", u"author", u"actor", u"actress", u"teacher", u"student", u"resident", u"campaigner",
        u"activist", u"expert", u"doctor", u"nurse", u"worker", u"farmer", u"critic", u"writer",
        u"director", u"producer", u"presenter", u"host", u"reporter", u"correspondent", u"editor",
        u"councillor", u"mayor", u"governor", u"senator", u"economist", u"strategist", u"partner",
        u"chancellor", u"ambassador", u"envoy", u"judge", u"prosecutor", u"witness", u"player",
        u"midfielder", u"defender", u"goalkeeper", u"boss", u"veteran", u"teenager", u"opponent",
    });
    return s;
}

// "Mr. Smith": a full stop after these does not end the sentence.
const WordSet &abbreviations()
{
    static const WordSet s({u"Mr", u"Mrs", u"Ms", u"Dr", u"St", u"Jr", u"Sr", u"Prof", u"Gen", u"Col",
                            u"Lt", u"Sgt", u"Rev", u"Gov", u"Sen", u"Rep", u"No", u"vs", u"Inc", u"Ltd",
                            u"Co", u"Corp", u"Capt", u"Mt", u"Jan", u"Feb", u"Mar", u"Apr", u"Aug",
                            u"Sept", u"Sep", u"Oct", u"Nov", u"Dec", u"approx", u"etc", u"Fig"},
                           false);
    return s;
}

const WordSet &nameParticles()
{
    static const WordSet s({u"de", u"van", u"von", u"bin", u"al", u"da", u"del", u"la", u"le", u"du",
                            u"der", u"dos", u"di", u"ben", u"ibn", u"el", u"y", u"ter", u"den"},
                           false);
    return s;
}

// Head nouns of a definite description of an organisation: "the company said", "said the group".
const WordSet &orgNouns()
{
    static const WordSet s({
        u"company", u"firm", u"group", u"council", u"government", u"ministry", u"department", u"magazine",
        u"newspaper", u"paper", u"agency", u"authority", u"bank", u"party", u"club", u"union", u"board",
        u"committee", u"commission", u"organisation", u"organization", u"charity", u"band", u"website",
        u"network", u"broadcaster", u"retailer", u"airline", u"carmaker", u"insurer", u"lender", u"regulator",
        u"watchdog", u"chain", u"supermarket", u"operator", u"manufacturer", u"maker", u"giant", u"studio",
        u"label", u"association", u"federation", u"league", u"body", u"institute", u"university",
        u"trust", u"broadcaster", u"publisher", u"channel", u"station", u"campaign", u"consortium",
        u"corporation", u"conglomerate", u"bureau", u"office", u"embassy", u"army", u"military", u"court",
        u"tribunal", u"utility", u"exchange", u"fund", u"producer", u"developer", u"distributor",
    }, false);
    return s;
}

// Head nouns of a description of a newspaper or broadcaster, and words in their names.
const WordSet &mediaNouns()
{
    static const WordSet s({u"newspaper", u"paper", u"magazine", u"broadcaster", u"channel", u"station",
                            u"network", u"website", u"site", u"publication", u"tabloid", u"daily", u"weekly",
                            u"journal", u"agency"},
                           false);
    return s;
}

const WordSet &mediaWords()
{
    static const WordSet s({u"News", u"Times", u"Post", u"Telegraph", u"Guardian", u"Herald", u"Gazette",
                            u"Tribune", u"Journal", u"Press", u"Mail", u"Express", u"Mirror", u"Sun", u"Observer",
                            u"Independent", u"Standard", u"Magazine", u"Radio", u"TV", u"Television", u"BBC",
                            u"CNN", u"ITV", u"Sky", u"Channel", u"Network", u"Reuters", u"AP", u"AFP",
                            u"Bloomberg", u"Interfax", u"Tass", u"TASS", u"Novosti", u"Economist", u"Week",
                            u"Weekly", u"Daily", u"Record", u"Chronicle", u"Star", u"Mercury", u"Echo", u"Today",
                            u"Review", u"Newsweek", u"Time", u"Variety", u"Billboard", u"NME", u"Online", u"Web",
                            u"FM", u"Broadcasting", u"Media", u"Ledger", u"Bulletin", u"Courier", u"Argus"},
                           false);
    return s;
}

// Title words that also name parties and departments: Labour (leader), Home (Secretary).
const WordSet &affiliations()
{
    static const WordSet s({u"Labour", u"Tory", u"Conservative", u"Democrat", u"Democratic", u"Republican",
                            u"Liberal", u"Green", u"Home", u"Foreign", u"Defence", u"Health", u"Finance", u"Trade",
                            u"Justice", u"Interior", u"Economy", u"Culture", u"Education", u"Environment",
                            u"Energy", u"Transport", u"Press", u"Opposition", u"Shadow", u"Executive", u"General",
                            u"Chief", u"Deputy", u"Vice", u"Senior", u"Junior", u"Head"},
                           false);
    return s;
}

// Heads of a description that may stand for an organisation named without that word ("Next …
// the company", "Reporters Without Borders … the group").
const WordSet &companyNouns()
{
    static const WordSet s({
        u"company", u"firm", u"group", u"bank", u"club", u"band", u"retailer", u"airline", u"carmaker",
        u"insurer", u"lender", u"regulator", u"watchdog", u"chain", u"supermarket", u"operator",
        u"manufacturer", u"maker", u"giant", u"studio", u"label", u"broadcaster", u"publisher", u"network",
        u"website", u"site", u"magazine", u"newspaper", u"paper", u"charity", u"consortium", u"corporation",
        u"conglomerate", u"producer", u"developer", u"distributor", u"agency", u"exchange", u"organisation",
        u"organization", u"channel", u"station", u"team", u"side", u"union", u"party",
    }, false);
    return s;
}

// Nouns for people that a pronoun may stand for when no name is given: "one dealer … he said".
const WordSet &peopleNouns()
{
    static const WordSet s({
        u"man", u"woman", u"boy", u"girl", u"dealer", u"trader", u"fan", u"fans", u"resident", u"residents",
        u"neighbour", u"neighbor", u"friend", u"colleague", u"colleagues", u"relative", u"passenger",
        u"driver", u"shopper", u"customer", u"voter", u"parent", u"mother", u"father", u"wife", u"husband",
        u"son", u"daughter", u"pupil", u"soldier", u"victim", u"survivor", u"bystander", u"eyewitness",
        u"employee", u"user", u"viewer", u"listener", u"reader", u"supporter", u"protester", u"delegate",
        u"onlooker", u"local", u"person", u"people", u"investor", u"banker", u"broker",
        u"diplomat", u"politician", u"MP", u"MPs", u"peer", u"patient", u"pensioner", u"youngster",
        u"source", u"sources", u"one", u"mp",
    }, false);
    return s;
}

// Nouns that describe the person an article is about: "the singer said", "the striker added".
const WordSet &personDescriptions()
{
    static const WordSet s({u"singer", u"star", u"actor", u"actress", u"striker", u"midfielder", u"defender",
                            u"goalkeeper", u"veteran", u"teenager", u"musician", u"rapper", u"guitarist",
                            u"drummer", u"comedian", u"champion", u"winner", u"forward", u"winger",
                            u"batsman", u"bowler", u"athlete", u"sprinter", u"runner", u"skipper", u"youngster",
                            u"novelist", u"director", u"film-maker", u"filmmaker", u"artist", u"songwriter",
                            u"player", u"captain", u"skipper", u"keeper", u"batsman", u"boxer", u"golfer",
                            u"swimmer", u"cyclist", u"rider", u"driver", u"jockey", u"trainer", u"actor", u"author",
                            u"writer", u"singer-songwriter", u"frontman", u"star", u"Scot", u"Briton", u"Swede",
                            u"Dane", u"Finn", u"Pole", u"Czech", u"Swiss", u"Greek", u"Turk", u"Kiwi", u"Spaniard",
                            u"Frenchman", u"Dutchman", u"Welshman", u"Irishman", u"Englishman", u"Scotsman",
                            u"Argentine", u"Croat", u"Serb", u"Slovak", u"Chilean", u"Portuguese", u"Israeli"},
                           false);
    return s;
}

// "last year", "on Monday": time between a subject and its verb.
const WordSet &timeNouns()
{
    static const WordSet s({u"year", u"week", u"month", u"night", u"weekend", u"summer", u"winter", u"spring",
                            u"autumn", u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday",
                            u"Sunday", u"morning", u"afternoon", u"evening", u"time", u"season"},
                           false);
    return s;
}

// Words before "to" + a verb of speech that leave the subject the speaker: "he was due to say".
const WordSet &raisingWords()
{
    static const WordSet s({u"due", u"expected", u"set", u"going", u"about", u"likely", u"able", u"planning",
                            u"poised", u"wants", u"wanted", u"tried", u"trying", u"decided", u"on", u"sure",
                            u"ready", u"intends", u"intended", u"hopes", u"hoped", u"plans", u"planned",
                            u"scheduled", u"unlikely", u"certain", u"keen", u"used", u"appeared", u"seemed"},
                           false);
    return s;
}

// Words that open a clause in front of a sentence's subject: "As X spoke, Y said".
const WordSet &subordinators()
{
    static const WordSet s({u"As", u"When", u"While", u"Whilst", u"After", u"Before", u"Although", u"Though",
                            u"If", u"Since", u"Because", u"Once", u"Until", u"Despite", u"To", u"In", u"On",
                            u"At", u"With", u"Following", u"Speaking", u"Asked", u"During", u"For", u"Having",
                            u"Unlike", u"Like", u"Amid", u"Under", u"Without", u"Whereas", u"By", u"Writing",
                            u"Talking", u"Addressing", u"Responding", u"Commenting", u"Referring", u"Announcing"},
                           false);
    return s;
}

// Words that make a noun phrase indefinite: "one dealer said", "a spokesman said".
const WordSet &indefinites()
{
    static const WordSet s({u"a", u"an", u"one", u"another", u"some", u"several", u"many", u"most", u"two",
                            u"three", u"four", u"other", u"others"});
    return s;
}

const WordSet &elisions()
{
    static const WordSet s({u"n", u"em", u"til", u"tis", u"twas", u"cause", u"bout", u"cos", u"ello",
                            u"im", u"round", u"s"},
                           false);
    return s;
}

// The lists' bits, set once by loadWordLists() (under its thread-safe static guard) and only
// read afterwards.
namespace Bit {
quint32 speechVerbs = 0;
quint32 objectVerbs = 0;
quint32 according = 0;
quint32 pronouns = 0;
quint32 sentenceOpeners = 0;
quint32 subjectPronouns = 0;
quint32 functionWords = 0;
quint32 auxiliaries = 0;
quint32 capStopWords = 0;
quint32 titleWords = 0;
quint32 maleTitles = 0;
quint32 femaleTitles = 0;
quint32 maleNames = 0;
quint32 femaleNames = 0;
quint32 orgWords = 0;
quint32 placeWords = 0;
quint32 workNouns = 0;
quint32 roleNouns = 0;
quint32 abbreviations = 0;
quint32 nameParticles = 0;
quint32 elisions = 0;
quint32 orgNouns = 0;
quint32 peopleNouns = 0;
quint32 indefinites = 0;
quint32 subordinators = 0;
quint32 personDescriptions = 0;
quint32 raisingWords = 0;
quint32 mediaNouns = 0;
quint32 mediaWords = 0;
quint32 timeNouns = 0;
quint32 companyNouns = 0;
quint32 affiliations = 0;
} // namespace Bit

/** Builds every list before the first look-up, so per-token caches never miss a list. */
void loadWordLists()
{
    static const bool loaded = [] {
        Bit::speechVerbs = speechVerbs().bit();
        Bit::objectVerbs = objectVerbs().bit();
        Bit::according = according().bit();
        Bit::pronouns = pronouns().bit();
        Bit::sentenceOpeners = sentenceOpeners().bit();
        Bit::subjectPronouns = subjectPronouns().bit();
        Bit::functionWords = functionWords().bit();
        Bit::auxiliaries = auxiliaries().bit();
        Bit::capStopWords = capStopWords().bit();
        Bit::titleWords = titleWords().bit();
        Bit::maleTitles = maleTitles().bit();
        Bit::femaleTitles = femaleTitles().bit();
        Bit::maleNames = maleNames().bit();
        Bit::femaleNames = femaleNames().bit();
        Bit::orgWords = orgWords().bit();
        Bit::placeWords = placeWords().bit();
        Bit::workNouns = workNouns().bit();
        Bit::roleNouns = roleNouns().bit();
        Bit::abbreviations = abbreviations().bit();
        Bit::nameParticles = nameParticles().bit();
        Bit::elisions = elisions().bit();
        Bit::orgNouns = orgNouns().bit();
        Bit::peopleNouns = peopleNouns().bit();
        Bit::indefinites = indefinites().bit();
        Bit::subordinators = subordinators().bit();
        Bit::personDescriptions = personDescriptions().bit();
        Bit::raisingWords = raisingWords().bit();
        Bit::mediaNouns = mediaNouns().bit();
        Bit::mediaWords = mediaWords().bit();
        Bit::timeNouns = timeNouns().bit();
        Bit::companyNouns = companyNouns().bit();
        Bit::affiliations = affiliations().bit();
        return true;
    }();
    Q_UNUSED(loaded);
}

/** w == lit, inline: most comparisons fail on the length alone. */
template<size_t N>
inline bool is(QStringView w, const char16_t (&lit)[N])
{
    if (w.size() != qsizetype(N - 1))
        return false;
    for (size_t i = 0; i + 1 < N; ++i) {
        if (w.at(qsizetype(i)).unicode() != lit[i])
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Characters

constexpr char16_t kLdq = u'\u201C';   // “
constexpr char16_t kRdq = u'\u201D';   // ”
constexpr char16_t kLsq = u'\u2018';   // ‘
constexpr char16_t kRsq = u'\u2019';   // ’
constexpr char16_t kLow9 = u'\u201E';  // „
constexpr char16_t kLow9s = u'\u201A'; // ‚
constexpr char16_t kLaquo = u'\u00AB'; // «
constexpr char16_t kRaquo = u'\u00BB'; // »

inline bool isQuoteChar(char16_t c)
{
    return c == u'"' || c == u'\'' || c == kLdq || c == kRdq || c == kLsq || c == kRsq || c == kLow9
        || c == kLow9s || c == kLaquo || c == kRaquo;
}

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

/** May an opening mark follow this character? */
inline bool isOpenBoundary(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case u'(': case u'[': case u'{': case u'/': case u':': case u';': case u',': case u'-':
    case u'\u2013': case u'\u2014': case u'\u2026': case u'"': case kLdq: case kLsq: case kLow9:
    case kLow9s: case kLaquo: case kRaquo: case u'\'': case u'*': case u'_':
        return true;
    default:
        return false;
    }
}

/** How far (in tokens) the paragraph-level rules look around a quote. */
constexpr int kParagraphWindow = 150;
/** How far (in characters) a single quote mark looks for its closing mark. */
constexpr int kSingleQuoteReach = 2000;

struct Paragraph
{
    int start;
    int end;
};

struct Candidate
{
    int markStart;
    int start;
    int end;
    int markEnd;
    bool multiParagraph = false;
    bool closed = true;
};

// ---------------------------------------------------------------------------------------------
// Tokens

enum TokFlag : quint16 {
    Word = 1,
    Cap = 2,        ///< starts with an upper-case letter
    AllCaps = 4,    ///< two or more letters, all upper case
    Lower = 8,      ///< starts with a lower-case letter
    Possessive = 16,
    ParaStart = 32, ///< first token of a paragraph
    Apostrophe = 64, ///< a word with an apostrophe inside (don't, Russia's, O'Neill)
    Hyphen = 128,    ///< a word with a hyphen inside (London-based, co-chairman)
};

struct Token
{
    int s;
    int e;
    int sent = 0;
    int para = 0;
    int quote = -1; ///< index of the candidate whose marks contain this token
    quint16 flags = 0;
};

struct Mention
{
    int t0;          ///< first token of the name (after titles)
    int t1;          ///< last token of the name
    int runT0;       ///< first token including titles and roles (the cue)
    int s;
    int e;           ///< name characters, possessive 's removed
    EntityType type = EntityType::Person;
    int gender = 0;  ///< 1 male, 2 female, 0 unknown
    bool strong = false; ///< surely a person or organisation (NER, title, two words, known surname)
    bool inQuote = false;
};

struct Speaker
{
    int mention = -1; ///< index into mentions, or -1
    int cueS = -1;
    int cueE = -1;
    bool generic = false; ///< attributed to someone unnamed ("one fan said"): no guessing
    bool found() const { return mention >= 0; }
};

class Run
{
public:
    Run(const QString &text, const QList<EntitySpan> &entities)
        : m_text(text)
        , m_entities(entities)
    {
    }

    QList<QuoteSpan> detect();

private:
    // pass 1-2
    void findParagraphs();
    void findCandidates();
    int findDoubleClose(char16_t open, int from, int paraEnd, int *unclosedAt = nullptr) const;
    int findSingleClose(char16_t open, int from, int paraEnd) const;
    bool isElision(int i) const;
    // pass 3-4
    void tokenize();
    void indexTokens();
    /** The first quote character at or after pos, or INT_MAX. */
    int nextQuote(int pos) const
    {
        auto it = std::lower_bound(m_qpos.begin(), m_qpos.end(), pos);
        return it == m_qpos.end() ? std::numeric_limits<int>::max() : *it;
    }
    void findMentions();
    void addMention(int t0, int t1, int typeHint);
    // pass 5
    bool isNonSpeech(int q, bool full) const;
    bool isFull(int q) const;
    // pass 6
    Speaker attribute(int q, bool full) const;
    Speaker ownSubject(int q) const;
    /** Is the subject of the verb at @p v a pronoun ("The Tories, he said, …")? */
    bool pronounSubject(int v) const
    {
        int j = v - 1;
        while (j >= 0 && isWord(j) && (hasLex(j, Bit::auxiliaries) || isAdverb(j)))
            --j;
        return j >= 0 && isWord(j) && hasLex(j, Bit::pronouns);
    }
    /** The token at or after character position pos. */
    int tokenAt(int pos) const
    {
        auto it = std::lower_bound(m_toks.begin(), m_toks.end(), pos, [](const Token &t, int p) { return t.s < p; });
        return std::min(int(it - m_toks.begin()), int(m_toks.size()) - 1);
    }
    Speaker subjectBefore(int v, int stopTok) const;
    Speaker subjectAfter(int v, int stopTok, bool inverted) const;
    Speaker sentenceSubject(int fromTok, int toTok) const;
    /** @p t: a pronoun, or with @p anyPerson the head of a description of a person (the actor). */
    Speaker resolvePronoun(int t, bool anyPerson = false) const;
    int descriptionStart(int j, int stopTok, bool *definite) const;
    Speaker describedSpeaker(int j, int stopTok) const;
    int describedOrganisation(int j, int start) const;
    int describedPerson(int j, int start) const;
    bool genericSubjectAt(int sentFrom, int sentTo) const;
    Speaker namedHolder(const Speaker &org, int roleTok) const;
    int initialPerson(int sentFrom, int sentTo) const;
    int organisationSpeaking(int beforeTok) const;
    Speaker fromMentionAt(int t, bool ending) const;
    /** 0 none, 1 a verb of speech, 2 "according to". @p asVerb: not a noun after a possessive or
     *  determiner (Pound's comments, his claims); off when deciding what is a quote. */
    int verbAt(int t, bool asVerb = true) const;
    QString speakerName(int mention) const;
    QString fullestName(int mention) const;
    mutable std::vector<QString> m_nameCache;
    mutable int m_quote = -1; ///< the quote being attributed
    /** Is mention m named inside the quote being attributed ("I think Sean's situation …," he said)? */
    bool namedInQuote(int m) const;

    QStringView tok(int i) const
    {
        const Token &t = m_toks[size_t(i)];
        return QStringView(m_text.constData() + t.s, t.e - t.s);
    }
    bool isWord(int i) const { return m_toks[i].flags & Word; }
    /** We're, It'll, Don't: never part of a name (O'Neill and possessives are). */
    bool isContraction(int i) const
    {
        if (!(m_toks[size_t(i)].flags & (Apostrophe | Hyphen)))
            return false;
        const QStringView w = tok(i);
        if (!(m_toks[size_t(i)].flags & Apostrophe)) {
            // London-based, Kremlin-aligned: an adjective
            const qsizetype h = w.indexOf(u'-');
            return h > 0 && h + 1 < w.size() && w.at(h + 1).isLower();
        }
        for (qsizetype k = 1; k + 1 < w.size(); ++k) {
            if ((w.at(k) == u'\'' || w.at(k) == QChar(kRsq)) && w.at(k + 1).isLower())
                return !(m_toks[size_t(i)].flags & Possessive) || k + 2 < w.size();
        }
        return false;
    }
    /** A lower-case adverb in -ly (sharply, originally), not a noun such as family or rally. */
    bool isAdverb(int i) const
    {
        if (!(m_toks[size_t(i)].flags & Lower) || m_toks[size_t(i)].e - m_toks[size_t(i)].s < 5)
            return false;
        const QStringView w = tok(i);
        return w.endsWith(u"ly") && !is(w, u"family") && !is(w, u"daily") && !is(w, u"weekly") && !is(w, u"monthly")
            && !is(w, u"rally") && !is(w, u"supply") && !is(w, u"reply")
            && !is(w, u"assembly") && !is(w, u"monopoly") && !is(w, u"anomaly") && !is(w, u"belly") && !is(w, u"jelly")
            && !is(w, u"bully") && !is(w, u"apply");
    }
    /** A noun for a person such as the one an article is about: the 27-year-old, the striker,
     *  the debutant, the Dutchman, the Brazilian. */
    bool describesPerson(int i) const
    {
        const QStringView w = tok(i);
        if (w.endsWith(u"-year-old") || hasLex(i, Bit::personDescriptions))
            return true;
        if (i > 0 && isWord(i - 1) && tok(i - 1).endsWith(u"-year-old"))
            return true; // the 41-year-old chart-topper
        if (m_toks[size_t(i)].flags & Cap) // nationalities
            return w.size() > 4 && (w.endsWith(u"man") || w.endsWith(u"ian") || w.endsWith(u"ese") || w.endsWith(u"ard"));
        return (m_toks[size_t(i)].flags & Lower) && w.size() > 5 && !w.endsWith(u"ment")
            && (w.endsWith(u"ist") || w.endsWith(u"ian") || w.endsWith(u"ant") || w.endsWith(u"ent"));
    }
    /** German, British, Japanese, French, Israeli: a capitalised adjective of a nation. */
    bool isNationality(int i) const
    {
        const QStringView w = tok(i);
        return w.size() > 3 && !(m_toks[size_t(i)].flags & AllCaps)
            && (w.endsWith(u"an") || w.endsWith(u"ish") || w.endsWith(u"ese") || w.endsWith(u"ch") || w.endsWith(u"i"));
    }
    /** I, I've, my, me, we, our, us: the speaker's own words. */
    bool isFirstPerson(int i) const
    {
        if (!isWord(i))
            return false;
        QStringView w = tok(i);
        const qsizetype apos = std::max(w.indexOf(u'\''), w.indexOf(QChar(kRsq)));
        if (apos > 0)
            w = w.left(apos);
        return is(w, u"I") || is(w, u"my") || is(w, u"My") || is(w, u"me") || is(w, u"we") || is(w, u"We") || is(w, u"our")
            || is(w, u"Our") || is(w, u"us");
    }
    bool hasLex(int i, quint32 bit) const
    {
        quint32 &b = m_lex[size_t(i)];
        if (b == Unknown) [[unlikely]]
            b = (m_toks[size_t(i)].flags & Word) ? m_lexicon.bits(tok(i)) : 0;
        return b & bit;
    }
    QChar ch(int i) const { return m_text.at(m_toks[i].s); }

    const QString &m_text;
    const QList<EntitySpan> &m_entities;
    const Lexicon &m_lexicon = Lexicon::instance();
    std::vector<Paragraph> m_paras;
    std::vector<Candidate> m_cands;
    std::vector<Token> m_toks;
    std::vector<int> m_qpos; ///< positions of all quote characters
    static constexpr quint32 Unknown = 0xFFFFFFFFu;
    mutable std::vector<quint32> m_lex; ///< per token: the Lexicon bits, computed on first use
    std::vector<int> m_sentStart; ///< first token of each sentence
    std::vector<Mention> m_mentions;
    std::vector<int> m_mentionEndingAt;   ///< token -> mention whose name ends there, or -1
    std::vector<int> m_mentionStartingAt; ///< token -> mention whose name starts there, or -1
    std::vector<int> m_mentionRunStartingAt; ///< token -> mention whose run (with titles) starts there
    std::vector<std::pair<int, int>> m_spoken; ///< quotes attributed so far: (last token, mention)
    /** The speaker of the last quote attributed before token @p before, of @p type, or -1. */
    int lastSpeaker(int before, EntityType type) const
    {
        for (auto it = m_spoken.rbegin(); it != m_spoken.rend(); ++it) {
            if (it->first < before && m_mentions[size_t(it->second)].type == type)
                return it->second;
        }
        return -1;
    }
    std::vector<int> m_candTok0; ///< first token inside each candidate (its opening mark)
    std::vector<int> m_candTok1; ///< last token of each candidate (its closing mark)
};

// ---------------------------------------------------------------------------------------------
// Pass 1-2: paragraphs and quote candidates

void Run::findParagraphs()
{
    const int n = int(m_text.size());
    const QChar *d = m_text.constData();
    const QStringView view(m_text);
    // Line breaks other than \n are rare: look for them once, then split with the fast indexOf.
    const bool otherBreaks = view.contains(u'\r') || view.contains(QChar(0x2029));
    int i = 0;
    while (i < n) {
        int j;
        if (otherBreaks) {
            j = i;
            while (j < n && d[j] != u'\n' && d[j] != u'\r' && d[j] != QChar(0x2029))
                ++j;
        } else {
            j = int(view.indexOf(u'\n', i));
            if (j < 0)
                j = n;
        }
        int s = i, e = j;
        while (s < e && d[s].isSpace())
            ++s;
        while (e > s && d[e - 1].isSpace())
            --e;
        if (e > s)
            m_paras.push_back({s, e});
        i = j + 1;
    }
}

bool Run::isElision(int i) const
{
    // '90s, 'n', 'em, 'til: the mark stands for missing letters.
    const int n = int(m_text.size());
    int j = i + 1;
    if (j < n && m_text.at(j).isDigit()) {
        while (j < n && m_text.at(j).isDigit())
            ++j;
        return j - i - 1 <= 2 && (j >= n || !m_text.at(j).isLetter() || m_text.at(j) == u's');
    }
    while (j < n && m_text.at(j).isLetter())
        ++j;
    if (j == i + 1)
        return false;
    if (j < n && m_text.at(j) == u'\'' && j == i + 2 && m_text.at(i + 1) == u'n')
        return true; // rock 'n' roll
    if (j < n && (m_text.at(j) == u'\'' || m_text.at(j) == kRsq))
        return false; // a one-word quote: 'no'
    return elisions().contains(QStringView(m_text).mid(i + 1, j - i - 1));
}

int Run::findDoubleClose(char16_t open, int from, int paraEnd, int *unclosedAt) const
{
    const QChar *d = m_text.constData();
    int typo = -1;
    for (auto it = std::lower_bound(m_qpos.begin(), m_qpos.end(), from); it != m_qpos.end() && *it < paraEnd; ++it) {
        const int i = *it;
        const char16_t c = d[i].unicode();
        switch (open) {
        case u'"':
            if (c == u'"') {
                const bool openerLike = i > from && d[i - 1].isSpace() && i + 1 < paraEnd && !d[i + 1].isSpace();
                if (!openerLike)
                    return i;
                int k = i - 1;
                while (k > from && (d[k].isSpace() || d[k] == u'\'' || d[k] == QChar(kRsq)))
                    --k;
                const char16_t pc = d[k].unicode();
                // BBC style: a quote that runs on into a new sentence re-opens with a mark and no
                // closing one ("A. "B."). It is one quote.
                if (pc == u'.' || pc == u'?' || pc == u'!' || pc == u'\u2026')
                    break;
                // Otherwise this opens a new quote and the current one was never closed.
                if (unclosedAt)
                    *unclosedAt = i;
                return -1;
            }
            break;
        case kLdq:
            if (c == kRdq)
                return i;
            if (c == kLdq && typo < 0 && i > from && !d[i - 1].isSpace()
                && (i + 1 >= paraEnd || !isWordChar(d[i + 1])))
                typo = i; // “…“
            break;
        case kRdq:
            if (c == kRdq)
                return i;
            break;
        case kLow9:
            if (c == kLdq || c == kRdq)
                return i;
            break;
        case kLaquo:
            if (c == kRaquo)
                return i;
            break;
        case kRaquo:
            if (c == kLaquo)
                return i;
            break;
        default:
            break;
        }
    }
    return typo;
}

int Run::findSingleClose(char16_t open, int from, int paraEnd) const
{
    const QChar *d = m_text.constData();
    int weak = -1;
    int depth = 0;        // quotes opened inside this one with the same mark ('Our 'favourite,' he…')
    int firstSkipped = -1;
    paraEnd = std::min(paraEnd, from + kSingleQuoteReach); // apostrophes galore must stay linear
    for (auto it = std::lower_bound(m_qpos.begin(), m_qpos.end(), from); it != m_qpos.end() && *it < paraEnd; ++it) {
        const int i = *it;
        const char16_t c = d[i].unicode();
        const bool closeChar = (open == u'\'') ? (c == u'\'' || c == kRsq) : (c == kRsq || c == kLsq);
        if (!closeChar)
            continue;
        if (i == from || d[i - 1].isSpace()) {
            // an inner opener, or an elision ('90s)
            if (c == open && i + 1 < paraEnd && d[i + 1].isLetter() && !isElision(i))
                ++depth;
            continue;
        }
        if (i + 1 < paraEnd && isWordChar(d[i + 1]))
            continue; // don't, Russia's
        // players' union: a plural possessive. Prefer a later closer if there is one.
        if (d[i - 1] == u's' && i + 2 < paraEnd && d[i + 1] == u' ' && d[i + 2].isLower()) {
            if (weak < 0)
                weak = i;
            continue;
        }
        // rock 'n' roll inside a quote: the closing ' of 'n'
        if (i >= 2 && d[i - 1] == u'n' && (d[i - 2] == u'\'' || d[i - 2] == kLsq || d[i - 2] == kRsq))
            continue;
        if (depth > 0) {
            --depth;
            if (firstSkipped < 0)
                firstSkipped = i;
            continue;
        }
        return i;
    }
    return firstSkipped >= 0 ? firstSkipped : weak;
}

void Run::findCandidates()
{
    const QChar *d = m_text.constData();
    const int np = int(m_paras.size());
    int p = 0;
    int i = np ? m_paras[0].start : 0;
    while (p < np) {
        i = nextQuote(i);
        while (p < np && m_paras[p].end <= i)
            ++p;
        if (p >= np)
            break;
        const Paragraph &para = m_paras[p];
        const char16_t c = d[i].unicode();
        const bool atStart = i == para.start;
        const QChar prev = atStart ? QChar(u' ') : d[i - 1];
        const QChar next = i + 1 < para.end ? d[i + 1] : QChar(u' ');
        const bool openCtx = (atStart || isOpenBoundary(prev)) && !next.isSpace() && i + 1 < para.end;
        bool isDouble = false;
        bool isSingle = false;
        switch (c) {
        case u'"':
            isDouble = openCtx;
            break;
        case kLdq:
        case kLow9:
        case kLaquo:
            isDouble = !next.isSpace() && i + 1 < para.end;
            break;
        case kRdq:
        case kRaquo:
            isDouble = openCtx && isWordChar(next);
            break;
        case kLsq:
        case kLow9s:
            isSingle = !next.isSpace() && i + 1 < para.end && !isElision(i);
            break;
        case u'\'':
            isSingle = openCtx && !isElision(i);
            break;
        default:
            break;
        }
        if (!isDouble && !isSingle) {
            ++i;
            continue;
        }
        // Find the closing mark, following re-opened paragraphs.
        int q = p;
        int from = i + 1;
        int close = -1;
        int unclosedAt = -1;
        bool multi = false;
        while (true) {
            close = isDouble ? findDoubleClose(c, from, m_paras[q].end, &unclosedAt)
                             : findSingleClose(c, from, m_paras[q].end);
            if (close >= 0 || unclosedAt >= 0)
                break;
            if (q + 1 < np && d[m_paras[q + 1].start] == QChar(c)) {
                ++q;
                from = m_paras[q].start + 1;
                multi = true;
                continue;
            }
            break;
        }
        if (close < 0 && isSingle) {
            ++i; // an apostrophe after all
            continue;
        }
        Candidate cand;
        cand.markStart = i;
        cand.start = i + 1;
        cand.multiParagraph = multi;
        if (close >= 0) {
            cand.end = close;
            cand.markEnd = close + 1;
        } else if (unclosedAt >= 0) {
            // ends with its last sentence before the next opening mark
            int e = unclosedAt;
            for (int k = unclosedAt - 1; k > cand.start; --k) {
                const char16_t u = d[k].unicode();
                if (u == u'.' || u == u'?' || u == u'!') {
                    e = k + 1;
                    break;
                }
            }
            cand.end = cand.markEnd = e;
            cand.closed = false;
        } else {
            cand.end = cand.markEnd = m_paras[q].end;
            cand.closed = false;
        }
        // Trim spaces inside the marks.
        while (cand.start < cand.end && d[cand.start].isSpace())
            ++cand.start;
        while (cand.end > cand.start && d[cand.end - 1].isSpace())
            --cand.end;
        bool hasWord = false;
        for (int k = cand.start; k < cand.end && !hasWord; ++k)
            hasWord = d[k].isLetterOrNumber();
        if (hasWord)
            m_cands.push_back(cand);
        p = q;
        i = unclosedAt >= 0 ? unclosedAt : (hasWord ? cand.markEnd : i + 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Pass 3-4: tokens, sentences, mentions

// ASCII character classes for the tokenizer's fast path.
enum AsciiClass : quint8 { AWord = 1, AUpper = 2, ALower = 4, ASpace = 8 };

constexpr std::array<quint8, 128> makeAsciiClasses()
{
    std::array<quint8, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (c >= 'a' && c <= 'z')
            t[size_t(c)] = AWord | ALower;
        else if (c >= 'A' && c <= 'Z')
            t[size_t(c)] = AWord | AUpper;
        else if (c >= '0' && c <= '9')
            t[size_t(c)] = AWord;
        else if (c == ' ' || (c >= 9 && c <= 13))
            t[size_t(c)] = ASpace;
    }
    return t;
}

constexpr std::array<quint8, 128> kAsciiClasses = makeAsciiClasses();

inline quint8 charClass(char16_t u)
{
    if (u < 128)
        return kAsciiClasses[u];
    const QChar c(u);
    if (c.isSpace())
        return ASpace;
    if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
        return AWord | (c.isUpper() ? AUpper : 0) | (c.isLower() ? ALower : 0);
    return 0;
}

void Run::tokenize()
{
    const int n = int(m_text.size());
    const char16_t *d = reinterpret_cast<const char16_t *>(m_text.constData());
    m_toks.reserve(size_t(n / 3 + 16));
    size_t pi = 0;
    int prevPara = -1;
    for (int i = 0; i < n;) {
        const char16_t c = d[i];
        const quint8 cls = charClass(c);
        if (cls & ASpace) {
            ++i;
            continue;
        }
        while (pi < m_paras.size() && m_paras[pi].end <= i)
            ++pi;
        Token t;
        t.s = i;
        t.para = int(pi);
        if (cls & AWord) {
            int j = i + 1;
            quint8 seen = cls; // the classes of all letters, for ALL-CAPS
            while (j < n) {
                const char16_t x = d[j];
                const quint8 xc = x < 128 ? kAsciiClasses[x] : charClass(x);
                if (xc & AWord) {
                    seen |= xc;
                    ++j;
                    continue;
                }
                if ((x == u'\'' || x == kRsq || x == u'-' || x == u'.' || x == u'&' || x == u'\u2010')
                    && j + 1 < n && (charClass(d[j + 1]) & AWord)) {
                    if (x == u'\'' || x == kRsq)
                        t.flags |= Apostrophe;
                    else if (x == u'-')
                        t.flags |= Hyphen;
                    seen |= charClass(d[j + 1]);
                    j += 2;
                    continue;
                }
                break;
            }
            const bool allUpper = !(seen & ALower);
            t.e = j;
            t.flags |= Word;
            if (cls & AUpper) {
                t.flags |= Cap;
                if (j - i >= 2 && allUpper)
                    t.flags |= AllCaps;
            } else if (cls & ALower) {
                t.flags |= Lower;
            }
            if (j - i >= 3 && (d[j - 1] == u's' || d[j - 1] == u'S') && (d[j - 2] == u'\'' || d[j - 2] == kRsq))
                t.flags |= Possessive;
            i = j;
        } else {
            if (isQuoteChar(c))
                m_qpos.push_back(i);
            t.e = i + 1;
            ++i;
        }
        if (t.para != prevPara)
            t.flags |= ParaStart;
        prevPara = t.para;
        m_toks.push_back(t);
    }
}

void Run::indexTokens()
{
    // One pass: which quote each token is in, where each quote's tokens start and end, and the
    // sentences (a new one after . ! ? when the next word is not lower case, or at a paragraph).
    const char16_t *d = reinterpret_cast<const char16_t *>(m_text.constData());
    size_t ci = 0;
    const size_t nc = m_cands.size();
    m_candTok0.assign(nc, -1);
    m_candTok1.assign(nc, -1);
    m_sentStart.reserve(m_toks.size() / 12 + 4);
    int sent = -1;
    bool pending = false;
    const int nt = int(m_toks.size());
    for (int k = 0; k < nt; ++k) {
        Token &t = m_toks[size_t(k)];
        while (ci < nc && m_cands[ci].markEnd <= t.s)
            ++ci;
        if (ci < nc && t.s >= m_cands[ci].markStart) {
            t.quote = int(ci);
            if (m_candTok0[ci] < 0)
                m_candTok0[ci] = k;
            m_candTok1[ci] = k;
        }
        const bool word = t.flags & Word;
        const char16_t u = d[t.s];
        bool startNew = (t.flags & ParaStart);
        if (!startNew && pending) {
            if (word && !(t.flags & Lower))
                startNew = true;
            else if (!word) {
                // opening marks start the next sentence; closing marks and brackets stay with this one
                const bool opening = t.quote >= 0 && m_cands[size_t(t.quote)].markStart == t.s;
                if (opening)
                    startNew = true;
                else if (u != u'"' && u != kRdq && u != kRsq && u != u'\'' && u != u')' && u != kRaquo
                         && u != u'.' && u != u'!' && u != u'?')
                    pending = false;
            } else {
                pending = false;
            }
        }
        if (startNew) {
            ++sent;
            m_sentStart.push_back(k);
            pending = false;
        }
        t.sent = std::max(sent, 0);
        if (!word && (u == u'.' || u == u'!' || u == u'?' || u == u'\u2026')) {
            bool abbrev = false;
            if (u == u'.' && k > 0 && isWord(k - 1) && m_toks[size_t(k - 1)].e == t.s) {
                const QStringView w = tok(k - 1);
                abbrev = (w.size() == 1 && w.at(0).isUpper()) || (w.size() <= 5 && abbreviations().contains(w));
            }
            if (!abbrev)
                pending = true;
        }
    }
    if (m_sentStart.empty())
        m_sentStart.push_back(0);
    m_lex.assign(m_toks.size(), Unknown);
}

void Run::addMention(int t0, int t1, int typeHint)
{
    // typeHint: -1 guess, else an EntityType from the NER.
    int runT0 = t0;
    // Strip leading stop words.
    while (t0 <= t1 && hasLex(t0, Bit::capStopWords) && !(typeHint >= 0 && t0 == runT0 && t0 == t1))
        ++t0;
    if (t0 > t1)
        return;
    runT0 = t0;
    // Strip titles: the name is what follows the last title word.
    int gender = 0;
    int last = -1;
    for (int k = t0; k <= t1; ++k) {
        if (!isWord(k))
            continue;
        // (an organisation keeps its party or department: Labour Party, Home Office)
        if ((hasLex(k, Bit::titleWords) || hasLex(k, Bit::roleNouns)) && k < t1
            && !(typeHint == int(EntityType::Organisation) && hasLex(k, Bit::affiliations))) {
            last = k;
            if (hasLex(k, Bit::maleTitles))
                gender = 1;
            else if (hasLex(k, Bit::femaleTitles))
                gender = 2;
        }
    }
    const bool titled = last >= 0;
    if (titled)
        t0 = last + 1;
    if (typeHint == int(EntityType::Person) && runT0 == t0) {
        // The NER's span leaves out the title and role before the name (Mr Hague, Tory spokesman
        // David Davis): they belong to the run, so the cue starts with them and they give the gender.
        const int floor = m_mentions.empty() ? 0 : m_mentions.back().t1 + 1;
        int k = runT0 - 1;
        if (k > floor && !isWord(k) && m_text.at(m_toks[size_t(k)].s) == u'.' && m_toks[size_t(k)].s == m_toks[size_t(k - 1)].e
            && hasLex(k - 1, Bit::abbreviations))
            --k; // Mr. Smith
        for (int n = 0; k >= floor && n < 4 && isWord(k) && m_toks[size_t(k)].sent == m_toks[size_t(t0)].sent
                        && m_toks[size_t(k)].quote == m_toks[size_t(t0)].quote;
             --k, ++n) {
            const bool title = (m_toks[size_t(k)].flags & Cap) && hasLex(k, Bit::titleWords);
            const bool role = (m_toks[size_t(k)].flags & Lower) && hasLex(k, Bit::roleNouns);
            if (!title && !role)
                break;
            runT0 = k;
            if (gender == 0 && hasLex(k, Bit::maleTitles))
                gender = 1;
            else if (gender == 0 && hasLex(k, Bit::femaleTitles))
                gender = 2;
        }
    }
    while (t0 <= t1 && !isWord(t0))
        ++t0;
    if (t0 > t1)
        return;
    Mention m;
    m.t0 = t0;
    m.t1 = t1;
    m.runT0 = runT0;
    m.s = m_toks[size_t(t0)].s;
    m.e = m_toks[size_t(t1)].e;
    if (m_toks[size_t(t1)].flags & Possessive)
        m.e -= 2;
    m.inQuote = m_toks[size_t(t0)].quote >= 0;
    int words = 0;
    bool org = false, place = true, allCaps = false;
    for (int k = t0; k <= t1; ++k) {
        if (!isWord(k))
            continue;
        ++words;
        if (m_toks[size_t(k)].flags & Possessive) {
            QStringView w = tok(k);
            w.chop(2);
            const quint32 bits = Lexicon::instance().bits(w);
            org = org || (bits & orgWords().bit());
            place = place && (bits & placeWords().bit());
        } else {
            org = org || hasLex(k, Bit::orgWords);
            place = place && hasLex(k, Bit::placeWords);
        }
        if (m_toks[size_t(k)].flags & AllCaps)
            allCaps = true;
    }
    if (gender == 0) {
        if (hasLex(t0, Bit::maleNames))
            gender = 1;
        else if (hasLex(t0, Bit::femaleNames))
            gender = 2;
    }
    bool adjective = false;
    if (words == 1 && !titled && typeHint < 0 && t1 + 1 < int(m_toks.size())
        && (m_toks[size_t(t1 + 1)].flags & Lower) && !(m_toks[size_t(t1)].flags & Possessive)) {
        // Spanish teenager Nadal, Irish president: a nationality, not a name
        const QStringView w = tok(t1);
        const bool suffix = w.endsWith(u"ish") || w.endsWith(u"ese") || w.endsWith(u"ian") || w.endsWith(u"an")
            || w.endsWith(u"ch") || w.endsWith(u"i");
        adjective = suffix && !hasLex(t1 + 1, Bit::speechVerbs) && !hasLex(t1 + 1, Bit::functionWords)
            && !hasLex(t1 + 1, Bit::auxiliaries);
    }
    const bool ownerOfRole = t1 + 1 < int(m_toks.size()) && (m_toks[size_t(t1 + 1)].flags & Lower)
        && hasLex(t1 + 1, Bit::roleNouns);
    // "Commentators said": a plural noun that starts a sentence is not a name
    const bool pluralNoun = words == 1 && !titled && typeHint < 0 && t0 == runT0
        && (m_toks[size_t(t0)].flags & ParaStart || (t0 > 0 && m_toks[size_t(t0 - 1)].sent != m_toks[size_t(t0)].sent))
        && !(m_toks[size_t(t0)].flags & (AllCaps | Possessive)) && tok(t0).endsWith(u's') && !tok(t0).endsWith(u"ss");
    if (adjective || pluralNoun || (words == 1 && !titled && hasLex(t0, Bit::titleWords) && typeHint < 0)) {
        m.type = EntityType::Location; // Spanish (teenager), (the) Chancellor: not a name
    } else if (ownerOfRole && typeHint < 0 && !titled && gender == 0) {
        m.type = EntityType::Organisation; // Fair Trials Abroad (director Stephen Jakobi)
        m.strong = true;
    } else if (typeHint >= 0) {
        m.type = EntityType(typeHint);
        m.strong = true;
    } else {
        const bool afterThe = runT0 > 0 && is(tok(runT0 - 1), u"the");
        if (place && !titled) {
            m.type = EntityType::Location;
        } else if (org || (allCaps && words == 1) || (afterThe && !titled)) {
            m.type = EntityType::Organisation;
            m.strong = true;
        } else {
            m.type = EntityType::Person;
            m.strong = titled || words >= 2 || gender != 0;
        }
    }
    m.gender = gender;
    m_mentions.push_back(m);
}

void Run::findMentions()
{
    const int nt = int(m_toks.size());
    if (!m_entities.isEmpty()) {
        int k = 0;
        for (const EntitySpan &e : m_entities) {
            if (e.type != EntityType::Person && e.type != EntityType::Organisation)
                continue;
            while (k < nt && m_toks[size_t(k)].e <= e.start)
                ++k;
            int k1 = k;
            while (k1 + 1 < nt && m_toks[size_t(k1 + 1)].s < e.end)
                ++k1;
            if (k < nt && m_toks[size_t(k)].s < e.end)
                addMention(k, k1, int(e.type));
        }
    } else {
        m_mentions.reserve(size_t(nt / 8 + 8));
        for (int k = 0; k < nt;) {
            if (!(m_toks[size_t(k)].flags & Cap) || isContraction(k)) {
                ++k;
                continue;
            }
            int j = k;
            while (j + 1 < nt && !(m_toks[size_t(j)].flags & Possessive)) {
                const Token &nx = m_toks[size_t(j + 1)];
                if (nx.quote != m_toks[size_t(k)].quote)
                    break;
                if (nx.flags & Cap) {
                    ++j;
                    continue;
                }
                // "Bank of England", "Chamber of Commerce": an organisation word, of, a name
                if ((nx.flags & Word) && is(tok(j + 1), u"of") && j + 2 < nt && (m_toks[size_t(j + 2)].flags & Cap)
                    && hasLex(j, Bit::orgWords) && m_toks[size_t(j + 2)].quote == m_toks[size_t(k)].quote) {
                    j += 2;
                    continue;
                }
                // initials: "T. J. Ducklo"
                if (!(nx.flags & Word) && m_text.at(nx.s) == u'.' && tok(j).size() == 1 && j + 2 < nt
                    && (m_toks[size_t(j + 2)].flags & Cap)) {
                    j += 2;
                    continue;
                }
                if ((nx.flags & Word) && hasLex(j + 1, Bit::nameParticles) && j + 2 < nt
                    && (m_toks[size_t(j + 2)].flags & Cap)) {
                    j += 2;
                    continue;
                }
                break;
            }
            addMention(k, j, -1);
            k = j + 1;
        }
        // A single word that is the surname of a person named in full is a person too.
        std::vector<std::pair<QStringView, int>> surnames; // surname, gender
        for (const Mention &m : m_mentions) {
            if (m.type == EntityType::Person && m.t1 > m.t0) {
                QStringView w = tok(m.t1);
                if (m_toks[size_t(m.t1)].flags & Possessive)
                    w.chop(2);
                surnames.emplace_back(w, m.gender);
            }
        }
        if (!surnames.empty()) {
            std::sort(surnames.begin(), surnames.end());
            for (Mention &m : m_mentions) {
                if (m.t1 != m.t0)
                    continue;
                const QStringView w = QStringView(m_text).mid(m.s, m.e - m.s);
                auto it = std::lower_bound(surnames.begin(), surnames.end(), std::make_pair(w, -1));
                if (it != surnames.end() && it->first == w) {
                    m.type = EntityType::Person;
                    m.strong = true;
                    if (m.gender == 0)
                        m.gender = it->second;
                }
            }
        }
    }
    m_mentionEndingAt.assign(size_t(nt), -1);
    m_mentionStartingAt.assign(size_t(nt), -1);
    m_mentionRunStartingAt.assign(size_t(nt), -1);
    for (int i = 0; i < int(m_mentions.size()); ++i) {
        m_mentionEndingAt[size_t(m_mentions[size_t(i)].t1)] = i;
        m_mentionStartingAt[size_t(m_mentions[size_t(i)].t0)] = i;
        m_mentionRunStartingAt[size_t(m_mentions[size_t(i)].runT0)] = i;
    }
}

// ---------------------------------------------------------------------------------------------
// Pass 5: what kind of quote, and whether it is speech at all

/** 0 none, 1 a speech verb, 2 "according to" (speaker after it). Passive "was told" is not one. */
int Run::verbAt(int t, bool asVerb) const
{
    if (t < 0 || t >= int(m_toks.size()) || !(m_toks[size_t(t)].flags & Lower))
        return 0;
    if (!hasLex(t, Bit::speechVerbs) && !hasLex(t, Bit::according)) {
        // "…," he went on.
        const QStringView w = tok(t);
        return asVerb && (is(w, u"went") || is(w, u"goes")) && t + 2 < int(m_toks.size()) && is(tok(t + 1), u"on")
                && !isWord(t + 2)
            ? 1
            : 0;
    }
    const QStringView w = tok(t);
    if (is(w, u"according") && t + 1 < int(m_toks.size()) && is(tok(t + 1), u"to"))
        return 2;
    if (!hasLex(t, Bit::speechVerbs))
        return 0;
    if (t + 1 < int(m_toks.size()) && is(tok(t + 1), u"of") && !is(w, u"said"))
        return 0; // "Americans accused of crimes", "warned of": not reporting words
    if (t > 0 && (hasLex(t, Bit::objectVerbs) || is(w, u"remembered"))) { // "will be remembered for"
        const QStringView p = tok(t - 1);
        if (is(p, u"was") || is(p, u"were") || is(p, u"been") || is(p, u"be") || is(p, u"being"))
            return 0;
    }
    if (asVerb && t > 0 && isWord(t - 1) && w.endsWith(u's') && !is(w, u"says")) {
        // "Pound's comments", "his claims", "the reports": nouns
        const QStringView p = tok(t - 1);
        if ((m_toks[size_t(t - 1)].flags & Possessive) || is(p, u"his") || is(p, u"her") || is(p, u"their") || is(p, u"its")
            || is(p, u"the") || is(p, u"these") || is(p, u"those") || is(p, u"such") || is(p, u"my") || is(p, u"our")
            || is(p, u"your") || is(p, u"whose") || is(p, u"any") || is(p, u"some") || is(p, u"recent") || is(p, u"earlier"))
            return 0;
    }
    return 1;
}

bool Run::isFull(int q) const
{
    const Candidate &c = m_cands[size_t(q)];
    if (c.multiParagraph)
        return true;
    const QChar *d = m_text.constData();
    const int t0 = m_candTok0[size_t(q)];
    const int t1 = m_candTok1[size_t(q)];
    // What comes before the opening mark in its sentence
    const int prevTok = t0 - 1;
    const bool sentenceStart = t0 < 0 || prevTok < 0 || m_toks[size_t(t0)].sent != m_toks[size_t(prevTok)].sent
        || (m_toks[size_t(t0)].flags & ParaStart);
    QChar firstLetter;
    int words = 0;
    for (int k = c.start; k < c.end; ++k) {
        if (d[k].isLetter()) {
            firstLetter = d[k];
            break;
        }
    }
    for (int k = t0 + 1; k < t1 && k < int(m_toks.size()); ++k)
        if (isWord(k))
            ++words;
    const bool upper = firstLetter.isUpper();
    QChar lastCh = c.end > c.start ? d[c.end - 1] : QChar();
    if (lastCh == u')' && c.end - 2 > c.start)
        lastCh = d[c.end - 2];
    const bool endsSentence = lastCh == u'.' || lastCh == u'?' || lastCh == u'!' || lastCh == u'\u2026';
    if (sentenceStart && (upper || words >= 3 || endsSentence))
        return true;
    if (prevTok >= 0 && !sentenceStart) {
        const QChar p = ch(prevTok);
        if (p == u':')
            return true;
        if (p == u',' && prevTok > 0 && verbAt(prevTok - 1, false))
            return true;
        if (upper && words >= 2 && (verbAt(prevTok, false) || is(tok(prevTok), u"that")))
            return true;
    }
    if (upper)
        return words >= 3 || endsSentence;
    // Lower case inside the writer's sentence: a clause with its own subject is a full quote
    // (said that "we will …", 'we'll see'); a phrase that completes the writer's sentence is not
    // (the US is "directly involved …", The journalist "will be released …").
    const int w0 = t0 + 1;
    if (w0 < t1 && isWord(w0) && words >= 3) {
        QStringView first = tok(w0);
        const qsizetype apos = first.indexOf(QChar(kRsq)) >= 0 ? first.indexOf(QChar(kRsq)) : first.indexOf(u'\'');
        if (apos > 0)
            first = first.left(apos); // they'd, we'll
        if (m_lexicon.bits(first) & subjectPronouns().bit())
            return true;
    }
    if (prevTok >= 0 && (is(tok(prevTok), u"that") || verbAt(prevTok, false) == 1) && endsSentence && words >= 5
        && !hasLex(w0, Bit::functionWords))
        return true;
    return false;
}

bool Run::isNonSpeech(int q, bool full) const
{
    const Candidate &c = m_cands[size_t(q)];
    const int t0 = m_candTok0[size_t(q)];
    const int t1 = m_candTok1[size_t(q)];
    const int nt = int(m_toks.size());
    int words = 0, capWords = 0, smallWords = 0;
    for (int k = t0 + 1; k < t1 && k < nt; ++k) {
        if (!isWord(k))
            continue;
        ++words;
        if (m_toks[size_t(k)].flags & Cap)
            ++capWords;
        else if (tok(k).size() <= 3)
            ++smallWords; // of, the, and in a title
    }
    if (t0 < 0)
        return false;
    const int sent = m_toks[size_t(t0)].sent;
    // Titles of works: the film "Star Wars", a book called "X", "War," a new book by…
    if (words <= 10 && !c.multiParagraph) {
        int k = t0 - 1;
        int seen = 0;
        while (k >= 0 && seen < 4 && m_toks[size_t(k)].sent == sent) {
            if (!isWord(k)) {
                if (ch(k) == u',' || ch(k) == u':')
                    break;
                --k;
                continue;
            }
            const QStringView w = tok(k);
            if (workNouns().contains(w))
                return true;
            if (is(w, u"called") || is(w, u"named") || is(w, u"new") || is(w, u"latest") || is(w, u"hit")
                || is(w, u"the") || is(w, u"a") || is(w, u"an") || is(w, u"his") || is(w, u"her") || is(w, u"their")
                || is(w, u"its") || is(w, u"debut") || is(w, u"first") || is(w, u"classic")
                || (m_toks[size_t(k)].flags & Possessive)) {
                --k;
                ++seen;
                continue;
            }
            break;
        }
        // after the quote: , a new book by
        k = t1 + 1;
        seen = 0;
        while (k < nt && seen < 4 && m_toks[size_t(k)].sent == sent) {
            if (!isWord(k)) {
                if (ch(k) != u',' || seen > 0)
                    break;
                ++k;
                continue;
            }
            const QStringView w = tok(k);
            if (workNouns().contains(w) && seen > 0)
                return true;
            if (is(w, u"a") || is(w, u"the") || is(w, u"new") || is(w, u"latest") || is(w, u"his") || is(w, u"her")) {
                ++k;
                ++seen;
                continue;
            }
            break;
        }
    }
    if (full)
        return false;
    // Nicknames: Dwayne "The Rock" Johnson
    if (words <= 4 && t0 > 0 && t1 + 1 < nt && (m_toks[size_t(t0 - 1)].flags & Cap)
        && (m_toks[size_t(t1 + 1)].flags & Cap) && isWord(t0 - 1) && isWord(t1 + 1)
        && !hasLex(t0 - 1, Bit::capStopWords))
        return true;
    // so-called "experts"
    if (t0 > 0 && isWord(t0 - 1) && tok(t0 - 1).compare(u"so-called", Qt::CaseInsensitive) == 0)
        return true;
    // Scare quotes: a word or two, no speech verb in the sentence.
    // Title Case phrases (Life of Pi) with no speech verb are names of things, not speech.
    const bool titleCase = words >= 2 && capWords >= 2 && capWords + smallWords == words;
    if (words <= 2 || titleCase) {
        int k = t0 - 1;
        while (k >= 0 && m_toks[size_t(k)].sent == sent)
            --k;
        for (++k; k < nt && m_toks[size_t(k)].sent == sent; ++k) {
            if (m_toks[size_t(k)].quote >= 0)
                continue;
            if (verbAt(k, false))
                return false;
        }
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Pass 6: speakers

Speaker Run::fromMentionAt(int t, bool ending) const
{
    Speaker sp;
    if (t < 0 || t >= int(m_toks.size()))
        return sp;
    const int m = ending ? m_mentionEndingAt[size_t(t)] : m_mentionStartingAt[size_t(t)];
    if (m < 0)
        return sp;
    const Mention &mm = m_mentions[size_t(m)];
    if (mm.type == EntityType::Location || mm.type == EntityType::Date)
        return sp;
    sp.mention = m;
    sp.cueS = m_toks[size_t(mm.runT0)].s;
    sp.cueE = mm.e;
    return sp;
}

bool Run::namedInQuote(int mi) const
{
    if (m_quote < 0)
        return false;
    // any word of the name in its fullest form (Long -> Sean Long: "I think Sean's situation …")
    const QString name = speakerName(mi);
    const int t1 = std::min(m_candTok1[size_t(m_quote)], m_candTok0[size_t(m_quote)] + 200);
    for (int k = m_candTok0[size_t(m_quote)] + 1; k < t1; ++k) {
        if (!(m_toks[size_t(k)].flags & Cap))
            continue;
        QStringView w = tok(k);
        if (m_toks[size_t(k)].flags & Possessive)
            w.chop(2);
        for (qsizetype at = name.indexOf(w); at >= 0; at = name.indexOf(w, at + 1)) {
            if ((at == 0 || name.at(at - 1) == u' ') && (at + w.size() == name.size() || name.at(at + w.size()) == u' '))
                return true;
        }
    }
    return false;
}

Speaker Run::resolvePronoun(int t, bool anyPerson) const
{
    const QStringView w = tok(t);
    const bool he = !anyPerson && w.compare(u"he", Qt::CaseInsensitive) == 0;
    const bool she = !anyPerson && w.compare(u"she", Qt::CaseInsensitive) == 0;
    const bool org = !anyPerson && !he && !she; // they, it, we
    const int sent = m_toks[size_t(t)].sent;
    auto at = [this, t](int mention) {
        Speaker sp;
        sp.mention = mention;
        sp.cueS = m_toks[size_t(t)].s;
        sp.cueE = m_toks[size_t(t)].e;
        return sp;
    };
    // Sentence by sentence backwards from the pronoun; in each, the one who speaks in it, else the
    // first fitting mention (the subject, usually) outside quotes. A sentence whose subject is the
    // same pronoun passes the search on to the one before ("She will play … . "…," she added").
    int fallback = -1;
    // "Mr Blair has failed, he claimed": the words before a parenthetical "he claimed" are what he
    // claimed, not who he is.
    int ownEnd = t;
    {
        int v = t + 1;
        while (v < int(m_toks.size()) && isWord(v) && (hasLex(v, Bit::auxiliaries) || isAdverb(v)))
            ++v;
        if (t > 0 && !isWord(t - 1) && (ch(t - 1) == u',' || ch(t - 1) == u'\u2013' || ch(t - 1) == u'\u2014')
            && m_toks[size_t(t - 1)].quote < 0 && verbAt(v) == 1)
            ownEnd = m_sentStart[size_t(sent)];
    }
    // First only names that are surely people (two words, a title, a known surname), then any;
    // over six sentences of the writer's own (sentences that are only quotes do not count).
    for (int pass = 0; pass < 2; ++pass)
    for (int s = sent, narrative = 0; s >= 0 && s >= sent - 20 && narrative <= 6; --s) {
        const int from = m_sentStart[size_t(s)];
        const int to = (s == sent) ? ownEnd : (s + 1 < int(m_sentStart.size()) ? m_sentStart[size_t(s + 1)] : int(m_toks.size()));
        for (int k = from; k < to; ++k) {
            if (m_toks[size_t(k)].quote < 0 && isWord(k)) {
                ++narrative;
                break;
            }
        }
        int found = -1;
        int firstUnknown = -1;
        bool samePronounSpeaks = false;
        if (s < sent) {
            // "… and Sculthorpe said he would love the 19-year-old to come. "…," he said": the
            // subject of the sentence's verb of speech, named or not ("The BBC spokeswoman said").
            // A sentence where "he" speaks again passes the search on.
            for (int v = from; v < to; ++v) {
                if (m_toks[size_t(v)].quote >= 0 || !verbAt(v) || verbAt(v) == 2)
                    continue;
                int j = v - 1;
                while (j >= from && isWord(j) && (hasLex(j, Bit::auxiliaries) || isAdverb(j)))
                    --j;
                if (j >= from && isWord(j) && hasLex(j, Bit::pronouns)) {
                    const QStringView pj = tok(j);
                    samePronounSpeaks = anyPerson ? (pj.compare(u"he", Qt::CaseInsensitive) == 0 || pj.compare(u"she", Qt::CaseInsensitive) == 0)
                                                  : pj.compare(w, Qt::CaseInsensitive) == 0;
                    break;
                }
                if (j < from || pass == 1)
                    break;
                Speaker sp = subjectBefore(v, from - 1);
                // "…, said the Constitutional Affairs Select Committee. It said …"
                if (!sp.found() && !sp.generic && !hasLex(v, Bit::objectVerbs)
                    && (m_toks[size_t(j)].quote >= 0 || (!isWord(j) && ch(j) == u',')))
                    sp = subjectAfter(v, to, true);
                if (sp.generic)
                    return org ? Speaker() : sp;
                if (sp.found() && !(m_quote >= 0 && t > m_candTok1[size_t(m_quote)] && namedInQuote(sp.mention))) {
                    // an organisation only through the one who speaks for it ("The BBC spokeswoman said")
                    const Mention &mm = m_mentions[size_t(sp.mention)];
                    bool spokes = false;
                    for (int r = std::max(from, v - 8); r < v && !spokes; ++r)
                        spokes = isWord(r) && (m_toks[size_t(r)].flags & Lower) && hasLex(r, Bit::roleNouns);
                    if (org ? mm.type == EntityType::Organisation
                            : mm.type == EntityType::Organisation ? spokes
                                                                  : (!(he && mm.gender == 2) && !(she && mm.gender == 1)))
                        return at(sp.mention);
                }
                break;
            }
        }
        if (samePronounSpeaks)
            continue;
        // "However, one dealer, who asked not to be named, told Reuters …. "…," he said": the
        // pronoun stands for someone unnamed.
        if (!org && s < sent && pass == 1 && genericSubjectAt(from, to)) {
            Speaker sp;
            sp.generic = true;
            return sp;
        }
        // "As Tory leader Michael Howard kicked off his campaign, the Lib Dem leader Charles Kennedy
        // dismissed …": the subject of the main clause, after the clause in front.
        int mainFrom = from;
        if (isWord(from) && hasLex(from, Bit::subordinators)) {
            for (int c = from + 1; c < to && c < from + 25 && m_toks[size_t(c)].quote < 0; ++c) {
                if (!isWord(c) && ch(c) == u',') {
                    mainFrom = c + 1;
                    break;
                }
            }
        }
        if (s < sent && pass == 0) {
            // "The Spaniard believed he was talking to Emilio Butragueno …": the sentence is about
            // whom its subject describes; "The committee said …. It blamed …": an organisation the
            // article does not name is still the one meant.
            int h = mainFrom;
            while (h < to && isWord(h) && hasLex(h, Bit::sentenceOpeners))
                ++h;
            auto verbLike = [&](int v) {
                return v < to && isWord(v) && (m_toks[size_t(v)].flags & Lower)
                    && (hasLex(v, Bit::auxiliaries) || verbAt(v) || tok(v).endsWith(u"ed"));
            };
            if (h + 2 < to && isWord(h) && (is(tok(h), u"The") || is(tok(h), u"the"))) {
                int head = verbLike(h + 2) ? h + 1 : (verbLike(h + 3) && isWord(h + 2) ? h + 2 : -1); // the (British) actor
                if (head > 0 && isWord(head) && m_mentionStartingAt[size_t(head)] < 0) {
                    if (!org && describesPerson(head)) {
                        const Speaker p = resolvePronoun(head, true);
                        if (p.found() && m_mentions[size_t(p.mention)].type == EntityType::Person
                            && !(he && m_mentions[size_t(p.mention)].gender == 2) && !(she && m_mentions[size_t(p.mention)].gender == 1))
                            return at(p.mention);
                    } else if (org && (m_toks[size_t(head)].flags & Lower) && hasLex(head, Bit::orgNouns)) {
                        const Speaker d = describedSpeaker(head, from - 1);
                        if (d.found())
                            return at(d.mention);
                        return {};
                    }
                }
            }
        }
        bool stop = false;
        for (int seg = 0; seg < 2 && !stop && found < 0; ++seg)
        for (int k = seg == 0 ? mainFrom : from; k < (seg == 0 ? to : mainFrom); ++k) {
            if (m_toks[size_t(k)].quote >= 0)
                continue;
            // "…," said the group. "…," it said.
            if (org && (m_toks[size_t(k)].flags & Lower) && hasLex(k, Bit::orgNouns) && k > from && is(tok(k - 1), u"the")) {
                const Speaker sp = describedSpeaker(k, from - 1);
                if (sp.found()) {
                    found = sp.mention;
                    break;
                }
            }
            if (!anyPerson && k != t && (m_toks[size_t(k)].flags & Word) && m_toks[size_t(k)].e - m_toks[size_t(k)].s == w.size()
                && hasLex(k, Bit::pronouns) && tok(k).compare(w, Qt::CaseInsensitive) == 0) {
                stop = true;
                break; // the same pronoun: its antecedent is further back
            }
            const int m = m_mentionStartingAt[size_t(k)];
            if (m < 0)
                continue;
            const Mention &mm = m_mentions[size_t(m)];
            // Mr Sullivan "made accounting decisions," he told the court: the name is the subject
            // of the quoted words, so the pronoun after them means someone else.
            if (s == sent && mm.t1 + 1 < t && m_toks[size_t(mm.t1 + 1)].quote >= 0
                && m_candTok0[size_t(m_toks[size_t(mm.t1 + 1)].quote)] == mm.t1 + 1)
                continue;
            if (org) {
                if (mm.type == EntityType::Organisation) {
                    found = m;
                    break;
                }
                continue;
            }
            if (mm.type != EntityType::Person)
                continue;
            if (!mm.strong && (k == from || pass == 0))
                continue; // a capitalised word at the start of a sentence may be anything
            if ((he && mm.gender == 2) || (she && mm.gender == 1))
                continue;
            // People do not speak of themselves by name: "I think Sean's situation …," he said
            // is not Sean Long's.
            if (m_quote >= 0 && t > m_candTok1[size_t(m_quote)] && namedInQuote(m))
                continue;
            if (m_toks[size_t(mm.t1)].flags & Possessive) {
                if (fallback < 0 && s >= sent - 6)
                    fallback = m;
                continue;
            }
            // In one sentence a name known to be a man's (or woman's) beats one that might be
            // anything (In a bid to win Windows PC users, Mr Jobs said …)
            if (mm.gender != 0 || mm.runT0 == mainFrom
                || (mm.runT0 == mainFrom + 1 && hasLex(mainFrom, Bit::sentenceOpeners))) {
                found = m; // … or the subject at the start of the sentence
                break;
            }
            if (firstUnknown < 0)
                firstUnknown = m;
        }
        if (found < 0)
            found = firstUnknown;
        if (found >= 0)
            return at(found);
    }
    if (fallback >= 0)
        return at(fallback);
    return {};
}

int Run::descriptionStart(int j, int stopTok, bool *definite) const
{
    // Back from the head noun over at most four modifiers (the Paris-based pressure group, one of
    // her male colleagues) to "the" or an indefinite word; no name may stand in between (the
    // Microsoft spokesman is Microsoft's, not a description).
    for (int k = j - 1, n = 0; k > stopTok && k >= 0 && n < 5; --k, ++n) {
        if (!isWord(k) || m_toks[size_t(k)].quote >= 0)
            return -1;
        const QStringView w = tok(k);
        if (is(w, u"the") || is(w, u"The")) {
            *definite = true;
            return k;
        }
        if (hasLex(k, Bit::indefinites)) {
            if (k - 1 > stopTok && isWord(k - 1) && (is(tok(k - 1), u"the") || is(tok(k - 1), u"The")))
                continue; // the two firms
            *definite = false;
            return k;
        }
        if (m_mentionEndingAt[size_t(k)] >= 0 || (m_toks[size_t(k)].flags & Possessive))
            return -1;
        if (verbAt(k) || (hasLex(k, Bit::functionWords) && !is(w, u"of")))
            return -1;
    }
    return -1;
}

int Run::describedOrganisation(int j, int start) const
{
    // "the council said": an organisation named with the same head word (Greyhaven City Council) …
    // "the bank" -> Bank of America; not "the German exchange" -> London Stock Exchange: a word
    // in capitals in the description must be in the name too.
    const QStringView head = tok(j);
    int best = -1;
    auto inName = [this](const Mention &m, QStringView w) {
        for (int k = m.t0; k <= m.t1; ++k) {
            if (!isWord(k))
                continue;
            QStringView x = tok(k);
            if (m_toks[size_t(k)].flags & Possessive)
                x.chop(2);
            if (x.compare(w, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    // … and a newspaper or a broadcaster is a paper's or a broadcaster's name (the Herald newspaper
    // is not BBC News, "the newspaper reported" is not Qantas).
    // A nationality (the German exchange) says nothing about the name: then the organisation the
    // article named last before first calling it so.
    const bool media = hasLex(j, Bit::mediaNouns);
    bool nationality = false;
    for (int k = start; k < j; ++k)
        nationality = nationality || (isWord(k) && (m_toks[size_t(k)].flags & Cap) && isNationality(k));
    auto fits = [&](const Mention &m) {
        for (int k = start; k < j; ++k) {
            if (isWord(k) && (m_toks[size_t(k)].flags & Cap) && !is(tok(k), u"The") && !isNationality(k) && !inName(m, tok(k)))
                return false;
        }
        if (!media)
            return true;
        for (int k = m.t0; k <= m.t1; ++k) {
            if (isWord(k) && (hasLex(k, Bit::mediaWords) || tok(k).compare(head, Qt::CaseInsensitive) == 0))
                return true;
        }
        return false;
    };
    for (int i = 0; i < int(m_mentions.size()) && m_mentions[size_t(i)].t1 < start; ++i) {
        const Mention &m = m_mentions[size_t(i)];
        if (m.type == EntityType::Organisation && !m.inQuote && !nationality && inName(m, head) && fits(m))
            best = i;
    }
    if (best >= 0)
        return best;
    // … else the organisation named last before the article first called it so ("… Reporters
    // Without Borders. The Paris-based pressure group said …"; "Next has said …. "…," the company said").
    if (!hasLex(j, Bit::companyNouns))
        return -1; // the government, the council, the court: named with that word, or not at all
    int firstStart = start;
    for (int k = 0; k < start; ++k) {
        if (m_toks[size_t(k)].quote < 0 && (m_toks[size_t(k)].flags & Lower) && m_toks[size_t(k)].e - m_toks[size_t(k)].s == head.size()
            && tok(k) == head) {
            bool definite = false;
            const int s = descriptionStart(k, -1, &definite);
            if (s >= 0 && definite) {
                firstStart = s;
                break;
            }
        }
    }
    // (one that speaks first: "Macrovision says its new RipGuard technology …. "…," said the firm")
    const int firstSent = m_toks[size_t(firstStart)].sent;
    int speaking = -1;
    for (int i = 0; i < int(m_mentions.size()) && m_mentions[size_t(i)].t1 < firstStart; ++i) {
        const Mention &m = m_mentions[size_t(i)];
        if (m.type == EntityType::Organisation && !m.inQuote && m_toks[size_t(m.t1)].sent >= firstSent - 4
            && fits(m)) {
            best = i;
            int v = m.t1 + 1;
            while (v < firstStart && isWord(v) && (hasLex(v, Bit::auxiliaries) || isAdverb(v)))
                ++v;
            if (v < firstStart && verbAt(v) == 1)
                speaking = i;
        }
    }
    return speaking >= 0 ? speaking : best;
}

int Run::describedPerson(int j, int start) const
{
    // "the home secretary said": the person the article gives that title (Home Secretary Charles
    // Clarke), the nearest one before the description, else the one after it. The words must all
    // match the title; only a party or country in capitals may differ ("the Democrat senator"
    // after New York Senator Charles Schumer).
    int words = 0;
    bool affiliation = true; // modifiers in capitals name a party or a country, not the office
    for (int k = start + 1; k <= j; ++k) {
        words += isWord(k) ? 1 : 0;
        if (k < j && isWord(k) && !(m_toks[size_t(k)].flags & Cap))
            affiliation = false;
    }
    for (int pass = 0; pass < (affiliation ? 2 : 1); ++pass) {
        const int need = pass == 0 ? words : 1;
        int before = -1;
        int after = -1;
        bool ambiguousAfter = false;
        for (int i = 0; i < int(m_mentions.size()); ++i) {
            const Mention &m = m_mentions[size_t(i)];
            if (m.type != EntityType::Person || m.inQuote || m.t0 - m.runT0 < need)
                continue;
            bool former = false; // "ex-Conservative chancellor Ken Clarke" is not "the chancellor"
            for (int b = m.runT0; b < m.t0 && !former; ++b) {
                const QStringView x = tok(b);
                former = isWord(b) && (x.startsWith(u"ex-") || x.startsWith(u"Ex-") || is(x, u"Former") || is(x, u"former")
                                       || is(x, u"ex") || is(x, u"Ex"));
            }
            if (former || (m.runT0 > 0 && isWord(m.runT0 - 1) && (is(tok(m.runT0 - 1), u"former") || is(tok(m.runT0 - 1), u"Former"))))
                continue;
            bool match = false;
            if (pass == 0) {
                match = true;
                for (int a = j, b = m.t0 - 1; a > start && match; --a, --b) {
                    while (b >= m.runT0 && !isWord(b))
                        --b;
                    match = b >= m.runT0 && isWord(a) && tok(a).compare(tok(b), Qt::CaseInsensitive) == 0;
                }
            } else {
                for (int b = m.runT0; b < m.t0 && !match; ++b)
                    match = isWord(b) && tok(b).compare(tok(j), Qt::CaseInsensitive) == 0;
            }
            if (!match)
                continue;
            if (m.t1 < start) {
                before = i;
            } else if (after < 0) {
                after = i;
            } else if (speakerName(after) != speakerName(i)) {
                ambiguousAfter = true;
            }
        }
        if (before >= 0)
            return before;
        if (after >= 0 && !ambiguousAfter)
            return after;
        if (after >= 0)
            return -1;
    }
    return -1;
}

Speaker Run::namedHolder(const Speaker &org, int roleTok) const
{
    // "a spokeswoman for MTV said …" and elsewhere "MTV spokeswoman Jeannie Kedas": her.
    if (!org.found() || m_mentions[size_t(org.mention)].type != EntityType::Organisation || !isWord(roleTok))
        return org;
    const Mention &o = m_mentions[size_t(org.mention)];
    const QStringView orgName = QStringView(m_text).mid(o.s, o.e - o.s);
    const QStringView role = tok(roleTok);
    int found = -1;
    for (int i = 0; i < int(m_mentions.size()); ++i) {
        const Mention &m = m_mentions[size_t(i)];
        if (m.type != EntityType::Person || m.inQuote || m.runT0 == m.t0 || m.runT0 == 0)
            continue;
        bool hasRole = false;
        for (int k = m.runT0; k < m.t0 && !hasRole; ++k)
            hasRole = isWord(k) && tok(k).compare(role, Qt::CaseInsensitive) == 0;
        const int om = m_mentionEndingAt[size_t(m.runT0 - 1)];
        if (!hasRole || om < 0
            || QStringView(m_text).mid(m_mentions[size_t(om)].s, m_mentions[size_t(om)].e - m_mentions[size_t(om)].s) != orgName)
            continue;
        if (found >= 0 && speakerName(found) != speakerName(i))
            return org; // two of them: no telling which
        found = i;
    }
    if (found < 0)
        return org;
    Speaker sp = org;
    sp.mention = found;
    return sp;
}

int Run::organisationSpeaking(int beforeTok) const
{
    // The organisation a sentence among the five before reports as speaking ("the BBC has said").
    const int sent = m_toks[size_t(beforeTok)].sent;
    for (int s = sent; s >= 0 && s >= sent - 5; --s) {
        const int from = m_sentStart[size_t(s)];
        const int to = s == sent ? beforeTok : (s + 1 < int(m_sentStart.size()) ? m_sentStart[size_t(s + 1)] : int(m_toks.size()));
        for (int v = to - 1; v >= from; --v) {
            if (m_toks[size_t(v)].quote >= 0 || verbAt(v) != 1)
                continue;
            int j = v - 1;
            while (j >= from && isWord(j) && (hasLex(j, Bit::auxiliaries) || isAdverb(j)))
                --j;
            const Speaker sp = j >= from ? fromMentionAt(j, true) : Speaker();
            if (sp.found() && m_mentions[size_t(sp.mention)].type == EntityType::Organisation)
                return sp.mention;
        }
        // "The Association of Chief Police Officers has issued guidance. A spokesman said …"
        int k = from;
        while (k < to && (!isWord(k) || hasLex(k, Bit::sentenceOpeners) || is(tok(k), u"The") || is(tok(k), u"the")))
            ++k;
        const int m = k < to ? m_mentionStartingAt[size_t(k)] : -1;
        if (m >= 0 && m_mentions[size_t(m)].type == EntityType::Organisation && !m_mentions[size_t(m)].inQuote
            && !(m_toks[size_t(m_mentions[size_t(m)].t1)].flags & Possessive)) {
            // … as the subject, followed by its verb (not "The ex-Big Breakfast presenters were …")
            const int v = m_mentions[size_t(m)].t1 + 1;
            if (v < to && isWord(v) && (m_toks[size_t(v)].flags & Lower)
                && (hasLex(v, Bit::auxiliaries) || verbAt(v) || tok(v).endsWith(u"ed")))
                return m;
        }
    }
    return -1;
}

int Run::initialPerson(int from, int to) const
{
    // The person a sentence begins with: "Mr Smith …", "But Mr Smith …", "Former Chelsea
    // captain Desailly …" (the name after the role, whatever the words before it are).
    int k = from;
    while (k < to && isWord(k) && hasLex(k, Bit::sentenceOpeners))
        ++k;
    const int m = k < to ? m_mentionRunStartingAt[size_t(k)] : -1;
    if (m < 0 || m_toks[size_t(k)].quote >= 0)
        return -1;
    int j = m_mentions[size_t(m)].t1 + 1;
    while (j < to && isWord(j) && (m_toks[size_t(j)].flags & Lower) && hasLex(j, Bit::roleNouns))
        ++j;
    if (j > m_mentions[size_t(m)].t1 + 1 && j < to) {
        const int p = m_mentionStartingAt[size_t(j)];
        if (p >= 0 && m_mentions[size_t(p)].type == EntityType::Person)
            return p;
    }
    if (m_mentions[size_t(m)].type != EntityType::Person || (m_toks[size_t(m_mentions[size_t(m)].t1)].flags & Possessive))
        return -1;
    return m;
}

Speaker Run::describedSpeaker(int j, int stopTok) const
{
    Speaker sp;
    if (j <= stopTok || j < 0 || !isWord(j) || m_toks[size_t(j)].quote >= 0 || hasLex(j, Bit::functionWords)
        || hasLex(j, Bit::indefinites) || hasLex(j, Bit::pronouns) || verbAt(j))
        return sp; // "… officers and described him as": no noun to describe anyone
    bool definite = false;
    const int start = descriptionStart(j, stopTok, &definite);
    if (start < 0)
        return sp;
    // "Mr Houston was quoted in the Herald newspaper saying": a preposition's object is nobody's subject
    if (start > 0 && isWord(start - 1) && (m_toks[size_t(start - 1)].flags & Lower) && hasLex(start - 1, Bit::functionWords)
        && !is(tok(start - 1), u"and") && !is(tok(start - 1), u"but") && !is(tok(start - 1), u"that")
        && !is(tok(start - 1), u"when") && !is(tok(start - 1), u"while") && !is(tok(start - 1), u"after")
        && !is(tok(start - 1), u"before") && !is(tok(start - 1), u"because") && !is(tok(start - 1), u"if")
        && !is(tok(start - 1), u"since") && !is(tok(start - 1), u"once") && !is(tok(start - 1), u"so")
        && !is(tok(start - 1), u"or") && !is(tok(start - 1), u"until"))
        return sp;
    if (!definite) {
        // "…, the BBC has said. … "…," a spokeswoman said": the organisation that has been speaking
        const QStringView w = tok(j);
        if (j == start + 1 && (is(w, u"spokesman") || is(w, u"spokeswoman") || is(w, u"spokesperson"))
            && !(j + 1 < int(m_toks.size()) && isWord(j + 1) && (is(tok(j + 1), u"for") || is(tok(j + 1), u"at") || is(tok(j + 1), u"of")))) {
            const int o = organisationSpeaking(start);
            if (o >= 0) {
                sp.mention = o;
                sp.cueS = m_toks[size_t(start)].s;
                sp.cueE = m_toks[size_t(j)].e;
                return sp;
            }
        }
        sp.generic = true; // one dealer, a spokesman, another member of the Cabinet
        return sp;
    }
    int m = -1;
    if ((m_toks[size_t(j)].flags & Lower) && hasLex(j, Bit::orgNouns)) {
        m = describedOrganisation(j, start);
    } else if (((m_toks[size_t(j)].flags & Lower) && hasLex(j, Bit::roleNouns))
               || ((m_toks[size_t(j)].flags & Cap) && hasLex(j, Bit::titleWords))) {
        m = describedPerson(j, start);
    }
    if (m < 0 && (is(tok(j), u"spokesman") || is(tok(j), u"spokeswoman") || is(tok(j), u"spokesperson"))) {
        // "The spokesman said": the organisation whose spokesman has been speaking
        m = lastSpeaker(start, EntityType::Organisation);
        if (m < 0)
            m = organisationSpeaking(start);
    }
    if (m < 0 && describesPerson(j)) {
        // "When Lleyton Hewitt shook his hand, the Australian said", "the 27-year-old said", "the
        // Dutchman said": a person named before in the sentence, else the person who has been
        // speaking, else the last person a sentence began with
        const int from = m_sentStart[size_t(m_toks[size_t(start)].sent)];
        if (from + 1 < start && hasLex(from, Bit::subordinators)) {
            const int pm = m_mentionRunStartingAt[size_t(from + 1)];
            if (pm >= 0 && m_mentions[size_t(pm)].type == EntityType::Person && m_mentions[size_t(pm)].t1 < start
                && !(m_toks[size_t(m_mentions[size_t(pm)].t1)].flags & Possessive))
                m = pm; // the subject of the clause in front
        }
        if (m < 0) {
            // … else whom a "he" or "she" there would mean: the one who spoke last, or the
            // subject of the sentences before
            const Speaker p = resolvePronoun(start, true);
            if (p.found() && m_mentions[size_t(p.mention)].type == EntityType::Person)
                m = p.mention;
        }
    }
    if (m >= 0) {
        sp.mention = m;
        sp.cueS = m_toks[size_t(start)].s;
        sp.cueE = m_toks[size_t(j)].e;
    }
    return sp;
}

bool Run::genericSubjectAt(int from, int to) const
{
    // "However, one dealer, who asked not to be named, told Reuters …": a sentence whose subject
    // is someone unnamed.
    int k = from;
    while (k < to && k < from + 4 && (!isWord(k) || hasLex(k, Bit::sentenceOpeners)))
        ++k;
    if (k >= to || !isWord(k) || !hasLex(k, Bit::indefinites))
        return false;
    for (int n = 0, h = k + 1; h < to && n < 5 && isWord(h) && (m_toks[size_t(h)].flags & Lower); ++h, ++n) {
        if (hasLex(h, Bit::peopleNouns) || hasLex(h, Bit::roleNouns))
            return true;
    }
    return false;
}

Speaker Run::subjectBefore(int v, int stopTok) const
{
    int j = v - 1;
    // skip auxiliaries and adverbs: "Peskov also said", "the authority had originally called",
    // "he was due to say", "Mr Howard is expected to tell"
    while (j > stopTok && isWord(j)) {
        if (hasLex(j, Bit::auxiliaries) || isAdverb(j))
            --j;
        else if (is(tok(j), u"to") && j - 1 > stopTok && isWord(j - 1) && hasLex(j - 1, Bit::raisingWords))
            j -= 2;
        else if (j - 1 > stopTok && isWord(j - 1) && hasLex(j, Bit::timeNouns)
                 && (is(tok(j - 1), u"last") || is(tok(j - 1), u"this") || is(tok(j - 1), u"on")))
            j -= 2; // "McCartney last year described", "Mr Brown on Monday said"
        else
            break;
    }
    if (j <= stopTok || j < 0)
        return {};
    // appositive: "Mr Smith, the firm's chief executive, said" / "Trump – who … – wrote"
    if (!isWord(j)) {
        const QChar c = ch(j);
        if (c == u',' || c == u'\u2013' || c == u'\u2014' || c == u')') {
            const QChar open = c == u')' ? QChar(u'(') : c;
            int k = j - 1;
            int n = 0;
            while (k > stopTok && n < 30 && m_toks[size_t(k)].quote < 0 && !(!isWord(k) && ch(k) == open)) {
                --k;
                ++n;
            }
            if (k > stopTok && !isWord(k) && ch(k) == open && m_toks[size_t(k)].quote < 0) {
                Speaker sp = fromMentionAt(k - 1, true);
                // "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said": a name
                // in a list is not the subject; look for the comma after the subject.
                for (int a = k - 1, more = 0; c == u',' && sp.found() && more < 4 && a > stopTok; --a) {
                    const int r0 = m_mentions[size_t(sp.mention)].runT0;
                    const bool listed = r0 > 0 && r0 - 1 > stopTok
                        && (isWord(r0 - 1) ? bool(m_toks[size_t(r0 - 1)].flags & Lower) : ch(r0 - 1) == u',');
                    if (!listed)
                        break;
                    while (a > stopTok && a > k - 40 && m_toks[size_t(a)].quote < 0 && (isWord(a) || ch(a) != u','))
                        --a;
                    if (a <= stopTok || a <= k - 40 || m_toks[size_t(a)].quote >= 0)
                        break;
                    ++more;
                    const Speaker earlier = fromMentionAt(a - 1, true);
                    if (earlier.found()) {
                        const int e0 = m_mentions[size_t(earlier.mention)].runT0;
                        const bool earlierListed = e0 > 0 && e0 - 1 > stopTok
                            && (isWord(e0 - 1) ? bool(m_toks[size_t(e0 - 1)].flags & Lower) : ch(e0 - 1) == u',');
                        if (!earlierListed) {
                            sp = earlier;
                            break;
                        }
                    }
                }
                if (sp.found())
                    return sp;
                // "Its chief executive, Sabine Holt, said": the name is the appositive
                const int inner = m_mentionRunStartingAt[size_t(k + 1)];
                if (inner >= 0 && m_mentions[size_t(inner)].t1 == j - 1
                    && m_mentions[size_t(inner)].type != EntityType::Location)
                    return fromMentionAt(j - 1, true);
                // "one dealer, who asked not to be named, told", "the company, which …, said"
                return describedSpeaker(k - 1, stopTok);
            }
        }
        return {};
    }
    if (hasLex(j, Bit::pronouns))
        return resolvePronoun(j);
    // "the agency quoted Peoplesoft worker David Ogden as saying": the one quoted
    if (is(tok(j), u"as") && tok(v).endsWith(u"ing")) {
        for (int k = j - 1; k > stopTok && k >= j - 10 && isWord(k); --k) {
            if (is(tok(k), u"quoted") || is(tok(k), u"quotes") || is(tok(k), u"quoting")) {
                const Speaker sp = k + 1 < j ? fromMentionAt(j - 1, true) : Speaker();
                if (sp.found())
                    return sp;
                return describedSpeaker(j - 1, k);
            }
        }
    }
    // "Paul Connolly, who said"
    if (is(tok(j), u"who") && j - 1 > stopTok) {
        int k = j - 1;
        if (!isWord(k) && (ch(k) == u',' || ch(k) == u'\u2013' || ch(k) == u'\u2014' || ch(k) == u'-'))
            --k;
        Speaker sp = fromMentionAt(k, true);
        if (!sp.found())
            sp = describedSpeaker(k, stopTok);
        if (sp.found() || sp.generic)
            return sp;
    }
    // "a game that merely confirmed", "the report which said": the thing before the relative
    // pronoun is the subject; no person to look for elsewhere in the sentence
    if ((is(tok(j), u"that") || is(tok(j), u"which")) && j - 1 > stopTok && isWord(j - 1)
        && (m_toks[size_t(j - 1)].flags & Lower) && !hasLex(j - 1, Bit::functionWords) && !verbAt(j - 1)) {
        Speaker sp = describedSpeaker(j - 1, stopTok);
        if (!sp.found())
            sp.generic = true;
        return sp;
    }
    Speaker sp = fromMentionAt(j, true);
    if (sp.found()) {
        // "Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center
        // said" (the closing comma left out): the person the role belongs to
        bool role = false;
        for (int k = m_mentions[size_t(sp.mention)].runT0 - 1, n = 0; k - 1 > stopTok && n < 12; --k, ++n) {
            if (!isWord(k)) {
                if (ch(k) != u',' || !role)
                    break;
                const Speaker person = fromMentionAt(k - 1, true);
                if (person.found() && m_mentions[size_t(person.mention)].type == EntityType::Person)
                    return person;
                break;
            }
            if (verbAt(k) || m_toks[size_t(k)].quote >= 0)
                break;
            role = role || ((m_toks[size_t(k)].flags & Lower) && hasLex(k, Bit::roleNouns));
        }
    }
    if (sp.found()) {
        // "Pasquale D'Amuro of the FBI said", "Timothy Colton of the Harvard Academy for
        // International and Area Studies said": the person, not the organisation
        int k = m_mentions[size_t(sp.mention)].runT0 - 1;
        for (int n = 0; k - 1 > stopTok && n < 12; ++n, --k) {
            if (!isWord(k))
                break;
            const QStringView w = tok(k);
            if (is(w, u"of")) {
                Speaker person = fromMentionAt(k - 1, true);
                if (person.found() && m_mentions[size_t(person.mention)].type == EntityType::Person)
                    return person;
                // "another member of the Cabinet says": someone unnamed, not the Cabinet
                person = describedSpeaker(k - 1, stopTok);
                if (person.generic)
                    return person;
                break;
            }
            if (is(w, u"for") && isWord(k - 1) && (m_toks[size_t(k - 1)].flags & Lower) && hasLex(k - 1, Bit::roleNouns))
                return namedHolder(sp, k - 1); // a spokeswoman for MTV
            if (!(m_toks[size_t(k)].flags & Cap) && !is(w, u"the") && !is(w, u"for") && !is(w, u"and") && !is(w, u"on"))
                break;
        }
        return sp;
    }
    // "a Microsoft spokesman said", "the Kremlin's press service said", "Brent Bozell, PTC
    // president and conservative activist said"
    if ((m_toks[size_t(j)].flags & Lower) && hasLex(j, Bit::roleNouns)) {
        int k = j - 1;
        int n = 1;
        while (k > stopTok && n < 6 && isWord(k) && (m_toks[size_t(k)].flags & Lower)) {
            const bool role = hasLex(k, Bit::roleNouns);
            const bool modifier = !role && hasLex(k + 1, Bit::roleNouns) && !hasLex(k, Bit::functionWords) && !verbAt(k)
                && !hasLex(k, Bit::indefinites) && !is(tok(k), u"the");
            if (!role && !modifier && !(is(tok(k), u"and") && hasLex(k - 1, Bit::roleNouns)))
                break;
            --k;
            ++n;
        }
        if (k > stopTok) {
            Speaker org = fromMentionAt(k, true);
            if (!org.found() && !isWord(k) && ch(k) == u',' && k - 1 > stopTok) {
                // "Ray Hall, conservative activist said" (the closing comma left out)
                Speaker person = fromMentionAt(k - 1, true);
                if (person.found() && m_mentions[size_t(person.mention)].type == EntityType::Person)
                    return person;
            }
            if (!org.found() && hasLex(k + 1, Bit::orgNouns) && k + 1 < j && (m_toks[size_t(k + 1)].flags & Lower)
                && !(isWord(k) && (is(tok(k), u"the") || hasLex(k, Bit::indefinites)))) {
                // "bank officials said", "club sources said": the bank the article is about
                const int o = describedOrganisation(k + 1, k + 1);
                if (o >= 0) {
                    org.mention = o;
                    org.cueS = m_toks[size_t(k + 1)].s;
                    org.cueE = m_toks[size_t(j)].e;
                    return org;
                }
            }
            if (org.found()) {
                // "Mr Prettejohn, Lloyd's chief executive said": the person the role is given to.
                const int c = m_mentions[size_t(org.mention)].runT0 - 1;
                if (c - 1 > stopTok && !isWord(c) && ch(c) == u',') {
                    Speaker person = fromMentionAt(c - 1, true);
                    if (person.found() && m_mentions[size_t(person.mention)].type == EntityType::Person)
                        return person;
                }
                // "The Tory spokesman also criticised …": a party's man already in the story
                const Mention &om = m_mentions[size_t(org.mention)];
                if (om.t0 == om.t1 && hasLex(om.t0, Bit::titleWords) && om.runT0 > 0 && isWord(om.runT0 - 1)
                    && (is(tok(om.runT0 - 1), u"the") || is(tok(om.runT0 - 1), u"The"))) {
                    int m = describedPerson(j, om.runT0 - 1);
                    if (m < 0) {
                        const Speaker p = resolvePronoun(j, true);
                        if (p.found() && m_mentions[size_t(p.mention)].type == EntityType::Person)
                            m = p.mention;
                    }
                    if (m >= 0) {
                        Speaker sp;
                        sp.mention = m;
                        sp.cueS = m_toks[size_t(om.runT0 - 1)].s;
                        sp.cueE = m_toks[size_t(j)].e;
                        return sp;
                    }
                }
                return namedHolder(org, j);
            }
        }
    }
    // "the company said", "the home secretary said", "The Chancellor said", "one dealer said"
    return describedSpeaker(j, stopTok);
}

Speaker Run::subjectAfter(int v, int stopTok, bool inverted) const
{
    // "said ONGC chairman Subir Raha, …": the last name before punctuation or a function word;
    // a person is preferred over an organisation. Before a quote ("said X was …") the words after
    // the verb are the reported clause, so there the name must be followed by punctuation.
    const int nt = int(m_toks.size());
    int j = v + 1;
    if (verbAt(v) == 2)
        ++j; // according to
    Speaker best;
    bool bestPerson = false;
    const int sent = m_toks[size_t(v)].sent;
    if (inverted && j < nt && j < stopTok && isWord(j) && m_toks[size_t(j)].quote < 0
        && (is(tok(j), u"the") || hasLex(j, Bit::indefinites))) {
        // "said the group in a statement", "said one analyst", "said a spokesman for the club"
        int h = j + 1;
        while (h + 1 < stopTok && h + 1 < nt && h < j + 4 && isWord(h + 1) && (m_toks[size_t(h + 1)].flags & Lower)
               && !hasLex(h + 1, Bit::functionWords) && m_toks[size_t(h + 1)].sent == sent)
            ++h;
        if (h < stopTok && h < nt && isWord(h) && (m_toks[size_t(h)].flags & Lower) && !hasLex(h, Bit::functionWords)
            && m_mentionStartingAt[size_t(h)] < 0
            && (hasLex(h, Bit::roleNouns) || hasLex(h, Bit::peopleNouns) || hasLex(h, Bit::orgNouns) || describesPerson(h))) {
            Speaker sp = describedSpeaker(h, j - 1);
            if (sp.generic && h + 2 < stopTok && h + 2 < nt && hasLex(h, Bit::roleNouns) && !hasLex(h, Bit::peopleNouns)
                && (is(tok(h + 1), u"for") || is(tok(h + 1), u"at") || is(tok(h + 1), u"of"))) {
                // a spokesman for the Kremlin: the organisation speaks
                const int o = is(tok(h + 2), u"the") ? h + 3 : h + 2;
                Speaker org = o < stopTok && o < nt ? fromMentionAt(o, false) : Speaker();
                if (org.found() && m_mentions[size_t(org.mention)].type == EntityType::Organisation)
                    return namedHolder(org, h);
            }
            if (sp.found() || sp.generic)
                return sp;
        }
    }
    for (int n = 0; j < nt && j < stopTok && n < 10 && m_toks[size_t(j)].sent == sent; ++n) {
        if (m_toks[size_t(j)].quote >= 0)
            break;
        if (!isWord(j)) {
            if (ch(j) == u'.' && j > 0 && tok(j - 1).size() == 1) {
                ++j; // an initial
                continue;
            }
            // "said EEF chief economist, Steve Radley": the role's holder after the comma.
            if (ch(j) == u',' && best.found() && !bestPerson && j > 0 && isWord(j - 1) && hasLex(j - 1, Bit::roleNouns)
                && j + 1 < nt && j + 1 < stopTok) {
                const int pm = m_mentionStartingAt[size_t(j + 1)];
                if (pm >= 0 && m_mentions[size_t(pm)].type == EntityType::Person) {
                    ++j;
                    continue;
                }
            }
            break;
        }
        if (n == 0 && inverted && hasLex(j, Bit::pronouns))
            return resolvePronoun(j);
        const int m = m_mentionStartingAt[size_t(j)];
        if (m >= 0) {
            Speaker sp = fromMentionAt(j, false);
            if (sp.found()) {
                const bool person = m_mentions[size_t(m)].type == EntityType::Person;
                if (!best.found() || person || !bestPerson) {
                    best = sp;
                    bestPerson = person;
                }
                j = m_mentions[size_t(m)].t1 + 1;
                continue;
            }
            j = m_mentions[size_t(m)].t1 + 1; // Spanish (teenager Nadal)
            continue;
        }
        if ((m_toks[size_t(j)].flags & Lower) && hasLex(j, Bit::functionWords))
            break;
        if (!isWord(j) || !(m_toks[size_t(j)].flags & Lower)) {
            if (m_mentionRunStartingAt[size_t(j)] >= 0) {
                j = m_mentions[size_t(m_mentionRunStartingAt[size_t(j)])].t0;
                continue;
            }
        }
        if (best.found() && !inverted)
            return {}; // "said NBC was": a clause, not a speaker
        ++j;
    }
    if (!inverted && best.found() && j < nt && j < stopTok && isWord(j) && m_toks[size_t(j)].sent == sent
        && m_toks[size_t(j)].quote < 0)
        return {};
    return best;
}

Speaker Run::sentenceSubject(int fromTok, int toTok) const
{
    for (int k = fromTok; k < toTok; ++k) {
        if (m_toks[size_t(k)].quote >= 0)
            continue;
        if (isWord(k) && hasLex(k, Bit::pronouns) && (k == fromTok || !isWord(k - 1))) {
            // "It was inevitable that …", "it is thought": no one
            if ((is(tok(k), u"it") || is(tok(k), u"It")) && k + 1 < toTok && isWord(k + 1)
                && (is(tok(k + 1), u"was") || is(tok(k + 1), u"is") || is(tok(k + 1), u"seems") || is(tok(k + 1), u"seemed")
                    || is(tok(k + 1), u"appears") || is(tok(k + 1), u"appeared") || is(tok(k + 1), u"has") || is(tok(k + 1), u"had")))
                return {};
            return resolvePronoun(k);
        }
        const int m = m_mentionStartingAt[size_t(k)];
        if (m >= 0 && m_mentions[size_t(m)].type != EntityType::Location
            && !(m_toks[size_t(m_mentions[size_t(m)].t1)].flags & Possessive)) {
            // "UKIP leader Roger Knapman said": the organisation names the person's role; the
            // person is the subject.
            const Mention &mm = m_mentions[size_t(m)];
            if (mm.type == EntityType::Organisation) {
                int j = mm.t1 + 1;
                while (j < toTok && isWord(j) && (m_toks[size_t(j)].flags & Lower) && hasLex(j, Bit::roleNouns))
                    ++j;
                if (j > mm.t1 + 1 && j < toTok) {
                    const int pm = m_mentionStartingAt[size_t(j)];
                    if (pm >= 0 && m_mentions[size_t(pm)].type == EntityType::Person)
                        return fromMentionAt(j, false);
                }
            }
            return fromMentionAt(k, false);
        }
    }
    return {};
}

Speaker Run::attribute(int q, bool full) const
{
    const int nt = int(m_toks.size());
    const int t0 = m_candTok0[size_t(q)];
    const int t1 = m_candTok1[size_t(q)];
    if (t0 < 0)
        return {};
    m_quote = q;
    const Candidate &c = m_cands[size_t(q)];
    const QChar *d = m_text.constData();
    QChar lastCh = c.end > c.start ? d[c.end - 1] : QChar();
    // 1. After the quote, in the same sentence: "…,” Peskov said / said Mr Aiyar / he added.
    const int endSent = m_toks[size_t(t1)].sent;
    bool rightAllowed = lastCh != u'.' || (t1 + 1 < nt && (m_toks[size_t(t1 + 1)].flags & Lower));
    // the "MI6 agent" told him: a phrase with no comma, straight before the verb, is its subject,
    // not words that the verb reports.
    if (!full && lastCh != u',' && lastCh != u'?' && lastCh != u'!' && lastCh != u'\u2026' && verbAt(t1 + 1))
        rightAllowed = false;
    if (rightAllowed) {
        int stop = t1 + 1;
        while (stop < nt && m_toks[size_t(stop)].sent == endSent && m_toks[size_t(stop)].quote < 0)
            ++stop;
        for (int k = t1 + 1; k < stop && k <= t1 + 20; ++k) {
            if (!verbAt(k))
                continue;
            Speaker sp = subjectBefore(k, t1);
            if (!sp.found() && !sp.generic && !hasLex(k, Bit::objectVerbs))
                sp = subjectAfter(k, stop, true);
            if (!sp.found() && !sp.generic && verbAt(k) == 2)
                sp = subjectAfter(k, stop, true);
            if (sp.found() || sp.generic)
                return sp;
            // "X said he would "…", adding: …": the participle goes on with the sentence's subject.
            if (tok(k).endsWith(u"ing")) {
                sp = sentenceSubject(m_sentStart[size_t(m_toks[size_t(t0)].sent)], t0);
                if (sp.found())
                    return sp;
            }
            // "…," one fan said / said the group / consultancy 4Cast said (a name the NER missed):
            // attributed, but to nobody the article names; not to be guessed from elsewhere
            const bool rightAfter = k == t1 + 1 || (k == t1 + 2 && !isWord(t1 + 1));
            int a = t1 + 1;
            if (a < k && !isWord(a) && (ch(a) == u',' || ch(a) == u'\u2013' || ch(a) == u'\u2014'))
                ++a;
            bool subject = a < k && k - a <= 5;
            for (int b = a; b < k && subject; ++b)
                subject = isWord(b) && (!hasLex(b, Bit::functionWords) || hasLex(b, Bit::auxiliaries));
            if (rightAfter || subject) {
                sp.generic = true;
                return sp;
            }
            break;
        }
    }
    // 2. Before the quote, in its sentence (or after the previous quote in it): the last speech verb.
    int sent = m_toks[size_t(t0)].sent;
    // "…, said:" at the end of the previous paragraph
    if (t0 > 0 && (m_toks[size_t(t0)].flags & ParaStart) && !isWord(t0 - 1) && ch(t0 - 1) == u':')
        sent = m_toks[size_t(t0 - 1)].sent;
    int from = m_sentStart[size_t(sent)];
    int leftStop = from - 1;
    for (int k = t0 - 1; k >= from; --k) {
        if (m_toks[size_t(k)].quote >= 0) {
            leftStop = k;
            break;
        }
    }
    for (int k = t0 - 1; k > leftStop; --k) {
        const int v = verbAt(k);
        if (!v)
            continue;
        Speaker sp;
        if (v == 2) {
            sp = subjectAfter(k, t0, true);
        } else {
            const QStringView w = tok(k);
            if (w.endsWith(u"ing")) {
                // "Mr Blair has failed, he claimed, saying …": the participle goes with the verb before it
                for (int k2 = k - 1; k2 > leftStop && !sp.found() && !sp.generic; --k2) {
                    if (m_toks[size_t(k2)].quote < 0 && verbAt(k2) == 1 && !tok(k2).endsWith(u"ing")) {
                        sp = subjectBefore(k2, leftStop);
                        if (!sp.found() && !sp.generic && !hasLex(k2, Bit::objectVerbs))
                            sp = subjectAfter(k2, k, true);
                        break;
                    }
                }
                if (!sp.found() && !sp.generic)
                    sp = subjectBefore(k, leftStop);
                if (!sp.found() && !sp.generic)
                    sp = sentenceSubject(leftStop + 1, k);
                // "… "break open the champagne", adding: "…"": the subject may come before an
                // earlier quote of the same sentence.
                if (!sp.found() && !sp.generic)
                    sp = sentenceSubject(from, k);
            } else {
                sp = subjectBefore(k, leftStop);
                if (!sp.found() && !sp.generic && !objectVerbs().contains(w))
                    sp = subjectAfter(k, t0, false);
            }
        }
        if (sp.found() || sp.generic)
            return sp;
    }
    // 3. Introduced by a colon with no verb: "Quote from Peskov: "…"". The last name before it.
    if (t0 > 0 && !isWord(t0 - 1) && ch(t0 - 1) == u':') {
        for (int k = t0 - 2; k > leftStop; --k) {
            Speaker sp = fromMentionAt(k, true);
            if (sp.found() && !m_mentions[size_t(sp.mention)].inQuote)
                return sp;
        }
    }
    return {};
}

Speaker Run::ownSubject(int q) const
{
    const int t0 = m_candTok0[size_t(q)];
    const int from = m_sentStart[size_t(m_toks[size_t(t0)].sent)];
    if (from >= t0 || m_toks[size_t(from)].para != m_toks[size_t(t0)].para)
        return {};
    for (int k = from; k < t0; ++k) {
        if (m_toks[size_t(k)].quote >= 0)
            return {}; // after another quote: the paragraph rules decide
    }
    // "Prince Harry should see "…", Rabbi Marvin Hier, founder of …, said": attributed after all
    for (int v = m_candTok1[size_t(q)] + 1; v < int(m_toks.size()) && m_toks[size_t(v)].sent == m_toks[size_t(t0)].sent; ++v) {
        if (m_toks[size_t(v)].quote < 0 && verbAt(v))
            return {};
    }
    int k = from;
    while (k < t0 && (!isWord(k) || hasLex(k, Bit::sentenceOpeners)))
        ++k;
    if (k + 1 >= t0 || !isWord(k))
        return {};
    if (hasLex(k, Bit::pronouns) && (is(tok(k), u"He") || is(tok(k), u"She") || is(tok(k), u"he") || is(tok(k), u"she")))
        return isWord(k + 1) && (m_toks[size_t(k + 1)].flags & Lower) ? resolvePronoun(k) : Speaker();
    const int m = m_mentionRunStartingAt[size_t(k)];
    if (m < 0 || m_mentions[size_t(m)].type != EntityType::Person || m_mentions[size_t(m)].t1 + 1 >= t0
        || (m_toks[size_t(m_mentions[size_t(m)].t1)].flags & Possessive))
        return {};
    // "Blunkett has been accused of using the "politics of confusion"": someone else's words
    for (int v = m_mentions[size_t(m)].t1 + 1; v < t0; ++v) {
        if (isWord(v) && hasLex(v, Bit::objectVerbs) && !verbAt(v))
            return {};
    }
    return fromMentionAt(m_mentions[size_t(m)].t1, true);
}

QString Run::speakerName(int mi) const
{
    if (m_nameCache.size() != m_mentions.size())
        m_nameCache.assign(m_mentions.size(), QString());
    QString &cached = m_nameCache[size_t(mi)];
    if (cached.isNull())
        cached = fullestName(mi);
    return cached;
}

QString Run::fullestName(int mi) const
{
    const Mention &m = m_mentions[size_t(mi)];
    QString name = m_text.mid(m.s, m.e - m.s).simplified();
    if (m.t0 == m.t1 && (m_toks[size_t(m.t0)].flags & AllCaps) && name.size() >= 2 && name.size() <= 5) {
        // An acronym the article spells out: DB -> Deutsche Boerse, BPI -> British Phonographic Industry
        for (const Mention &o : m_mentions) {
            if (o.type == EntityType::Location || o.t1 - o.t0 + 1 != name.size())
                continue;
            bool match = true;
            for (int k = o.t0, i = 0; k <= o.t1 && match; ++k, ++i)
                match = isWord(k) && m_text.at(m_toks[size_t(k)].s) == name.at(i) && !(m_toks[size_t(k)].flags & AllCaps);
            if (match)
                return m_text.mid(o.s, o.e - o.s).simplified();
        }
    }
    if (m.type != EntityType::Person)
        return name;
    // The fullest form in the article: the longest person mention ending in the same surname.
    QStringView last = tok(m.t1);
    if (m_toks[size_t(m.t1)].flags & Possessive)
        last.chop(2);
    int best = -1;
    int bestWords = m.t1 - m.t0;
    for (int i = 0; i < int(m_mentions.size()); ++i) {
        const Mention &o = m_mentions[size_t(i)];
        if (o.type != EntityType::Person || o.t1 - o.t0 <= bestWords)
            continue;
        QStringView ol = tok(o.t1);
        if (m_toks[size_t(o.t1)].flags & Possessive)
            ol.chop(2);
        if (ol != last)
            continue;
        if (m.gender && o.gender && m.gender != o.gender)
            continue;
        if (m.t1 > m.t0 && tok(m.t0) != tok(o.t0))
            continue; // "Bill Clinton" is not "Hillary Clinton"
        best = i;
        bestWords = o.t1 - o.t0;
    }
    if (best >= 0)
        name = m_text.mid(m_mentions[size_t(best)].s, m_mentions[size_t(best)].e - m_mentions[size_t(best)].s).simplified();
    return name;
}

QList<QuoteSpan> Run::detect()
{
    QList<QuoteSpan> out;
    findParagraphs();
    tokenize();
    if (m_qpos.empty())
        return out;
    findCandidates();
    if (m_cands.empty())
        return out;
    indexTokens();
    findMentions();

    const int nq = int(m_cands.size());
    std::vector<char> keep(size_t(nq), 0);
    std::vector<char> full(size_t(nq), 0);
    std::vector<Speaker> speakers(static_cast<size_t>(nq));
    std::vector<char> direct(size_t(nq), 0);
    for (int q = 0; q < nq; ++q) {
        full[size_t(q)] = isFull(q);
        keep[size_t(q)] = !isNonSpeech(q, full[size_t(q)]);
        if (!keep[size_t(q)])
            continue;
        speakers[size_t(q)] = attribute(q, full[size_t(q)]);
        direct[size_t(q)] = speakers[size_t(q)].found() || speakers[size_t(q)].generic;
        if (speakers[size_t(q)].found())
            m_spoken.emplace_back(m_candTok1[size_t(q)], speakers[size_t(q)].mention);
    }
    // Quotes without their own attribution.
    auto paraOf = [&](int q) { return m_toks[size_t(m_candTok0[size_t(q)])].para; };
    auto endParaOf = [&](int q) { return m_toks[size_t(m_candTok1[size_t(q)])].para; };
    int lastSpoken = -1; // the last kept quote with a speaker
    for (int q = 0; q < nq; ++q) {
        if (!keep[size_t(q)] || m_candTok0[size_t(q)] < 0)
            continue;
        m_quote = q;
        if (!speakers[size_t(q)].found() && !speakers[size_t(q)].generic) {
            const int p = paraOf(q);
            // a. an attributed quote earlier in the same paragraph, unless a later sentence
            //    reports someone's speech ("…," said X. Prof Y said she was shocked. "We expected …")
            int other = -1;
            for (int r = q - 1; r >= 0 && other < 0 && endParaOf(r) == p
                 && m_candTok1[size_t(r)] > m_candTok0[size_t(q)] - kParagraphWindow; --r)
                if (keep[size_t(r)] && direct[size_t(r)])
                    other = r;
            if (other >= 0) {
                int otherSent = m_toks[size_t(m_candTok1[size_t(other)])].sent;
                if (speakers[size_t(other)].cueS >= 0)
                    otherSent = std::max(otherSent, m_toks[size_t(tokenAt(speakers[size_t(other)].cueS))].sent);
                for (int k = m_candTok1[size_t(other)] + 1; k < m_candTok0[size_t(q)]; ++k) {
                    if (m_toks[size_t(k)].quote < 0 && m_toks[size_t(k)].sent > otherSent && verbAt(k)) {
                        other = -1;
                        break;
                    }
                }
            }
            // e. the subject of the quote's own sentence, when the quote sits inside it with no
            //    verb of speech ("Mr Brown warned of the dangers of being "distracted"")
            const Speaker own = ownSubject(q);
            if (own.found() || own.generic) {
                speakers[size_t(q)] = own;
            } else if (other >= 0) {
                speakers[size_t(q)].mention = speakers[size_t(other)].mention;
                speakers[size_t(q)].generic = speakers[size_t(other)].generic;
            } else {
                bool paraHasVerb = false;
                bool paraHasPerson = false;
                int k = m_candTok0[size_t(q)] - 1;
                // (within a window, so a huge one-paragraph text stays linear)
                const int window = m_candTok0[size_t(q)] - kParagraphWindow;
                while (k >= 0 && k > window && m_toks[size_t(k)].para == p)
                    --k;
                const int paraFirst = k + 1;
                const int paraLimit = m_candTok1[size_t(q)] + kParagraphWindow;
                for (k = paraFirst; k < int(m_toks.size()) && k < paraLimit && m_toks[size_t(k)].para <= endParaOf(q); ++k) {
                    if (m_toks[size_t(k)].quote >= 0)
                        continue;
                    if (verbAt(k))
                        paraHasVerb = true;
                    const int m = m_mentionStartingAt[size_t(k)];
                    if (m >= 0 && m_mentions[size_t(m)].type != EntityType::Location)
                        paraHasPerson = true;
                }
                // b. a sentence before it in this paragraph that reports speech ("…, saying …"),
                //    or failing that one whose subject is a person ("Mr Blair went on to …")
                for (k = m_candTok0[size_t(q)] - 1; k >= paraFirst && paraHasVerb; --k) {
                    if (m_toks[size_t(k)].quote < 0 && verbAt(k)) {
                        const int sFrom = std::max(paraFirst, m_sentStart[size_t(m_toks[size_t(k)].sent)]);
                        if (tok(k).endsWith(u"ing")) {
                            // "…, he says, insisting that …": the participle goes with the verb before it
                            for (int k2 = k - 1; k2 >= sFrom; --k2) {
                                if (m_toks[size_t(k2)].quote < 0 && verbAt(k2) == 1 && !tok(k2).endsWith(u"ing")) {
                                    k = k2;
                                    break;
                                }
                            }
                        }
                        Speaker sp = subjectBefore(k, paraFirst - 1);
                        // "…," said Mr X. (not "The committee said the National Audit Office should …")
                        if (!sp.found() && !sp.generic && !hasLex(k, Bit::objectVerbs) && !tok(k).endsWith(u"ing") && k > 0
                            && (m_toks[size_t(k - 1)].quote >= 0 || (!isWord(k - 1) && ch(k - 1) == u',')))
                            sp = subjectAfter(k, m_candTok0[size_t(q)], true);
                        // (a "he said" that finds no one is still his: not the first name in the sentence)
                        if (!sp.found() && !sp.generic && !pronounSubject(k))
                            sp = sentenceSubject(m_sentStart[size_t(m_toks[size_t(k)].sent)], k);
                        if (sp.found() || sp.generic)
                            speakers[size_t(q)] = sp;
                        break;
                    }
                }
                const int qs = m_toks[size_t(m_candTok0[size_t(q)])].sent;
                if (!speakers[size_t(q)].found() && !speakers[size_t(q)].generic && qs > 0
                    && m_sentStart[size_t(qs - 1)] >= paraFirst) {
                    // "Bob was the most mesmeric person I've worked with. "He must have had an iron
                    // will …"": a sentence in the first person is the speaker's own, unmarked; it
                    // goes on with the last speaker rather than giving its subject.
                    bool firstPerson = false;
                    for (int k2 = m_sentStart[size_t(qs - 1)]; k2 < m_sentStart[size_t(qs)] && !firstPerson; ++k2)
                        firstPerson = m_toks[size_t(k2)].quote < 0 && isFirstPerson(k2);
                    if (firstPerson && lastSpoken >= 0 && p - endParaOf(lastSpoken) <= 2) {
                        speakers[size_t(q)].mention = speakers[size_t(lastSpoken)].mention;
                        speakers[size_t(q)].generic = speakers[size_t(lastSpoken)].generic;
                    } else {
                        Speaker sp = sentenceSubject(m_sentStart[size_t(qs - 1)], m_sentStart[size_t(qs)]);
                        if (sp.found() && m_mentions[size_t(sp.mention)].type == EntityType::Person)
                            speakers[size_t(q)] = sp;
                    }
                }
                // c'. a paragraph that opens with a quote goes on with whoever the paragraph before
                //     ended by reporting ("… Mr Lewis suggested …. ¶ "Given the outrage …"", "…,"
                //     says Mr Gupta. ¶ "Morquendi was describing scenes …")
                int t0q = m_candTok0[size_t(q)];
                if (t0q > 0 && !(m_toks[size_t(t0q)].flags & ParaStart) && (m_toks[size_t(t0q - 1)].flags & ParaStart)
                    && !isWord(t0q - 1) && (ch(t0q - 1) == u':' || ch(t0q - 1) == u'-' || ch(t0q - 1) == u'\u2013' || ch(t0q - 1) == u'\u2014'))
                    --t0q; // a transcript's ": "…"" or "– "…""
                if (!speakers[size_t(q)].found() && !speakers[size_t(q)].generic && full[size_t(q)]
                    && (m_toks[size_t(t0q)].flags & ParaStart) && t0q > 0 && m_toks[size_t(t0q - 1)].para == p - 1) {
                    const int lastFrom = m_sentStart[size_t(m_toks[size_t(t0q - 1)].sent)];
                    Speaker prev;
                    for (int v = lastFrom; v < t0q && !prev.found() && !prev.generic; ++v) {
                        if (m_toks[size_t(v)].quote >= 0 || !verbAt(v))
                            continue;
                        // a pronoun already resolved for a quote of that sentence keeps its answer
                        int j = v - 1;
                        while (j >= lastFrom && isWord(j) && (hasLex(j, Bit::auxiliaries) || isAdverb(j)))
                            --j;
                        for (int r = q - 1; r >= 0 && j >= lastFrom && m_candTok0[size_t(r)] >= lastFrom; --r) {
                            if (keep[size_t(r)] && speakers[size_t(r)].cueS == m_toks[size_t(j)].s)
                                prev = speakers[size_t(r)];
                        }
                        if (prev.found() || prev.generic)
                            break;
                        if (verbAt(v) == 2) {
                            prev = subjectAfter(v, t0q, true);
                        } else {
                            prev = subjectBefore(v, lastFrom - 1);
                            // "…," says Mr Gupta.
                            if (!prev.found() && !prev.generic && !hasLex(v, Bit::objectVerbs) && v > lastFrom
                                && (m_toks[size_t(v - 1)].quote >= 0 || (!isWord(v - 1) && ch(v - 1) == u',')))
                                prev = subjectAfter(v, t0q, true);
                        }
                        break;
                    }
                    for (int r = q - 1; r >= 0 && !prev.found() && !prev.generic && m_candTok0[size_t(r)] >= lastFrom; --r) {
                        if (keep[size_t(r)])
                            prev = speakers[size_t(r)];
                    }
                    if (!prev.found() && !prev.generic) {
                        // "McClaren was relieved to make it through. ¶ "To be fair to Graz, …""
                        const int m = initialPerson(lastFrom, t0q);
                        if (m >= 0)
                            prev.mention = m;
                    }
                    if (prev.found() || prev.generic) {
                        speakers[size_t(q)].mention = prev.mention;
                        speakers[size_t(q)].generic = prev.generic;
                    }
                }
                // c. an attributed quote later in the paragraph, with no one else reported as
                //    speaking in between ("…?" Mr Milburn replied that … "…," he said)
                for (int r = q + 1; r < nq && !speakers[size_t(q)].found() && !speakers[size_t(q)].generic && paraOf(r) == p
                     && m_candTok0[size_t(r)] < m_candTok1[size_t(q)] + kParagraphWindow; ++r) {
                    bool between = false;
                    const int qEndSent = m_toks[size_t(m_candTok1[size_t(q)])].sent;
                    for (int k = m_candTok1[size_t(q)] + 1; k < m_candTok0[size_t(r)] && !between; ++k)
                        between = m_toks[size_t(k)].quote < 0 && m_toks[size_t(k)].sent > qEndSent && verbAt(k);
                    if (between)
                        break;
                    if (keep[size_t(r)] && direct[size_t(r)]) {
                        speakers[size_t(q)].mention = speakers[size_t(r)].mention;
                        speakers[size_t(q)].generic = speakers[size_t(r)].generic;
                        break;
                    }
                }
                // d. a paragraph that only continues the previous speaker's turn
                if (!speakers[size_t(q)].found() && !speakers[size_t(q)].generic && !paraHasVerb && !paraHasPerson
                    && lastSpoken >= 0 && p - endParaOf(lastSpoken) <= 2) {
                    speakers[size_t(q)].mention = speakers[size_t(lastSpoken)].mention;
                    speakers[size_t(q)].generic = speakers[size_t(lastSpoken)].generic;
                }
            }
        }
        if (speakers[size_t(q)].found() || speakers[size_t(q)].generic)
            lastSpoken = q; // an unnamed speaker's turn continues unnamed
    }
    m_quote = -1;

    out.reserve(nq);
    for (int q = 0; q < nq; ++q) {
        if (!keep[size_t(q)])
            continue;
        const Candidate &c = m_cands[size_t(q)];
        QuoteSpan s;
        s.start = c.start;
        s.end = c.end;
        s.markStart = c.markStart;
        s.markEnd = c.markEnd;
        s.kind = full[size_t(q)] ? QuoteKind::Full : QuoteKind::Partial;
        const Speaker &sp = speakers[size_t(q)];
        if (sp.found()) {
            s.speaker = speakerName(sp.mention);
            s.speakerType = m_mentions[size_t(sp.mention)].type;
            s.cueStart = sp.cueS;
            s.cueEnd = sp.cueE;
        }
        out.append(s);
    }
    return out;
}

} // namespace

QList<QuoteSpan> QuoteDetector::detect(const QString &text, const QList<EntitySpan> &entities) const
{
    if (text.isEmpty())
        return {};
    loadWordLists();
    Run run(text, entities);
    return run.detect();
}

int QuoteDetector::version()
{
    return 5; // 2: participles go on with the sentence's subject; "UKIP leader X" is X. 3: "said ORG role, X".
              // 4: "X, ORG's role said". 5: descriptions (the company, the home secretary, one dealer),
              // pronouns by who speaks, turns across paragraphs, titles before the NER's names.
}

} // namespace Dossier
