"""The columns of each kind of file the workbench imports, declared once: name (as the
contracts spell it), type, whether required, unit, Indonesian label and help, and the other
headers districts use for it. The import pipeline reads a file's headers through these:
case, spaces and underscores, punctuation, units in brackets and common abbreviations
("Jml", "Pjg") do not matter, so "Kode Lokasi", "KODE_LOKASI", "Luas Verifikasi (Ha)" and
"Jml KK" are read as ``kode_lokasi``, ``luas_ha`` and ``jumlah_kk``. Where that fails, the
user's own mapping (``target = "their header"``) says which header holds a column.

Free of Qt and SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from workbench.domain.messages import render
from workbench.domain.rules import RuleSet
from workbench.domain.vocabulary import (
    ACTIVITY_STATUSES,
    CATEGORY_WORDS,
    COLLAB_STAGES,
    ENGAGEMENT_TYPES,
    GOV_LEVELS,
    PLANNING_ROLES,
    STAKEHOLDER_CATEGORIES,
)

ColumnType = Literal["text", "number", "whole", "year", "date", "yes_no", "money", "list"]
KINDS = ("baseline", "stakeholders", "engagements", "programme")

# short forms in Indonesian headers, read as the word (after lower-casing)
ABBREVIATIONS = {
    "jml": "jumlah",
    "jmlh": "jumlah",
    "jlh": "jumlah",
    "pjg": "panjang",
    "thn": "tahun",
    "tgl": "tanggal",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "ket": "keterangan",
    "telp": "telepon",
    "tlp": "telepon",
    "no": "nomor",
    "vol": "volume",
}
MIN_YEAR, MAX_YEAR = 1990, 2100
GROUP_SEPARATOR = re.compile(r"[/-]")
BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalise_header(text: object) -> str:
    """A header as compared: lower case, accents and units in brackets gone, any run of
    spaces, underscores or punctuation one space, abbreviations written out."""
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    s = BRACKETS.sub(" ", s.lower().lstrip("\ufeff"))
    words = NOT_WORD.sub(" ", s).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def _tails(header: str) -> list[str]:
    """The header without its group path: after the last '/', else after the last '-'."""
    if "/" in header:
        return [header.rsplit("/", 1)[1]]
    return [header.rsplit("-", 1)[1]]


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    type: ColumnType = "text"
    required: bool = False
    unit: str = ""
    label: str = ""  # Indonesian, as the template's instructions say it
    help: str = ""
    synonyms: tuple[str, ...] = ()
    # what the validator checks in every cell, beyond its type
    filled: bool = False  # a blank cell is refused
    choices: tuple[str, ...] = ()  # the stored values allowed (case and spaces aside)
    words: tuple[tuple[str, str], ...] = ()  # (how a file may write it, stored value)
    low: float | None = None  # the range a number must fall in
    high: float | None = None
    blank_key: str = ""  # the message for a blank cell ("blank" when not given)
    bad_key: str = ""  # the message for a cell its type cannot read
    range_key: str = ""  # the message for a number out of its range

    def guide(self) -> str:
        """What the column holds, as the mapping window and the templates say it."""
        text = self.help or self.label or self.name
        if self.choices:
            text += ". Salah satu dari: " + ", ".join(self.choices)
        return text

    def keys(self) -> set[str]:
        """Every normalised header that names this column."""
        names = {self.name, self.label, *self.synonyms}
        return {k for k in (normalise_header(n) for n in names if n) if k}


@dataclass(frozen=True)
class TableSpec:
    kind: str
    columns: tuple[ColumnSpec, ...]
    key: str = ""  # the column a row is known by (two sheets are joined on it)
    per_year: str = ""  # the column a header that is only a year holds ("2025": anggaran)

    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> ColumnSpec | None:
        return next((c for c in self.columns if c.name == name), None)

    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]


@dataclass(frozen=True)
class ColumnMap:
    """A user's mapping: ``columns`` column name → their header; for a workbook the
    ``sheet`` to read (and, later, the ``join`` column of a second sheet); ``name`` the
    name it is saved under, or the file it came from."""

    columns: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    join: str | None = None
    name: str = ""
    more_sheets: tuple[str, ...] = ()  # sheets joined to ``sheet`` on ``join``

    def label(self) -> str:
        return f"mapping '{self.name}'" if self.name else "mapping"


class MappingError(ValueError):
    """A user's mapping names a column the kind does not have, or a header the file does
    not have; ``key`` and ``params`` say it in the catalogue's languages."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(render(key, "en", **params))
        self.key = key
        self.params: dict[str, Any] = dict(params)


