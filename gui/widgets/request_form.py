"""What to certify: the issuing CA, profile, subject, alternative names, key type and validity
rows that every certificate-making dialog shares (new CA, PKCS#12, CSR, service credential,
bulk issuance), and how they follow each other.

Each dialog places the rows it needs, in its own order between its own rows (a CSR file, a
service kind, a CSV), so a dialog reads as its form reads; what the rows mean is here once: the
profile decides the key types offered, the longest validity and the subject's fields, and the
engine's own check (:func:`idtoolkit.api.check_request`) says what is wrong as the officer types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from gui.errors import error_text
from gui.widgets.fields import (
    fill_key_types,
    fill_profile_combo,
    selected_key_type,
    validity_field,
)
from gui.widgets.issuer import fill_issuer_combo
from gui.widgets.subject import SubjectEditor
from idtoolkit import api
from idtoolkit.errors import IDToolkitError

if TYPE_CHECKING:
    from gui.dialogs.base import TaskDialog


class RequestForm(QObject):
    """The shared rows of ``owner``'s ``form``. ``pkcs12``: the key leaves as PKCS#12, which
    cannot carry every key type (see :func:`~gui.widgets.fields.fill_key_types`). ``ca_validity``:
    a CA's validity, always a number of days that starts at the profile's default, instead of
    "profile default" (0)."""

    def __init__(
        self,
        owner: TaskDialog,
        form: QFormLayout,
        ws: api.Workspace,
        *,
        pkcs12: bool = False,
        ca_validity: bool = False,
    ) -> None:
        super().__init__(owner)
        self.owner, self.form, self.ws = owner, form, ws
        self.pkcs12, self.ca_validity = pkcs12, ca_validity
        self.ca = QComboBox()
        self.profile = QComboBox()
        self.subject = SubjectEditor()
        self.sans = QLineEdit()
        self.key_type = QComboBox()
        self.days = validity_field() if not ca_validity else self._ca_days()
        self._placed: set[str] = set()

    @staticmethod
    def _ca_days() -> QSpinBox:
        days = QSpinBox()
        days.setRange(1, 36500)
        days.setSuffix(QCoreApplication.translate("ValidityField", " days"))
        return days

    # --- placing the rows -------------------------------------------------------------------
    def add_ca_row(self, select: str | None = None, *, keep_select: bool = False) -> None:
        """CAs that can sign here, read off the UI thread; when they arrive, an issuing CA is
        chosen (``select`` if it is one, else one below it: see
        :func:`~gui.widgets.issuer.issuer_choice`); ``keep_select``: ``select`` even if a
        root."""
        fill_issuer_combo(self.owner, self.ca, self.ws, select=select, keep_select=keep_select)
        self._place("ca", self.tr("Issuing CA *"), self.ca)

    def add_profile_row(self, select: str, *, ca: bool = False) -> None:
        """End-entity profiles with what each is for; a CA's profiles by name (``ca``)."""
        if ca:
            for name in self.ws.profiles.names():
                if api.describe_profile(self.ws, name).is_ca:
                    self.profile.addItem(name, name)
            self.profile.setCurrentIndex(max(0, self.profile.findData(select)))
        else:
            fill_profile_combo(self.profile, self.ws, ca=False, select=select)
        self._place("profile", self.tr("Profile") if ca else self.tr("Profile *"), self.profile)

    def add_subject_row(self) -> None:
        self._place("subject", self.tr("Subject"), self.subject)

    def add_sans_row(self, label: str | None = None, placeholder: str | None = None) -> None:
        """Alternative names, comma separated; a dialog that adds names to a request's own
        words its ``label`` and ``placeholder`` itself."""
        self.sans.setPlaceholderText(
            placeholder or self.tr("e.g. email:amina@example.sn, dns:host.example.sn")
        )
        self._place("sans", label or self.tr("Alternative names"), self.sans)

    def add_key_type_row(self) -> None:
        self._place("key_type", self.tr("Key type"), self.key_type)

    def add_validity_row(self) -> None:
        self._place("days", self.tr("Validity"), self.days)

    def _place(self, row: str, label: str, field: QWidget) -> None:
        self.form.addRow(label, field)
        self._placed.add(row)

    # --- following the profile --------------------------------------------------------------
    def profile_name(self) -> str:
        return str(self.profile.currentData() or "")

    def apply_profile(self, text: api.ProfileText, preferred_key: str | None = None) -> None:
        """Offer what profile ``text`` allows: its key types (``preferred_key`` chosen if
        allowed), its longest validity, its subject fields."""
        fill_key_types(self.key_type, text, preferred_key, pkcs12=self.pkcs12)
        if "days" in self._placed or self.ca_validity:
            self.days.setMaximum(text.max_days)
            if self.ca_validity:
                self.days.setValue(text.default_days)
        if "subject" in self._placed:
            self.subject.set_profile(text)

    # --- what is wrong ----------------------------------------------------------------------
    def san_list(self) -> list[str]:
        return [s.strip() for s in self.sans.text().split(",") if s.strip()]

    def ca_problem(self) -> str | None:
        """No CA here can issue (none yet, or none with its key)."""
        if not self.ca.currentData():
            return self.tr("no CA here can issue: create a CA first")
        return None

    def request_problem(self, profile: str | None = None) -> str | None:
        """Why issuance would refuse this subject, key type (and names, when asked here) under
        ``profile`` (the chosen one by default), in the engine's words."""
        sans = self.san_list() if "sans" in self._placed else []
        try:
            api.check_request(
                self.ws,
                profile or self.profile_name(),
                self.subject.subject(),
                selected_key_type(self.key_type),
                sans,
            )
        except IDToolkitError as exc:
            return error_text(exc)
        return None
