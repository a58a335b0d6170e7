"""Rule sets: slum-scoring rules read from data files (``resources/rulesets/*.toml``).

A rule set names its criteria, the denominator each is divided by, the score bands, the level
thresholds and the tables that derive land status, other-considerations class, handling
pattern and priority code. The code here only interprets them; nothing about a regulation is
hard-coded. Every stored score records ``RuleSet.id`` and ``RuleSet.version``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from workbench.domain.resources import resource_path

DEFAULT_RULESET = "permen-14-2018"

LEVEL_KEYS = ("HEAVY", "MEDIUM", "LIGHT", "NONE")


class RuleSetError(ValueError):
    """A rule-set file that cannot be used, with the file and the reason."""


@dataclass(frozen=True)
class Criterion:
    code: str
    aspect: int
    name: str
    unit: str
    denominator: str


@dataclass(frozen=True)
class Band:
    min_percent: float
    score: int


@dataclass(frozen=True)
class Level:
    key: str
    label: str
    min_total: float


@dataclass(frozen=True)
class Authority:
    """A level of government that handles a slum area from ``min_ha`` of area upward."""

    key: str
    label: str
    min_ha: float


# UU 23/2014, annex on housing and settlements: under 10 ha the kabupaten/kota, 10 to under
# 15 ha the province, 15 ha and more the central government. Used when a rule set names none.
DEFAULT_AUTHORITIES = (
    Authority("pusat", "Pemerintah Pusat", 15.0),
    Authority("provinsi", "Pemerintah Provinsi", 10.0),
    Authority("kabupaten_kota", "Pemerintah Kabupaten/Kota", 0.0),
)

# Areas are sums of recorded hectares: 3.3 + 3.3 + 3.4 must be 10 ha, not 9.999999999999998.
_AREA_DECIMALS = 6


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: str
    name: str
    max_total: int
    thresholds_confirmed: bool
    denominators: dict[str, tuple[str, str]]  # key -> (label, unit)
    aspects: dict[int, str]
    criteria: tuple[Criterion, ...]
    bands: tuple[Band, ...]  # highest min_percent first
    levels: tuple[Level, ...]  # highest min_total first
    legality_components: tuple[str, ...]
    oc_yes_score: int
    oc_no_score: int
    oc_density_scores: tuple[tuple[float, int], ...]  # (max_density, score), ascending
    oc_classes: tuple[tuple[str, float], ...]  # (class key, min_total), highest first
    oc_confirmed: bool
    handling_pattern: dict[str, dict[str, str]]  # level -> {legal, ilegal} -> pattern
    priority_letters: dict[str, str]
    priority_numbers: dict[str, dict[str, int]]
    priority_confirmed: bool
    authorities: tuple[Authority, ...] = DEFAULT_AUTHORITIES  # highest min_ha first
    source: Path | None = field(default=None, compare=False)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.criteria)

    def criterion(self, code: str) -> Criterion:
        for c in self.criteria:
            if c.code == code:
                return c
        raise KeyError(code)

    def level_label(self, key: str) -> str:
        for lv in self.levels:
            if lv.key == key:
                return lv.label
        raise KeyError(key)

    def level_for_total(self, total: float) -> str:
        for lv in self.levels:
            if total >= lv.min_total:
                return lv.key
        return self.levels[-1].key

    def authority_for_area(self, area_ha: float) -> Authority:
        """Who handles a slum area of ``area_ha`` (kewenangan penanganan): the first level
        whose lower bound the area reaches; the bound belongs to the level above it."""
        area = round(area_ha, _AREA_DECIMALS)
        for a in self.authorities:
            if area >= a.min_ha:
                return a
        return self.authorities[-1]

    def score_for_percent(self, percent: float) -> int:
        for band in self.bands:
            if percent >= band.min_percent:
                return band.score
        return 0


def _req(data: dict, key: str, path: Path, kind: type | tuple[type, ...]) -> object:
    if key not in data:
        raise RuleSetError(f"{path.name}: missing '{key}'")
    value = data[key]
    if not isinstance(value, kind):
        raise RuleSetError(f"{path.name}: '{key}' has the wrong type ({type(value).__name__})")
    return value


def parse_ruleset(data: dict, path: Path) -> RuleSet:
    """Build and validate a RuleSet from a parsed TOML document."""
    rid = str(_req(data, "id", path, str))
    denominators = {
        str(d["key"]): (str(d.get("label", d["key"])), str(d.get("unit", "")))
        for d in _req(data, "denominators", path, list)  # type: ignore[union-attr]
    }
    aspects = {int(a["number"]): str(a["name"]) for a in _req(data, "aspects", path, list)}  # type: ignore[union-attr]
    criteria = []
    seen: set[str] = set()
    for c in _req(data, "criteria", path, list):  # type: ignore[union-attr]
        crit = Criterion(
            str(c["code"]), int(c["aspect"]), str(c["name"]), str(c["unit"]), str(c["denominator"])
        )
        if crit.code in seen:
            raise RuleSetError(f"{path.name}: criterion '{crit.code}' appears twice")
        if crit.denominator not in denominators:
            raise RuleSetError(
                f"{path.name}: criterion '{crit.code}' uses unknown denominator "
                f"'{crit.denominator}' (known: {', '.join(denominators)})"
            )
        if crit.aspect not in aspects:
            raise RuleSetError(
                f"{path.name}: criterion '{crit.code}' has unknown aspect {crit.aspect}"
            )
        seen.add(crit.code)
        criteria.append(crit)
    if not criteria:
        raise RuleSetError(f"{path.name}: no criteria")
    bands = sorted(
        (Band(float(b["min_percent"]), int(b["score"])) for b in _req(data, "bands", path, list)),  # type: ignore[union-attr]
        key=lambda b: -b.min_percent,
    )
    levels = sorted(
        (
            Level(str(lv["key"]), str(lv["label"]), float(lv["min_total"]))
            for lv in _req(data, "levels", path, list)
        ),  # type: ignore[union-attr]
        key=lambda lv: -lv.min_total,
    )
    if {lv.key for lv in levels} != set(LEVEL_KEYS):
        raise RuleSetError(f"{path.name}: levels must be exactly {', '.join(LEVEL_KEYS)}")
    oc = data.get("other_considerations", {})
    hp = data.get("handling_pattern", {})
    pc = data.get("priority_codes", {})
    authorities = _authorities(data, path)
    for key in ("HEAVY", "MEDIUM", "LIGHT"):
        if key not in hp or set(hp[key]) != {"legal", "ilegal"}:
            raise RuleSetError(f"{path.name}: handling_pattern.{key} needs 'legal' and 'ilegal'")
    return RuleSet(
        id=rid,
        version=str(_req(data, "version", path, str)),
        name=str(data.get("name", rid)),
        max_total=int(data.get("max_total", 5 * len(criteria))),
        thresholds_confirmed=bool(data.get("thresholds_confirmed", False)),
        denominators=denominators,
        aspects=aspects,
        criteria=tuple(criteria),
        bands=tuple(bands),
        levels=tuple(levels),
        legality_components=tuple(
            data.get("legality", {}).get("components", ["legal_status_tanah", "legal_tata_ruang"])
        ),
        oc_yes_score=int(oc.get("yes_score", 5)),
        oc_no_score=int(oc.get("no_score", 1)),
        oc_density_scores=tuple(
            sorted((float(d["max_density"]), int(d["score"])) for d in oc.get("density_scores", []))
        ),
        oc_classes=tuple(
            sorted(
                ((str(c["key"]), float(c["min_total"])) for c in oc.get("classes", [])),
                key=lambda t: -t[1],
            )
        ),
        oc_confirmed=bool(oc.get("confirmed", False)),
        handling_pattern={k: dict(v) for k, v in hp.items()},
        priority_letters=dict(pc.get("letters", {})),
        priority_numbers={k: dict(v) for k, v in pc.get("numbers", {}).items()},
        priority_confirmed=bool(pc.get("confirmed", False)),
        authorities=authorities,
        source=path,
    )


def _authorities(data: dict, path: Path) -> tuple[Authority, ...]:
    """The ``[[authority]]`` tables (key, label, min_ha), or UU 23/2014's when there are none."""
    entries = data.get("authority")
    if entries is None:
        return DEFAULT_AUTHORITIES
    if not isinstance(entries, list) or not entries:
        raise RuleSetError(f"{path.name}: 'authority' must be a list of tables")
    out = []
    for e in entries:
        try:
            out.append(Authority(str(e["key"]), str(e["label"]), float(e["min_ha"])))
        except (KeyError, TypeError, ValueError) as exc:
            raise RuleSetError(
                f"{path.name}: each [[authority]] needs key, label and a number min_ha ({exc})"
            ) from exc
    out.sort(key=lambda a: -a.min_ha)
    if out[-1].min_ha > 0:
        raise RuleSetError(f"{path.name}: the lowest [[authority]] must start at min_ha = 0")
    if len({a.min_ha for a in out}) != len(out):
        raise RuleSetError(f"{path.name}: two [[authority]] levels start at the same min_ha")
    return tuple(out)


