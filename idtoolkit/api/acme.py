"""ACME endpoints (RFC 8555) served by ``serve`` at ``/acme/NAME/directory``: adding, listing
and removing them, and External Account Binding keys. Light: no server is imported."""

from idtoolkit.authz.guard import guarded
from idtoolkit.services.acme import endpoints
from idtoolkit.services.acme.endpoints import (
    CHALLENGES,
    Endpoint,
    EndpointSettings,
    get_endpoint,
    list_endpoints,
)
from idtoolkit.services.acme.overview import (
    AccountInfo,
    OrderInfo,
    list_accounts,
    recent_orders,
)

# Who may give certificates to anyone who answers a challenge, and for which names: the
# CA administrators' decision, like a profile.
add_endpoint = guarded("acme.configure")(endpoints.add_endpoint)
remove_endpoint = guarded("acme.configure")(endpoints.remove_endpoint)
add_eab_key = guarded("acme.configure")(endpoints.add_eab_key)

__all__ = [
    "CHALLENGES",
    "AccountInfo",
    "Endpoint",
    "EndpointSettings",
    "OrderInfo",
    "add_eab_key",
    "add_endpoint",
    "get_endpoint",
    "list_accounts",
    "list_endpoints",
    "recent_orders",
    "remove_endpoint",
]
