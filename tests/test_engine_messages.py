"""Engine text in the user's language (issue 24): what a profile grants, a signature report's
checks and sources, a lint finding. The engine makes them messages (a kind, an English template,
parameters); the desktop app and the CLI say them in French or Arabic with no English sentence
left, and in English exactly as before."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit import api
from idtoolkit.api import signing
from idtoolkit.api.i18n import LRI, PDI, catalogue
from idtoolkit.api.messages import Message, finding_message
from idtoolkit.errors import ConfigurationError, IDToolkitError
from idtoolkit.lint.results import LintFinding
from idtoolkit.profiles.loader import load_profile_file
from tests.conftest import PASSPHRASE, build_two_tier

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]

#: Words of the engine's English sentences that no French or Arabic rendering may keep (words
#: French shares, "usage", "type", "signature", "document", are left out).
ENGLISH = re.compile(
    r"\b(the|and|of|is|was|to|by|from|not|for|with|signed|certificate|valid|days|"
    r"default|key|chains|trusted|root|revocation|data|embedded|response|name|internal|"
    r"address|most|end-entity|alternative|names|required|exactly|allows|"
    r"changed|after|signing|wrong|none|claimed|time-stamp|covers)\b"
)


def english_words(text: str, *data: str) -> list[str]:
    """The English words in ``text`` once its data (DNs, dates, codes, paths) is taken out."""
    for value in data:
        text = text.replace(value, " ")
    text = re.sub(r"[\w.-]+\.[a-z_]+", " ", text)  # finding codes, file names
    return ENGLISH.findall(text.replace(LRI, " ").replace(PDI, " "))


# --- the profile will grant ----------------------------------------------------------------
def test_the_grants_of_a_profile_are_said_in_french_and_arabic_and_unchanged_in_english(
    sqlite_workspace: api.Workspace,
) -> None:
    text = api.describe_profile(sqlite_workspace, "tls-server")
    assert list(text.grants) == [
        "an end-entity certificate (not a CA)",
        "key usage: sign data (digital signature)",
        "extended key usage: TLS server",
        f"valid for 90 days by default, at most {text.max_days}",
        "alternative names of type dns, ip (required)",
        "a CRL distribution point",
        "an OCSP responder address",
    ]
    assert catalogue("en").texts(text.grants) == list(text.grants)
    french = catalogue("fr").texts(text.grants)
    assert french[0] == "un certificat d'entité finale (pas une AC)"
    assert french[3] == f"valable 90 jours par défaut, {text.max_days} au plus"
    arabic = catalogue("ar").texts(text.grants)
    assert arabic[3] == (
        f"صالحة {LRI}90{PDI} يومًا افتراضيًا، و{LRI}{text.max_days}{PDI} يومًا على الأكثر"
    )
    for lines in (french, arabic):
        assert all(not english_words(line, "dns, ip") for line in lines), lines
    root = api.describe_profile(sqlite_workspace, "root-ca")
    assert catalogue("fr").texts(root.grants)[1] == (
        "usage de la clé : signer des certificats, signer des CRL"
    )
    assert (
        catalogue("ar").texts(root.grants)[1]
        == "استخدام المفتاح: توقيع الشهادات، توقيع قوائم الإبطال (CRL)"
    )


def test_a_profile_describes_itself_in_the_languages_its_file_gives(
    sqlite_workspace: api.Workspace, tmp_path: Path
) -> None:
    source = Path("ca_profiles/tls-client.toml").read_text(encoding="utf-8")
    lines = [
        'fr = "Connexion des agents au portail"' if line.startswith("fr = ") else line
        for line in source.replace('name = "tls-client"', 'name = "agents"').splitlines()
        if not re.match(r"(ar|es|pt|ru|zh_CN) = ", line)  # only French given
    ]
    custom = "\n".join(lines) + "\n"
    path = tmp_path / "agents.toml"
    path.write_text(custom, encoding="utf-8")
    profile = load_profile_file(path)
    assert profile.description_in("fr") == "Connexion des agents au portail"
    assert profile.description_in("ar") == profile.description == "TLS client authentication"
    path.write_text(custom.replace("fr = ", "de = "), encoding="utf-8")
    with pytest.raises(ConfigurationError) as refused:
        api.add_profile(sqlite_workspace, path)
    assert "descriptions" in str(refused.value) and "de" in str(refused.value)


def test_the_shipped_profiles_describe_themselves_in_every_language(
    sqlite_workspace: api.Workspace,
) -> None:
    for name in sqlite_workspace.profiles.names():
        profile = sqlite_workspace.profiles.get(name)
        given = dict(profile.descriptions)
        assert sorted(given) == sorted(api.i18n.LANGUAGES), name
        assert all(text != profile.description for text in given.values()), name


# --- the signature verify report -----------------------------------------------------------
@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A citizen's detached CMS signature on a document, a tampered copy, and the root."""
    tmp = tmp_path_factory.mktemp("signed")
    ws = api.Workspace.init(tmp / "ws", PASSPHRASE)
    build_two_tier(ws)
    issued = api.issue_with_new_key(
        ws,
        "issuing",
        "citizen-sign",
        "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-1234567,C=SN",
        "ec-p256",
    )
    assert issued.pkcs12 is not None and issued.pkcs12_password is not None
    credential = api.from_pkcs12(issued.pkcs12, issued.pkcs12_password.encode())
    for name, content in (("good.txt", b"I agree.\n"), ("tampered.txt", b"I agree.\n")):
        (tmp / name).write_bytes(content)
        (tmp / f"{name}.p7s").write_bytes(signing.sign_cms(content, credential)[0])
    (tmp / "tampered.txt").write_bytes(b"I do not agree.\n")
    root = api.ca_chain(ws, "root")[0]
    (tmp / "root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    ws.close()
    yield tmp


def verify(signed: Path, name: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    env |= {"IDTOOLKIT_LANG": lang, "PYTHONIOENCODING": "utf-8"}
    argv = [*CLI, "verify", str(signed / name), "--trust", str(signed / "root.pem"), "--offline"]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)


CHECK_LINE = re.compile(r"^  \[(ok  |FAIL|\?\?  |-   )\] ([^:]+): (.*)$")


def check_details(output: str) -> list[str]:
    return [m.group(3) for line in output.splitlines() if (m := CHECK_LINE.match(line))]


@pytest.mark.parametrize("name", ["good.txt", "tampered.txt"])
def test_a_verify_report_says_its_checks_in_french_and_arabic_and_as_before_in_english(
    signed: Path, name: str
) -> None:
    english = verify(signed, name, "en")
    reports = signing.verify_file(signed / name, [_root(signed)], fetch=False)

    def timeless(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("  validated at:")]

    assert timeless(english.stdout) == timeless(signing.render_text(reports))  # as before
    details = check_details(english.stdout)
    if name == "good.txt":
        assert details[0] == (
            "the data is exactly what was signed; signed with ECDSA on NIST P-256"
        )
        assert details[1].startswith("chains to a trusted root: CN=Amina Diallo")
    else:
        assert details[0] == (
            "the signed data was changed after signing, or the signature value is wrong"
        )
    subjects = [r.signer for r in reports] + [r.issuer for r in reports]
    subjects += [
        "CN=Test Issuing CA,O=ID Toolkit Tests,C=SN",
        "CN=Test Root CA,O=ID Toolkit Tests,C=SN",
    ]
    for lang in ("fr", "ar"):
        said = check_details(verify(signed, name, lang).stdout)
        assert len(said) == len(details)
        for line in said:
            assert not english_words(line, *subjects), (lang, line)
    french_output = verify(signed, name, "fr").stdout
    assert "] chaîne: " in french_output and "] révocation: " in french_output
    french = check_details(french_output)
    if name == "tampered.txt":
        assert french[0] == (
            "les données signées ont été modifiées après la signature, ou la valeur de "
            "signature est fausse"
        )
    else:
        assert french[0].endswith("signé avec ECDSA sur NIST P-256")


def _root(signed: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate((signed / "root.pem").read_bytes())


def test_the_verify_dialogs_sources_and_reasons_are_messages(signed: Path) -> None:
    [report] = signing.verify_file(signed / "tampered.txt", [_root(signed)], fetch=False)
    assert report.reasons == ["modified", "revocation-unknown"] or "modified" in report.reasons
    assert all(isinstance(c.detail, Message) for c in report.checks)
    assert all(isinstance(s, Message) for s in report.revocation_sources)
    for source in report.revocation_sources:
        assert not english_words(catalogue("fr").text(source)), source
    data = report.as_dict()  # JSON stays English and plain
    assert data["checks"][0]["detail"] == str(report.checks[0].detail)
    assert type(data["checks"][0]["detail"]) is str


# --- lint findings ---------------------------------------------------------------------------
def test_a_lint_refusal_says_the_rule_in_plain_words_with_its_code(
    sqlite_workspace: api.Workspace,
) -> None:
    build_two_tier(sqlite_workspace)
    with pytest.raises(IDToolkitError) as refused:
        api.issue_with_new_key(
            sqlite_workspace,
            "issuing",
            "tls-server",
            "CN=printer.corp",
            "ec-p256",
            sans=["dns:printer.corp"],
        )
    error = refused.value
    assert error.kind == "lint.certificate_rejected"
    assert str(error).startswith(
        "profile 'tls-server': cabf-serverauth lint error: a name in the certificate is an "
        "internal name or address (not a public domain): printer.corp (cabf.internal_domain_name)"
    )
    french = catalogue("fr").error_text(error)
    assert "un nom du certificat est un nom ou une adresse interne" in french
    assert "cabf.internal_domain_name" in french and "Internal domain name" not in french
    arabic = catalogue("ar").error_text(error)
    assert "أحد الأسماء في الشهادة اسم أو عنوان داخلي" in arabic
    for text in (french, arabic):
        assert not english_words(text, "tls-server", "cabf-serverauth"), text


def test_an_unknown_lint_code_shows_the_code_and_pkilints_words_marked_as_theirs() -> None:
    finding = LintFinding("ERROR", "pkix.some_future_rule", "Some new rule was broken", "x")
    assert str(finding_message(finding)) == (
        "pkix.some_future_rule (pkilint says: Some new rule was broken)"
    )
    assert catalogue("fr").text(finding_message(finding)) == (
        "pkix.some_future_rule (message de pkilint, en anglais : Some new rule was broken)"
    )
    known = LintFinding("WARNING", "cabf.serverauth.dv.common_name_attribute_present", None, "x")
    assert catalogue("fr").text(finding_message(known)) == (
        "un certificat TLS validé par domaine ne devrait pas porter de nom commun (CN) "
        "(cabf.serverauth.dv.common_name_attribute_present)"
    )


def test_every_message_kind_has_one_template() -> None:
    """As for errors: a kind is one sentence, so a catalogue entry stays tied to it."""
    import ast

    from idtoolkit.i18n.catalogues import MESSAGE_CLASSES, ROOT

    seen: dict[str, str] = {}
    for path in sorted((ROOT / "idtoolkit").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in MESSAGE_CLASSES
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                kind, template = node.args[0].value, node.args[1].value
                assert seen.setdefault(kind, template) == template, (path, kind)
    assert len(seen) > 100


# --- what issuance notes, and the CSR preview's refusal ----------------------------------------
def test_issuance_notes_and_a_csr_refusal_are_said_in_the_users_language(
    sqlite_workspace: api.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from idtoolkit.apps.cli.language import say

    build_two_tier(sqlite_workspace)
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "intranet.gov.sn")]))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("intranet.gov.sn")]), False)
        .add_extension(
            x509.KeyUsage(True, False, True, False, False, False, False, False, False), True
        )
        .sign(key, hashes.SHA256())
    )
    refused = api.preview_csr(sqlite_workspace, "smime", csr).refusal
    assert refused is not None and refused.kind.startswith("profile.")
    assert catalogue("fr").text(refused) != str(refused)
    issued = api.issue_from_csr(sqlite_workspace, "issuing", "tls-server", csr)
    [note] = issued.notes
    assert note == "ignored CSR extension keyUsage (the profile decides it)"  # English as before
    monkeypatch.setenv("IDTOOLKIT_LANG", "fr")
    assert say("  note: {note}", note=note) == (
        "  remarque : extension de CSR ignorée : keyUsage (le profil en décide)"
    )