@dataclass(frozen=True)
class HeaderMatch:
    """How a file's headers were read: ``renames`` header → column name (headers already
    spelt as the contract are in it too); ``unknown`` headers that name no column;
    ``missing`` required columns no header gives; ``twice`` a column two headers give."""

    renames: dict[str, str]
    unknown: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    twice: dict[str, list[str]] = field(default_factory=dict)
    mapped: dict[str, str] = field(default_factory=dict)  # by the user's mapping
    headers: list[str] = field(default_factory=list)  # the file's, in its order

    def header_of(self, name: str) -> str:
        """The file's own header for a column (its name when no header gives it)."""
        return next((h for h, n in self.renames.items() if n == name), name)

    def read_as(self) -> list[tuple[str, str]]:
        """(their header, column) for every header not spelt as the contract spells it."""
        return [(h, n) for h, n in self.renames.items() if h.strip().lower() != n]


def match_headers(
    headers: Sequence[str],
    spec: TableSpec,
    mapping: Mapping[str, str] | None = None,
    problems: list[MappingError] | None = None,
) -> HeaderMatch:
    """Which header gives which column: the user's mapping first (``column: their header``),
    then a header spelt as the column's name, then its label and synonyms. A mapping entry
    that names no column or no header of the file raises MappingError, or with
    ``problems`` is said there and left out."""
    mapping = dict(mapping or {})
    renames: dict[str, str] = {}
    mapped: dict[str, str] = {}
    known = set(spec.names())
    by_norm: dict[str, list[str]] = {}
    for h in headers:
        by_norm.setdefault(normalise_header(h), []).append(h)
    for target, theirs in mapping.items():
        if target not in known:
            wrong = MappingError(
                "mapping_no_column", target=target, kind=spec.kind, names=", ".join(spec.names())
            )
            if problems is None:
                raise wrong
            problems.append(wrong)
            continue
        given = [h for h in headers if str(h) == theirs]
        if not given:
            given = by_norm.get(normalise_header(theirs), [])
        if not given:
            wrong = MappingError(
                "mapping_no_header",
                target=target,
                header=theirs,
                headers=", ".join(map(str, headers)),
            )
            if problems is None:
                raise wrong
            problems.append(wrong)
            continue
        renames[given[0]] = target
        mapped[given[0]] = target
    taken = set(renames.values())
    keys = {c.name: c.keys() for c in spec.columns if c.name not in taken}
    claims: dict[str, list[str]] = {}
    rest = [h for h in headers if h not in renames]
    # a header spelt as a column's name first (an export of ours imports back unchanged),
    # then labels and synonyms
    for exact in (True, False):
        for h in rest:
            if h in renames:
                continue
            norm = normalise_header(h)
            for name, ks in keys.items():
                if name in taken:
                    continue
                if (norm == normalise_header(name)) if exact else (norm in ks):
                    claims.setdefault(name, []).append(h)
                    renames[h] = name
                    break
        taken |= set(claims)
    # a survey server's export: a question's name after its groups ("aspek1/vol_1a" in
    # KoboToolbox, "aspek1-vol_1a" in ODK Central), read as the question's own name
    for h in rest:
        if h in renames or not GROUP_SEPARATOR.search(str(h)):
            continue
        for part in _tails(str(h)):
            norm = normalise_header(part)
            found = next((n for n, ks in keys.items() if n not in taken and norm in ks), None)
            if found is not None:
                claims.setdefault(found, []).append(h)
                renames[h] = found
                taken.add(found)
                break
    twice = {n: hs for n, hs in claims.items() if len(hs) > 1}
    unknown = [h for h in headers if h not in renames and normalise_header(h)]
    missing = [n for n in spec.required() if n not in renames.values()]
    return HeaderMatch(renames, unknown, missing, twice, mapped, [str(h) for h in headers])


# -- the four kinds ---------------------------------------------------------------------------

