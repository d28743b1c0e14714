"""``idtoolkit init``, ``profile …`` and ``audit …``"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from idtoolkit import api
from idtoolkit.api import Profile, Workspace
from idtoolkit.apps.cli.context import open_workspace, workspace_dir
from idtoolkit.apps.cli.io import (
    emit,
    emit_listing,
    key_value_text,
    workspace_passphrase,
    write_file,
)
from idtoolkit.errors import AuditError


def init(args: argparse.Namespace) -> None:
    directory = workspace_dir(args)
    passphrase = workspace_passphrase(args, confirm=True)
    with Workspace.init(directory, passphrase, getattr(args, "db", None), args.base_url) as ws:
        emit(
            args,
            {
                "workspace": str(directory),
                "store": ws.store.display_url,
                "base_url": ws.config.base_url,
            },
            f"created workspace {directory}\n  store: {ws.store.display_url}\n  base URL: {ws.config.base_url}\n"
            "  next: idtoolkit ca create-root NAME --subject 'CN=…,O=…,C=..' --key ec-p384",
        )


def _profile_dict(p: Profile, custom: bool) -> dict[str, object]:
    return {
        "name": p.name,
        "description": p.description,
        "source": p.source,
        "custom": custom,
        "ca": p.is_ca,
        "path_length": p.path_length,
        "lint": p.lint.value,
        "key_types": list(p.key_types),
        "max_days": p.max_days,
        "default_days": p.default_days,
        "validity_schedule": [
            {"from": s.start.isoformat(), "max_days": s.max_days} for s in p.validity_schedule
        ],
        "key_usage": list(p.key_usage) + [f"{u} (RSA)" for u in p.key_usage_rsa_extra],
        "extended_key_usage": [o.dotted_string for o in p.eku],
        "policies": [o.dotted_string for o in p.policies],
        "subject_required": list(p.subject.required),
        "subject_optional": list(p.subject.optional),
        "subject_one_of": [["+".join(a) for a in g] for g in p.subject.one_of],
        "san_types": list(p.san_types),
        "san_required": p.san_required,
        "crl_distribution_point": p.crl_distribution_point,
        "aia_ca_issuers": p.aia_ca_issuers,
        "aia_ocsp": p.aia_ocsp,
        "ocsp_nocheck": p.ocsp_nocheck,
        "qc_statements": p.qc_statements is not None,
    }


def profile_list(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        profiles = [(p, ws.profiles.is_custom(p.name)) for p in ws.profiles.all()]
    rows = [
        [
            p.name,
            "CA" if p.is_ca else "end entity",
            str(p.max_days),
            p.lint.value,
            "workspace" if c else "shipped",
            p.description,
        ]
        for p, c in profiles
    ]
    emit_listing(
        args,
        [_profile_dict(p, c) for p, c in profiles],
        rows,
        ["NAME", "KIND", "MAX DAYS", "LINT", "FROM", "DESCRIPTION"],
        "profiles",
    )


def profile_show(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        p = ws.profiles.get(args.name)
        data = _profile_dict(p, ws.profiles.is_custom(p.name))
    emit(args, data, key_value_text(data))


def profile_add(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        profile, target = api.add_profile(ws, Path(args.file))
    emit(
        args,
        {"profile": profile.name, "file": str(target)},
        f"added profile {profile.name} ({target})",
    )


def audit_verify(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        result = api.verify_audit(ws, args.expect_head)
    data = {
        "ok": result.ok,
        "events": result.events,
        "head": result.head,
        "problem": result.problem,
        "first_bad_seq": result.first_bad_seq,
    }
    if result.ok and args.seal:
        from idtoolkit.apps.cli.ceremony_commands import verify_seals

        seal_lines = verify_seals(args)  # raises AuditError naming the seal that fails
        head = f"audit chain intact: {result.events} events, head {result.head}"
        emit(args, {**data, "seals": seal_lines}, "\n".join([head, *seal_lines]))
        return
    if result.ok:
        emit(args, data, f"audit chain intact: {result.events} events, head {result.head}")
        return
    if args.json:
        emit(args, data, "")
    raise AuditError(
        "cli.audit_chain_broken", "audit chain broken: {problem}", problem=result.problem
    )


def audit_export(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        events, result = api.export_audit_events(ws)
    lines = [json.dumps(event, ensure_ascii=False) for event in events]
    body = ("\n".join(lines) + "\n").encode() if lines else b""
    if args.out:
        write_file(Path(args.out), body)
        print(
            f"wrote {len(lines)} events to {args.out}; head {result.head}"
            + ("" if result.ok else f" (WARNING: {result.problem})"),
            file=sys.stderr,
        )
    else:
        sys.stdout.write(body.decode())


def settings(args: argparse.Namespace) -> None:
    from idtoolkit import api

    with open_workspace(args) as ws:
        current = api.update_settings(
            ws,
            base_url=args.base_url,
            crl_days=args.crl_days,
            root_crl_days=args.root_crl_days,
            delta_crl_hours=args.delta_crl_hours,
            pkcs11_module=args.pkcs11_module,
        )
    data = dataclasses.asdict(current)
    text = key_value_text(data)
    if api.is_internal(current.base_url):
        text += f"\nnote: {api.internal_name_explanation(current.base_url)}"
    emit(args, data, text)
