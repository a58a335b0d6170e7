"""Every modal dialog goes through these small functions, so tests can patch them and no
real dialog ever blocks a test run."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def ask_open_file(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def ask_save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text if ok else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def run_dialog(dialog: object) -> bool:  # patched in tests
    """exec() a dialog; True when accepted."""
    return bool(dialog.exec())  # type: ignore[attr-defined]