_KODE = ("kode", "kode rt", "kode lokasi rt", "id lokasi", "kode sim", "kode kotaku")
_KELURAHAN = ("desa", "kelurahan desa", "desa kelurahan", "nama kelurahan", "nama desa")
_KECAMATAN = ("nama kecamatan",)
_SCALE: dict[str, Any] = {"low": 1, "high": 5, "bad_key": "scale_1_5", "range_key": "scale_1_5"}
_KAWASAN = ("nama kawasan", "kawasan kumuh", "nama kawasan kumuh", "deliniasi kawasan")


def baseline_spec(rules: RuleSet) -> TableSpec:
    """The baseline file's columns for a rule set: its denominators and criterion volumes
    (named also by the criterion's name, with or without "volume")."""
    deno = rules.denominators
    more = {
        "luas_ha": ("luas", "luas wilayah", "luas rt", "luas kawasan", "luas verifikasi ha"),
        "jumlah_bangunan": ("bangunan", "jumlah unit bangunan"),
        "jumlah_kk": ("kk", "jumlah keluarga", "jumlah kepala keluarga"),
        "panjang_jalan_ideal_m": ("panjang jalan", "panjang jalan lingkungan ideal"),
        "panjang_drainase_ideal_m": ("panjang drainase", "panjang saluran ideal"),
    }

    def denominator(key: str, kind: ColumnType) -> ColumnSpec:
        label, unit = deno.get(key, (key, ""))
        return ColumnSpec(
            key,
            kind,
            True,
            unit,
            label,
            help=f"{label} (pembagi)",
            synonyms=more.get(key, ()),
            filled=True,
            blank_key="blank_denominator",
        )

    columns = [
        ColumnSpec(
            "kode_lokasi",
            "text",
            True,
            label="Kode lokasi",
            help="Kode lokasi RT, unik per tahun (mis. kode SIM KOTAKU)",
            synonyms=_KODE,
            filled=True,
        ),
        ColumnSpec(
            "nama_lokasi",
            label="Nama lokasi",
            help="Nama lokasi, mis. RT001-RW005",
            synonyms=("nama rt", "rt rw", "nama"),
        ),
        ColumnSpec(
            "kawasan",
            label="Kawasan",
            help="Nama kawasan kumuh (deliniasi SK Kumuh), kosong bila tidak ada",
            synonyms=_KAWASAN,
        ),
        ColumnSpec(
            "kelurahan",
            "text",
            True,
            label="Kelurahan",
            help="Kelurahan atau desa",
            synonyms=_KELURAHAN,
            filled=True,
        ),
        ColumnSpec(
            "kecamatan",
            "text",
            True,
            label="Kecamatan",
            help="Kecamatan",
            synonyms=_KECAMATAN,
            filled=True,
        ),
        ColumnSpec(
            "tahun",
            "year",
            label="Tahun",
            help="Tahun penilaian (kosong: tahun yang dipilih saat impor)",
            synonyms=("tahun penilaian", "tahun data"),
            low=MIN_YEAR,
            high=MAX_YEAR,
        ),
    ]
    for key in ("luas_ha", "jumlah_bangunan", "jumlah_penduduk", "jumlah_kk"):
        if key == "jumlah_penduduk":
            columns.append(
                ColumnSpec(
                    key,
                    "whole",
                    unit="jiwa",
                    label="Jumlah penduduk",
                    help="Jumlah penduduk",
                    synonyms=("penduduk",),
                )
            )
            continue
        kind: ColumnType = "number" if key == "luas_ha" else "whole"
        columns.append(denominator(key, kind))
    for key in deno:
        if key not in {c.name for c in columns}:
            columns.append(denominator(key, "number"))
    for c in rules.criteria:
        divided_by = deno.get(c.denominator, (c.denominator, ""))[0].lower()
        columns.append(
            ColumnSpec(
                f"vol_{c.code}",
                "number",
                True,
                c.unit,
                c.name,
                help=f"Volume {c.code}: {c.name} (dibagi {divided_by})",
                synonyms=(c.code, f"volume {c.name}", f"volume {c.code}", f"{c.code} {c.name}"),
            )
        )
    columns += [
        ColumnSpec(
            "legal_status_tanah",
            "yes_no",
            label="Status tanah legal",
            help="Status tanah jelas (sertifikat/dokumen sah/izin pemilik)",
        ),
        ColumnSpec(
            "legal_tata_ruang",
            "yes_no",
            label="Sesuai tata ruang",
            help="Sesuai rencana tata ruang (RTRW/RDTR)",
        ),
        ColumnSpec(
            "strategis",
            "yes_no",
            label="Lokasi strategis",
            help="Lokasi bernilai strategis",
            synonyms=("nilai strategis",),
        ),
        ColumnSpec(
            "sosial_ekonomi",
            "yes_no",
            label="Sosial ekonomi",
            help="Kondisi sosial, ekonomi, budaya mendukung",
        ),
        ColumnSpec(
            "lintang",
            "number",
            unit="derajat",
            label="Lintang",
            help="Lintang (WGS84), mis. -6,8897",
            synonyms=("latitude", "lokasi gps latitude", "gps latitude"),
            low=-90,
            high=90,
            range_key="latitude",
        ),
        ColumnSpec(
            "bujur",
            "number",
            unit="derajat",
            label="Bujur",
            help="Bujur (WGS84), mis. 109,6753",
            synonyms=("longitude", "lokasi gps longitude", "gps longitude"),
            low=-180,
            high=180,
            range_key="longitude",
        ),
    ]
    return TableSpec("baseline", tuple(columns), "kode_lokasi")


