"""The SK Kumuh distribution map (issue #18): one landscape vector page on A3, A4 or F4 with
the decree's heading, the title, a legend with the hectares per level, scale, north, grid,
numbers matching the SK table, and the signature block; fonts embedded; no map refused."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from tests.units import unit
from workbench.db.engine import make_engine, session_scope
from workbench.db.models import Assessment, Shape
from workbench.domain.formatting import format_ha
from workbench.domain.messages import UserError
from workbench.reports.build import ReportOptions, make_report
from workbench.reports.pdf_base import page_size
from workbench.reports.sk_map import head_of_region
from workbench.services import report_data as rd


@pytest.fixture
def demo(demo_sqlite: Path, workdir: Path) -> Path:
    path = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, path)
    return path


def _fonts(reader: PdfReader) -> list[bool]:
    out = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fd = font.get("/FontDescriptor")
            if fd is None and "/DescendantFonts" in font:
                fd = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            out.append(fd is not None and "/FontFile2" in fd.get_object())
    return out


@pytest.mark.parametrize("paper", ["A4", "A3", "F4"])
def test_the_map_is_one_landscape_vector_page_with_what_the_law_asks(
    demo: Path, paper: str
) -> None:
    engine = make_engine(demo)
    table = unit(rd.sk_table, engine)
    report = make_report(engine, "sk-map", ReportOptions(paper=paper))
    reader = PdfReader(io.BytesIO(report.pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    width, height = page_size(paper, landscape_pages=True)
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (width, height), abs=0.5
    )
    assert "/XObject" not in page["/Resources"]  # drawn, not a picture
    assert _fonts(reader) and all(_fonts(reader))
    text = page.extract_text()
    flat = re.sub(r"\s+", " ", text)
    for words in (
        "LAMPIRAN",
        "KEPUTUSAN BUPATI DEMO",
        "NOMOR",
        "TANGGAL",
        "PETA SEBARAN LOKASI",
        "PERMUKIMAN KUMUH",
        "LEGENDA",
        "Skala 1 :",
        "Batas kelurahan/desa",
        "BUPATI DEMO (FIKTIF),",
    ):
        assert words in flat, words
    for key, word in (
        ("HEAVY", "Kumuh berat"),
        ("MEDIUM", "Kumuh sedang"),
        ("LIGHT", "Kumuh ringan"),
    ):
        mine = [r for r in table.rows if r.level == key]
        assert f"{word}: {len(mine)} lokasi, {format_ha(sum(r.area_ha for r in mine))}" in flat
    assert f"Jumlah: {len(table.rows)} lokasi" in flat
    assert re.search(r"\d+°\d\d' BT", flat) and re.search(r"\d+°\d\d' LS", flat)  # the grid
    numbers = {int(t) for t in re.findall(r"(?<![\d,.:°])\b(\d{1,3})\b(?![\d,°'])", text)}
    assert set(range(1, len(table.rows) + 1)) <= numbers  # every location's number is drawn
    assert list(report.tables["lokasi_sk_kumuh"]["kode_lokasi"]) == [r.code for r in table.rows]


def test_an_earlier_year_and_the_heads_of_region(demo: Path) -> None:
    engine = make_engine(demo)
    with session_scope(engine) as s:
        first = min(s.scalars(sa.select(Assessment.year)))
    report = make_report(engine, "sk-map", ReportOptions(year=first))
    text = PdfReader(io.BytesIO(report.pdf)).pages[0].extract_text()
    assert f"Penilaian tahun {first}" in text
    assert head_of_region("Kota Pekalongan") == "Wali Kota Pekalongan"
    assert head_of_region("Kabupaten Demak") == "Bupati Demak"


def test_no_map_is_refused_in_words(demo: Path) -> None:
    engine = make_engine(demo)
    with session_scope(engine) as s:
        s.execute(sa.delete(Shape))
    with pytest.raises(UserError) as err:
        make_report(engine, "sk-map")
    assert err.value.key == "no_map" and "Impor Peta" in err.value.text("id")
