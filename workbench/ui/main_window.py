"""The main window: four work-area tabs, menus, status bar, undo stack."""

from __future__ import annotations

import html
import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLockFile, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QScreen,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.ui import dialogs
from workbench.ui import settings as st
from workbench.ui.shell import fit_to_screen
from workbench.ui.tasks import run_task
from workbench.ui.wheel import guard

if TYPE_CHECKING:
    from workbench.services.server import Identity
    from workbench.services.workspace import DistrictInfo, OpenResult
    from workbench.ui.import_wizard import ImportBaselineDialog
    from workbench.ui.live import FileChanges, ServerChanges
    from workbench.ui.projection import ProjectionView
    from workbench.ui.tabs.base import TableTab
    from workbench.ui.tabs.priorities import PrioritiesTab
    from workbench.ui.tabs.programme import ProgrammeTab
    from workbench.ui.tabs.scores import ScoresTab
    from workbench.ui.tabs.stakeholders import StakeholdersTab
    from workbench.ui.welcome import WelcomePage

# What the window needs before it can show a district: imported off the GUI thread while
# the window (menus, tab bar, status bar, a placeholder in each tab) is already on screen.
HEAVY_MODULES = (
    "workbench.services.workspace",
    "workbench.ui.errors",
    "workbench.ui.operations",
    "workbench.ui.welcome",
    "workbench.ui.tabs.stakeholders",
    "workbench.ui.tabs.scores",
    "workbench.ui.tabs.priorities",
    "workbench.ui.tabs.programme",
    "workbench.ui.projection",
    "workbench.ui.import_wizard",
)

# the work tabs in their order: the window's attribute, the module and the class
WORK_TABS = (
    ("stakeholders_tab", "workbench.ui.tabs.stakeholders", "StakeholdersTab"),
    ("scores_tab", "workbench.ui.tabs.scores", "ScoresTab"),
    ("priorities_tab", "workbench.ui.tabs.priorities", "PrioritiesTab"),
    ("programme_tab", "workbench.ui.tabs.programme", "ProgrammeTab"),
)

# the tabs' titles in their own translation context, shown before the tabs are built
TAB_TITLES = (
    ("StakeholdersTab", QT_TRANSLATE_NOOP("StakeholdersTab", "Stakeholders")),
    ("ScoresTab", QT_TRANSLATE_NOOP("ScoresTab", "Slum Scores")),
    ("PrioritiesTab", QT_TRANSLATE_NOOP("PrioritiesTab", "Priority Harmonisation")),
    ("ProgrammeTab", QT_TRANSLATE_NOOP("ProgrammeTab", "Programme Matrix")),
)


def heavy_modules_loaded() -> bool:
    return all(name in sys.modules for name in HEAVY_MODULES)


def _import_heavy_modules(_ctx: Any) -> None:
    for name in HEAVY_MODULES:
        importlib.import_module(name)
    from workbench.services.workspace import register_user_rulesets

    register_user_rulesets()  # the district's own rule sets, before a tab scores anything
    from workbench.ui.app import freeze_startup_objects

    freeze_startup_objects()


