"""Translations: English source strings, Indonesian loaded by default (setting ui/language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from workbench.domain.resources import resource_path

_installed: list[QTranslator] = []
_language = ["en"]


def ui_language() -> str:
    """'id' or 'en': the language the window is in (for texts made outside Qt)."""
    return _language[0]


def translation_file(language: str, catalogue: str = "workbench") -> str:
    """``workbench`` (ours) or ``qtbase`` (Qt's own dialogs and buttons, which Qt does not
    ship in Indonesian: resources/i18n/qtbase_id.ts, from scripts/qtbase_id.py)."""
    return str(resource_path("i18n", f"{catalogue}_{language}.qm"))


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Install the translator for ``language`` ('id' or 'en'); English needs none."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _language[0] = language
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if language == "en":
        return True
    qt = QTranslator(app)
    if qt.load(translation_file(language, "qtbase")):  # file, print, message dialogs
        app.installTranslator(qt)
        _installed.append(qt)
    tr = QTranslator(app)
    if not tr.load(translation_file(language)):
        return False
    app.installTranslator(tr)
    _installed.append(tr)
    return True
