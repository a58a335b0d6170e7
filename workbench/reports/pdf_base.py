"""What every PDF report shares: the embedded DejaVu fonts (Helvetica is Latin-1 only), the
paragraph and table styles, A4 portrait/landscape pages, and a footer on every page with
"Halaman x dari y", the report, the plan version and, for approved plans, the SHA-256
fingerprint.

Output is reproducible: the same content gives the same bytes (reportlab's invariant mode), so
``verify`` can render an approved plan again and compare it page by page with a file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)
from reportlab.platypus import Table as _Table

from workbench import __version__
from workbench.domain.colours import LEVEL_HEX
from workbench.domain.formatting import format_number
from workbench.domain.resources import resource_path

FONT, BOLD, COND, COND_BOLD, MONO = "WB", "WB-Bold", "WB-Cond", "WB-Cond-Bold", "WB-Mono"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

LEVEL_NAMES = {
    "HEAVY": "Kumuh berat",
    "MEDIUM": "Kumuh sedang",
    "LIGHT": "Kumuh ringan",
    "NONE": "Tidak kumuh",
}
LEVEL_COLORS = {key: colors.HexColor(hex_colour) for key, hex_colour in LEVEL_HEX.items()}
LEVEL_TINTS = {
    "HEAVY": colors.HexColor("#ffcdd2"),
    "MEDIUM": colors.HexColor("#ffe0b2"),
    "LIGHT": colors.HexColor("#fff59d"),
    "NONE": colors.HexColor("#c8e6c9"),
}
# stored keys in the words of an Indonesian document
WORDS = {
    "pokja": "Anggota Pokja PKP",
    "agency": "Instansi pemerintah",
    "bkm_lkm": "BKM/LKM",
    "village_gov": "Pemerintah desa/kelurahan",
    "ksm_pokmas": "KSM/Pokmas",
    "facilitator": "Fasilitator / tim KOTAKU",
    "private_csr": "Swasta / CSR",
    "university": "Perguruan tinggi",
    "ngo": "LSM",
    "dprd": "DPRD",
    "other": "Lainnya",
    "pusat": "Pusat",
    "provinsi": "Provinsi",
    "kabupaten": "Kabupaten/kota",
    "kecamatan": "Kecamatan",
    "desa": "Desa/kelurahan",
    "non_gov": "Non-pemerintah",
    "pengarah": "Pengarah",
    "perencana": "Perencana",
    "pendamping": "Pendamping",
    "pelaksana": "Pelaksana",
    "mitra": "Mitra",
}
INK = colors.HexColor("#212121")
MUTED = colors.HexColor("#616161")
HEAD_BG = colors.HexColor("#e3eaf2")
RULE = colors.HexColor("#9e9e9e")
MARGIN = 15 * mm
# Paper of Indonesian offices: A4, and F4 / Folio (215 × 330 mm) in government offices
PAPERS = {"A4": A4, "F4": (215 * mm, 330 * mm), "A3": A3}
PAPER_NAMES = {
    "A4": "A4 (210 × 297 mm)",
    "F4": "F4 / Folio (215 × 330 mm)",
    "A3": "A3 (297 × 420 mm)",
}


def page_size(paper: str = "A4", landscape_pages: bool = False) -> tuple[float, float]:
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}: choose one of {', '.join(PAPERS)}")
    size = PAPERS[paper]
    return landscape(size) if landscape_pages else size


def paper_of(width_pt: float, height_pt: float) -> str:
    """The paper a PDF page was laid out on (portrait or landscape), A4 when unknown."""
    short = min(width_pt, height_pt)
    return min(
        PAPERS,
        key=lambda k: abs(min(PAPERS[k]) - short) + abs(max(PAPERS[k]) - max(width_pt, height_pt)),
    )


class Table(_Table):
    """A reportlab table whose cells default to our font: reportlab's default is Helvetica,
    which would otherwise be named, unembedded, in the file."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    # also the base font of canvases and charts, which otherwise name Helvetica
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD, baseFontFor="canvas graphics"
    )
    pdfmetrics.registerFontFamily(
        COND, normal=COND, bold=COND_BOLD, italic=COND, boldItalic=COND_BOLD
    )


register_fonts()  # paragraphs look their fonts up as soon as they are made


def _style(
    name: str, font: str = FONT, size: float = 9, leading: float | None = None, **kw: Any
) -> ParagraphStyle:
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, **kw)


TITLE = _style("title", BOLD, 20, 25, alignment=TA_CENTER, spaceAfter=6)
SUBTITLE = _style("subtitle", FONT, 12, 16, alignment=TA_CENTER, textColor=MUTED)
H1 = _style("h1", BOLD, 13, 16, spaceBefore=8, spaceAfter=5)
H2 = _style("h2", BOLD, 10.5, 13, spaceBefore=6, spaceAfter=3)
BODY = _style("body", FONT, 9, 12)
SMALL = _style("small", FONT, 7.5, 9.5, textColor=MUTED)
CELL = _style("cell", COND, 7.5, 9)
CELL_R = _style("cell_r", COND, 7.5, 9, alignment=TA_RIGHT)
CELL_B = _style("cell_b", COND_BOLD, 7.5, 9)
CELL_BR = _style("cell_br", COND_BOLD, 7.5, 9, alignment=TA_RIGHT)
CENTER = _style("center", FONT, 9, 12, alignment=TA_CENTER)
SMALL_CENTER = _style("small_center", FONT, 7, 9, alignment=TA_CENTER, textColor=MUTED)


