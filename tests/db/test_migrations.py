"""Schema: created by migrations, in step with the models, upgraded safely."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from workbench.db.base import Base
from workbench.db.engine import make_engine, session_scope, sqlite_path
from workbench.db.migrate import (
    NewerDatabaseError,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_if_needed,
)
from workbench.db.models import (
    Area,
    AssessmentVolume,
    District,
    Location,
    Subdistrict,
    Village,
)


def test_fresh_database_is_created_at_head_without_a_backup(db_url: str) -> None:
    engine = make_engine(db_url)
    assert upgrade_if_needed(engine) is None
    assert current_revision(engine) == head_revision()
    assert set(Base.metadata.tables) <= set(sa.inspect(engine).get_table_names())
    assert upgrade_if_needed(engine) is None  # at head: nothing to do
    engine.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade_if_needed(engine)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    engine.dispose()
    assert diff == []


def _seed_minimal(engine: sa.Engine) -> None:
    with session_scope(engine) as s:
        d = District(code="X", name="Kota X")
        s.add(d)
        s.flush()
        sub = Subdistrict(district_id=d.id, name="Kec A")
        s.add(sub)
        s.flush()
        v = Village(subdistrict_id=sub.id, name="Kel B")
        s.add(v)
        s.flush()
        # the columns every revision has (the models may have more than an old schema)
        s.execute(
            sa.text(
                "INSERT INTO location (code, name, village_id, rw, rt, created_at)"
                " VALUES ('RT1', '', :v, '', '', :at)"
            ),
            {"v": v.id, "at": datetime(2024, 1, 1)},
        )
        loc_id = s.execute(sa.text("SELECT id FROM location")).scalar_one()
        s.execute(
            sa.text(
                "INSERT INTO assessment (location_id, year, luas_ha, jumlah_bangunan, jumlah_kk, "
                "panjang_jalan_ideal_m, panjang_drainase_ideal_m, ruleset_id, ruleset_version, "
                "notes) VALUES (:loc, 2024, 2, 10, 12, 100, 150, 'permen-14-2018', '1.0', '')"
            ),
            {"loc": loc_id},
        )
        s.execute(
            sa.text(
                "INSERT INTO assessment_volume (assessment_id, criterion_code, volume)"
                " SELECT id, '1a', 3 FROM assessment"
            )
        )


def test_upgrade_from_an_older_revision_keeps_data_and_a_backup(workdir: Path) -> None:
    path = workdir / "lama.sqlite"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0001")
    _seed_minimal(engine)
    assert current_revision(engine) == "0001"
    backup = upgrade_if_needed(engine)
    assert backup is not None and backup.exists()
    assert "backup-0001" in backup.name
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT code FROM location")).scalar_one() == "RT1"
        assert "stakeholder" in sa.inspect(conn).get_table_names()
    old = make_engine(backup)
    assert current_revision(old) == "0001"
    with old.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM assessment_volume")).scalar_one() == 1
    old.dispose()
    engine.dispose()


def test_upgrade_from_an_older_revision_on_any_backend(db_url: str) -> None:
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0001")
    _seed_minimal(engine)
    upgrade_if_needed(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM assessment")).scalar_one() == 1
        assert conn.execute(sa.text("SELECT revision FROM assessment")).scalar_one() == 1
    engine.dispose()


def test_a_database_from_a_newer_program_is_refused_untouched(workdir: Path) -> None:
    path = workdir / "baru.sqlite"
    engine = make_engine(path)
    upgrade_if_needed(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NewerDatabaseError, match="newer version"):
        upgrade_if_needed(engine)
    assert current_revision(engine) == "9999"
    assert not list(workdir.glob("*.backup-*"))
    engine.dispose()


def test_sqlite_pragmas_are_on(workdir: Path) -> None:
    engine = make_engine(workdir / "p.sqlite")
    with engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(sa.text("PRAGMA busy_timeout")).scalar_one() >= 5000
    assert sqlite_path(str(engine.url)) == (workdir / "p.sqlite").resolve()
    engine.dispose()


def test_constraints_reject_bad_rows(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade_if_needed(engine)
    _seed_minimal(engine)
    with pytest.raises(IntegrityError):  # negative volume
        with session_scope(engine) as s:
            s.add(AssessmentVolume(assessment_id=1, criterion_code="1b", volume=-1))
    with pytest.raises(IntegrityError):  # one volume per criterion per assessment
        with session_scope(engine) as s:
            s.add(AssessmentVolume(assessment_id=1, criterion_code="1a", volume=2))
    with pytest.raises(IntegrityError):  # location code is a natural key
        with session_scope(engine) as s:
            s.add(Location(code="RT1", village_id=1))
    with pytest.raises(IntegrityError):  # foreign key
        with session_scope(engine) as s:
            s.add(Area(district_id=999, name="Kawasan Hantu"))
    with session_scope(engine) as s:  # nothing of the failed units of work was kept
        assert s.scalar(sa.select(sa.func.count()).select_from(AssessmentVolume)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(Area)) == 0
    engine.dispose()


def test_our_files_carry_the_application_id_and_old_ones_get_it(workdir: Path) -> None:
    from workbench.db.migrate import APPLICATION_ID, check_ours

    engine = make_engine(workdir / "baru.sqlite")
    upgrade_if_needed(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        conn.exec_driver_sql("PRAGMA application_id = 0")  # as the first versions wrote them
        conn.commit()
    engine.dispose()
    check_ours(workdir / "baru.sqlite")  # no id, but our tables: ours
    engine = make_engine(workdir / "baru.sqlite")
    upgrade_if_needed(engine)  # at head already: only the id is written
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    engine.dispose()


def test_failed_migrations_leave_the_file_as_it_was_and_one_backup(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each failed attempt used to leave another timestamped copy beside the file."""
    import hashlib

    from workbench.domain.messages import UserError

    path = workdir / "gagal.sqlite"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0001")
    _seed_minimal(engine)
    engine.dispose()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full in the middle")

    monkeypatch.setattr(command, "upgrade", broken)  # alembic's, imported when migrating
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for _attempt in range(3):
        with pytest.raises(UserError) as info:
            upgrade_if_needed(engine)
        engine.dispose()
    assert info.value.key == "migration_failed" and "RuntimeError" in str(info.value)
    backups = list(workdir.glob("*.backup-*"))
    assert [b.name for b in backups] == ["gagal.backup-0001.sqlite"]
    assert str(backups[0]) in str(info.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert current_revision(engine) == "0001"
    engine.dispose()


def test_the_head_revision_known_without_alembic_is_the_migrations_head() -> None:
    """Opening a database at head skips Alembic (HEAD_REVISION): a new migration must
    move it, or every database would be taken as behind (or ahead)."""
    from workbench.db.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()
