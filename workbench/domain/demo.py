"""The fictional demo district ("Kabupaten Demo"), generated deterministically from a seed.

Pure data: plain dicts and a pandas baseline frame; ``services/demo.py`` writes it to a
database. The same generator, with more locations and years, feeds the benchmarks.
Everything here is invented: names, places, numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from workbench.domain.programme import DEFAULT_ACTIVITY_TYPES as ACTIVITY_TYPES
from workbench.domain.programme import DEFAULT_FUNDING_SOURCES as FUNDING_SOURCES
from workbench.domain.rules import RuleSet, get_ruleset
from workbench.domain.scoring import score_frame

DEMO_SEED = 20261123
DEMO_DISTRICT = "Kabupaten Demo (fiktif)"
SUBDISTRICTS = ("Kecamatan Sukamaju", "Kecamatan Tirtalaya", "Kecamatan Pasirwangi")
VILLAGE_NAMES = (
    ("Sukamaju", "Karanganyar", "Mekarsari", "Sidorejo", "Kebonagung"),
    ("Tirtalaya", "Banyuurip", "Sumberejo", "Pandansari", "Tegalrejo"),
    ("Pasirwangi", "Margasari", "Jatiwangi", "Sindangsari", "Cibeureum"),
)
AREA_NAMES = (
    "Kawasan Bantaran Kali Demo",
    "Kawasan Pasar Lama",
    "Kawasan Stasiun Sukamaju",
    "Kawasan Pesisir Tirtalaya",
    "Kawasan Pecinan Banyuurip",
    "Kawasan Terminal Pasirwangi",
    "Kawasan Industri Margasari",
    "Kawasan Makam Jatiwangi",
)


@dataclass
class DemoData:
    """Everything the demo district contains, as plain rows keyed by natural keys."""

    district: dict
    subdistricts: list[str]
    villages: list[dict]  # name, subdistrict, kind
    areas: list[dict]  # name, sk_number, sk_year
    baseline: pd.DataFrame  # one row per RT unit and year, baseline-file columns
    stakeholders: list[dict] = field(default_factory=list)
    coverage: list[tuple[str, str]] = field(default_factory=list)  # (stakeholder, village)
    engagements: list[dict] = field(default_factory=list)
    commitments: list[dict] = field(default_factory=list)
    proposal_sources: list[dict] = field(default_factory=list)
    proposals: list[dict] = field(default_factory=list)
    votes: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    funding_sources: list[tuple[str, str]] = field(default_factory=list)
    activity_types: list[tuple[str, str, str, int]] = field(default_factory=list)
    activities: list[dict] = field(default_factory=list)
    village_bodies: dict[str, dict[str, str]] = field(default_factory=dict)  # village -> role
    plan: dict = field(default_factory=dict)


def _round_by_unit(values: np.ndarray, unit: str) -> np.ndarray:
    return np.round(values, 2) if unit == "ha" else np.round(values, 0)


def generate_baseline(
    n_locations: int = 72,
    years: tuple[int, ...] = (2023, 2024, 2025),
    seed: int = DEMO_SEED,
    rules: RuleSet | None = None,
) -> pd.DataFrame:
    """Baseline rows (interface format) for ``n_locations`` RT units over ``years``.

    Vectorised so that it also produces national-scale benchmark files quickly. Slum levels are
    spread on purpose (about 25 % heavy, 35 % medium, 28 % light, 12 % none in the first year),
    and conditions improve year by year as investments would make them.
    """
    rules = rules or get_ruleset()
    rng = np.random.default_rng(seed)
    n = n_locations
    n_kec = len(SUBDISTRICTS)
    vill_per_kec = len(VILLAGE_NAMES[0])
    # Spread RT units over villages; at scale, repeat village names with a number.
    village_idx = np.sort(rng.integers(0, n_kec * vill_per_kec, size=n))
    village_idx[: min(n, n_kec * vill_per_kec)] = np.arange(min(n, n_kec * vill_per_kec))
    village_idx = np.sort(village_idx)
    kec = village_idx // vill_per_kec
    kel = village_idx % vill_per_kec
    kec_names = np.array(SUBDISTRICTS, dtype=object)[kec]
    kel_names = np.array([VILLAGE_NAMES[k][v] for k, v in zip(kec, kel, strict=True)], dtype=object)
    # RW/RT numbering within each village
    order_in_village = pd.Series(village_idx).groupby(village_idx).cumcount().to_numpy()
    rw = order_in_village // 6 + 1
    rt = order_in_village % 6 + 1
    codes = np.array(
        [
            f"DM{k + 1}{v + 1:02d}-{w:02d}-{t:03d}"
            for k, v, w, t in zip(kec, kel, rw, rt, strict=True)
        ],
        dtype=object,
    )
    names = np.array([f"RT{t:03d}-RW{w:03d}" for w, t in zip(rw, rt, strict=True)], dtype=object)
    # Kawasan: contiguous runs of villages share an area; ~15 % of RT units are outside any.
    area_of_village = np.array(
        [AREA_NAMES[(i // 2) % len(AREA_NAMES)] for i in range(n_kec * vill_per_kec)], dtype=object
    )
    areas = area_of_village[village_idx]
    outside = rng.random(n) < 0.15
    areas = np.where(outside, "", areas)

    luas = np.round(rng.uniform(1.5, 8.0, n), 2)
    bangunan = np.round(luas * rng.uniform(40, 110, n)).astype(int)
    kk = np.round(bangunan * rng.uniform(1.0, 1.4, n)).astype(int)
    penduduk = np.round(kk * rng.uniform(3.2, 4.2, n)).astype(int)
    jalan = np.round(luas * rng.uniform(180, 320, n))
    drainase = np.round(jalan * rng.uniform(1.6, 2.1, n))
    if n > 5:
        drainase[5] = 0.0  # a real-world case: no ideal drainage length recorded
    severity = rng.choice([0.9, 0.64, 0.4, 0.1], size=n, p=[0.25, 0.35, 0.28, 0.12])
    lat = -7.05 + (kec * 0.04) + rng.uniform(-0.015, 0.015, n)
    lon = 110.38 + (kel * 0.02) + rng.uniform(-0.008, 0.008, n)
    legal_tenure = rng.random(n) < 0.8
    legal_plan = rng.random(n) < 0.85
    strategis = rng.random(n) < 0.4
    sosek = rng.random(n) < 0.5

    den = {
        "luas_ha": luas,
        "jumlah_bangunan": bangunan,
        "jumlah_kk": kk,
        "panjang_jalan_ideal_m": jalan,
        "panjang_drainase_ideal_m": drainase,
    }
    base_pct = {c.code: np.clip(rng.normal(severity * 100, 16), 0, 100) for c in rules.criteria}
    frames = []
    for yi, year in enumerate(years):
        cols: dict[str, object] = {
            "kode_lokasi": codes,
            "nama_lokasi": names,
            "kawasan": areas,
            "kelurahan": kel_names,
            "kecamatan": kec_names,
            "tahun": year,
            "luas_ha": luas,
            "jumlah_bangunan": bangunan,
            "jumlah_penduduk": np.round(penduduk * (1.01**yi)).astype(int),
            "jumlah_kk": np.round(kk * (1.01**yi)).astype(int),
            "panjang_jalan_ideal_m": jalan,
            "panjang_drainase_ideal_m": drainase,
        }
        for crit in rules.criteria:
            improve = rng.uniform(0.86, 1.0, n) ** yi
            pct = base_pct[crit.code] * improve
            denom = np.asarray(cols.get(crit.denominator, den[crit.denominator]), dtype=float)
            cols[f"vol_{crit.code}"] = _round_by_unit(pct / 100 * denom, crit.unit)
        cols.update(
            {
                "legal_status_tanah": np.where(legal_tenure, "ya", "tidak"),
                "legal_tata_ruang": np.where(legal_plan, "ya", "tidak"),
                "strategis": np.where(strategis, "ya", "tidak"),
                "sosial_ekonomi": np.where(sosek, "ya", "tidak"),
                "lintang": np.round(lat, 6),
                "bujur": np.round(lon, 6),
            }
        )
        frames.append(pd.DataFrame(cols))
    return pd.concat(frames, ignore_index=True)


def generate_demo(
    seed: int = DEMO_SEED,
    n_locations: int = 72,
    years: tuple[int, ...] = (2023, 2024, 2025),
    plan_period: tuple[int, int] = (2026, 2030),
) -> DemoData:
    rules = get_ruleset()
    rng = np.random.default_rng(seed + 1)
    baseline = generate_baseline(n_locations, years, seed, rules)
    villages = (
        baseline[["kelurahan", "kecamatan"]]
        .drop_duplicates()
        .sort_values(["kecamatan", "kelurahan"])
    )
    village_rows = [
        {
            "name": r.kelurahan,
            "subdistrict": r.kecamatan,
            "kind": "desa" if i % 4 == 3 else "kelurahan",
        }
        for i, r in enumerate(villages.itertuples(index=False))
    ]
    area_names = sorted(a for a in baseline["kawasan"].unique() if a)
    data = DemoData(
        district={
            "code": "DEMO",
            "name": DEMO_DISTRICT,
            "province": "Provinsi Contoh",
            "is_demo": True,
        },
        subdistricts=list(SUBDISTRICTS),
        villages=village_rows,
        areas=[
            {"name": a, "sk_number": "SK Bupati Demo No. 650/123/2024", "sk_year": 2024}
            for a in area_names
        ],
        baseline=baseline,
        funding_sources=list(FUNDING_SOURCES),
        activity_types=list(ACTIVITY_TYPES),
    )
    _stakeholders(data, rng)
    _engagements(data, rng, years[-1])
    _priorities(data, rng, rules, years[-1])
    _programme(data, rng, rules, plan_period)
    return data


def _stakeholders(data: DemoData, rng: np.random.Generator) -> None:
    s = data.stakeholders
    pokja = [
        (
            "Badan Perencanaan Pembangunan Daerah Kabupaten Demo",
            "Bappeda",
            "pengarah",
            "Ketua Pokja PKP",
            5,
            5,
        ),
        (
            "Dinas Perumahan dan Kawasan Permukiman Kabupaten Demo",
            "Dinas Perkim",
            "perencana",
            "Sekretaris Pokja PKP",
            5,
            5,
        ),
        (
            "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Demo",
            "Dinas PUPR",
            "pelaksana",
            "Anggota",
            5,
            4,
        ),
        ("Dinas Kesehatan Kabupaten Demo", "Dinkes", "pelaksana", "Anggota", 3, 3),
        ("Dinas Lingkungan Hidup Kabupaten Demo", "DLH", "pelaksana", "Anggota", 3, 4),
        ("Kantor Pertanahan Kabupaten Demo", "BPN", "pendamping", "Anggota", 4, 2),
    ]
    for name, short, role, pos, inf, intr in pokja:
        s.append(
            dict(
                name=name,
                short_name=short,
                category="pokja",
                gov_level="kabupaten",
                planning_role=role,
                pokja_member=True,
                pokja_sk_number="SK Bupati Demo No. 050/77/2024",
                pokja_position=pos,
                influence=inf,
                interest=intr,
            )
        )
    for name, short, level, inf, intr in (
        ("Perumda Air Minum Tirta Demo", "PDAM", "kabupaten", 4, 3),
        ("PLN UP3 Demo", "PLN", "pusat", 3, 2),
        ("Balai Prasarana Permukiman Wilayah Provinsi Contoh", "BPPW", "pusat", 5, 4),
        ("Dinas Perkim Provinsi Contoh", "Perkim Prov", "provinsi", 4, 3),
    ):
        s.append(
            dict(
                name=name,
                short_name=short,
                category="agency",
                gov_level=level,
                planning_role="pelaksana",
                influence=inf,
                interest=intr,
            )
        )
    for kec in data.subdistricts:
        s.append(
            dict(
                name=f"Pemerintah {kec}",
                short_name=kec.replace("Kecamatan", "Kec."),
                category="agency",
                gov_level="kecamatan",
                planning_role="pendamping",
                influence=3,
                interest=3,
            )
        )
    for i, v in enumerate(data.villages):
        label = "Kelurahan" if v["kind"] == "kelurahan" else "Desa"
        gov = f"Pemerintah {label} {v['name']}"
        s.append(
            dict(
                name=gov,
                short_name=f"{label[:3]}. {v['name']}",
                category="village_gov",
                gov_level="desa",
                planning_role="pelaksana",
                influence=3,
                interest=4,
            )
        )
        data.coverage.append((gov, v["name"]))
        board = "BKM" if v["kind"] == "kelurahan" else "LKM"
        bkm = f"{board} {v['name']} Sejahtera"
        s.append(
            dict(
                name=bkm,
                short_name=f"{board} {v['name']}",
                category="bkm_lkm",
                gov_level="desa",
                planning_role="perencana",
                influence=2,
                interest=5,
            )
        )
        data.coverage.append((bkm, v["name"]))
        data.village_bodies[v["name"]] = {"gov": gov, "bkm": bkm}
        if i % 3 == 0:
            ksm = f"KSM Tirta Bersih {v['name']}"
            s.append(
                dict(
                    name=ksm,
                    short_name=f"KSM {v['name']}",
                    category="ksm_pokmas",
                    gov_level="non_gov",
                    planning_role="pelaksana",
                    influence=1,
                    interest=5,
                )
            )
            data.coverage.append((ksm, v["name"]))
        if i % 5 == 1:  # duplicate community bodies in one village: institution harmonisation
            pokmas = f"Pokmas Peduli Lingkungan {v['name']}"
            s.append(
                dict(
                    name=pokmas,
                    short_name=f"Pokmas {v['name']}",
                    category="ksm_pokmas",
                    gov_level="non_gov",
                    planning_role="pelaksana",
                    influence=1,
                    interest=4,
                )
            )
            data.coverage.append((pokmas, v["name"]))
    for k, kec in enumerate(data.subdistricts):
        fas = f"Tim Fasilitator Kelurahan {kec.replace('Kecamatan ', '')}"
        s.append(
            dict(
                name=fas,
                short_name=f"Faskel {k + 1}",
                category="facilitator",
                gov_level="non_gov",
                planning_role="pendamping",
                influence=2,
                interest=5,
            )
        )
        for v in data.villages:
            if v["subdistrict"] == kec:
                data.coverage.append((fas, v["name"]))
    s.append(
        dict(
            name="Tim Koordinator Kota KOTAKU Demo",
            short_name="Korkot",
            is_person=False,
            category="facilitator",
            gov_level="pusat",
            planning_role="pendamping",
            influence=3,
            interest=5,
        )
    )
    for name, short in (
        ("PT Semen Nusantara Demo (CSR)", "CSR Semen"),
        ("Bank Pembangunan Daerah Demo (CSR)", "CSR BPD"),
        ("CV Bangun Karya Demo", "CV Bangun Karya"),
    ):
        s.append(
            dict(
                name=name,
                short_name=short,
                category="private_csr",
                gov_level="non_gov",
                planning_role="mitra",
                influence=3,
                interest=2,
            )
        )
    s.append(
        dict(
            name="Universitas Negeri Demo, Fakultas Teknik",
            short_name="UND",
            category="university",
            gov_level="non_gov",
            planning_role="pendamping",
            influence=2,
            interest=3,
        )
    )
    s.append(
        dict(
            name="Yayasan Lingkar Hijau Demo",
            short_name="LSM Lingkar Hijau",
            category="ngo",
            gov_level="non_gov",
            planning_role="pendamping",
            influence=2,
            interest=4,
        )
    )
    s.append(
        dict(
            name="DPRD Kabupaten Demo, Komisi C",
            short_name="DPRD Komisi C",
            category="dprd",
            gov_level="kabupaten",
            planning_role="pengarah",
            influence=5,
            interest=3,
        )
    )
    s.append(
        dict(
            name="Forum Kota Sehat Kabupaten Demo",
            short_name="FKS",
            category="other",
            gov_level="non_gov",
            planning_role="mitra",
            influence=2,
            interest=3,
        )
    )
    for st in s:
        short = st.get("short_name", "")
        st.setdefault("contact_person", f"Narahubung {short}")
        a, b = (int(x) for x in rng.integers(1000, 9999, size=2))
        st.setdefault("phone", f"0812-{a}-{b}")
        st.setdefault("email", "")


ENGAGEMENT_PLAN = (  # (month, type, stage, title)
    (1, "sosialisasi", "dialogue", "Sosialisasi penanganan kumuh tingkat kabupaten"),
    (2, "sosialisasi", "dialogue", "Sosialisasi penanganan kumuh"),
    (3, "rapat_koordinasi", "trust", "Rapat koordinasi Pokja PKP"),
    (4, "survei", "understanding", "Pendataan baseline kumuh"),
    (5, "fgd", "understanding", "FGD penyelarasan RPLP dengan RPJMD"),
    (6, "lokakarya", "commitment", "Lokakarya harmonisasi lokasi prioritas"),
    (7, "kunjungan_lapangan", "trust", "Kunjungan lapangan bersama mitra CSR"),
    (8, "rapat_koordinasi", "commitment", "Rapat komitmen pendanaan"),
    (9, "fgd", "outcome", "Penyusunan dokumen RPLP"),
    (10, "lokakarya", "outcome", "Lokakarya memorandum program"),
    (11, "rapat_koordinasi", "outcome", "Rapat pleno Pokja PKP"),
)


def _engagements(data: DemoData, rng: np.random.Generator, year: int) -> None:
    by_cat: dict[str, list[str]] = {}
    for st in data.stakeholders:
        by_cat.setdefault(st["category"], []).append(st["name"])
    village_of: dict[str, str] = {}
    for st_name, v in data.coverage:
        village_of.setdefault(st_name, v)
    # Two villages are deliberately reached less, so coverage gaps are visible.
    quiet = {data.villages[-1]["name"], data.villages[len(data.villages) // 2]["name"]}
    for month, etype, stage, title in ENGAGEMENT_PLAN:
        kecs = data.subdistricts if etype in ("sosialisasi", "fgd", "survei") else [None]
        for kec in kecs:
            vills = [
                v["name"]
                for v in data.villages
                if (kec is None or v["subdistrict"] == kec) and v["name"] not in quiet
            ]
            chosen = sorted(rng.choice(vills, size=min(len(vills), 3), replace=False).tolist())
            att: list[tuple[str, bool]] = []
            for name in by_cat["pokja"][: 2 + int(rng.integers(0, 4))]:
                att.append((name, bool(rng.random() < 0.9)))
            for st_name, v in data.coverage:
                if v in chosen and st_name not in [a[0] for a in att]:
                    att.append((st_name, bool(rng.random() < 0.85)))
            if kec is not None:  # the kecamatan government attends its own kecamatan's events
                att.append((f"Pemerintah {kec}", True))
            if etype in ("kunjungan_lapangan", "rapat_koordinasi"):
                att.extend((n, True) for n in by_cat["private_csr"][:2])
            if etype == "lokakarya":
                att.extend((n, True) for n in by_cat["dprd"] + by_cat["university"])
            day = date(year, month, 1) + timedelta(days=int(rng.integers(0, 25)))
            full = title if kec is None else f"{title} {kec}"
            data.engagements.append(
                dict(
                    date=day,
                    title=full,
                    type=etype,
                    stage=stage,
                    villages=chosen,
                    place=f"Aula {kec or 'Bappeda Kabupaten Demo'}",
                    outcomes=f"Hasil {title.lower()} dicatat dalam berita acara.",
                    attendance=att,
                )
            )
    csr = by_cat["private_csr"]
    for i, (name, form, value, status) in enumerate(
        (
            (csr[0], "uang", 350_000_000, "disepakati"),
            (csr[1], "uang", 150_000_000, "diusulkan"),
            (csr[2], "fisik", None, "diusulkan"),
            (by_cat["pokja"][2], "program", 1_250_000_000, "disepakati"),
            (by_cat["university"][0], "tenaga", None, "terealisasi"),
            (by_cat["ngo"][0], "event", 25_000_000, "terealisasi"),
            (by_cat["bkm_lkm"][0], "tenaga", None, "disepakati"),
            (by_cat["bkm_lkm"][1], "uang", 12_500_000, "terealisasi"),
        )
    ):
        data.commitments.append(
            dict(
                stakeholder=name,
                form=form,
                value_rp=value,
                status=status,
                year=year + (i % 2),
                in_kind="" if value else "Tenaga dan material sesuai kesepakatan",
            )
        )


def _latest_scores(data: DemoData, rules: RuleSet) -> pd.DataFrame:
    base = data.baseline
    latest = base[base["tahun"] == base["tahun"].max()].reset_index(drop=True)
    scored = score_frame(latest, rules)
    scored["kelurahan"] = latest["kelurahan"]
    scored["luas_ha"] = latest["luas_ha"]
    return scored


def _priorities(data: DemoData, rng: np.random.Generator, rules: RuleSet, year: int) -> None:
    scored = _latest_scores(data, rules).sort_values("total_skor", ascending=False)
    slum = scored[scored["total_skor"] >= 16]
    data.proposal_sources.append(dict(name="SK Kumuh 2024", kind="sk_kumuh", year=2024))
    for rank, code in enumerate(slum["kode_lokasi"], start=1):
        data.proposals.append(dict(source="SK Kumuh 2024", code=code, rank=rank))
    for v in data.villages[::2]:
        src = f"RPLP {v['name']}"
        data.proposal_sources.append(dict(name=src, kind="rplp", year=year, village=v["name"]))
        own = slum[slum["kelurahan"] == v["name"]]["kode_lokasi"].tolist()
        rng.shuffle(own)
        for rank, code in enumerate(own, start=1):
            data.proposals.append(dict(source=src, code=code, rank=rank))
    for src, kind, stakeholder in (
        ("Usulan Bappeda", "bappeda", data.stakeholders[0]["name"]),
        ("Usulan Dinas PUPR", "agency", data.stakeholders[2]["name"]),
        ("Aspirasi DPRD Komisi C", "dprd", "DPRD Kabupaten Demo, Komisi C"),
    ):
        data.proposal_sources.append(dict(name=src, kind=kind, year=year, stakeholder=stakeholder))
        picks = slum["kode_lokasi"].tolist()[:24]
        noisy = sorted(picks, key=lambda _c: float(rng.random()))[:15]
        for rank, code in enumerate(noisy, start=1):
            data.proposals.append(dict(source=src, code=code, rank=rank))
    workshop = next(e["title"] for e in data.engagements if e["type"] == "lokakarya")
    groups = ("Kelompok Pemerintah", "Kelompok BKM/LKM", "Kelompok Swasta & Akademisi")
    for code in slum["kode_lokasi"].tolist()[:20]:
        for g in groups:
            data.votes.append(
                dict(
                    engagement=workshop,
                    group=g,
                    code=code,
                    choice="support",
                    count=int(rng.integers(0, 12)),
                )
            )
            data.votes.append(
                dict(
                    engagement=workshop,
                    group=g,
                    code=code,
                    choice="object",
                    count=int(rng.integers(0, 4)),
                )
            )
    # what the workshop already settled: a few agreed, one contested, one deferred
    codes = slum["kode_lokasi"].tolist()
    notes = {
        "agreed": "Disepakati seluruh kelompok",
        "contested": "Status lahan masih dipersoalkan warga; verifikasi BPN",
        "deferred": "Menunggu hasil pendataan ulang RT",
    }
    for code, status in zip(codes[:7], ["agreed"] * 5 + ["contested", "deferred"], strict=True):
        data.decisions.append(
            dict(code=code, status=status, note=notes[status], engagement=workshop)
        )


def _executor(data: DemoData, source: str, criterion: str, village: str) -> str:
    """Who carries out an activity: the village for Dana Desa, the BKM for swadaya, ..."""
    by_short = {st["short_name"]: st["name"] for st in data.stakeholders}
    bodies = data.village_bodies.get(village, {})
    if source == "DANA_DESA" and bodies:
        return bodies["gov"]
    if source == "SWADAYA" and bodies:
        return bodies["bkm"]
    if source == "CSR":
        return by_short["CSR Semen"]
    if source == "APBN":
        return by_short["BPPW"]
    if source == "APBD_PROV":
        return by_short["Perkim Prov"]
    if criterion == "3a":
        return by_short["PDAM"]
    if criterion in ("1a", "1b", "1c", "5a", "5b"):
        return by_short["Dinas Perkim"]
    if criterion in ("6a", "6b"):
        return by_short["DLH"]
    return by_short["Dinas PUPR"]


def _programme(
    data: DemoData, rng: np.random.Generator, rules: RuleSet, period: tuple[int, int]
) -> None:
    base = data.baseline
    latest = base[base["tahun"] == base["tahun"].max()].reset_index(drop=True)
    scored = score_frame(latest, rules)
    types_by_crit: dict[str, list[tuple[str, str, str, int]]] = {}
    for t in ACTIVITY_TYPES:
        types_by_crit.setdefault(t[1], []).append(t)
    sources = [code for code, _ in FUNDING_SOURCES]
    weights = np.array([0.12, 0.1, 0.1, 0.3, 0.2, 0.08, 0.06, 0.02, 0.02])
    order = scored.sort_values("total_skor", ascending=False).index[:40]
    years = list(range(period[0], period[1] + 1))
    for idx in order:
        row = latest.loc[idx]
        crits = [
            c
            for c in rules.criteria
            if scored.loc[idx, f"skor_{c.code}"] > 0 and c.code in types_by_crit
        ]
        rng.shuffle(crits)
        for crit in crits[: int(rng.integers(2, 6))]:
            atype = types_by_crit[crit.code][int(rng.integers(0, len(types_by_crit[crit.code])))]
            problem = float(row[f"vol_{crit.code}"])
            share = float(rng.uniform(0.4, 1.0))
            volume = (
                round(problem * share, 2) if crit.unit == "ha" else float(round(problem * share))
            )
            if volume <= 0:
                continue
            year = years[int(rng.integers(0, len(years)))]
            total = int(round(volume * atype[3]))
            first = str(rng.choice(sources, p=weights / weights.sum()))
            allocs = []
            if rng.random() < 0.25:  # joint funding: one activity, two sources
                second = "DANA_DESA" if first != "DANA_DESA" else "SWADAYA"
                part = total * 6 // 10
                allocs = [(year, first, part), (year, second, total - part)]
            else:
                allocs = [(year, first, total)]
            status = (
                "terlaksana"
                if year == years[0] and rng.random() < 0.5
                else ("disepakati" if rng.random() < 0.6 else "usulan")
            )
            data.activities.append(
                dict(
                    executor=_executor(data, first, crit.code, str(row["kelurahan"])),
                    code=row["kode_lokasi"],
                    criterion=crit.code,
                    type=atype[0],
                    volume=volume,
                    unit_cost=atype[3],
                    status=status,
                    allocations=allocs,
                    approach="masyarakat" if first in ("DANA_DESA", "SWADAYA") else "institusi",
                    realised_volume=volume if status == "terlaksana" else None,
                    realised_rp=total if status == "terlaksana" else None,
                )
            )
    # light-slum RTs the Pokja means to clear: every scoring criterion handled in full,
    # finished in a staggered year, so the slum hectares fall toward 0 over the period
    slum_levels = {lv.key for lv in rules.levels if lv.min_total > 0}
    light = scored[scored["_level"].isin(slum_levels)].sort_values("total_skor").index
    light = [i for i in light if i not in set(order)][:10]
    for n, idx in enumerate(light):
        row = latest.loc[idx]
        finish = years[min(1 + n // 3, len(years) - 1)]
        for crit in rules.criteria:
            if scored.loc[idx, f"skor_{crit.code}"] <= 0 or crit.code not in types_by_crit:
                continue
            atype = types_by_crit[crit.code][0]
            volume = float(row[f"vol_{crit.code}"])
            total = int(round(volume * atype[3]))
            source = "DANA_DESA" if total < 300_000_000 else "APBD_KAB"
            allocs = [(finish - 1, source, total // 2), (finish, source, total - total // 2)]
            data.activities.append(
                dict(
                    executor=_executor(data, source, crit.code, str(row["kelurahan"])),
                    code=row["kode_lokasi"],
                    criterion=crit.code,
                    type=atype[0],
                    volume=volume,
                    unit_cost=atype[3],
                    status="disepakati",
                    allocations=allocs,
                    approach="masyarakat" if source == "DANA_DESA" else "institusi",
                    realised_volume=None,
                    realised_rp=None,
                )
            )
    data.plan = dict(
        name=f"RP2KPKP Kabupaten Demo {period[0]}\u2013{period[1]}",
        period_start=period[0],
        period_end=period[1],
    )
