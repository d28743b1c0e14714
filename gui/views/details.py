"""The details pane: fields, extensions in plain words, the chain, PEM and an ASN.1 dump of
the selected certificate or CA. Everything shown comes as text from the engine
(:class:`idtoolkit.api.CertificateText`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.bidi import ltr
from gui.errors import engine_text
from idtoolkit import api

#: The field labels the engine and the main window send, translated at display time.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("DetailsPane", "Subject"),
    QT_TRANSLATE_NOOP("DetailsPane", "Issuer"),
    QT_TRANSLATE_NOOP("DetailsPane", "Serial"),
    QT_TRANSLATE_NOOP("DetailsPane", "Valid from"),
    QT_TRANSLATE_NOOP("DetailsPane", "Valid until"),
    QT_TRANSLATE_NOOP("DetailsPane", "Key"),
    QT_TRANSLATE_NOOP("DetailsPane", "Signature"),
    QT_TRANSLATE_NOOP("DetailsPane", "SHA-256"),
    QT_TRANSLATE_NOOP("DetailsPane", "CA"),
    QT_TRANSLATE_NOOP("DetailsPane", "Profile"),
    QT_TRANSLATE_NOOP("DetailsPane", "Key store"),
    QT_TRANSLATE_NOOP("DetailsPane", "Status"),
    QT_TRANSLATE_NOOP("DetailsPane", "Issued by CA"),
    QT_TRANSLATE_NOOP("DetailsPane", "Revoked on"),
    QT_TRANSLATE_NOOP("DetailsPane", "On hold since"),
    QT_TRANSLATE_NOOP("DetailsPane", "Reason"),
)
#: Values that read left to right in any language (hex, ISO dates): always isolated.
LTR_FIELDS = frozenset({"Serial", "Valid from", "Valid until", "SHA-256"})
#: Further data (DNs in RDN order, dates, algorithm, CA and profile names), isolated in a
#: right-to-left layout so Arabic does not reorder them.
RTL_DATA_FIELDS = frozenset(
    {
        "Subject",
        "Issuer",
        "Signature",
        "CA",
        "Profile",
        "Issued by CA",
        "Revoked on",
        "On hold since",
    }
)
#: Revocation reasons: the RFC 5280 names the engine sends, said in the user's language
#: (English keeps the names officers and the CLI use).
REASON_NAMES = {
    "unspecified": QT_TRANSLATE_NOOP("DetailsPane", "unspecified"),
    "key-compromise": QT_TRANSLATE_NOOP("DetailsPane", "key-compromise"),
    "ca-compromise": QT_TRANSLATE_NOOP("DetailsPane", "ca-compromise"),
    "affiliation-changed": QT_TRANSLATE_NOOP("DetailsPane", "affiliation-changed"),
    "superseded": QT_TRANSLATE_NOOP("DetailsPane", "superseded"),
    "cessation-of-operation": QT_TRANSLATE_NOOP("DetailsPane", "cessation-of-operation"),
    "certificate-hold": QT_TRANSLATE_NOOP("DetailsPane", "certificate-hold"),
    "remove-from-crl": QT_TRANSLATE_NOOP("DetailsPane", "remove-from-crl"),
    "privilege-withdrawn": QT_TRANSLATE_NOOP("DetailsPane", "privilege-withdrawn"),
    "aa-compromise": QT_TRANSLATE_NOOP("DetailsPane", "aa-compromise"),
}


def _mono() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class DetailsPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; padding: 4px;")
        layout.addWidget(self.title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.fields = QTreeWidget()
        self.fields.setColumnCount(2)
        self.fields.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.fields.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.setWordWrap(True)
        self.fields.setRootIsDecorated(False)
        # Room above each row: French capitals with accents ("Émis par l'AC", "État") touched
        # the row above at the style's tight default height.
        self.fields.setStyleSheet("QTreeWidget::item { padding-top: 3px; padding-bottom: 1px; }")
        self.extensions = QTreeWidget()
        self.extensions.setHeaderLabels([self.tr("Extension"), self.tr("Meaning")])
        self.extensions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.extensions.setRootIsDecorated(False)
        self.chain = QTreeWidget()
        self.chain.setHeaderLabels([self.tr("Chain, from this certificate up to the root")])
        self.pem = QPlainTextEdit()
        self.asn1 = QPlainTextEdit()
        for text in (self.pem, self.asn1):
            text.setReadOnly(True)
            text.setFont(_mono())
            text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # PEM and ASN.1, always
        self.tabs.addTab(self.fields, self.tr("Fields"))
        self.tabs.addTab(self.extensions, self.tr("Extensions"))
        self.tabs.addTab(self.chain, self.tr("Chain"))
        self.tabs.addTab(self.pem, self.tr("PEM"))
        self.tabs.addTab(self.asn1, self.tr("ASN.1"))
        self.current: api.CertificateText | None = None
        self.show_text(None)

    def show_text(
        self, text: api.CertificateText | None, extra: list[tuple[str, str]] | None = None
    ) -> None:
        """Show ``text`` (None: a hint what to select). ``extra`` adds rows such as the
        status or the revocation reason that are not in the certificate."""
        self.current = text
        for tree in (self.fields, self.extensions, self.chain):
            tree.clear()
        if text is None:
            self.title.setText(self.tr("Select a CA or a certificate to see its details."))
            self.pem.clear()
            self.asn1.clear()
            return
        self.title.setText(ltr(text.subject))
        for label, text_value in [*(extra or []), *text.fields]:
            value = engine_text(text_value)  # a message (the key's algorithm) in the language
            if label == "Reason" and value in REASON_NAMES:
                shown = self.tr(str(REASON_NAMES[value]))
            else:
                rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                data = label in LTR_FIELDS or (rtl and label in RTL_DATA_FIELDS)
                shown = ltr(value) if data else value
            self.fields.addTopLevelItem(QTreeWidgetItem([self.tr(label), shown]))
        for sentence in text.extensions:
            parts = getattr(sentence, "params", {})  # a message: its name and meaning, said
            if "name" in parts and "meaning" in parts:  # in the app's language
                name, meaning = engine_text(parts["name"]), engine_text(parts["meaning"])
            else:
                name, _, meaning = sentence.partition(": ")
            self.extensions.addTopLevelItem(QTreeWidgetItem([name, meaning]))
        parent: QTreeWidgetItem | None = None
        for subject in reversed(text.chain):  # root at the top, this certificate deepest
            item = QTreeWidgetItem([ltr(subject)])
            if parent is None:
                self.chain.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parent = item
        self.chain.expandAll()
        self.pem.setPlainText(text.pem)
        self.asn1.setPlainText(text.asn1)

    def show_message(self, message: str) -> None:
        self.show_text(None)
        self.title.setText(message)
