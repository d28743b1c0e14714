"""New root CA, new sub-CA, and sub-CA request (offline root, step 1): one form, three modes.

The form follows the chosen profile (subject fields, allowed key types) and says what is wrong
as the officer types, with the engine's own checks (:func:`idtoolkit.api.check_request`).
Keys are generated in a worker: RSA-4096 or a token keygen never freezes the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from gui import workers
from gui.bidi import ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.secrets import SecretBroker
from gui.widgets.fields import FileField, check_output, selected_key_type, write_public
from gui.widgets.key_store import KeyStoreFields
from gui.widgets.request_form import RequestForm
from idtoolkit import api

ROOT, SUB, REQUEST = "root", "sub", "request"


class NewCADialog(JobDialog):
    def __init__(
        self,
        ws: api.Workspace,
        mode: str = ROOT,
        broker: SecretBroker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        titles = {
            ROOT: self.tr("New root CA"),
            SUB: self.tr("New sub-CA"),
            REQUEST: self.tr("Request a sub-CA certificate (offline root)"),
        }
        super().__init__(ws, titles[mode], parent)
        self.mode = mode
        self.broker = broker
        intros = {
            ROOT: self.tr(
                "A root CA signs its own certificate. Keep it offline and use it only to sign sub-CAs."
            ),
            SUB: self.tr("A sub-CA is signed by a CA of this workspace and issues certificates."),
            REQUEST: self.tr(
                "The key is made here and a request (CSR) is saved to carry to the offline root. "
                "Import the signed certificate afterwards with “Import signed CA certificate”."
            ),
        }
        self.set_intro(intros[mode])
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("short name used in commands and URLs, e.g. issuing"))
        self.form.addRow(self.tr("CA name *"), self.name)
        self.parent_ca = QComboBox()
        self._cas: list[api.CAInfo] = []
        #: The parent chosen when the list arrives (the main window's selected CA).
        self.preferred_parent: str | None = None
        if mode == SUB:
            self.read(lambda: api.list_cas(ws), self._parents_read)
            self.form.addRow(self.tr("Signed by *"), self.parent_ca)
        self.request = rows = RequestForm(self, self.form, ws, ca_validity=True)
        rows.add_profile_row("root-ca" if mode == ROOT else "sub-ca", ca=True)
        rows.add_subject_row()
        rows.add_key_type_row()
        if mode != REQUEST:
            rows.add_validity_row()
        self.profile, self.subject = rows.profile, rows.subject
        self.key_type, self.days = rows.key_type, rows.days
        self.keys = KeyStoreFields(self, self.form, self.ws, self.hint)
        self.software, self.token = self.keys.software, self.keys.token
        self.token_label, self.pin = self.keys.token_label, self.keys.pin
        self.csr_out = FileField(save=True, filter_text="CSR (*.csr *.pem)")
        if mode == REQUEST:
            self.form.addRow(self.tr("Save request as *"), self.csr_out)
        self.summary = QPlainTextEdit()  # after a request: the CSR hash to read aloud
        self.summary.setReadOnly(True)
        self.summary.hide()
        self.outer.insertWidget(self.outer.indexOf(self.progress), self.summary)
        mark_input(
            self.name, self.parent_ca, self.profile, self.subject, self.key_type, self.days,
            self.software, self.token, self.token_label, self.pin, self.csr_out,
        )  # fmt: skip
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.subject.changed.connect(self._check)
        self.key_type.currentIndexChanged.connect(self._check)
        self.name.textChanged.connect(self._check)
        self._inherited: dict[str, str] = {}
        self.parent_ca.currentIndexChanged.connect(self._parent_changed)
        self._profile_changed()
        self._parent_changed()

    # --- form behaviour ---------------------------------------------------------------------
    def _profile_changed(self) -> None:
        name = self.profile.currentData()
        if not name:
            return
        text = api.describe_profile(self.ws, name)
        current = selected_key_type(self.key_type)
        root_default = "ec-p384" if self.mode == ROOT else None  # a root outlives its subs
        self.request.apply_profile(text, current if current in text.key_types else root_default)

    def _parents_read(self, cas: list[api.CAInfo]) -> None:
        self._cas = cas
        for ca in cas:
            if ca.status == "active" and ca.has_key:
                self.parent_ca.addItem(f"{ltr(ca.name)} — {ltr(ca.subject)}", ca.name)
        index = self.parent_ca.findData(self.preferred_parent)
        if index >= 0:
            self.parent_ca.setCurrentIndex(index)

    def _parent_changed(self) -> None:
        """A sub-CA usually belongs to its parent's organisation and country: copy O and C
        (unless the officer typed something else)."""
        if self.mode != SUB:
            return
        name = self.parent_ca.currentData()
        info = next((c for c in self._cas if c.name == name), None)
        if info is None:
            return
        try:
            parent = api.subject_attributes(info.subject)
        except api.IDToolkitError:
            return
        for key in ("O", "C"):
            field = self.subject.fields.get(key)
            value = parent.get(key)
            if field is None or value is None:
                continue
            if not field.text() or field.text() == self._inherited.get(key):
                field.setText(value)
                self._inherited[key] = value

    def _check(self) -> None:
        self.show_problem(self.validate())

    def validate(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return self.tr("give the CA a short name")
        if self.mode == SUB and not self.parent_ca.currentData():
            return self.tr("no CA here can sign a sub-CA: create or import a root CA first")
        if problem := self.request.request_problem():
            return problem
        if problem := self.keys.problem():
            return problem
        if self.mode == REQUEST:
            return check_output(self.csr_out.path(), self.tr("request"))
        return None

    # --- the job ----------------------------------------------------------------------------
    def make_job(self) -> workers.Job:
        name = self.name.text().strip()
        subject = self.subject.subject()
        key = selected_key_type(self.key_type)
        profile = self.profile.currentData()
        key_store = self.keys.key_store(self.broker)
        days = self.days.value()
        ws = self.ws
        if self.mode == ROOT:
            return lambda _p: api.create_root(
                ws, name, subject, key, key_store=key_store, profile=profile, days=days
            )
        if self.mode == SUB:
            parent = self.parent_ca.currentData()
            return lambda _p: api.create_sub(
                ws, name, parent, subject, key, key_store=key_store, profile=profile, days=days
            )
        return lambda _p: api.request_sub(
            ws, name, subject, key, key_store=key_store, profile=profile
        )

    def on_success(self, result: Any) -> None:
        if self.mode != REQUEST:
            super().on_success(result)
            return
        _ca, csr_pem = result
        out = self.csr_out.path()
        assert out is not None
        write_public(out, csr_pem)
        digest = api.csr_fingerprint(api.load_csr(csr_pem, str(out)))
        grouped = " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))
        self.summary.setPlainText(
            self.tr(
                "Request saved to %1\nSHA-256 of the request (read it aloud on both sides):\n%2"
            )
            .replace("%1", str(out))
            .replace("%2", grouped)
        )
        self.summary.show()
        self.csr_sha256 = digest
        self.ok_button.hide()
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))

    def csr_path(self) -> Path | None:
        return self.csr_out.path()
