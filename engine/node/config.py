"""The node's settings: who it is on the network, where it keeps what it receives, where results go.

One dataclass for ``pneumoscan-node`` and the app's Settings ▸ DICOM node, validated in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_AE_TITLE = "PNEUMOSCAN"
DEFAULT_PORT = 11112
#: PS3.5 AE: up to 16 characters of the default repertoire, no backslash or control characters, not all spaces
_AE = re.compile(r"[\x20-\x5b\x5d-\x7e]{1,16}")


def check_ae_title(value: str, what: str = "AE title") -> str:
    """The AE title without padding; ValueError with a reason when DICOM does not allow it."""
    text = value.strip()
    if not _AE.fullmatch(text):
        raise ValueError(f"{what} {value!r} is not a DICOM AE title (1-16 printable ASCII characters, no backslash)")
    return text


@dataclass(frozen=True)
class Destination:
    """Where results are sent: ``AE@HOST:PORT``."""

    ae_title: str
    host: str
    port: int

    @classmethod
    def parse(cls, text: str) -> Destination:
        m = re.fullmatch(r"\s*([^@]+)@(\[[^\]]+\]|[^:@\s]+):(\d{1,5})\s*", text)
        if not m:
            raise ValueError(f"{text!r} is not a destination: write AE@HOST:PORT, e.g. PACS@192.168.1.20:104")
        port = int(m.group(3))
        if not 0 < port < 65536:
            raise ValueError(f"{text!r}: the port must be between 1 and 65535")
        return cls(check_ae_title(m.group(1), "the destination's AE title"), m.group(2).strip("[]"), port)

    def __str__(self) -> str:
        return f"{self.ae_title}@{self.host}:{self.port}"


@dataclass(frozen=True)
class NodeConfig:
    """Everything ``pneumoscan-node`` and the app's node need; :meth:`check` says what is wrong, in words."""

    store: Path
    port: int = DEFAULT_PORT
    ae_title: str = DEFAULT_AE_TITLE
    bind: str = "0.0.0.0"
    allow: tuple[str, ...] = ()  # calling AE titles allowed to send; empty: any
    send_to: Destination | None = None
    watch: Path | None = None
    listen: bool = True  # False: the watch folder only
    max_associations: int = 64
    retry_max_s: float = 300.0  # the longest wait between two tries of the destination
    watch_interval_s: float = 1.0
    watch_settle_s: float = 2.0  # a file is analysed once its size and time have not changed for this long
    extra: dict[str, str] = field(default_factory=dict)

    def check(self) -> NodeConfig:
        """Validated copy (AE titles trimmed); ValueError naming the setting otherwise."""
        if not 0 <= self.port < 65536:
            raise ValueError(f"port {self.port}: choose a port between 1 and 65535 (11112 is DICOM's usual one)")
        title = check_ae_title(self.ae_title)
        allow = tuple(check_ae_title(a, "allowed AE title") for a in self.allow if a.strip())
        if self.max_associations < 1:
            raise ValueError("at least one association must be allowed")
        store = Path(self.store).expanduser().absolute()
        watch = Path(self.watch).expanduser().absolute() if self.watch else None
        if watch is not None:
            for a, b, what in ((store, watch, "the store is inside the watch folder"),
                               (watch, store, "the watch folder is inside the store")):
                if a == b or b in a.parents:
                    raise ValueError(f"{what}: every file would be analysed twice. Keep them apart.")
        return NodeConfig(store, self.port, title, self.bind, allow, self.send_to, watch, self.listen,
                          self.max_associations, self.retry_max_s, self.watch_interval_s, self.watch_settle_s,
                          dict(self.extra))

    @property
    def state_dir(self) -> Path:
        """The node's own files beside what it receives: the outbox, the incoming temporary files."""
        return Path(self.store) / ".pneumoscan"

    def summary(self) -> str:
        parts = []
        if self.listen:
            parts.append(f"{self.ae_title} on {self.bind}:{self.port}"
                         + (f" (only from {', '.join(self.allow)})" if self.allow else ""))
        if self.watch:
            parts.append(f"watching {self.watch}")
        parts.append(f"results to {self.send_to}" if self.send_to else "results not sent")
        return "; ".join(parts)


def node_config(values: dict[str, object], default_store: Path | None = None) -> NodeConfig:
    """The checked config of the app's settings (strings and numbers as Settings ▸ DICOM node holds them);
    ValueError naming what is wrong."""
    store = str(values.get("store") or "") or (str(default_store) if default_store else "")
    if not store:
        raise ValueError("choose a folder to store received images in")
    send_to = str(values.get("send_to") or "").strip()
    watch = str(values.get("watch") or "").strip()
    if watch and not Path(watch).expanduser().is_dir():
        raise ValueError(f"the watch folder {watch} does not exist")
    port = values.get("port", DEFAULT_PORT)
    return NodeConfig(store=Path(store), port=int(port) if isinstance(port, (int, str)) else DEFAULT_PORT,
                      ae_title=str(values.get("ae_title") or DEFAULT_AE_TITLE),
                      bind=str(values.get("bind") or "0.0.0.0"),
                      allow=tuple(a.strip() for a in str(values.get("allow") or "").split(",") if a.strip()),
                      send_to=Destination.parse(send_to) if send_to else None,
                      watch=Path(watch) if watch else None).check()
