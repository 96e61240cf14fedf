"""The image viewer: zoom, pan, window/level, invert, heatmap overlay with opacity, marks and legend, the patient overlay.

Window/level is in the file's own units (engine.image.display): a DICOM's modality values with its window presets and VOI
LUTs, a PNG / JPEG's stored values (0-255, 0-65535).  The preset box names what is on screen -- "Custom" once the
window is dragged.  Zoom is about the cursor (wheel) or the centre (buttons, keys), its percentage is shown, and an
image shown more than twice its size says it is low resolution.  The corner overlay names the patient, the study and
the file (RadiAnt / Weasis style, toggled with Ctrl+T)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.views.typing_guard import StillComboBox, no_keyboard_focus
from engine.image.display import DisplayData, Window, overlay_corners
from engine.image.heatmap import COLOUR_MAPS, DEFAULT_COLOUR_MAP, colorize, overlay
from engine.records.wording import QT_TRANSLATE_NOOP, fill

#: Window/level presets of a PNG / JPEG / TIFF, as (level, width) fractions of its stored range.
#: The names are keys (the box's item data); the box shows them in the interface's language.
PRESETS = {
    QT_TRANSLATE_NOOP("ViewerPanel", "Full range"): (0.5, 1.0),
    QT_TRANSLATE_NOOP("ViewerPanel", "Soft contrast"): (0.5, 0.8),
    QT_TRANSLATE_NOOP("ViewerPanel", "High contrast"): (0.5, 0.5),
    QT_TRANSLATE_NOOP("ViewerPanel", "Lungs (dark)"): (0.35, 0.6),
    QT_TRANSLATE_NOOP("ViewerPanel", "Mediastinum (bright)"): (0.65, 0.6),
}
CUSTOM = QT_TRANSLATE_NOOP("ViewerPanel", "Custom")
MIN_MAX = QT_TRANSLATE_NOOP("ViewerPanel", "Image min\u2013max")
LUT_PREFIX = "VOI LUT: "
#: the preset names the app gives (a file's own windows are named by the file)
OWN_NAMES = {*PRESETS, CUSTOM, MIN_MAX}
#: Shown larger than this many screen pixels per image pixel, an image says it is low resolution.
LOW_RES_ZOOM = 2.0
#: An image with no display data of its own (a caller that passes bare pixels): the [0, 1] scale.
UNIT_SCALE = DisplayData(values=None, scale=1.0, value_range=(0.0, 1.0))


def to_qimage(rgb: np.ndarray) -> QImage:
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w, _ = rgb.shape
    img = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return img.copy()  # own the buffer


class ImageView(QGraphicsView):
    """Wheel zooms at the cursor; left drag pans; right drag sets window (x) and level (y)."""

    window_dragged = Signal(float, float)  # d_width, d_level
    zoom_changed = Signal(float)  # screen pixels per image pixel

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor(20, 20, 20))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._wl_origin: QPointF | None = None
        self.fit_mode = True

    def set_pixmap(self, pm: QPixmap, keep_view: bool) -> None:
        self.item.setPixmap(pm)
        self.scene().setSceneRect(QRectF(pm.rect()))
        if not keep_view or self.fit_mode:
            self.fit()

    def zoom_factor(self) -> float:
        return float(self.transform().m11())

    def fit(self) -> None:
        self.fit_mode = True
        if not self.item.pixmap().isNull():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom_factor())

    def actual_size(self) -> None:
        self.fit_mode = False
        self.resetTransform()
        self.zoom_changed.emit(self.zoom_factor())

    def zoom(self, factor: float, at_cursor: bool = False) -> None:
        """Zoom by ``factor`` about the view's centre (buttons, keys) or the cursor (the wheel)."""
        self.fit_mode = False
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse if at_cursor
                                     else QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(self.zoom_factor())

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8, at_cursor=True)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fit_mode:
            self.fit()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self._wl_origin = event.position()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._wl_origin is not None:
            d = event.position() - self._wl_origin
            self._wl_origin = event.position()
            self.window_dragged.emit(d.x() / 400.0, -d.y() / 400.0)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self._wl_origin = None
            event.accept()
            return
        super().mouseReleaseEvent(event)


