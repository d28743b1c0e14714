"""A root CA whose key is generated on a SoftHSM2 token, through the dialog: the PIN is typed
in the dialog (never in argv or the environment), and the token view lists the token."""

from __future__ import annotations

from gui.dialogs.new_ca import ROOT
from gui.widgets.fields import select_key_type
from idtoolkit import api
from tests.conftest import TOKEN_USER_PIN

from .conftest import run_job, settle


def test_root_ca_on_a_token_with_the_pin_from_the_dialog(
    qtbot, window, gui_ws, token, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("IDTOOLKIT_PIN")  # the dialog is the only source of the PIN
    asked: list[tuple[str, str]] = []
    window.broker.ask_user = lambda kind, label: asked.append((kind, label)) or None
    dialog = window.open_new_ca(ROOT)
    settle(qtbot, dialog)
    dialog.name.setText("hsm-root")
    dialog.subject.set_values(CN="HSM Root CA", O="Ministry", C="SN")
    select_key_type(dialog.key_type, "ec-p256")
    dialog.token.setChecked(True)
    settle(qtbot, dialog)  # the module is asked for its tokens off the UI thread
    assert dialog.token_label.findText(token) >= 0  # tokens are offered by label
    dialog.token_label.setCurrentText(token)
    assert "PIN" in (dialog.validate() or "")
    dialog.pin.setText(TOKEN_USER_PIN)
    assert run_job(qtbot, dialog), dialog.error
    assert dialog.pin.text() == ""  # not kept in the widget
    (ca,) = api.list_cas(gui_ws)
    assert ca.key_store == f"pkcs11:token={token}"
    settle(qtbot, window)  # the tree, read again after the job
    assert window.ca_model.item(0, 1).text() == f"token “{token}”"
    # Issuing signs on the token with the PIN remembered for this session: no second prompt.
    issued = api.issue_with_new_key(
        gui_ws, "hsm-root", "sub-ca", "CN=Sub On Token,O=Ministry,C=SN", "ec-p256"
    )
    assert issued.serial
    assert asked == []
    # The token view lists the token, its mechanisms and (after login) the CA key.
    window.tabs.setCurrentWidget(window.tokens)
    window.tokens.refresh()
    qtbot.waitUntil(
        lambda: any(
            window.tokens.tokens.topLevelItem(i).text(0) == token
            for i in range(window.tokens.tokens.topLevelItemCount())
        ),
        timeout=10_000,
    )
    for i in range(window.tokens.tokens.topLevelItemCount()):
        if window.tokens.tokens.topLevelItem(i).text(0) == token:
            window.tokens.tokens.setCurrentItem(window.tokens.tokens.topLevelItem(i))
    qtbot.waitUntil(lambda: window.tokens.mechanisms.count() > 0, timeout=10_000)
    window.tokens.show_keys()
    qtbot.waitUntil(lambda: window.tokens.keys.topLevelItemCount() >= 1, timeout=10_000)
    kinds = {
        window.tokens.keys.topLevelItem(i).text(2)
        for i in range(window.tokens.keys.topLevelItemCount())
    }
    assert "private" in kinds
