"""The PDF reports on the demo district, read back with pypdf: figures, names, page counts,
embedded fonts, landscape pages, repeated headers; verification of plan summaries; reports
never write to the database."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream
from reportlab.platypus import Paragraph
from sqlalchemy import delete, select

from tests.units import unit
from workbench.db.engine import make_engine, session_scope
from workbench.db.models import Location, Shape
from workbench.domain.formatting import format_dms, format_ha
from workbench.domain.messages import UserError
from workbench.reports.build import ReportOptions, make_report, write_report
from workbench.reports.pdf_base import BODY, ReportMeta, render
from workbench.reports.verify import verify_pdf
from workbench.services import report_data as rd
from workbench.services.demo import DEMO_SIGNATORIES
from workbench.services.scores import score_rows, set_assessment_value


def _text(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def _fonts(data: bytes) -> set[tuple[str, bool]]:
    """(font name, embedded?) of every font the pages use."""
    out = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fd = font.get("/FontDescriptor")
            if fd is None and "/DescendantFonts" in font:
                fd = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            fd = fd.get_object() if fd is not None else {}
            out.add((str(font["/BaseFont"]), any(k in fd for k in ("/FontFile2", "/FontFile"))))
    return out


@pytest.fixture
def demo(demo_sqlite: Path, workdir: Path) -> Path:
    path = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, path)
    return path


def test_indonesian_text_and_symbols_in_an_embedded_unicode_font() -> None:
    pdf = render(
        [
            Paragraph(
                "Rp 1.234.567 · 12,5 ha · 23 November 2026 · 5 m² · "
                "skor ≥ 71 · 2026–2030 · “kumuh”",
                BODY,
            )
        ],
        ReportMeta(title="Uji", district="Kabupaten Démo"),
    )
    text = _text(pdf)[0]
    for piece in (
        "Rp 1.234.567",
        "12,5 ha",
        "23 November 2026",
        "m²",
        "≥ 71",
        "2026–2030",
        "“kumuh”",
        "Halaman 1 dari 1",
        "Kabupaten Démo",
    ):
        assert piece in text
    fonts = _fonts(pdf)
    assert fonts and all(embedded for _name, embedded in fonts)
    assert all("DejaVu" in name for name, _e in fonts)  # no Latin-1-only Helvetica


def test_plan_summary_holds_the_approved_figures_names_and_fingerprint(demo: Path) -> None:
    engine = make_engine(demo)
    source = unit(rd.plan_source, engine)
    assert source.version.version_no == 1 and source.version.status == "approved"
    report = make_report(engine, "plan-summary")
    pages = _text(report.pdf)
    fp = source.version.fingerprint
    assert fp and len(fp) == 64
    assert len(pages) == 3
    for i, text in enumerate(pages, start=1):
        assert f"Halaman {i} dari 3" in text
        assert fp in re.sub(r"\s", "", text)  # footer of every page
    assert PdfReader(io.BytesIO(report.pdf)).metadata["/Keywords"] == f"sha256:{fp}"
    fig = source.snapshot["figures"]
    slum_now = sum(fig["baseline"][k][1] for k in ("HEAVY", "MEDIUM", "LIGHT"))
    slum_2030 = sum(fig["years"]["2030"][k][1] for k in ("HEAVY", "MEDIUM", "LIGHT"))
    everything = "\n".join(pages)
    assert format_ha(slum_now) in everything and format_ha(slum_2030) in everything
    assert "RP2KPKP Kabupaten Demo 2026–2030" in everything
    assert "disahkan 15 Desember 2025" in everything
    for name, nip in DEMO_SIGNATORIES:
        assert name in everything and f"NIP {nip}" in everything
    total = sum(int(a) for act in source.snapshot["programme"] for _y, _s, a in act["anggaran"])
    assert f"{total:,}".replace(",", ".") in everything
    for entry in source.snapshot["priority_list"]["entries"]:
        assert entry["code"] in everything
        assert entry["authority"].startswith("Pemerintah")  # kewenangan penanganan
    assert "Kewenangan" in everything
    assert all(embedded for _n, embedded in _fonts(report.pdf))
    assert set(report.tables) >= {"angka_kunci", "prioritas", "per_sumber_dana", "komitmen"}


def test_a_draft_summary_says_so_and_carries_no_fingerprint(demo: Path) -> None:
    engine = make_engine(demo)
    report = make_report(engine, "plan-summary", ReportOptions(version=2))
    text = "\n".join(_text(report.pdf))
    assert "DRAF, belum disahkan" in text and "SHA-256" not in text
    with pytest.raises(UserError, match="no plan version 7"):
        make_report(engine, "plan-summary", ReportOptions(version=7))


def test_the_summary_is_the_same_bytes_every_time(demo: Path) -> None:
    engine = make_engine(demo)
    assert make_report(engine, "plan-summary").pdf == make_report(engine, "plan-summary").pdf


def test_verify_accepts_the_untouched_file_and_rejects_changes(demo: Path, workdir: Path) -> None:
    engine = make_engine(demo)
    pdf = workdir / "ringkasan.pdf"
    write_report(engine, "plan-summary", pdf)
    ok = verify_pdf(engine, pdf)
    assert ok.ok and ok.version_no == 1, ok.problems

    # a page changed: a white box drawn over part of page 2
    reader = PdfReader(pdf)
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[1]
    content = ContentStream(page.get_contents(), writer)
    content.set_data(content.get_data() + b"\n1 1 1 rg 100 400 200 60 re f\n")
    page.replace_contents(content)
    tampered = workdir / "ringkasan diubah.pdf"
    with tampered.open("wb") as fh:
        writer.write(fh)
    bad = verify_pdf(engine, tampered)
    assert not bad.ok and any("page 2 differs" in p for p in bad.problems)

    # not a plan summary at all
    other = workdir / "sk.pdf"
    write_report(engine, "sk-table", other)
    assert "no plan fingerprint" in verify_pdf(engine, other).problems[0]

    # the data changed after approval (routine data entry): the document is still exactly the
    # approved one, and says so with a notice naming what changed (issue 15)
    with session_scope(engine) as s:
        row = max(score_rows(s), key=lambda r: r.year)
        set_assessment_value(s, row.assessment_id, "luas_ha", row.area_ha + 1.0)
    after = verify_pdf(engine, pdf)
    assert after.ok, after.problems
    assert any("data have changed" in line and "figures" in line for line in after.lines())
    assert any("tetap persis" in line for line in after.lines("id"))


def test_verify_refuses_every_kind_of_tampering_beyond_the_pages(
    demo: Path,  # noqa: ANN001
    workdir: Path,
) -> None:
    """Issue 15: an annotation over the key figures, a flipped font byte, changed metadata,
    an appended update and a changed page order all passed: only page streams were compared."""
    engine = make_engine(demo)
    pdf = workdir / "ringkasan.pdf"
    write_report(engine, "plan-summary", pdf)
    original = pdf.read_bytes()

    def tampered(name: str, data: bytes) -> list[str]:
        path = workdir / name
        path.write_bytes(data)
        result = verify_pdf(engine, path)
        assert not result.ok, name
        return result.problems

    from pypdf.annotations import FreeText

    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.add_annotation(
        page_number=0,
        annotation=FreeText(text="TOTAL Rp 999.999.999.999", rect=(50, 550, 400, 600)),
    )
    buf = io.BytesIO()
    writer.write(buf)
    assert any("not byte for byte" in p for p in tampered("catatan.pdf", buf.getvalue()))
    font = original.index(b"/FontFile2")
    stream = original.index(b"stream", font) + 300
    flipped = original[:stream] + bytes([original[stream] ^ 0xFF]) + original[stream + 1 :]
    assert tampered("huruf.pdf", flipped)
    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.add_metadata({"/Title": "Rencana lain"})
    buf = io.BytesIO()
    writer.write(buf)
    assert tampered("metadata.pdf", buf.getvalue())
    assert tampered("tambahan.pdf", original + b"\n1 0 obj\n(x)\nendobj\n%%EOF\n")
    writer = PdfWriter(clone_from=PdfReader(pdf))
    first = writer.pages[0]
    writer.remove_page(0)
    writer.add_page(first)
    buf = io.BytesIO()
    writer.write(buf)
    assert any("page 1 differs" in p for p in tampered("urutan.pdf", buf.getvalue()))


def test_sk_table_is_landscape_with_headers_on_every_page_and_totals(demo: Path) -> None:
    engine = make_engine(demo)
    data = unit(rd.sk_table, engine)
    report = make_report(engine, "sk-table")
    reader = PdfReader(io.BytesIO(report.pdf))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) > float(box.height)
        assert "Kode lokasi" in page.extract_text()
    text = "\n".join(_text(report.pdf))
    assert f"{len(data.rows)} RT" in text
    total = sum(r.area_ha for r in data.rows)
    assert format_ha(total).removesuffix(" ha") in text
    assert all(r.level in ("HEAVY", "MEDIUM", "LIGHT") for r in data.rows)
    assert any(r.agreed_rank for r in data.rows)
    assert list(report.tables["lokasi_sk_kumuh"]["kode_lokasi"]) == [r.code for r in data.rows]


def test_location_profiles_one_page_each_with_the_criteria(demo: Path) -> None:
    engine = make_engine(demo)
    _district, profiles = unit(rd.location_profiles, engine)
    one = profiles[0]
    assert len(one.criteria) == 16 and one.total == sum(c.score for c in one.criteria)
    report = make_report(engine, "location-profile", ReportOptions(locations=[one.code]))
    pages = _text(report.pdf)
    assert len(pages) == 1
    for c in one.criteria:
        assert c.name[:20] in pages[0]
    assert f"skor {one.total} dari" in pages[0] and "Riwayat penilaian" in pages[0]
    full = make_report(engine, "location-profile")
    full_pages = _text(full.pdf)
    assert len(full_pages) == len(profiles)
    total = len(profiles)  # streamed: the total is filled in at the end, on every page
    assert f"Halaman 1 dari {total}" in " ".join(full_pages[0].split())
    assert f"Halaman {total} dari {total}" in " ".join(full_pages[-1].split())
    kawasan = make_report(engine, "location-profile", ReportOptions(level="kawasan"))
    kawasan_pages = _text(kawasan.pdf)
    assert "Profil kawasan" in kawasan_pages[0]
    assert len(kawasan_pages) == len(unit(rd.location_profiles, engine, level="kawasan")[1])
    with pytest.raises(UserError, match="NOPE"):
        make_report(engine, "location-profile", ReportOptions(locations=["NOPE"]))


def test_a_profile_locates_its_unit_on_the_map_with_its_kewenangan(demo: Path) -> None:
    """The titik koordinat is the shape's point in DMS and decimal; a small map shows the
    unit among its village's RT units (a kawasan among its villages); without a shape, no
    map and the recorded point."""
    engine = make_engine(demo)
    _district, profiles = unit(rd.location_profiles, engine)
    one = profiles[0]
    assert one.locator is not None and one.locator.own == ("rt", one.code)
    assert one.locator.context[0][0] == "village" and len(one.locator.context) > 1
    with session_scope(engine) as s:
        loc = s.scalar(select(Location).where(Location.code == one.code))
        shape = s.scalar(select(Shape).where(Shape.location_id == loc.id))
        point = (shape.centroid_lat, shape.centroid_lon)
    facts = dict(one.facts)
    assert facts["Titik koordinat"].startswith(format_dms(point[0], "lat"))
    sk = {r.code: r for r in unit(rd.sk_table, engine).rows}
    assert dict(one.considerations)["Kewenangan penanganan"] == sk[one.code].authority
    page = _text(make_report(engine, "location-profile", ReportOptions(locations=[one.code])).pdf)
    assert len(page) == 1 and "Peta lokasi" in page[0] and "Kewenangan penanganan" in page[0]
    kawasan = unit(rd.location_profiles, engine, level="kawasan")[1][0]
    assert kawasan.locator is not None and kawasan.locator.own == ("area", kawasan.code)
    with session_scope(engine) as s:
        s.execute(delete(Shape).where(Shape.location_id == loc.id))
    again = unit(rd.location_profiles, engine, [one.code])[1][0]
    assert again.locator is None
    assert dict(again.facts)["Titik koordinat"].startswith(format_dms(loc.latitude, "lat"))
    page = _text(make_report(engine, "location-profile", ReportOptions(locations=[one.code])).pdf)
    assert len(page) == 1 and "Peta lokasi" not in page[0]


def test_a_lazy_story_is_made_as_the_layout_consumes_it() -> None:
    """Long reports stream: reportlab takes flowables from the front of the story, and the
    lazy story makes the next items only then, so a few pages exist at a time."""
    from reportlab.platypus import PageBreak, Paragraph

    from workbench.reports.pdf_base import BODY, LazyStory, ReportMeta, render

    made: list[int] = []
    most_ahead = 0

    def parts():  # noqa: ANN202
        nonlocal most_ahead
        for i in range(200):
            made.append(i)
            most_ahead = max(most_ahead, len(made) - consumed[0])
            yield ([PageBreak()] if i else []) + [Paragraph(f"Halaman isi {i + 1}", BODY)]

    consumed = [0]
    done: list[int] = []

    class Counting(LazyStory):
        def __delitem__(self, index) -> None:  # noqa: ANN001
            consumed[0] += 1 if index == 0 else 0
            super().__delitem__(index)

    story = Counting(parts(), ahead=6, progress=done.append)
    pdf = render(story, ReportMeta(title="Uji", district="Uji"), expected_pages=200)
    pages = _text(pdf)
    assert len(pages) == 200 and "Halaman isi 200" in pages[-1]
    assert "Halaman 200 dari 200" in " ".join(pages[-1].split())
    assert done[-1] == 200 and len(made) == 200
    assert most_ahead <= 8  # never the whole story at once


def test_programme_and_stakeholder_reports_and_their_tables(demo: Path, workdir: Path) -> None:
    engine = make_engine(demo)
    _d, view, _v = unit(rd.programme, engine)
    prog = make_report(engine, "programme")
    text = "\n".join(_text(prog.pdf))
    total = sum(view.year_totals.values())
    assert f"{total:,}".replace(",", ".") in text
    assert f"{len(view.rows)} kegiatan" in text
    _d, people, commits = unit(rd.stakeholders, engine)
    st = make_report(engine, "stakeholders")
    text = "\n".join(_text(st.pdf))
    assert people[0].name[:25] in text and f"{len(people)} pemangku kepentingan" in text
    xlsx = workdir / "program.xlsx"
    write_report(engine, "programme", xlsx)
    import openpyxl

    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["kegiatan", "per_sumber_dana", "per_kecamatan"]
    assert book["kegiatan"].max_row == len(view.rows) + 1


@pytest.mark.parametrize(
    "kind", ["plan-summary", "sk-table", "location-profile", "programme", "stakeholders"]
)
def test_a_report_never_writes_to_the_database(demo: Path, workdir: Path, kind: str) -> None:
    def digest() -> str:
        return hashlib.sha256(demo.read_bytes()).hexdigest()

    before = digest()
    engine = make_engine(demo)
    write_report(engine, kind, workdir / f"{kind}.pdf")
    engine.dispose()
    assert digest() == before
    assert (workdir / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
    assert not list(workdir.glob("*.partial*"))


def test_every_report_on_f4_paper_and_an_f4_summary_verifies(
    demo: Path,  # noqa: ANN001
    workdir: Path,
) -> None:
    """Issue 14.10: F4 / Folio (215 × 330 mm), the paper of Indonesian government offices."""
    engine = make_engine(demo)
    try:
        for kind in ("plan-summary", "sk-table", "location-profile", "programme", "stakeholders"):
            report = make_report(engine, kind, ReportOptions(paper="F4"))
            box = PdfReader(io.BytesIO(report.pdf)).pages[0].mediabox
            mm = sorted(round(float(v) / 72 * 25.4) for v in (box.width, box.height))
            assert mm == [215, 330], kind
        out = workdir / "ringkasan F4.pdf"
        write_report(engine, "plan-summary", out, ReportOptions(paper="F4"))
        assert verify_pdf(engine, out).ok
    finally:
        engine.dispose()


def test_sk_table_coordinates_come_from_the_map_and_name_the_kewenangan(demo: Path) -> None:
    """The titik koordinat is the shape's point (in DMS and decimal degrees); an RT unit
    without a shape keeps its recorded coordinates; each row says who handles it."""
    engine = make_engine(demo)
    with session_scope(engine) as s:
        first = unit(rd.sk_table, engine).rows[0]
        loc = s.scalar(select(Location).where(Location.code == first.code))
        shape = s.scalar(select(Shape).where(Shape.location_id == loc.id))
        point = (shape.centroid_lat, shape.centroid_lon)
        recorded = (loc.latitude, loc.longitude)
        second = unit(rd.sk_table, engine).rows[1]
        s.execute(
            delete(Shape).where(
                Shape.location_id
                == select(Location.id).where(Location.code == second.code).scalar_subquery()
            )
        )
    assert point != recorded
    data = unit(rd.sk_table, engine)
    rows = {r.code: r for r in data.rows}
    assert (rows[first.code].latitude, rows[first.code].longitude) == point
    assert rows[first.code].from_map and not rows[second.code].from_map
    assert rows[second.code].latitude is not None
    assert {r.authority for r in data.rows} <= {
        "Pemerintah Kabupaten/Kota",
        "Pemerintah Provinsi",
        "Pemerintah Pusat",
    }
    assert all(r.authority for r in data.rows)
    report = make_report(engine, "sk-table")
    frame = report.tables["lokasi_sk_kumuh"].set_index("kode_lokasi")
    assert frame.loc[first.code, "lintang_dms"] == format_dms(point[0], "lat")
    assert frame.loc[first.code, "koordinat_dari"] == "peta"
    assert frame.loc[second.code, "koordinat_dari"] == "data lokasi"
    assert frame.loc[first.code, "kewenangan"] == rows[first.code].authority
    text = "\n".join(_text(report.pdf))
    assert "Kewenangan" in text and format_dms(point[0], "lat").split("°")[0] + "°" in text
    assert "untuk 1 RT" in text  # the note says which coordinates are not from the map
