"""Collaboration rules, pure Python: duplicate stakeholder names, the basis-level coverage grid
(village x stakeholder category), collaboration-stage progress per village, and villages that
carry several community bodies doing the same job.

Coverage (the question the Jaten study made central: *who has not been involved yet, where*):
for a village V and a stakeholder category C,

* ``engaged``    - a stakeholder of category C was present at an engagement concerning V;
* ``registered`` - a stakeholder of category C covers V, but none has been engaged there yet;
* ``absent``     - no stakeholder of category C is registered for or engaged at V.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

# Common Indonesian abbreviations in agency and body names, expanded before comparing.
ABBREVIATIONS = {
    "pu": "pekerjaan umum",
    "pupr": "pekerjaan umum dan penataan ruang",
    "perkim": "perumahan dan kawasan permukiman",
    "dinkes": "dinas kesehatan",
    "dlh": "dinas lingkungan hidup",
    "bappeda": "badan perencanaan pembangunan daerah",
    "bpn": "badan pertanahan nasional",
    "pdam": "perusahaan daerah air minum",
    "perumda": "perusahaan umum daerah",
    "bkm": "badan keswadayaan masyarakat",
    "lkm": "lembaga keswadayaan masyarakat",
    "ksm": "kelompok swadaya masyarakat",
    "pokmas": "kelompok masyarakat",
    "dprd": "dewan perwakilan rakyat daerah",
    "lsm": "lembaga swadaya masyarakat",
    "kab": "kabupaten",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "kel": "kelurahan",
    "kec": "kecamatan",
    "prov": "provinsi",
    "univ": "universitas",
    "ft": "fakultas teknik",
    "bppw": "balai prasarana permukiman wilayah",
    "pln": "perusahaan listrik negara",
    "csr": "tanggung jawab sosial perusahaan",
}
# Words that say nothing about which body it is.
NOISE = frozenset({"dan", "the", "of", "kantor", "pt", "cv", "tbk", "persero"})
# ... nor, when comparing two names for the duplicate warning, these
FILLER = NOISE | {"yang", "untuk", "dari", "di", "ke", "se", "fiktif"}
LEVELS = frozenset({"provinsi", "kabupaten", "kota"})  # a body of another region's level
SIMILARITY = 90  # rapidfuzz token_sort_ratio from which two names are called alike (typos)


@functools.lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Lower case, punctuation removed, abbreviations expanded, noise words dropped."""
    text = re.sub(r"[^\w\s]", " ", name.lower())
    words: list[str] = []
    for token in text.split():
        words.extend(ABBREVIATIONS.get(token, token).split())
    return " ".join(w for w in words if w not in NOISE)


