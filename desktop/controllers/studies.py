"""Opening studies: files and folders are discovered off the GUI thread and become rows of the worklist.

One study in view: opening something while images are open asks whether to replace the list (the default) or add
to it; Pneumoscan's sample images never share a list with a patient's (opening either replaces the other)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from desktop.controllers.workers import TaskRunner, discover_task
from desktop.settings import AppSettings
from desktop.views.dialogs import COUNTS
from desktop.views.main_window import MainWindow
from desktop.views.table_models import StudyTableModel
from engine.files.resources import samples_dir
from engine.product import fill


class StudyOpener(QObject):
    """``discovery_finished(rows added)``; ``analyse`` is called with the images found when the settings
    (or the caller) ask for it."""

    discovery_finished = Signal(int)

    REPLACE, ADD = "replace", "add"

    def __init__(self, table: StudyTableModel, window: MainWindow, runner: TaskRunner, settings: AppSettings,
                 session, analyse, clear) -> None:
        super().__init__()
        self.table, self.window, self.runner, self.settings = table, window, runner, settings
        self.session, self.analyse, self.clear = session, analyse, clear
        self.opened_folders: list[str] = []
        self.question: QMessageBox | None = None
        # a search still running when the list is replaced or closed must not add its images to the new list
        self.generation = 0
        table.modelReset.connect(self._list_reset)

    def start(self, paths: list[str], demo: bool = False) -> None:
        """At launch: the given paths; on the very first launch, the analysed samples (once); else the welcome view."""
        first_launch = not self.settings.samples_shown and self.session.bundle is not None
        if demo or (first_launch and not paths):
            self.open_samples()
        if paths:
            self.open_paths(paths)
        elif not demo and not first_launch:
            self.window.show_welcome(True)

    def open_samples(self) -> None:
        self.settings.mark_samples_shown()
        self.open_paths([str(samples_dir())], remember=False, analyse=True)

    def ask_open_files(self) -> None:
        self.open_paths(self.window.ask_files() or [])

    def ask_open_folder(self) -> None:
        folder = self.window.ask_folder()
        self.open_paths([folder] if folder else [])

    def _list_reset(self) -> None:
        self.generation += 1

    @staticmethod
    def is_sample(path: str, root: Path | None = None) -> bool:
        """Whether ``path`` is one of Pneumoscan's sample images (``root``: the samples folder, resolved once by a
        caller checking many paths)."""
        try:
            return Path(path).resolve().is_relative_to(root or samples_dir().resolve())
        except OSError:
            return False

    def open_paths(self, paths: list[str], remember: bool = True, analyse: bool | None = None,
                   mode: str | None = None) -> None:
        """Open files and folders.  With images already open, ``mode`` "replace" closes them first and "add" keeps
        them; None asks (replace by default).  Samples and a patient's images never share the list."""
        if not paths:
            return
        samples = all(self.is_sample(p) for p in paths)
        rows = self.table.rows
        if rows:
            list_of_samples = all(r.sample for r in rows)
            if list_of_samples and not samples:
                mode = self.REPLACE  # the samples make way for a patient's images, no question
            elif list_of_samples and samples:
                mode = self.ADD  # nothing new: the samples are already open
            elif samples:
                mode = mode if mode == self.REPLACE else None  # a patient's list never gets the samples added
            if mode is None:
                self._ask(paths, remember, analyse, can_add=not samples)
                return
        # a replace happens when the search returns, so a folder with no image leaves the list as it was
        self._open(paths, remember, analyse, samples, replace=bool(rows) and mode == self.REPLACE)

    def _ask(self, paths: list[str], remember: bool, analyse: bool | None, can_add: bool) -> None:
        n, k = len(self.table.rows), len(self.table.studies())
        what = self.tr("the sample images") if not can_add else (
            f"\u201c{Path(paths[0]).name or paths[0]}\u201d" if len(paths) == 1
            else COUNTS.items(len(paths)))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the open images?"),
                          fill(self.tr("Open: %1 from %2. Open %3 in their place?"), COUNTS.images(n),
                               COUNTS.studies(k), what), QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setInformativeText(self.tr("Replacing keeps one patient's study in view: results, readings and notes "
                                       "already made are kept in Pneumoscan's records.") + (
            "" if can_add else self.tr(" The sample images are never added to a patient's list.")))
        replace = box.addButton(self.tr("Replace the list"), QMessageBox.ButtonRole.AcceptRole)
        add = box.addButton(self.tr("Add to the list"), QMessageBox.ButtonRole.ActionRole) if can_add else None
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(replace)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        replace.clicked.connect(lambda: self.open_paths(paths, remember, analyse, self.REPLACE))
        if add is not None:
            add.clicked.connect(lambda: self.open_paths(paths, remember, analyse, self.ADD))
        self.question = box
        box.open()

    def _open(self, paths: list[str], remember: bool, analyse: bool | None, samples: bool,
              replace: bool = False) -> None:
        self.window.show_welcome(False)
        # the folders opened this session: an export's destination is never inside one (desktop.controllers.exports)
        self.opened_folders.extend(str(Path(p)) for p in paths if Path(p).is_dir())
        for p in paths if remember and not samples else ():
            if Path(p).is_dir():
                self.settings.add_recent_folder(str(Path(p).resolve()))
        self.window.set_recent(self.settings.recent_folders(), self.open_paths)
        self.window.statusBar().showMessage(self.tr("Searching for images\u2026"))
        gen = self.generation
        self.runner.start(discover_task(list(paths)), self.tr("searching for images"),
                          succeeded=lambda f: self._discovered(f, analyse, samples, gen, replace, list(paths)))

    def _discovered(self, result, analyse: bool | None = None, samples: bool = False, generation: int = -1,
                    replace: bool = False, paths: list[str] | None = None) -> None:
        found, tags = result
        self.window.statusBar().clearMessage()
        if generation != self.generation:
            return  # the list was replaced or closed while this search ran
        reasons = {str(s.path): s.reason for s in found.skipped}
        images = [str(p) for p in found.images]
        where = ", ".join(Path(p).name or p for p in (paths or [])[:2]) + ("\u2026" if len(paths or []) > 2 else "")
        if not images and not reasons:
            self.window.statusBar().showMessage(fill(
                self.tr("No images found in %1: the list is unchanged.") if self.table.rows
                else self.tr("No images found in %1."), where or self.tr("what was opened")), 15000)
            if not self.table.rows:
                self.window.show_welcome(True)
            self.discovery_finished.emit(0)
            return
        left_out = 0
        if not samples:  # Pneumoscan's sample images never join a patient's list (an assets folder holding them)
            root = samples_dir().resolve()
            kept = [p for p in images if not self.is_sample(p, root)]
            left_out, images = len(images) - len(kept), kept
        if samples and self.table.rows and not replace and not all(r.sample for r in self.table.rows):
            return  # a patient's images were opened meanwhile: the samples never join them
        if replace or (not samples and self.table.rows and all(r.sample for r in self.table.rows)):
            self.clear()  # replace; or the samples make way for a patient's images
            self.window.show_welcome(False)  # Close all's welcome view gives way to the images just found
        before = len(self.table.rows)
        added = self.table.add_paths(images + list(reasons), reasons, tags, sample=samples)
        if added == 0 and before:
            self.window.statusBar().showMessage(fill(self.tr("The %1 file(s) in %2 are already in the list."),
                                                     str(len(images) + len(reasons)), where), 15000)
        if left_out:
            self.window.statusBar().showMessage(fill(self.tr(
                "%1 of Pneumoscan's sample images were left out: samples never join a patient's list (Close all, then "
                "the welcome view opens them on their own)."), str(left_out)), 15000)
        if self.window.study_list.current_row() is None and self.table.rows:
            self.window.study_list.select_offset(0)
        self.discovery_finished.emit(added)
        if (self.settings.auto_analyse if analyse is None else analyse) and images:
            self.analyse(images)
