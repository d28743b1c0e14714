"""The few fixed words of handouts and check results, per language (English as fallback).
Pack texts (titles, statements, hints) come from the pack itself."""

from __future__ import annotations

from typing import Any

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "values": "Your values",
        "secrets": "Your secrets (keep them to yourself)",
        "passphrase": "Workspace passphrase",
        "pin": "Token user PIN",
        "so_pin": "Token security officer PIN",
        "port": "Your service port",
        "tokens": "Your tokens",
        "workspace": "Your workspace",
        "exercises": "Exercises",
        "points": "points",
        "point": "point",
        "check": "Check your work",
        "pass": "PASS",
        "fail": "FAIL",
    },
    "fr": {
        "values": "Vos valeurs",
        "secrets": "Vos secrets (gardez-les pour vous)",
        "passphrase": "Phrase secrète de l'espace de travail",
        "pin": "PIN utilisateur du jeton",
        "so_pin": "PIN responsable sécurité du jeton",
        "port": "Port de vos services",
        "tokens": "Vos jetons",
        "workspace": "Votre espace de travail",
        "exercises": "Exercices",
        "points": "points",
        "point": "point",
        "check": "Vérifiez votre travail",
        "pass": "RÉUSSI",
        "fail": "ÉCHEC",
    },
}

#: What each value is, in words, for the handout (never the raw placeholder names).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "student": "Your student id",
        "name": "Your name",
        "seed4": "Your code (in the names you make)",
        "seed6": "Your long code",
        "num2": "Your number",
        "port": "Your service port",
        "base": "Your services' address",
        "token": "Your token",
        "token_role": "Your token '{role}'",
    },
    "fr": {
        "student": "Votre identifiant",
        "name": "Votre nom",
        "seed4": "Votre code (dans les noms que vous créez)",
        "seed6": "Votre code long",
        "num2": "Votre numéro",
        "port": "Port de vos services",
        "base": "Adresse de vos services",
        "token": "Votre jeton",
        "token_role": "Votre jeton « {role} »",
    },
}

#: A check's default label, by kind (a pack may give its own).
KIND_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "cert": "certificate",
        "crl": "CRL",
        "chain": "certificate chain",
        "ocsp": "OCSP answer",
        "token": "key on the token",
        "signature": "signature",
        "audit": "audit trail",
    },
    "fr": {
        "cert": "certificat",
        "crl": "LCR",
        "chain": "chaîne de certificats",
        "ocsp": "réponse OCSP",
        "token": "clé sur le jeton",
        "signature": "signature",
        "audit": "piste d'audit",
    },
}

#: What a failed check found, per language; the pack's hint says what to do about it.
FINDINGS: dict[str, dict[str, str]] = {
    "en": {
        "no-ca": "no CA named {ca}",
        "no-cert": "no certificate for {cn} issued by {ca}",
        "profile": "issued with profile {found}, expected {expected}",
        "san": "subject alternative name {expected} missing (found: {found})",
        "key-type": "key type {found}, expected {expected}",
        "not-on-token": "the key is not on token {token}",
        "lint": "lint errors: {found}",
        "no-crl": "{ca} has published no CRL",
        "stale-crl": "the latest CRL of {ca} expired at {found}",
        "not-in-crl": "serial {serial} is not in the latest CRL of {ca}",
        "crl-reason": "serial {serial} is in the CRL with reason {found}, expected {expected}",
        "chain-depth": "the chain of {ca} has {found} certificate(s), expected {expected}",
        "chain-broken": "the chain breaks at {found}",
        "ocsp-unreachable": "no OCSP answer at {found}",
        "ocsp-status": "OCSP says {found} for {cn}, expected {expected}",
        "no-key": "no private key labelled {label} on token {token}",
        "extractable": "key {label} can be extracted or is not sensitive",
        "key-count": "token {token} holds {found} private key(s), expected {expected}",
        "no-file": "file {file} not found in your work folder",
        "verdict": "{file} verifies as {found}, expected {expected}",
        "reason": "{file}: the validator does not report {expected} (reports: {found})",
        "level": "{file} is not signed at {expected}",
        "audit": "the audit trail does not verify: {found}",
        "audit-idle": "your audit trail records nothing since the start: do the exercises first",
        "subject": "the subject is {found}, expected {expected}",
        "not-that-key": "the certified key is not the key labelled {label} on token {token}",
        "token-missing": "token {token} is missing",
    },
    "fr": {
        "no-ca": "aucune AC nommée {ca}",
        "no-cert": "aucun certificat pour {cn} émis par {ca}",
        "profile": "émis avec le profil {found}, attendu {expected}",
        "san": "nom alternatif {expected} absent (trouvés : {found})",
        "key-type": "type de clé {found}, attendu {expected}",
        "not-on-token": "la clé n'est pas sur le jeton {token}",
        "lint": "erreurs de conformité : {found}",
        "no-crl": "{ca} n'a publié aucune LCR",
        "stale-crl": "la dernière LCR de {ca} a expiré le {found}",
        "not-in-crl": "le numéro {serial} n'est pas dans la dernière LCR de {ca}",
        "crl-reason": "le numéro {serial} est dans la LCR avec le motif {found}, attendu {expected}",
        "chain-depth": "la chaîne de {ca} compte {found} certificat(s), attendu {expected}",
        "chain-broken": "la chaîne est rompue à {found}",
        "ocsp-unreachable": "pas de réponse OCSP à {found}",
        "ocsp-status": "OCSP répond {found} pour {cn}, attendu {expected}",
        "no-key": "aucune clé privée nommée {label} sur le jeton {token}",
        "extractable": "la clé {label} est extractible ou non sensible",
        "key-count": "le jeton {token} contient {found} clé(s) privée(s), attendu {expected}",
        "no-file": "fichier {file} introuvable dans votre dossier de travail",
        "verdict": "{file} est vérifié {found}, attendu {expected}",
        "reason": "{file} : le validateur ne signale pas {expected} (il signale : {found})",
        "level": "{file} n'est pas signé au niveau {expected}",
        "audit": "la piste d'audit ne se vérifie pas : {found}",
        "audit-idle": "votre piste d'audit n'enregistre rien depuis le départ : faites d'abord les exercices",
        "subject": "le sujet est {found}, attendu {expected}",
        "not-that-key": "la clé certifiée n'est pas la clé nommée {label} sur le jeton {token}",
        "token-missing": "le jeton {token} est absent",
    },
}


