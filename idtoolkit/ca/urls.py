"""The URLs a CA writes into certificates; ``idtoolkit serve`` answers at the same paths."""

from __future__ import annotations


def crl_url(base_url: str, ca_name: str) -> str:
    return f"{base_url}/crl/{ca_name}.crl"


def delta_crl_url(base_url: str, ca_name: str) -> str:
    return f"{base_url}/crl/{ca_name}-delta.crl"


def ca_issuers_url(base_url: str, ca_name: str) -> str:
    return f"{base_url}/ca/{ca_name}.crt"


def ocsp_url(base_url: str, ca_name: str) -> str:
    return f"{base_url}/ocsp/{ca_name}"
