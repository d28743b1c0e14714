"""``make screenshots``: render the main window and every dialog offscreen, with a small demo
PKI loaded, to PNG files a reviewer can look at. Prints the directory."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from gui import workers

DEMO_PASSPHRASE = b"demo passphrase - not for real use"


GIVEN = ("Awa", "Moussa", "Fatou", "Cheikh", "Aissatou", "Mamadou", "Khady", "Ousmane", "Mariama")
FAMILY = ("Ndiaye", "Diop", "Sarr", "Ba", "Faye", "Gueye", "Sy", "Cisse")


def issue_citizens(ws, ca: str, count: int) -> None:  # type: ignore[no-untyped-def]
    """Enough real certificates to fill the table, issued through the public API like any
    officer's (bench/ stays a dev tool the app never imports); every seventh expires within
    the month, so the table shows that status too."""
    from idtoolkit import api

    for i in range(count):
        given, family = GIVEN[i % len(GIVEN)], FAMILY[(i // 3) % len(FAMILY)]
        api.issue_with_new_key(
            ws,
            ca,
            "citizen-auth",
            f"CN={given} {family},GN={given},SN={family},C=SN",
            "ec-p256",
            days=12 if i % 7 == 3 else None,
        )


def build_demo(directory: Path):  # type: ignore[no-untyped-def]
    """A two-tier PKI with a handful of certificates in every status."""
    from idtoolkit import api

    ws = api.Workspace.init(directory / "workspace", DEMO_PASSPHRASE)
    api.create_root(ws, "root", "CN=Demo National Root CA,O=Demo Government PKI,C=SN", "ec-p384")
    api.create_sub(
        ws, "issuing", "root", "CN=Demo Issuing CA 1,O=Demo Government PKI,C=SN", "ec-p256"
    )
    api.request_sub(ws, "issuing-2", "CN=Demo Issuing CA 2,O=Demo Government PKI,C=SN", "ec-p256")
    api.issue_with_new_key(
        ws,
        "issuing",
        "tls-server",
        "CN=portal.demo.gov.sn",
        "ec-p256",
        sans=["dns:www.portal.demo.gov.sn"],
    )
    api.issue_with_new_key(
        ws,
        "issuing",
        "citizen-sign",
        "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-0000001,C=SN",
        "ec-p256",
    )
    lost = api.issue_with_new_key(
        ws, "issuing", "citizen-auth", "CN=Moussa Fall,GN=Moussa,SN=Fall,C=SN", "ec-p256"
    )
    api.revoke(ws, "issuing", lost.serial, "key-compromise")
    suspended = api.issue_with_new_key(
        ws, "issuing", "citizen-auth", "CN=Ibrahima Sow,GN=Ibrahima,SN=Sow,C=SN", "ec-p256"
    )
    api.hold(ws, "issuing", suspended.serial)
    issue_citizens(ws, "issuing", 36)
    api.make_crl(ws, "issuing")
    from idtoolkit.api import acme

    acme.add_endpoint(
        ws, "portal-dev", "issuing", "tls-server", allow_suffixes=[".dev.demo.gov.sn"]
    )
    acme.add_endpoint(ws, "partners", "issuing", "tls-server", eab=True, days=30)
    return ws


def _ceremony_runner(window, work: Path):  # type: ignore[no-untyped-def]
    """The runner two steps into the training ceremony, waiting for the third confirmation."""
    from gui.views.ceremony_runner import CeremonyRunnerWindow
    from idtoolkit.apps import ceremony

    app = QApplication.instance()
    assert app is not None
    runner = window.open_ceremony(
        ceremony.example_ceremonies() / "training-root.toml", work / "ceremony"
    )
    assert isinstance(runner, CeremonyRunnerWindow)
    runner.start()
    answers = ["Aminata Ndiaye", "Walter Diop", "Cheikh Fall, Coumba Sy", "yes", "TAG-2026-17"]
    answers += ["yes"]

    def wait_for(ready: Callable[[], bool]) -> None:
        # Sleep between rounds: PySide6 6.12's processEvents() leaks a reference to None per
        # call, and a busy loop of ~100k calls crashes the interpreter at exit.
        while not ready():
            app.processEvents()
            time.sleep(0.01)

    for answer in answers:
        wait_for(runner.send_button.isEnabled)
        runner.answer.setText(answer)
        runner.send_answer()
    wait_for(lambda: runner.send_button.isEnabled() and "Publish" in runner.current.text())
    runner.resize(1280, 760)
    return runner


def save(widget: QWidget, out: Path, name: str, files: list[Path]) -> None:
    app = QApplication.instance()
    assert app is not None
    workers.settle(widget)
    widget.show()
    for _ in range(3):
        app.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    files.append(path)


def render(out: Path) -> list[Path]:
    from gui.app import create_app
    from gui.dialogs.bulk_issue import BulkIssueDialog
    from gui.dialogs.crl import CrlDialog
    from gui.dialogs.export import ExportDialog
    from gui.dialogs.import_ca import ImportCADialog
    from gui.dialogs.import_cert import ImportSignedCertDialog
    from gui.dialogs.issue_csr import IssueFromCsrDialog
    from gui.dialogs.issue_p12 import IssuePkcs12Dialog
    from gui.dialogs.new_ca import REQUEST, ROOT, SUB, NewCADialog
    from gui.dialogs.revoke import RevokeDialog
    from gui.dialogs.secrets import PassphraseDialog, PinDialog
    from gui.dialogs.service_credential import ServiceCredentialDialog
    from gui.dialogs.verify_signature import VerifySignatureDialog
    from gui.dialogs.workspace import NewWorkspaceDialog, OpenWorkspaceDialog
    from gui.main_window import MainWindow

    app = create_app([])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="idtoolkit-shots-"))
    ws = build_demo(work)
    from idtoolkit import api

    files: list[Path] = []
    window = MainWindow(ws)
    window.resize(1366, 820)
    window.select_ca("issuing")
    workers.settle(window)
    window.certificates.table.selectRow(2)
    save(window, out, "01-main-window", files)
    window.details.tabs.setCurrentIndex(1)
    save(window, out, "02-main-extensions", files)
    window.details.tabs.setCurrentIndex(4)
    window.certificates.status.setCurrentIndex(window.certificates.status.findData("revoked"))
    save(window, out, "03-main-revoked-filter-asn1", files)
    window.certificates.status.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.audit)
    window.audit.verify()

    workers.wait_all()
    app.processEvents()
    save(window, out, "04-audit-log", files)
    window.tabs.setCurrentWidget(window.certificates)
    # The table's context menu on a certificate on hold: "Release hold" is the one enabled.
    model = window.certificates.model
    assert model is not None
    held = next(i for i, row in enumerate(model.rows) if row.status == "on_hold")
    window.certificates.table.selectRow(held)
    menu = window.certificate_menu()
    save(menu, out, "05-certificate-menu-on-hold", files)
    menu.close()
    window.certificates.table.selectRow(2)

    csr_path = work / "portal2.csr"
    _demo_csr(csr_path)
    summary = window.certificates.current_summary()
    dialogs: list[tuple[str, QWidget]] = [
        ("10-first-run", NewWorkspaceDialog(work / "new", first_run=True)),
        ("11-open-workspace", OpenWorkspaceDialog(work / "workspace")),
        ("12-new-root-ca", NewCADialog(ws, ROOT)),
        ("13-new-sub-ca", NewCADialog(ws, SUB)),
        ("14-request-sub-ca", NewCADialog(ws, REQUEST)),
        ("15-import-signed-cert", ImportSignedCertDialog(ws, "issuing-2")),
        ("17-issue-pkcs12", IssuePkcs12Dialog(ws, "issuing")),
        (
            "18-revoke",
            RevokeDialog(
                ws, "issuing", summary.serial if summary else "", summary.subject if summary else ""
            ),
        ),
        ("19-crl", CrlDialog(ws, "issuing")),
        (
            "20-export-certificate",
            ExportDialog(ws, ca="issuing", serial=summary.serial if summary else None),
        ),
        ("21-export-ca", ExportDialog(ws, ca="issuing")),
        ("22-import-ca", ImportCADialog(ws)),
        ("23-passphrase", PassphraseDialog()),
        ("24-pin", PinDialog("ceremony-token-1")),
    ]
    csr_dialog = IssueFromCsrDialog(ws, "issuing")
    csr_dialog.profile.setCurrentIndex(csr_dialog.profile.findData("tls-server"))
    csr_dialog.csr_file.set_path(csr_path)
    dialogs.append(("16-issue-from-csr", csr_dialog))
    p12 = dialogs[6][1]
    assert isinstance(p12, IssuePkcs12Dialog)
    p12.profile.setCurrentIndex(p12.profile.findData("citizen-sign"))
    p12.subject.set_values(
        CN="Fatou Sow", GN="Fatou", SN="Sow", serialNumber="IDCSN-0000042", C="SN"
    )
    root = dialogs[2][1]
    assert isinstance(root, NewCADialog)
    root.name.setText("root2")
    root.subject.set_values(O="Demo Government PKI", C="Senegal")
    root.touch()  # as after the officer typed: the live check's line shows
    for name, dialog in sorted(dialogs, key=lambda d: d[0]):
        dialog.adjustSize()
        save(dialog, out, name, files)
        dialog.close()
    # The newer dialogs, each in the states an officer sees.
    people = work / "people.csv"
    _demo_people(people, 40)
    bulk = BulkIssueDialog(ws, "issuing")
    bulk.csv_file.set_path(people)
    bulk.out_dir.set_path(work / "bulk-out")
    bulk.adjustSize()
    save(bulk, out, "25-bulk-issue", files)
    bulk._set_busy(True)
    bulk.rate.show()
    bulk._progressed(1500, 4000, "212.5|11.8")
    save(bulk, out, "26-bulk-issue-running", files)
    bulk._set_busy(False)
    report = api.run_csv_job(ws, "issuing", "citizen-auth", people, work / "bulk-out")
    bulk.close()
    service = ServiceCredentialDialog(ws, "issuing")
    service.subject.set_values(O="Demo Government PKI", C="SN")
    service.adjustSize()
    save(service, out, "28-service-credential", files)
    service.kind.setCurrentIndex(service.kind.findData("ocsp"))
    service.adjustSize()
    save(service, out, "29-service-credential-ocsp", files)
    service.close()
    verify = _verify_dialog(VerifySignatureDialog, ws, work, tamper=False)
    save(verify, out, "35-verify-signature", files)
    verify.close()
    _save_report_dialogs(ws, work, report, out, files)
    _lab_views(work, out, files)
    from gui.dialogs.settings import SettingsDialog
    from gui.help import DataLocationsDialog, GuideDialog

    settings = SettingsDialog(ws)
    settings.adjustSize()
    save(settings, out, "37-settings", files)
    settings.close()
    locations = DataLocationsDialog(ws)
    locations.adjustSize()
    save(locations, out, "38-where-is-my-data", files)
    locations.close()
    guide = GuideDialog("The desktop app")
    save(guide, out, "39-guide", files)
    guide.close()
    crl = CrlDialog(ws, "issuing")
    crl.out.set_path(work / "issuing.crl")
    crl.on_success(api.make_crl(ws, "issuing"))
    crl.adjustSize()
    save(crl, out, "40-crl-published", files)
    crl.close()
    # A revoked certificate's Fields: status, revocation date and reason.
    window.certificates.status.setCurrentIndex(window.certificates.status.findData("revoked"))
    window.certificates.table.selectRow(0)
    workers.settle(window)
    window.details.tabs.setCurrentIndex(0)
    save(window, out, "41-revoked-fields", files)
    window.certificates.status.setCurrentIndex(0)
    runner = _ceremony_runner(window, work)
    save(runner, out, "42-ceremony-runner", files)
    runner.close()
    _acme_views(window, out, files, "45-acme-page")
    acme_dialog = window.open_acme_endpoint()
    workers.settle(acme_dialog)
    acme_dialog.name.setText("intranet")
    acme_dialog.suffixes.setText(".intranet.demo.gov.sn")
    acme_dialog.adjustSize()
    save(acme_dialog, out, "46-acme-add-endpoint", files)
    acme_dialog.close()
    workers.wait_all()
    window.close()
    # Right to left and the other languages: the Arabic, French and pseudo-locale renders.
    for lang in LANGUAGE_SHOTS:
        files += render_language(out / lang, lang, ws, work, report)
    from gui import language

    language.install(app, "en")
    return files


#: Languages rendered besides English: French, Arabic (right to left) and the pseudo-locale
#: (accented, 40 % longer: clipped or untranslated text shows).
LANGUAGE_SHOTS = ("fr", "ar", "pseudo")


def render_language(out: Path, lang: str, ws, work: Path, report) -> list[Path]:  # type: ignore[no-untyped-def]
    """The main window and the main dialogs in ``lang``: widgets take their texts when built,
    so each is built after the language is installed."""
    from gui import language
    from gui.dialogs.crl import CrlDialog
    from gui.dialogs.issue_csr import IssueFromCsrDialog
    from gui.dialogs.issue_p12 import IssuePkcs12Dialog
    from gui.dialogs.new_ca import ROOT, NewCADialog
    from gui.dialogs.revoke import RevokeDialog
    from gui.dialogs.service_credential import ServiceCredentialDialog
    from gui.dialogs.settings import SettingsDialog
    from gui.dialogs.workspace import NewWorkspaceDialog
    from gui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language.install(app, lang)
    ws.unlock(DEMO_PASSPHRASE)  # the previous main window closed the workspace
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    window = MainWindow(ws)
    window.resize(1366, 820)
    window.select_ca("issuing")
    workers.settle(window)
    window.certificates.table.selectRow(2)

    workers.wait_all()
    app.processEvents()
    save(window, out, "01-main-window", files)
    window.tabs.setCurrentWidget(window.audit)
    window.audit.verify()
    workers.wait_all()
    app.processEvents()
    save(window, out, "02-audit-log", files)
    window.tabs.setCurrentWidget(window.certificates)
    summary = window.certificates.current_summary()
    window.settings_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    window.language_menu.popup(window.mapToGlobal(window.rect().center()))
    save(window.language_menu, out, "03-settings-language-menu", files)
    window.language_menu.close()
    window.settings_menu.close()
    _acme_views(window, out, files, "04-acme-page")
    p12 = IssuePkcs12Dialog(ws, "issuing")
    p12.profile.setCurrentIndex(p12.profile.findData("citizen-sign"))
    p12.subject.set_values(
        CN="Fatou Sow", GN="Fatou", SN="Sow", serialNumber="IDCSN-0000042", C="SN"
    )
    service = ServiceCredentialDialog(ws, "issuing")
    service.subject.set_values(O="Demo Government PKI", C="SN")
    dialogs: list[tuple[str, QWidget]] = [
        ("10-first-run", NewWorkspaceDialog(work / "new", first_run=True)),
        ("12-new-root-ca", NewCADialog(ws, ROOT)),
        ("17-issue-pkcs12", p12),
        (
            "18-revoke",
            RevokeDialog(
                ws, "issuing", summary.serial if summary else "", summary.subject if summary else ""
            ),
        ),
        ("19-crl", CrlDialog(ws, "issuing")),
        ("28-service-credential", service),
        ("37-settings", SettingsDialog(ws)),
    ]
    csr_path = work / f"portal-{lang}.csr"
    _demo_csr(csr_path)
    csr_dialog = IssueFromCsrDialog(ws, "issuing")
    csr_dialog.profile.setCurrentIndex(csr_dialog.profile.findData("tls-server"))
    csr_dialog.csr_file.set_path(csr_path)  # the preview: what it asks, what the profile grants
    dialogs.append(("16-issue-from-csr", csr_dialog))
    for name, dialog in dialogs:
        dialog.adjustSize()
        save(dialog, out, name, files)
        dialog.close()
    _save_report_dialogs(ws, work, report, out, files)
    runner = _ceremony_runner_at_first_confirmation(work / f"ceremony-{lang}")
    save(runner, out, "42-ceremony-runner", files)
    runner.close()
    workers.wait_all()
    port = 28400 + 10 * (LANGUAGE_SHOTS.index(lang) + 1)  # a class of its own per language
    _lab_views(work / f"lab-{lang}", out, files, None if lang == language.PSEUDO else lang, port)
    window.close()
    return files


def _acme_views(window, out: Path, files: list[Path], name: str) -> None:  # type: ignore[no-untyped-def]
    """The ACME tab with the demo's endpoints, then back to the certificates."""
    window.acme.reload()
    workers.settle(window)
    window.tabs.setCurrentWidget(window.acme)
    save(window, out, name, files)
    window.tabs.setCurrentWidget(window.certificates)


