"""Application settings, each declared once: key, default, type, label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

ORGANISATION = "PKP Workbench"
APPLICATION = "pkp-workbench"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    type: type
    label: str  # English source, context "Settings"


LANGUAGE = Setting("ui/language", "id", str, QT_TRANSLATE_NOOP("Settings", "Language"))
GEOMETRY = Setting("window/geometry", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Window geometry"))
WINDOW_STATE = Setting("window/state", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Window state"))
LAST_TAB = Setting("window/last_tab", 0, int, QT_TRANSLATE_NOOP("Settings", "Last tab"))
RECENT = Setting("files/recent", [], list, QT_TRANSLATE_NOOP("Settings", "Recent databases"))
LAST_DATABASE = Setting(
    "files/last_database", "", str, QT_TRANSLATE_NOOP("Settings", "Last database")
)
PROJECTION_SCREEN = Setting(
    "projection/screen", -1, int, QT_TRANSLATE_NOOP("Settings", "Projection screen")
)
SIGNING_CERTIFICATE = Setting(
    "signing/certificate", "", str, QT_TRANSLATE_NOOP("Settings", "Signing certificate")
)
TSA_URL = Setting("signing/tsa_url", "", str, QT_TRANSLATE_NOOP("Settings", "Time-stamp server"))
TRUST_ROOT = Setting(
    "signing/trust_root", "", str, QT_TRANSLATE_NOOP("Settings", "Trusted root certificate")
)

LAST_FOLDER = Setting(
    "files/last_folder", "", str, QT_TRANSLATE_NOOP("Settings", "Last folder used")
)
PAPER = Setting("print/paper", "A4", str, QT_TRANSLATE_NOOP("Settings", "Paper size"))
# the column mapping last used to import each kind of file (a saved mapping's name)
IMPORT_MAPPING = {
    kind: Setting(
        f"import/{kind}/mapping", "", str, QT_TRANSLATE_NOOP("Settings", "Column mapping last used")
    )
    for kind in ("baseline", "stakeholders", "engagements", "programme", "geometry")
}
# whether the map is shown beside a tab's table (0/1: an ini file keeps no booleans)
MAP_BESIDE = {
    tab: Setting(f"{tab}/map_beside", 0, int, QT_TRANSLATE_NOOP("Settings", "Map beside the table"))
    for tab in ("priorities", "programme")
}

ALL_SETTINGS = (
    LANGUAGE,
    GEOMETRY,
    WINDOW_STATE,
    LAST_TAB,
    RECENT,
    LAST_DATABASE,
    PROJECTION_SCREEN,
    SIGNING_CERTIFICATE,
    TSA_URL,
    TRUST_ROOT,
    PAPER,
    LAST_FOLDER,
    *IMPORT_MAPPING.values(),
    *MAP_BESIDE.values(),
)
MAX_RECENT = 8
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def qsettings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def get(setting: Setting) -> Any:
    s = qsettings()
    if not s.contains(setting.key):
        return setting.default
    value = s.value(setting.key)
    if setting.type is list:
        if value is None:
            return []
        return list(value) if isinstance(value, (list, tuple)) else [value]
    if setting.type is bytes:
        return bytes(value) if value is not None else b""
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value: Any) -> None:
    qsettings().setValue(setting.key, value)


def add_recent(path: str) -> list[str]:
    recent = [p for p in get(RECENT) if p != path]
    recent.insert(0, path)
    recent = recent[:MAX_RECENT]
    put(RECENT, recent)
    return recent
