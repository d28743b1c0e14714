"""PIN letters speak the holder's language: one printable page per holder, with the password
that opens their PKCS#12 file; the CSV beside them stays English for mail merges."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives.serialization import pkcs12

from idtoolkit.ca.credential_job import run_csv_job
from idtoolkit.letters import TEXT, holder_name, letter_language

from .conftest import TwoTier
from .test_bulk_jobs import write_citizens


def test_letters_are_in_the_chosen_language_and_open_the_files(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    write_citizens(tmp_path / "people.csv", 4)
    out = tmp_path / "out"
    run_csv_job(
        sqlite_pki.ws, "issuing", "citizen-auth", tmp_path / "people.csv", out, language="ar"
    )
    page = (out / "pin-letters.html").read_text(encoding="utf-8")
    assert 'lang="ar" dir="rtl"' in page
    assert page.count("<section>") == 4
    assert TEXT["ar"]["password"] in page and TEXT["en"]["password"] not in page
    assert stat.S_IMODE(os.stat(out / "pin-letters.html").st_mode) == 0o600  # passwords inside
    rows = list(csv.DictReader((out / "pin-letters.csv").open()))
    assert list(rows[0]) == ["id", "serial", "p12", "password"]  # machine side: English
    for row in rows:
        # Each password is on a page, left to right, and opens that holder's file.
        assert f'<bdi dir="ltr" class="v">{row["password"]}</bdi>' in page
        key, _cert, _chain = pkcs12.load_key_and_certificates(
            (out / "credentials" / row["p12"]).read_bytes(), row["password"].encode()
        )
        assert key is not None


def test_letter_language_follows_locale_names() -> None:
    assert letter_language("fr_SN") == "fr"
    assert letter_language("pt_BR") == "pt"
    assert letter_language("zh") == "zh_CN"
    assert letter_language("de") == "en"
    assert letter_language(None) == "en"
    # Every language says every part of the letter.
    assert all(set(words) == set(TEXT["en"]) for words in TEXT.values())


def test_a_letter_greets_the_holder_by_name_not_by_dn(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    """The holder row is the person's name (an Arabic one reads right to left in its own
    isolate), never the raw ``CN=…,GN=…,SN=…`` of the certificate."""
    people = tmp_path / "people.csv"
    people.write_text(
        "id,GN,SN,CN,C\nma-1,أمينة,العلوي,أمينة العلوي,MA\nma-2,Awa,Diop,Awa Diop,SN\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run_csv_job(sqlite_pki.ws, "issuing", "citizen-auth", people, out, language="fr")
    page = (out / "pin-letters.html").read_text(encoding="utf-8")
    assert "<bdi>أمينة العلوي</bdi>" in page and "<bdi>Awa Diop</bdi>" in page
    assert "CN=أمينة العلوي" not in page and "GN=Awa" not in page


def test_holder_name_falls_back_to_given_name_surname_then_pseudonym() -> None:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    def name(**attrs: str) -> x509.Name:
        oids = {"GN": NameOID.GIVEN_NAME, "SN": NameOID.SURNAME, "P": NameOID.PSEUDONYM}
        return x509.Name([x509.NameAttribute(oids[k], v) for k, v in attrs.items()])

    assert holder_name(name(GN="Fatou", SN="Sow")) == "Fatou Sow"
    assert holder_name(name(P="agent-17")) == "agent-17"


def test_generated_passwords_are_four_groups_of_five_with_every_character_in_every_place() -> None:
    """A holder reads the password off the letter: four groups of five characters of the
    alphabet without look-alikes. Each of the 20 places takes every character of the
    alphabet over a few thousand passwords (a skewed generator leaves some out: at 2,000
    passwords a missing character has a chance of about 1e-12 of being bad luck)."""
    from idtoolkit.ca.issuance import PASSWORD_ALPHABET, generate_password

    passwords = [generate_password() for _ in range(2000)]
    assert len(set(passwords)) == len(passwords)
    places: list[set[str]] = [set() for _ in range(20)]
    for password in passwords:
        groups = password.split("-")
        assert [len(group) for group in groups] == [5, 5, 5, 5], password
        for place, character in enumerate("".join(groups)):
            places[place].add(character)
    assert all(seen == set(PASSWORD_ALPHABET) for seen in places)
    assert not set(PASSWORD_ALPHABET) & set("0O1lI")
