"""Issue 14.14: names sort as people read them, not capitals first."""

from workbench.domain.collation import name_key


def test_case_and_accents_do_not_decide_and_numbers_count_as_numbers() -> None:
    names = [
        "bkm Maju",
        "BKM Sejahtera",
        "Asosiasi Pengembang",
        "asosiasi Warga",
        "Désa Baru",
        "Desa Lama",
        "RT 10",
        "RT 2",
        "Zona",
        "ábc",
    ]
    assert sorted(names, key=name_key) == [
        "ábc",
        "Asosiasi Pengembang",
        "asosiasi Warga",
        "bkm Maju",
        "BKM Sejahtera",
        "Désa Baru",
        "Desa Lama",
        "RT 2",
        "RT 10",
        "Zona",
    ]
    assert sorted(names) != sorted(names, key=name_key)  # binary order is not this
    # the same name in other cases still has one fixed order
    assert sorted(["dinas", "Dinas", "DINAS"], key=name_key) == sorted(
        ["DINAS", "dinas", "Dinas"], key=name_key
    )
    assert name_key("DM101-01-002") < name_key("DM101-01-010") < name_key("DM102-01-001")
