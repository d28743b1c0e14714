"""``IDTOOLKIT_LANG=fr idtoolkit …`` speaks French, ``ar`` Arabic, ``--json`` stays English.

Real processes, as an officer runs them: the language comes from the environment
(``IDTOOLKIT_LANG``, then ``LANGUAGE``/``LC_ALL``/``LANG``); results, errors and ``--help``
(argparse's own words included) are translated; data inside Arabic text (paths, DNs, serials,
dates) is isolated left to right; a program reading ``--json`` sees the same English kinds,
parameters and messages whatever the language.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]
LRI, PDI = "\u2066", "\u2069"
SUBJECT = "CN=Racine,O=Ministère,C=SN"


def run(*args: str, lang: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("IDTOOLKIT_LANG", "LANGUAGE", "LC_ALL", "LANG")
    }
    env |= {"IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(), "PYTHONIOENCODING": "utf-8"}
    env |= lang or {}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, env=env, timeout=120, encoding="utf-8"
    )


FR = {"IDTOOLKIT_LANG": "fr"}
AR = {"IDTOOLKIT_LANG": "ar"}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("lang") / "ws"
    made = run("init", "-w", str(directory), lang=FR)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"espace de travail créé : {directory}\n  stockage : ")
    root = run(
        "ca", "create-root", "racine", "-w", str(directory), "--key", "ec-p256",
        "--subject", SUBJECT, lang=FR,
    )  # fmt: skip
    assert root.returncode == 0, root.stderr
    assert root.stdout.startswith(f"AC racine créée racine : {SUBJECT}\n  numéro de série ")
    assert "valide jusqu'au " in root.stdout
    return directory


def test_results_speak_french(workspace: Path, tmp_path: Path) -> None:
    ws = ["-w", str(workspace)]
    issued = run(
        "issue", *ws, "--ca", "racine", "--profile", "tls-client", "--subject",
        "CN=Awa Diop,C=SN", "--key", "ec-p256", "--p12", str(tmp_path / "awa.p12"), lang=FR,
    )  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.startswith("certificat ")
    assert " émis par racine (tls-client) : CN=Awa Diop,C=SN" in issued.stdout
    assert "mot de passe PKCS#12 (affiché une seule fois" in issued.stdout
    serial = issued.stdout.split()[1]

    listing = run("cert", "list", *ws, lang=FR)
    assert listing.stdout.splitlines()[0].split()[:2] == ["NUMÉRO", "DE"]
    assert listing.stdout.rstrip().endswith("2 certificats")
    assert run("ca", "list", *ws, lang=FR).stdout.rstrip().endswith("1 AC")
    shown = run("ca", "show", "racine", *ws, lang=FR).stdout
    assert "nom: racine" in shown and "empreinte SHA-256 : " in shown

    revoked = run("revoke", serial, *ws, "--ca", "racine", "--reason", "key-compromise", lang=FR)
    assert revoked.returncode == 0, revoked.stderr
    assert revoked.stdout.startswith(f"{serial} révoqué (key-compromise) le ")
    assert "publiez une LCR" in revoked.stdout
    crl = run("crl", *ws, "--ca", "racine", "--out", str(tmp_path / "r.crl"), lang=FR)
    assert crl.stdout.startswith("LCR n° ")
    assert " de racine : 1 entrée, prochaine mise à jour " in crl.stdout


def test_errors_speak_french_and_arabic_and_json_stays_english(workspace: Path) -> None:
    ws = ["-w", str(workspace)]
    french = run("ca", "show", "nulle", *ws, lang=FR)
    assert (french.returncode, french.stderr) == (
        1,
        "erreur : AC inconnue 'nulle' (AC de cet espace de travail : racine)\n",
    )
    arabic = run("ca", "show", "nulle", *ws, lang=AR)
    assert arabic.returncode == 1
    assert arabic.stderr == (
        f"خطأ: جهة تصديق غير معروفة {LRI}'nulle'{PDI} "
        f"(جهات التصديق في مساحة العمل هذه: {LRI}racine{PDI})\n"
    )
    english = run("ca", "show", "nulle", *ws, "--json")
    for lang in (FR, AR):
        assert run("ca", "show", "nulle", *ws, "--json", lang=lang).stderr == english.stderr
    assert json.loads(english.stderr) == {
        "error": "unknown CA 'nulle' (CAs in this workspace: racine)",
        "code": 1,
        "kind": "ca.unknown",
        "params": {"name": "nulle", "known": "racine"},
    }
    listing = run("ca", "list", *ws, "--json", lang=AR)
    assert json.loads(listing.stdout)["items"][0]["subject"] == SUBJECT


def test_a_cli_worded_error_speaks_arabic_with_its_path_left_to_right(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = run("ca", "list", "-w", str(missing), lang=AR)
    assert result.returncode == 1
    assert result.stderr == (
        f"خطأ: {LRI}{missing}{PDI} ليس مساحة عمل (لا يوجد {LRI}config.toml{PDI})؛ "
        f"شغّل {LRI}'idtoolkit init'{PDI} أولًا\n"
    )


def test_arabic_results_isolate_the_data(workspace: Path) -> None:
    listing = run("ca", "list", "-w", str(workspace), lang=AR)
    assert listing.stdout.splitlines()[0].startswith("الاسم")
    assert listing.stdout.rstrip().endswith(f"{LRI}1{PDI} جهة تصديق")


def test_help_and_usage_errors_speak_the_language_of_lang() -> None:
    helped = run("ca", "create-root", "--help", lang={"LANG": "fr_FR.UTF-8"})
    assert helped.stdout.startswith("utilisation : idtoolkit ca create-root")
    assert "arguments positionnels" in helped.stdout
    assert "afficher ce message d'aide et quitter" in helped.stdout
    words = " ".join(helped.stdout.split())  # argparse wraps the help lines
    assert "nom de la nouvelle AC dans cet espace de travail (par exemple root)" in words
    assert "\nexemple :\n  idtoolkit ca create-root root" in helped.stdout
    usage = run("ca", "create-root", lang={"LANGUAGE": "ar", "LANG": "C.UTF-8"})
    assert usage.returncode == 2
    assert usage.stderr.splitlines()[-1] == (
        "idtoolkit ca create-root: خطأ: الوسائط التالية مطلوبة: name, --subject, --key"
    )
    assert run("ca", "create-root", "--json", lang=FR).stderr.startswith(
        '{"error": "idtoolkit ca create-root: the following arguments are required'
    )


def test_a_message_a_catalogue_lacks_is_said_in_english_alone(workspace: Path) -> None:
    """Spanish has the common errors, not every one: the rest falls back, message by
    message, while the words around it stay Spanish."""
    result = run(
        "cert", "list", "-w", str(workspace), "--status", "nonsense", lang={"LANG": "es_ES.UTF-8"}
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: estado desconocido 'nonsense'; elija uno de: ")
    shown = run("ca", "show", "racine", "-w", str(workspace), "--json", lang={"LANG": "es"})
    assert json.loads(shown.stdout)["name"] == "racine"


def test_the_verify_report_speaks_the_language_and_stays_the_same_in_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    from idtoolkit.api.signing import SignatureReport, render_text
    from idtoolkit.apps.cli.verify_text import verify_text
    from idtoolkit.signing.report import Check
    from idtoolkit.states import CheckOutcome, Verdict

    at = dt.datetime(2026, 12, 4, 13, 25, tzinfo=dt.UTC)
    report = SignatureReport(
        "/tmp/contrat.pdf", "pades", Verdict.INVALID, ["the signed data was changed"],
        "CN=Awa Diop,C=SN", "1a2b", "CN=Issuing CA 1,C=SN", at, claimed_signing_time=at,
        checks=[Check("integrity", CheckOutcome.FAILED, "digest mismatch")],
        revocation_sources=["OCSP http://127.0.0.1:8080/ocsp"],
    )  # fmt: skip
    for name in ("IDTOOLKIT_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert verify_text([report]) == render_text([report])
    monkeypatch.setenv("IDTOOLKIT_LANG", "fr")
    french = verify_text([report]).splitlines()
    assert french[:3] == [
        "/tmp/contrat.pdf : INVALIDE  (pades)",
        "  signataire : CN=Awa Diop,C=SN (numéro de série 1a2b)",
        "  émis par : CN=Issuing CA 1,C=SN",
    ]
    assert "  validée le : 2026-12-04 13:25:00 UTC" in french
    monkeypatch.setenv("IDTOOLKIT_LANG", "ar")
    arabic = verify_text([report]).splitlines()
    assert arabic[4] == f"  وقت التحقق: {LRI}2026-12-04 13:25:00{PDI} UTC"
    assert arabic[0] == f"{LRI}/tmp/contrat.pdf{PDI}: {LRI}غير صالح{PDI}  ({LRI}pades{PDI})"


def test_a_cut_listing_says_so_in_the_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from idtoolkit.apps.cli.io import emit_listing

    def last_line(lang: str) -> str:
        monkeypatch.setenv("IDTOOLKIT_LANG", lang)
        emit_listing(
            argparse.Namespace(json=False), [{}], [["a"]], ["SERIAL"], "certificates",
            total=2002, counted_as=("{count} certificate", "{count} certificates"),
        )  # fmt: skip
        return capsys.readouterr().out.splitlines()[-1]

    assert last_line("en") == (
        "showing 1-1 of 2002 certificates "
        "(listing cut: --limit 0 or --all shows every one, --offset N pages)"
    )
    assert last_line("fr").startswith("affichage de 1 à 1 sur 2002 certificats (liste tronquée")
    assert last_line("ar").startswith(f"عرض {LRI}1{PDI}-{LRI}1{PDI} من أصل {LRI}2002{PDI} شهادة")


def _no_english(text: str, *phrases: str) -> None:
    """None of ``phrases`` (English words of the CLI's own results) is in ``text``."""
    found = [p for p in phrases if re.search(rf"\b{re.escape(p)}\b", text)]
    assert not found, f"English {found} in:\n{text}"


def test_a_sample_of_commands_speaks_french_and_arabic_with_no_english_sentence(
    workspace: Path, tmp_path: Path
) -> None:
    """What a French or Arabic officer reads after issue, cert list, revoke, crl, ca export,
    audit seal and audit verify: the CLI's sentences and status words in their language,
    data left to right in Arabic."""
    ws = ["-w", str(workspace)]
    said: dict[str, list[str]] = {}
    for name, lang in (("fr", FR), ("ar", AR)):
        issued = run(
            "issue", *ws, "--ca", "racine", "--profile", "tls-client", "--subject",
            f"CN=Agent {name},C=SN", "--key", "ec-p256", "--p12", str(tmp_path / f"{name}.p12"),
            lang=lang,
        )  # fmt: skip
        assert issued.returncode == 0, issued.stderr
        serial = re.findall(r"\b[0-9a-f]{16,}\b", issued.stdout)[0]
        outputs = [
            issued,
            run("revoke", serial, *ws, "--ca", "racine", lang=lang),
            run("crl", *ws, "--ca", "racine", "--out", str(tmp_path / f"{name}.crl"), lang=lang),
            run("cert", "list", *ws, lang=lang),
            run("ca", "export", "racine", *ws, "--out", str(tmp_path / f"{name}.pem"), lang=lang),
            run("audit", "seal", *ws, "--ca", "racine", "--out", str(tmp_path / f"{name}.seal"),
                lang=lang),
            run("audit", "verify", *ws, "--seal", str(tmp_path / f"{name}.seal"), lang=lang),
        ]  # fmt: skip
        for result in outputs:
            assert result.returncode == 0, result.stderr
        said[name] = [r.stdout for r in outputs]
        text = "".join(said[name])
        _no_english(
            text, "issued", "revoked", "valid", "publish a CRL", "entries", "next update",
            "wrote", "sealed events", "audit chain intact", "events", "match the head",
        )  # fmt: skip
    said_issued, revoked, crl, listing, export, sealed, verified = said["fr"]
    assert said_issued.startswith("certificat ") and revoked.split()[1] == "révoqué"
    assert crl.startswith("LCR n° ")
    assert "révoqué" in listing and "valide" in listing  # the status column
    assert export == f"{tmp_path / 'fr.pem'} écrit\n"
    assert sealed.startswith("événements 1..")
    assert " scellés (tête " in sealed and " avec l'AC racine : " in sealed
    assert re.match(r"chaîne d'audit intacte : \d+ événements, tête \d+:[0-9a-f]{64}\n", verified)
    assert verified.splitlines()[1].startswith("sceau fr.seal : les événements 1..")
    said_issued, revoked, crl, listing, export, sealed, verified = said["ar"]
    assert revoked.startswith(f"تم إلغاء {LRI}") and crl.startswith("قائمة الشهادات الملغاة رقم")
    assert said_issued.startswith(f"تم إصدار {LRI}")
    assert "ملغاة" in listing and "صالحة" in listing
    assert export == f"تمت كتابة {LRI}{tmp_path / 'ar.pem'}{PDI}\n"
    assert re.match(
        rf"سلسلة التدقيق سليمة: {LRI}\d+{PDI} حدثًا، الرأس {LRI}\d+:[0-9a-f]{{64}}{PDI}\n", verified
    )
    assert f"الختم {LRI}ar.seal{PDI}: الأحداث {LRI}1{PDI}.." in verified


def test_an_english_word_inside_an_error_is_said_in_the_language_and_json_keeps_it(
    tmp_path: Path,
) -> None:
    """ "(CAs in this workspace: none yet)": the engine passes "none yet" as a parameter."""
    empty = tmp_path / "empty"
    assert run("init", "-w", str(empty)).returncode == 0
    french = run("ca", "add", "x", "-w", str(empty), lang=FR)  # an argparse error first
    assert "choix invalide" in french.stderr
    french = run("ca", "show", "nope", "-w", str(empty), lang=FR)
    assert french.stderr == (
        "erreur : AC inconnue 'nope' (AC de cet espace de travail : aucune pour l'instant)\n"
    )
    arabic = run("ca", "show", "nope", "-w", str(empty), lang=AR)
    assert arabic.stderr.endswith("(جهات التصديق في مساحة العمل هذه: لا شيء بعد)\n")
    _no_english(french.stderr + arabic.stderr, "none yet")
    english = run("ca", "show", "nope", "-w", str(empty), "--json")
    assert json.loads(english.stderr)["params"] == {"name": "nope", "known": "none yet"}
    unlocked = {"IDTOOLKIT_PASSPHRASE": ""}  # the secret a prompt would ask for is named too
    create = ["ca", "create-root", "r", "-w", str(empty), "--key", "ec-p256", "--subject", SUBJECT]
    asked = run(*create, lang=FR | unlocked)
    assert asked.stderr == (
        "erreur : phrase secrète de l'espace de travail nécessaire : définissez "
        "IDTOOLKIT_PASSPHRASE ou utilisez --passphrase-file\n"
    )
    spanish = run(*create, lang={"LANG": "es"} | unlocked)  # every catalogue is complete now
    assert spanish.stderr == (
        "error: se necesita frase de paso del espacio de trabajo: defina IDTOOLKIT_PASSPHRASE"
        " o use --passphrase-file\n"
    )
    as_json = [run(*create, "--json", lang=lang | unlocked).stderr for lang in (FR, AR)]
    assert as_json[0] == as_json[1] == run(*create, "--json", lang=unlocked).stderr
    for lang in (FR, AR):
        assert run("ca", "show", "nope", "-w", str(empty), "--json", lang=lang).stderr == (
            english.stderr
        )


@pytest.mark.parametrize(
    "command",
    [
        ["cert", "list"],
        ["ca", "list"],
        ["ca", "show", "racine"],
        ["audit", "verify"],
        ["profile", "list"],
        ["ca", "show", "nulle"],
    ],
)
def test_json_output_is_the_same_bytes_in_every_language(
    workspace: Path, command: list[str]
) -> None:
    args = [*command, "-w", str(workspace), "--json"]
    english = run(*args)
    assert english.stdout or english.stderr
    for lang in (FR, AR, {"LANG": "zh_CN.UTF-8"}):
        other = run(*args, lang=lang)
        assert (other.returncode, other.stdout, other.stderr) == (
            english.returncode,
            english.stdout,
            english.stderr,
        )


def test_the_bulk_report_speaks_french(workspace: Path, tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text(
        "id,CN,C\nok1,Awa Diop,SN\nbad,Moussa Fall,Senegal\nok2,Fatou Sow,SN\n"
    )
    result = run(
        "bulk", "issue", "-w", str(workspace), "--ca", "racine", "--profile", "tls-client",
        "--csv", str(tmp_path / "people.csv"), "--out", str(tmp_path / "out"), lang=FR,
    )  # fmt: skip
    assert result.returncode == 4, result.stderr
    assert ": 2 émis (2 contrôlés par lint), 0 déjà émis auparavant" in result.stdout
    assert "  ligne 3 (id bad) : " in result.stdout
    assert f"  sortie : {tmp_path / 'out'} (credentials/, passwords/, " in result.stdout
    assert "  1 ligne rejetée : corrigez-la et relancez (code de sortie 4)" in result.stdout
    _no_english(result.stdout, "issued", "linted", "output", "rejected", "line")


def test_every_result_line_of_the_cli_goes_through_the_catalogue() -> None:
    """No ``emit``/``print`` in the CLI is handed an English sentence directly (an f-string or
    a literal): results go through ``say``/``nsay``/``_``, which the catalogue extractor
    collects, so the checker fails on a sentence a catalogue lacks. The files listed are the
    ones still left in English (see the report of issue 24)."""
    import ast

    still_english = {"io.py", "main.py", "serve_command.py"}

    def english(node: ast.expr) -> bool:
        if isinstance(node, ast.JoinedStr):
            return any(english(v) for v in node.values if isinstance(v, ast.Constant))
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return bool(re.search(r"[A-Za-z]{2}", node.value))
        if isinstance(node, ast.BinOp):
            return english(node.left) or english(node.right)
        if isinstance(node, ast.IfExp):
            return english(node.body) or english(node.orelse)
        if isinstance(node, ast.BoolOp):
            return any(english(v) for v in node.values)
        return False

    found = []
    cli = Path(__file__).parent.parent / "idtoolkit" / "apps" / "cli"
    for path in sorted(cli.glob("*.py")):
        if path.name in still_english:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            text = (
                node.args[2]
                if name == "emit" and len(node.args) >= 3
                else node.args[0]
                if name in ("print", "write") and node.args
                else None
            )
            if text is not None and english(text):
                found.append(f"{path.name}:{node.lineno}")
    assert not found, f"English result lines not through the catalogue: {found}"


def test_the_command_summaries_speak_french_and_arabic() -> None:
    """``idtoolkit --help`` and a group's ``--help`` list the commands in the user's words
    (command groups' summaries are collected for the catalogues too)."""
    from idtoolkit.i18n.catalogues import extract

    assert {m.msgid: m.note for m in extract()}["the audit trail"] == "cli help"
    french = run("--help", lang=FR).stdout
    assert "autorités de certification" in french and "la piste d'audit" in french
    assert "certificate authorities" not in french and "the audit trail" not in french
    audit = " ".join(run("audit", "--help", lang=FR).stdout.split())
    assert "vérifier la chaîne de hachage" in audit and "verify the hash chain" not in audit
    arabic = " ".join(run("audit", "--help", lang=AR).stdout.split())
    assert "التحقق من سلسلة التجزئة" in arabic and "verify the hash chain" not in arabic


def test_a_service_credential_is_announced_in_french_and_arabic(workspace: Path) -> None:
    ws = ["-w", str(workspace), "--key", "ec-p256"]
    tsa = run(
        "ca", "service", "racine", "--kind", "tsa", *ws, "--subject", "CN=TSA,O=Ministère,C=SN",
        lang=FR,
    )  # fmt: skip
    assert tsa.returncode == 0, tsa.stderr
    assert tsa.stdout.startswith("justificatif tsa ")
    assert tsa.stdout.rstrip().endswith("; 'idtoolkit serve' répond désormais sur /tsa")
    ocsp = run(
        "ca", "service", "racine", "--kind", "ocsp", *ws, "--subject",
        "CN=OCSP,O=Ministère,C=SN", lang=AR,
    )  # fmt: skip
    assert ocsp.returncode == 0, ocsp.stderr
    assert ocsp.stdout.startswith(f"تم إنشاء بيانات اعتماد {LRI}ocsp{PDI} رقم {LRI}")
    assert f"الآن بها إجابات OCSP لجهة التصديق {LRI}racine{PDI}" in ocsp.stdout
    _no_english(tsa.stdout + ocsp.stdout, "created", "credential", "valid until", "now")


def test_profile_rules_and_unreadable_files_are_said_whole_in_french_and_arabic(
    workspace: Path, tmp_path: Path
) -> None:
    """A profile's refusal ("subject attribute C is required") and "cannot read {what} {path}:
    {strerror}" were said with English inside French and Arabic sentences: the rule, what the
    file is, and the system's reason are messages now; ``--json`` keeps the English words."""
    ws = ["-w", str(workspace)]
    missing_c = [
        "issue", *ws, "--ca", "racine", "--profile", "citizen-sign", "--key", "ec-p256",
        "--p12", str(tmp_path / "x.p12"), "--subject", "CN=Awa Diop",
    ]  # fmt: skip
    missing_csr = [
        "issue", *ws, "--ca", "racine", "--profile", "tls-server",
        "--csr", str(tmp_path / "absent.csr"), "--out", str(tmp_path / "x.pem"),
    ]  # fmt: skip
    no_passphrase_file = ["--passphrase-file", str(tmp_path / "absent.txt"), "ca", "list", *ws]
    too_long = [
        "issue", *ws, "--ca", "racine", "--profile", "tls-client", "--key", "ec-p256",
        "--p12", str(tmp_path / "y.p12"), "--subject", "CN=Awa Diop,C=SN", "--days", "9000",
    ]  # fmt: skip
    french = [run(*c, lang=FR) for c in (missing_c, missing_csr, no_passphrase_file, too_long)]
    assert [r.returncode for r in french] == [1, 1, 1, 1]
    assert french[0].stderr == (
        "erreur : profil 'citizen-sign' : l'attribut de sujet C est obligatoire\n"
    )
    assert french[1].stderr == (
        f"erreur : impossible de lire la CSR {tmp_path / 'absent.csr'} : "
        "fichier ou dossier introuvable\n"
    )
    assert french[2].stderr.startswith("erreur : impossible de lire le fichier de phrase secrète ")
    assert french[3].stderr == (
        "erreur : profil 'tls-client' : une validité de 9000 jours dépasse le maximum de "
        "825 jours\n"
    )
    arabic = [run(*c, lang=AR) for c in (missing_c, missing_csr, no_passphrase_file, too_long)]
    assert arabic[0].stderr.endswith(f"سمة الموضوع {LRI}C{PDI} مطلوبة\n")
    assert arabic[1].stderr == (
        f"خطأ: تتعذّر قراءة طلب توقيع الشهادة (CSR) {LRI}{tmp_path / 'absent.csr'}{PDI}: "
        "لا يوجد ملف أو مجلد بهذا الاسم\n"
    )
    assert arabic[2].stderr.startswith("خطأ: تتعذّر قراءة ملف عبارة المرور ")
    _no_english(
        "".join(r.stderr for r in french + arabic),
        "subject", "attribute", "required", "cannot read", "passphrase file", "No such file",
        "directory", "validity", "days", "exceeds",
    )  # fmt: skip
    english = run(*missing_c, "--json")
    assert json.loads(english.stderr)["kind"] == "profile.subject_attribute_required"
    assert json.loads(english.stderr)["error"] == (
        "profile 'citizen-sign': subject attribute C is required"
    )
    unreadable = json.loads(run(*missing_csr, "--json").stderr)
    assert unreadable["params"]["what"] == "CSR"
    assert unreadable["params"]["strerror"] == "No such file or directory"
    for command in (missing_c, missing_csr, too_long):
        for lang in (FR, AR):
            assert run(*command, "--json", lang=lang).stderr == run(*command, "--json").stderr


def test_ceremony_check_and_verify_speak_french_and_arabic(tmp_path: Path) -> None:
    """``ceremony check`` (what a run here needs) and ``ceremony verify`` were English whole;
    the role ids, step ids, paths and hash words stay as they are (they are typed or compared)."""
    script = Path(__file__).parent.parent / "ceremonies" / "training-root.toml"
    empty = tmp_path / "ws"
    assert run("init", "-w", str(empty)).returncode == 0
    rehearsed = run("ceremony", "rehearse", str(script), "-w", str(empty), "--out",
                    str(tmp_path / "reh"), lang=FR)  # fmt: skip
    assert rehearsed.returncode == 0, rehearsed.stderr
    # A step's parameters are labelled in French; "produira" (will write) before the step,
    # "écrit" (wrote) after it: the same French word said both.
    assert "\n  AC : training-root\n  sujet : CN=Training Root CA," in rehearsed.stdout
    assert "\n  jours : 3650\n  produira : training-root.pem\n  écrit : training-root.pem" in (
        rehearsed.stdout
    )
    said = {}
    for name, lang in (("fr", FR), ("ar", AR)):
        checked = run("ceremony", "check", str(script), "-w", str(tmp_path / "none"), lang=lang)
        verified = run("ceremony", "verify", str(tmp_path / "reh"), lang=lang)
        assert (checked.returncode, verified.returncode) == (0, 0), checked.stderr
        said[name] = checked.stdout + verified.stdout
        _no_english(
            said[name], "is valid", "roles", "steps", "a run here needs", "workspace",
            "asked during the run", "ready to run here", "cannot tell", "outputs",
            "signatures checked", "ceremony verified", "transcript",
        )  # fmt: skip
    assert "la cérémonie training-root (Cérémonie de l'AC racine de formation" in said["fr"]
    assert "  une exécution ici demande :" in said["fr"]
    assert (
        "cérémonie vérifiée : procès-verbal, fichiers produits et quorum sont valables"
        in (said["fr"])
    )
    assert f"  سليم {LRI}witness{PDI}: " in said["ar"]
    assert "تم التحقق من المراسم" in said["ar"]
    english = run("ceremony", "check", str(script), "-w", str(tmp_path / "none")).stdout
    assert "  a run here needs:\n" in english and "  ready to run here" not in english


def test_profile_list_and_show_label_their_values_in_french_and_arabic(workspace: Path) -> None:
    """``profile show`` printed its English keys ("key types", "max days"...) and ``profile
    list`` "end entity"/"shipped"; ``--json`` keeps its English keys and values."""
    ws = ["-w", str(workspace)]
    for lang in (FR, AR):
        shown = run("profile", "show", "tls-server", *ws, lang=lang)
        listed = run("profile", "list", *ws, lang=lang)
        assert (shown.returncode, listed.returncode) == (0, 0), shown.stderr + listed.stderr
        _no_english(
            shown.stdout + listed.stdout, "custom", "path length", "key types", "max days",
            "default days", "extended key usage", "policies", "subject required", "san types",
            "san required", "crl distribution point", "end entity", "shipped", "max_days",
        )  # fmt: skip
    french = run("profile", "show", "tls-server", *ws, lang=FR).stdout.splitlines()
    assert "types de clé: rsa2048, rsa3072, rsa4096, ec-p256, ec-p384" in french
    assert "jours max: 398" in french
    assert "calendrier de validité: à partir du 2026-03-15 : 200 jours au plus; " in "\n".join(
        french
    )
    assert "entité finale" in run("profile", "list", *ws, lang=FR).stdout
    shown_json = json.loads(run("profile", "show", "tls-server", *ws, "--json", lang=AR).stdout)
    assert shown_json["max_days"] == 398 and "key_types" in shown_json


def test_the_local_address_warning_of_a_tls_issue_is_explained_in_french_and_arabic(
    workspace: Path, tmp_path: Path
) -> None:
    """Every TLS certificate issued under the default 127.0.0.1 base URL carries pkilint's
    internal-name warning and a paragraph on why: that paragraph was English in every language."""
    said = []
    for name, lang in (("fr", FR), ("ar", AR)):
        issued = run(
            "issue", "-w", str(workspace), "--ca", "racine", "--profile", "tls-server",
            "--subject", f"CN=portal-{name}.gov.sn", "--key", "ec-p256",
            "--p12", str(tmp_path / f"{name}.p12"), lang=lang,
        )  # fmt: skip
        assert issued.returncode == 0, issued.stderr
        said.append(issued.stdout)
    _no_english(
        "".join(said), "Certificates carry", "can only be reached", "relying parties",
        "Fine for a lab",
    )  # fmt: skip
    assert "Seul cet ordinateur (ou un réseau privé) peut l'atteindre" in said[0]
    assert "لا يصل إلى هذا العنوان إلا هذا الحاسوب" in said[1]


def test_the_class_grades_are_headed_in_french_and_arabic(tmp_path: Path) -> None:
    """``lab grade``'s table said "id name … total" to a French or Arabic trainer; the exercise
    ids stay (a trainer types them in ``lab check --exercise``), the CSV keeps its English."""
    (tmp_path / "roster.csv").write_text("id,name,lang\nawa,Awa Diop,fr\n", encoding="utf-8")
    made = run(
        "lab", "class", "create", "--pack", "pki-basics", "--roster", str(tmp_path / "roster.csv"),
        "--out", str(tmp_path / "class"), lang=FR,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    french = run("lab", "grade", "--class", str(tmp_path / "class"), "--csv",
                 str(tmp_path / "g.csv"), lang=FR)  # fmt: skip
    assert french.returncode == 0, french.stderr
    assert french.stdout.splitlines()[0].split() == [
        "identifiant", "nom", "hierarchy", "tls", "revoke", "ocsp", "audit", "total",
    ]  # fmt: skip
    arabic = run("lab", "grade", "--class", str(tmp_path / "class"), lang=AR)
    assert arabic.stdout.splitlines()[0].split()[:2] == ["المعرّف", "الاسم"]
    assert arabic.stdout.splitlines()[0].split()[-1] == "المجموع"
    assert (tmp_path / "g.csv").read_text(encoding="utf-8").startswith("id,name,")


def test_a_new_ca_s_key_store_is_named_in_french(tmp_path: Path) -> None:
    """ "clé ec-p256 (software)": the default key store's name is a word, said in French."""
    ws = tmp_path / "ws"
    assert run("init", "-w", str(ws)).returncode == 0
    made = run("ca", "create-root", "r", "-w", str(ws), "--key", "ec-p256", "--subject", SUBJECT,
               lang=FR)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert ", clé ec-p256 (logiciel), valide jusqu'au " in made.stdout
    assert json.loads(run("ca", "show", "r", "-w", str(ws), "--json").stdout)["key_store"] == (
        "software"
    )


def test_a_post_quantum_refusal_is_said_in_french(workspace: Path, tmp_path: Path) -> None:
    """Why a TLS profile refuses an ML-DSA key was an English sentence inside the French one."""
    refused = run(
        "issue", "-w", str(workspace), "--ca", "racine", "--profile", "tls-server",
        "--key", "ml-dsa-44", "--p12", str(tmp_path / "pq.p12"), "--subject", "CN=pq.gov.sn",
        lang=FR,
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.startswith(
        "erreur : profil 'tls-server' : les clés ml-dsa-44 sont refusées : les exigences de base"
    )
    _no_english(refused.stderr, "keys are refused", "Baseline Requirements", "allow only")


def test_the_verify_report_names_certificates_in_french(workspace: Path, tmp_path: Path) -> None:
    """The revocation sources named each certificate "Awa Diop (serial 1a2b…)" in French too."""
    ws = ["-w", str(workspace)]
    (tmp_path / "pw.txt").write_text("mot-de-passe-du-p12\n", encoding="utf-8")
    issued = run(
        "issue", *ws, "--ca", "racine", "--profile", "citizen-sign", "--key", "ec-p256",
        "--subject", "CN=Awa Diop,GN=Awa,SN=Diop,C=SN", "--p12", str(tmp_path / "awa.p12"),
        "--p12-password-file", str(tmp_path / "pw.txt"),
    )  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    (tmp_path / "doc.txt").write_text("décision\n", encoding="utf-8")
    signed = run(
        "sign", str(tmp_path / "doc.txt"), "--out", str(tmp_path / "doc.txt.p7s"),
        "--p12", str(tmp_path / "awa.p12"), "--p12-password-file", str(tmp_path / "pw.txt"),
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    assert run("ca", "export", "racine", *ws, "--out", str(tmp_path / "root.pem")).returncode == 0
    verified = run(
        "verify", str(tmp_path / "doc.txt"), "--trust", str(tmp_path / "root.pem"), lang=FR
    )
    assert "pour Awa Diop (numéro de série " in verified.stdout, verified.stdout
    _no_english(verified.stdout, "serial")


def test_a_bad_ca_certificate_is_named_in_french(workspace: Path, tmp_path: Path) -> None:
    (tmp_path / "junk.pem").write_text("not a certificate\n", encoding="utf-8")
    refused = run("ca", "import-cert", "racine", "-w", str(workspace), "--cert",
                  str(tmp_path / "junk.pem"), lang=FR)  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr == (
        "erreur : le certificat d'AC n'est pas un certificat PEM ou DER valide\n"
    )


def test_what_a_token_was_doing_is_said_in_french_and_arabic() -> None:
    """ "key not found on token 'hsm1' (while trying to sign)": the operation was an English
    word inside the French sentence; ``str()`` (logs, --json) keeps the English."""
    import pkcs11.exceptions as p11

    from idtoolkit import sentence_parts as parts
    from idtoolkit.errors import IDToolkitError
    from idtoolkit.hsm.errors import token_errors
    from idtoolkit.i18n import catalogue

    with pytest.raises(IDToolkitError) as caught, token_errors(parts.SIGN, "hsm1"):
        raise p11.NoSuchKey()
    error = caught.value
    assert str(error) == "key not found on token 'hsm1' (while trying to sign)"
    assert catalogue("fr").error_text(error) == (
        "clé introuvable sur le jeton 'hsm1' (pendant la tentative de signer)"
    )
    assert catalogue("ar").error_text(error).endswith("(أثناء محاولة التوقيع)")
