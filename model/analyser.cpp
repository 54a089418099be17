// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyser.h"

#include "nertagger.h"
#include "quotedetector.h"

#include <QHash>

namespace Dossier {

namespace {

// Bump when canonicalNames() changes: the stored canonical names depend on it.
constexpr int kCanonicalVersion = 1;

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
        if (w.size() < 2)
            continue;
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
        if (w.size() == 1) {
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

ArticleAnalysis Analyser::analyse(const QString &body)
{
    return analyseQuotes(body, NerTagger::builtin().tag(body));
}

} // namespace Dossier