def _ceremony_runner_at_first_confirmation(folder: Path):  # type: ignore[no-untyped-def]
    """The runner after the participants are named, asking the first confirmation: reached
    by the buttons' state, not by the step's words, which depend on the language. Each
    language runs the training ceremony in a workspace of its own: the English render already
    made its root in the demo workspace, and a second run there is refused."""
    from gui.views.ceremony_runner import CeremonyRunnerWindow
    from idtoolkit import api
    from idtoolkit.apps import ceremony

    app = QApplication.instance()
    assert app is not None
    ws = api.Workspace.init(folder / "workspace", DEMO_PASSPHRASE)
    script = ceremony.example_ceremonies() / "training-root.toml"
    runner = CeremonyRunnerWindow(ws, script, folder / "ceremony")
    runner.show()
    runner.start()

    def wait_for(ready: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 120
        while not ready():
            if runner.error or time.monotonic() > deadline:
                raise RuntimeError(f"the ceremony runner stopped: {runner.error or 'timeout'}")
            app.processEvents()
            time.sleep(0.01)

    for answer in ("Aminata Ndiaye", "Walter Diop", "Cheikh Fall, Coumba Sy"):
        wait_for(runner.send_button.isEnabled)
        runner.answer.setText(answer)
        runner.send_answer()
    wait_for(runner.yes_button.isEnabled)
    runner.resize(1280, 760)
    return runner


def _save_report_dialogs(ws, work: Path, report, out: Path, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """The bulk issuance report and a failed signature check: the longest texts people read."""
    from gui.dialogs.bulk_issue import BulkIssueDialog
    from gui.dialogs.verify_signature import VerifySignatureDialog

    bulk = BulkIssueDialog(ws, "issuing")
    bulk.on_success(report)
    bulk.resize(760, 660)  # adjustSize stops at 2/3 of the (offscreen) screen's height
    save(bulk, out, "27-bulk-issue-report", files)
    bulk.close()
    verify = _verify_dialog(VerifySignatureDialog, ws, work, tamper=True)
    save(verify, out, "36-verify-signature-tampered", files)
    verify.close()


def _demo_people(path: Path, count: int) -> None:
    """A ministry's CSV; one row with a bad email so the report shows an error."""
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "GN", "SN", "CN", "serialNumber", "C", "email"])
        for i in range(count):
            email = "not-an-email" if i == 6 else f"citizen{i}@demo.gov.sn"
            writer.writerow(
                [
                    f"C{i:04d}",
                    f"Awa{i}",
                    f"Ndiaye{i}",
                    f"Awa{i} Ndiaye{i}",
                    f"IDCSN-{i:07d}",
                    "SN",
                    email,
                ]
            )


