"""Stakeholder and engagement files: export, re-import, and all-or-nothing refusals."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from tests.units import unit
from workbench.db.engine import session_scope
from workbench.db.models import Attendance, Stakeholder
from workbench.services.baseline import BaselineError
from workbench.services.demo import create_demo_database
from workbench.services.registry_io import (
    export_engagements,
    export_stakeholders,
    import_engagements,
    import_stakeholders,
)
from workbench.services.workspace import open_database


def _empty_district_with_villages(demo: Path, workdir: Path):  # noqa: ANN201
    """The demo's villages without its stakeholders: a district starting its registry."""
    import shutil

    target = workdir / "kosong.sqlite"
    shutil.copy(demo, target)
    engine = open_database(target, demo_if_new=False).engine
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE priority_list SET engagement_id = NULL"))
        for table in (
            "vote",
            "priority_decision",
            "proposal",
            "proposal_source",
            "commitment",
            "allocation",
            "activity",
            "attendance",
            "engagement_village",
            "engagement",
            "coverage",
            "stakeholder",
        ):
            conn.execute(sa.text(f"DELETE FROM {table}"))
    return engine


def test_export_then_import_round_trips(demo_sqlite: Path, workdir: Path) -> None:
    demo = open_database(demo_sqlite, demo_if_new=False).engine
    people, events = unit(export_stakeholders, demo), unit(export_engagements, demo)
    demo.dispose()
    assert len(people) == 62 and people["kelurahan"].str.contains("Sukamaju").any()
    people.to_excel(workdir / "pemangku.xlsx", index=False)
    events.to_csv(workdir / "kegiatan.csv", index=False, sep=";", encoding="utf-8-sig")
    target = _empty_district_with_villages(demo_sqlite, workdir)
    assert unit(import_stakeholders, target, workdir / "pemangku.xlsx").added == 62
    assert unit(import_engagements, target, workdir / "kegiatan.csv").added == len(events)
    pd.testing.assert_frame_equal(unit(export_stakeholders, target), people, check_dtype=False)
    pd.testing.assert_frame_equal(unit(export_engagements, target), events, check_dtype=False)
    target.dispose()


def test_bad_stakeholder_file_is_refused_whole(demo_sqlite: Path, workdir: Path) -> None:
    target = _empty_district_with_villages(demo_sqlite, workdir)
    path = workdir / "buruk.csv"
    path.write_text(
        "nama;kategori;pengaruh;kelurahan\n"
        "Yayasan Air Bersih;ngo;4;Sukamaju\n"
        "Dinas PU;pokja;9;Atlantis\n"
        "Yayasan Air  Bersih;lsm;3;\n"
        ";alien;;\n",
        encoding="utf-8",
    )
    with pytest.raises(BaselineError) as err:
        unit(import_stakeholders, target, path)
    lines = err.value.lines()
    assert (
        "buruk.csv, row 3, column pengaruh: value '9': expected a whole number from 1 to 5" in lines
    )
    assert any("row 3, column kelurahan: value 'Atlantis'" in x for x in lines)
    assert any("row 4, column nama" in x and "also row 2" in x for x in lines)
    assert any("row 5, column nama" in x for x in lines)
    assert any("row 5, column kategori: value 'alien'" in x for x in lines)
    with session_scope(target) as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Stakeholder)) == 0
    target.dispose()


def test_engagements_need_registered_attendees(db_url: str, workdir: Path) -> None:
    engine = create_demo_database(db_url)
    path = workdir / "acara.csv"
    path.write_text(
        "tanggal,judul,jenis,tahap,kelurahan,hadir\n"
        "2026-02-01,Sosialisasi,sosialisasi,dialogue,Sukamaju,Orang Asing\n"
        "31/02/2026,Rapat,rapat_koordinasi,trust,Sukamaju,\n",
        encoding="utf-8",
    )
    with session_scope(engine) as s:
        before = s.scalar(sa.select(sa.func.count()).select_from(Attendance))
    with pytest.raises(BaselineError) as err:
        unit(import_engagements, engine, path)
    assert [x.split(":")[0] for x in err.value.lines()] == [
        "acara.csv, row 2, column hadir",
        "acara.csv, row 3, column tanggal",
    ]
    with session_scope(engine) as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Attendance)) == before
    engine.dispose()


