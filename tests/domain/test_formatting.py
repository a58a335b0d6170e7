from datetime import date

from workbench.domain.formatting import format_date, format_ha, format_number, format_rp


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
