"""A table of the window printed as a laid-out document (Berkas → Cetak): the header row
repeated on every page, no cell broken inside a word or figure, landscape when the table is
wide, "Halaman x dari y" with the district and the date in the footer, A4 or F4."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from workbench.domain.formatting import format_date
from workbench.reports.pdf_base import (
    BODY,
    COND,
    COND_BOLD,
    H1,
    ReportMeta,
    content_width,
    esc,
    long_table,
    render,
)

PAD = 5.5  # points of cell padding, left and right together
SIZES = (7.5, 7.0, 6.5, 6.0, 5.5)  # font sizes tried until the table fits the page
SHORT = 16  # characters: "Rp 190.000.000", "7,91 ha", "kumuh sedang" are never wrapped


def _widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], size: float, available: float
) -> list[float] | None:
    """Column widths that keep every word and figure whole: at least its longest word (a
    right-aligned figure whole), the rest shared out by how much text a column holds. None
    when even that does not fit."""
    n = len(headers)
    least, wants = [0.0] * n, [0.0] * n
    sample = rows[:2000]
    for j in range(n):
        texts = [str(r[j]) for r in sample if j < len(r)]
        words = [w for t in texts for w in t.split()] + str(headers[j]).split()
        least[j] = max((stringWidth(w, COND_BOLD, size) for w in words), default=0) + PAD
        # a short text (a figure with its unit, a level, a code) stays on one line
        short = [t for t in texts if len(t) <= SHORT]
        least[j] = max([least[j], *(stringWidth(t, COND, size) + PAD for t in short)])
        longest = max((stringWidth(t, COND, size) for t in texts), default=0) + PAD
        wants[j] = max(least[j], min(longest, 70 * mm))
    if sum(least) > available:
        return None
    if sum(wants) <= available:
        spare = available - sum(wants)
        return [w + spare * w / sum(wants) for w in wants]
    extra = [w - m for w, m in zip(wants, least, strict=True)]
    share = (available - sum(least)) / sum(extra) if sum(extra) else 0
    return [m + e * share for m, e in zip(least, extra, strict=True)]


def right_columns(rows: Sequence[Sequence[Any]]) -> list[int]:
    """Columns whose values are numbers (raw values): right-aligned."""
    if not rows:
        return []
    return [
        j
        for j in range(len(rows[0]))
        if all(
            isinstance(r[j], int | float) and not isinstance(r[j], bool) or r[j] in (None, "")
            for r in rows
        )
        and any(isinstance(r[j], int | float) for r in rows)
    ]


def render_table(
    title: str,
    district: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    right: Sequence[int] = (),
    paper: str = "A4",
    today: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """The PDF of one table as the tab shows it (display texts)."""
    printed = f"dicetak {format_date(today or date.today())}"
    layout = None
    for landscape_pages in (False, True):
        available = content_width(landscape_pages, paper)
        for size in SIZES:
            widths = _widths(headers, rows, size, available)
            if widths is not None and (landscape_pages or len(headers) <= 8):
                layout = (landscape_pages, size, widths)
                break
        if layout is not None:
            break
    if layout is None:  # very many columns: the smallest type on landscape, words may wrap
        available = content_width(True, paper)
        layout = (True, SIZES[-1], [available / len(headers)] * len(headers))
    landscape_pages, size, widths = layout
    story: list[Any] = [
        Paragraph(esc(title), H1),
        Paragraph(esc(f"{district} · {len(rows)} baris · {printed}"), BODY),
        Spacer(1, 3 * mm),
    ]
    story.extend(long_table(list(headers), [list(r) for r in rows], widths, right=right, size=size))
    meta = ReportMeta(title=title, district=district, version=printed)
    return render(story, meta, landscape_pages=landscape_pages, progress=progress, paper=paper)
