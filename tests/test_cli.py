"""The command line contract: --version, demo, screenshot, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbench import __version__
from workbench.cli import main


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def test_version() -> None:
    res = run("--version")
    assert res.returncode == 0
    assert res.stdout.strip() == f"pkp-workbench {__version__}"


def test_bad_usage_exits_2() -> None:
    res = run("demo")  # --db is required
    assert res.returncode == 2
    assert "--db" in res.stderr
    assert run("no-such-command").returncode == 2


def test_demo_writes_and_refuses_to_overwrite(workdir: Path) -> None:
    target = workdir / "demo baru.sqlite"
    assert main(["demo", "--db", str(target)]) == 0
    assert target.exists()
    size = target.stat().st_size
    res = run("demo", "--db", str(target))
    assert res.returncode == 1
    assert "already exists" in res.stderr and "--force" in res.stderr
    assert target.stat().st_size == size
    assert main(["demo", "--db", str(target), "--force"]) == 0


def test_screenshot_writes_each_tab_and_the_projection(
    app,
    workdir: Path,  # noqa: ANN001
    demo_sqlite: Path,
) -> None:
    from PySide6.QtGui import QImage

    out = workdir / "gambar layar"
    assert main(["screenshot", "--out", str(out), "--db", str(demo_sqlite)]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == [
        "0-main-window.png",
        "1-pemangku-kepentingan.png",
        "1b-cakupan.png",
        "1c-pengaruh-kepentingan.png",
        "1d-kegiatan.png",
        "2-skor-kumuh.png",
        "2b-ringkasan.png",
        "3-harmonisasi-prioritas.png",
        "3b-sumber-usulan.png",
        "3c-suara-lokakarya.png",
        "3d-sensitivitas.png",
        "3e-daftar-disepakati.png",
        "4-matriks-program.png",
        "4b-per-sumber-dana.png",
        "4c-per-kecamatan.png",
        "4d-analisis.png",
        "4e-katalog.png",
        "5-projection-1024x768.png",
        "5-projection-1920x1080.png",
        "6-laporan.png",
        "6b-pengesahan-rencana.png",
        "6c-periksa-pdf.png",
    ]
    big = QImage(str(out / "5-projection-1920x1080.png"))
    assert (big.width(), big.height()) == (1920, 1080)
    tab = QImage(str(out / "2-skor-kumuh.png"))
    assert tab.width() >= 1000
    colours = {
        tab.pixelColor(x, y).name()
        for x in range(0, tab.width(), 7)
        for y in range(0, tab.height(), 7)
    }
    assert "#b71c1c" in colours  # heavy-slum pills are painted: the table really has data


def test_screenshot_of_a_broken_database_fails_with_a_message(workdir: Path) -> None:
    bad = workdir / "rusak.sqlite"
    bad.write_bytes(b"not sqlite" * 50)
    res = run("screenshot", "--out", str(workdir / "x"), "--db", str(bad))
    assert res.returncode == 1
    assert "pkp-workbench:" in res.stderr


@pytest.mark.parametrize("argv", [["--db"], ["screenshot"]])
def test_missing_values_are_usage_errors(argv: list[str]) -> None:
    assert run(*argv).returncode == 2


def _baseline_csv(demo_sqlite: Path, workdir: Path, year: int = 2025) -> Path:
    out = workdir / "baseline.csv"
    assert (
        main(
            ["export", "baseline", "--db", str(demo_sqlite), "--out", str(out), "--year", str(year)]
        )
        == 0
    )
    return out


def test_score_to_stdout_and_to_xlsx(demo_sqlite: Path, workdir: Path) -> None:
    import pandas as pd

    src = _baseline_csv(demo_sqlite, workdir)
    res = run("score", str(src))
    assert res.returncode == 0
    lines = res.stdout.splitlines()
    assert lines[0].startswith("kode_lokasi,tahun,pct_1a,skor_1a,pct_1b,skor_1b")
    assert len(lines) == 73
    assert "kumuh berat" in res.stdout
    out = workdir / "skor.xlsx"
    assert main(["score", str(src), "--out", str(out)]) == 0
    frame = pd.read_excel(out)
    assert len(frame) == 72 and set(frame["tingkat"]) <= {
        "kumuh berat",
        "kumuh sedang",
        "kumuh ringan",
        "tidak kumuh",
    }
    old = run("score", str(src), "--rules", "permen-02-2016")
    assert old.returncode == 1 and "vol_4d" in old.stderr and "permen-02-2016" in old.stderr
    unknown = run("score", str(src), "--rules", "permen-99")
    assert unknown.returncode == 1 and "known: " in unknown.stderr


def test_import_and_export_through_the_command_line(demo_sqlite: Path, workdir: Path) -> None:
    from workbench.services.workspace import create_empty_database

    src = _baseline_csv(demo_sqlite, workdir)
    db = workdir / "kota uji.sqlite"
    create_empty_database(db, "Kota Uji").dispose()
    res = run("import", "baseline", str(src), "--db", str(db))
    assert res.returncode == 0, res.stderr
    assert "imported 72 rows (72 new RT units; years 2025)" in res.stdout
    again = run("import", "baseline", str(src), "--db", str(db))
    assert again.returncode == 1
    assert "72 error(s); nothing was imported" in again.stderr
    assert "row 2, column kode_lokasi" in again.stderr
    out = workdir / "kawasan.csv"
    assert (
        run("export", "scores", "--db", str(db), "--out", str(out), "--level", "kawasan").returncode
        == 0
    )
    assert out.read_text(encoding="utf-8").startswith("kawasan,tahun,aturan,jumlah_rt")
    missing = run("export", "scores", "--db", str(workdir / "tidak ada.sqlite"), "--out", str(out))
    assert missing.returncode == 1 and "no such database" in missing.stderr
    assert run("export", "scores", "--db", str(db), "--out", str(workdir / "x.pdf")).returncode == 1
    wrong = run("import", "programme", str(src), "--db", str(db))  # a baseline, not records
    assert wrong.returncode == 1 and "column kriteria: required column is missing" in wrong.stderr


def test_export_and_import_the_registry_on_the_command_line(
    demo_sqlite: Path, workdir: Path
) -> None:
    out = workdir / "pemangku.csv"
    res = run("export", "stakeholders", "--db", str(demo_sqlite), "--out", str(out))
    assert res.returncode == 0 and "wrote 62 rows" in res.stdout
    again = run("import", "stakeholders", str(out), "--db", str(demo_sqlite))
    assert again.returncode == 0, again.stderr
    assert (
        "imported 62 stakeholders from pemangku.csv: 0 added, 0 updated, 62 unchanged"
        in again.stdout
    )
    bad = workdir / "buruk.csv"
    bad.write_text("nama,kategori\nYayasan X,alien\n", encoding="utf-8")
    refused = run("import", "stakeholders", str(bad), "--db", str(demo_sqlite))
    assert refused.returncode == 1 and "1 error(s); nothing was imported" in refused.stderr
    events = workdir / "kegiatan.xlsx"
    assert (
        run("export", "engagements", "--db", str(demo_sqlite), "--out", str(events)).returncode == 0
    )


def test_export_priorities_live_and_frozen(demo_sqlite: Path, workdir: Path) -> None:
    import shutil

    import pandas as pd

    from workbench.db.engine import make_engine, session_scope
    from workbench.services import harmonisation as hs

    db = workdir / "prioritas.sqlite"
    shutil.copy(demo_sqlite, db)
    out = workdir / "prioritas.xlsx"
    res = run("export", "priorities", "--db", str(db), "--out", str(out))
    assert res.returncode == 0, res.stderr
    live = pd.read_excel(out)
    assert live["peringkat"].tolist() == list(range(1, len(live) + 1))
    assert "usulan: SK Kumuh 2024" in live.columns
    kaw = workdir / "kawasan.csv"
    assert (
        run(
            "export", "priorities", "--db", str(db), "--out", str(kaw), "--level", "kawasan"
        ).returncode
        == 0
    )
    assert pd.read_csv(kaw)["tingkat_kandidat"].eq("kawasan").all()
    none_yet = run("export", "priorities", "--db", str(db), "--out", str(kaw), "--frozen", "99")
    assert none_yet.returncode == 1 and "Agreed list #99 does not exist" in none_yet.stderr
    engine = make_engine(db)
    with session_scope(engine) as s:
        rows = hs.harmonised_view(s).rows
        for r in rows:
            hs.set_decision(s, r.info.target, hs.Decision("agreed") if r in rows[:2] else None)
        list_id = hs.freeze(s, "Kesepakatan uji", None)
    engine.dispose()
    frozen = workdir / "beku.csv"
    res = run(
        "export", "priorities", "--db", str(db), "--out", str(frozen), "--frozen", str(list_id)
    )
    assert res.returncode == 0, res.stderr
    table = pd.read_csv(frozen)
    assert table["kode_lokasi"].tolist() == [r.info.code for r in rows[:2]]
    assert table["sidik_sha256"].str.len().eq(64).all()
    bad = run("export", "priorities", "--db", str(db), "--out", str(frozen), "--level", "kelurahan")
    assert bad.returncode == 1 and "rt or kawasan" in bad.stderr


def test_import_and_export_programme_on_the_command_line(demo_sqlite: Path, workdir: Path) -> None:
    import shutil

    db = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, db)
    out = workdir / "program.csv"
    res = run("export", "programme", "--db", str(db), "--out", str(out))
    assert res.returncode == 0, res.stderr
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id_kegiatan,tahun,kode_lokasi,kawasan")
    code = out.read_text(encoding="utf-8").splitlines()[1].split(",")[2]
    rec = workdir / "kota.csv"
    rec.write_text(
        "tahun;kode_lokasi;kriteria;volume;kegiatan;sumber_dana;anggaran\n"
        f"2027;{code};4c;30,5;Tutup got;APBD II (KOTA/KAB);Rp 20.000.000\n",
        encoding="utf-8",
    )
    refused = run("import", "programme", str(rec), "--db", str(db))
    assert refused.returncode == 1
    assert "row 2, column sumber_dana" in refused.stderr and "--add-new" in refused.stderr
    assert "row 2, column kegiatan" in refused.stderr
    added = run("import", "programme", str(rec), "--db", str(db), "--add-new")
    assert added.returncode == 0, added.stderr
    assert "added 1 new funding sources: APBD II (KOTA/KAB)" in added.stderr
    assert "1 activities added" in added.stdout


def test_report_and_verify_on_the_command_line(
    demo_sqlite: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from workbench.cli import REPORT_KINDS
    from workbench.reports.build import REPORT_KINDS as BUILT

    assert REPORT_KINDS == BUILT
    db = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, db)
    pdf = workdir / "ringkasan rencana.pdf"
    assert main(["report", "plan-summary", "--db", str(db), "--out", str(pdf)]) == 0
    assert "plan version 1 (approved)" in capsys.readouterr().out
    assert main(["verify", str(pdf), "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("OK: matches approved plan version 1")
    changed = workdir / "diubah.pdf"
    data = bytearray(pdf.read_bytes())
    tail = data.rfind(b"stream\r\n") if b"stream\r\n" in data else data.rfind(b"stream\n")
    data[tail + 20] ^= 0xFF  # one byte of the last page's compressed drawing
    changed.write_bytes(bytes(data))
    assert main(["verify", str(changed), "--db", str(db)]) == 1
    assert "NOT VERIFIED" in capsys.readouterr().err
    sheet = workdir / "sk.xlsx"
    assert main(["report", "sk-table", "--db", str(db), "--out", str(sheet)]) == 0
    assert sheet.exists()
    assert main(["report", "plan-summary", "--db", str(db), "--out", str(workdir / "x.txt")]) == 1
    assert ".pdf" in capsys.readouterr().err
    assert (
        main(
            [
                "report",
                "plan-summary",
                "--db",
                str(db),
                "--version",
                "9",
                "--out",
                str(workdir / "y.pdf"),
            ]
        )
        == 1
    )
    assert "no plan version 9" in capsys.readouterr().err
    assert not (workdir / "y.pdf").exists()


def test_sign_countersign_and_trust_on_the_command_line(
    demo_sqlite: Path,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from tests.certs import issue

    db = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, db)
    ketua = issue(workdir, "Ketua Pokja", ca_name="Root CA Uji")
    bappeda = issue(workdir, "Kepala Bappeda", passphrase="lain", ca_name="Root CA Dua")
    monkeypatch.setenv("PKP_PASS", ketua.passphrase)
    pdf = workdir / "ringkasan.pdf"
    assert (
        main(
            [
                "report",
                "plan-summary",
                "--db",
                str(db),
                "--out",
                str(pdf),
                "--sign",
                str(ketua.p12),
                "--passphrase-env",
                "PKP_PASS",
            ]
        )
        == 0
    )
    assert "signed by Ketua Pokja" in capsys.readouterr().out
    assert main(["verify", str(pdf), "--db", str(db), "--trust", str(ketua.root_pem)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("OK: matches approved plan version 1")
    assert "certified by Ketua Pokja" in out[1] and "certificate trusted" in out[1]

    monkeypatch.setenv("PKP_PASS", "lain")
    both = workdir / "ringkasan-2.pdf"
    assert (
        main(
            [
                "sign",
                str(pdf),
                "--db",
                str(db),
                "--sign",
                str(bappeda.p12),
                "--passphrase-env",
                "PKP_PASS",
                "--out",
                str(both),
            ]
        )
        == 0
    )
    assert f"signed {both} as Kepala Bappeda" in capsys.readouterr().out
    assert main(["verify", str(both), "--db", str(db), "--trust", str(ketua.root_pem)]) == 1
    err = capsys.readouterr().err  # the second signer's root was not given to trust
    assert "certificate of Kepala Bappeda does not chain to the trusted roots" in err
    assert (
        main(
            [
                "verify",
                str(both),
                "--db",
                str(db),
                "--trust",
                str(ketua.root_pem),
                "--trust",
                str(bappeda.root_pem),
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.count("certificate trusted") == 2

    # refusals: wrong passphrase, none given without a terminal, a draft, another report
    assert (
        main(
            [
                "report",
                "plan-summary",
                "--db",
                str(db),
                "--out",
                str(workdir / "a.pdf"),
                "--sign",
                str(ketua.p12),
                "--passphrase-env",
                "PKP_PASS",
            ]
        )
        == 1
    )
    assert "wrong passphrase" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", None)
    assert (
        main(
            [
                "report",
                "plan-summary",
                "--db",
                str(db),
                "--out",
                str(workdir / "a.pdf"),
                "--sign",
                str(ketua.p12),
            ]
        )
        == 1
    )
    assert "--passphrase-env" in capsys.readouterr().err
    monkeypatch.setenv("PKP_PASS", ketua.passphrase)
    assert (
        main(
            [
                "report",
                "plan-summary",
                "--db",
                str(db),
                "--version",
                "2",
                "--out",
                str(workdir / "a.pdf"),
                "--sign",
                str(ketua.p12),
                "--passphrase-env",
                "PKP_PASS",
            ]
        )
        == 1
    )
    assert "version 2 is a draft" in capsys.readouterr().err
    assert (
        main(
            [
                "report",
                "sk-table",
                "--db",
                str(db),
                "--out",
                str(workdir / "a.pdf"),
                "--sign",
                str(ketua.p12),
                "--passphrase-env",
                "NOT_SET_ANYWHERE",
            ]
        )
        == 1
    )
    assert "only the plan summary" in capsys.readouterr().err
    assert not (workdir / "a.pdf").exists()
    assert (
        main(
            [
                "report",
                "plan-summary",
                "--db",
                str(db),
                "--out",
                str(workdir / "a.pdf"),
                "--tsa",
                "http://tsa.example/",
            ]
        )
        == 1
    )
    assert "give --sign" in capsys.readouterr().err

    from tests.certs import tsa_server

    stamped = workdir / "bercap.pdf"
    with tsa_server(workdir) as (url, tsa_root):
        assert (
            main(
                [
                    "sign",
                    str(pdf),
                    "--db",
                    str(db),
                    "--sign",
                    str(ketua.p12),
                    "--passphrase-env",
                    "PKP_PASS",
                    "--tsa",
                    url,
                    "--out",
                    str(stamped),
                ]
            )
            == 0
        )
    out = capsys.readouterr().out
    assert "signed by Ketua Pokja" in out and "time-stamped" in out.splitlines()[-1]
    assert (
        main(
            [
                "verify",
                str(stamped),
                "--db",
                str(db),
                "--trust",
                str(ketua.root_pem),
                "--trust",
                str(tsa_root),
            ]
        )
        == 0
    )


def test_failures_are_messages_never_tracebacks(workdir: Path, capsys) -> None:  # noqa: ANN001
    """Issue 15: a file that is not a database, an unknown URL scheme, a folder that cannot
    be read, a CSV with a byte no encoding knows, a junk CSV, an XML entity bomb, a server
    that does not answer: each a message, exit 1."""
    import os
    import random

    junk = workdir / "acak.sqlite"
    junk.write_bytes(random.Random(7).randbytes(4096))
    text = workdir / "catatan.sqlite"
    text.write_text("ini bukan basis data\n", encoding="utf-8")
    import hashlib
    import sqlite3

    foreign = workdir / "program lain.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE pelanggan (nama TEXT)")
    conn.commit()
    conn.close()
    empty = workdir / "kosong.sqlite"
    empty.write_bytes(b"")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (foreign, empty)}
    bad_csv = workdir / "rusak.csv"
    bad_csv.write_bytes(b"kode_lokasi;kelurahan\nDM1;Suka\x81maju\n")
    junk_csv = workdir / "junk.csv"
    junk_csv.write_bytes(random.Random(3).randbytes(20_000))
    from tests.services.test_input_limits import sheet_xml, write_xlsx

    bomb = write_xlsx(
        workdir / "bom.xlsx",
        sheet_xml(
            [["kode_lokasi"], ["&b;"]], '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
        ),
    )
    out = str(workdir / "o.csv")
    cases = [
        (["export", "scores", "--db", str(junk), "--out", out], "not a PKP Workbench database"),
        (["export", "scores", "--db", str(text), "--out", out], "not a PKP Workbench database"),
        (["export", "scores", "--db", "foo://bar", "--out", out], "not a database file or URL"),
        (["export", "scores", "--db", str(foreign), "--out", out], "left unchanged"),
        (["export", "locations", "--db", str(empty), "--out", out], "left unchanged"),
        (["score", str(bad_csv)], "row 2, column kelurahan"),
        (["score", str(junk_csv)], "junk.csv"),
        (["score", str(bomb)], "declares XML entities"),
        (
            ["export", "scores", "--db", "postgresql+psycopg://nobody@127.0.0.1:9/x", "--out", out],
            "did not answer",
        ),
    ]
    if os.geteuid() != 0:  # root reads everything
        locked = workdir / "terkunci"
        locked.mkdir()
        (locked / "d.sqlite").write_bytes(b"")
        locked.chmod(0)
        cases.append(
            (
                ["export", "scores", "--db", str(locked / "d.sqlite"), "--out", out],
                "cannot be written or opened",
            )
        )
    for argv, expected in cases:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert "Traceback" not in err and expected in err, (argv, err)
    assert junk.read_bytes() == random.Random(7).randbytes(4096)  # refused unchanged
    assert before == {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (foreign, empty)}


def test_a_locked_or_newer_database_is_a_message(demo_sqlite: Path, workdir: Path, capsys) -> None:  # noqa: ANN001
    """Issue 15: 'database is locked' after another process held the lock, and a database
    from a newer program (the good message was buried in a traceback)."""
    import shutil
    import sqlite3

    locked = workdir / "dipakai.sqlite"
    shutil.copy(demo_sqlite, locked)
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code = main(["export", "locations", "--db", str(locked), "--out", str(workdir / "l.csv")])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "locked" in err and "try again" in err, err
    newer = workdir / "baru.sqlite"
    shutil.copy(demo_sqlite, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert main(["export", "locations", "--db", str(newer), "--out", str(workdir / "l.csv")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "newer version" in err and "Update the program" in err


def test_a_file_past_a_limit_is_refused_by_the_command_line_unread(
    demo_sqlite: Path,
    workdir: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    """Issue 15: a zip bomb and a file of 600,000 columns; the limit set in input-limits.toml
    is the one named, and the database is unchanged."""
    import hashlib
    import shutil
    import zipfile

    from tests.services.test_input_limits import sheet_xml, write_xlsx
    from workbench.services import limits

    monkeypatch.setattr(limits, "limits_file", lambda: workdir / "input-limits.toml")
    (workdir / "input-limits.toml").write_text("max_unpacked_mb = 5\n", encoding="utf-8")
    db = workdir / "d.sqlite"
    shutil.copy(demo_sqlite, db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    bomb = write_xlsx(workdir / "bom.xlsx", sheet_xml([["kode_lokasi"]]))
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as z, z.open("xl/zeros.xml", "w") as f:
        for _ in range(8):
            f.write(b"\0" * (1024 * 1024))
    wide = workdir / "lebar.csv"
    wide.write_text(",".join(f"c{i}" for i in range(600_000)) + "\n", encoding="utf-8")
    for path, words in ((bomb, "unpacks to 8 MB, more than the 5 MB"), (wide, "600000 columns")):
        assert main(["import", "baseline", str(path), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err, err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_new_makes_an_empty_district_and_never_overwrites(db_url: str) -> None:
    """Issue 17: `import baseline F --db NEW.sqlite` answered 'no such database' and there was
    no way to start a district without the demo. Also on a server database (CI's PostgreSQL)."""
    import sqlalchemy as sa

    from workbench.db.migrate import HEAD_REVISION, current_revision
    from workbench.db.models import ActivityType, Assessment, District, FundingSource, Stakeholder

    res = run("new", "--db", db_url, "--district", "Kota Pekalongan", "--province", "Jawa Tengah")
    assert res.returncode == 0, res.stderr
    assert "Kota Pekalongan" in res.stdout and "import baseline" in res.stdout
    engine = sa.create_engine(db_url)
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        districts = conn.execute(sa.select(District.name, District.province)).all()
        assert districts == [("Kota Pekalongan", "Jawa Tengah")]
        assert conn.scalar(sa.select(sa.func.count()).select_from(Assessment)) == 0
        assert conn.scalar(sa.select(sa.func.count()).select_from(Stakeholder)) == 0
        assert conn.scalar(sa.select(sa.func.count()).select_from(FundingSource)) > 0
        assert conn.scalar(sa.select(sa.func.count()).select_from(ActivityType)) > 0
    again = run("new", "--db", db_url, "--district", "Kota Lain")
    assert again.returncode == 1 and "never overwrites" in again.stderr
    assert "Traceback" not in again.stderr
    with engine.connect() as conn:  # refused unchanged
        assert conn.execute(sa.select(District.name)).scalars().all() == ["Kota Pekalongan"]
    engine.dispose()


def test_new_then_import_then_export_round_trips(workdir: Path, demo_sqlite: Path) -> None:
    import pandas as pd

    baseline = workdir / "baseline 2025.csv"
    assert (
        run("export", "baseline", "--db", str(demo_sqlite), "--out", str(baseline)).returncode == 0
    )
    target = workdir / "kota baru.sqlite"
    assert run("new", "--db", str(target), "--district", "Kota Baru").returncode == 0
    res = run("import", "baseline", str(baseline), "--db", str(target))
    assert res.returncode == 0, res.stderr
    theirs, ours = workdir / "demo-skor.csv", workdir / "baru-skor.csv"
    assert run("export", "scores", "--db", str(demo_sqlite), "--out", str(theirs)).returncode == 0
    assert run("export", "scores", "--db", str(target), "--out", str(ours)).returncode == 0
    a, b = pd.read_csv(theirs), pd.read_csv(ours)
    assert len(a) == len(b) > 0
    pd.testing.assert_frame_equal(a, b)