def test_new_engagements_are_written_together_and_one_twice_in_the_file_is_refused(
    demo_sqlite: Path, workdir: Path
) -> None:
    """New engagements go in one write (rows, villages, attendance, audit), and read back
    as the file says; the same date and title on two rows is refused with both rows."""
    target = _empty_district_with_villages(demo_sqlite, workdir)
    people = workdir / "lembaga.csv"
    people.write_text("nama,kategori\nBKM Maju,bkm_lkm\nDinas PU,agency\n", encoding="utf-8")
    unit(import_stakeholders, target, people)
    events = workdir / "acara.csv"
    rows = [
        f"2026-02-{d:02d},Rapat {d},rapat_koordinasi,trust,Sukamaju,BKM Maju|Dinas PU,"
        for d in range(1, 21)
    ]
    events.write_text(
        "tanggal,judul,jenis,tahap,kelurahan,hadir,diundang_tidak_hadir\n"
        + "\n".join(rows)
        + "\n2026-03-01,Lokakarya,lokakarya,outcome,,BKM Maju,Dinas PU\n",
        encoding="utf-8",
    )
    count = unit(import_engagements, target, events)
    assert (count.added, count.updated, count.unchanged) == (21, 0, 0)
    back = unit(export_engagements, target)
    assert len(back) == 21 and back["hadir"].iloc[0] == "BKM Maju|Dinas PU"
    last = back[back["judul"] == "Lokakarya"].iloc[0]
    assert (last["hadir"], last["diundang_tidak_hadir"]) == ("BKM Maju", "Dinas PU")
    with session_scope(target) as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Attendance)) == 42
    again = unit(import_engagements, target, events)
    assert (again.added, again.unchanged) == (0, 21)  # the same file: nothing new
    twice = workdir / "dua kali.csv"
    twice.write_text(
        "tanggal,judul,jenis,tahap\n"
        "2026-04-01,Rapat Baru,fgd,trust\n"
        "2026-04-02,Lain,fgd,trust\n"
        "01/04/2026,rapat baru ,fgd,dialogue\n",
        encoding="utf-8",
    )
    with pytest.raises(BaselineError) as err:
        unit(import_engagements, target, twice)
    assert [(i.row, i.key, dict(i.params)["other"]) for i in err.value.issues] == [
        (4, "engagement_twice", 2)
    ]
    assert len(unit(export_engagements, target)) == 21  # nothing of it written
    target.dispose()


def test_a_dry_run_counts_as_the_import_does_and_writes_nothing(
    demo_sqlite: Path, workdir: Path
) -> None:
    """The import window's check: the registry compared and counted, nothing written (not
    even the import lock); the import then counts the same."""
    from workbench.db.models import AuditEntry

    target = _empty_district_with_villages(demo_sqlite, workdir)
    first = workdir / "awal.csv"
    first.write_text("nama,kategori\nBKM Maju,bkm_lkm\nDinas PU,agency\n", encoding="utf-8")
    unit(import_stakeholders, target, first)
    later = workdir / "lanjut.csv"
    later.write_text(
        "nama,kategori,telepon\nBKM Maju,bkm_lkm,0812\nDinas PU,agency,\nKarang Taruna,ngo,\n",
        encoding="utf-8",
    )

    def written() -> tuple[int, ...]:
        with session_scope(target) as s:
            return tuple(
                s.scalar(sa.select(sa.func.count()).select_from(t))
                for t in (Stakeholder, AuditEntry)
            )

    before = written()
    dry = unit(import_stakeholders, target, later, dry_run=True)
    assert (dry.added, dry.updated, dry.unchanged) == (1, 1, 1) and written() == before
    done = unit(import_stakeholders, target, later)
    assert (done.added, done.updated, done.unchanged) == (1, 1, 1)
    events = workdir / "acara.csv"
    events.write_text(
        "tanggal,judul,jenis,tahap,hadir\n2026-02-01,Rapat,fgd,trust,BKM Maju\n", encoding="utf-8"
    )
    assert unit(import_engagements, target, events, dry_run=True).added == 1
    assert len(unit(export_engagements, target)) == 0
    target.dispose()


def test_phone_numbers_keep_their_leading_zero(demo_sqlite: Path, workdir: Path) -> None:
    target = _empty_district_with_villages(demo_sqlite, workdir)
    path = workdir / "telepon.csv"
    path.write_text(
        "nama,kategori,telepon,pengaruh\nYayasan Air Bersih,ngo,081234567890,4\n", encoding="utf-8"
    )
    assert unit(import_stakeholders, target, path).added == 1
    frame = unit(export_stakeholders, target)
    assert frame.loc[0, "telepon"] == "081234567890" and frame.loc[0, "pengaruh"] == 4
    target.dispose()


