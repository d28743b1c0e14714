"""``idtoolkit profile list|show|add``: the certificate profiles of the workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

from idtoolkit import api
from idtoolkit.api import Profile
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import emit, emit_listing, key_value_text
from idtoolkit.apps.cli.language import N_, Nn_, _, catalogue, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    prof = add_group(commands, "profile", "certificate profiles", "profile_command")
    add_command(
        prof,
        "list",
        profile_list,
        example="idtoolkit profile list",
        parents=[common],
        help="list profiles",
    )
    p = add_command(
        prof,
        "show",
        profile_show,
        example="idtoolkit profile show tls-server",
        parents=[common],
        help="show a profile",
    )
    p.add_argument("name", help="profile name")
    p = add_command(
        prof,
        "add",
        profile_add,
        example="idtoolkit profile add my-profile.toml",
        parents=[common],
        help="validate and add a profile file to the workspace",
    )
    p.add_argument("file", help="the profile TOML file")


#: The labels ``profile show`` prints (its keys, underscores as spaces): marked so the
#: catalogues carry them, said through ``key_value_text``.
SHOW_LABELS = (
    N_("name"), N_("description"), N_("source"), N_("custom"), N_("ca"), N_("path length"),
    N_("lint"), N_("key types"), N_("max days"), N_("default days"), N_("validity schedule"),
    N_("key usage"), N_("extended key usage"), N_("policies"), N_("subject required"),
    N_("subject optional"), N_("subject one of"), N_("san types"), N_("san required"),
    N_("crl distribution point"), N_("aia ca issuers"), N_("aia ocsp"), N_("ocsp nocheck"),
    N_("qc statements"),
)  # fmt: skip


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
            _("CA") if p.is_ca else _("end entity"),
            str(p.max_days),
            p.lint.value,
            _("workspace") if c else _("shipped"),
            p.description_in(catalogue().language),
        ]
        for p, c in profiles
    ]
    emit_listing(
        args,
        [_profile_dict(p, c) for p, c in profiles],
        rows,
        [N_("NAME"), N_("KIND"), N_("MAX DAYS"), N_("LINT"), N_("FROM"), N_("DESCRIPTION")],
        "profiles",
        counted_as=Nn_("{count} profile", "{count} profiles"),
    )


def profile_show(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        p = ws.profiles.get(args.name)
        data = _profile_dict(p, ws.profiles.is_custom(p.name))
    schedule = [
        say("from {date}: at most {days} days", date=f"{s.start:%Y-%m-%d}", days=s.max_days)
        for s in p.validity_schedule
    ]
    shown = data | {  # JSON: English
        "description": p.description_in(catalogue().language),
        "validity_schedule": "; ".join(schedule) if schedule else None,
    }
    emit(args, data, key_value_text(shown))


def profile_add(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        profile, target = api.add_profile(ws, Path(args.file))
    emit(
        args,
        {"profile": profile.name, "file": str(target)},
        say("added profile {name} ({file})", name=profile.name, file=target),
    )
