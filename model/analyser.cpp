// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyser.h"

#include "nertagger.h"
#include "quotedetector.h"

#include <QHash>
#include <QSet>

namespace Dossier {

namespace {

// Bump when canonicalNames() changes: the stored canonical names depend on it.
constexpr int kCanonicalVersion = 1;

QStringList words(const QString &name)
{
    QString n = name;
    n.replace(QChar(0x2019), QLatin1Char('\''));
    if (n.endsWith(QLatin1String("'s")))
        n.chop(2);
    return n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString withoutThe(const QString &name)
{
    QString n = name.simplified();
    if (n.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        n.remove(0, 4);
    return n;
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
    // People named in full here, by each of their words: "Peskov" -> {"Dmitry Peskov"}.
    QHash<QString, QSet<QString>> fullByWord;
    for (const EntitySpan &e : entities) {
        if (e.type != EntityType::Person)
            continue;
        const QStringList w = words(body.mid(e.start, e.length()).simplified());
        if (w.size() < 2)
            continue;
        const QString full = w.join(QLatin1Char(' '));
        fullByWord[w.last().toCaseFolded()].insert(full);
        fullByWord[w.first().toCaseFolded()].insert(full);
    }
    for (const EntitySpan &e : entities) {
        if (e.type == EntityType::Date) {
            names.append(QString());
            continue;
        }
        const QString surface = withoutThe(body.mid(e.start, e.length()));
        QString name = surface;
        if (e.type == EntityType::Person) {
            const QStringList w = words(surface);
            if (w.size() == 1) {
                const QSet<QString> candidates = fullByWord.value(w.first().toCaseFolded());
                if (candidates.size() == 1)
                    name = *candidates.cbegin();
            } else if (!w.isEmpty()) {
                name = w.join(QLatin1Char(' '));
            }
        }
        names.append(name);
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
