"""Rotating SQLite backups (daily, before an import and an approval, by hand; the last 10
kept) and restoring one: the current file kept first, a refused backup changing nothing."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from workbench.cli import main
from workbench.db.engine import make_engine, session_scope
from workbench.db.models import Stakeholder
from workbench.domain.messages import UserError
from workbench.services import backups as bk


@pytest.fixture
def db(demo_sqlite: Path, workdir: Path) -> Path:
    path = workdir / "Kab Démo.sqlite"
    shutil.copy(demo_sqlite, path)
    return path


def _stakeholders(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM stakeholder").fetchone()[0]
    finally:
        conn.close()


def _rename_one(path: Path, name: str) -> None:
    engine = make_engine(path)
    with session_scope(engine) as s:
        first = s.scalars(sa.select(Stakeholder).order_by(Stakeholder.id)).first()
        first.name = name
    engine.dispose()


def test_a_backup_is_a_whole_copy_in_one_file(db: Path) -> None:
    copy = bk.make_backup(db, "manual")
    assert copy.parent == bk.backup_folder(db) and copy.name.endswith("-manual.sqlite")
    assert _stakeholders(copy) == _stakeholders(db) > 0
    bk.check_backup(copy)  # ours, whole, of this schema
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no -wal, no -shm


def test_the_last_ten_are_kept_newest_first(db: Path) -> None:
    start = datetime(2026, 11, 1, 8, 0, 0)
    for i in range(12):
        bk.make_backup(db, "import", now=start + timedelta(hours=i))
    kept = bk.list_backups(db)
    assert len(kept) == bk.KEEP == 10
    assert [b.made for b in kept] == [start + timedelta(hours=i) for i in range(11, 1, -1)]
    # two in the same second are both kept, the later one listed first
    twin = bk.make_backup(db, "import", now=start + timedelta(hours=11))
    assert twin.name.endswith("-2-import.sqlite")
    assert bk.list_backups(db)[0].path == twin and len(bk.list_backups(db)) == 10


def test_a_daily_copy_once_a_day(db: Path) -> None:
    today = date.today()
    first = bk.daily_backup_if_due(db, today)
    assert first is not None and first.name.endswith("-daily.sqlite")
    assert bk.daily_backup_if_due(db, today) is None
    assert bk.daily_backup_if_due(db, today + timedelta(days=1)) is not None


def test_opening_the_database_keeps_the_days_copy(db: Path) -> None:
    from workbench.services.workspace import open_database

    open_database(db).engine.dispose()
    open_database(db).engine.dispose()
    assert [b.reason for b in bk.list_backups(db)] == ["daily"]


def test_the_migration_copy_is_listed_too(db: Path) -> None:
    migration = db.with_name(f"{db.stem}.backup-0004{db.suffix}")
    shutil.copy(db, migration)
    bk.make_backup(db, "manual")
    listed = {b.path: b.reason for b in bk.list_backups(db)}
    assert listed[migration] == "migration" and len(listed) == 2


def test_an_import_keeps_the_file_as_it_was_before_it(db: Path, workdir: Path) -> None:
    before = _stakeholders(db)
    table = workdir / "pemangku.csv"
    table.write_text("nama;singkatan;kategori\nForum Warga Baru;FWB;ngo\n", encoding="utf-8")
    assert main(["import", "stakeholders", str(table), "--db", str(db)]) == 0
    assert _stakeholders(db) == before + 1
    (copy,) = [b for b in bk.list_backups(db) if b.reason == "import"]
    assert _stakeholders(copy.path) == before


def test_an_approval_keeps_a_copy(workdir: Path) -> None:
    from tests.services.test_plans import _ready
    from workbench.services import plans
    from workbench.services.demo import create_demo_database

    path = workdir / "draf.sqlite"
    engine = create_demo_database(str(path), approved=False)
    assert bk.list_backups(path) == []  # writing the demo keeps nothing
    with session_scope(engine) as s:
        list_id = _ready(s)
    with session_scope(engine) as s:
        plans.approve(s, "Bupati Demo", list_id)
    engine.dispose()
    (copy,) = bk.list_backups(path)
    assert copy.reason == "approval"
    conn = sqlite3.connect(f"{copy.path.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT status FROM plan_version").fetchall() == [("draft",)]
    conn.close()


def test_restore_puts_the_backup_back_and_keeps_the_file_it_replaced(db: Path) -> None:
    copy = bk.make_backup(db, "manual")
    _rename_one(db, "Nama yang salah")
    kept = bk.restore_backup(copy, db)
    engine = make_engine(db)
    with session_scope(engine) as s:
        names = set(s.scalars(sa.select(Stakeholder.name)))
    engine.dispose()
    assert "Nama yang salah" not in names
    assert kept is not None and kept.name.endswith("-restore.sqlite")
    conn = sqlite3.connect(f"{kept.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT 1 FROM stakeholder WHERE name = 'Nama yang salah'").fetchone()
    conn.close()


def _refused(db: Path, backup: Path, key: str) -> None:
    before = db.read_bytes()
    with pytest.raises(UserError) as info:
        bk.restore_backup(backup, db)
    assert info.value.key == key
    assert db.read_bytes() == before
    assert not [b for b in bk.list_backups(db) if b.reason == "restore"]


def test_a_backup_that_cannot_be_put_back_changes_nothing(db: Path, workdir: Path) -> None:
    junk = workdir / "bukan.sqlite"
    junk.write_text("bukan basis data", encoding="utf-8")
    _refused(db, junk, "not_our_database")
    _refused(db, workdir / "tidak ada.sqlite", "backup_missing")
    _refused(db, db, "backup_is_database")
    newer = bk.make_backup(db, "manual")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    _refused(db, newer, "backup_newer")
    damaged = bk.make_backup(db, "manual", now=datetime(2026, 1, 1))
    data = bytearray(damaged.read_bytes())
    page = 4096
    for i in range(3 * page, min(len(data), 40 * page)):  # pages of tables scribbled over
        data[i] = 0x5A
    damaged.write_bytes(bytes(data))
    _refused(db, damaged, "backup_damaged")


def test_the_command_line_backs_up_and_restores(db: Path, workdir: Path, capsys) -> None:  # noqa: ANN001
    out = workdir / "salinan.sqlite"
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    assert _stakeholders(out) == _stakeholders(db)
    assert main(["backup", "--db", str(db)]) == 0
    assert "backups" in capsys.readouterr().out
    _rename_one(db, "Diubah")
    assert main(["restore", str(out), "--db", str(db)]) == 0
    assert "kept as" in capsys.readouterr().out
    assert main(["backup", "--db", "postgresql+psycopg://u@localhost/kab"]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_restore_is_refused_while_a_window_has_the_file(db: Path, capsys) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLockFile

    copy = bk.make_backup(db, "manual")
    lock = QLockFile(str(db) + ".lock")  # what an open window holds
    assert lock.tryLock(0)
    try:
        before = db.read_bytes()
        assert main(["restore", str(copy), "--db", str(db)]) == 1
        assert "close it there first" in capsys.readouterr().err
        assert db.read_bytes() == before
    finally:
        lock.unlock()


def test_a_refused_import_leaves_no_copy_and_pushes_none_out(db: Path, workdir: Path) -> None:
    now = datetime.now().replace(microsecond=0)
    for i in range(bk.KEEP):  # the newest today: opening the file makes no daily copy
        bk.make_backup(db, "manual", now=now - timedelta(days=i, seconds=5))
    before = bk.list_backups(db)
    table = workdir / "salah.csv"
    table.write_text("nama;singkatan;kategori\nForum Warga;FW;bukan-kategori\n", encoding="utf-8")
    assert main(["import", "stakeholders", str(table), "--db", str(db)]) == 1
    assert bk.list_backups(db) == before  # the ten kept as they were, no eleventh
    good = workdir / "benar.csv"
    good.write_text("nama;singkatan;kategori\nForum Warga;FW;ngo\n", encoding="utf-8")
    assert main(["import", "stakeholders", str(good), "--db", str(db)]) == 0
    after = bk.list_backups(db)
    assert len(after) == bk.KEEP and after[0].reason == "import"
    assert before[-1] not in after  # the oldest went once the import committed
