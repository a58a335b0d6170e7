"""Refresh the Indonesian translation after UI strings change.

    uv run python scripts/update_translations.py

Runs pyside6-lupdate over the package (new strings are added to resources/i18n/*.ts as
unfinished, translations already made are kept), then pyside6-lrelease to compile the .qm the
app loads. Translate the unfinished entries in the .ts (Qt Linguist, or any text editor) and run
it again. tests/ui/test_i18n.py fails while any visible string lacks a translation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("id",)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workbench").rglob("*.py"))


def main() -> int:
    for lang in LANGUAGES:
        ts = ROOT / "resources" / "i18n" / f"workbench_{lang}.ts"
        subprocess.run(
            [
                "pyside6-lupdate",
                *sources(),
                "-ts",
                str(ts),
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-no-obsolete",
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            ["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True
        )
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts.name}: {unfinished} unfinished")
        qt = ROOT / "resources" / "i18n" / f"qtbase_{lang}.ts"  # Qt's dialogs (qtbase_id.py)
        if qt.exists():
            subprocess.run(
                ["pyside6-lrelease", str(qt), "-qm", str(qt.with_suffix(".qm"))],
                cwd=ROOT,
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
