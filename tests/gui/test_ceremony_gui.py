"""The ceremony runner window: an operator starts the training script, names who is present,
confirms each step with the button, records a witness's exception, and ends with every step
ticked and the transcript shown; the transcript it wrote holds together."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from ceremonies import DIRECTORY as SHIPPED
from idtoolkit import api
from idtoolkit.apps import ceremony


def _answer_next(qtbot, win, text: str | None = None, yes: bool = False) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: win.send_button.isEnabled(), timeout=30_000)
    if yes:
        assert win.yes_button.isEnabled()
        win.yes_button.click()
    else:
        win.answer.setText(text or "")
        win.send_button.click()


def test_runner_walks_the_training_ceremony(qtbot, gui_ws: api.Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.views.ceremony_runner import CeremonyRunnerWindow

    out = tmp_path / "ceremony"
    win = CeremonyRunnerWindow(gui_ws, SHIPPED / "training-root.toml", out)
    qtbot.addWidget(win)
    win.show()
    assert len(win.words.text().split()) == 24
    assert win.steps.count() == 6
    win.start()
    for names in ("Aminata", "Wally", "Cheikh, Coumba"):
        _answer_next(qtbot, win, names)
    _answer_next(qtbot, win, yes=True)  # check-room
    _answer_next(qtbot, win, "TAG-77")  # its recorded value
    qtbot.waitUntil(lambda: win.exception_button.isEnabled(), timeout=30_000)
    assert "Generate the root key" in win.current.text()
    win.exception_text.setText("seal on the laptop bag was torn")
    win.exception_button.click()
    _answer_next(qtbot, win, "Wally")  # the witness recording it
    _answer_next(qtbot, win, yes=True)  # create-root
    # the fingerprint the administrator reads aloud stays in large type, above the next step
    qtbot.waitUntil(lambda: "Publish the root's first CRL" in win.current.text(), timeout=30_000)
    root = x509.load_pem_x509_certificate((out / "training-root.pem").read_bytes())
    fingerprint = root.fingerprint(hashes.SHA256()).hex()
    shown = " ".join(win.current.text().split())
    assert " ".join(fingerprint[i : i + 4] for i in range(0, 64, 4)) in shown
    assert " ".join(ceremony.hash_words(fingerprint)) in shown
    with qtbot.waitSignal(win.finished, timeout=60_000) as blocker:
        for _ in range(3):  # first-crl, tsa, backup
            _answer_next(qtbot, win, yes=True)
        for envelope in ("E-1", "E-2", "E-3"):  # which envelope holds each share
            _answer_next(qtbot, win, envelope)
        _answer_next(qtbot, win, yes=True)  # seal
    assert blocker.args == [True], win.error
    checked = [win.steps.item(i).checkState() for i in range(win.steps.count())]
    assert all(state.name == "Checked" for state in checked)
    text = win.transcript.toPlainText()
    assert "ceremony.completed" in text and "exception" in text
    transcript = ceremony.read_transcript(out / ceremony.TRANSCRIPT)
    assert transcript.finished
    exception = next(e for e in transcript.entries if e["event"] == "exception")
    assert exception["text"] == "seal on the laptop bag was torn"
    assert exception["witness"] == "Wally"


def test_closing_the_window_pauses_and_a_new_window_resumes(
    qtbot, gui_ws: api.Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from gui.views.ceremony_runner import CeremonyRunnerWindow

    out = tmp_path / "ceremony"
    win = CeremonyRunnerWindow(gui_ws, SHIPPED / "training-root.toml", out)
    qtbot.addWidget(win)
    win.show()
    win.start()
    for names in ("A", "W", "C1, C2"):
        _answer_next(qtbot, win, names)
    with qtbot.waitSignal(win.finished, timeout=30_000) as blocker:
        _answer_next(qtbot, win, "stop")
    assert blocker.args == [False]
    assert "run the same command again to resume" in (win.error or "")
    assert win.start_button.text() == "Resume"


def test_main_window_opens_the_runner_and_refuses_a_broken_script(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from gui import errors

    runner = window.open_ceremony(SHIPPED / "training-root.toml", tmp_path / "c")
    assert runner is not None and runner.isWindow()
    runner.close()
    broken = tmp_path / "broken.toml"
    broken.write_text('[ceremony]\nid = "x"\nname = "x"\nkeystore = "software"\n')
    assert window.open_ceremony(broken, tmp_path / "d") is None
    assert "broken.toml: [ceremony]: unknown key 'keystore'" in (errors.last_error or "")
