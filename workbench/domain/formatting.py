"""Indonesian number, money, area and date formatting (pure; used by UI and reports)."""

from __future__ import annotations

import math
import re
from datetime import date

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")


def format_number(value: float | int | None, decimals: int = 0) -> str:
    """1234567.5 -> '1.234.567,5' (dot for thousands, comma for decimals)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_rp(value: int | None) -> str:
    """Whole rupiah: 20000000 -> 'Rp 20.000.000'."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {format_number(abs(int(value)))}"


def format_ha(value: float | None, decimals: int = 2) -> str:
    """12.5 -> '12,50 ha'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{format_number(value, decimals)} ha"


def format_percent(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{format_number(value, 2)} %"


def format_date(value: date | None) -> str:
    """date(2026, 11, 23) -> '23 November 2026'."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"


_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


def parse_user_number(text: str) -> float | None:
    """A number typed by a user of the Indonesian UI: ``12,5``, ``1.234,5`` and ``1.234``
    (dot as thousands separator, as the UI shows numbers) as well as ``12.5``.

    Returns None for a blank; raises ValueError for anything else that is not a number."""
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if s.lower().startswith("rp"):
        s = s[2:]
    if not s:
        return None
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif _GROUPED.match(s):
        s = s.replace(".", "")
    try:
        value = float(s)
    except ValueError:
        raise ValueError(f"'{text}' is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"'{text}' is not a number")
    return value
