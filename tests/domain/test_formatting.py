from datetime import date

import pytest

from workbench.domain.formatting import (
    format_date,
    format_dms,
    format_ha,
    format_number,
    format_rp,
)


def test_indonesian_formats() -> None:
    assert format_rp(20_000_000) == "Rp 20.000.000"
    assert format_rp(1_234_567) == "Rp 1.234.567"
    assert format_rp(0) == "Rp 0"
    assert format_ha(12.5) == "12,50 ha"
    assert format_ha(12.5, 1) == "12,5 ha"
    assert format_number(1234567.891, 2) == "1.234.567,89"
    assert format_date(date(2026, 11, 23)) == "23 November 2026"


def test_numbers_typed_in_the_indonesian_ui() -> None:
    import pytest

    from workbench.domain.formatting import parse_user_number

    assert parse_user_number("12,5") == 12.5
    assert parse_user_number("1.976") == 1976  # as the UI displays thousands
    assert parse_user_number("1.234.567,89") == 1234567.89
    assert parse_user_number("12.5") == 12.5
    assert parse_user_number("0,125") == 0.125
    assert parse_user_number("Rp 20.000.000") == 20_000_000
    assert parse_user_number("  ") is None
    with pytest.raises(ValueError, match="'abc'"):
        parse_user_number("abc")


@pytest.mark.parametrize(
    "text",
    [
        "Rp 20.000.000",
        "20.000.000",
        "20000000",
        "Rp20.000.000,-",
        "20.000.000,00",
        "20,000,000",
        "20000000.0",
        " Rp\u00a020.000.000 ",
        "Rp. 20.000.000",
    ],
)
def test_parse_rupiah_reads_the_ways_districts_write_twenty_million(text: str) -> None:
    from workbench.domain.formatting import parse_rupiah

    assert parse_rupiah(text) == 20_000_000


@pytest.mark.parametrize("text", ["20.000,50", "-5000", "dua juta", "1,5", "12.5", "20.00.000"])
def test_parse_rupiah_refuses_what_is_not_whole_rupiah(text: str) -> None:
    from workbench.domain.formatting import parse_rupiah

    with pytest.raises(ValueError):
        parse_rupiah(text)


def test_parse_rupiah_blank_is_none() -> None:
    from workbench.domain.formatting import parse_rupiah

    assert parse_rupiah("  ") is None
    assert parse_rupiah("0") == 0


def test_titik_koordinat_in_degrees_minutes_seconds() -> None:
    # 0.9036° = 54.216' = 54' 12.96"; 0.6186° = 37.116' = 37' 6.96"
    assert format_dms(-6.9036, "lat") == "6°54'12,96\" LS"
    assert format_dms(107.6186, "lon") == "107°37'06,96\" BT"
    assert format_dms(3.5, "lat") == "3°30'00,00\" LU"
    assert format_dms(-70.25, "lon") == "70°15'00,00\" BB"
    # 59.9999" rounds up into the next minute and degree, never to 60"
    assert format_dms(-6.99999999, "lat") == "7°00'00,00\" LS"
    assert format_dms(None, "lat") == ""