def _verify_dialog(cls, ws, work: Path, tamper: bool):  # type: ignore[no-untyped-def]
    """The verify dialog after checking a real detached signature offline."""
    from cryptography.hazmat.primitives import serialization

    from idtoolkit import api
    from idtoolkit.api import signing

    folder = work / ("verify-tampered" if tamper else "verify")
    folder.mkdir(exist_ok=True)
    issued = api.issue_with_new_key(
        ws,
        "issuing",
        "citizen-sign",
        "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-0000001,C=SN",
        "ec-p256",
    )
    assert issued.pkcs12 is not None and issued.pkcs12_password is not None
    credential = api.from_pkcs12(issued.pkcs12, issued.pkcs12_password.encode())
    document = folder / "decision-2025-114.txt"
    document.write_bytes(b"Decision 2025-114: the permit is granted.\n")
    signature, _ = signing.sign_cms(document.read_bytes(), credential)
    (folder / "decision-2025-114.txt.p7s").write_bytes(signature)
    if tamper:
        document.write_bytes(b"Decision 2025-114: the permit is refused.\n")
    root = folder / "root.pem"
    root.write_bytes(api.ca_chain(ws, "root")[0].public_bytes(serialization.Encoding.PEM))
    dialog = cls()
    dialog.document.set_path(document)
    dialog.add_trust(root)
    dialog.fetch.setChecked(False)
    trust = api.load_certificates(root.read_bytes())
    dialog.on_success(signing.verify_file(document, trust, None, None, False))
    dialog.resize(820, 760)
    return dialog


