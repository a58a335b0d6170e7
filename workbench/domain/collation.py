"""Ordering names as people read them: case and accents do not decide ("dinas" sits with
"Dinas", "Désa" with "Desa"), and numbers inside a name count as numbers ("RT 2" before
"RT 10"). Binary order (SQL, Python's default) puts every capital before every small letter.
Pure Python, used by the tables, the services that list names and the PDF reports."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DIGITS = re.compile(r"(\d+)")


@lru_cache(maxsize=65_536)
def name_key(text: str) -> tuple[tuple[str | int, ...], str, str]:
    """A sort key: (letters without case or accents with numbers as numbers, the case-folded
    text, the text itself); the last two only settle names that are otherwise the same."""
    folded = text.casefold()
    if not folded.isascii():
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
        )
    base = folded.strip()
    if any(c.isdigit() for c in base):
        parts = _DIGITS.split(base)
        natural: tuple[str | int, ...] = tuple(int(p) if i % 2 else p for i, p in enumerate(parts))
    else:
        natural = (base,)
    return natural, text.casefold(), text


def sorted_names(items: list, name=lambda x: x):  # noqa: ANN001, ANN201
    """``items`` ordered by ``name_key(name(item))``."""
    return sorted(items, key=lambda x: name_key(name(x)))
