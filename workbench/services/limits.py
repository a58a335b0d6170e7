"""The bounds on what an import file may hold, checked before its data are read.

A district's real files are far inside them (a province: 50,000 RT rows of ~40 columns); a
damaged or hostile file (a zip bomb, a million columns, a 500 MB line) is refused within
seconds with the limit named, instead of running the machine out of memory. Each limit is a
setting: ``input-limits.toml`` in the data directory, e.g. ::

    max_rows = 2000000
    max_unpacked_mb = 800

"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

log = logging.getLogger(__name__)

LIMITS_FILE = "input-limits.toml"


@dataclass(frozen=True)
class InputLimits:
    max_unpacked_mb: int = 500  # a CSV's size; an .xlsx's parts as its zip declares them
    max_rows: int = 1_000_000
    max_columns: int = 300
    max_cell_chars: int = 10_000
    # rows × columns: what one import may hold in memory (the 1 GB bound); a national
    # file of 200,000 RT-years × 40 columns is 8 million
    max_cells: int = 10_000_000

    @property
    def max_shared_strings(self) -> int:
        """Distinct texts of a workbook (openpyxl holds them all at once, ~100 bytes each)."""
        return self.max_cells // 2

    @property
    def max_bytes(self) -> int:
        return self.max_unpacked_mb * 1024 * 1024


def limits_file() -> Path:
    from workbench.services.paths import data_dir

    return data_dir() / LIMITS_FILE


def current_limits() -> InputLimits:
    """The defaults, with what the user's ``input-limits.toml`` sets (a bad entry is logged
    and its default kept, so a typo never stops an import)."""
    limits = InputLimits()
    path = limits_file()
    if not path.is_file():
        return limits
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("%s ignored: %s", path, exc)
        return limits
    known = {f.name for f in fields(InputLimits)}
    changes: dict[str, int] = {}
    for key, value in data.items():
        if key not in known or isinstance(value, bool) or not isinstance(value, int) or value < 1:
            log.warning(
                "%s: %s = %r ignored (expected one of %s, a whole number)",
                path,
                key,
                value,
                ", ".join(sorted(known)),
            )
            continue
        changes[key] = value
    return replace(limits, **changes)
