// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading CoNLL-format NER files (CoNLL-2003: "WORD POS CHUNK TAG", IOB2; wikigold: "WORD TAG", IOB1)
// for the training and evaluation programs.

#include "nerfeatures.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace NerBench {

struct Sentence
{
    QStringList words;
    QList<int> labels; // Dossier::Ner::Label
};

struct Document
{
    QList<Sentence> sentences;
};

struct GoldSpan
{
    int first; // token index in the sentence
    int last;
    int type; // Dossier::Ner::Type
};

inline QList<GoldSpan> spansOf(const QList<int> &labels)
{
    using namespace Dossier::Ner;
    QList<GoldSpan> out;
    for (int i = 0; i < labels.size(); ++i) {
        const int l = labels[i];
        if (l == O)
            continue;
        if (isInside(l) && !out.isEmpty() && out.last().last == i - 1 && out.last().type == labelType(l))
            out.last().last = i;
        else
            out.append(GoldSpan{i, i, labelType(l)});
    }
    return out;
}

// A CoNLL-2003 dateline ("BRUSSELS 1996-08-22"): the sentence after a document's headline. The copy
// we have lost its -DOCSTART- lines, so documents are found again from these.
inline bool isDateline(const Sentence &s)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return s.words.size() >= 2 && s.words.size() <= 8 && date.match(s.words.last()).hasMatch()
        && s.words.first() == s.words.first().toUpper();
}

/** Reads a file into documents. MISC becomes O when keepMisc is false. */
inline QList<Document> readConll(const QString &path, bool keepMisc, QString *error)
{
    using namespace Dossier::Ner;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = f.errorString();
        return {};
    }
    QList<Document> docs;
    QList<Sentence> sentences;
    QList<bool> docStarts;
    Sentence cur;
    bool nextStartsDoc = true;
    bool sawDocstart = false;
    auto flush = [&] {
        if (!cur.words.isEmpty()) {
            sentences.append(cur);
            docStarts.append(nextStartsDoc);
            nextStartsDoc = false;
        }
        cur = Sentence();
    };
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.first() == QLatin1String("-DOCSTART-")) {
            flush();
            nextStartsDoc = true;
            sawDocstart = true;
            continue;
        }
        const QString tag = parts.last();
        int label = O;
        if (tag != QLatin1String("O") && tag.size() > 2) {
            const QString t = tag.mid(2);
            int type = t == QLatin1String("PER") ? Per : t == QLatin1String("ORG") ? Org
                : t == QLatin1String("LOC")                                         ? Loc
                                                                                    : Misc;
            if (type == Misc && !keepMisc) {
                label = O;
            } else {
                const bool begin = tag.startsWith(QLatin1String("B-"));
                const int prev = cur.labels.isEmpty() ? O : cur.labels.last();
                // IOB1: I- after something else begins an entity.
                if (begin || prev == O || labelType(prev) != type)
                    label = beginLabel(type);
                else
                    label = insideLabel(type);
            }
        }
        cur.words.append(parts.first());
        cur.labels.append(label);
    }
    flush();
    if (!sawDocstart) {
        for (int i = 1; i < sentences.size(); ++i) {
            if (isDateline(sentences[i]))
                docStarts[i - 1] = true;
        }
    }
    for (int i = 0; i < sentences.size(); ++i) {
        if (docStarts[i] || docs.isEmpty())
            docs.append(Document());
        docs.last().sentences.append(sentences[i]);
    }
    return docs;
}

} // namespace NerBench
