"""Every word in the user's language (issue 24): the desktop app opened the way an Arabic- and a
French-speaking officer would see it, every window, page and dialog the menus and toolbar
reach, with a two-tier PKI holding a revoked certificate, the Lab panel, the ceremony runner,
Settings and the Help guide. Every text a user reads is collected (labels, buttons, headers,
cells, tooltips, placeholders, combo items, window titles) and an English word in it fails the
test (:mod:`tests.gui.language_scan` says what counts as English and what is data). In Arabic,
every date, time, path and DN must also read left to right (:mod:`tests.gui.test_rtl_data`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from gui import language
from idtoolkit import api
from idtoolkit.apps import ceremony, labs
from tests.lab_helpers import free_base_port, own_softhsm, write_roster

from .conftest import run_job, settle, show_certificate
from .language_scan import Seen, english_words, texts
from .test_rtl_data import ISSUING_DN, ROOT_DN, data_laid_out_right_to_left

SHIPPED_CEREMONIES = ceremony.example_ceremonies()

#: Names the test PKI and its files carry: data, whatever language they are in.
DATA_WORDS = (
    "Root CA",
    "Issuing CA 1",
    "Issuing CA",
    "portal.gov.ma",
    "Amina Diallo",
    "Amina",
    "Diallo",
    "Aminata Ndiaye",
    "Walter Diop",
    "Cheikh Fall",
    "Coumba Sy",
    "TAG-2026-17",
    "Decision",
    "Alice Adeyemi",
    "Alice",
    "Adeyemi",
    "Bérénice Ba",
    "training-root",
    "Training Root CA",
    "ID Toolkit",
    "SoftHSM",
    "root",
    "issuing",
)

#: The words a ceremony's participants type, the same in every language as a command is (the
#: transcript records them; the prompt, in the user's language, says which to type): taken out
#: only where quoted, as the prompts quote them.
TYPED_KEYWORDS: tuple[str, ...] = (r"'yes'", r"'names'", r"'exception: ", r"'stop'")


def _allowed(text: str) -> str:
    for pattern in TYPED_KEYWORDS:
        text = re.sub(pattern, " ", text)
    return text


#: The ceremony script's hash read aloud as BIP-39 words: English words by design, data.
HASH_WORDS = tuple(
    ceremony.hash_words(
        ceremony.load_ceremony_script(SHIPPED_CEREMONIES / "training-root.toml").sha256
    )
)
#: The lab pack's exercise ids, shown as they are (like profile ids).
EXERCISE_IDS = ("hierarchy", "tls", "revoke", "ocsp", "audit")


def english_in(seen: list[Seen], lang: str) -> list[str]:
    found: list[str] = []
    for item in seen:
        words = english_words(_allowed(item.text), lang, (*DATA_WORDS, *HASH_WORDS, *EXERCISE_IDS))
        if words:
            found.append(f"{item.where}: {words} in {item.text[:700]!r}")
    return found


@pytest.fixture(params=["ar", "fr"])
def lang(request, qapp: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    assert language.install(qapp, request.param) == request.param
    yield request.param
    language.install(qapp, "en")


@pytest.fixture
def scan_pki(gui_ws: api.Workspace) -> api.Workspace:
    api.create_root(gui_ws, "root", ROOT_DN, "ec-p256")
    api.create_sub(gui_ws, "issuing", "root", ISSUING_DN, "ec-p256")
    lost = api.issue_with_new_key(
        gui_ws, "issuing", "citizen-auth", "CN=Amina Diallo,GN=Amina,SN=Diallo,C=MA", "ec-p256"
    )
    api.revoke(gui_ws, "issuing", lost.serial, "key-compromise")
    api.issue_with_new_key(
        gui_ws, "issuing", "tls-server", "CN=portal.gov.ma", "ec-p256", sans=["dns:portal.gov.ma"]
    )
    api.make_crl(gui_ws, "issuing")
    return gui_ws


class Scan:
    """The problems found so far, view by view."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.problems: list[str] = []
        self.views: list[str] = []

    def look(self, name: str, widget: QWidget) -> None:
        self.views.append(name)
        found = english_in(texts(widget), self.lang)
        if self.lang == "ar":
            found += [f"right to left: {p}" for p in data_laid_out_right_to_left(widget)]
        self.problems += [f"[{self.lang}] {name}: {p}" for p in found]


def _csr(path: Path) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "portal.gov.ma")]))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("portal.gov.ma")]), False)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return path


def _open(qtbot, scan: Scan, name: str, make: Callable[[], QWidget | None]) -> QWidget | None:  # type: ignore[no-untyped-def]
    widget = make()
    if widget is None:
        scan.problems.append(f"[{scan.lang}] {name}: did not open")
        return None
    qtbot.addWidget(widget)
    widget.show()
    if hasattr(widget, "loading"):
        settle(qtbot, widget)
    QApplication.processEvents()
    scan.look(name, widget)
    return widget


