"""Verify a signature: a signed PDF (PAdES), or any file with its detached CMS signature
(``.p7s``), against trust anchors the officer picks. The engine checks the signature value, the
chain, key usage, revocation (embedded, or fetched over HTTP when allowed) and the time-stamp;
the dialog shows its verdict in large coloured text and every check with a mark.

No workspace is needed: verification reads files only (and may fetch OCSP/CRL answers), so it
runs on its own thread, never queued behind (or ahead of) the workspace's jobs.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui import workers
from gui.bidi import data_widget, isolate_data, ltr
from gui.dialogs.base import TaskDialog, mark_input
from gui.errors import engine_text
from gui.widgets.fields import FileField, check_input
from idtoolkit import api
from idtoolkit.api import messages as api_messages

if TYPE_CHECKING:  # pyHanko: imported where a signature is verified, not at start-up
    from idtoolkit.api import signing

VERDICT_COLOURS = {"valid": "#1b5e20", "invalid": "#b00020", "indeterminate": "#9a5b00"}
VERDICT_TEXT = {
    "valid": QT_TRANSLATE_NOOP("VerifySignatureDialog", "VALID"),
    "invalid": QT_TRANSLATE_NOOP("VerifySignatureDialog", "INVALID"),
    "indeterminate": QT_TRANSLATE_NOOP("VerifySignatureDialog", "INDETERMINATE"),
}
VERDICT_HELP = {
    "valid": QT_TRANSLATE_NOOP(
        "VerifySignatureDialog",
        "Every check passed: the document is as signed, by a trusted signer.",
    ),
    "invalid": QT_TRANSLATE_NOOP(
        "VerifySignatureDialog", "A check failed for certain: do not rely on this signature."
    ),
    "indeterminate": QT_TRANSLATE_NOOP(
        "VerifySignatureDialog",
        "Something needed to decide is missing (trust, revocation status, proof of time).",
    ),
}
#: The engine's check names and reason codes are stable English identifiers; their words for
#: people are the engine's messages (one table for the CLI and the app), said in the app's
#: language through the engine's catalogues. The details stay as the engine wrote them.
CHECK_NAMES = api_messages.CHECK_NAMES
REASON_TEXT = api_messages.REASON_MESSAGES
#: Mark and colour of each check outcome.
MARKS = {
    "passed": ("✔", "#1b5e20"),
    "failed": ("✘", "#b00020"),
    "unknown": ("?", "#9a5b00"),
    "info": ("•", "#5f6368"),
}
_RANK = {"valid": 0, "indeterminate": 1, "invalid": 2}

_pool: QThreadPool | None = None


def verify_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def check_name(name: str) -> str:
    """A check's name in the app's language (an unknown one as the engine wrote it)."""
    return engine_text(api_messages.check_name(name))


def reason_text(code: str) -> str:
    """A reason code in words, in the app's language (an unknown code as it is)."""
    return engine_text(api_messages.reason_message(code))


def overall_verdict(reports: list[signing.SignatureReport]) -> str:
    """The worst verdict of the file's signatures."""
    return max((r.verdict for r in reports), key=lambda v: _RANK.get(v, 1), default="indeterminate")


#: Item data of a trust anchor taken from the open workspace (PEM), not from a file.
PEM_ROLE = Qt.ItemDataRole.UserRole + 1


