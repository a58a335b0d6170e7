"""Where the shipped resource files are (rule sets, fonts, translations, icons).

In a source checkout (and an editable install) they are in ``resources/`` at the repository
root; in a wheel they are packaged as ``workbench/_resources``. Stdlib only.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent.parent


def resources_root() -> Path:
    for candidate in (_PKG.parent / "resources", _PKG / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the workbench resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
