// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerlegend.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace Dossier {

namespace {

qsizetype slot(LayerLegend::Layer layer)
{
    const auto &all = LayerLegend::layers;
    return std::find(all.begin(), all.end(), layer) - all.begin();
}

} // namespace

LayerLegend::LayerLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 4, 24, 4);
    layout->setSpacing(14);
    for (size_t i = 0; i < layers.size(); ++i) {
        const Layer layer = layers[i];
        auto *box = new QCheckBox(ArticleHighlighter::layerLabel(layer), this);
        box->setChecked(true);
        box->setObjectName(QStringLiteral("layer-") + ArticleHighlighter::layerKey(layer));
        box->setToolTip(tr("Show or hide the %1 highlighting").arg(ArticleHighlighter::layerLabel(layer)));
        connect(box, &QCheckBox::toggled, this, [this, layer](bool on) { Q_EMIT layerToggled(layer, on); });
        layout->addWidget(box);
        m_boxes[i] = box;
    }
    layout->addStretch(1);
    setAccessibleName(tr("Highlight layers"));
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