def esc(text: object) -> str:
    """Text for a Paragraph (which reads a little XML)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class ReportMeta:
    title: str  # e.g. "Ringkasan Rencana"
    district: str
    version: str = ""  # e.g. "Versi 1 · disahkan"
    fingerprint: str | None = None
    subject: str = ""
    draft: bool = False  # a diagonal "DRAF" on every page


def cell(value: object, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(esc("" if value is None else value), style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    total: Sequence[object] | None = None,
    repeat: int = 1,
    row_colors: dict[int, colors.Color] | None = None,
    size: float = 7.5,
    color_col: int = 0,
) -> Table:
    """A table whose header repeats on every page, numbers right-aligned, every cell a
    Paragraph so long text wraps inside its column instead of overflowing."""
    right_set = set(right)
    plain, plain_r, bold, bold_r = (
        (CELL, CELL_R, CELL_B, CELL_BR)
        if size == 7.5
        else tuple(
            ParagraphStyle(f"{st.name}{size}", parent=st, fontSize=size, leading=size * 1.2)
            for st in (CELL, CELL_R, CELL_B, CELL_BR)
        )
    )
    body = [[cell(h, bold_r if i in right_set else bold) for i, h in enumerate(header)]]
    for row in rows:
        body.append(
            [
                v if isinstance(v, Flowable) else cell(v, plain_r if i in right_set else plain)
                for i, v in enumerate(row)
            ]
        )
    if total is not None:
        body.append([cell(v, bold_r if i in right_set else bold) for i, v in enumerate(total)])
    table = Table(body, colWidths=list(widths), repeatRows=repeat)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, repeat - 1), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total is not None:
        style.append(("BACKGROUND", (0, -1), (-1, -1), HEAD_BG))
    for row_no, colour in (row_colors or {}).items():
        at = (color_col, row_no + repeat)
        style.append(("BACKGROUND", at, at, colour))
    table.setStyle(TableStyle(style))
    return table


def long_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    total: Sequence[object] | None = None,
    chunk: int = 120,
    **kw: Any,
) -> list[Table]:
    """A long table as consecutive tables of ``chunk`` rows: reportlab re-measures a table
    every time it splits one across pages, so one table of 2,000 rows costs quadratic time.
    Each part repeats the header; the total closes the last part."""
    parts = [rows[i : i + chunk] for i in range(0, len(rows), chunk)] or [[]]
    colours = kw.pop("row_colors", None) or {}
    out = []
    for n, part in enumerate(parts):
        first = n * chunk
        mine = {i - first: c for i, c in colours.items() if first <= i < first + len(part)}
        out.append(
            data_table(
                header,
                part,
                widths,
                right,
                total=total if n == len(parts) - 1 else None,
                row_colors=mine,
                **kw,
            )
        )
    return out


Money = dict[str, dict[int, int]]  # row label -> year -> whole rupiah


def money_frame(data: Money, years: Sequence[int], label: str) -> pd.DataFrame:
    """A money pivot (rows × years + jumlah) for the Excel export."""
    return pd.DataFrame(
        [
            {label: k, **{str(y): v.get(y, 0) for y in years}, "jumlah": sum(v.values())}
            for k, v in data.items()
        ],
        columns=[label, *map(str, years), "jumlah"],
    )


def money_table(
    label: str, data: Money, years: Sequence[int], width: float, first: float, size: float = 7.5
) -> Table:
    """A money pivot as a PDF table: one row per label, a column per year, totals."""
    rest = (width - first) / (len(years) + 1)
    rows = [
        [k, *(format_number(v.get(y, 0)) for y in years), format_number(sum(v.values()))]
        for k, v in data.items()
    ]
    total = [
        "Jumlah",
        *(format_number(sum(v.get(y, 0) for v in data.values())) for y in years),
        format_number(sum(sum(v.values()) for v in data.values())),
    ]
    return data_table(
        [label, *map(str, years), "Jumlah"],
        rows,
        [first] + [rest] * (len(years) + 1),
        list(range(1, len(years) + 2)),
        total=total,
        size=size,
    )


def key_value_table(pairs: Sequence[tuple[str, str]], widths: tuple[float, float]) -> Table:
    table = Table([[cell(k, CELL_B), cell(v)] for k, v in pairs], colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _numbered_canvas(meta: ReportMeta) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds each page until the end so the footer can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            if not kwargs.get("initialFontName"):  # else a Helvetica resource appears
                kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int | None) -> None:
            width, height = self._pagesize
            if meta.draft:
                self.saveState()
                self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.12))
                self.setFont(BOLD, 110)
                self.translate(width / 2, height / 2)
                self.rotate(45)
                self.drawCentredString(0, -35, "DRAF")
                self.restoreState()
            y = 9 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, y + 7 * mm, width - MARGIN, y + 7 * mm)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7.5)
            left = " · ".join(p for p in (meta.district, meta.title, meta.version) if p)
            self.drawString(MARGIN, y + 3.5 * mm, left)
            if total is None:  # streamed: the total is a form filled in at the end
                x = width - MARGIN - self.stringWidth("0" * self._total_digits, FONT, 7.5)
                self.drawRightString(x, y + 3.5 * mm, f"Halaman {number} dari ")
                self.saveState()
                self.translate(x, y + 3.5 * mm)
                self.doForm(TOTAL_FORM)
                self.restoreState()
            else:
                self.drawRightString(width - MARGIN, y + 3.5 * mm, f"Halaman {number} dari {total}")
            if meta.fingerprint:
                self.setFont(MONO, 6.5)
                self.drawString(MARGIN, y, f"Sidik jari SHA-256: {meta.fingerprint}")
            else:
                self.setFont(FONT, 6.5)
                self.drawString(MARGIN, y, f"Dibuat dengan PKP Workbench {__version__}")

    return NumberedCanvas


TOTAL_FORM = "pkpPageTotal"


def _streaming_canvas(meta: ReportMeta, expected_pages: int) -> type[Canvas]:
    """Like ``_numbered_canvas`` but each page is finished when it is done, not held to the
    end: the footer's page total is a form XObject every page refers to, drawn once when the
    count is known. For long reports (thousands of profiles) in bounded memory."""
    base = _numbered_canvas(meta)

    class StreamingCanvas(base):  # type: ignore[misc, valid-type]
        _total_digits = len(str(max(expected_pages, 1)))

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._count = 0

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._count += 1
            self._footer(self._count, None)
            Canvas.showPage(self)
            self._compress_last_page()

        def _compress_last_page(self) -> None:
            """reportlab keeps each page's content as text until it writes the file; the
            finished page is compressed now, as it would be then (FlateDecode), so what
            stays in memory is a fifth of it."""
            from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress

            page = self._doc.Pages.pages[-1]
            stream = getattr(page, "stream", None)
            if not (stream and getattr(page, "compression", 0)) or page.Contents:
                return
            contents = PDFStream(content=PDFZCompress.encode(stream))
            contents.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
            contents.__Comment__ = "page stream"
            page.Contents, page.stream = contents, None

        def save(self) -> None:
            if len(self._code):
                self.showPage()
            self.beginForm(TOTAL_FORM)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7.5)
            self.drawString(0, 0, str(self._count))
            self.endForm()
            Canvas.save(self)

    return StreamingCanvas


class LazyStory(list[Any]):
    """A story made as the layout consumes it. reportlab's ``build`` takes flowables from
    the front of its list; this list refills itself from ``parts`` (one list of flowables
    per page or item) so only a few items exist at a time. ``progress(done)`` counts the
    parts handed over."""

    def __init__(
        self,
        parts: Iterator[list[Any]],
        ahead: int = 30,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__()
        self._parts: Iterator[list[Any]] | None = parts
        self._ahead, self._progress, self._done = ahead, progress, 0

    def _fill(self) -> None:
        while self._parts is not None and super().__len__() < self._ahead:
            part = next(self._parts, None)
            if part is None:
                self._parts = None
                break
            self.extend(part)
            self._done += 1
            if self._progress is not None:
                self._progress(self._done)

    def __len__(self) -> int:
        self._fill()
        return super().__len__()

    def __getitem__(self, index: Any) -> Any:
        self._fill()
        return super().__getitem__(index)


def render(
    story: list[Flowable],
    meta: ReportMeta,
    *,
    landscape_pages: bool = False,
    progress: Callable[[int], None] | None = None,
    paper: str = "A4",
    expected_pages: int | None = None,
) -> bytes:
    """Lay the story out on A4 (or F4) pages and return the PDF bytes. A ``LazyStory``
    (with ``expected_pages``, for the footer's layout) is laid out page by page with the
    streaming canvas: memory then holds a few pages of flowables, not all of them."""
    register_fonts()
    size = page_size(paper, landscape_pages)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=20 * mm,
        title=meta.title,
        author="PKP Workbench",
        subject=meta.subject or meta.title,
        creator=f"PKP Workbench {__version__}",
        keywords=f"sha256:{meta.fingerprint}" if meta.fingerprint else "",
        invariant=1,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if isinstance(story, LazyStory):
        maker = _streaming_canvas(meta, expected_pages or 1)
    else:
        maker = _numbered_canvas(meta)
        if progress is not None:
            doc.setProgressCallBack(
                lambda kind, value: progress(value) if kind == "PROGRESS" else None
            )
    doc.build(story, canvasmaker=maker)
    return buf.getvalue()


def write_atomically(path: Path, data: bytes) -> Path:
    """Write next to the target and rename, so a failed or cancelled export never leaves a
    half-written file under the real name."""
    from workbench.services.files import replacing

    with replacing(Path(path)) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def content_width(landscape_pages: bool = False, paper: str = "A4") -> float:
    return page_size(paper, landscape_pages)[0] - 2 * MARGIN