STAKEHOLDERS = TableSpec(
    "stakeholders",
    (
        ColumnSpec(
            "nama",
            "text",
            True,
            label="Nama",
            filled=True,
            synonyms=(
                "nama lembaga",
                "nama instansi",
                "nama pemangku kepentingan",
                "pemangku kepentingan",
                "lembaga",
                "instansi",
            ),
        ),
        ColumnSpec("singkatan", label="Singkatan", synonyms=("akronim", "nama singkat")),
        ColumnSpec("perorangan", "yes_no", label="Perorangan", synonyms=("individu",)),
        ColumnSpec(
            "kategori",
            "text",
            True,
            label="Kategori",
            synonyms=("kelompok", "unsur"),
            filled=True,
            choices=STAKEHOLDER_CATEGORIES,
            words=tuple((w, k) for k, w in CATEGORY_WORDS.items()),
        ),
        ColumnSpec("tingkat", label="Tingkat", synonyms=("tingkatan", "level"), choices=GOV_LEVELS),
        ColumnSpec("peran", label="Peran", synonyms=("peranan", "fungsi"), choices=PLANNING_ROLES),
        ColumnSpec(
            "narahubung",
            label="Narahubung",
            synonyms=("kontak", "nama kontak", "contact person", "cp", "penghubung"),
        ),
        ColumnSpec(
            "telepon",
            label="Telepon",
            synonyms=("nomor telepon", "nomor hp", "hp", "handphone", "whatsapp", "nomor wa"),
        ),
        ColumnSpec("email", label="Email", synonyms=("e mail", "surel", "alamat email")),
        ColumnSpec("alamat", label="Alamat", synonyms=("alamat kantor",)),
        ColumnSpec("anggota_pokja", "yes_no", label="Anggota Pokja", synonyms=("pokja",)),
        ColumnSpec("sk_pokja", label="SK Pokja", synonyms=("nomor sk pokja",)),
        ColumnSpec("jabatan_pokja", label="Jabatan Pokja", synonyms=("jabatan dalam pokja",)),
        ColumnSpec("pengaruh", "whole", label="Pengaruh", synonyms=("tingkat pengaruh",), **_SCALE),
        ColumnSpec(
            "kepentingan", "whole", label="Kepentingan", synonyms=("tingkat kepentingan",), **_SCALE
        ),
        ColumnSpec("kelurahan", "list", label="Kelurahan", synonyms=_KELURAHAN),
        ColumnSpec("kawasan", "list", label="Kawasan", synonyms=_KAWASAN),
        ColumnSpec("catatan", label="Catatan", synonyms=("keterangan",)),
        ColumnSpec("diarsipkan", "yes_no", label="Diarsipkan", synonyms=("arsip",)),
    ),
    "nama",
)

