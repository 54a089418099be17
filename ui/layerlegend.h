// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlehighlighter.h"

#include <QWidget>

#include <array>

class QCheckBox;

namespace Dossier {

/** Check boxes in a row (or rows, when narrow), one per highlight layer, each with a swatch of the
    layer's colour. */
class LayerLegend final : public QWidget
{
    Q_OBJECT

public:
    using Layer = ArticleHighlighter::Layer;
    /** The layers the legend shows, in order (annotations have their tags' colours: their swatch
        is the layer's dashed underline). */
    static constexpr std::array<Layer, 7> layers = {Layer::Person, Layer::Organisation, Layer::Location, Layer::Date,
                                                    Layer::Quote,  Layer::Speaker,      Layer::Annotations};

    explicit LayerLegend(QWidget *parent = nullptr);

    /** Redraws the swatches from the highlighter's current layer formats. */
    void updateSwatches(const ArticleHighlighter &highlighter);
    void setLayerChecked(Layer layer, bool checked);
    bool isLayerChecked(Layer layer) const;
    QCheckBox *checkBox(Layer layer) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void layerToggled(Dossier::ArticleHighlighter::Layer layer, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /** Lays the boxes out in rows `width` wide (with `apply`) and returns the height they take. */
    int place(int width, bool apply) const;

    std::array<QCheckBox *, layers.size()> m_boxes{};
};

} // namespace Dossier
