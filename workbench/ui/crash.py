"""Crash path: an unhandled exception is logged to a file in the user log directory and the
user sees a short dialog naming that file (after Picard's crash handler). An expected
failure (memory, a file, the database: ``services.failures``) is said in words instead, as
the command line says it. Dialogs are off in tests."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from workbench.services.paths import log_dir

log = logging.getLogger("workbench")
_dialog_enabled = True


def setup_logging() -> Path:
    directory = log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "pkp-workbench.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def show_crash_dialog(message: str, log_path: Path) -> None:  # patched in tests
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Crash", "Unexpected error"),
        QCoreApplication.translate(
            "Crash",
            "Something went wrong: %1\n\nNothing you saved is lost. The details are in "
            "%2; please send that file to your support contact.",
        )
        .replace("%1", message)
        .replace("%2", str(log_path)),
    )


def show_failure_dialog(message: str) -> None:  # patched in tests
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    QMessageBox.warning(None, QCoreApplication.translate("Crash", "Not done"), message)


def install_excepthook(enable_dialog: bool = True) -> Path:
    global _dialog_enabled
    _dialog_enabled = enable_dialog and not os.environ.get("PKP_WORKBENCH_NO_CRASH_DIALOG")
    path = setup_logging()

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception:\n%s", text)
        from workbench.services.failures import explain

        known = explain(exc) if isinstance(exc, Exception) else None
        if known is not None:  # memory, a file, the database: said in words, as the CLI does
            from workbench.ui.i18n import ui_language

            message = known.text(ui_language())
            if sys.stderr is not None:
                sys.stderr.write(message + "\n")
            if _dialog_enabled:
                show_failure_dialog(message)
            return
        if sys.stderr is not None:
            sys.stderr.write(text)
        if _dialog_enabled:
            show_crash_dialog(f"{exc_type.__name__}: {exc}", path)

    sys.excepthook = hook
    return path