def kind_label(lang: str, kind: str) -> str:
    return KIND_LABELS.get(lang, KIND_LABELS["en"]).get(kind, kind)


def word(lang: str, key: str) -> str:
    return WORDS.get(lang, WORDS["en"]).get(key, WORDS["en"][key])


def finding(lang: str, code: str, **fields: Any) -> str:
    template = FINDINGS.get(lang, FINDINGS["en"]).get(code, FINDINGS["en"][code])
    return template.format_map({k: str(v) for k, v in fields.items()})


def localized(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()))


def value_lines(pack: Any, values: dict[str, str], lang: str) -> list[tuple[str, str]]:
    """The values the pack's texts use, each named in words (``num2`` is "Your number"),
    in a fixed order; the port is in the secrets' part already."""
    used = pack.text or ""
    labels = VALUE_LABELS.get(lang, VALUE_LABELS["en"])
    lines = []
    for key, value in values.items():
        if key == "port" or ("{" + key + "}" not in used and key not in ("student", "name")):
            continue
        if key.startswith("token_"):
            label = labels["token_role"].format(role=key.removeprefix("token_"))
        else:
            label = labels.get(key, key)
        lines.append((label, value))
    return lines


def handout(pack: Any, student: Any, values: dict[str, str], secret: dict[str, str]) -> str:
    """The student's sheet: instructions, their values and secrets, every exercise."""
    from idtoolkit.apps.labs.values import render

    lang = student.lang
    lines = [
        f"# {localized(pack.title, lang)}",
        "",
        f"{student.name} ({student.id})",
        "",
        render(localized(pack.instructions, lang), values).strip(),
        "",
        f"## {word(lang, 'values')}",
        "",
    ]
    lines += [f"- {label}: `{value}`" for label, value in value_lines(pack, values, lang)]
    lines += [
        "",
        f"## {word(lang, 'secrets')}",
        "",
        f"- {word(lang, 'workspace')}: `students/{student.id}/workspace`",
        f"- {word(lang, 'passphrase')}: `{secret['passphrase']}`",
        f"- {word(lang, 'pin')}: `{secret['pin']}`",
        f"- {word(lang, 'so_pin')}: `{secret['so_pin']}`",
        f"- {word(lang, 'port')}: `{student.port}`",
        "",
        f"## {word(lang, 'exercises')}",
        "",
    ]
    for exercise in pack.exercises:
        lines += [
            f"### {exercise.id}: {localized(exercise.title, lang)} "
            f"({exercise.points} {word(lang, 'point' if exercise.points == 1 else 'points')})",
            "",
            render(localized(exercise.statement, lang), values).strip(),
            "",
        ]
    lines += [
        f"## {word(lang, 'check')}",
        "",
        f"    idtoolkit lab check --class ../../.. --student {student.id}",
        "",
    ]
    return "\n".join(lines)