def load_ruleset_file(path: Path) -> RuleSet:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetError(f"{path.name}: not valid TOML ({exc})") from exc
    except KeyError as exc:
        raise RuleSetError(f"{path.name}: an entry lacks {exc}") from exc
    try:
        return parse_ruleset(data, path)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, RuleSetError):
            raise
        raise RuleSetError(f"{path.name}: {exc!r}") from exc


_CACHE: dict[str, RuleSet] = {}
_EXTRA_DIRS: list[Path] = []


def add_ruleset_dir(path: Path) -> None:
    """Also read rule sets from ``path`` (a district's own files, e.g. in the user's data
    folder). A file there with the id of a shipped rule set replaces it."""
    if path not in _EXTRA_DIRS:
        _EXTRA_DIRS.append(path)
        _CACHE.clear()


def ruleset_dirs() -> list[Path]:
    return [resource_path("rulesets"), *(d for d in _EXTRA_DIRS if d.is_dir())]


_PROBLEMS: list[str] = []


def available_rulesets(extra_dirs: list[Path] | None = None) -> dict[str, RuleSet]:
    """All rule sets found in the resource folder (and ``extra_dirs``), by id. A broken
    shipped file is an error; a broken district file is skipped and reported by
    ``ruleset_problems()``, so one bad file does not stop the program."""
    found: dict[str, RuleSet] = {}
    shipped = resource_path("rulesets")
    problems = []
    for d in [*ruleset_dirs(), *(extra_dirs or [])]:
        for p in sorted(d.glob("*.toml")):
            try:
                rs = load_ruleset_file(p)
            except RuleSetError as exc:
                if d == shipped:
                    raise
                problems.append(f"{p}: {exc}")
                continue
            found[rs.id] = rs
    _PROBLEMS[:] = problems
    return found


def ruleset_problems() -> list[str]:
    """District rule-set files that could not be used, with the reason (after loading)."""
    if not _CACHE:
        _CACHE.update(available_rulesets())
    return list(_PROBLEMS)


def get_ruleset(rule_id: str = DEFAULT_RULESET) -> RuleSet:
    if rule_id not in _CACHE:
        _CACHE.update(available_rulesets())
    try:
        return _CACHE[rule_id]
    except KeyError:
        raise RuleSetError(
            f"unknown rule set '{rule_id}' (known: {', '.join(sorted(_CACHE))})"
        ) from None
