"""Which kind of file a table is, from its headers alone (a map file by its format): for a
file dropped on the main window, the import window of its kind opens. Each kind's required
columns are looked for in the first rows of every sheet (a title row, a two-line header),
through the same header matching as the import itself; the kind most of whose required
columns are named wins."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.domain.columns import KINDS, TableSpec, match_headers, spec_of
from workbench.domain.rules import DEFAULT_RULESET, get_ruleset
from workbench.services.file_shapes import HEADER_ROWS_TRIED, YEAR, _cell, _combined, first_lines

SURE = 0.6  # at least this share of a kind's required columns named


@dataclass(frozen=True)
class KindScore:
    kind: str
    found: int  # the kind's required columns the headers name
    required: int
    named: int  # all the kind's columns they name

    @property
    def share(self) -> float:
        return self.found / self.required if self.required else 0.0


@dataclass(frozen=True)
class KindGuess:
    scores: tuple[KindScore, ...]  # the best first
    by_format: str | None = None  # a map file: its kind is its format, not its headers

    @property
    def kind(self) -> str | None:
        """The kind, when one is named well enough and better than the others."""
        if self.by_format is not None:
            return self.by_format
        if not self.scores or self.scores[0].share < SURE:
            return None
        if len(self.scores) > 1 and self.scores[1].share == self.scores[0].share:
            return None
        return self.scores[0].kind


def _first_lines(path: Path) -> list[list[list[str]]]:
    """The first non-blank rows of each sheet (a .csv: of the file), as text."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        from workbench.services.baseline_io import _check_xlsx_parts
        from workbench.services.limits import current_limits

        _check_xlsx_parts(path, current_limits())
        book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        try:
            return [first_lines(sheet) for sheet in book.worksheets]
        finally:
            book.close()
    from workbench.services.baseline_io import read_table

    raw = read_table(path, all_text=True)
    first = [_cell(c) for c in raw.frame.columns]
    body = [[_cell(v) for v in raw.frame.iloc[i].tolist()] for i in range(min(3, len(raw.frame)))]
    return [[first, *body]]


def _score(lines: list[list[str]], spec: TableSpec) -> tuple[int, int]:
    required = set(spec.required())
    best = (0, 0)
    tried = list(lines[:HEADER_ROWS_TRIED])
    tried += [_combined(a, b, spec) for a, b in zip(lines, lines[1:], strict=False)]
    for headers in tried:
        bases = [YEAR.sub(" ", h).strip() or h for h in headers]
        names = set(match_headers(bases, spec, {}, []).renames.values())
        best = max(best, (len(names & required), len(names)))
    return best


def kind_by_format(path: Path) -> str | None:
    """The kind a file's format alone says (a map), without opening it."""
    from workbench.services.geometry_io import GIS_SUFFIXES

    suffix = Path(path).suffix.lower()
    if suffix in GIS_SUFFIXES and suffix != ".json":  # (a .json may be a table's export)
        return "geometry"
    return None


def kind_of(path: Path, rule_id: str = DEFAULT_RULESET) -> KindGuess:
    by_format = kind_by_format(path)
    if by_format is not None:
        return KindGuess((), by_format)
    sheets = _first_lines(Path(path))
    rules = get_ruleset(rule_id)
    scores = []
    for kind in KINDS:
        spec = spec_of(kind, rules)
        found, named = max((_score(lines, spec) for lines in sheets), default=(0, 0))
        scores.append(KindScore(kind, found, len(spec.required()), named))
    scores.sort(key=lambda s: (-s.share, -s.named))
    return KindGuess(tuple(scores))