ENGAGEMENTS = TableSpec(
    "engagements",
    (
        ColumnSpec(
            "tanggal", "date", True, label="Tanggal", synonyms=("tanggal kegiatan",), filled=True
        ),
        ColumnSpec(
            "judul",
            "text",
            True,
            label="Judul",
            synonyms=("nama kegiatan", "judul kegiatan", "agenda", "acara"),
            filled=True,
        ),
        ColumnSpec(
            "jenis",
            "text",
            True,
            label="Jenis",
            synonyms=("jenis kegiatan",),
            filled=True,
            choices=ENGAGEMENT_TYPES,
        ),
        ColumnSpec(
            "tahap",
            "text",
            True,
            label="Tahap",
            synonyms=("tahapan",),
            filled=True,
            choices=COLLAB_STAGES,
        ),
        ColumnSpec("tempat", label="Tempat", synonyms=("lokasi kegiatan", "tempat kegiatan")),
        ColumnSpec("kelurahan", "list", label="Kelurahan", synonyms=_KELURAHAN),
        ColumnSpec("hadir", "list", label="Hadir", synonyms=("peserta", "yang hadir")),
        ColumnSpec(
            "diundang_tidak_hadir", "list", label="Diundang tidak hadir", synonyms=("tidak hadir",)
        ),
        ColumnSpec("hasil", label="Hasil", synonyms=("hasil kegiatan", "kesimpulan")),
        ColumnSpec("keputusan", label="Keputusan", synonyms=("kesepakatan",)),
        ColumnSpec(
            "berita_acara", label="Berita acara", synonyms=("nomor berita acara", "ba", "notulen")
        ),
    ),
    "judul",
)

PROGRAMME = TableSpec(
    "programme",
    (
        ColumnSpec("id_kegiatan", label="ID kegiatan", synonyms=("id", "nomor kegiatan")),
        ColumnSpec(
            "tahun",
            "year",
            True,
            label="Tahun",
            synonyms=("tahun anggaran", "ta"),
            filled=True,
            blank_key="bad_year",
            low=MIN_YEAR,
            high=MAX_YEAR,
        ),
        ColumnSpec("kode_lokasi", label="Kode lokasi", synonyms=_KODE),
        ColumnSpec("kawasan", label="Kawasan", synonyms=_KAWASAN),
        ColumnSpec("kelurahan", label="Kelurahan", synonyms=_KELURAHAN),
        ColumnSpec("kecamatan", label="Kecamatan", synonyms=_KECAMATAN),
        ColumnSpec(
            "kriteria",
            "text",
            True,
            label="Kriteria",
            synonyms=("kode kriteria", "indikator", "kode indikator"),
        ),
        ColumnSpec("volume", "number", True, label="Volume"),
        ColumnSpec("satuan", label="Satuan"),
        ColumnSpec(
            "kegiatan",
            "text",
            True,
            label="Kegiatan",
            synonyms=("jenis kegiatan", "nama kegiatan", "uraian kegiatan"),
            filled=True,
        ),
        ColumnSpec(
            "sumber_dana",
            "text",
            True,
            label="Sumber dana",
            synonyms=("sumber anggaran", "sumber pendanaan", "sumber pembiayaan"),
            filled=True,
        ),
        ColumnSpec(
            "anggaran",
            "money",
            True,
            "Rp",
            "Anggaran",
            synonyms=("nilai", "biaya", "pagu", "nilai anggaran", "jumlah anggaran", "nilai rp"),
            filled=True,
        ),
        ColumnSpec(
            "status", label="Status", synonyms=("status kegiatan",), choices=ACTIVITY_STATUSES
        ),
        ColumnSpec(
            "pelaksana",
            label="Pelaksana",
            synonyms=("pelaksana kegiatan", "instansi pelaksana", "opd pelaksana"),
        ),
        ColumnSpec("realisasi_volume", "number", label="Realisasi volume"),
        ColumnSpec(
            "realisasi_anggaran",
            "money",
            unit="Rp",
            label="Realisasi anggaran",
            synonyms=("realisasi rp", "nilai realisasi"),
        ),
    ),
    "kode_lokasi",
    "anggaran",
)


