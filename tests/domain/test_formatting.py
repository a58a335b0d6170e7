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
