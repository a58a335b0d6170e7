"""Collaboration rules on hand-made cases."""

from __future__ import annotations

from workbench.domain.collaboration import (
    ABSENT,
    ENGAGED,
    REGISTERED,
    CoverageInput,
    coverage_grid,
    duplicate_bodies,
    find_duplicates,
    normalise_name,
    stage_progress,
)

EXISTING = [
    (1, "Dinas Pekerjaan Umum"),
    (2, "Badan Perencanaan Pembangunan Daerah Kab. Demo"),
    (3, "BKM Sukamaju Sejahtera"),
    (4, "Pemerintah Kelurahan Sukamaju"),
    (5, "Pemerintah Kelurahan Sidorejo"),
]


def test_abbreviations_and_spacing_are_the_same_name() -> None:
    assert normalise_name("Dinas PU") == normalise_name("Dinas  Pekerjaan Umum")
    assert [m.id for m in find_duplicates("Dinas PU", EXISTING)] == [1]
    assert find_duplicates("dinas pu", EXISTING)[0].reason == "same"
    assert [m.id for m in find_duplicates("BAPPEDA Kabupaten Demo", EXISTING)] == [2]


def test_longer_and_shorter_forms_and_typing_errors() -> None:
    assert [(m.id, m.reason) for m in find_duplicates("BKM Sukamaju", EXISTING)] == [
        (3, "contains")
    ]
    assert [m.id for m in find_duplicates("Pemerintah Kelurahan Sukamaj", EXISTING)] == [4]


def test_different_bodies_are_not_duplicates() -> None:
    assert find_duplicates("Pemerintah Kelurahan Mekarsari", EXISTING) == []
    assert find_duplicates("Dinas Kesehatan", EXISTING) == []
    assert find_duplicates("Dinas PU", EXISTING, ignore_id=1) == []  # editing itself


def _case() -> CoverageInput:
    # villages 10 and 20; BKM 1 covers 10, village government 2 covers 20, Bappeda 3 none
    return CoverageInput(
        villages=[(10, "Sukamaju"), (20, "Sidorejo")],
        stakeholders=[(1, "bkm_lkm"), (2, "village_gov"), (3, "pokja")],
        coverage=[(1, 10), (2, 20)],
        engagement_villages=[(100, 10), (101, 10), (101, 20)],
        attendance=[(100, 1), (101, 3)],
        engagement_stages={100: "dialogue", 101: "commitment"},
    )


def test_coverage_grid_on_a_hand_made_case() -> None:
    grid = coverage_grid(_case(), ["bkm_lkm", "village_gov", "pokja", "ngo"])
    assert grid[(10, "bkm_lkm")] == ENGAGED  # attended engagement 100 about village 10
    assert grid[(10, "pokja")] == ENGAGED  # Bappeda at engagement 101 (villages 10, 20)
    assert grid[(20, "pokja")] == ENGAGED
    assert grid[(20, "village_gov")] == REGISTERED  # covers 20, never attended
    assert grid[(20, "bkm_lkm")] == ABSENT
    assert grid[(10, "ngo")] == ABSENT
    assert len(grid) == 8


def test_stage_progress_counts_engagements_per_village() -> None:
    stages = ["dialogue", "trust", "commitment", "understanding", "outcome"]
    progress = stage_progress(_case(), stages)
    assert progress[10] == {
        "dialogue": 1,
        "trust": 0,
        "commitment": 1,
        "understanding": 0,
        "outcome": 0,
    }
    assert progress[20]["commitment"] == 1 and progress[20]["dialogue"] == 0


def test_duplicate_community_bodies_in_one_village() -> None:
    bodies = [
        (1, "BKM Sukamaju", "bkm_lkm", "perencana", 10),
        (2, "LKM Sukamaju", "bkm_lkm", "perencana", 10),
        (3, "KSM Tirta", "ksm_pokmas", "pelaksana", 10),
        (4, "BKM Sidorejo", "bkm_lkm", "perencana", 20),
        (5, "Pokmas Peduli", "ksm_pokmas", "pelaksana", 20),
        (6, "KSM Bersih", "ksm_pokmas", "pelaksana", 20),
    ]
    assert duplicate_bodies(bodies) == {
        10: ["BKM Sukamaju", "LKM Sukamaju"],
        20: ["KSM Bersih", "Pokmas Peduli"],
    }


