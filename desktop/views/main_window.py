"""Main window: menus, docks, status bar.  Behaviour lives in desktop.app.AppController."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from desktop.views.panels.details import DetailsPanel
from desktop.views.panels.study_list import StudyListPanel
from desktop.views.panels.viewer import ViewerPanel
from desktop.views.panels.welcome import WelcomeWidget
from desktop.views.table_models import StudyTableModel
from engine.product import fill


class MainWindow(QMainWindow):
    paths_dropped = Signal(list)
    closing = Signal()

    def __init__(self, table_model: StudyTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pneumoscan")
        self.setObjectName("MainWindow")
        self._fit_to_screen()
        self.setAcceptDrops(True)
        self.last_message: tuple[str, str] | None = None

        self.viewer = ViewerPanel(self)
        self.welcome = WelcomeWidget(self)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.viewer)
        self.centre.addWidget(self.welcome)
        self.setCentralWidget(self.centre)
        self.study_list = StudyListPanel(table_model, self)
        self.details = DetailsPanel(self)
        self.docks: list[QDockWidget] = []
        # the list where reading starts: on the left, or on the right in a right-to-left language (Qt mirrors the
        # widgets' layouts by itself, not its dock areas)
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            start, end = end, start
        for name, title, widget, area in (("StudiesDock", self.tr("Studies"), self.study_list, start),
                                          ("DetailsDock", self.tr("Result"), self.details, end)):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks.append(dock)
        self._docks_sized = False
        self._default_state = self.saveState()  # View > Reset layout returns here

        self.model_status = QLabel(self.tr("Loading model\u2026"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(320)
        self.progress.setFormat("%v / %m")
        self.progress.hide()
        self.eta = QLabel("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.reader_button = QToolButton()
        self.reader_button.setText(self.tr("Reader: not chosen"))
        self.reader_button.setToolTip(self.tr("Who is reading: your name goes with every reading you record "
                                              "(Ctrl+Shift+L)"))
        self.reader_button.setAutoRaise(True)
        self.reader_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sb = self.statusBar()
        sb.addWidget(self.model_status, 1)
        sb.addPermanentWidget(self.reader_button)
        sb.addPermanentWidget(self.eta)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        self._build_actions()

    def _fit_to_screen(self) -> None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        w, h = 1400, 880
        if avail is not None and avail.width() > 0:
            w, h = min(w, int(avail.width() * 0.95)), min(h, int(avail.height() * 0.92))
        self.resize(w, h)
        if avail is not None and avail.width() > 0:  # centred on the screen (a first launch on a 1920-px screen)
            self.move(avail.x() + (avail.width() - w) // 2, avail.y() + (avail.height() - h) // 2)

    def clamp_to_screen(self) -> None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        if self.width() > avail.width() or self.height() > avail.height():
            self._fit_to_screen()
            self.move(avail.topLeft())

    # ------------------------------------------------------------------ menus
    def _action(self, text: str, shortcut: str | list[str] | None = None, tip: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut:
            keys = [shortcut] if isinstance(shortcut, str) else shortcut
            a.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            a.setStatusTip(tip)
        self.addAction(a)  # shortcuts work even when a menu is hidden
        return a

    def _build_actions(self) -> None:
        # Every shortcut that acts carries a modifier or is a function, arrow or Esc key: ordinary typing -- in the
        # list, the viewer, anywhere in the window -- never records a reading, moves the selection or toggles a view.
        self.act_open_files = self._action(self.tr("Open files\u2026"), "Ctrl+O")
        self.act_open_folder = self._action(self.tr("Open folder\u2026"), "Ctrl+Shift+O")
        self.recent_menu = QMenu(self.tr("Recent folders"), self)
        self.act_export_all = self._action(self.tr("Export CSV\u2026"), "Ctrl+E", self.tr("The study on screen by default; or "
                                           "the selected rows, the rows the filter shows, everything"))
        self.act_export_selected = self._action(self.tr("Export CSV of the selected rows\u2026"))
        self.act_export_heatmaps = self._action(self.tr("Export heatmap overlays\u2026"))
        self.act_clear = self._action(self.tr("Close all images"))
        self.act_quit = self._action(self.tr("Quit"), "Ctrl+Q")
        self.act_analyse_all = self._action(self.tr("Analyse all"), "Ctrl+R")
        self.act_analyse_selected = self._action(self.tr("Analyse selected"), "Ctrl+Shift+R")
        self.act_cancel = self._action(self.tr("Cancel analysis\u2026"), "Esc",
                                      self.tr("Cancel the running analysis (asks first)"))
        self.act_settings = self._action(self.tr("Settings\u2026"), "Ctrl+,")
        self.act_open_received = self._action(self.tr("Open the images the DICOM node received"),
                                              tip=self.tr("Every image in the node's store folder, with its result"))
        self.act_dicom_node = self._action(self.tr("DICOM node\u2026"), tip=self.tr("Receive images from the X-ray unit, "
                                           "watch a folder, send results to the PACS"))
        self.act_read_normal = self._action(self.tr("My reading: NORMAL"), "Ctrl+Shift+N",
                                            self.tr("Record your own reading of the image on screen: NORMAL (saved at once)"))
        self.act_read_pneumonia = self._action(self.tr("My reading: PNEUMONIA"), "Ctrl+Shift+P",
                                               self.tr("Record your own reading of the image on screen: PNEUMONIA (saved at once)"))
        self.act_read_unsure = self._action(self.tr("My reading: unsure"), "Ctrl+Shift+U",
                                            self.tr("Record that you are unsure about the image on screen (saved at once)"))
        self.act_undo_reading = self._action(self.tr("Undo my last act on this image's reading"), "Ctrl+Z")
        self.act_clear_reading = self._action(self.tr("Clear the reading of this image"))
        self.act_note = self._action(self.tr("Write a note on this image"), "Alt+N")
        self.act_reader = self._action(self.tr("Who is reading\u2026"), "Ctrl+Shift+L")
        self.act_report = self._action(self.tr("Print report\u2026"), "Ctrl+P", self.tr("A PDF of the image on screen, the selected "
                                       "rows, the rows the filter shows or everything"))
        self.act_calibrate = self._action(self.tr("Calibrate to this clinic\u2026"), tip=self.tr("Refit the operating point on "
                                          "the images clinicians read (NORMAL / PNEUMONIA)"))
        self.act_bundle_point = self._action(self.tr("Use the model's own operating point"), tip=self.tr("Stop using the site profile"))
        self.act_next = self._action(self.tr("Next study"), "Down")
        self.act_prev = self._action(self.tr("Previous study"), "Up")
        self.act_first = self._action(self.tr("First study"), "Home")
        self.act_last = self._action(self.tr("Last study"), "End")
        self.act_filter = self._action(self.tr("Filter the study list"), "Ctrl+F")
        self.act_group = self._action(self.tr("Group the list by study"), tip=self.tr("Keep each study's images together, a "
                                      "line between studies"))
        self.act_group.setCheckable(True)
        self.act_group.setChecked(True)
        self.act_heatmap = self._action(self.tr("Toggle heatmap"), "Ctrl+H")
        self.act_zoom_in = self._action(self.tr("Zoom in"), ["Ctrl++", "Ctrl+="])
        self.act_zoom_out = self._action(self.tr("Zoom out"), "Ctrl+-")
        self.act_fit = self._action(self.tr("Fit to window"), "Ctrl+0")
        self.act_actual = self._action(self.tr("Actual pixels (1:1)"), "Ctrl+1")
        self.act_invert = self._action(self.tr("Invert"), "Ctrl+I")
        self.act_overlay = self._action(self.tr("Patient overlay"), "Ctrl+T", self.tr("Show or hide the patient, study and file "
                                        "in the image's corners"))
        self.act_reset_layout = self._action(self.tr("Reset layout"), tip=self.tr(
            "Show the study list and result panels in their original places and sizes"))
        self.act_intended_use = self._action(self.tr("Intended use\u2026"))
        self.act_model_card = self._action(self.tr("Model card\u2026"))
        self.act_shortcuts = self._action(self.tr("Keyboard shortcuts\u2026"), "F1")
        self.act_audit = self._action(self.tr("Audit log\u2026"))
        self.act_log = self._action(self.tr("Open log folder"))
        self.act_about = self._action(self.tr("About Pneumoscan\u2026"))

        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        for a in (self.act_open_files, self.act_open_folder, self.act_open_received):
            m.addAction(a)
        m.addMenu(self.recent_menu)
        m.addSeparator()
        for a in (self.act_export_all, self.act_export_selected, self.act_export_heatmaps, self.act_report):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_clear)
        m.addAction(self.act_quit)
        m = mb.addMenu(self.tr("&Analyse"))
        for a in (self.act_analyse_all, self.act_analyse_selected, self.act_cancel):
            m.addAction(a)
        m.addSeparator()
        for a in (self.act_calibrate, self.act_bundle_point, self.act_dicom_node, self.act_settings):
            m.addAction(a)
        m = mb.addMenu(self.tr("&Reading"))
        for a in (self.act_read_normal, self.act_read_pneumonia, self.act_read_unsure):
            m.addAction(a)
        m.addSeparator()
        for a in (self.act_undo_reading, self.act_clear_reading, self.act_note, self.act_reader):
            m.addAction(a)
        m = mb.addMenu(self.tr("&View"))
        for a in (self.act_next, self.act_prev, self.act_first, self.act_last, self.act_filter, self.act_group,
                  self.act_heatmap,
                  self.act_overlay, self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual, self.act_invert):
            m.addAction(a)
        m.addSeparator()
        for dock in self.docks:  # a closed panel always comes back from here
            m.addAction(dock.toggleViewAction())
        self.columns_menu = m.addMenu(self.tr("Study list columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        m.addAction(self.act_reset_layout)
        m = mb.addMenu(self.tr("&Help"))
        for a in (self.act_intended_use, self.act_model_card, self.act_shortcuts, self.act_audit, self.act_log,
                  self.act_about):
            m.addAction(a)

        self.act_quit.triggered.connect(self.close)
        self.act_next.triggered.connect(lambda: self.study_list.select_offset(1))
        self.act_prev.triggered.connect(lambda: self.study_list.select_offset(-1))
        self.act_first.triggered.connect(lambda: self.study_list.select_index(0))
        self.act_last.triggered.connect(lambda: self.study_list.select_index(-1))
        self.act_overlay.triggered.connect(self.viewer.overlay_check.toggle)
        self.act_group.toggled.connect(self.study_list.proxy.set_grouped)
        self.act_filter.triggered.connect(self.study_list.focus_filter)
        self.act_note.triggered.connect(self.focus_note)
        self.act_heatmap.triggered.connect(self.viewer.toggle_heatmap)
        self.act_zoom_in.triggered.connect(lambda: self.viewer.view.zoom(1.25))
        self.act_zoom_out.triggered.connect(lambda: self.viewer.view.zoom(0.8))
        self.act_fit.triggered.connect(self.viewer.view.fit)
        self.act_actual.triggered.connect(self.viewer.view.actual_size)
        self.act_invert.triggered.connect(self.viewer.invert_check.toggle)
        self.act_reset_layout.triggered.connect(self.reset_layout)
        self.study_list.typed_in_list.connect(lambda: self.statusBar().showMessage(self.tr(
            "Typing in the study list does nothing. To write a note on this image press Alt+N; to record your "
            "reading use the buttons or Ctrl+Shift+N / P / U."), 6000))

    def focus_note(self) -> None:
        """Alt+N: the note field of the image on screen."""
        if self.details.note_edit.isVisible():
            self.details.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def shortcut_actions(self) -> list[QAction]:
        """The menu actions, in menu order (Help > Keyboard shortcuts lists them)."""
        out: list[QAction] = []
        for top in self.menuBar().actions():
            menu = top.menu()
            out += [a for a in (menu.actions() if menu else []) if not a.isSeparator() and a.menu() is None]
        return out

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for act in self.study_list.column_menu().actions():
            act.setParent(self.columns_menu)
            self.columns_menu.addAction(act)

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        for dock in self.docks:
            dock.setFloating(False)
            dock.show()
        self._size_docks()

    # ------------------------------------------------------------------ feedback
    def show_message(self, title: str, text: str, details: str = "", error: bool = True) -> None:
        """Non-blocking message box (window-modal); full tracebacks go to the log only."""
        self.last_message = (title, text)
        box = QMessageBox(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        if details:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def set_progress(self, done: int, total: int, eta_text: str = "") -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.eta.setText(eta_text)

    def set_busy(self, busy: bool) -> None:
        for w in (self.progress, self.cancel_button, self.eta):
            w.setVisible(busy)
        self.act_cancel.setEnabled(busy)

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.paths_dropped.emit(paths)
            event.acceptProposedAction()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._docks_sized:  # dock sizes only apply once the window is laid out
            self._docks_sized = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self._size_docks)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        from PySide6.QtCore import QEvent, QTimer

        if event.type() == QEvent.Type.WindowStateChange:
            # after a maximise and a restore the list's columns are laid out again for its new width, so no
            # column (the Reading column, say) is left beyond the right edge
            QTimer.singleShot(0, self, self.study_list.fit_columns)

    def _size_docks(self) -> None:
        studies, details = self.findChild(QDockWidget, "StudiesDock"), self.findChild(QDockWidget, "DetailsDock")
        self.resizeDocks([studies, details], [int(self.width() * 0.40), int(self.width() * 0.22)],
                         Qt.Orientation.Horizontal)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closing.emit()
        super().closeEvent(event)

    def ask_cancel(self, done: int, total: int, on_yes) -> QMessageBox:
        """Esc during a batch: confirm first (window-modal, non-blocking); results so far are kept."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the analysis?"),
                          fill(self.tr("%1 of %2 images are analysed. Cancel the rest?\n\nFinished results are kept; "
                                       "unfinished images stay \u201cnot analysed\u201d."), str(done), str(total)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(on_yes)
        self.cancel_question = box
        box.open()
        return box

    def show_text(self, title: str, html: str, search_path=None) -> None:
        """A non-blocking text dialog (model card, shortcuts, about)."""
        from desktop.views.dialogs import TextDialog

        self.text_dialog = TextDialog(title, html, self, search_path)
        self.text_dialog.open()

    def ask_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open chest X-rays"), "",
            self.tr("Images (*.dcm *.dicom *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)"))
        return files

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Open a study folder"))

    def show_welcome(self, on: bool) -> None:
        """The welcome view in place of the viewer (no images open yet), or the viewer."""
        self.centre.setCurrentWidget(self.welcome if on else self.viewer)

    def welcome_shown(self) -> bool:
        return self.centre.currentWidget() is self.welcome

    def set_recent(self, folders: list[str], callback) -> None:
        self.welcome.set_recent(folders)
        self.recent_menu.clear()
        for f in folders:
            a = self.recent_menu.addAction(f)
            a.triggered.connect(lambda _=False, f=f: callback([f]))
        self.recent_menu.setEnabled(bool(folders))