# what each column holds, in the words of the templates and the mapping window
HELP: dict[str, dict[str, str]] = {
    "stakeholders": {
        "nama": "Nama lembaga atau orang; satu baris satu pemangku kepentingan",
        "singkatan": "Singkatan atau akronim, mis. Bappeda",
        "perorangan": "ya bila orang, bukan lembaga",
        "kategori": "Kategori pemangku kepentingan (juga 'LSM', 'Perguruan tinggi' …)",
        "tingkat": "Tingkat pemerintahan (kosong: kabupaten)",
        "peran": "Peran dalam perencanaan (kosong: mitra)",
        "narahubung": "Nama orang yang dihubungi",
        "telepon": "Nomor telepon atau WhatsApp (angka nol di depan tetap)",
        "email": "Alamat surel",
        "alamat": "Alamat kantor",
        "anggota_pokja": "ya bila anggota Pokja PKP",
        "sk_pokja": "Nomor SK Pokja PKP",
        "jabatan_pokja": "Jabatan dalam Pokja PKP",
        "pengaruh": "Pengaruh, 1 (rendah) sampai 5 (tinggi); kosong: 3",
        "kepentingan": "Kepentingan, 1 (rendah) sampai 5 (tinggi); kosong: 3",
        "kelurahan": "Kelurahan/desa dampingan, dipisah | ('nama/kecamatan' bila nama sama)",
        "kawasan": "Kawasan dampingan, dipisah |",
        "catatan": "Catatan",
        "diarsipkan": "ya bila tidak aktif lagi",
    },
    "engagements": {
        "tanggal": "Tanggal kegiatan, mis. 2026-03-01 atau 01/03/2026",
        "judul": "Judul kegiatan; tanggal dan judul mengenali satu kegiatan",
        "jenis": "Jenis kegiatan",
        "tahap": "Tahap kolaborasi",
        "tempat": "Tempat kegiatan",
        "kelurahan": "Kelurahan/desa yang dibahas, dipisah |",
        "hadir": "Pemangku kepentingan terdaftar yang hadir, dipisah |",
        "diundang_tidak_hadir": "Yang diundang tetapi tidak hadir, dipisah |",
        "hasil": "Hasil kegiatan",
        "keputusan": "Keputusan atau kesepakatan",
        "berita_acara": "Nomor atau berkas berita acara",
    },
    "programme": {
        "id_kegiatan": "Nomor kegiatan: baris bernomor sama satu kegiatan (beberapa tahun/sumber)",
        "tahun": "Tahun anggaran",
        "kode_lokasi": "Kode lokasi RT (atau isi kawasan untuk kegiatan tingkat kawasan)",
        "kawasan": "Kawasan, bila kegiatan untuk seluruh kawasan",
        "kelurahan": "Kelurahan (hanya dibaca)",
        "kecamatan": "Kecamatan (hanya dibaca)",
        "kriteria": "Kode kriteria yang ditangani, mis. 2a",
        "volume": "Volume penanganan, dalam satuan kriteria",
        "satuan": "Satuan (hanya dibaca)",
        "kegiatan": "Jenis kegiatan, dari katalog kegiatan",
        "sumber_dana": "Sumber dana, dari katalog sumber dana",
        "anggaran": "Anggaran dalam rupiah utuh, mis. Rp 20.000.000",
        "status": "Status kegiatan (kosong: usulan)",
        "pelaksana": "Pelaksana, pemangku kepentingan terdaftar",
        "realisasi_volume": "Volume yang sudah terlaksana",
        "realisasi_anggaran": "Anggaran yang sudah terealisasi, dalam rupiah",
    },
}


def _with_help(spec: TableSpec) -> TableSpec:
    texts = HELP.get(spec.kind, {})
    columns = tuple(replace(c, help=c.help or texts.get(c.name, "")) for c in spec.columns)
    return replace(spec, columns=columns)


STAKEHOLDERS, ENGAGEMENTS, PROGRAMME = (
    _with_help(spec) for spec in (STAKEHOLDERS, ENGAGEMENTS, PROGRAMME)
)


def spec_of(kind: str, rules: RuleSet | None = None) -> TableSpec:
    if kind == "baseline":
        if rules is None:
            raise ValueError("the baseline's columns depend on the rule set")
        return baseline_spec(rules)
    specs = {"stakeholders": STAKEHOLDERS, "engagements": ENGAGEMENTS, "programme": PROGRAMME}
    if kind not in specs:
        raise ValueError(f"unknown kind of file: {kind} (expected one of {', '.join(KINDS)})")
    return specs[kind]


def check_specs(specs: Iterable[TableSpec]) -> list[str]:
    """Problems of the declarations themselves: a header two columns of a kind claim."""
    problems = []
    for spec in specs:
        owner: dict[str, str] = {}
        for c in spec.columns:
            for k in c.keys():
                if k in owner and owner[k] != c.name:
                    problems.append(f"{spec.kind}: '{k}' names {owner[k]} and {c.name}")
                owner.setdefault(k, c.name)
    return problems
