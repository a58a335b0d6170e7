"""Indonesian number, money, area and date formatting (pure; used by UI and reports)."""

from __future__ import annotations

import math
import re
from datetime import date

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def format_number(value: float | int | None, decimals: int = 0) -> str:
    """1234567.5 -> '1.234.567,5' (dot for thousands, comma for decimals)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_editable(value: float | int | None, max_decimals: int = 6) -> str:
    """A number as a user would type it back, without losing digits: 12.345 -> '12,345',
    1234.5 -> '1.234,5', 30.0 -> '30' (``parse_user_number`` reads it back to the same value
    up to ``max_decimals``)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = format_number(value, max_decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


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


def format_dms(value: float | None, axis: str) -> str:
    """A latitude (``axis="lat"``) or longitude (``"lon"``) in degrees, minutes and seconds
    as the SK Kumuh writes its *titik koordinat*: -6.9036 -> '6°54'12,96" LS';
    107.6186 -> '107°37'06,96" BT' (LU/LS north/south, BT/BB east/west; seconds to two
    decimals, so a point is placed to about 30 cm)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    hemisphere = ("LU" if value >= 0 else "LS") if axis == "lat" else ("BT" if value >= 0 else "BB")
    hundredths = round(abs(value) * 360_000)  # of a second: 59.999" carries into the minute
    degrees, rest = divmod(hundredths, 360_000)
    minutes, seconds = divmod(rest, 6_000)
    return f"{degrees}°{minutes:02d}'{seconds // 100:02d},{seconds % 100:02d}\" {hemisphere}"


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


_RP_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_RP_COMMAS = re.compile(r"^\d{1,3}(,\d{3})+$")
_RP_ZERO_CENTS = re.compile(r"^(\d+|\d{1,3}(?:\.\d{3})+)(?:,(?:-|0{1,2}))$")
_RP_PLAIN_FLOAT = re.compile(r"^(\d+)\.0+$")


def parse_rupiah(text: str) -> int | None:
    """Whole rupiah as districts write them: ``Rp 20.000.000``, ``20.000.000``, ``20000000``,
    ``Rp20.000.000,-``, ``20.000.000,00``, ``20,000,000`` and the ``20000000.0`` a spreadsheet
    gives for a number cell all read as 20000000.

    Returns None for a blank; raises ValueError for anything else (fractions of a rupiah,
    negative amounts, words), so that money is never guessed."""
    s = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if s.lower().startswith("rp"):
        s = s[2:].lstrip(".")
    if not s:
        return None
    if s.isdigit():
        return int(s)
    for pattern in (_RP_DOTS, _RP_COMMAS):
        if pattern.match(s):
            return int(s.replace(".", "").replace(",", ""))
    m = _RP_ZERO_CENTS.match(s) or _RP_PLAIN_FLOAT.match(s)
    if m:
        return int(m.group(1).replace(".", ""))
    raise ValueError(f"'{text}' is not an amount in whole rupiah")
