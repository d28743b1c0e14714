"""The main window: CA tree on the left, certificates / audit log / tokens in tabs, and the
details of whatever is selected below them. Every operation is a menu and toolbar action that
opens its dialog; dialogs run the engine call in a worker and the views refresh afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QWidget,
)

from gui import workers
from gui.bidi import ltr
from gui.dialogs.acme_endpoint import AcmeEndpointDialog
from gui.dialogs.base import TaskDialog
from gui.dialogs.bulk_issue import BulkIssueDialog
from gui.dialogs.crl import CrlDialog
from gui.dialogs.export import ExportDialog
from gui.dialogs.import_ca import ImportCADialog
from gui.dialogs.import_cert import ImportSignedCertDialog
from gui.dialogs.import_crl import ImportCrlDialog
from gui.dialogs.issue_csr import IssueFromCsrDialog
from gui.dialogs.issue_p12 import IssuePkcs12Dialog
from gui.dialogs.new_ca import REQUEST, ROOT, SUB, NewCADialog
from gui.dialogs.revoke import RevokeDialog
from gui.dialogs.service_credential import ServiceCredentialDialog
from gui.dialogs.settings import SettingsDialog
from gui.dialogs.validation import ValidationDialog
from gui.dialogs.verify_signature import VerifySignatureDialog
from gui.dialogs.workspace import NewWorkspaceDialog, OpenWorkspaceDialog
from gui.errors import error_text, show_error
from gui.help import DataLocationsDialog, GuideDialog
from gui.language_menu import LanguageMenu
from gui.local_services import LocalServices
from gui.models.ca_tree import NAME_ROLE, CaTreeModel, key_store_text
from gui.models.cert_table import STATUS_TEXT, display_status
from gui.secrets import SecretBroker
from gui.team import TeamPanel
from gui.views.acme_view import AcmeView
from gui.views.audit_view import AuditView
from gui.views.ceremony_runner import CeremonyRunnerWindow
from gui.views.certificates import CertificateView
from gui.views.details import DetailsPane
from gui.views.lab_panel import LabPanel, lab_of
from gui.views.token_view import TokenView
from idtoolkit import api
from idtoolkit.apps import ceremony
from idtoolkit.errors import IDToolkitError


class MainWindow(QMainWindow):
    def __init__(self, ws: api.Workspace | None = None, broker: SecretBroker | None = None) -> None:
        super().__init__()
        self.ws: api.Workspace | None = None
        self.broker = broker or SecretBroker(self)
        self.broker.parent_widget = self
        self.active_dialog: QWidget | None = None
        self.ceremony_window: CeremonyRunnerWindow | None = None
        self.setWindowTitle(self.tr("ID Toolkit"))
        self.resize(1280, 800)

        self.ca_model = CaTreeModel()
        self.ca_tree = QTreeView()
        self.ca_tree.setModel(self.ca_model)
        self.ca_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Every column as wide as its header and cells: the French "Stockage de la clé" header
        # and "en attente de certificat" state were cut at the default width.
        self.ca_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ca_tree.header().setStretchLastSection(True)
        self.ca_tree.setUniformRowHeights(True)
        self.ca_tree.selectionModel().selectionChanged.connect(self._ca_selected)

        self.certificates = CertificateView()
        self.certificates.selected.connect(self._certificate_selected)
        self.certificates.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.certificates.table.customContextMenuRequested.connect(self._certificate_menu)
        self.audit = AuditView()
        self.tokens = TokenView()
        self.acme = AcmeView()
        self.acme.add_requested.connect(self.open_acme_endpoint)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.certificates, self.tr("Certificates"))
        self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.tabs.addTab(self.tokens, self.tr("Tokens"))
        self.tabs.addTab(self.acme, self.tr("ACME"))
        self.details = DetailsPane()
        # Store reads, off the UI thread: the CA list, and whatever the details pane shows
        # (a CA or a certificate: the last one clicked wins).
        self._cas_read = workers.LatestRead(self)
        self._details_read = workers.LatestRead(self)
        self._wanted_ca: str | None = None
        self._quiet_reload = False
        # The certificate the details pane shows (serial, CA), read again after a change.
        self._shown_certificate: tuple[str, str | None] | None = None

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tabs)
        right.addWidget(self.details)
        right.setSizes([470, 330])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.ca_tree)
        self.splitter.addWidget(right)
        self.splitter.setSizes([390, 890])  # the CA pane shows its French columns whole
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.workspace_label = QLabel()
        self.services = LocalServices(self)
        self.team = TeamPanel(self)
        self.team.changed.connect(self._update_actions)
        self.acme.disabled_reason = lambda: self.team.disabled_reason("acme.configure")
        self.team.changed.connect(self.acme.update_roles)
        self.statusBar().addPermanentWidget(self.team.label)
        self.statusBar().addPermanentWidget(self.services.label)
        self.statusBar().addPermanentWidget(self.workspace_label)
        self._make_actions()
        if ws is not None:
            self.set_workspace(ws)
        else:
            self._update_actions()

    # --- actions ----------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _make_actions(self) -> None:
        self.act_new_ws = self._action(
            self.tr("&New workspace…"), self.new_workspace, "Ctrl+Shift+N"
        )
        self.act_open_ws = self._action(self.tr("&Open workspace…"), self.open_workspace, "Ctrl+O")
        self.act_quit = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.act_new_root = self._action(
            self.tr("New &root CA…"),
            lambda: self.open_new_ca(ROOT),
            tip=self.tr("Create a self-signed root CA"),
        )
        self.act_new_sub = self._action(
            self.tr("New &sub-CA…"),
            lambda: self.open_new_ca(SUB),
            tip=self.tr("Create a CA signed by a CA of this workspace"),
        )
        self.act_request = self._action(
            self.tr("Re&quest sub-CA (offline root)…"), lambda: self.open_new_ca(REQUEST)
        )
        self.act_import_cert = self._action(
            self.tr("Import &signed CA certificate…"), self.open_import_cert
        )
        self.act_import_crl = self._action(
            self.tr("Import CR&L of an external CA…"),
            self.open_import_crl,
            tip=self.tr("A CRL the offline root signed, for the local services to publish"),
        )
        self.act_import_ca = self._action(self.tr("&Import CA…"), self.open_import_ca)
        self.act_export_ca = self._action(self.tr("E&xport CA…"), self.open_export_ca)
        self.act_crl = self._action(
            self.tr("Publish &CRL…"),
            self.open_crl,
            "Ctrl+L",
            self.tr("Sign a CRL of the selected CA"),
        )
        self.act_validation = self._action(
            self.tr("&Validation settings…"),
            self.open_validation,
            tip=self.tr("CRL partitions, pre-signed OCSP responses, publication folder"),
        )
        self.act_issue_csr = self._action(
            self.tr("Issue from &CSR…"),
            self.open_issue_csr,
            "Ctrl+I",
            self.tr("Sign a certificate request"),
        )
        self.act_issue_p12 = self._action(
            self.tr("Issue &PKCS#12…"),
            self.open_issue_p12,
            "Ctrl+P",
            self.tr("Generate a key and certificate for a person or server"),
        )
        self.act_revoke = self._action(
            self.tr("&Revoke…"),
            self.open_revoke,
            "Ctrl+R",
            self.tr("Revoke the selected certificate"),
        )
        self.act_bulk = self._action(
            self.tr("&Bulk issue…"),
            self.open_bulk_issue,
            "Ctrl+B",
            self.tr("Issue a credential for every row of a CSV file of people"),
        )
        self.act_hold = self._action(
            self.tr("Put on &hold"),
            self.hold_selected,
            tip=self.tr("Suspend the selected certificate; it can be released later"),
        )
        self.act_release = self._action(
            self.tr("Re&lease hold"),
            self.release_selected,
            tip=self.tr("Make the selected certificate on hold valid again"),
        )
        self.act_service = self._action(
            self.tr("Service &credential (TSA / OCSP)…"),
            self.open_service_credential,
            tip=self.tr(
                "Create the time-stamping or delegated OCSP credential idtoolkit serve uses"
            ),
        )
        self.act_verify_signature = self._action(
            self.tr("Verify a &signature…"),
            self.open_verify_signature,
            "Ctrl+Shift+V",
            self.tr("Check a signed PDF or a file with its detached signature"),
        )
        self.act_export_cert = self._action(
            self.tr("&Export certificate…"), self.open_export_cert, "Ctrl+E"
        )
        self.act_verify = self._action(self.tr("&Verify audit chain"), self.verify_audit)
        self.act_ceremony = self._action(
            self.tr("Run a key &ceremony…"),
            self.open_ceremony,
            tip=self.tr("Run a ceremony script step by step, with confirmations and a transcript"),
        )
        self.act_lab = self._action(
            self.tr("Open &lab…"),
            self.choose_lab,
            tip=self.tr("A training class folder (trainer view)"),
        )
        self.act_refresh = self._action(self.tr("Re&fresh"), self.refresh, "F5")
        self.act_about = self._action(self.tr("&About"), self.about)
        self.act_settings = self._action(
            self.tr("&Workspace settings…"),
            self.open_settings,
            tip=self.tr("Base URL written into certificates, CRL lifetimes, PKCS#11 module"),
        )
        self.act_guide_app = self._action(
            self.tr("&Guide: the desktop app"), lambda: self.open_guide("The desktop app"), "F1"
        )
        self.act_guide_features = self._action(
            self.tr("Guide: &what works today"), lambda: self.open_guide("What works today")
        )
        self.act_guide_cli = self._action(
            self.tr("Guide: the &command line"),
            lambda: self.open_guide("A two-tier PKI from the command line"),
        )
        self.act_locations = self._action(
            self.tr("Where is my &data?"),
            self.open_locations,
            tip=self.tr("The workspace folder, its database and the log file"),
        )

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for a in (self.act_new_ws, self.act_open_ws, None, self.act_refresh, None, self.act_quit):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        ca_menu = menus.addMenu(self.tr("&CA"))
        for a in (
            self.act_new_root,
            self.act_new_sub,
            None,
            self.act_request,
            self.act_import_cert,
            self.act_import_crl,
            None,
            self.act_import_ca,
            self.act_export_ca,
            None,
            self.act_crl,
            self.act_service,
            self.act_validation,
        ):
            ca_menu.addSeparator() if a is None else ca_menu.addAction(a)
        cert_menu = menus.addMenu(self.tr("C&ertificates"))
        for a in (
            self.act_issue_csr,
            self.act_issue_p12,
            self.act_bulk,
            None,
            self.act_revoke,
            self.act_hold,
            self.act_release,
            None,
            self.act_export_cert,
        ):
            cert_menu.addSeparator() if a is None else cert_menu.addAction(a)
        tools = menus.addMenu(self.tr("&Tools"))
        tools.addAction(self.act_verify_signature)
        tools.addAction(self.act_verify)
        tools.addAction(self.services.action)
        tools.addAction(self.act_ceremony)
        tools.addAction(self.act_lab)
        # "Settings" holds the workspace settings; the language item can sit beside them.
        team_menu = menus.addMenu(self.tr("&Team"))
        for a in (self.team.act_sign_in, self.team.act_approvals, self.team.act_operators):
            team_menu.addAction(a)
        self.settings_menu = menus.addMenu(self.tr("&Settings"))
        self.settings_menu.addAction(self.act_settings)
        self.language_menu = LanguageMenu(self)
        self.settings_menu.addMenu(self.language_menu)
        help_menu = menus.addMenu(self.tr("&Help"))
        for a in (
            self.act_guide_app,
            self.act_guide_features,
            self.act_guide_cli,
            None,
            self.act_locations,
            None,
            self.act_about,
        ):
            help_menu.addSeparator() if a is None else help_menu.addAction(a)
        self.help_menu = help_menu

        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        for a in (
            self.act_new_root,
            self.act_new_sub,
            None,
            self.act_issue_csr,
            self.act_issue_p12,
            self.act_bulk,
            None,
            self.act_revoke,
            self.act_crl,
            None,
            self.act_export_cert,
        ):
            bar.addSeparator() if a is None else bar.addAction(a)
        self.addToolBar(bar)
        self.toolbar = bar

    def _update_actions(self) -> None:
        has_ws = self.ws is not None
        for action in (
            self.act_new_root, self.act_new_sub, self.act_request, self.act_import_cert,
            self.act_import_crl, self.act_import_ca, self.act_issue_csr, self.act_issue_p12,
            self.act_crl, self.act_verify, self.act_refresh, self.act_bulk, self.act_service,
            self.act_settings, self.act_validation,
        ):  # fmt: skip
            action.setEnabled(has_ws)
        has_cert = has_ws and self.certificates.current_summary() is not None
        self.act_revoke.setEnabled(has_ws)
        self.act_export_cert.setEnabled(has_cert)
        summary = self.certificates.current_summary() if has_ws else None
        # Hold applies to a certificate in use; release only to one on hold.
        self.act_hold.setEnabled(summary is not None and summary.status == "valid")
        self.act_release.setEnabled(summary is not None and summary.status == "on_hold")
        self.act_export_ca.setEnabled(has_ws and self.selected_ca() is not None)
        self._apply_roles()

    def _apply_roles(self) -> None:
        """With operators: what the signed-in operator's roles do not allow is disabled, and
        its tooltip says why (the engine refuses it anyway)."""
        team = getattr(self, "team", None)
        if team is None:
            return
        for action, name in (
            (self.act_new_root, "ca.create"), (self.act_new_sub, "ca.create"),
            (self.act_request, "ca.create"), (self.act_import_cert, "ca.create"),
            (self.act_import_ca, "ca.create"), (self.act_import_crl, "crl.import"),
            (self.act_issue_csr, "cert.issue"), (self.act_issue_p12, "cert.issue"),
            (self.act_bulk, "bulk.issue"), (self.act_revoke, "cert.revoke"),
            (self.act_hold, "cert.hold"), (self.act_release, "cert.release"),
            (self.act_crl, "crl.publish"), (self.act_service, "service.credential"),
            (self.act_settings, "settings.change"), (self.act_export_ca, "key.backup"),
        ):  # fmt: skip
            if not action.property("idtoolkit_tip_saved"):
                action.setProperty("idtoolkit_tip", action.toolTip())
                action.setProperty("idtoolkit_tip_saved", True)
            reason = team.disabled_reason(name) if self.ws is not None else None
            if reason is not None:
                action.setEnabled(False)
                action.setToolTip(reason)
                action.setStatusTip(reason)
            else:
                tip = str(action.property("idtoolkit_tip") or "")
                action.setToolTip(tip)
                action.setStatusTip(tip)

    # --- workspace --------------------------------------------------------------------------
    def set_workspace(self, ws: api.Workspace) -> None:
        if self.ws is not None and self.ws is not ws:
            self.ws.close()
        self.ws = ws
        self._shown_certificate = None
        self.broker.forget()
        self.broker.attach(ws)
        self.services.set_workspace(ws)
        self.team.set_workspace(ws)
        self.workspace_label.setText(ltr(f"{ws.directory}  ·  {ws.store.display_url}"))
        self.setWindowTitle(self.tr("ID Toolkit — %1").replace("%1", ws.directory.name))
        QSettings().setValue("last_workspace", str(ws.directory))
        self.certificates.set_workspace(ws)
        self.audit.set_workspace(ws)
        self.tokens.set_workspace(ws)
        self.acme.set_workspace(ws)
        self.refresh_cas()
        self._update_actions()
        if lab_of(ws.directory) is not None:  # a lab student's workspace: show the exercises
            self.show_lab(ws.directory)

    def show_lab(self, path: Path) -> LabPanel | None:
        """The Lab tab, opened on a class folder or a student workspace."""
        panel = getattr(self, "lab_panel", None)
        if panel is None:
            panel = self.lab_panel = LabPanel()
            self.tabs.addTab(panel, self.tr("Lab"))
        try:
            if not panel.open_path(path):
                show_error(self, self.tr("%1 is not a lab class folder").replace("%1", str(path)))
                return None
        except IDToolkitError as exc:
            show_error(self, error_text(exc))
            return None
        self.tabs.setCurrentWidget(panel)
        return panel

    def choose_lab(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a lab class folder"))
        if folder:
            self.show_lab(Path(folder))

    def refresh_cas(self) -> None:
        """Read the CA list in a worker; the tree keeps the selection when it arrives."""
        if self.ws is None:
            return
        if not self._cas_read.pending:
            self._wanted_ca = self.selected_ca()
        ws = self.ws
        self._cas_read.start(lambda: api.list_cas(ws), self._cas_loaded, self._cas_failed)

    def _cas_loaded(self, cas: list[api.CAInfo]) -> None:
        wanted, self._wanted_ca = self._wanted_ca, None
        # The same CA stays selected: the table and the details (refreshed on their own) are
        # left alone, and the officer's certificate stays shown.
        self._quiet_reload = wanted == self.selected_ca()
        try:
            self.ca_model.load(cas)
            self.ca_tree.expandAll()
            self.ca_tree.resizeColumnToContents(0)
            if wanted:
                self.select_ca(wanted)
        finally:
            self._quiet_reload = False

    def _cas_failed(self, message: str) -> None:
        self._wanted_ca = None
        show_error(self, message)

    @property
    def loading(self) -> bool:
        """A read for the CA tree, the details pane, the table or the audit log is still
        under way (the count below the search box may come later)."""
        return (
            self._cas_read.pending
            or self._details_read.pending
            or self.certificates.loading
            or self.audit.loading
            or self.team.loading
            or self.acme.loading
        )

    def refresh(self) -> None:
        """After any change: CAs, the table (same filter), the audit log, and the certificate
        the details pane shows (a revoke or a hold changed its status, even when the table's
        filter no longer lists it)."""
        self.refresh_cas()
        self.certificates.apply_filter()
        self.audit.reload()
        self.acme.reload()
        self.team.refresh()
        if self._shown_certificate is not None:
            self._show_certificate(*self._shown_certificate)
        self._update_actions()

    def selected_ca(self) -> str | None:
        rows = self.ca_tree.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0]
        name = self.ca_model.itemFromIndex(index.siblingAtColumn(0)).data(NAME_ROLE)
        return str(name) if name is not None else None

    def select_ca(self, name: str | None) -> None:
        """Select ``name`` in the tree, or as soon as the CA list being read arrives."""
        if self._cas_read.pending:
            self._wanted_ca = name
        if name is None:
            self.ca_tree.clearSelection()
            return
        matches = self.ca_model.match(
            self.ca_model.index(0, 0),
            NAME_ROLE,
            name,
            1,
            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        )
        if matches:
            self.ca_tree.setCurrentIndex(matches[0])

    def _ca_selected(self) -> None:
        if self._quiet_reload:
            self._update_actions()
            return
        name = self.selected_ca()
        self.certificates.set_ca(name)
        self._update_actions()
        self._shown_certificate = None
        if name is None or self.ws is None:
            self._details_read.drop()
            self.details.show_text(None)
            return
        ws = self.ws
        self.details.show_message(self.tr("Reading %1…").replace("%1", name))
        self._details_read.start(
            lambda: api.describe_ca(ws, name),
            lambda text: self._ca_details(name, text),
            self.details.show_message,
        )

    def _ca_details(self, name: str, text: api.CertificateText | None) -> None:
        info = self.ca_model.info(name)
        if text is None:
            self.details.show_message(
                self.tr("CA %1 is waiting for its signed certificate.").replace("%1", name)
            )
            return
        extra = []
        if info is not None:
            extra = [
                ("CA", info.name),
                ("Profile", info.profile),
                ("Key store", key_store_text(info)),
            ]
        self.details.show_text(text, extra)

    def _certificate_selected(self, summary: api.CertSummary | None) -> None:
        self._update_actions()
        if summary is None or self.ws is None:
            return
        self.details.show_message(self.tr("Reading %1…").replace("%1", summary.serial))
        self._show_certificate(summary.serial, summary.ca)

    def _show_certificate(self, serial: str, ca: str | None) -> None:
        """Read a certificate's details and its status as the store has them now (not as the
        table row had them when it was read)."""
        if self.ws is None:
            return
        ws = self.ws
        self._shown_certificate = (serial, ca)

        def read() -> tuple[api.CertSummary, api.CertificateText]:
            return (
                api.find_certificate(ws, serial, ca).summary,
                api.describe_stored_certificate(ws, serial, ca),
            )

        self._details_read.start(
            read, lambda found: self._certificate_details(*found), self.details.show_message
        )

    def _certificate_details(self, summary: api.CertSummary, text: api.CertificateText) -> None:
        status = display_status(summary)
        extra = [
            (
                "Status",
                QCoreApplication.translate("CertTableModel", str(STATUS_TEXT.get(status, status))),
            ),
            ("Profile", summary.profile),
        ]
        if summary.ca:
            extra.append(("Issued by CA", summary.ca))
        self.details.show_text(text, extra)

    # --- dialogs ----------------------------------------------------------------------------
    def show_dialog(self, dialog: TaskDialog) -> TaskDialog:
        """Open ``dialog`` without blocking; refresh the views when its job succeeded."""
        dialog.job_finished.connect(lambda ok: self.refresh() if ok else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _need_ws(self) -> api.Workspace:
        assert self.ws is not None
        return self.ws

    def _default_ca(self) -> str | None:
        summary = self.certificates.current_summary()
        return self.selected_ca() or (summary.ca if summary else None)

    def open_new_ca(self, mode: str) -> NewCADialog:
        dialog = NewCADialog(self._need_ws(), mode, self.broker, self)
        dialog.preferred_parent = self.selected_ca()
        self.show_dialog(dialog)
        return dialog

    def open_import_cert(self) -> ImportSignedCertDialog:
        return self.show_dialog(ImportSignedCertDialog(self._need_ws(), self.selected_ca(), self))  # type: ignore[return-value]

    def open_import_crl(self) -> ImportCrlDialog:
        return self.show_dialog(ImportCrlDialog(self._need_ws(), self))  # type: ignore[return-value]

    def open_import_ca(self) -> ImportCADialog:
        return self.show_dialog(ImportCADialog(self._need_ws(), self))  # type: ignore[return-value]

    def open_export_ca(self) -> ExportDialog | None:
        ca = self.selected_ca()
        if ca is None:
            show_error(self, self.tr("select a CA in the tree first"))
            return None
        return self.show_dialog(ExportDialog(self._need_ws(), ca=ca, parent=self))  # type: ignore[return-value]

    def open_crl(self) -> CrlDialog:
        return self.show_dialog(CrlDialog(self._need_ws(), self._default_ca(), self))  # type: ignore[return-value]

    def open_validation(self) -> ValidationDialog:
        return self.show_dialog(ValidationDialog(self._need_ws(), self._default_ca(), self))  # type: ignore[return-value]

    def open_acme_endpoint(self) -> AcmeEndpointDialog:
        dialog = AcmeEndpointDialog(self._need_ws(), self._default_ca(), self)
        return self.show_dialog(dialog)  # type: ignore[return-value]

    def open_issue_csr(self) -> IssueFromCsrDialog:
        return self.show_dialog(IssueFromCsrDialog(self._need_ws(), self._default_ca(), self))  # type: ignore[return-value]

    def open_issue_p12(self) -> IssuePkcs12Dialog:
        return self.show_dialog(IssuePkcs12Dialog(self._need_ws(), self._default_ca(), self))  # type: ignore[return-value]

    def open_revoke(self) -> RevokeDialog:
        summary = self.certificates.current_summary()
        dialog = RevokeDialog(
            self._need_ws(),
            summary.ca if summary else self.selected_ca(),
            summary.serial if summary else "",
            summary.subject if summary else "",
            self,
        )
        return self.show_dialog(dialog)  # type: ignore[return-value]

    def open_bulk_issue(self) -> BulkIssueDialog:
        return self.show_dialog(BulkIssueDialog(self._need_ws(), self._default_ca(), self))  # type: ignore[return-value]

    def open_service_credential(self) -> ServiceCredentialDialog:
        dialog = ServiceCredentialDialog(self._need_ws(), self._default_ca(), self.broker, self)
        return self.show_dialog(dialog)  # type: ignore[return-value]

    def open_verify_signature(self) -> VerifySignatureDialog:
        dialog = VerifySignatureDialog(self, self.ws)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()  # reads files only: nothing in the workspace to refresh afterwards
        return dialog

    def certificate_menu(self) -> QMenu:
        """The table's context menu for the selected certificate."""
        self._update_actions()
        menu = QMenu(self)
        for action in (
            self.act_export_cert,
            None,
            self.act_hold,
            self.act_release,
            self.act_revoke,
        ):
            menu.addSeparator() if action is None else menu.addAction(action)
        return menu

    def _certificate_menu(self, pos: QPoint) -> None:
        if self.certificates.current_summary() is None:
            return
        menu = self.certificate_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.certificates.table.viewport().mapToGlobal(pos))

    def hold_selected(self) -> workers.Worker | None:
        return self._change_hold(api.hold, self.tr("%1 is on hold"))

    def release_selected(self) -> workers.Worker | None:
        return self._change_hold(api.release, self.tr("%1 is valid again"))

    def _change_hold(
        self, call: Callable[[api.Workspace, str, str], api.RevocationInfo], done_text: str
    ) -> workers.Worker | None:
        summary = self.certificates.current_summary()
        if self.ws is None or summary is None:
            show_error(self, self.tr("select a certificate in the table first"))
            return None
        if summary.ca is None:
            show_error(self, self.tr("this certificate was not issued by a CA of this workspace"))
            return None
        ws, ca, serial = self.ws, summary.ca, summary.serial
        self.act_hold.setEnabled(False)
        self.act_release.setEnabled(False)

        def succeeded(_info: object) -> None:
            self.statusBar().showMessage(done_text.replace("%1", serial), 8000)
            self.refresh()

        def failed(message: str) -> None:
            show_error(self, message)
            self._update_actions()

        return workers.start(lambda _p: call(ws, ca, serial), succeeded, failed)

    def open_export_cert(self) -> ExportDialog | None:
        summary = self.certificates.current_summary()
        if summary is None:
            show_error(self, self.tr("select a certificate in the table first"))
            return None
        return self.show_dialog(
            ExportDialog(self._need_ws(), ca=summary.ca, serial=summary.serial, parent=self)
        )  # type: ignore[return-value]

    def new_workspace(self) -> NewWorkspaceDialog:
        dialog = NewWorkspaceDialog(parent=self)
        dialog.job_finished.connect(
            lambda ok: self.set_workspace(dialog.result_value) if ok else None
        )
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_workspace(self) -> OpenWorkspaceDialog:
        start = (
            Path(str(QSettings().value("last_workspace", "")))
            if QSettings().value("last_workspace")
            else None
        )
        dialog = OpenWorkspaceDialog(start, parent=self)
        dialog.job_finished.connect(
            lambda ok: self.set_workspace(dialog.result_value) if ok else None
        )
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        return self.show_dialog(SettingsDialog(self._need_ws(), self))  # type: ignore[return-value]

    def open_guide(self, section: str) -> GuideDialog:
        dialog = GuideDialog(section, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_locations(self) -> DataLocationsDialog:
        dialog = DataLocationsDialog(self.ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_ceremony(
        self, script: Path | None = None, out: Path | None = None
    ) -> CeremonyRunnerWindow | None:
        if self.ws is None:
            return None
        if script is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Ceremony script"),
                str(ceremony.example_ceremonies()),
                self.tr("Ceremony scripts (*.toml)"),
            )
            if not chosen:
                return None
            script = Path(chosen)
        if out is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Ceremony directory (new, or the one to resume)")
            )
            if not chosen:
                return None
            out = Path(chosen)
        try:
            window = CeremonyRunnerWindow(self.ws, script, out, self)
        except IDToolkitError as exc:
            show_error(self, error_text(exc), self.tr("Key ceremony"))
            return None
        self.ceremony_window = window
        window.show()
        return window

    def verify_audit(self) -> None:
        self.tabs.setCurrentWidget(self.audit)
        self.audit.verify()

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About ID Toolkit"))
        box.setText(
            self.tr("ID Toolkit — an open-source certificate authority with software and HSM keys.")
        )
        info = api.version_info()
        box.setInformativeText(
            self.tr("Version {version}, build {build} ({platform}).").format(
                version=info.version, build=info.build, platform=info.platform
            )
        )
        box.open()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from gui import workers

        if self.ceremony_window is not None:
            self.ceremony_window.close()  # a waiting ceremony pauses; it can be resumed
        workers.wait_all(30_000)
        self.services.set_workspace(None)  # the services stop with the window
        if self.ws is not None:
            self.ws.close()
            self.ws = None
        super().closeEvent(event)