def _demo_csr(path: Path) -> None:
    """A server's CSR, as a web team would send it (the test tooling side, not the GUI)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "services.demo.gov.sn")]))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("services.demo.gov.sn")]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))


def _lab_views(
    work: Path, out: Path, files: list[Path], lang: str | None = None, port: int = 28400
) -> None:
    """The Lab panel as a student sees it after a check, and the trainer's graded grid; with
    ``lang``, every student of the class reads the pack in that language."""
    from gui.views.lab_panel import LabPanel
    from idtoolkit.apps import labs

    work.mkdir(parents=True, exist_ok=True)
    roster = work / "roster.csv"
    langs = ("fr", "en", "en") if lang is None else (lang, lang, lang)
    roster.write_text(
        "id,name,lang\n"
        f"awa,Awa Diop,{langs[0]}\nkofi,Kofi Mensah,{langs[1]}\nlina,Lina Haddad,{langs[2]}\n",
        "utf-8",
    )
    lab = labs.create_class("pki-basics", roster, work / "class", base_port=port)
    labs.solve(lab, "awa")
    labs.solve(lab, "kofi", "hierarchy")
    labs.solve(lab, "kofi", "tls")
    student = LabPanel()
    student.resize(1200, 720)
    student.open_path(lab.student_dir("kofi") / "workspace")
    student.check()
    workers.wait_all()
    QApplication.processEvents()
    save(student, out, "43-lab-student", files)
    student.close()
    trainer = LabPanel()
    trainer.resize(1000, 360)
    trainer.open_path(lab.directory)
    trainer.grade()
    workers.wait_all()
    QApplication.processEvents()
    save(trainer, out, "44-lab-trainer", files)
    trainer.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots")
    files = render(out.resolve())
    print(f"Screenshots in {out.resolve()}:")
    for path in files:
        print(f"  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
