"""A credential for ``idtoolkit serve``: the time-stamping authority (TSA) or a CA's delegated
OCSP responder. The key is made in the workspace's key store (software or a token) and never
leaves it; the certificate comes from the chosen CA (profile ``tsa`` or ``ocsp-signer``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from gui import workers
from gui.bidi import ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.secrets import SecretBroker
from gui.widgets.fields import selected_key_type
from gui.widgets.key_store import KeyStoreFields
from gui.widgets.request_form import RequestForm
from idtoolkit import api

TSA, OCSP = "tsa", "ocsp"
KIND_LABELS = {
    TSA: QT_TRANSLATE_NOOP("ServiceCredentialDialog", "Time-stamping authority (TSA)"),
    OCSP: QT_TRANSLATE_NOOP("ServiceCredentialDialog", "Delegated OCSP responder"),
}
KIND_HELP = {
    TSA: QT_TRANSLATE_NOOP(
        "ServiceCredentialDialog",
        "idtoolkit serve answers RFC 3161 time-stamp requests at /tsa, signed with this "
        "credential, so signatures made with --tsa prove when they existed (level B-T). One TSA "
        "serves the whole workspace; the newest credential is used. Restart serve if it is "
        "running.",
    ),
    OCSP: QT_TRANSLATE_NOOP(
        "ServiceCredentialDialog",
        "idtoolkit serve signs this CA's OCSP answers (/ocsp/CA) with this responder "
        "certificate instead of the CA key, so the CA key can stay offline or on its token. "
        "A running serve picks it up; an expired or revoked responder is dropped.",
    ),
}
#: The subject's common name offered for each kind, in the officer's language (the name the
#: certificate carries; the officer can change it).
DEFAULT_CN = {
    TSA: QT_TRANSLATE_NOOP("ServiceCredentialDialog", "Time-Stamping Authority"),
    OCSP: QT_TRANSLATE_NOOP("ServiceCredentialDialog", "OCSP Responder"),
}


def default_cn(kind: str) -> str:
    return QCoreApplication.translate("ServiceCredentialDialog", str(DEFAULT_CN[kind]))


class ServiceCredentialDialog(JobDialog):
    def __init__(
        self,
        ws: api.Workspace,
        ca: str | None = None,
        broker: SecretBroker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ws, self.tr("Service credential for idtoolkit serve"), parent)
        self.broker = broker
        self.request = rows = RequestForm(self, self.form, ws)
        rows.add_ca_row(select=ca, keep_select=True)  # a root's own OCSP responder: the root
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(
                QCoreApplication.translate("ServiceCredentialDialog", str(label)), kind
            )
        self.form.addRow(self.tr("Service *"), self.kind)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #3c4043;")
        self.form.addRow("", self.explain)
        rows.add_subject_row()
        rows.add_key_type_row()
        rows.add_validity_row()
        self.ca, self.subject, self.key_type, self.days = (
            rows.ca,
            rows.subject,
            rows.key_type,
            rows.days,
        )
        self.keys = KeyStoreFields(self, self.form, self.ws, self.hint)
        self.software, self.token = self.keys.software, self.keys.token
        self.token_label, self.pin = self.keys.token_label, self.keys.pin
        self.summary = QPlainTextEdit()  # after creation: what was made and how serve uses it
        self.summary.setReadOnly(True)
        self.summary.setMaximumHeight(110)
        self.summary.hide()
        self.outer.insertWidget(self.outer.indexOf(self.progress), self.summary)
        self.ok_button.setText(self.tr("Create"))
        mark_input(
            self.ca, self.kind, self.subject, self.key_type, self.days,
            self.software, self.token, self.token_label, self.pin,
        )  # fmt: skip
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.subject.changed.connect(self._check)
        self.key_type.currentIndexChanged.connect(self._check)
        self._kind_changed()

    def service(self) -> str:
        return str(self.kind.currentData())

    def profile(self) -> str:
        return api.SERVICE_PROFILES[self.service()]

    def _kind_changed(self) -> None:
        kind = self.service()
        self.explain.setText(
            QCoreApplication.translate("ServiceCredentialDialog", str(KIND_HELP[kind]))
        )
        previous = {k: f.text() for k, f in self.subject.fields.items()}
        self.request.apply_profile(api.describe_profile(self.ws, self.profile()))
        offered = {*map(str, DEFAULT_CN.values()), *map(default_cn, DEFAULT_CN)}
        if not previous.get("CN") or previous.get("CN") in offered:
            self.subject.set_values(CN=default_cn(kind))
        self._check()

    def _check(self) -> None:
        self.show_problem(self._input_problem())

    def _input_problem(self) -> str | None:
        return self.request.ca_problem() or self.request.request_problem(self.profile())

    def validate(self) -> str | None:
        problem = self._input_problem()
        if problem:
            return problem
        if problem := self.keys.problem():
            return problem
        return None

    def make_job(self) -> workers.Job:
        ws, ca, kind = self.ws, self.ca.currentData(), self.service()
        subject, key = self.subject.subject(), selected_key_type(self.key_type)
        days, key_store = self.days.value() or None, self.keys.key_store(self.broker)
        return lambda _p: api.create_service_credential(
            ws, ca, kind, subject, key, key_store=key_store, days=days
        )

    def on_success(self, result: Any) -> None:
        info: api.ServiceInfo = result
        where = "/tsa" if info.kind == TSA else f"/ocsp/{info.ca}"
        self.summary.setPlainText(
            self.tr(
                "%1 created: %2\nCertificate %3 from CA %4, valid until %5 UTC.\n"
                "idtoolkit serve answers at %6 with it."
            )
            .replace(
                "%1",
                QCoreApplication.translate("ServiceCredentialDialog", str(KIND_LABELS[info.kind])),
            )
            .replace("%2", ltr(info.subject))
            .replace("%3", ltr(info.serial))
            .replace("%4", ltr(info.ca))
            .replace("%5", ltr(f"{info.not_after:%Y-%m-%d %H:%M}"))
            .replace("%6", ltr(where))
        )
        self.summary.show()
        self.hint.setStyleSheet("color: #1b5e20;")
        self.hint.setText(self.tr("Created."))
        self.ok_button.hide()
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))
