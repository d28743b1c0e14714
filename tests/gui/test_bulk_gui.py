"""Bulk issuance through its dialog: a CSV of people becomes PKCS#12 files, PIN letters and a
report with the bad rows by line; a job cancelled midway stops after a batch, and running it
again on the same output folder finishes it with each row issued exactly once."""

from __future__ import annotations

import csv
from pathlib import Path

from cryptography.hazmat.primitives.serialization import pkcs12
from PySide6.QtCore import Qt
from sqlalchemy import select

from gui.widgets.fields import select_key_type
from idtoolkit import api
from idtoolkit.store.models import CertificateRecord

from .conftest import run_job, settle


def write_people(path: Path, count: int, bad_line: int | None = None) -> None:
    """Rows P000...; the row on ``bad_line`` (file line number) has an invalid email."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "GN", "SN", "CN", "serialNumber", "C", "email"])
        for i in range(count):
            email = "not-an-email" if i + 2 == bad_line else f"person{i}@gov.sn"
            writer.writerow(
                [
                    f"P{i:03d}",
                    f"Awa{i}",
                    f"Ndiaye{i}",
                    f"Awa{i} Ndiaye{i}",
                    f"IDCSN-{i:07d}",
                    "SN",
                    email,
                ]
            )


def request_refs(ws: api.Workspace) -> list[str]:
    with ws.store.reading() as session:
        return [
            ref
            for ref in session.execute(select(CertificateRecord.request_ref)).scalars()
            if ref and ref.startswith("bulk:")
        ]


def open_bulk(qtbot, window, csv_path: Path, out: Path, batch: int = 500):  # type: ignore[no-untyped-def]
    dialog = window.open_bulk_issue()
    settle(qtbot, dialog)
    dialog.ca.setCurrentIndex(dialog.ca.findData("issuing"))
    dialog.profile.setCurrentIndex(dialog.profile.findData("citizen-auth"))
    select_key_type(dialog.key_type, "ec-p256")
    dialog.csv_file.set_path(csv_path)
    dialog.out_dir.set_path(out)
    dialog.batch.setValue(batch)
    return dialog


def test_bulk_issue_writes_credentials_and_reports_the_bad_row(
    qtbot, window, gui_pki, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    people = tmp_path / "people.csv"
    write_people(people, 4, bad_line=4)
    out = tmp_path / "out"
    dialog = open_bulk(qtbot, window, people, out)
    assert "resumes" in dialog.resume_note.text()  # the dialog says a re-run resumes
    assert run_job(qtbot, dialog), dialog.error
    report = dialog.result_value
    assert report.issued == 3 and not report.cancelled
    assert [(e.line, e.row_id) for e in report.errors] == [(4, "P002")]
    text = dialog.report.toPlainText()
    assert "line 4 (id P002)" in text and "not a mailbox address" in text
    assert str(out / "pin-letters.html") in text and str(out / "credentials") in text
    assert dialog.last_progress == (3, 3)  # the real bar: rows done of rows to do
    letters = list(csv.DictReader((out / "pin-letters.csv").open()))
    assert [row["id"] for row in letters] == ["P000", "P001", "P003"]
    assert sorted(p.name for p in (out / "credentials").iterdir()) == [
        "P000.p12",
        "P001.p12",
        "P003.p12",
    ]
    key, cert, chain = pkcs12.load_key_and_certificates(
        (out / "credentials" / letters[2]["p12"]).read_bytes(), letters[2]["password"].encode()
    )
    assert key is not None and cert is not None
    assert "Awa3 Ndiaye3" in cert.subject.rfc4514_string()
    cert.verify_directly_issued_by(chain[0])
    for letter in letters:  # the passwords are in the PIN letters only, never on screen
        assert letter["password"] not in text
    # The job is named by its rows and folder, not its file name alone (issue 26).
    assert report.job.startswith("people-")
    assert sorted(request_refs(window.ws)) == [f"bulk:{report.job}:P00{i}" for i in (0, 1, 3)]
    # The table shows the new certificates once the job finished.
    window.select_ca("issuing")
    settle(qtbot, window)
    assert window.certificates.model.rowCount() == 3


def test_bulk_issue_refuses_a_missing_csv_and_issues_nothing(
    qtbot, window, gui_pki, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_bulk(qtbot, window, tmp_path / "missing.csv", tmp_path / "out")
    dialog.accept()
    assert dialog.worker is None
    assert "does not exist" in (dialog.error or "")
    assert not (tmp_path / "out").exists() and request_refs(window.ws) == []


def test_cancel_stops_after_a_batch_and_a_rerun_issues_each_row_once(
    qtbot, window, gui_pki, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from idtoolkit.ca import bulk_helper

    # One batch at a time with the helper that writes them: with eight out, all eight of this
    # small job's batches are handed over before the first is reported, and the cancel comes
    # when nothing is left to stop.
    monkeypatch.setattr(bulk_helper, "IN_FLIGHT", 1)
    people = tmp_path / "people.csv"
    write_people(people, 24)
    out = tmp_path / "out"
    dialog = open_bulk(qtbot, window, people, out, batch=3)
    with qtbot.waitSignal(dialog.job_finished, timeout=60_000):
        dialog.accept()
        worker = dialog.worker
        # Cancel as the first batch is reported, on the worker's own thread, so the stop is
        # deterministic (the button does the same: Worker.cancel); then press the button too.
        worker.signals.progress.connect(
            lambda *_a: worker.cancel(), Qt.ConnectionType.DirectConnection
        )
        qtbot.waitUntil(lambda: dialog.last_progress[0] > 0, timeout=30_000)
        if dialog.worker is not None:
            dialog.reject()  # while running: asks the job to stop, the dialog stays open
    first = dialog.result_value
    assert first.cancelled and 0 < first.issued < 24
    assert dialog.isVisible() and dialog.ok_button.text() == "Resume"
    assert "CANCELLED" in dialog.report.toPlainText()
    assert len(request_refs(window.ws)) == first.issued
    assert len(list((out / "credentials").iterdir())) == first.issued

    assert run_job(qtbot, dialog), dialog.error  # Resume: the same dialog, the same folder
    second = dialog.result_value
    assert not second.cancelled
    assert second.already_issued == first.issued
    assert first.issued + second.issued == 24
    refs = request_refs(window.ws)
    assert len(refs) == len(set(refs)) == 24  # each row exactly once
    letters = list(csv.DictReader((out / "pin-letters.csv").open()))
    assert [row["id"] for row in letters] == [f"P{i:03d}" for i in range(24)]
    assert len(list((out / "credentials").iterdir())) == 24
    assert dialog.ok_button.text() == "Run again"