# Issue 14.8: agency names as districts write them
REGISTRY = [
    (1, "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Demo"),
    (2, "Dinas Perumahan dan Kawasan Permukiman Kabupaten Demo"),
    (3, "Dinas Perkim Provinsi Contoh"),
    (4, "Badan Perencanaan Pembangunan Daerah"),
    (5, "Dinas Kesehatan Kabupaten Demo"),
    (6, "Pemerintah Kelurahan Sukamaju"),
    (7, "Perumda Air Minum Tirta Demo"),
]


def _found(name: str) -> list[tuple[int, str]]:
    return [
        (m.id, m.reason)
        for m in find_duplicates(name, REGISTRY, district="Kabupaten Demo (fiktif)")
    ]


def test_short_and_long_forms_of_an_agency_are_one_body() -> None:
    assert _found("Dinas PU") == [(1, "contains")]
    assert _found("Dinas Pekerjaan Umum") == [(1, "contains")]
    assert _found("Dinas PUPR Kab. Demo") == [(1, "same")]
    assert _found("DINAS PERKIM") == [(2, "same")]  # the district's, not the province's
    assert _found("Dinkes") == [(5, "same")]
    assert _found("Bappeda Kabupaten Demo") == [(4, "same")]
    assert _found("Dinas Kesehatn Kab Demo") == [(5, "similar")]  # a typing error


def test_another_regions_or_villages_body_is_not_a_duplicate() -> None:
    assert _found("Dinas Perkim Provinsi Jawa Tengah") == []
    assert _found("Dinas Kesehatan Provinsi Contoh") == []
    assert _found("Pemerintah Kelurahan Sidorejo") == []
    assert _found("Dinas Sosial") == []
    assert _found("Perumda Pasar Demo") == []


def test_an_import_s_names_are_compared_once_as_the_form_compares_one() -> None:
    from workbench.domain.collaboration import duplicates_among

    registered = [
        (1, "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Demo"),
        (2, "BKM Sukamaju Sejahtera"),
        (3, "Dinas Perumahan dan Kawasan Permukiman Kabupaten Demo"),
    ]
    names = [
        "Dinas PUPR Kabupaten Demo",  # the same body in short
        "BKM Sukamaju Sejahtra",  # a typing error
        "BKM Sukamaju",  # within a registered name
        "Dinas Perkim Provinsi Contoh",  # another region's body: none
        "Yayasan Air Bersih",
        "Yayasan Air Bersih Sejahtera",  # contains a name earlier in the file
        "Karang Taruna Tunas Muda",  # nothing like it
    ]
    found = duplicates_among(names, registered, "Kabupaten Demo")
    assert {i: (m.id, m.reason) for i, (_n, m) in found.items()} == {
        0: (1, "same"),
        1: (2, "similar"),
        2: (2, "contains"),
        5: (-1 - 4, "contains"),
    }


def test_the_blocked_comparison_finds_what_comparing_every_pair_finds() -> None:
    """Against the form's own check (every registered name, and every name before it in
    the file) on names with short forms, typing errors and parts of other names."""
    import random

    from workbench.domain.collaboration import duplicates_among, find_duplicates

    rng = random.Random(7)
    bodies = ["Dinas Pekerjaan Umum", "Badan Perencanaan Pembangunan Daerah", "BKM Sukamaju",
              "Lembaga Keswadayaan Masyarakat Mekarsari", "Yayasan Air Bersih Nusantara",
              "Kelompok Swadaya Masyarakat Cibeureum", "Universitas Negeri Demo",
              "Dinas Lingkungan Hidup", "Forum Kota Sehat", "PT Air Minum Tirta Sari"]  # fmt: skip

    def variant(name: str) -> str:
        words = name.split()
        pick = rng.random()
        if pick < 0.3 and len(words[-1]) > 4:  # a typing error
            w = words[-1]
            k = rng.randrange(1, len(w) - 1)
            words[-1] = w[:k] + w[k + 1 :]
        elif pick < 0.5 and len(words) > 2:
            words = words[:-1]
        elif pick < 0.7:
            words.append(rng.choice(["Kabupaten Demo", "Sejahtera", "Provinsi Contoh"]))
        return " ".join(words)

    registered = [(i + 1, variant(b)) for i, b in enumerate(bodies)]
    names = [variant(rng.choice(bodies)) for _ in range(60)]
    found = duplicates_among(names, registered, "Kabupaten Demo")
    order = {"same": 0, "contains": 1, "similar": 2}
    for i, name in enumerate(names):
        earlier = [(-1 - j, n) for j, n in enumerate(names[:i])]
        every = find_duplicates(name, [*registered, *earlier], district="Kabupaten Demo")
        want = min((order[m.reason] for m in every), default=None)
        got = order[found[i][1].reason] if i in found else None
        assert got == want, (name, every, found.get(i))
