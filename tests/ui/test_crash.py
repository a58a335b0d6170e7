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
