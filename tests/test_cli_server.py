"""The server commands refuse what never needs a server to be refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main


def test_a_password_in_the_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["server", "users", "--db", "postgresql+psycopg://budi:rahasia@localhost/kota"]) == 1
    )
    err = capsys.readouterr().err
    assert "leave the password out of the URL" in err and "rahasia" not in err


def test_a_sqlite_file_has_no_roles(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", "--db", str(workdir / "x.sqlite"), "--district", "Kota X"]) == 1
    assert "need PostgreSQL" in capsys.readouterr().err
    assert not (workdir / "x.sqlite").exists()