class VerifySignatureDialog(TaskDialog):
    def __init__(self, parent: QWidget | None = None, ws: api.Workspace | None = None) -> None:
        super().__init__(self.tr("Verify a signature"), parent)
        self.ws = ws
        self.roots_added = 0
        self._roots_read: workers.LatestRead | None = None
        self.setMinimumWidth(760)
        self.set_intro(
            self.tr(
                "Checks the signature value, the signer's certificate chain up to a trust anchor "
                "you choose, key usage, revocation (OCSP/CRL answers embedded in the signature, "
                "or fetched from the certificates' URLs) and the time-stamp."
            )
        )
        kind_row = QWidget()
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        self.pdf_mode = QRadioButton(self.tr("Signed PDF"))
        self.detached_mode = QRadioButton(self.tr("File + detached signature (.p7s)"))
        self.pdf_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pdf_mode)
        group.addButton(self.detached_mode)
        kind_layout.addWidget(self.pdf_mode)
        kind_layout.addWidget(self.detached_mode)
        kind_layout.addStretch(1)
        self.form.addRow(self.tr("What"), kind_row)
        self.document = FileField(filter_text=self.tr("PDF (*.pdf);;All files (*)"))
        self.form.addRow(self.tr("Document *"), self.document)
        self.signature = FileField(
            filter_text=self.tr("CMS signature (*.p7s *.p7m);;All files (*)")
        )
        self.form.addRow(self.tr("Signature (.p7s) *"), self.signature)
        trust_box = QWidget()
        trust_layout = QHBoxLayout(trust_box)
        trust_layout.setContentsMargins(0, 0, 0, 0)
        self.trust = QListWidget()
        self.trust.setFixedHeight(96)
        trust_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        buttons = QVBoxLayout()
        self.add_trust_button = QPushButton(self.tr("Add…"))
        self.remove_trust_button = QPushButton(self.tr("Remove"))
        self.add_trust_button.clicked.connect(self._pick_trust)
        self.remove_trust_button.clicked.connect(self._remove_trust)
        self.workspace_roots_button = QPushButton(self.tr("Workspace roots"))
        self.workspace_roots_button.setToolTip(self.tr("Trust the root CAs of the open workspace"))
        self.workspace_roots_button.setEnabled(ws is not None)
        self.workspace_roots_button.clicked.connect(self.add_workspace_roots)
        buttons.addWidget(self.add_trust_button)
        buttons.addWidget(self.workspace_roots_button)
        buttons.addWidget(self.remove_trust_button)
        buttons.addStretch(1)
        trust_layout.addWidget(self.trust, 1, Qt.AlignmentFlag.AlignTop)
        trust_layout.addLayout(buttons)
        self.form.addRow(self.tr("Trust anchors *"), trust_box)
        time_row = QWidget()
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        self.use_time = QCheckBox(self.tr("At a past time (UTC):"))
        # Left to right before its format is set: an ISO date, in any language.
        self.at = data_widget(QDateTimeEdit(QDateTime.currentDateTimeUtc()))
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.at.setCalendarPopup(True)
        self.at.setEnabled(False)
        self.use_time.toggled.connect(self.at.setEnabled)
        time_layout.addWidget(self.use_time)
        time_layout.addWidget(self.at)
        time_layout.addStretch(1)
        self.form.addRow(self.tr("Validation time"), time_row)
        self.fetch = QCheckBox(
            self.tr("Fetch revocation status (OCSP / CRL) from the certificates' URLs")
        )
        self.fetch.setChecked(True)
        self.form.addRow("", self.fetch)
        # The result: the verdict in large coloured text, then the checks.
        self.reports: list[signing.SignatureReport] = []
        self.plain_text = ""  # signing.render_text of the reports, for "Copy as text"
        self.verdict_value = ""
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.outer.insertWidget(self.outer.indexOf(self.progress), self.verdict)
        self.details = QTextBrowser()
        self.details.setMinimumHeight(240)
        self.details.hide()
        self.outer.insertWidget(self.outer.indexOf(self.progress), self.details, 1)
        self.copy_button = QPushButton(self.tr("Copy as text"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.plain_text)
        )
        self.copy_button.setEnabled(False)
        self.buttons.addButton(self.copy_button, self.buttons.ButtonRole.ActionRole)
        self.ok_button.setText(self.tr("Verify"))
        mark_input(
            self.pdf_mode, self.detached_mode, self.document, self.signature, self.trust,
            self.add_trust_button, self.remove_trust_button, self.use_time, self.at, self.fetch,
        )  # fmt: skip
        self.detached_mode.toggled.connect(self._mode_changed)
        self.document.edit.textChanged.connect(self._document_changed)
        self._mode_changed()

    def job_pool(self) -> QThreadPool | None:
        return verify_pool()

    # --- form ---------------------------------------------------------------------------------
    def add_trust(self, path: Path | str) -> None:
        text = str(path)
        if text in (str(p) for p in self.trust_paths()):
            return
        # A path reads left to right even in a right-to-left layout (isolated), but the item keeps
        # the path itself for the job.
        item = QListWidgetItem(ltr(text))
        item.setData(Qt.ItemDataRole.UserRole, text)
        self.trust.addItem(item)

    def add_workspace_roots(self) -> None:
        """Add the open workspace's root CAs (and trust anchors it imported), read off the UI
        thread; :attr:`roots_added` then says how many were new."""
        if self.ws is None:
            return
        ws = self.ws

        def roots() -> list[tuple[str, str, bytes]]:
            return [
                (
                    ca.name,
                    ca.subject,
                    api.export_certificates([api.ca_chain(ws, ca.name)[-1]], api.ExportFormat.PEM),
                )
                for ca in api.list_cas(ws)
                if ca.parent is None and ca.status != "pending"
            ]

        self._roots_read = self.read(roots, self._add_roots, self._roots_read)

    def _add_roots(self, roots: list[tuple[str, str, bytes]]) -> None:
        self.roots_added = 0
        shown = {self.trust.item(i).text() for i in range(self.trust.count())}
        for name, subject, pem in roots:
            label = self.tr("%1 (workspace root): %2").replace("%1", name).replace("%2", subject)
            if label in shown:
                continue
            item = QListWidgetItem(label)
            item.setData(PEM_ROLE, pem)
            self.trust.addItem(item)
            self.roots_added += 1

    def trust_paths(self) -> list[Path]:
        return [
            Path(self.trust.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.trust.count())
            if self.trust.item(i).data(Qt.ItemDataRole.UserRole)
        ]

    def trust_pems(self) -> list[bytes]:
        return [
            bytes(self.trust.item(i).data(PEM_ROLE))
            for i in range(self.trust.count())
            if self.trust.item(i).data(PEM_ROLE)
        ]

    def _pick_trust(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Trust anchor certificates"),
            str(self._start_folder()),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        for path in chosen:
            self.add_trust(path)

    def _start_folder(self) -> Path:
        """Where trust anchors usually are: beside the document, else the last one added."""
        for path in (*reversed(self.trust_paths()), self.document.path()):
            if path is not None and path.parent.is_dir():
                return path.parent
        return Path.home()

    def _remove_trust(self) -> None:
        for item in self.trust.selectedItems():
            self.trust.takeItem(self.trust.row(item))

    def _mode_changed(self) -> None:
        self.signature.setEnabled(self.detached_mode.isChecked())

    def _document_changed(self) -> None:
        """A detached signature usually sits next to its file as FILE.p7s: fill it in."""
        path = self.document.path()
        if path is None or self.signature.path() is not None or not path.name:
            return  # "/" (a folder being typed) has no name to put .p7s after
        if path.suffix.lower() != ".pdf":
            self.detached_mode.setChecked(True)
            candidate = path.with_name(path.name + ".p7s")
            if candidate.is_file():
                self.signature.set_path(candidate)

    def validate(self) -> str | None:
        problem = check_input(self.document.path(), self.tr("document"))
        if problem:
            return problem
        if self.detached_mode.isChecked():
            problem = check_input(self.signature.path(), self.tr("signature"))
            if problem:
                return problem
        if not self.trust.count():
            return self.tr("add at least one trust anchor certificate (e.g. the root CA)")
        for path in self.trust_paths():
            problem = check_input(path, self.tr("trust anchor"))
            if problem:
                return problem
        return None

    # --- the job ------------------------------------------------------------------------------
    def make_job(self) -> workers.Job:
        document = self.document.path()
        assert document is not None
        signature = self.signature.path() if self.detached_mode.isChecked() else None
        trust_paths = self.trust_paths()
        trust_pems = self.trust_pems()
        at = (
            dt.datetime.fromtimestamp(self.at.dateTime().toSecsSinceEpoch(), dt.UTC)
            if self.use_time.isChecked()
            else None
        )
        fetch = self.fetch.isChecked()
        self.verdict.hide()
        self.details.hide()

        def job(_p: workers.Progress) -> list[signing.SignatureReport]:
            from idtoolkit.api import signing

            trust = [
                cert
                for path in trust_paths
                for cert in api.load_certificates(path.read_bytes(), str(path))
            ] + [c for pem in trust_pems for c in api.load_certificates(pem, "workspace root")]
            return list(signing.verify_file(document, trust, signature, at, fetch))

        return job

    def on_success(self, result: Any) -> None:
        from idtoolkit.api import signing

        self.reports = list(result)
        self.plain_text = signing.render_text(self.reports)
        self.show_reports(self.reports)
        self.copy_button.setEnabled(True)
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))

    def show_reports(self, reports: list[signing.SignatureReport]) -> None:
        tr = QCoreApplication.translate
        if not reports:
            self.verdict_value = "indeterminate"
            self.verdict.setText(self.tr("No signature found in this file."))
        else:
            self.verdict_value = overall_verdict(reports)
            colour = VERDICT_COLOURS.get(self.verdict_value, "#9a5b00")
            self.verdict.setText(
                f'<div style="font-size: 22pt; font-weight: 600; color: {colour};">'
                f"{html.escape(tr('VerifySignatureDialog', str(VERDICT_TEXT[self.verdict_value])))}</div>"
                f'<div style="color: {colour};">'
                f"{html.escape(tr('VerifySignatureDialog', str(VERDICT_HELP[self.verdict_value])))}</div>"
            )
        self.verdict.show()
        self.details.setHtml(self.reports_html(reports))
        self.details.show()

    def reports_html(self, reports: list[signing.SignatureReport]) -> str:
        tr = QCoreApplication.translate
        e = html.escape
        serial_word = self.tr("serial")
        checks_title = self.tr("Checks")
        sources_title = self.tr("Revocation sources")
        # The engine's sentences quote DNs and dates: right to left, they are isolated so the
        # bidi algorithm does not reorder them; left to right, the text stays as written.
        data: Callable[[str], str] = isolate_data if self.isRightToLeft() else str
        parts: list[str] = []
        for report in reports:
            colour = VERDICT_COLOURS.get(report.verdict, "#9a5b00")
            title = Path(report.file).name + (
                f" [{report.signature_field}]" if report.signature_field else ""
            )
            parts.append(
                f'<h3>{e(title)} — <span style="color: {colour};">'
                f"{e(tr('VerifySignatureDialog', str(VERDICT_TEXT.get(report.verdict, report.verdict))))}"
                f"</span></h3>"
            )
            rows = [
                (
                    self.tr("Signer"),
                    f"{ltr(report.signer)} ({serial_word} {ltr(report.signer_serial)})",
                ),
                (self.tr("Issued by"), ltr(report.issuer)),
            ]
            if report.claimed_signing_time:
                rows.append(
                    (
                        self.tr("Signing time (claimed)"),
                        ltr(f"{report.claimed_signing_time:%Y-%m-%d %H:%M:%S} UTC"),
                    )
                )
            if report.timestamp:
                rows.append(
                    (self.tr("Time-stamp"), ltr(f"{report.timestamp:%Y-%m-%d %H:%M:%S} UTC"))
                )
            rows.append(
                (self.tr("Validated at"), ltr(f"{report.validation_time:%Y-%m-%d %H:%M:%S} UTC"))
            )
            if report.reasons:
                rows.append((self.tr("Why"), "; ".join(reason_text(r) for r in report.reasons)))
            parts.append("<table cellspacing='2'>")
            for label, value in rows:
                parts.append(f"<tr><td><b>{e(label)}</b>&nbsp;&nbsp;</td><td>{e(value)}</td></tr>")
            parts.append("</table>")
            parts.append(f"<p><b>{e(checks_title)}</b></p><table cellspacing='3'>")
            for check in report.checks:
                mark, mark_colour = MARKS.get(check.outcome, ("?", "#9a5b00"))
                parts.append(
                    f"<tr><td style='color: {mark_colour}; font-weight: 600;'>{mark}</td>"
                    f"<td><b>{e(check_name(check.name))}</b>&nbsp;&nbsp;</td>"
                    f"<td>{e(data(engine_text(check.detail)))}</td></tr>"
                )
            parts.append("</table>")
            if report.revocation_sources:
                parts.append(f"<p><b>{e(sources_title)}</b></p><ul>")
                parts += [f"<li>{e(data(engine_text(n)))}</li>" for n in report.revocation_sources]
                parts.append("</ul>")
        return "\n".join(parts)
