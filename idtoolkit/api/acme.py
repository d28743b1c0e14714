"""ACME endpoints (RFC 8555) served by ``serve`` at ``/acme/NAME/directory``: adding, listing
and removing them, and External Account Binding keys. Light: no server is imported."""

from idtoolkit.services.acme.endpoints import (
    CHALLENGES,
    Endpoint,
    EndpointSettings,
    add_eab_key,
    add_endpoint,
    get_endpoint,
    list_endpoints,
    remove_endpoint,
)

__all__ = [
    "CHALLENGES",
    "Endpoint",
    "EndpointSettings",
    "add_eab_key",
    "add_endpoint",
    "get_endpoint",
    "list_endpoints",
    "remove_endpoint",
]
