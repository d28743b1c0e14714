"""The desktop app offers ML-DSA where the engine can deliver it, in plain words: a post-quantum
root from the New CA dialog, and no ML-DSA in dialogs that hand out PKCS#12 files."""

from __future__ import annotations

from gui.dialogs.new_ca import ROOT
from gui.widgets.fields import select_key_type, selected_key_type
from idtoolkit import api

from .conftest import run_job, settle


def _items(combo) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_an_ml_dsa_root_from_the_new_ca_dialog(qtbot, window, gui_ws) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_new_ca(ROOT)
    settle(qtbot, dialog)
    assert "ml-dsa-65" not in _items(dialog.key_type)  # root-ca is the classical profile
    dialog.profile.setCurrentIndex(dialog.profile.findData("pq-root-ca"))
    offered = _items(dialog.key_type)
    assert list(offered) == ["ml-dsa-65", "ml-dsa-87"]
    assert offered["ml-dsa-87"] == "ML-DSA-87: post-quantum (FIPS 204, level 5)"
    select_key_type(dialog.key_type, "ml-dsa-87")
    assert selected_key_type(dialog.key_type) == "ml-dsa-87"
    dialog.name.setText("pq-root")
    dialog.subject.set_values(CN="National PQ Root CA", O="Ministry", C="SN")
    assert dialog.hint.text() == ""
    assert run_job(qtbot, dialog), dialog.error
    (root,) = api.list_cas(gui_ws)
    assert (root.name, root.key_type, root.profile) == ("pq-root", "ml-dsa-87", "pq-root-ca")


def test_pkcs12_dialogs_do_not_offer_ml_dsa(qtbot, window, gui_ws) -> None:  # type: ignore[no-untyped-def]
    api.create_root(gui_ws, "root", "CN=Root,O=Ministry,C=SN", "ml-dsa-65", profile="pq-root-ca")
    api.create_sub(
        gui_ws, "issuing", "root", "CN=Sub,O=Ministry,C=SN", "ml-dsa-65", profile="pq-sub-ca"
    )
    window.refresh()
    settle(qtbot, window)
    dialog = window.open_issue_p12()
    settle(qtbot, dialog)
    dialog.profile.setCurrentIndex(dialog.profile.findData("tls-client"))
    offered = _items(dialog.key_type)
    assert "ec-p256" in offered and not any(k.startswith("ml-dsa") for k in offered)
    assert offered["ec-p256"] == "ECDSA on NIST P-256"
