"""Issue from a CSR: shows what the request asks, what the profile will grant, and why it
would be refused, before anything is signed."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QCheckBox, QTextBrowser, QWidget

from gui import workers
from gui.bidi import ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.errors import engine_text, error_text
from gui.widgets.fields import FileField, check_input, check_output, write_public
from gui.widgets.request_form import RequestForm
from idtoolkit import api
from idtoolkit.errors import IDToolkitError


def _html_list(items: tuple[str, ...] | list[str]) -> str:
    from html import escape

    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


class IssueFromCsrDialog(JobDialog):
    def __init__(
        self, ws: api.Workspace, ca: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, self.tr("Issue a certificate from a request (CSR)"), parent)
        self.setMinimumSize(640, 560)
        self.request = rows = RequestForm(self, self.form, ws)
        rows.add_ca_row(select=ca)
        rows.add_profile_row("tls-server")
        rows.profile.addItem(
            "sub-ca — " + self.tr("a sub-CA (offline root signing a request)"), "sub-ca"
        )
        self.csr_file = FileField(filter_text="CSR (*.csr *.pem *.der *.req)")
        self.form.addRow(self.tr("Request file *"), self.csr_file)
        rows.add_sans_row(
            self.tr("Add names"),
            self.tr("e.g. dns:www.example.sn, ip:10.0.0.1"),  # short: it fits in every language
        )
        rows.add_validity_row()
        self.ca, self.profile, self.sans, self.days = rows.ca, rows.profile, rows.sans, rows.days
        self.out = FileField(save=True, filter_text="PEM (*.pem *.crt)")
        self.form.addRow(self.tr("Save certificate as *"), self.out)
        # A CSR cannot prove where its key was made: the officer attests it, or the certificate
        # must not claim a qualified device (QcSSCD, -qscd policy).
        self.key_on_qscd = QCheckBox(
            self.tr("I attest the key was generated on a qualified device (QSCD, a token)")
        )
        self.key_on_qscd.setToolTip(
            self.tr(
                "Only then does the certificate say the key is on a qualified signature or seal "
                "creation device (QcSSCD and the -qscd policy); the attestation is recorded in "
                "the audit trail."
            )
        )
        self.key_on_qscd.setEnabled(False)
        self.form.addRow(self.key_on_qscd)  # the whole width: the French sentence was cut
        self.review = QTextBrowser()
        self.review.setMinimumHeight(220)
        self.outer.insertWidget(self.outer.indexOf(self.hint), self.review)
        mark_input(self.ca, self.profile, self.csr_file, self.sans, self.days, self.out)
        self.preview: api.CsrPreview | None = None
        self._csr: Any = None
        self.csr_file.edit.textChanged.connect(self.refresh_review)
        self.profile.currentIndexChanged.connect(self.refresh_review)
        self.refresh_review()

    def refresh_review(self) -> None:
        """Read the CSR against the profile; fills the review pane."""
        self.preview, self._csr = None, None
        self._offer_qscd(False)
        path = self.csr_file.path()
        if path is None or not path.is_file():
            self.review.setHtml(
                self.tr(
                    "<p>Choose a request file: its contents and what the profile grants appear here.</p>"
                )
            )
            return
        try:
            self._csr = api.load_csr(path.read_bytes(), str(path))
            self.preview = api.preview_csr(self.ws, self.profile.currentData(), self._csr)
        except (IDToolkitError, OSError) as exc:
            cannot = self.tr("Cannot use this request:")
            why = error_text(exc) if isinstance(exc, IDToolkitError) else str(exc)
            self.review.setHtml(f"<p style='color:#b00020'><b>{cannot}</b> {why}</p>")
            return
        p = self.preview
        self._offer_qscd(p.qscd_needs_attestation)
        # lupdate sees tr() calls only outside f-strings: the words first, then the page.
        subject, key, name = self.tr("Subject"), self.tr("Key"), self.tr("Name")
        copied = self.tr("Extension copied")
        ignored = self.tr("Extension ignored (the profile decides)")
        refused, can = self.tr("Will be refused:"), self.tr("Can be issued.")
        asks_title, grants_title = (
            self.tr("The request asks for"),
            self.tr("The profile will grant"),
        )
        asks = [f"{subject}: {ltr(p.subject)}", f"{key}: {ltr(p.key_type)}"]
        asks += [f"{name}: {ltr(s)}" for s in p.requested_sans]
        asks += [f"{copied}: {e}" for e in p.copied_extensions]
        asks += [f"{ignored}: {e}" for e in p.ignored_extensions]
        verdict = (
            f"<p style='color:#b00020'><b>{refused}</b> {escape(engine_text(p.refusal))}</p>"
            if p.refusal
            else f"<p style='color:#1b5e20'><b>{can}</b></p>"
        )
        grouped = " ".join(p.sha256[i : i + 4] for i in range(0, 64, 4))
        self.review.setHtml(
            verdict
            + f"<h4>{asks_title}</h4>{_html_list(asks)}"
            + f"<h4>{grants_title}</h4>{_html_list([engine_text(g) for g in p.grants])}"
            + f"<p><small>SHA-256: <tt dir='ltr'>{grouped}</tt></small></p>"
        )

    def _offer_qscd(self, offered: bool) -> None:
        """The attestation is asked only for profiles that would claim a qualified device."""
        self.key_on_qscd.setEnabled(offered)
        if not offered:
            self.key_on_qscd.setChecked(False)

    def validate(self) -> str | None:
        if problem := self.request.ca_problem():
            return problem
        problem = check_input(self.csr_file.path(), self.tr("request"))
        if problem:
            return problem
        if self.preview is None:
            self.refresh_review()
        if self.preview is None:
            return self.tr("the request cannot be read")
        if self.preview.refusal:
            return engine_text(self.preview.refusal)
        return check_output(self.out.path(), self.tr("certificate"))

    def make_job(self) -> workers.Job:
        ws, ca, profile, csr = self.ws, self.ca.currentData(), self.profile.currentData(), self._csr
        sans, days = self.request.san_list(), self.days.value() or None
        on_qscd = self.key_on_qscd.isEnabled() and self.key_on_qscd.isChecked()
        return lambda _p: api.issue_from_csr(
            ws, ca, profile, csr, sans=sans, days=days, key_on_qscd=on_qscd
        )

    def on_success(self, result: Any) -> None:
        out = self.out.path()
        assert out is not None
        write_public(out, api.export_certificates([result.certificate], api.ExportFormat.PEM))
        super().on_success(result)
