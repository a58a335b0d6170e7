from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workbench.ui import crash


def test_unhandled_exception_is_logged_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, Path]] = []
    monkeypatch.delenv("PKP_WORKBENCH_NO_CRASH_DIALOG", raising=False)
    monkeypatch.setattr(crash, "show_crash_dialog", lambda m, p: shown.append((m, p)))
    old = sys.excepthook
    try:
        log_path = crash.install_excepthook(enable_dialog=True)
        try:
            raise RuntimeError("kolom vol_4b hilang")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "kolom vol_4b hilang" in log_path.read_text(encoding="utf-8")
    assert shown and shown[0][1] == log_path and "RuntimeError" in shown[0][0]


def _db_error(message: str) -> Exception:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    return OperationalError("SELECT 1", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (MemoryError(), "memori tidak cukup"),
        (_db_error("database is locked"), "dikunci program lain"),
        (_db_error("file is not a database"), "bukan basis data PKP Workbench"),
        (_db_error("attempt to write a readonly database"), "tidak dapat ditulis"),
        (PermissionError(13, "Permission denied", "C:/data/kota.sqlite"), "C:/data/kota.sqlite"),
    ],
    ids=["memory", "locked", "not-a-database", "read-only", "os-error"],
)
def test_expected_failures_reaching_the_window_are_said_in_words(
    monkeypatch: pytest.MonkeyPatch, failure: Exception, words: str
) -> None:
    """The window's top-level handler says what the command line says, in Indonesian, and
    keeps the traceback in the log; no 'unexpected error' crash dialog."""
    from workbench.ui import i18n

    crashes: list[tuple[str, Path]] = []
    failures: list[str] = []
    monkeypatch.delenv("PKP_WORKBENCH_NO_CRASH_DIALOG", raising=False)
    monkeypatch.setattr(crash, "show_crash_dialog", lambda m, p: crashes.append((m, p)))
    monkeypatch.setattr(crash, "show_failure_dialog", failures.append)
    monkeypatch.setattr(i18n, "_language", ["id"])
    old = sys.excepthook
    try:
        log_path = crash.install_excepthook(enable_dialog=True)
        try:
            raise failure
        except BaseException:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert not crashes
    assert len(failures) == 1 and words in failures[0], failures
    assert "Traceback" not in failures[0]
    assert type(failure).__name__ in log_path.read_text(encoding="utf-8")


def test_error_text_gives_a_bad_file_in_the_window_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from workbench.services.baseline_io import InputFileError
    from workbench.ui import i18n
    from workbench.ui.errors import error_text

    monkeypatch.setattr(i18n, "_language", ["id"])
    exc = InputFileError.of("too_many_rows", source="data.csv", count="2", limit="1")
    assert error_text(exc).startswith("data.csv: 2 baris, lebih dari batas 1 baris")
    assert str(exc).startswith("data.csv: 2 rows, more than the 1")
    assert error_text(InputFileError("plain English only")) == "plain English only"