def test_reimporting_an_edited_export_updates_in_place(demo_sqlite: Path, workdir: Path) -> None:
    import shutil

    db = workdir / "sama.sqlite"
    shutil.copy(demo_sqlite, db)
    engine = open_database(db, demo_if_new=False).engine
    people = unit(export_stakeholders, engine)
    path = workdir / "pemangku.csv"
    people.to_csv(path, index=False)
    again = unit(import_stakeholders, engine, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 62)
    events = workdir / "kegiatan.csv"
    unit(export_engagements, engine).to_csv(events, index=False)
    count = unit(import_engagements, engine, events)
    assert (count.added, count.updated) == (0, 0)
    row = people.index[people["singkatan"] == "DLH"][0]
    people.loc[row, "pengaruh"] = 5
    people.loc[len(people)] = [
        "Yayasan Kali Bersih",
        "YKB",
        "tidak",
        "ngo",
        "non_gov",
        "mitra",
        "",
        "",
        "",
        "",
        "tidak",
        "",
        "",
        2,
        4,
        "Sukamaju",
        "",
        "",
        "tidak",
    ]
    people.to_csv(path, index=False)
    changed = unit(import_stakeholders, engine, path)
    assert (changed.added, changed.updated, changed.unchanged) == (1, 1, 61)
    after = unit(export_stakeholders, engine)
    assert int(after.loc[after["singkatan"] == "DLH", "pengaruh"].iloc[0]) == 5
    assert "Yayasan Kali Bersih" in set(after["nama"])
    engine.dispose()


def test_new_stakeholders_are_written_together_with_villages_audit_and_archive_flag(
    db_url: str, workdir: Path
) -> None:
    """The import writes its new rows in one go (issue #17: it scanned the registry once
    per row and rebuilt a column per cell); on SQLite and PostgreSQL the rows keep the
    file's order, their villages and kawasan, an audit entry each and the archive flag."""
    from workbench.db.models import AuditEntry, Coverage

    engine = create_demo_database(db_url)
    path = workdir / "baru.csv"
    path.write_text(
        "nama;kategori;kelurahan;kawasan;diarsipkan\n"
        "Kelompok Warga Satu;ksm_pokmas;Sukamaju;;\n"
        "Kelompok Warga Dua;ksm_pokmas;Sukamaju|Banyuurip;Kawasan Pasar Lama;\n"
        "Kelompok Warga Tiga;ngo;;;ya\n",
        encoding="utf-8",
    )
    count = unit(import_stakeholders, engine, path, user="uji")
    assert (count.added, count.updated, count.unchanged) == (3, 0, 0)
    with session_scope(engine) as s:
        made = {
            sh.name: sh
            for sh in s.scalars(
                sa.select(Stakeholder).where(Stakeholder.name.like("Kelompok Warga%"))
            )
        }
        assert made["Kelompok Warga Satu"].id < made["Kelompok Warga Dua"].id
        assert made["Kelompok Warga Tiga"].archived and not made["Kelompok Warga Dua"].archived
        places = s.execute(
            sa.select(Coverage.village_id, Coverage.area_id).where(
                Coverage.stakeholder_id == made["Kelompok Warga Dua"].id
            )
        ).all()
        assert sum(1 for v, _a in places if v) == 2 and sum(1 for _v, a in places if a) == 1
        audited = s.scalars(
            sa.select(AuditEntry.entity_id).where(
                AuditEntry.entity == "stakeholder", AuditEntry.action == "create"
            )
        ).all()
        assert {made[n].id for n in made} <= set(audited)
    engine.dispose()


def test_an_import_refuses_a_registered_body_under_other_words_and_flags_near_ones(
    demo_sqlite: Path, workdir: Path
) -> None:
    import shutil

    copy = workdir / "kota.sqlite"
    shutil.copy(demo_sqlite, copy)
    engine = open_database(copy, demo_if_new=False).engine
    path = workdir / "baru.csv"
    path.write_text(
        "nama;kategori\nDinas PUPR;pokja\nYayasan Kampung Hijau;lsm\n",
        encoding="utf-8",
    )
    with pytest.raises(BaselineError) as err:
        unit(import_stakeholders, engine, path)
    line = next(x for x in err.value.lines() if "row 2" in x)
    assert "column nama" in line and "Dinas Pekerjaan Umum dan Penataan Ruang" in line
    path.write_text(
        "nama;kategori\nBKM Sukamaju Sejahtra;bkm_lkm\nYayasan Kampung Hijau;lsm\n"
        "Yayasan Kampung Hijau Lestari;lsm\n",
        encoding="utf-8",
    )
    count = unit(import_stakeholders, engine, path)
    assert count.added == 3  # imported, each near name flagged
    warned = {(n.row, n.key) for n in count.notices if n.severity == "warning"}
    assert warned == {(2, "name_resembles"), (4, "name_resembles_in_file")}
    engine.dispose()
