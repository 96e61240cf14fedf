"""Opening studies: files and folders are discovered off the GUI thread and become rows of the worklist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from engine.resources import samples_dir

from desktop.main_window import MainWindow
from desktop.models import StudyTableModel
from desktop.settings import AppSettings
from desktop.workers import TaskRunner, discover_task


class StudyOpener(QObject):
    """``discovery_finished(rows added)``; ``analyse`` is called with the images found when the settings
    (or the caller) ask for it."""

    discovery_finished = Signal(int)

    def __init__(self, table: StudyTableModel, window: MainWindow, runner: TaskRunner, settings: AppSettings,
                 session, analyse) -> None:
        super().__init__()
        self.table, self.window, self.runner, self.settings = table, window, runner, settings
        self.session, self.analyse = session, analyse
        self.opened_folders: list[str] = []

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

    def open_paths(self, paths: list[str], remember: bool = True, analyse: bool | None = None) -> None:
        if not paths:
            return
        self.window.show_welcome(False)
        # the folders opened this session: an export's destination is never inside one (desktop.exports)
        self.opened_folders.extend(str(Path(p)) for p in paths if Path(p).is_dir())
        for p in paths if remember else ():
            if Path(p).is_dir():
                self.settings.add_recent_folder(str(Path(p).resolve()))
        self.window.set_recent(self.settings.recent_folders(), self.open_paths)
        self.window.statusBar().showMessage("Searching for images\u2026")
        self.runner.start(discover_task(list(paths)), "searching for images", succeeded=lambda f: self._discovered(f, analyse))

    def _discovered(self, found, analyse: bool | None = None) -> None:
        self.window.statusBar().clearMessage()
        reasons = {str(s.path): s.reason for s in found.skipped}
        images = [str(p) for p in found.images]
        added = self.table.add_paths(images + list(reasons), reasons)
        if self.window.study_list.current_row() is None and self.table.rows:
            self.window.study_list.select_offset(0)
        self.discovery_finished.emit(added)
        if (self.settings.auto_analyse if analyse is None else analyse) and images:
            self.analyse(images)
