"""Every visible string has an Indonesian translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from workbench.domain.resources import resource_path
from workbench.ui.i18n import install_translation

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("i18n", "workbench_id.ts")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: it ships with PySide6 and the i18n check needs it")
    return path


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg.find("translation")
    return out


def test_every_source_string_has_a_finished_indonesian_translation(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "workbench").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(extracted)], check=True, capture_output=True
    )
    wanted = _messages(extracted)
    assert len(wanted) > 100  # the extraction really found the UI strings
    have = _messages(TS)
    missing = [key for key in wanted if key not in have]
    unfinished = [
        key
        for key, tr in have.items()
        if key in wanted
        and (
            tr is None
            or not (tr.text or "").strip()
            or tr.get("type") in ("unfinished", "vanished")
        )
    ]
    assert not missing, (
        f"strings not in workbench_id.ts (run scripts/update_translations.py): {missing[:10]}"
    )
    assert not unfinished, f"strings without an Indonesian translation: {unfinished[:10]}"


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "run scripts/update_translations.py and commit the .qm"
    )


def test_indonesian_by_default_english_selectable(app) -> None:  # noqa: ANN001
    assert install_translation(app, "id")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Berkas"
    assert QCoreApplication.translate("Levels", "heavy slum") == "kumuh berat"
    assert install_translation(app, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    install_translation(app, "id")


def test_qt_own_buttons_and_print_dialogs_speak_indonesian(app) -> None:  # noqa: ANN001
    """Issue 14.10: Qt ships no Indonesian; the print preview and Yes/No/Cancel were English."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    tr = QCoreApplication.translate
    assert tr("QPrintPreviewDialog", "Page setup") == "Pengaturan halaman"
    assert tr("QPageSetupWidget", "Page size:") == "Ukuran kertas:"
    assert tr("QFileDialog", "File &name:") == "&Nama berkas:"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Ya", "Tidak", "Batal"}
    msg = QMessageBox()
    msg.setStandardButtons(QMessageBox.StandardButton.Close)
    assert msg.button(QMessageBox.StandardButton.Close).text() == "Tutup"