def test_a_certificates_extensions_are_said_in_french_and_arabic_and_as_before_in_english(
    sqlite_workspace: api.Workspace,
) -> None:
    build_two_tier(sqlite_workspace)
    text = api.describe_ca(sqlite_workspace, "issuing")
    assert text is not None
    sentences = {s.split(": ")[0]: s for s in text.extensions}
    assert sentences["Key usage (critical)"] == (
        "Key usage (critical): sign data (digital signature), sign certificates, sign CRLs"
    )
    assert sentences["Basic constraints (critical)"].startswith(
        "Basic constraints (critical): this is a CA"
    )
    key_usage = sentences["Key usage (critical)"]
    assert catalogue("fr").text(key_usage.params["name"]) == "Usage de la clé (critique)"
    assert catalogue("fr").text(key_usage.params["meaning"]) == (
        "signer des données (signature numérique), signer des certificats, signer des CRL"
    )
    for lang in ("fr", "ar"):
        for sentence in text.extensions:
            said = catalogue(lang).text(sentence)
            assert not english_words(said), (lang, said)


def test_cert_show_says_the_extensions_in_french_and_json_stays_english(
    sqlite_workspace: api.Workspace,
) -> None:
    import json

    build_two_tier(sqlite_workspace)
    issued = api.issue_with_new_key(
        sqlite_workspace, "issuing", "tls-client", "CN=Awa Diop,O=Ministry,C=SN", "ec-p256"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    env |= {"IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(), "PYTHONIOENCODING": "utf-8"}
    argv = [*CLI, "cert", "show", issued.serial, "-w", str(sqlite_workspace.directory)]

    def show(lang: str, *more: str) -> str:
        done = subprocess.run(
            [*argv, *more], capture_output=True, text=True, env=env | {"IDTOOLKIT_LANG": lang}
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "  Key usage (critical): sign data (digital signature)" in show("en")
    french = show("fr")
    assert "  Usage de la clé (critique) : signer des données (signature numérique)" in french
    extensions = json.loads(show("fr", "--json"))["extensions"]
    assert "Key usage (critical): sign data (digital signature)" in extensions


# --- bulk report reasons ------------------------------------------------------------------------
@pytest.mark.parametrize("rows", [3, 30])  # inline, and in the lint worker processes
def test_a_bulk_rows_refusal_is_said_in_french_including_a_lint_workers(
    sqlite_workspace: api.Workspace, tmp_path: Path, rows: int
) -> None:
    from tests.test_hardening import _csv

    build_two_tier(sqlite_workspace)
    bad = {1: {"serialNumber": "IDCSN-" + "9" * 74}, 2: {"id": "r0"}}  # lint error; duplicate
    path = _csv(tmp_path / "c.csv", [f"r{i}" for i in range(rows)], bad)
    report = api.run_csv_job(sqlite_workspace, "issuing", "citizen-auth", path, tmp_path / "out")
    reasons = {e.line: e.message for e in report.errors}
    assert reasons[4] == "duplicate id (first on line 2)"  # English as before
    assert catalogue("fr").text(reasons[4]) == "identifiant en double (première fois à la ligne 2)"
    lint = reasons[3]
    assert isinstance(lint, Message) and lint.kind == "lint.certificate_rejected"
    french = catalogue("fr").text(lint)
    assert french.startswith("profil 'citizen-auth' : erreur de contrôle etsi : ")
    assert not english_words(french, "citizen-auth"), french


def test_profile_list_and_show_describe_profiles_in_arabic_and_json_stays_english(
    sqlite_workspace: api.Workspace,
) -> None:
    import json

    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    env |= {"IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(), "PYTHONIOENCODING": "utf-8"}
    where = ["-w", str(sqlite_workspace.directory)]

    def run(lang: str, *argv: str) -> str:
        done = subprocess.run(
            [*CLI, "profile", *argv, *where],
            capture_output=True,
            text=True,
            env=env | {"IDTOOLKIT_LANG": lang},
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    arabic = "خادم TLS (نمط DV): الأسماء البديلة إلزامية، ويمكن أن يقتصر الموضوع على CN"
    assert arabic in run("ar", "list") and arabic in run("ar", "show", "tls-server")
    english = "TLS server (DV style): SAN required, subject may be just a CN"
    assert english in run("en", "show", "tls-server")
    assert json.loads(run("ar", "show", "tls-server", "--json"))["description"] == english
