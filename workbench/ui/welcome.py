"""What an empty district shows first (what to do, with the buttons to do it), and the user
guide (F1), read from resources/help offline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.resources import resource_path


def guide_html() -> str:
    return resource_path("help", "panduan.html").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The short user guide, in the window (no browser, no internet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 620)


class WelcomePage(QWidget):
    """Shown instead of empty tabs when a district holds no data yet."""

    import_requested = Signal()
    template_requested = Signal()
    stakeholder_requested = Signal()
    registry_requested = Signal()
    tabs_requested = Signal()
    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        text = QLabel(
            self.tr(
                "<p>This district holds no data yet. Start here:</p>"
                "<ol><li><b>Import the baseline</b> of the RT units: the field data of the 16 "
                "criteria. No file yet? Save the <b>empty template</b>, fill it in Excel (its "
                "sheet <i>Petunjuk</i> explains every column and unit) and import it.</li>"
                "<li><b>Register the stakeholders</b>: the Pokja PKP members, agencies, BKM/LKM, "
                "village governments… one by one, or import a list you already keep.</li>"
                "<li>Then score, harmonise the priorities in a workshop and plan the programme in "
                "the four work areas.</li></ol>"
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.title)
        layout.addWidget(text)
        for label, signal in (
            (self.tr("Import the baseline… (Ctrl+I)"), self.import_requested),
            (self.tr("Save the empty baseline template…"), self.template_requested),
            (self.tr("Add a stakeholder"), self.stakeholder_requested),
            (self.tr("Import a stakeholder list…"), self.registry_requested),
            (self.tr("Show the work areas"), self.tabs_requested),
            (self.tr("User guide (F1)"), self.guide_requested),
        ):
            button = QPushButton(label)
            button.setMinimumHeight(32)
            button.setMinimumWidth(380)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def set_district(self, name: str) -> None:
        welcome = self.tr("Welcome to %1")
        self.title.setText("<h2>" + welcome.replace("%1", name) + "</h2>")
