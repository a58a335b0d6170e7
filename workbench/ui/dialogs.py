"""Every modal dialog goes through these small functions, so tests can patch them and no
real dialog ever blocks a test run."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressBar, QWidget

from workbench.ui import settings as st


def file_stem(text: str) -> str:
    """A file name from a title, as people write them: 'Skor Kumuh' -> 'skor-kumuh'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "berkas"


def in_last_folder(suggested: str) -> str:
    """A bare suggested name placed in the folder the user last chose a file in."""
    if not suggested or Path(suggested).is_absolute():
        return suggested
    folder = st.get(st.LAST_FOLDER)
    return str(Path(folder) / suggested) if folder and Path(folder).is_dir() else suggested


def _remember(path: str) -> str:
    if path:
        st.put(st.LAST_FOLDER, str(Path(path).parent))
    return path


def ask_open_file(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, st.get(st.LAST_FOLDER), filters)
    return _remember(path)


def ask_save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, in_last_folder(suggested), filters)
    return _remember(path)


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text if ok else None


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password typed unseen (patched in tests); None when the user cancels."""
    from PySide6.QtWidgets import QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_choice(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of ``items`` (patched in tests); None when the user cancels."""
    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return text if ok else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_conflict(parent: QWidget | None, message: str) -> bool:
    """Someone else changed what the user edited: True to apply the change on top of
    theirs, False to take their version (the view reloads). Reloading is the default."""
    from PySide6.QtCore import QCoreApplication

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Changed by someone else"))
    box.setText(message)
    reload = box.addButton(
        QCoreApplication.translate("Dialogs", "Reload (keep their change)"),
        QMessageBox.ButtonRole.RejectRole,
    )
    apply = box.addButton(
        QCoreApplication.translate("Dialogs", "Apply mine on top"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(reload)
    box.setEscapeButton(reload)
    box.exec()
    return box.clickedButton() is apply


def run_dialog(dialog: QWidget) -> bool:  # patched in tests
    """exec() a dialog, its fields guarded from a passing mouse wheel; True when accepted."""
    from workbench.ui.wheel import guard

    guard(dialog)
    return bool(dialog.exec())  # type: ignore[attr-defined]


def progress_bar() -> QProgressBar:
    """A progress bar that keeps its place while hidden: showing it then never lays the
    window out again, which would repaint its tables while the work runs (a table whose
    model is Python then waits on the worker for every cell)."""
    bar = QProgressBar()
    policy = bar.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    bar.setSizePolicy(policy)
    bar.setVisible(False)
    return bar
