// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "nerfeatures.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Dossier {

/**
 * Finds people, organisations and places (and, by rule, dates) in English news text.
 *
 * The names come from an averaged perceptron over hashed features (nerfeatures.h), tagging each
 * sentence greedily left to right in BIO labels; only tokens that can be part of a name (capitalised
 * words and the connectors between them) are classified. Then a document-level pass makes the
 * mentions agree: a surface form takes its majority type everywhere in the text, and a lone first or
 * last name of a person named in full elsewhere is that person. Titles (Mr, President) and possessive
 * 's are never part of a span. Dates come from DateTagger.
 */
class NerTagger
{
public:
    NerTagger();

    /** The model compiled into the application, loaded once on first use (thread-safe). */
    static const NerTagger &builtin();

    /** Loads a model written by serialize(); on failure returns false, says why in *error and the
     *  tagger is invalid. */
    bool load(const QByteArray &data, QString *error);
    bool isValid() const { return m_valid; }

    /** Entity spans in UTF-16 offsets, sorted and non-overlapping. Empty when the model is invalid
     *  (dates are still found). Const and safe to call from several threads at once. */
    QList<EntitySpan> tag(const QString &text) const;

    /** Off only to measure what the document-level pass adds. */
    void setDocumentConsistency(bool on) { m_documentConsistency = on; }

    /** Bumped whenever the model or the features change, so stored results can be redone. */
    static int version();

    /** The model file: weights of 2^bits rows by Ner::LabelCount labels, and the gazetteer. */
    static QByteArray serialize(int bits, const std::vector<qint16> &weights, const Ner::Gazetteer &gazetteer,
                                const Ner::Vocabulary &vocabulary);

private:
    /** Rows of Ner::LabelCount labels, packed (18 bytes) rather than padded to a power of two: the
     *  table is read at random, and the smaller it is the more of it stays in the cache. Shared by copies. */
    static constexpr int RowStride = Ner::LabelCount;
    std::shared_ptr<const qint16[]> m_rows;
    int m_bits = 0;
    Ner::Gazetteer m_gazetteer;
    Ner::Vocabulary m_vocabulary;
    bool m_valid = false;
    bool m_documentConsistency = true;
};

} // namespace Dossier
