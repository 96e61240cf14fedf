"""Persisted user settings (QSettings: the registry / plist / ini of the platform)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

INTENDED_USE_VERSION = "3"  # 2: the result is a score with an indeterminate band; 3: NORMAL means no pneumonia pattern, other findings not assessed; regulatory status
MAX_RECENT = 8


class AppSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            import os

            home = os.environ.get("PNEUMOSCAN_HOME")  # portable mode: everything under one folder
            qsettings = (QSettings(os.path.join(home, "settings.ini"), QSettings.Format.IniFormat) if home
                         else QSettings("Pneumoscan", "Pneumoscan"))
        self.q = qsettings
        self.make_private()

    def _get(self, key: str, default, typ):
        v = self.q.value(key, default)
        try:
            if typ is bool:
                return v if isinstance(v, bool) else str(v).lower() in ("1", "true", "yes")
            return typ(v)
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        """The interface language: ``system`` (the default) or a language code (desktop.i18n)."""
        return self._get("ui/language", "system", str) or "system"

    @language.setter
    def language(self, v: str) -> None:
        self.q.setValue("ui/language", v)

    @property
    def device(self) -> str:
        return self._get("inference/device", "auto", str)

    @device.setter
    def device(self, v: str) -> None:
        self.q.setValue("inference/device", v)

    @property
    def batch_size(self) -> int:
        """Images per forward pass; 0: the engine's default (64 on a GPU, 8 on the CPU)."""
        return max(0, self._get("inference/batch_size", 0, int))

    @batch_size.setter
    def batch_size(self, v: int) -> None:
        self.q.setValue("inference/batch_size", int(v))

    @property
    def precision(self) -> str:
        """CPU arithmetic: auto (int8 where the model's int8 graph passed its acceptance check), fp32 or int8."""
        v = self._get("inference/precision", "auto", str)
        return v if v in ("auto", "fp32", "int8") else "auto"

    @precision.setter
    def precision(self, v: str) -> None:
        self.q.setValue("inference/precision", v)

    @property
    def auto_analyse(self) -> bool:
        return self._get("inference/auto_analyse", True, bool)

    @auto_analyse.setter
    def auto_analyse(self, v: bool) -> None:
        self.q.setValue("inference/auto_analyse", bool(v))

    @property
    def relaxed_checks(self) -> list[str]:
        """Input-gate checks the user relaxed (shown in the status bar and recorded with each result)."""
        from engine.checks.input_gate import RELAXABLE

        v = self.q.value("gate/relaxed", [])
        v = [v] if isinstance(v, str) else list(v or [])
        return sorted(x for x in map(str, v) if x in RELAXABLE)

    @relaxed_checks.setter
    def relaxed_checks(self, v: list[str]) -> None:
        self.q.setValue("gate/relaxed", sorted(v))

    @property
    def unknown_age_max(self) -> float | None:
        """With the age check relaxed: the oldest age admitted for images that record no age (engine.checks.input_gate)."""
        from engine.checks.input_gate import MAX_UNKNOWN_AGE

        v = self._get("gate/unknown_age_max", 0.0, float)
        return v if 1 <= v <= MAX_UNKNOWN_AGE else None

    @unknown_age_max.setter
    def unknown_age_max(self, v: float | None) -> None:
        self.q.setValue("gate/unknown_age_max", float(v or 0.0))

    def gate_policy(self):
        """The input-gate policy these settings state (an age relaxation without its range is not one)."""
        from engine.checks.input_gate import GatePolicy

        relaxed = set(self.relaxed_checks)
        if self.unknown_age_max is None:
            relaxed.discard("age")
        return GatePolicy(frozenset(relaxed), self.unknown_age_max if "age" in relaxed else None)

    @property
    def intended_use_acknowledged(self) -> bool:
        return self._get("intended_use/acknowledged", "", str) == INTENDED_USE_VERSION

    def acknowledge_intended_use(self) -> None:
        self.q.setValue("intended_use/acknowledged", INTENDED_USE_VERSION)

    @property
    def samples_shown(self) -> bool:
        """Whether the first launch already opened the sample images (it does so once)."""
        return self._get("first_run/samples_shown", False, bool)

    def mark_samples_shown(self) -> None:
        self.q.setValue("first_run/samples_shown", True)

    @property
    def site_contact(self) -> str:
        """Who supports Pneumoscan at this site (set by whoever installs it, key about/site_contact): About shows it."""
        return self._get("about/site_contact", "", str)[:300]

    @property
    def export_dir(self) -> str:
        """The folder the last export or report was saved in ("" before the first): save dialogs start there."""
        return self._get("export/last_folder", "", str)

    @export_dir.setter
    def export_dir(self, v: str) -> None:
        self.q.setValue("export/last_folder", v)

    # ------------------------------------------------------------------ the DICOM node (Analyse > DICOM node)
    def node_values(self) -> dict:
        """The node's settings as the dialog edits them (strings and numbers; engine.node.config checks them)."""
        return {"enabled": self._get("node/enabled", False, bool), "ae_title": self._get("node/ae_title", "PNEUMOSCAN", str),
                "port": self._get("node/port", 11112, int), "bind": self._get("node/bind", "0.0.0.0", str),
                "allow": self._get("node/allow", "", str), "store": self._get("node/store", "", str),
                "send_to": self._get("node/send_to", "", str), "watch": self._get("node/watch", "", str)}

    def set_node_values(self, values: dict) -> None:
        for key in ("enabled", "ae_title", "port", "bind", "allow", "store", "send_to", "watch"):
            self.q.setValue(f"node/{key}", values[key])

    @property
    def site_profile_path(self) -> str:
        """The site profile in force ("" = the bundle's own operating point)."""
        return self._get("model/site_profile", "", str)

    @site_profile_path.setter
    def site_profile_path(self, v: str) -> None:
        self.q.setValue("model/site_profile", v)

    @property
    def prevalence(self) -> float | None:
        """The clinic's pneumonia prevalence for PPV / NPV, or None until the clinic sets it.

        No default: the training mix (74 % pneumonia) is not a clinic's, and a PPV at it overstates how often a
        call is right.  (The key is new: the earlier ``view/prevalence`` was filled with that mix by default.)"""
        v = self._get("clinic/prevalence", 0.0, float)
        return v if 0 < v < 1 else None

    def set_prevalence(self, v: float | None) -> None:
        if v is None or not 0 < v < 1:
            self.q.remove("clinic/prevalence")
        else:
            self.q.setValue("clinic/prevalence", float(v))

    def readers(self) -> list:
        """The named readers of this workstation (engine.records.readers.Reader)."""
        from engine.records.readers import loads

        return loads(self._get("readers/list", "[]", str))

    def set_readers(self, readers: list) -> None:
        from engine.records.readers import dumps

        self.q.setValue("readers/list", dumps(readers))

    def trusted_bundles(self) -> list[str]:
        """Digests of model bundles the user confirmed (besides the shipped one)."""
        v = self.q.value("model/trusted_bundles", [])
        v = [v] if isinstance(v, str) else list(v or [])
        return [str(x) for x in v if str(x)]

    def trust_bundle(self, digest: str) -> None:
        items = self.trusted_bundles()
        if digest not in items:
            self.q.setValue("model/trusted_bundles", items + [digest])

    def recent_folders(self) -> list[str]:
        v = self.q.value("recent/folders", [])
        if isinstance(v, str):
            v = [v]
        return [str(x) for x in (v or [])]

    def add_recent_folder(self, folder: str) -> None:
        items = [folder] + [f for f in self.recent_folders() if f != folder]
        self.q.setValue("recent/folders", items[:MAX_RECENT])

    @property
    def colour_map(self) -> str:
        from engine.image.heatmap import COLOUR_MAPS, DEFAULT_COLOUR_MAP

        v = self._get("view/colour_map", DEFAULT_COLOUR_MAP, str)
        return v if v in COLOUR_MAPS else DEFAULT_COLOUR_MAP

    @colour_map.setter
    def colour_map(self, v: str) -> None:
        self.q.setValue("view/colour_map", v)

    @property
    def heatmap_always(self) -> bool:
        """Show heatmaps on NORMAL results too (default: only where there is a finding)."""
        return self._get("view/heatmap_always", False, bool)

    @heatmap_always.setter
    def heatmap_always(self, v: bool) -> None:
        self.q.setValue("view/heatmap_always", bool(v))

    @property
    def keep_window_level(self) -> bool:
        return self._get("view/keep_window_level", False, bool)

    @keep_window_level.setter
    def keep_window_level(self, v: bool) -> None:
        self.q.setValue("view/keep_window_level", bool(v))

    def study_list_header(self):
        return self.q.value("window/study_list_header")

    def save_study_list_header(self, state) -> None:
        self.q.setValue("window/study_list_header", state)

    def study_list_hidden(self) -> list[str] | None:
        """Study list columns the user hid (None: never chosen, the defaults apply)."""
        v = self.q.value("window/study_list_hidden")
        if v is None:
            return None
        return [v] if isinstance(v, str) and v else [str(x) for x in (v or []) if str(x)]

    def save_study_list_hidden(self, names: list[str]) -> None:
        self.q.setValue("window/study_list_hidden", list(names) or "")

    def save_window(self, geometry, state) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    def window_geometry(self):
        return self.q.value("window/geometry")

    def window_state(self):
        return self.q.value("window/state")

    def sync(self) -> None:
        self.q.sync()
        self.make_private()

    def make_private(self) -> None:
        """The settings file (readers' names, recent folders) readable by this account only, as everything else
        Pneumoscan writes under the user's folders (engine.files.outputs)."""
        import os

        from engine.files.outputs import create_private, private_dir, tighten_dir

        name = self.q.fileName()
        if not name or not name.endswith((".ini", ".conf")):  # the registry on Windows: the user's hive is theirs
            return
        folder = os.path.dirname(name)
        try:
            if os.path.basename(folder) == "Pneumoscan":  # our own folder (not a portable home chosen by hand)
                tighten_dir(folder)
            else:
                private_dir(folder)
            create_private(name)  # before Qt first writes it: Qt's save keeps an existing file's permissions
        except OSError:
            pass
