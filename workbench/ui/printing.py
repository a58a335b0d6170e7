"""Printing through Qt's print preview (QtPrintSupport)."""

from __future__ import annotations

from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def make_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc


def print_preview_html(parent: QWidget | None, html: str) -> None:  # patched in tests
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    doc = make_document(html)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(doc.print_)
    dialog.exec()
