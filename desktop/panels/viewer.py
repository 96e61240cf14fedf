"""The image viewer: zoom, pan, window/level, invert, Grad-CAM overlay with opacity and legend."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QLinearGradient, QPainter, QPixmap, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QHBoxLayout,
                               QLabel, QSlider, QToolButton, QVBoxLayout, QWidget)

from engine.heatmap import COLOUR_MAPS, DEFAULT_COLOUR_MAP, colorize, overlay

from desktop.typing_guard import StillComboBox, no_keyboard_focus

#: Window/level presets on the displayed [0, 1] grey scale (after the file's own VOI).
PRESETS = {
    "Full range": (0.5, 1.0),
    "Soft contrast": (0.5, 0.8),
    "High contrast": (0.5, 0.5),
    "Lungs (dark)": (0.35, 0.6),
    "Mediastinum (bright)": (0.65, 0.6),
}


def apply_window(pixels: np.ndarray, level: float, width: float, invert: bool) -> np.ndarray:
    width = max(width, 1e-3)
    out = np.clip((pixels - (level - width / 2)) / width, 0.0, 1.0)
    return 1.0 - out if invert else out


def to_qimage(rgb: np.ndarray) -> QImage:
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w, _ = rgb.shape
    img = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return img.copy()  # own the buffer


class ImageView(QGraphicsView):
    """Wheel zooms at the cursor; left drag pans; right drag sets window (x) and level (y)."""

    window_dragged = Signal(float, float)  # d_width, d_level

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

    def fit(self) -> None:
        self.fit_mode = True
        if not self.item.pixmap().isNull():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self.fit_mode = False
        self.resetTransform()

    def zoom(self, factor: float) -> None:
        self.fit_mode = False
        self.scale(factor, factor)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

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
        self.setMinimumSize(180, 34)
        self.opacity = 0.45
        self.set_colour_map(DEFAULT_COLOUR_MAP)

    def set_colour_map(self, name: str) -> None:
        self.cmap = name
        ramp = colorize(np.linspace(0, 1, 256, dtype=np.float32)[None, :], name)[0]
        self.stops = [QColor(int(r), int(g), int(b)) for r, g, b in ramp[::32]] + [QColor(*map(int, ramp[-1]))]
        self.update()

    def set_opacity(self, opacity: float) -> None:
        self.opacity = opacity
        self.update()

    def caption(self) -> tuple[str, str, str]:
        return "none", f"opacity {self.opacity:.0%}", "strong"

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
        p.drawText(QRectF(2, r.bottom() + 2, w / 4, 16), Qt.AlignmentFlag.AlignLeft, low)
        p.drawText(QRectF(w / 4, r.bottom() + 2, w / 2, 16), Qt.AlignmentFlag.AlignCenter, mid)
        p.drawText(QRectF(w * 3 / 4, r.bottom() + 2, w / 4 - 2, 16), Qt.AlignmentFlag.AlignRight, high)
        p.end()


class ViewerPanel(QWidget):
    """Shows one radiograph with optional Grad-CAM overlay."""

    EMPTY_TEXT = "Open files or a folder (File menu, or drag them here)."

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pixels: np.ndarray | None = None
        self.heatmap: np.ndarray | None = None
        self.level, self.width = PRESETS["Full range"]
        self.inverted = False
        self._last_rgb: np.ndarray | None = None

        self.view = ImageView(self)
        self.view.window_dragged.connect(self._on_window_drag)
        self.placeholder = QLabel(self.EMPTY_TEXT, self.view)
        self.placeholder.setStyleSheet("color: #bbb; font-size: 14px;")
        self.placeholder.setWordWrap(True)
        self.placeholder.move(20, 20)
        self.placeholder.resize(520, 120)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.heatmap_check = QCheckBox("Heatmap")
        self.heatmap_check.setChecked(True)
        self.heatmap_check.setToolTip("Show the Grad-CAM map of the regions that drove the score (Ctrl+H)")
        self.heatmap_check.toggled.connect(self.render)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(45)
        self.opacity.setFixedWidth(80)
        self.opacity.setToolTip("Heatmap opacity")
        self.opacity.valueChanged.connect(self.render)
        self.legend = ColourLegendWidget()
        self.legend.setToolTip("Heatmap colours, on one scale for every image: full colour = as much evidence as the "
                               "strongest 1 % of pneumonia evidence on the model's validation images; weak evidence "
                               "fades out. Shown by default only for PNEUMONIA and indeterminate results (Ctrl+H toggles).")
        self.opacity.valueChanged.connect(lambda v: self.legend.set_opacity(v / 100.0))
        self.colour_map = StillComboBox()
        self.colour_map.addItems(list(COLOUR_MAPS))
        self.colour_map.setCurrentText(DEFAULT_COLOUR_MAP)
        self.colour_map.setToolTip("Heatmap colour map: inferno and cividis are perceptually uniform and legible with "
                                   "colour-vision deficiency; turbo is the rainbow map")
        self.colour_map.currentTextChanged.connect(self._on_colour_map)
        self.keep_wl = QCheckBox("Keep")
        self.keep_wl.setToolTip("Keep this window/level when moving to the next image")
        self.preset = StillComboBox()
        self.preset.addItems(list(PRESETS))
        self.preset.setToolTip("Window/level preset (right-drag on the image to adjust)")
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(9)  # narrow: the viewer must fit beside both panels at 1280 px
        self.preset.currentTextChanged.connect(self.apply_preset)
        self.invert_check = QCheckBox("Invert")
        self.invert_check.toggled.connect(self._on_invert)
        self.wl_label = QLabel()
        buttons = []
        for text, tip, slot in (("Fit", "Fit to window (Ctrl+0)", self.view.fit),
                                ("1:1", "Actual pixels (Ctrl+1)", self.view.actual_size),
                                ("+", "Zoom in (Ctrl++)", lambda: self.view.zoom(1.25)),
                                ("\u2212", "Zoom out (Ctrl+-)", lambda: self.view.zoom(0.8))):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            buttons.append(b)

        self.invert_check.setToolTip("Invert the grey levels (Ctrl+I)")
        # typing lands nowhere here: the space bar toggles no check box, letters move no combo box
        no_keyboard_focus(self.heatmap_check, self.keep_wl, self.invert_check, self.opacity, *buttons)
        # two rows, so the viewer never forces the window wider than a 1280-px (150 %) screen
        image_bar = QHBoxLayout()
        for b in buttons:
            image_bar.addWidget(b)
        image_bar.addSpacing(6)
        image_bar.addWidget(self.preset)
        image_bar.addWidget(self.wl_label)
        image_bar.addWidget(self.keep_wl)
        image_bar.addWidget(self.invert_check)
        image_bar.addStretch(1)
        heat_bar = QHBoxLayout()
        heat_bar.addWidget(self.heatmap_check)
        heat_bar.addWidget(self.colour_map)
        heat_bar.addWidget(QLabel("opacity"))
        heat_bar.addWidget(self.opacity)
        heat_bar.addWidget(self.legend)
        heat_bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(image_bar)
        lay.addLayout(heat_bar)
        self._update_wl_label()

    # ------------------------------------------------------------------ state
    def set_image(self, pixels: np.ndarray | None, heatmap: np.ndarray | None = None, keep_window: bool = False,
                  message: str | None = None) -> None:
        """Show ``pixels`` (None: nothing, with ``message`` in place of the image, e.g. why it cannot be read)."""
        new_image = pixels is not self.pixels
        self.pixels = pixels
        self.heatmap = heatmap
        self.placeholder.setText(message or self.EMPTY_TEXT)
        self.placeholder.setFixedWidth(max(200, self.view.width() - 40))
        self.placeholder.adjustSize()
        self.placeholder.setStyleSheet(f"color: {'#f0a040' if message else '#bbb'}; font-size: 14px;")
        self.placeholder.setVisible(pixels is None)
        if new_image and not keep_window and not self.keep_wl.isChecked():
            self.preset.setCurrentText("Full range")
            self.level, self.width = PRESETS["Full range"]
            self._update_wl_label()
        self.render(keep_view=not new_image)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # the in-place message wraps within the view, however long the reason
        self.placeholder.setFixedWidth(max(200, self.view.width() - 40))
        self.placeholder.adjustSize()

    def set_heatmap(self, heatmap: np.ndarray | None) -> None:
        self.heatmap = heatmap
        self.render(keep_view=True)

    def apply_preset(self, name: str) -> None:
        if name in PRESETS:
            self.level, self.width = PRESETS[name]
            self._update_wl_label()
            self.render(keep_view=True)

    def set_window(self, level: float, width: float) -> None:
        self.level = float(np.clip(level, 0.0, 1.0))
        self.width = float(np.clip(width, 0.02, 2.0))
        self._update_wl_label()
        self.render(keep_view=True)

    def _on_colour_map(self, name: str) -> None:
        self.legend.set_colour_map(name)
        self.render(keep_view=True)

    def toggle_heatmap(self) -> None:
        self.heatmap_check.toggle()

    def _on_window_drag(self, d_width: float, d_level: float) -> None:
        self.set_window(self.level + d_level, self.width + d_width)

    def _on_invert(self, on: bool) -> None:
        self.inverted = on
        self.render(keep_view=True)

    def _update_wl_label(self) -> None:
        self.wl_label.setText(f"W/L {self.level:.2f}/{self.width:.2f}")

    # ------------------------------------------------------------------ rendering
    def rendered(self) -> np.ndarray | None:
        """The RGB image currently displayed (for tests and export)."""
        return self._last_rgb

    def render(self, *_args, keep_view: bool = True) -> None:
        if self.pixels is None:
            self._last_rgb = None
            self.view.set_pixmap(QPixmap(), keep_view=False)
            return
        grey = apply_window(self.pixels, self.level, self.width, self.inverted)
        show_heat = self.heatmap_check.isChecked() and self.heatmap is not None
        rgb = overlay(grey, self.heatmap if show_heat else None, self.opacity.value() / 100.0,
                      self.colour_map.currentText())
        self._last_rgb = rgb
        self.view.set_pixmap(QPixmap.fromImage(to_qimage(rgb)), keep_view=keep_view)
