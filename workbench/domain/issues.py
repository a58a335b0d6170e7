"""A problem found in a file: severity, the message (English; other languages through its
catalogue key), and where: the spreadsheet row (the header is row 1), the column and the value
as the user wrote it. Free of Qt and SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workbench.domain.messages import render

Severity = Literal["error", "warning", "notice"]


@dataclass(frozen=True)
class Issue:
    severity: Severity
    message: str  # English
    row: int | None = None  # spreadsheet row: the header is row 1
    column: str | None = None
    value: str | None = None
    key: str = ""  # messages.CATALOGUE key, for other languages
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(
        cls,
        severity: Severity,
        key: str,
        row: int | None = None,
        column: str | None = None,
        value: str | None = None,
        **params: object,
    ) -> Issue:
        return cls(
            severity, render(key, "en", **params), row, column, value, key, tuple(params.items())
        )

    def text(self, language: str = "en") -> str:
        """The message in ``language`` ('en' or 'id')."""
        return render(self.key, language, **dict(self.params)) if self.key else self.message

    def describe(self, source: str = "") -> str:
        parts = [source] if source else []
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        where = ", ".join(parts)
        value = f" value '{self.value}':" if self.value is not None else ""
        return f"{where}:{value} {self.message}" if where else f"{value} {self.message}".strip()
