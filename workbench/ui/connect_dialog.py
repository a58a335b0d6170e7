"""Berkas → Sambungkan ke Server…: a shared district database on a PostgreSQL server, by
its host, port, database and the user's own login. No password here: the server asks for
it when it wants one (or takes it from PGPASSWORD or a .pgpass file), and it is never
stored."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def server_url(host: str, port: int, database: str, login: str) -> str:
    """The SQLAlchemy URL of a server database (without a password)."""
    who = quote(login.strip(), safe="")
    where = host.strip()
    if where.startswith("/"):  # a local socket folder
        return (
            f"postgresql+psycopg://{who}@/{quote(database.strip(), safe='')}"
            f"?host={quote(where, safe='')}&port={port}"
        )
    return f"postgresql+psycopg://{who}@{where}:{port}/{quote(database.strip(), safe='')}"


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. kota_pekalongan"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("your own login on the server"))
        intro = QLabel(
            self.tr(
                "A district database shared by the Pokja on a PostgreSQL server. Sign in with "
                "your own login: what you may do there is your role's. The password is asked "
                "for when the server wants it, and never stored."
            )
        )
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Login"), self.login)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _accept(self) -> None:
        for field, name in (
            (self.host, self.tr("the server")),
            (self.database, self.tr("the database")),
            (self.login, self.tr("your login")),
        ):
            if not field.text().strip():
                self.message.setText(self.tr("Fill in %1.").replace("%1", name))
                field.setFocus()
                return
        self.accept()

    def url(self) -> str:
        return server_url(
            self.host.text(), self.port.value(), self.database.text(), self.login.text()
        )