def _look_at_reports(qtbot, scan: Scan, ws: api.Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The longest texts people read: the verify report of a valid and of a tampered
    signature, and a bulk issuance report with a bad row (as ``make screenshots`` makes them)."""
    from gui import screenshots
    from gui.dialogs.bulk_issue import BulkIssueDialog
    from gui.dialogs.verify_signature import VerifySignatureDialog

    for tamper in (False, True):
        dialog = screenshots._verify_dialog(VerifySignatureDialog, ws, tmp_path, tamper=tamper)
        qtbot.addWidget(dialog)
        dialog.show()
        scan.look("verify report" + (" (tampered)" if tamper else ""), dialog)
        dialog.close()
    people = tmp_path / "people.csv"
    screenshots._demo_people(people, 8)
    report = api.run_csv_job(ws, "issuing", "citizen-auth", people, tmp_path / "bulk-out")
    bulk = BulkIssueDialog(ws, "issuing")
    qtbot.addWidget(bulk)
    bulk.show()
    settle(qtbot, bulk)
    bulk.on_success(report)
    scan.look("bulk issue report", bulk)
    bulk.close()


def test_every_view_speaks_the_users_language(  # type: ignore[no-untyped-def]
    qtbot, lang, scan_pki, tmp_path: Path
) -> None:
    from gui.help import GuideDialog
    from gui.main_window import MainWindow

    scan = Scan(lang)
    window = MainWindow(scan_pki)
    qtbot.addWidget(window)
    window.show()
    show_certificate(qtbot, window)
    scan.look("main window", window)
    revoked = next(
        c
        for c in api.page_certificates(scan_pki, api.CertFilter(), 0, 10, False)
        if c.status == "revoked"
    )
    window._show_certificate(revoked.serial, "issuing")
    qtbot.waitUntil(lambda: window.details.fields.topLevelItemCount() > 9, timeout=10_000)
    for tab in range(window.details.tabs.count()):
        window.details.tabs.setCurrentIndex(tab)
        if window.details.tabs.widget(tab) in (window.details.pem, window.details.asn1):
            continue  # the certificate's encoding: data through and through
        scan.look(f"details tab {tab}", window.details)
    window.details.tabs.setCurrentIndex(0)
    window.select_ca("issuing")
    settle(qtbot, window)
    scan.look("CA details", window.details)
    for page in (window.audit, window.tokens):
        window.tabs.setCurrentWidget(page)
        settle(qtbot, window)
        scan.look(f"page {type(page).__name__}", page)
    window.tabs.setCurrentWidget(window.audit)
    window.verify_audit()
    qtbot.wait(500)
    settle(qtbot, window)
    scan.look("audit verified", window.audit)
    window.tabs.setCurrentWidget(window.certificates)
    window.select_ca("issuing")
    settle(qtbot, window)
    window.certificates.table.selectRow(0)
    settle(qtbot, window)
    scan.look("certificate menu", window.certificate_menu())

    openers: list[tuple[str, Callable[[], QWidget | None]]] = [
        ("new root CA", lambda: window.open_new_ca("root")),
        ("new sub-CA", lambda: window.open_new_ca("sub")),
        ("request sub-CA", lambda: window.open_new_ca("request")),
        ("import signed CA certificate", window.open_import_cert),
        ("import CRL", window.open_import_crl),
        ("import CA", window.open_import_ca),
        ("export CA", window.open_export_ca),
        ("publish CRL", window.open_crl),
        ("service credential", window.open_service_credential),
        ("validation settings", window.open_validation),
        ("issue from CSR", window.open_issue_csr),
        ("issue PKCS#12", window.open_issue_p12),
        ("bulk issue", window.open_bulk_issue),
        ("revoke", window.open_revoke),
        ("export certificate", window.open_export_cert),
        ("verify a signature", window.open_verify_signature),
        ("workspace settings", window.open_settings),
        ("where is my data", window.open_locations),
        ("new workspace", window.new_workspace),
        ("open workspace", window.open_workspace),
    ]
    for name, opener in openers:
        settle(qtbot, window)  # a finished job refreshes the table: select again, as a user would
        window.certificates.table.selectRow(0)
        settle(qtbot, window)
        dialog = opener()
        if dialog is None:
            summary = window.certificates.current_summary()
            scan.problems.append(f"[{lang}] {name}: did not open ({summary})")
            continue
        if hasattr(dialog, "loading"):
            settle(qtbot, dialog)
        QApplication.processEvents()
        scan.look(name, dialog)
        if name == "issue from CSR":
            dialog.profile.setCurrentIndex(dialog.profile.findData("tls-server"))
            dialog.csr_file.set_path(_csr(tmp_path / "portal.csr"))
            qtbot.wait(300)
            settle(qtbot, dialog)
            scan.look("issue from CSR with a preview", dialog)
        if name == "publish CRL":
            dialog.out.set_path(tmp_path / "issuing.crl")
            assert run_job(qtbot, dialog), dialog.error
            scan.look("CRL published", dialog)
        dialog.close()
    from PySide6.QtWidgets import QMessageBox

    window.about()
    about = window.findChildren(QMessageBox)[-1]
    scan.look("about", about)
    about.close()
    _look_at_reports(qtbot, scan, scan_pki, tmp_path)
    for title in ("The desktop app", "What works today", "A two-tier PKI from the command line"):
        guide = window.open_guide(title)
        assert isinstance(guide, GuideDialog)
        scan.look(f"guide: {title}", guide)
        guide.close()
    from gui.dialogs.secrets import PassphraseDialog, PinDialog

    _open(qtbot, scan, "passphrase", PassphraseDialog)
    _open(qtbot, scan, "PIN", lambda: PinDialog("ceremony-token-1"))
    from gui.team import ApprovalsDialog, OperatorsDialog, SignInDialog

    for name, cls in (
        ("sign in", SignInDialog),
        ("approvals", ApprovalsDialog),
        ("operators", OperatorsDialog),
    ):
        _open(qtbot, scan, name, lambda cls=cls: cls(scan_pki))
    runner = window.open_ceremony(SHIPPED_CEREMONIES / "training-root.toml", tmp_path / "ceremony")
    assert runner is not None
    scan.look("ceremony runner", runner)
    runner.start()
    for answer in ("Aminata Ndiaye", "Walter Diop", "Cheikh Fall, Coumba Sy"):
        qtbot.waitUntil(runner.send_button.isEnabled, timeout=30_000)
        runner.answer.setText(answer)
        runner.send_answer()
    qtbot.waitUntil(runner.yes_button.isEnabled, timeout=30_000)
    scan.look("ceremony runner at a confirmation", runner)
    runner.close()
    window.close()
    import os

    if os.environ.get("SCAN_OUT"):
        Path(os.environ["SCAN_OUT"] + f".{lang}").write_text("\n".join(sorted(set(scan.problems))))
    assert not scan.problems, f"{len(scan.problems)} problems:\n" + "\n".join(scan.problems)


def test_the_lab_panel_speaks_the_users_language(qtbot, lang, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A student's panel after a check, and the trainer's graded grid."""
    from gui.views.lab_panel import LabPanel

    scan = Scan(lang)
    roster = f"id,name,lang\nalice,Alice Adeyemi,{lang}\nbob,Bérénice Ba,{lang}\n"
    with own_softhsm():
        lab = labs.create_class(
            "pki-basics",
            write_roster(tmp_path, roster),
            tmp_path / "class",
            base_port=free_base_port(),
        )
        labs.solve(lab, "alice", "hierarchy")
        student = LabPanel()
        qtbot.addWidget(student)
        student.show()
        assert student.open_path(lab.student_dir("alice") / "workspace")
        scan.look("lab panel (student)", student)
        student.check()
        qtbot.waitUntil(lambda: student.results.topLevelItemCount() > 0, timeout=60_000)
        scan.look("lab panel (student, checked)", student)
        trainer = LabPanel()
        qtbot.addWidget(trainer)
        trainer.show()
        assert trainer.open_path(Path(lab.directory))
        graded: list[object] = []
        shown, trainer._graded = trainer._graded, lambda g: (graded.append(g), shown(g))  # type: ignore[method-assign]
        trainer.grade()
        # Until the grading worker is done: it binds the class's SoftHSM, which must happen
        # inside own_softhsm() or the later token tests of this process see the class's tokens.
        qtbot.waitUntil(lambda: bool(graded), timeout=120_000)
        qtbot.wait(200)
        scan.look("lab panel (trainer, graded)", trainer)
    import os

    if os.environ.get("SCAN_OUT"):
        Path(os.environ["SCAN_OUT"] + f".lab.{lang}").write_text(
            "\n".join(sorted(set(scan.problems)))
        )
    assert not scan.problems, f"{len(scan.problems)} problems:\n" + "\n".join(scan.problems)


def test_the_guide_has_every_section_in_every_language() -> None:
    """The Help menu opens a section by its place: every language's guide has them all, in
    the same order, with the same commands."""
    from gui.help import GUIDE_DIR, GUIDE_SECTIONS, guide_sections
    from gui.i18n.catalogues import SHIPPED

    english = guide_sections("en")
    commands = [
        line
        for _title, text in english
        for line in text.splitlines()
        if line.startswith("idtoolkit ")
    ]
    assert commands
    for lang in SHIPPED:
        assert (GUIDE_DIR / f"{lang}.md").is_file(), lang
        sections = guide_sections(lang)
        assert len(sections) == len(GUIDE_SECTIONS), lang
        shown = [line for _title, text in sections for line in text.splitlines()]
        assert all(command in shown for command in commands), lang