class TabPlaceholder(QWidget):
    """What a tab shows while the program's heavy parts load: its name and a moving bar."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("tabPlaceholder")
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        note = QLabel(QCoreApplication.translate("Startup", "Opening the workbench…"))
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (heading, note, busy):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


LOCK_STALE_MS = 60_000


class MainWindow(QMainWindow):
    stakeholders_tab: StakeholdersTab  # built by _tab_steps (WORK_TABS)
    scores_tab: ScoresTab
    priorities_tab: PrioritiesTab
    programme_tab: ProgrammeTab
    database_opened = Signal(str)
    all_loaded = Signal()
    tabs_built = Signal()

    def __init__(self, parent: QWidget | None = None, *, build_tabs: bool | None = None) -> None:
        """The window itself is light: menus, status bar and a tab bar whose tabs show a
        placeholder. The tabs are built at once when their modules are already imported
        (``build_tabs`` None), else after they have been imported off the GUI thread —
        ``run_gui`` shows the window that way before pandas and SQLAlchemy are loaded."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("PKP Workbench"))
        self.setObjectName("mainWindow")
        self.result: OpenResult | None = None
        self.info: DistrictInfo | None = None
        self.projection: ProjectionView | None = None
        self._fitted = False
        self.lock: QLockFile | None = None  # of the SQLite file open here
        self.live: FileChanges | None = None  # made once the heavy modules are there
        self.server_live: ServerChanges | None = None
        self.who: Identity | None = None  # the login and its role (None: not known yet)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(LOCK_STALE_MS // 4)
        self._lock_timer.timeout.connect(self._keep_lock)
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.work_tabs: list[TableTab] = []
        self._ready_waiters: list[Callable[[], None]] = []
        self._loading_modules = False
        for context, text in TAB_TITLES:
            title = QCoreApplication.translate(context, text)
            self.tabs.addTab(TabPlaceholder(title), title)
        self.central = QStackedWidget()
        self.central.addWidget(self.tabs)
        self.setCentralWidget(self.central)
        self.setAcceptDrops(True)  # a file dropped on the window is imported (import_any)
        self._build_status_bar()
        self._build_menus()
        self._restore_window()
        if build_tabs or (build_tabs is None and heavy_modules_loaded()):
            self._build_tabs()

    @property
    def tabs_ready(self) -> bool:
        return bool(self.work_tabs)

    def when_ready(self, then: Callable[[], None]) -> None:
        """``then`` once the tabs are built: at once, or after the heavy modules have been
        imported in the background (the window stays responsive meanwhile)."""
        if self.tabs_ready:
            then()
            return
        self._ready_waiters.append(then)
        if self._loading_modules:
            return
        self._loading_modules = True
        self._busy(True, self.tr("Opening database…"))

        def loaded(_result: None) -> None:
            self._build_tabs_in_turns(self._tabs_done_loading)

        def failed(exc: BaseException) -> None:
            self._loading_modules = False
            self._busy(False)
            dialogs.show_error(self, self.tr("Could not open the database"), str(exc))

        run_task(_import_heavy_modules, loaded, failed, name="import-modules", long=True)

    def _tabs_done_loading(self) -> None:
        self._loading_modules = False
        waiters, self._ready_waiters = self._ready_waiters, []
        for waiter in waiters:
            waiter()

    def _build_tabs(self) -> None:
        """The four work tabs and the welcome page in the placeholders' places, at once."""
        if not self.tabs_ready:
            for step in self._tab_steps():
                step()

    def _build_tabs_in_turns(self, then: Callable[[], None]) -> None:
        """The same, one tab per turn of the event loop: the window never stops answering
        for the whole of it (each tab is some tens of milliseconds of widgets)."""
        steps = self._tab_steps()

        def next_step() -> None:
            steps.pop(0)()
            if steps:
                QTimer.singleShot(0, next_step)
            else:
                then()

        next_step()

    def _tab_steps(self) -> list[Callable[[], None]]:
        def build(index: int, attribute: str, module: str, name: str) -> Callable[[], None]:
            def step() -> None:
                tab = getattr(importlib.import_module(module), name)()
                setattr(self, attribute, tab)
                self._place(index, tab)

            return step

        return [build(i, *spec) for i, spec in enumerate(WORK_TABS)] + [self._finish_tabs]

    def _place(self, index: int, tab: TableTab) -> None:
        """A built tab in its placeholder's place; the tab shown stays the one shown."""
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, tab.title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        guard(tab)  # its fields ignore a passing mouse wheel
        tab.loaded.connect(self._on_tab_loaded)
        tab.undo_stack = self.undo_stack

    def _finish_tabs(self) -> None:
        from workbench.ui.welcome import WelcomePage

        self.work_tabs = [
            self.stakeholders_tab,
            self.scores_tab,
            self.priorities_tab,
            self.programme_tab,
        ]
        self.priorities_tab.projection_requested.connect(self.show_projection)
        self.priorities_tab.loaded.connect(self._refresh_projection)
        self.welcome: WelcomePage = WelcomePage()
        self.welcome.import_requested.connect(self.import_baseline)
        self.welcome.template_requested.connect(self._save_template)
        self.welcome.stakeholder_requested.connect(self._first_stakeholder)
        self.welcome.registry_requested.connect(self._first_registry)
        self.welcome.tabs_requested.connect(lambda: self.central.setCurrentWidget(self.tabs))
        self.welcome.guide_requested.connect(self.show_guide)
        self.central.addWidget(self.welcome)
        for action in self._needs_tabs:
            action.setEnabled(True)
        self._tab_changed()
        self.tabs_built.emit()

    # -- construction ----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.district_label = QLabel()
        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = dialogs.progress_bar()
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        bar = self.statusBar()
        bar.addWidget(self.district_label)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.progress)

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        # Ctrl+N makes a new item of the tab shown; a new database is Ctrl+Shift+N (one
        # meaning per key: tests/ui/test_shortcuts.py)
        self.new_action = self._action(
            self.tr("&New Database…"), self.new_database, QKeySequence("Ctrl+Shift+N")
        )
        self.open_action = self._action(self.tr("&Open…"), self.choose_database, QKeySequence.Open)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, QKeySequence.SaveAs)
        self.connect_action = self._action(self.tr("Connect to a &Server…"), self.connect_server)
        file_menu.addActions(
            [self.new_action, self.open_action, self.connect_action, self.save_as_action]
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        self.import_baseline_action = self._action(
            self.tr("&Import Baseline…"),
            self.import_baseline,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I),
        )
        self.import_any_action = self._action(
            self.tr("Import a &File…"),
            self.import_any,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.ALT | Qt.Key.Key_I),
        )
        self.import_any_action.setToolTip(
            self.tr(
                "A baseline, stakeholder, engagement or programme file: its kind is read "
                "from its headers (you may also drop the file on the window)"
            )
        )
        self.import_map_action = self._action(self.tr("Import &Map…"), self.import_map)
        self.import_map_action.setToolTip(
            self.tr(
                "RT, village and kawasan boundaries from KMZ/KML (SIM KOTAKU, Google Earth), "
                "GeoJSON, shapefile or GeoPackage"
            )
        )
        file_menu.addActions(
            [self.import_baseline_action, self.import_any_action, self.import_map_action]
        )
        self.export_action = self._action(
            self.tr("&Export Table…"),
            self.export_table,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E),
        )
        self.print_action = self._action(self.tr("&Print…"), self.print_table, QKeySequence.Print)
        file_menu.addActions([self.export_action, self.print_action])
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back Up Now"), self.backup_now)
        self.backup_action.setToolTip(
            self.tr(
                "A copy of the database among its backups (a copy is also kept each day, "
                "before every import and before an approval; the last 10 stay)"
            )
        )
        self.restore_action = self._action(self.tr("&Restore from a Backup…"), self.restore)
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.Quit)
        file_menu.addAction(self.quit_action)

        report_menu = bar.addMenu(self.tr("&Reports"))
        self.reports_action = self._action(
            self.tr("&Reports and Printing…"),
            self.show_reports,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R),
        )
        self.approval_action = self._action(
            self.tr("Plan &Approval…"),
            self.show_approval,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_A),
        )
        self.verify_action = self._action(
            self.tr("&Check and Sign a PDF…"),
            self.show_verify,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_V),
        )
        report_menu.addActions([self.reports_action, self.approval_action, self.verify_action])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.new_item_action = self._action(
            self.tr("&New Item…"), self.new_item, QKeySequence.StandardKey.New
        )
        self.new_item_action.setToolTip(
            self.tr("A new item of the tab shown (stakeholder, proposal source, activity)")
        )
        edit_menu.addAction(self.new_item_action)
        edit_menu.addSeparator()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Y as on Windows and Ctrl+Shift+Z as elsewhere, on every system
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.reload_action = self._action(
            self.tr("Re&load Data"), self.reload_all, QKeySequence.Refresh
        )
        edit_menu.addAction(self.reload_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.projection_action = self._action(
            self.tr("&Projection Mode"), self.show_projection, QKeySequence(Qt.Key.Key_F11)
        )
        view_menu.addAction(self.projection_action)
        self.screen_menu = view_menu.addMenu(self.tr("Projection &Screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = st.get(st.LANGUAGE)
        for code, name in st.LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            lang_menu.addAction(act)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("User &Guide"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action(self.tr("&About"), self.show_about)
        help_menu.addActions([self.guide_action, self.about_action])
        self._refresh_recent_menu()
        # what works on a tab's data waits until the tabs are built
        self._needs_tabs = [
            self.export_action,
            self.print_action,
            self.reload_action,
            self.projection_action,
        ]
        for action in self._needs_tabs:
            action.setEnabled(self.tabs_ready)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed()

    def _restore_window(self) -> None:
        geometry = st.get(st.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.fit_to_screen()
        state = st.get(st.WINDOW_STATE)
        if state:
            self.restoreState(state)
        last = st.get(st.LAST_TAB)
        if 0 <= last < self.tabs.count():
            self.tabs.setCurrentIndex(last)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once the window manager has framed it
            self._fitted = True
            QTimer.singleShot(300, self.fit_to_screen)

    def fit_to_screen(self) -> None:
        fit_to_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        st.put(st.GEOMETRY, self.saveGeometry())
        st.put(st.WINDOW_STATE, self.saveState())
        st.put(st.LAST_TAB, self.tabs.currentIndex())
        if self.projection is not None:
            self.projection.close()
        if self.server_live is not None:
            self.server_live.stop()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
        super().closeEvent(event)

    # -- database --------------------------------------------------------------------------
    def _claim(self, target: str | None) -> tuple[QLockFile | None, bool] | None:
        """Take the lock of a SQLite file (``name.sqlite.lock``) so a second copy of the
        workbench on it says so at once: it may then open the file read-only, or not at
        all (None). A lock left by a copy that crashed on this computer is taken over."""
        from workbench.services.workspace import default_database, sqlite_path, to_url

        path = sqlite_path(to_url(target or default_database()))
        if path is None:
            return None, False  # a server database: issue #19's concern, not a file lock
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # the first run's data folder
        except OSError:
            return None, False  # opening will say what is wrong with the folder
        if self.lock is not None and self.lock.fileName() == str(path) + ".lock":
            return self.lock, self.read_only  # this window has it already
        lock = QLockFile(str(path) + ".lock")
        # A crashed copy's lock is stale at once on this computer (its process is gone) and
        # after a minute elsewhere; a live copy refreshes its lock (``_keep_lock``).
        lock.setStaleLockTime(LOCK_STALE_MS)
        if lock.tryLock(0):
            return lock, False
        info = lock.getLockInfo()  # (pid, host, application) in PySide6
        who = (
            self.tr("process %1 on %2").replace("%1", str(info[0])).replace("%2", str(info[1]))
            if info and len(info) >= 2
            else self.tr("another program")
        )
        if dialogs.ask_yes_no(
            self,
            self.tr("Database already open"),
            self.tr(
                "%1 is already open in another copy of PKP Workbench (%2). Two copies writing "
                "to one file would overwrite each other's changes.\n\nOpen it read-only "
                "here (to look, print and export)?"
            )
            .replace("%1", path.name)
            .replace("%2", who),
        ):
            return None, True
        return None

    def _keep_lock(self) -> None:
        """Touch the lock file: it stays fresh while this copy runs."""
        if self.lock is not None and self.lock.isLocked():
            try:
                os.utime(self.lock.fileName())
            except OSError:
                pass

    def open_database(self, target: str | None) -> None:
        """Open (migrate, first-run demo) off the GUI thread, then load every tab."""
        self.when_ready(lambda: self._open_database(target))

    def _open_database(self, target: str | None) -> None:
        from workbench.services.workspace import district_info, open_database
        from workbench.ui.operations import read

        claim = self._claim(target)
        if claim is None:
            return
        lock, read_only = claim
        self._busy(True, self.tr("Opening database…"))

        def work(ctx: Any) -> tuple[OpenResult, DistrictInfo]:
            result = open_database(target, read_only=read_only)
            return result, read(result.engine, district_info)

        def opened(payload: tuple[OpenResult, DistrictInfo]) -> None:
            if self.lock is not None and self.lock is not lock:
                self.lock.unlock()
            self.lock = lock
            if lock is not None and not self._lock_timer.isActive():
                self._lock_timer.start()
            self._on_opened(payload)

        def failed(exc: BaseException) -> None:
            from workbench.services.workspace import (
                display_name,
                to_url,
                wants_password,
                with_password,
                without_password,
            )

            if lock is not None:
                lock.unlock()
            if target and wants_password(exc):  # the server wants this login's password
                self._busy(False)
                who = display_name(without_password(to_url(target)))
                label = self.tr("Password for %1:").replace("%1", who)
                if "password authentication failed" in str(exc):
                    label = self.tr("The server did not accept that password.") + "\n" + label
                password = dialogs.ask_password(self, self.tr("Password"), label)
                if password is not None:
                    self._open_database(with_password(to_url(target), password))
                    return
            self._on_open_failed(exc)

        run_task(work, opened, failed, name="open-database", long=True)

    def _on_opened(self, payload: tuple[OpenResult, DistrictInfo]) -> None:
        from workbench.services.workspace import (
            display_name,
            is_read_only,
            sqlite_path,
            without_password,
        )

        result, info = payload
        old = self.result
        self.result, self.info = result, info
        self.undo_stack.clear()
        self._busy(False)
        name = info.name or self.tr("(no district yet)")
        self.district_label.setText(f"<b>{html.escape(name)}</b>")
        self.database_label.setText(self.tr("Database: %1").replace("%1", display_name(result.url)))
        empty = info.assessments == 0 and info.stakeholders == 0
        self.welcome.set_district(name)
        self.central.setCurrentWidget(self.welcome if empty else self.tabs)
        self.who = info.who
        # a viewer's window is read-only as a second copy's is; what the role does not allow
        # is greyed out (the server refuses it anyway, in words)
        self.read_only = is_read_only(result.engine) or (
            self.who is not None and not self.who.may_edit
        )
        if is_read_only(result.engine):
            self.database_label.setText(
                self.database_label.text() + " · " + self.tr("<b>read-only</b>")
            )
        if self.who is not None and self.who.role is not None:
            self.database_label.setText(
                self.database_label.text() + " · " + self._identity_text(self.who)
            )
        for action in (
            self.import_baseline_action,
            self.import_any_action,
            self.import_map_action,
            self.restore_action,
        ):
            action.setEnabled(not self.read_only)
        self.approval_action.setEnabled(
            not self.read_only and (self.who is None or self.who.may_approve)
        )
        self._tab_changed()
        self.setWindowTitle(f"{name} — {self.tr('PKP Workbench')}")
        path = sqlite_path(result.url)
        remembered = str(path) if path else without_password(result.url)  # never stored
        st.put(st.LAST_DATABASE, remembered)
        st.add_recent(remembered)
        self._refresh_recent_menu()
        shown = self.tabs.currentWidget()  # its data first: the lane takes them in order
        for tab in sorted(self.work_tabs, key=lambda t: t is not shown):
            tab.who = self.who  # what it offers follows the login's role and villages
            tab.set_engine(result.engine)
        if self.live is None:
            from workbench.ui.live import FileChanges, ServerChanges

            self.live = FileChanges(self)
            self.server_live = ServerChanges(self)
        # another program's writes (to the file; on the server: any other login's) reach
        # the tabs
        self.live.watch(path)
        self.server_live.watch(None if path else str(result.engine.url.render_as_string(False)))
        if old is not None and old.engine is not result.engine:
            old.engine.dispose()
        if result.backup is not None:
            self.statusBar().showMessage(
                self.tr("Database upgraded; a copy of the old file was kept at %1").replace(
                    "%1", str(result.backup)
                ),
                15000,
            )
        if result.ruleset_problems:
            dialogs.show_error(
                self, self.tr("A rule-set file was skipped"), "\n\n".join(result.ruleset_problems)
            )
        self.database_opened.emit(result.url)

    def _identity_text(self, who: Any) -> str:
        """'budi (Penyunting · Sukamaju, Sukajadi)': who this window is on the server."""
        from workbench.services import server

        roles = {
            server.VIEWER: self.tr("Viewer"),
            server.EDITOR: self.tr("Editor"),
            server.APPROVER: self.tr("Approver"),
            server.ADMIN: self.tr("Admin"),
            server.NO_ROLE: self.tr("no role"),
        }
        where = ", ".join(who.villages) if who.villages else self.tr("whole district")
        return (
            self.tr("Signed in as %1 (%2 · %3)")
            .replace("%1", f"<b>{html.escape(who.login)}</b>")
            .replace("%2", roles.get(who.role, who.role))
            .replace("%3", html.escape(where))
        )

    def _on_open_failed(self, exc: BaseException) -> None:
        from workbench.ui.errors import error_text

        self._busy(False)
        dialogs.show_error(self, self.tr("Could not open the database"), error_text(exc))

    def _on_tab_loaded(self) -> None:
        if all(t.is_loaded for t in self.work_tabs):
            self.all_loaded.emit()

    def new_item(self) -> None:
        self.current_tab().new_item()

    def _tab_changed(self) -> None:
        self.new_item_action.setEnabled(
            self.tabs_ready and self.current_tab().can_add_item() and not self.read_only
        )

    def reload_all(self) -> None:
        for tab in self.work_tabs:
            tab.reload()

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if text:
            self.statusBar().showMessage(text, 0 if busy else 3000)
        elif not busy:
            self.statusBar().clearMessage()

    def connect_server(self) -> None:
        """A shared district database on a server, with the user's own login."""
        from workbench.ui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self)
        if dialogs.run_dialog(dialog):
            self.open_database(dialog.url())

    def choose_database(self) -> None:
        path = dialogs.ask_open_file(
            self,
            self.tr("Open a district database"),
            self.tr("Workbench databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(path)

    def new_database(self) -> None:
        """Berkas → Baru: a district's own empty database (as ``pkp-workbench new``)."""
        name = dialogs.ask_text(
            self,
            self.tr("New district database"),
            self.tr("Name of the district (kabupaten/kota):"),
        )
        if not name or not name.strip():
            return
        province = dialogs.ask_text(
            self,
            self.tr("New district database"),
            self.tr("Province (may be left empty):"),
        )
        if province is None:
            return
        path = dialogs.ask_save_file(
            self,
            self.tr("Where to keep the new database"),
            self.tr("Workbench databases (*.sqlite)"),
            f"{dialogs.file_stem(name)}.sqlite",
        )
        if not path:
            return
        if not path.endswith((".sqlite", ".db")):
            path += ".sqlite"
        from workbench.services.workspace import create_empty_database
        from workbench.ui.errors import error_text

        def failed(exc: BaseException) -> None:
            self._busy(False)
            dialogs.show_error(self, self.tr("Could not create the database"), error_text(exc))

        self._busy(True, self.tr("Creating the database…"))
        run_task(  # the schema is made off the GUI thread
            lambda _ctx: create_empty_database(path, name, province).dispose(),
            lambda _r: (self._busy(False), self.open_database(path)),
            failed,
            name="new-database",
            long=True,
        )

    def save_as(self) -> None:
        if self.result is None:
            return
        from workbench.services.workspace import sqlite_path

        src = sqlite_path(self.result.url)
        if src is None:
            dialogs.show_info(
                self,
                self.tr("Save As"),
                self.tr("A shared server database cannot be saved as a file; use Export instead."),
            )
            return
        path = dialogs.ask_save_file(
            self,
            self.tr("Save the database as"),
            self.tr("Workbench databases (*.sqlite)"),
            str(src),
        )
        if not path or Path(path).resolve() == src.resolve():
            return
        from workbench.services.files import copy_database

        self._busy_task(
            self.tr("Saving a copy…"),
            lambda ctx: copy_database(src, Path(path)),
            lambda _r: self.open_database(path),
            self.tr("Could not save"),
            "save-as",
        )

    def _busy_task(
        self,
        busy: str,
        work: Callable[[Any], Any],
        done: Callable[[Any], Any],
        failure_title: str,
        name: str,
    ) -> None:
        """A long file task off the GUI thread with the busy note shown meanwhile; its failure
        said in a dialog titled ``failure_title``."""
        from workbench.ui.errors import error_text

        def finished(result: Any) -> None:
            self._busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            dialogs.show_error(self, failure_title, error_text(exc))

        self._busy(True, busy)
        run_task(work, finished, failed, name=name, long=True)

    # -- backups ---------------------------------------------------------------------------
    def _sqlite_file(self, title: str) -> Path | None:
        """The open database's file, or None (said) for a server database."""
        from workbench.services.workspace import sqlite_path

        if self.result is None:
            return None
        path = sqlite_path(self.result.url)
        if path is None:
            dialogs.show_info(
                self,
                title,
                self.tr(
                    "A shared server database is backed up on the server (pg_dump); the "
                    "workbench backs up SQLite files."
                ),
            )
        return path

    def backup_now(self) -> None:
        from workbench.services.backups import make_backup

        path = self._sqlite_file(self.tr("Back Up Now"))
        if path is None:
            return
        self._busy_task(
            self.tr("Backing up…"),
            lambda ctx: make_backup(path, "manual"),
            lambda written: self.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(written)), 8000
            ),
            self.tr("Could not back up"),
            "backup",
        )

    def restore(self) -> None:
        """Put a backup back: the file as it is kept first, then the database reopened."""
        from workbench.services.backups import restore_backup
        from workbench.ui.restore_dialog import RestoreDialog

        path = self._sqlite_file(self.tr("Restore from a Backup"))
        if path is None or self.result is None or self.read_only:
            return
        dialog = RestoreDialog(path, self)
        if not dialogs.run_dialog(dialog) or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        if not dialogs.ask_yes_no(
            self,
            self.tr("Restore from a Backup"),
            self.tr(
                "Put back the copy of %1?\n\nEverything changed in %2 since then is "
                "replaced. The database as it is now is kept as a backup first."
            )
            .replace("%1", dialog.chosen_label())
            .replace("%2", path.name),
        ):
            return
        engine = self.result.engine

        def work(ctx: Any) -> Path | None:
            engine.dispose()  # its pooled connections closed; the reopening makes new ones
            return restore_backup(chosen, path)

        def done(kept: Path | None) -> None:
            said = self.tr("%1 put back; the file it replaced is kept as %2")
            said = said.replace("%1", chosen.name).replace("%2", str(kept) if kept else "-")

            def say() -> None:  # once the tabs show the file put back
                self.all_loaded.disconnect(say)
                self.statusBar().showMessage(said, 15000)

            self.all_loaded.connect(say)
            self.open_database(str(path))

        self._busy_task(self.tr("Restoring…"), work, done, self.tr("Could not restore"), "restore")

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = st.get(st.RECENT)
        for path in recent:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _=False, p=path: self.open_database(p))
        self.recent_menu.setEnabled(bool(recent))

    # -- export and print ------------------------------------------------------------------
    def current_tab(self) -> TableTab:
        tab = self.tabs.currentWidget()
        assert tab in self.work_tabs, "the tabs are not built yet"
        return tab  # type: ignore[return-value]

    def export_table(self) -> None:
        tab = self.current_tab()
        path = dialogs.ask_save_file(
            self,
            self.tr("Export this table"),
            self.tr("Excel workbook (*.xlsx);;CSV for Indonesian Excel (*.csv)"),
            f"{dialogs.file_stem(tab.title())}-{date.today().isoformat()}.xlsx",
        )
        if not path:
            return
        self.export_table_to(path)

    def export_table_to(self, path: str) -> None:
        from workbench.services.table_files import write_table

        tab = self.current_tab()
        headers, rows = tab.export_table()
        self._busy_task(
            self.tr("Exporting…"),
            lambda ctx: write_table(Path(path), headers, rows, sheet=tab.title()),
            lambda _r: self.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", path), 8000
            ),
            self.tr("Export failed"),
            "export-table",
        )

    def make_import_dialog(self) -> ImportBaselineDialog | None:
        if self.result is None:
            return None
        from workbench.ui.import_wizard import ImportBaselineDialog

        dialog = ImportBaselineDialog(self.result.engine, self)
        dialog.imported.connect(lambda change: self._record_import(dialog, change))
        return dialog

    def _record_import(self, dialog: ImportBaselineDialog, change: Any) -> None:
        """A baseline import (done in the background) becomes one undo step: undo takes its
        rows and updates back, redo imports the same checked rows again."""
        from workbench.services.baseline import import_checked
        from workbench.services.baseline_import import undo_import
        from workbench.ui.operations import Changes

        self.central.setCurrentWidget(self.tabs)

        assert dialog.inspection is not None and dialog.inspection.checked is not None
        checked = dialog.inspection.checked
        update = bool(change.updated or change.unchanged)
        last = {"change": change}

        def redo(session: Any) -> None:
            last["change"] = import_checked(session, checked, update=update, user="ui")

        def undo(session: Any) -> None:
            undo_import(session, last["change"], user="ui")

        text = (
            self.tr("Import %1 (%2 added, %3 updated)")
            .replace("%1", change.source)
            .replace("%2", str(len(change.added)))
            .replace("%3", str(len(change.updated)))
        )
        self.scores_tab.push(text, redo, undo, applied=True, changes=Changes.everything())

    def import_baseline(self, path: str = "") -> None:
        dialog = self.make_import_dialog()
        if dialog is not None:
            if path:
                dialog.set_file(path)
            dialogs.run_dialog(dialog)

    def import_map(self, path: str = "") -> None:
        """Berkas → Impor Peta…: the district's RT, village and kawasan shapes."""
        if self.result is None:
            return
        from workbench.ui.geometry_import import GeometryImportDialog

        dialog = GeometryImportDialog(self.result.engine, self)
        dialog.imported.connect(self._map_imported)
        if path:
            dialog.set_file(path)
        dialogs.run_dialog(dialog)

    def _map_imported(self, result: Any) -> None:
        """The import (done in the background) becomes one undo step: undo puts back the
        shapes it replaced (and takes away those it added), redo writes its shapes again;
        each announces the MAP change, so the maps on screen are read again."""
        from workbench.services.geometry_io import replace_shapes
        from workbench.ui.operations import MAP, Changes

        before, after, source = list(result.before), list(result.after), result.source
        text = (
            self.tr("Import map %1 (%2 shapes)")
            .replace("%1", source)
            .replace("%2", str(len(after)))
        )
        self.scores_tab.push(
            text,
            lambda session: replace_shapes(session, before, after, "ui", source),
            lambda session: replace_shapes(session, after, before, "ui", f"undo {source}"),
            applied=True,
            changes=Changes.of(MAP),
        )
        self.statusBar().showMessage(
            self.tr("%1: %2 shapes imported (%3 RT units, %4 villages, %5 kawasan).")
            .replace("%1", result.source)
            .replace("%2", str(result.matched))
            .replace("%3", str(result.rt))
            .replace("%4", str(result.villages))
            .replace("%5", str(result.areas)),
            10_000,
        )

    def import_any(self, path: str = "") -> None:
        """Berkas → Impor Berkas… (or a file dropped on the window): the kind of the file is
        read from its headers, off the GUI thread, and the import window of that kind opens
        on it; when the headers do not say, the user chooses the kind."""
        if self.result is None:
            return
        path = path or dialogs.ask_open_file(
            self,
            self.tr("Import a file"),
            self.tr(
                "Tables and maps (*.csv *.xlsx *.xlsm *.kmz *.kml *.geojson *.shp *.zip "
                "*.gpkg);;All files (*)"
            ),
        )
        if not path:
            return
        from workbench.services.file_kinds import kind_by_format, kind_of
        from workbench.ui.errors import error_text

        by_format = kind_by_format(Path(path))
        if by_format is not None:  # a map: known without reading it
            self.open_import(by_format, path)
            return

        self._busy(True, self.tr("Reading the headers of %1…").replace("%1", Path(path).name))

        def known(guess: Any) -> None:
            self._busy(False)
            kind = guess.kind or self._ask_kind(path, guess)
            if kind:
                self.open_import(kind, path)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            dialogs.show_error(self, self.tr("Could not read the file"), error_text(exc))

        run_task(lambda _ctx: kind_of(Path(path)), known, failed, name="kind-of-file", long=True)

    def kind_titles(self) -> dict[str, str]:
        return {
            "baseline": self.tr("RT baseline (volumes and denominators)"),
            "stakeholders": self.tr("Stakeholders"),
            "engagements": self.tr("Engagements"),
            "programme": self.tr("Investment records (programme)"),
        }

    def _ask_kind(self, path: str, guess: Any) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        titles = self.kind_titles()
        order = [s.kind for s in guess.scores]
        labels = [
            self.tr("%1 (%2 of %3 required columns found)")
            .replace("%1", titles[s.kind])
            .replace("%2", str(s.found))
            .replace("%3", str(s.required))
            for s in guess.scores
        ]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("What does this file hold?"),
            self.tr(
                "The headers of %1 do not say which kind of file it is. Choose its kind; "
                "in the import window, Map columns… says which header holds each column."
            ).replace("%1", Path(path).name),
            labels,
            0,
            False,
        )
        return order[labels.index(label)] if ok and label in labels else None

    def open_import(self, kind: str, path: str) -> None:
        """The import window of ``kind``, on its tab, checking ``path``."""
        if not self.tabs_ready:
            self.when_ready(lambda: self.open_import(kind, path))
            return
        self.central.setCurrentWidget(self.tabs)
        if kind == "baseline":
            self.tabs.setCurrentWidget(self.scores_tab)
            self.import_baseline(path)
        elif kind in ("stakeholders", "engagements"):
            self.tabs.setCurrentWidget(self.stakeholders_tab)
            self.stakeholders_tab.import_file(kind, path)
        elif kind == "programme":
            self.tabs.setCurrentWidget(self.programme_tab)
            self.programme_tab.import_records(path)
        elif kind == "geometry":
            self.tabs.setCurrentWidget(self.scores_tab)
            self.import_map(path)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.result is not None and not self.read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.import_any(urls[0])

    def print_table(self) -> None:
        """Ctrl+P: the table as shown, laid out as a document (header repeated, no broken
        cells, landscape when wide, page x of y), on the chosen paper, in the print preview."""
        from workbench.reports.table_print import render_table, right_columns

        tab = self.current_tab()
        headers, raw, text = tab.visible_table()
        title, district = tab.title(), self.info.name if self.info else ""
        paper = st.get(st.PAPER)
        folder = Path(tempfile.gettempdir())

        def work(_ctx: Any) -> str:
            pdf = render_table(title, district, headers, text, right_columns(raw), paper)
            path = folder / f"pkp-cetak-{os.getpid()}-{tab.objectName() or id(tab)}.pdf"
            path.write_bytes(pdf)
            return str(path)

        def show(path: str) -> None:
            from workbench.ui.report_dialog import preview

            preview(self, path)

        self._busy_task(
            self.tr("Preparing the pages…"), work, show, self.tr("Could not print"), "print-table"
        )

    # -- reports and approval --------------------------------------------------------------
    def make_report_dialog(self) -> QDialog | None:
        if self.result is None:
            return None
        from workbench.ui.report_dialog import ReportDialog

        return ReportDialog(self.result.engine, self)

    def show_reports(self) -> None:
        dialog = self.make_report_dialog()
        if dialog is not None:
            dialogs.run_dialog(dialog)

    def make_approval_dialog(self) -> QDialog | None:
        if self.result is None:
            return None
        from workbench.ui.operations import PLAN, PROGRAMME, Changes, announce
        from workbench.ui.plan_approval import PlanApprovalDialog

        dialog = PlanApprovalDialog(self.result.engine, "ui", self)
        dialog.changed.connect(lambda: announce(Changes.of(PLAN, PROGRAMME)))
        return dialog

    def show_approval(self) -> None:
        dialog = self.make_approval_dialog()
        if dialog is not None:
            dialogs.run_dialog(dialog)

    def make_verify_dialog(self) -> QDialog | None:
        if self.result is None:
            return None
        from workbench.ui.verify_dialog import VerifyDialog

        return VerifyDialog(self.result.engine, self)

    def show_verify(self) -> None:
        dialog = self.make_verify_dialog()
        if dialog is not None:
            dialogs.run_dialog(dialog)

    # -- view ------------------------------------------------------------------------------
    def projection_title(self) -> str:
        name = self.info.name if self.info else ""
        return self.tr("Priority locations — %1").replace("%1", name)

    def projection_subtitle(self) -> str:
        return self.priorities_tab.projection_subtitle

    def make_projection(self) -> ProjectionView:
        from workbench.ui.projection import ProjectionView

        tab = self.priorities_tab
        settings = tab.payload.view.settings if tab.payload else None
        view = ProjectionView(
            tab.rows(), self.projection_title(), top_n=settings.top_n if settings else 10
        )
        view.subtitle = self.projection_subtitle()
        view.cut_changed.connect(tab.set_top_n)
        view.tally_requested.connect(tab.adjust_tally)
        view.decision_requested.connect(tab.decide_key)
        view.weights_requested.connect(lambda: tab.edit_weights(view, large=True))
        view.voting_requested.connect(lambda: tab.open_phone_voting(view))
        view.undo_requested.connect(self.undo_stack.undo)
        view.redo_requested.connect(self.undo_stack.redo)
        view.map_requested.connect(lambda: self._projection_map(view))
        view.closed.connect(self._projection_closed)
        return view

    def _projection_map(self, view: ProjectionView) -> None:
        """The shapes for the projection's map page, read and made into paths off the GUI
        thread (as the Peta tab reads them)."""
        from workbench.services.map_data import map_shapes
        from workbench.ui.map_view import drawing_of
        from workbench.ui.operations import read_async

        read_async(
            self.result.engine,
            map_shapes,
            view.set_map,
            name="projection-map",
            after=lambda shapes, _ctx: drawing_of(shapes),
            long=True,
        )

    def _refresh_projection(self) -> None:
        tab = self.priorities_tab
        if self.projection is not None and tab.payload is not None:
            self.projection.set_rows(
                tab.rows(), tab.payload.view.settings.top_n, self.projection_subtitle()
            )

    def projection_screen(self) -> QScreen | None:
        """The chosen screen; by default the second one when a projector is attached, so the
        editing window stays on the laptop."""
        screens = QGuiApplication.screens()
        choice = st.get(st.PROJECTION_SCREEN)
        if 0 <= choice < len(screens):
            return screens[choice]
        return screens[1] if len(screens) > 1 else QGuiApplication.primaryScreen()

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        choice = st.get(st.PROJECTION_SCREEN)
        options = [(-1, self.tr("Automatic (second screen when attached)"))]
        for i, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            options.append(
                (
                    i,
                    self.tr("Screen %1: %2 (%3×%4)")
                    .replace("%1", str(i + 1))
                    .replace("%2", screen.name())
                    .replace("%3", str(size.width()))
                    .replace("%4", str(size.height())),
                )
            )
        for value, text in options:
            act = QAction(text, self.screen_menu, checkable=True)
            act.setChecked(value == choice)
            act.triggered.connect(lambda _=False, v=value: st.put(st.PROJECTION_SCREEN, v))
            group.addAction(act)
            self.screen_menu.addAction(act)

    def show_projection(self) -> None:
        if self.projection is None:
            self.projection = self.make_projection()
        screen = self.projection_screen()
        if screen is not None:
            self.projection.setGeometry(screen.geometry())
        self.projection.showFullScreen()
        self.projection.activateWindow()
        self.projection.setFocus()

    def _projection_closed(self) -> None:
        self.projection = None
        self.activateWindow()

    def set_language(self, code: str) -> None:
        st.put(st.LANGUAGE, code)
        dialogs.show_info(
            self,
            self.tr("Language"),
            self.tr("The language changes the next time the workbench starts."),
        )

    def make_guide(self) -> QDialog:
        from workbench.ui.welcome import GuideDialog

        return GuideDialog(self)

    def show_guide(self) -> None:
        """F1: the short user guide, offline."""
        dialogs.run_dialog(self.make_guide())

    def _first_stakeholder(self) -> None:
        self.central.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.stakeholders_tab)
        self.stakeholders_tab.new_stakeholder()

    def _first_registry(self) -> None:
        self.central.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.stakeholders_tab)
        self.stakeholders_tab.import_file("stakeholders")

    def _save_template(self) -> None:
        dialog = self.make_import_dialog()
        if dialog is not None:
            dialog.save_template()

    def show_about(self) -> None:
        dialogs.show_about(
            self,
            self.tr("About PKP Workbench"),
            self.tr(
                "<h3>PKP Workbench %1</h3><p>Planning workbench for the district Pokja PKP: "
                "stakeholders, slum scoring (Permen PUPR 14/2018), priority harmonisation "
                "and the multi-year programme.</p>"
            ).replace("%1", __version__),
        )
