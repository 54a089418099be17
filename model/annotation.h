// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Dossier {

/** A claim's verdict, as the fact-checker has it. Stored as its number: never renumber. */
enum class ClaimStatus { Unverified = 0, Checking = 1, True = 2, False = 3, Misleading = 4, Unverifiable = 5 };
inline constexpr int claimStatusCount = 6;

/** Where an anchored row stands after the article's text changed. Stored as its number. */
enum class AnchorState { Ok = 0, Moved = 1, Orphaned = 2 };

/** A codebook entry. `parent` 0: a top-level tag. */
struct Tag
{
    qint64 id = 0;
    qint64 parent = 0;
    QString name;
    QString color = QStringLiteral("#cc3333"); ///< #rrggbb
    QString description;
    QString shortcut; ///< QKeySequence::PortableText; empty: none
    int position = 0; ///< order among its siblings

    bool operator==(const Tag &) const = default;
};

/**
 * A span of an article's body, kept so it can be re-found: UTF-16 offsets (half-open), a
 * text-quote selector (the exact text and up to `contextLength` characters either side) and the
 * SHA-256 of the body it was made on.
 */
struct TextAnchor
{
    int start = 0;
    int end = 0;
    QString exact;
    QString prefix;
    QString suffix;
    QByteArray bodySha256;
    AnchorState state = AnchorState::Ok;

    static constexpr int contextLength = 32;

    /** The anchor of [start, end) in `body` (clamped to the body). */
    static TextAnchor make(const QString &body, int start, int end);
    static QByteArray bodyHash(const QString &body);

    bool operator==(const TextAnchor &) const = default;
};

/** A claim's evidence: a link (URL, or another article's path) with a short note. */
struct Evidence
{
    QString url;
    QString note;

    bool operator==(const Evidence &) const = default;
};

/** A tagged span: the analyst's annotation, optionally a claim. */
struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    TextAnchor anchor;
    QList<qint64> tags; ///< tag ids, ascending
    QString note;
    std::optional<ClaimStatus> claim; ///< set: the span is a claim
    qint64 claimant = 0;              ///< entity id; 0 none
    QList<Evidence> evidence;
    QString author;
    QDateTime created; ///< UTC
    QDateTime modified;

    bool isClaim() const { return claim.has_value(); }
    bool operator==(const Annotation &) const = default;
};

/** The note on a whole article. */
struct ArticleNote
{
    qint64 articleId = 0;
    QString note;
    QDateTime modified;

    bool operator==(const ArticleNote &) const = default;
};

/** The analyst's word on a quote: confirms or rejects a detected one (perhaps correcting its span
    or speaker), or adds one the detector missed (`detectedStart` -1). */
struct QuoteReview
{
    enum Status { Confirmed = 1, Rejected = 2 };

    qint64 id = 0;
    qint64 articleId = 0;
    int detectedStart = -1; ///< the detected quote this reviews; -1: added by the analyst
    int detectedEnd = -1;
    TextAnchor anchor;      ///< the quote as the analyst has it
    Status status = Confirmed;
    int kind = 0;                   ///< 0 full, 1 partial
    std::optional<QString> speaker; ///< unset: the detector's speaker
    qint64 speakerEntity = 0;
    QDateTime modified;

    bool isAdded() const { return detectedStart < 0; }
    bool operator==(const QuoteReview &) const = default;
};

QString claimStatusName(ClaimStatus status);      ///< for exports: "unverified", "checking", …
QString claimStatusLabel(ClaimStatus status);     ///< translated, for the GUI
std::optional<ClaimStatus> claimStatusFromName(const QString &name);
QString anchorStateName(AnchorState state);       ///< "ok", "moved", "orphaned"
/** Every tag's name with its parents', "Parent/Child", by id (a cycle in a damaged codebook ends
    the path where it closes). */
QHash<qint64, QString> tagPaths(const QList<Tag> &tags);

} // namespace Dossier