@functools.lru_cache(maxsize=65536)
def _compared(name: str, district: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words, qualifier) of a name for the duplicate warning: expanded and normalised, filler
    words and the own district's name ("Kabupaten Demo") dropped; the qualifier is another
    region the name names ("provinsi contoh"), which makes it another body."""
    words = [w for w in normalise_name(name).split() if w not in FILLER]
    own = [w for w in normalise_name(re.sub(r"\(.*?\)", " ", district)).split() if w not in FILLER]
    if len(own) >= 2:
        for i in range(len(words) - len(own), -1, -1):
            if words[i : i + len(own)] == own:
                del words[i : i + len(own)]
    qualifier: tuple[str, ...] = ()
    for i, w in enumerate(words[:-1]):
        if w in LEVELS:
            qualifier = (w, words[i + 1])
    return tuple(words), qualifier


@dataclass(frozen=True)
class NameMatch:
    id: int
    name: str
    reason: str  # 'same' | 'contains' | 'similar'


def name_relation(a: str, b: str, district: str = "") -> str | None:
    """How two stakeholder names relate, as the duplicate warning reads them:

    * ``same``: the same words after expanding abbreviations and dropping filler words and
      the own district's name ("Dinas PU" = "Dinas Pekerjaan Umum Kabupaten Demo");
    * ``contains``: every word of the shorter (two or more) is in the longer ("Dinas
      Pekerjaan Umum" and "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Demo");
    * ``similar``: nearly the same words (typing errors: rapidfuzz token-sort ratio);
    * None: another body, also when one names another region ("... Provinsi Contoh")."""
    (wa, qa), (wb, qb) = _compared(a, district), _compared(b, district)
    if not wa or not wb or qa != qb:
        return None
    sa, sb = set(wa), set(wb)
    if sa == sb:
        return "same"
    small, big = sorted((sa, sb), key=len)
    if len(small) >= 2 and small <= big:
        return "contains"
    if fuzz.token_sort_ratio(" ".join(wa), " ".join(wb)) >= SIMILARITY:
        return "similar"
    return None


def find_duplicates(
    name: str, existing: Iterable[tuple[int, str]], ignore_id: int | None = None, district: str = ""
) -> list[NameMatch]:
    """Stakeholders whose name (or short name: pass both as entries) is probably the same
    body as ``name`` (see ``name_relation``), best first, one entry per stakeholder."""
    found: dict[int, NameMatch] = {}
    order = {"same": 0, "contains": 1, "similar": 2}
    for sid, other in existing:
        if sid == ignore_id or not other:
            continue
        reason = name_relation(name, other, district)
        if reason is not None and (sid not in found or order[reason] < order[found[sid].reason]):
            found[sid] = NameMatch(sid, other, reason)
    return sorted(found.values(), key=lambda m: (order[m.reason], m.name))


# -- coverage --------------------------------------------------------------------------------

ENGAGED, REGISTERED, ABSENT = "engaged", "registered", "absent"


@dataclass(frozen=True)
class CoverageInput:
    villages: list[tuple[int, str]]  # (village id, name)
    stakeholders: list[tuple[int, str]]  # (stakeholder id, category), archived left out
    coverage: list[tuple[int, int]]  # (stakeholder id, village id)
    engagement_villages: list[tuple[int, int]]  # (engagement id, village id)
    attendance: list[tuple[int, int]]  # (engagement id, stakeholder id), present only
    engagement_stages: dict[int, str] | None = None  # engagement id -> stage


def coverage_grid(data: CoverageInput, categories: Iterable[str]) -> dict[tuple[int, str], str]:
    """(village id, category) -> engaged / registered / absent, for every pair."""
    category_of = dict(data.stakeholders)
    villages_of_engagement: dict[int, set[int]] = defaultdict(set)
    for eid, vid in data.engagement_villages:
        villages_of_engagement[eid].add(vid)
    engaged: set[tuple[int, str]] = set()
    for eid, sid in data.attendance:
        cat = category_of.get(sid)
        if cat is None:
            continue
        for vid in villages_of_engagement.get(eid, ()):
            engaged.add((vid, cat))
    registered = {(vid, category_of[sid]) for sid, vid in data.coverage if sid in category_of}
    grid = {}
    for vid, _name in data.villages:
        for cat in categories:
            key = (vid, cat)
            grid[key] = ENGAGED if key in engaged else REGISTERED if key in registered else ABSENT
    return grid


def stage_progress(data: CoverageInput, stages: Iterable[str]) -> dict[int, dict[str, int]]:
    """Per village: how many engagements of each collaboration stage concerned it."""
    stage_of = data.engagement_stages or {}
    counts: dict[int, dict[str, int]] = {vid: dict.fromkeys(stages, 0) for vid, _ in data.villages}
    for eid, vid in data.engagement_villages:
        stage = stage_of.get(eid)
        if vid in counts and stage in counts[vid]:
            counts[vid][stage] += 1
    return counts


COMMUNITY_CATEGORIES = ("bkm_lkm", "ksm_pokmas")


def duplicate_bodies(bodies: Iterable[tuple[int, str, str, str, int]]) -> dict[int, list[str]]:
    """Villages where several community bodies do the same job.

    ``bodies``: (stakeholder id, name, category, planning role, village id). Two bodies of the
    same community category with the same planning role in one village (a BKM and an LKM; two
    Pokmas implementing) are a harmonisation question for the Pokja. Returns village id ->
    names."""
    groups: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    for _sid, name, category, role, vid in bodies:
        if category in COMMUNITY_CATEGORIES:
            groups[(vid, category, role)].append(name)
    result: dict[int, list[str]] = defaultdict(list)
    for (vid, _cat, _role), names in groups.items():
        if len(names) > 1:
            result[vid].extend(sorted(names))
    return dict(result)


BLOCK_WORDS = 2  # a typo leaves a name's other words: compare names sharing a rare one
COMMON = 200  # a word more names have than this does not block (Kelompok, Dinas, Sejahtera)


def duplicates_among(
    names: list[str], registered: list[tuple[int, str]], district: str = ""
) -> dict[int, tuple[str, NameMatch]]:
    """For an import: each name of ``names`` (by position) that is probably a body already
    registered, or one named earlier in the same file (id -1 - its position), with how they
    relate (``name_relation``): ``same``, ``contains`` or ``similar``. Compared once for the
    whole file, never name against every name: the same words by a hash look-up, a name
    within another through the names holding all its words (word index), typing errors
    with rapidfuzz over only the names that share one of its two rarest words; every pair
    found is then confirmed by ``name_relation``."""
    from rapidfuzz import process

    entries = [(sid, n) for sid, n in registered if n] + [
        (-1 - i, n) for i, n in enumerate(names) if n
    ]
    words = {key: _compared(n, district)[0] for key, n in entries}
    text = {key: " ".join(ws) for key, ws in words.items()}
    label = dict(entries)
    frequency: dict[str, int] = defaultdict(int)
    for ws in words.values():
        for w in set(ws):
            frequency[w] += 1
    holding: dict[str, set[int]] = defaultdict(set)  # word -> names with it
    by_rarest: dict[str, list[int]] = defaultdict(list)  # rarest word -> names
    same: dict[frozenset[str], list[int]] = defaultdict(list)
    for key, ws in words.items():
        if not ws:
            continue
        for w in set(ws):
            holding[w].add(key)
        by_rarest[min(set(ws), key=lambda w: (frequency[w], w))].append(key)
        same[frozenset(ws)].append(key)
    order = {"same": 0, "contains": 1, "similar": 2}
    out: dict[int, tuple[str, NameMatch]] = {}
    for i, name in enumerate(names):
        me = -1 - i
        mine = set(words.get(me, ()))
        if not mine:
            continue

        def before(key: int, i: int = i, me: int = me) -> bool:
            # registered bodies, and names earlier in the file (a later one is the twin)
            return key != me and (key >= 0 or -1 - key < i)

        candidates = {k for k in same[frozenset(mine)] if before(k)}
        rare = sorted(mine, key=lambda w: (frequency[w], w))
        if len(mine) >= 2:  # names holding all my words
            within = set(holding[rare[0]])
            for w in rare[1:]:
                within &= holding[w]
                if not within:
                    break
            candidates |= {k for k in within if before(k)}
        for w in mine:  # names whose words are all mine (their rarest word is one of mine)
            candidates |= {k for k in by_rarest.get(w, ()) if before(k) and set(words[k]) <= mine}
        # names sharing my rarest word, and my next rarest when few names have it: a
        # word every other name has says nothing about which body it is
        block = [w for j, w in enumerate(rare[:BLOCK_WORDS]) if j == 0 or frequency[w] <= COMMON]
        near = sorted({k for w in block for k in holding[w] if before(k)})
        if near:
            for _t, _score, j in process.extract(
                text[me],
                [text[k] for k in near],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=SIMILARITY,
                limit=None,
            ):
                candidates.add(near[j])
        best: NameMatch | None = None
        for key in candidates:
            reason = name_relation(name, label[key], district)
            if reason is not None and (best is None or order[reason] < order[best.reason]):
                best = NameMatch(key, label[key], reason)
        if best is not None:
            out[i] = (name, best)
    return out
