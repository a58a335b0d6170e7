"""One way the window says what went wrong: a refusal or failure in the UI language.

Services refuse with ``UserError`` (and a bad file with ``InputFileError``), both carrying
their Indonesian text; expected failures of memory, files and the database are put in words
by ``services.failures.explain``, the same as on the command line. Only what none of them
knows falls back to its own text (and is logged by whoever caught it)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from workbench.services.failures import explain
from workbench.ui.i18n import ui_language

log = logging.getLogger(__name__)


def error_text(exc: BaseException, target: str | None = None) -> str:
    language = ui_language()
    text = getattr(exc, "text", None)
    if callable(text) and getattr(exc, "key", None) is not None:
        return str(text(language))
    known = explain(exc, target)
    if known is not None:
        log.info("refused: %s", exc, exc_info=exc)
        return known.text(language)
    if isinstance(exc, SQLAlchemyError):
        return QCoreApplication.translate(
            "TableTab",
            "The database refused the change (%1). Nothing was changed; reload "
            "with F5 and try again.",
        ).replace("%1", type(getattr(exc, "orig", exc)).__name__)
    return str(exc)
