"""Bulk issuance from a CSV of people: a key, a certificate and a PKCS#12 per row.

The engine job (:func:`idtoolkit.api.run_csv_job`) commits in batches; the progress bar shows
rows done of the rows still to issue, the rate and the time left; Cancel stops after the batch
in hand is committed and delivered. Running the job again on the same CSV and output folder
resumes it: rows already issued are skipped, so each row is issued exactly once.

The PKCS#12 passwords are written by the engine to ``pin-letters.csv`` in the output folder (for
printing PIN letters); they are never shown, logged or kept by this dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox, QWidget

from gui import language, workers
from gui.bidi import ltr
from gui.dialogs.base import JobDialog, mark_input
from gui.errors import engine_text
from gui.widgets.fields import FileField, check_input, selected_key_type
from gui.widgets.request_form import RequestForm
from idtoolkit import api


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class BulkIssueDialog(JobDialog):
    def __init__(
        self, ws: api.Workspace, ca: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, self.tr("Bulk issuance from a CSV file"), parent)
        self.setMinimumWidth(720)
        self.set_intro(
            self.tr(
                "Each row of the CSV gets a new key, a certificate and a PKCS#12 file with its own "
                "random password. The header names the columns: id (unique), subject attributes "
                "(CN, GN, SN, serialNumber, O, OU, C…) and alternative names (email, dns, ip; "
                "several separated by ';'). Bad rows are reported with their line number and "
                "the others are issued."
            )
        )
        self.request = rows = RequestForm(self, self.form, ws, pkcs12=True)
        rows.add_ca_row(select=ca)
        rows.add_profile_row("citizen-auth")
        self.csv_file = FileField(filter_text=self.tr("CSV files (*.csv);;All files (*)"))
        self.form.addRow(self.tr("CSV of people *"), self.csv_file)
        rows.add_key_type_row()
        self.ca, self.profile, self.key_type = rows.ca, rows.profile, rows.key_type
        self.out_dir = FileField(directory=True)
        self.form.addRow(self.tr("Output folder *"), self.out_dir)
        self.batch = QSpinBox()
        self.batch.setRange(1, 100_000)
        self.batch.setValue(500)
        self.batch.setSuffix(self.tr(" rows"))
        self.batch.setToolTip(
            self.tr("Rows signed and saved together; Cancel stops at the end of a batch.")
        )
        self.form.addRow(self.tr("Commit every"), self.batch)
        self.resume_note = QLabel(
            self.tr(
                "Interrupted or cancelled? Run it again with the same CSV and output folder: it "
                "resumes where it stopped, and each row is issued exactly once."
            )
        )
        self.resume_note.setWordWrap(True)
        self.resume_note.setStyleSheet("color: #3c4043;")
        self.outer.insertWidget(self.outer.indexOf(self.hint), self.resume_note)
        self.rate = QLabel()  # rows per second and time left, while running
        self.rate.hide()
        self.outer.insertWidget(self.outer.indexOf(self.progress) + 1, self.rate)
        self.report = QPlainTextEdit()  # the job's report, after it ran
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setMinimumHeight(150)
        self.report.hide()
        self.outer.insertWidget(self.outer.indexOf(self.buttons), self.report, 1)
        self.ok_button.setText(self.tr("Issue"))
        #: The last progress seen (done, total): tests and the report read it.
        self.last_progress: tuple[int, int] = (0, 0)
        mark_input(self.ca, self.profile, self.csv_file, self.key_type, self.out_dir, self.batch)
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self._profile_changed()

    def _profile_changed(self) -> None:
        name = self.profile.currentData()
        if not name:
            return
        self.request.apply_profile(api.describe_profile(self.ws, name))

    def validate(self) -> str | None:
        if problem := self.request.ca_problem():
            return problem
        if not self.profile.currentData():
            return self.tr("choose a profile")
        problem = check_input(self.csv_file.path(), self.tr("CSV"))
        if problem:
            return problem
        out = self.out_dir.path()
        if out is None:
            return self.tr("choose the output folder")
        if out.exists() and not out.is_dir():
            return self.tr("%1 is a file: choose a folder").replace("%1", str(out))
        if not out.exists() and not out.parent.is_dir():
            return self.tr("folder %1 does not exist").replace("%1", str(out.parent))
        return None

    def make_job(self) -> workers.Job:
        ws, ca, profile = self.ws, self.ca.currentData(), self.profile.currentData()
        csv_path, out = self.csv_file.path(), self.out_dir.path()
        assert csv_path is not None and out is not None
        key, batch = selected_key_type(self.key_type), self.batch.value()
        self.report.hide()
        self.hint.setStyleSheet("color: #b00020;")
        self.rate.setText(self.tr("Reading the CSV and checking every row…"))
        self.rate.show()
        self.progress.setRange(0, 0)
        self.progress.resetFormat()
        self.last_progress = (0, 0)
        letters_language = language.current_language()

        def job(p: workers.Progress) -> api.JobReport:
            def report(state: api.BulkProgress) -> None:
                eta = state.eta_seconds
                # done, total, then "rate|eta" in plain numbers: the UI thread words them.
                p.emit(state.done, state.total, f"{state.rate:.1f}|{'' if eta is None else eta}")

            return api.run_csv_job(
                ws,
                ca,
                profile,
                csv_path,
                out,
                key=key,
                commit_every=batch,
                progress=report,
                cancelled=lambda: p.cancelled,
                language=letters_language,
            )

        return job

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.last_progress = (done, total)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %n row(s)", "", total).replace("%1", str(done)))
        rate, _, eta = text.partition("|")
        line = self.tr("%1 rows per second").replace("%1", f"{float(rate or 0):,.1f}")
        if eta:
            line += " · " + self.tr("about %1 left").replace("%1", _duration(float(eta)))
        self.rate.setText(line)

    def reject(self) -> None:
        if self.worker is not None:
            self.rate.setText(self.tr("Stopping after the current batch…"))
        super().reject()

    def on_success(self, result: Any) -> None:
        report: api.JobReport = result
        self.rate.hide()
        self.report.setPlainText(self.report_text(report))
        self.report.show()
        self.buttons.button(self.buttons.StandardButton.Cancel).setEnabled(True)
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))
        if report.cancelled:
            self.hint.setStyleSheet("color: #8a5300;")
            self.hint.setText(
                self.tr(
                    "Stopped after %n row(s). Press Resume to issue the rest.", "", report.issued
                )
            )
            self.ok_button.setText(self.tr("Resume"))
        else:
            self.hint.setStyleSheet("color: #1b5e20;")
            self.hint.setText(
                self.tr("Done: %1 issued; rows with errors: %2.")
                .replace("%1", str(report.issued))
                .replace("%2", str(len(report.errors)))
            )
            self.ok_button.setText(self.tr("Run again"))

    def report_text(self, report: api.JobReport) -> str:
        out = Path(report.out_dir)
        lines = [
            self.tr("Job: %1").replace("%1", report.job),
            self.tr("Issued now: %1").replace("%1", str(report.issued)),
            self.tr("Issued by an earlier run: %1").replace("%1", str(report.already_issued)),
        ]
        if report.recovered:
            lines.append(
                self.tr("Deliveries completed from an interrupted run: %1").replace(
                    "%1", str(report.recovered)
                )
            )
        if report.discarded_unrecorded:
            lines.append(
                self.tr("Unrecorded leftovers discarded (issued again): %1").replace(
                    "%1", str(report.discarded_unrecorded)
                )
            )
        if report.cancelled:
            lines.append(self.tr("CANCELLED: run again to finish the job."))
        if report.errors:
            lines.append("")
            lines.append(self.tr("Rows not issued (%1):").replace("%1", str(len(report.errors))))
            for error in report.errors:
                where = self.tr("line %1").replace("%1", str(error.line))
                if error.row_id:
                    where += " " + self.tr("(id %1)").replace("%1", error.row_id)
                lines.append(f"  {where}: {engine_text(error.message)}")
        lines += [
            "",
            self.tr("PKCS#12 files: %1").replace("%1", ltr(out / "credentials")),
            self.tr("PIN letters to print, one page per holder (then keep offline): %1").replace(
                "%1", ltr(out / "pin-letters.html")
            ),
            self.tr("Manifest: %1").replace("%1", ltr(out / "manifest.csv")),
            self.tr("Report: %1").replace("%1", ltr(out / "report.json")),
        ]
        return "\n".join(lines)
