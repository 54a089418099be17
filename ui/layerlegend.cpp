// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerlegend.h"

#include <QCheckBox>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace Dossier {

namespace {

constexpr int kMarginX = 24, kMarginY = 4, kSpacingX = 14, kSpacingY = 4;

qsizetype slot(LayerLegend::Layer layer)
{
    const auto &all = LayerLegend::layers;
    return std::find(all.begin(), all.end(), layer) - all.begin();
}

} // namespace

LayerLegend::LayerLegend(QWidget *parent)
    : QWidget(parent)
{
    // One row when there is room, more when the reader is narrow (a long language's labels would
    // otherwise set the window's least width). Its height follows its width (resizeEvent()).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    for (size_t i = 0; i < layers.size(); ++i) {
        const Layer layer = layers[i];
        auto *box = new QCheckBox(ArticleHighlighter::layerLabel(layer), this);
        box->setChecked(true);
        box->setObjectName(QStringLiteral("layer-") + ArticleHighlighter::layerKey(layer));
        box->setToolTip(tr("Show or hide the %1 highlighting").arg(ArticleHighlighter::layerLabel(layer)));
        connect(box, &QCheckBox::toggled, this, [this, layer](bool on) { Q_EMIT layerToggled(layer, on); });
        m_boxes[i] = box;
    }
    setAccessibleName(tr("Highlight layers"));
}

QSize LayerLegend::sizeHint() const
{
    int w = 2 * kMarginX - kSpacingX, h = 0;
    for (const QCheckBox *b : m_boxes) {
        w += b->sizeHint().width() + kSpacingX;
        h = std::max(h, b->sizeHint().height());
    }
    return {w, h + 2 * kMarginY};
}

QSize LayerLegend::minimumSizeHint() const
{
    int w = 0, h = 0;
    for (const QCheckBox *b : m_boxes) {
        w = std::max(w, b->sizeHint().width());
        h = std::max(h, b->sizeHint().height());
    }
    return {w + 2 * kMarginX, h + 2 * kMarginY};
}

void LayerLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int needed = place(width(), true);
    if (needed != height())
        setFixedHeight(needed); // a row more or less: the reader lays out again
}

int LayerLegend::place(int width, bool apply) const
{
    int x = kMarginX, y = kMarginY, row = 0;
    for (QCheckBox *b : m_boxes) {
        const QSize s = b->sizeHint();
        if (x > kMarginX && x + s.width() > width - kMarginX) {
            x = kMarginX;
            y += row + kSpacingY;
            row = 0;
        }
        if (apply)
            b->setGeometry(x, y, s.width(), s.height());
        x += s.width() + kSpacingX;
        row = std::max(row, s.height());
    }
    return y + row + kMarginY;
}

void LayerLegend::updateSwatches(const ArticleHighlighter &highlighter)
{
    const int size = fontMetrics().height();
    const qreal dpr = devicePixelRatioF();
    for (size_t i = 0; i < layers.size(); ++i) {
        const Layer layer = layers[i];
        const QTextCharFormat f = highlighter.layerFormat(layer);
        QPixmap pixmap(QSize(size, size) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(1, 1, size - 2, size - 2);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(f.hasProperty(QTextFormat::BackgroundBrush) ? f.background() : palette().brush(QPalette::Base));
        p.drawRoundedRect(r, 3, 3);
        if (f.underlineStyle() != QTextCharFormat::NoUnderline) {
            p.setPen(QPen(f.underlineColor(), 2.5));
            p.drawLine(QPointF(r.left() + 2, r.bottom() - 3), QPointF(r.right() - 2, r.bottom() - 3));
        }
        p.end();
        m_boxes[i]->setIcon(QIcon(pixmap));
    }
    const int needed = place(width(), true);
    if (needed != height())
        setFixedHeight(needed);
}

void LayerLegend::setLayerChecked(Layer layer, bool checked)
{
    if (QCheckBox *box = checkBox(layer))
        box->setChecked(checked);
}

bool LayerLegend::isLayerChecked(Layer layer) const
{
    const QCheckBox *box = checkBox(layer);
    return box && box->isChecked();
}

QCheckBox *LayerLegend::checkBox(Layer layer) const
{
    const qsizetype i = slot(layer);
    return i < qsizetype(m_boxes.size()) ? m_boxes[size_t(i)] : nullptr;
}

} // namespace Dossier
