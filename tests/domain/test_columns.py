"""The declared columns of each kind of file and how a district's own headers are read."""

from __future__ import annotations

import pytest

from workbench.domain.columns import (
    ENGAGEMENTS,
    PROGRAMME,
    STAKEHOLDERS,
    MappingError,
    baseline_spec,
    check_specs,
    match_headers,
    normalise_header,
    spec_of,
)
from workbench.domain.rules import available_rulesets, get_ruleset

RULES = get_ruleset("permen-14-2018")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Kode Lokasi", "kode lokasi"),
        ("KODE_LOKASI", "kode lokasi"),
        ("\ufeffkode_lokasi ", "kode lokasi"),
        ("Luas Verifikasi (Ha)", "luas verifikasi"),
        ("Panjang Jalan Ideal [m]", "panjang jalan ideal"),
        ("Jml KK", "jumlah kk"),
        ("Kel./Desa", "kelurahan desa"),
        ("Pjg. Drainase", "panjang drainase"),
        ("Kécamatan", "kecamatan"),
        ("vol_1a", "volume 1a"),
        ("", ""),
    ],
)
def test_headers_are_compared_without_case_spaces_units_and_abbreviations(
    header: str, expected: str
) -> None:
    assert normalise_header(header) == expected


def test_a_district_s_own_baseline_headers_are_read_as_the_columns() -> None:
    headers = [
        "No",
        "Kode Lokasi",
        "RT/RW",
        "Kel/Desa",
        "Kec.",
        "Luas Verifikasi (Ha)",
        "Jumlah Bangunan (unit)",
        "Jml KK",
        "Panjang Jalan Ideal (m)",
        "Pjg Drainase Ideal (m)",
        "Ketidakteraturan Bangunan",
        "1b",
        "Vol 1c",
        *(f"vol_{c}" for c in RULES.codes[3:]),
    ]
    match = match_headers(headers, baseline_spec(RULES))
    assert match.missing == [] and match.twice == {}
    assert match.unknown == ["No"]
    assert match.renames["Kode Lokasi"] == "kode_lokasi"
    assert match.renames["Luas Verifikasi (Ha)"] == "luas_ha"
    assert match.renames["Jml KK"] == "jumlah_kk"
    assert match.renames["Ketidakteraturan Bangunan"] == "vol_1a"
    assert match.renames["1b"] == "vol_1b" and match.renames["Vol 1c"] == "vol_1c"
    assert match.renames["Kel/Desa"] == "kelurahan" and match.renames["Kec."] == "kecamatan"
    assert match.header_of("jumlah_kk") == "Jml KK"
    assert ("vol_2a", "vol_2a") not in match.read_as()  # spelt as the contract: not told


def test_two_headers_for_one_column_and_what_is_missing_are_said() -> None:
    match = match_headers(["Kode Lokasi", "KODE_LOKASI", "kelurahan"], baseline_spec(RULES))
    assert match.twice == {"kode_lokasi": ["Kode Lokasi", "KODE_LOKASI"]}
    assert "kecamatan" in match.missing and "vol_7b" in match.missing
    # a synonym does not take a column its own name gives
    exact = match_headers(["Kode", "kode_lokasi"], baseline_spec(RULES))
    assert exact.renames == {"kode_lokasi": "kode_lokasi"} and exact.unknown == ["Kode"]


def test_the_user_s_mapping_comes_first_and_is_checked() -> None:
    spec = baseline_spec(RULES)
    match = match_headers(["ID RT", "Kode"], spec, {"kode_lokasi": "ID RT"})
    assert match.renames["ID RT"] == "kode_lokasi" and match.mapped == {"ID RT": "kode_lokasi"}
    assert "Kode" in match.unknown  # its synonym's column is taken by the mapping
    assert match_headers(["id rt "], spec, {"kode_lokasi": "ID RT"}).renames == {
        "id rt ": "kode_lokasi"
    }
    with pytest.raises(MappingError, match="'kode_rt', which is not a column"):
        match_headers(["ID RT"], spec, {"kode_rt": "ID RT"})
    with pytest.raises(MappingError, match="header 'Nomor RT', which the file does not have"):
        match_headers(["ID RT"], spec, {"kode_lokasi": "Nomor RT"})


def test_the_other_kinds_read_their_usual_headers() -> None:
    s = match_headers(["Nama Lembaga", "Kategori", "No. HP", "E-mail", "Keterangan"], STAKEHOLDERS)
    assert s.renames == {
        "Nama Lembaga": "nama",
        "Kategori": "kategori",
        "No. HP": "telepon",
        "E-mail": "email",
        "Keterangan": "catatan",
    }
    e = match_headers(["Tgl", "Nama Kegiatan", "Jenis Kegiatan", "Tahapan", "Peserta"], ENGAGEMENTS)
    assert e.missing == [] and e.renames["Peserta"] == "hadir"
    p = match_headers(
        ["Tahun Anggaran", "Kode RT", "Indikator", "Vol", "Jenis Kegiatan", "Sumber Dana", "Pagu"],
        PROGRAMME,
    )
    assert p.missing == [] and p.renames["Pagu"] == "anggaran" and p.renames["Vol"] == "volume"


def test_no_header_names_two_columns_of_a_kind() -> None:
    specs = [STAKEHOLDERS, ENGAGEMENTS, PROGRAMME]
    specs += [baseline_spec(get_ruleset(r)) for r in available_rulesets()]
    assert check_specs(specs) == []
    assert spec_of("programme") is PROGRAMME
    with pytest.raises(ValueError, match="unknown kind"):
        spec_of("geometry")


def test_every_column_of_every_kind_says_what_it_holds() -> None:
    """The mapping window's tooltips and the template's instructions read the same help;
    a column with allowed values lists them."""
    from workbench.domain.columns import KINDS, spec_of
    from workbench.domain.rules import available_rulesets

    for rules in available_rulesets().values():
        for kind in KINDS:
            for column in spec_of(kind, rules).columns:
                assert column.help, (kind, column.name)
    kategori = spec_of("stakeholders").column("kategori")
    assert kategori is not None and "Salah satu dari: pokja, agency" in kategori.guide()
    vol = spec_of("baseline", available_rulesets()["permen-14-2018"]).column("vol_1a")
    assert vol is not None and vol.guide().startswith("Volume 1a: ")
