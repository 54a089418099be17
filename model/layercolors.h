// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRgb>

#include <algorithm>
#include <cmath>

namespace Dossier {

/**
 * The hues of the reader's layers, for a light and a dark background, and how strongly each tints
 * the background. The reader (ArticleHighlighter) and the report exports (HTML, PDF) both take
 * them from here, so a quote or a tag looks the same in the app and in the report.
 */
struct LayerHue
{
    QRgb light;
    QRgb dark;
    qreal lightAmount; ///< how much of the hue over a light background
    qreal darkAmount;
};

namespace LayerColors {
inline constexpr LayerHue person{0x2f6fde, 0x5b8fff, 0.24, 0.40};
inline constexpr LayerHue organisation{0x9b4fd6, 0xb47cff, 0.24, 0.40};
inline constexpr LayerHue location{0x1e9e4a, 0x3fcf72, 0.24, 0.36};
inline constexpr LayerHue date{0xe07b12, 0xffa040, 0.26, 0.36};
inline constexpr LayerHue quote{0xf0c800, 0xc8a800, 0.22, 0.16};
inline constexpr LayerHue speaker{0xc0392b, 0xff7b6b, 1.0, 1.0};     ///< an underline, not a tint
inline constexpr LayerHue annotation{0x008c8c, 0x40d0d0, 1.0, 1.0};  ///< the legend's underline
/** An annotation's tint of its tag colour: single, and where annotations overlap. */
inline constexpr qreal annotationLight = 0.22, annotationDark = 0.35;
inline constexpr qreal overlapLight = 0.34, overlapDark = 0.5;

/** `tint` laid over `base` by `amount` (0: base, 1: tint). */
inline QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

/** The background a tint layer gives over `background`. */
inline QColor tinted(const QColor &background, const LayerHue &hue, bool dark)
{
    return blend(background, QColor::fromRgb(dark ? hue.dark : hue.light), dark ? hue.darkAmount : hue.lightAmount);
}

/** WCAG 2 relative luminance of a colour (sRGB). */
inline double luminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

/** WCAG 2 contrast ratio of two colours: 1 (none) to 21 (black on white). */
inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** WCAG AA: normal text needs 4.5:1 against its background, graphics such as an underline 3:1. */
inline constexpr double textContrast = 4.5;
inline constexpr double graphicContrast = 3.0;

/**
 * `color`, darkened (over light backgrounds) or lightened (over dark ones) just enough to reach
 * `ratio` against every one of `backgrounds`; as it is when it already does.
 */
inline QColor readable(const QColor &color, const QList<QColor> &backgrounds, bool dark, double ratio = textContrast)
{
    const auto worst = [&](const QColor &c) {
        double w = 21;
        for (const QColor &b : backgrounds)
            w = std::min(w, contrast(c, b));
        return w;
    };
    QColor c = color;
    for (int step = 1; step <= 20 && worst(c) < ratio; ++step)
        c = blend(color, dark ? QColor(Qt::white) : QColor(Qt::black), step / 20.0);
    return c;
}
} // namespace LayerColors

} // namespace Dossier