class ColourLegendWidget(QWidget):
    """The heatmap colour scale, labelled low/high influence, with the overlay's opacity."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.opacity = 0.45
        self.set_colour_map(DEFAULT_COLOUR_MAP)

    def set_colour_map(self, name: str) -> None:
        self.cmap = name
        # the overlay tints with the upper half of the map (engine.image.heatmap.overlay): the legend shows that half
        ramp = colorize(0.5 + 0.5 * np.linspace(0, 1, 256, dtype=np.float32)[None, :], name)[0]
        self.stops = [QColor(int(r), int(g), int(b)) for r, g, b in ramp[::32]] + [QColor(*map(int, ramp[-1]))]
        self.update()

    def set_opacity(self, opacity: float) -> None:
        self.opacity = opacity
        self.update()

    def caption(self) -> tuple[str, str, str]:
        return (self.tr("weak"), fill(self.tr("opacity %1"), f"{self.opacity:.0%}"), self.tr("strong"))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - room for the three words side by side, in any language
        low, mid, high = self.caption()
        fm = self.fontMetrics()
        side = max(fm.horizontalAdvance(low), fm.horizontalAdvance(high))
        return QSize(max(180, 2 * side + fm.horizontalAdvance(mid.replace("100", "00")) + 24), 34)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        r = self.rect().adjusted(2, 2, -2, -18)
        grad = QLinearGradient(r.left(), 0, r.right(), 0)
        for i, c in enumerate(self.stops):
            grad.setColorAt(i / (len(self.stops) - 1), c)
        p.fillRect(r, grad)
        p.setPen(self.palette().windowText().color())
        low, mid, high = self.caption()
        w = float(self.width())
        side = float(max(p.fontMetrics().horizontalAdvance(low), p.fontMetrics().horizontalAdvance(high)) + 4)
        p.drawText(QRectF(2, r.bottom() + 2, side, 16), Qt.AlignmentFlag.AlignLeft, low)
        p.drawText(QRectF(side, r.bottom() + 2, w - 2 * side, 16), Qt.AlignmentFlag.AlignCenter, mid)
        p.drawText(QRectF(w - side - 2, r.bottom() + 2, side, 16), Qt.AlignmentFlag.AlignRight, high)
        p.end()


class CornerOverlay(QObject):
    """Text in the four corners of the image view and the orientation markers at its sides; passes every click
    through to the image."""

    STYLE = ("color: #f2f2f2; background: rgba(0, 0, 0, 140); padding: 2px 4px; font-size: 12px;")

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.labels: dict[str, QLabel] = {}
        for name in ("top_left", "top_right", "bottom_left", "bottom_right", "left", "right"):
            lab = QLabel(view.viewport())
            lab.setObjectName(f"overlay_{name}")
            lab.setStyleSheet(self.STYLE + ("font-size: 16px; font-weight: bold;" if name in ("left", "right") else ""))
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setAlignment(Qt.AlignmentFlag.AlignRight if name.endswith("right") else Qt.AlignmentFlag.AlignLeft)
            lab.hide()
            self.labels[name] = lab
        self.enabled = True
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def set_text(self, name: str, lines: list[str], warn: bool = False, always: bool = False) -> None:
        """``always``: shown even while the overlay is off (the low-resolution warning)."""
        lab = self.labels[name]
        lab.setProperty("always", always)
        lab.setText("\n".join(lines))
        lab.setStyleSheet(self.STYLE + ("color: #ffb347; font-weight: bold;" if warn else "")
                          + ("font-size: 16px; font-weight: bold;" if name in ("left", "right") else ""))
        lab.adjustSize()
        lab.setVisible((self.enabled or always) and bool(lines))
        self.place()

    def text(self, name: str) -> str:
        return self.labels[name].text() if self.labels[name].isVisible() else ""

    def set_enabled(self, on: bool) -> None:
        """Hide (or show again) every corner but the warnings set ``always``."""
        self.enabled = on
        for lab in self.labels.values():
            lab.setVisible((on or bool(lab.property("always"))) and bool(lab.text()))
        self.place()

    def clear(self) -> None:
        for lab in self.labels.values():
            lab.setText("")
            lab.hide()

    def place(self) -> None:
        w, h, m = self.view.viewport().width(), self.view.viewport().height(), 6
        for name, lab in self.labels.items():
            lab.adjustSize()
            x = {"top_left": m, "bottom_left": m, "left": m}.get(name, w - lab.width() - m)
            y = {"top_left": m, "top_right": m}.get(name, h - lab.height() - m)
            if name in ("left", "right"):
                y = (h - lab.height()) // 2
            lab.move(max(0, x), max(0, y))


class ViewerPanel(QWidget):
    """Shows one radiograph with optional heatmap overlay and its patient overlay."""

    EMPTY_TEXT = QT_TRANSLATE_NOOP("ViewerPanel", "Open files or a folder (File menu, or drag them here).")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pixels: np.ndarray | None = None
        self.heatmap: np.ndarray | None = None
        self.display: DisplayData = UNIT_SCALE
        self.level, self.width = PRESETS["Full range"]
        self.function = "LINEAR_EXACT"
        self.lut = None  # engine.image.display.VoiLut in force, or None (a window is)
        self.inverted = False
        self._last_rgb: np.ndarray | None = None
        self._presets: dict[str, object] = {}
        self._filling = False
        self._corner_text: tuple[list[str], list[str], list[str]] = ([], [], [])
        self._wl_text = ""

        self.view = ImageView(self)
        self.view.window_dragged.connect(self._on_window_drag)
        self.view.zoom_changed.connect(self._update_status_corner)
        self.overlay = CornerOverlay(self.view)
        self.placeholder = QLabel(self.tr(self.EMPTY_TEXT), self.view)
        self.placeholder.setStyleSheet("color: #bbb; font-size: 14px;")
        self.placeholder.setWordWrap(True)
        self.placeholder.move(20, 20)
        self.placeholder.resize(520, 120)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.heatmap_check = QCheckBox(self.tr("Heatmap"))
        self.heatmap_check.setChecked(True)
        self.heatmap_check.setToolTip(self.tr("Show where hiding part of the image lowered the pneumonia score: the tint grows "
                                      "with that evidence, the cyan outline surrounds strong evidence, the cyan ring "
                                      "marks the strongest. It is not an outline of disease (Ctrl+H)"))
        self.heatmap_status = QLabel("")
        self.heatmap_status.setObjectName("heatmap_status")
        # takes the room the bar has left: never widens the window (1366 x 768 and 1920 x 1080 at 150 %)
        self.heatmap_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heatmap_check.toggled.connect(self.render)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(45)
        self.opacity.setFixedWidth(80)
        self.opacity.setToolTip(self.tr("Heatmap opacity"))
        self.opacity.valueChanged.connect(self.render)
        self.legend = ColourLegendWidget()
        self.legend.setToolTip(self.tr("Heatmap colours, on one scale for every image: full colour = as much evidence as the "
                               "strongest 1 % of pneumonia evidence on the model's validation images; weak evidence "
                               "fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles)."))
        self.opacity.valueChanged.connect(lambda v: self.legend.set_opacity(v / 100.0))
        self.colour_map = StillComboBox()
        self.colour_map.addItems(list(COLOUR_MAPS))
        self.colour_map.setCurrentText(DEFAULT_COLOUR_MAP)
        self.colour_map.setToolTip(self.tr("Heatmap colour map: inferno and cividis are perceptually uniform and legible with "
                                   "colour-vision deficiency; turbo is the rainbow map"))
        self.colour_map.currentTextChanged.connect(self._on_colour_map)
        self.keep_wl = QCheckBox(self.tr("Keep"))
        self.keep_wl.setToolTip(self.tr("Keep this window/level when moving to the next image (of the same kind of file)"))
        self.preset = StillComboBox()
        self.preset.setToolTip(fill(self.tr("Window/level: the file's own presets and VOI LUTs first (right-drag on the "
                                            "image to adjust; the box then says %1)"), self.tr(CUSTOM)))
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(9)  # narrow: the viewer must fit beside both panels at 1280 px
        self.preset.currentIndexChanged.connect(lambda i: self.apply_preset(str(self.preset.itemData(i) or "")))
        self.invert_check = QCheckBox(self.tr("Invert"))
        self.invert_check.toggled.connect(self._on_invert)
        self.overlay_check = QCheckBox(self.tr("Overlay"))
        self.overlay_check.setChecked(True)
        self.overlay_check.setToolTip(self.tr("Patient, study and file in the image's corners (Ctrl+T)"))
        self.overlay_check.toggled.connect(self._on_overlay)
        self.wl_label = QLabel()
        self.wl_label.setMaximumWidth(150)  # a long VOI LUT name never widens the viewer (the tooltip has it whole)
        self.zoom_label = QLabel()
        self.zoom_label.setToolTip(self.tr("Zoom: screen pixels per image pixel"))
        buttons = []
        for text, tip, slot in ((self.tr("Fit"), self.tr("Fit to window (Ctrl+0)"), self.view.fit),
                                ("1:1", self.tr("Actual pixels (Ctrl+1)"), self.view.actual_size),
                                ("+", self.tr("Zoom in about the centre (Ctrl++; the wheel zooms about the cursor)"),
                                 lambda: self.view.zoom(1.25)),
                                ("\u2212", self.tr("Zoom out (Ctrl+-)"), lambda: self.view.zoom(0.8))):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            buttons.append(b)

        self.invert_check.setToolTip(self.tr("Invert the grey levels (Ctrl+I)"))
        # typing lands nowhere here: the space bar toggles no check box, letters move no combo box
        no_keyboard_focus(self.heatmap_check, self.keep_wl, self.invert_check, self.overlay_check, self.opacity,
                          *buttons)
        # two rows, so the viewer never forces the window wider than a 1280-px (150 %) screen
        image_bar = QHBoxLayout()
        for b in buttons:
            image_bar.addWidget(b)
        image_bar.addWidget(self.zoom_label)
        image_bar.addSpacing(6)
        image_bar.addWidget(self.preset)
        image_bar.addWidget(self.wl_label)
        image_bar.addWidget(self.keep_wl)
        image_bar.addWidget(self.invert_check)
        image_bar.addStretch(1)
        heat_bar = QHBoxLayout()
        heat_bar.addWidget(self.heatmap_check)
        heat_bar.addWidget(self.colour_map)
        heat_bar.addWidget(QLabel(self.tr("opacity")))
        heat_bar.addWidget(self.opacity)
        heat_bar.addWidget(self.legend)
        heat_bar.addWidget(self.heatmap_status)
        heat_bar.addWidget(self.overlay_check)
        heat_bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(image_bar)
        lay.addLayout(heat_bar)
        self._fill_presets()
        self._update_wl_label()

    # ------------------------------------------------------------------ state
    def set_image(self, pixels: np.ndarray | None, heatmap: np.ndarray | None = None, keep_window: bool = False,
                  message: str | None = None, image=None) -> None:
        """Show ``pixels`` (None: nothing, with ``message`` in place of the image, e.g. why it cannot be read);
        ``image`` (an engine.image.io.XrayImage read with display=True) gives the file's units, presets and overlay."""
        new_image = pixels is not self.pixels
        self.pixels = pixels
        self.heatmap = heatmap
        self.placeholder.setText(message or self.tr(self.EMPTY_TEXT))
        self.placeholder.setFixedWidth(max(200, self.view.width() - 40))
        self.placeholder.adjustSize()
        self.placeholder.setStyleSheet(f"color: {'#f0a040' if message else '#bbb'}; font-size: 14px;")
        self.placeholder.setVisible(pixels is None)
        if new_image:
            display = getattr(image, "display", None) or UNIT_SCALE
            same_units = display.value_range == self.display.value_range and display.units == self.display.units
            self.display = display
            keep = (keep_window or self.keep_wl.isChecked()) and same_units and self.lut is None
            self._fill_presets(keep)
            self._set_corners(image)
        self.render(keep_view=not new_image)

    def _set_corners(self, image) -> None:
        if self.pixels is None or image is None:
            self._corner_text = ([], [], [])
            self.overlay.clear()
            return
        ident = self.display.identity if self.display is not UNIT_SCALE else {}
        tl, tr, bl = overlay_corners(image.path, image.source_format, image.metadata, ident, QCoreApplication.translate,
                                     i18n.isolate)
        h, w = self.pixels.shape
        self._corner_text = (tl, tr, bl + [f"{w} \u00d7 {h} px"])
        self.overlay.set_text("top_left", self._corner_text[0])
        self.overlay.set_text("top_right", self._corner_text[1])
        self.overlay.set_text("bottom_left", self._corner_text[2])
        left, right = self.display.laterality_markers()
        self.overlay.set_text("left", [left] if left else [])
        self.overlay.set_text("right", [right] if right else [])
        self._update_status_corner()

    def overlay_text(self) -> str:
        """Everything the overlay shows now (for tests and screenshots' captions)."""
        return "\n".join(t for t in (self.overlay.text(n) for n in self.overlay.labels) if t)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # the in-place message wraps within the view, however long the reason
        self.placeholder.setFixedWidth(max(200, self.view.width() - 40))
        self.placeholder.adjustSize()

    def set_heatmap(self, heatmap: np.ndarray | None) -> None:
        self.heatmap = heatmap
        self.render(keep_view=True)

    def set_heatmap_status(self, text: str) -> None:
        """Beside the heatmap box: "making the heatmap..." while it is made, why there is none, or nothing."""
        self.heatmap_status.setText(text)

    # ------------------------------------------------------------------ window / level
    def _fill_presets(self, keep: bool = False) -> None:
        """The preset box for the image now shown: the file's windows and VOI LUTs, the full and min-max ranges (a
        raster: the usual contrasts of its stored range); the file's own choice is selected unless ``keep``."""
        d = self.display
        presets: dict[str, object] = {}
        for w in d.windows:
            presets[w.name] = w
        for lut in d.luts:
            presets[LUT_PREFIX + lut.name] = lut
        full = d.full_range()
        presets[full.name] = full
        if d.values is None:
            lo, hi = d.value_range
            for name, (lvl, wid) in PRESETS.items():
                presets[name] = Window(name, lo + lvl * (hi - lo), wid * (hi - lo), "LINEAR_EXACT")
        if self.pixels is not None:
            presets[MIN_MAX] = d.min_max(self.pixels)
        presets[CUSTOM] = None
        self._presets = presets
        default = (LUT_PREFIX + d.default if any(x.name == d.default for x in d.luts) else d.default) or full.name
        self._filling = True
        try:
            self.preset.clear()
            for key in presets:
                self.preset.addItem(self.tr(key) if key in OWN_NAMES else key, key)
            self.preset.setCurrentIndex(self.preset.findData(CUSTOM if keep else default))
        finally:
            self._filling = False
        if not keep:
            self.apply_preset(default, render=False)
        self._update_wl_label()

    def preset_names(self) -> list[str]:
        return [str(self.preset.itemData(i)) for i in range(self.preset.count())]

    def apply_preset(self, name: str, render: bool = True) -> None:
        if self._filling:
            return
        p = self._presets.get(name)
        if p is None:  # Custom: what the drag left
            return
        if isinstance(p, Window):
            self.lut = None
            self.level, self.width, self.function = p.centre, p.width, p.function
        else:
            self.lut = p
        self._update_wl_label()
        if render:
            self.render(keep_view=True)

    def set_window(self, level: float, width: float) -> None:
        """A window in the file's units (a drag, or a caller): the preset box says Custom."""
        lo, hi = self.display.value_range
        span = max(hi - lo, 1e-6)
        self.lut = None
        self.level = float(np.clip(level, lo - span, hi + span))
        self.width = float(np.clip(width, span * 0.002, span * 2.0))
        if self.preset.currentData() != CUSTOM:
            self._filling = True
            self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
            self._filling = False
        self._update_wl_label()
        self.render(keep_view=True)

    def _on_colour_map(self, name: str) -> None:
        self.legend.set_colour_map(name)
        self.render(keep_view=True)

    def toggle_heatmap(self) -> None:
        self.heatmap_check.toggle()

    def _on_window_drag(self, d_width: float, d_level: float) -> None:
        lo, hi = self.display.value_range
        span = hi - lo
        if self.lut is not None:  # dragging from a VOI LUT starts from the full range's window
            full = self.display.full_range()
            self.level, self.width, self.function = full.centre, full.width, full.function
        self.set_window(self.level + d_level * span, self.width + d_width * span)

    def _on_invert(self, on: bool) -> None:
        self.inverted = on
        self.render(keep_view=True)

    def _on_overlay(self, on: bool) -> None:
        self.overlay.set_enabled(on)
        self._update_status_corner()

    def _number(self, v: float) -> str:
        span = self.display.value_range[1] - self.display.value_range[0]
        return f"{v:.0f}" if span >= 50 else f"{v:.2f}"

    def _update_wl_label(self) -> None:
        if self.lut is not None:
            text = f"VOI LUT {self.lut.name}"  # DICOM's own terms, like W and L
        else:
            text = f"W {self._number(self.width)} L {self._number(self.level)}"
        if self.display.units:
            text += f" {self.display.units}"
        self._wl_text = text
        self.wl_label.setText(self.wl_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 150))
        self.wl_label.setToolTip(fill(self.tr("%1: window width and level in the file's own units (its modality "
                                              "values)") if self.display.values is not None else
                                      self.tr("%1: window width and level in the file's own units (its stored grey "
                                              "values)"), text))
        self._update_status_corner()

    def _update_status_corner(self, *_args) -> None:
        """Bottom right: window/level and zoom; a low-resolution notice when the image is shown more than 2x."""
        if self.pixels is None:
            self.zoom_label.setText("")
            self.overlay.set_text("bottom_right", [])
            return
        z = self.view.zoom_factor()
        self.zoom_label.setText(f"{z * 100:.0f} %")
        lines = [self._wl_text, fill(self.tr("Zoom %1"), f"{z * 100:.0f} %")]
        low = z > LOW_RES_ZOOM
        if low:
            h, w = self.pixels.shape
            lines += [fill(self.tr("LOW RESOLUTION: %1 \u00d7 %2 px shown at %3\u00d7"), str(w), str(h), i18n.number(z, 1)),
                      self.tr("fine detail is interpolated, not seen")]
        on = self.overlay_check.isChecked()
        self.overlay.set_text("bottom_right", lines if on else lines[2:], warn=low, always=low)
        self.zoom_label.setStyleSheet("color: #b35c00; font-weight: bold;" if low else "")
        self.zoom_label.setToolTip(self.tr("Zoom: screen pixels per image pixel")
                                   + (self.tr(" -- LOW RESOLUTION image") if low else ""))

    def low_resolution(self) -> bool:
        return self.pixels is not None and self.view.zoom_factor() > LOW_RES_ZOOM

    # ------------------------------------------------------------------ rendering
    def rendered(self) -> np.ndarray | None:
        """The RGB image currently displayed (for tests and export)."""
        return self._last_rgb

    def grey(self) -> np.ndarray | None:
        """The grey levels on screen (window/level and inversion applied, no heatmap)."""
        if self.pixels is None:
            return None
        d = self.display
        grey = d.grey_lut(self.lut) if self.lut is not None and d.values is not None else \
            d.grey(self.pixels, self.level, self.width, self.function)
        return 1.0 - grey if self.inverted else grey

    def render(self, *_args, keep_view: bool = True) -> None:
        if self.pixels is None:
            self._last_rgb = None
            self.view.set_pixmap(QPixmap(), keep_view=False)
            self._update_status_corner()
            return
        grey = self.grey()
        show_heat = self.heatmap_check.isChecked() and self.heatmap is not None
        rgb = overlay(grey, self.heatmap if show_heat else None, self.opacity.value() / 100.0,
                      self.colour_map.currentText())
        self._last_rgb = rgb
        self.view.set_pixmap(QPixmap.fromImage(to_qimage(rgb)), keep_view=keep_view)
        self._update_status_corner()
