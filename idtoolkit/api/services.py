"""The PKI's HTTP services (CRL, OCSP, AIA, timestamps), in this process or in the
background. Imports the server: ``from idtoolkit.api import services`` where it is used."""

from idtoolkit.services.background import (
    SERVE_READY,
    Detached,
    serve_in_background,
    start_detached,
    stop_detached,
)
from idtoolkit.services.http import PKIServer, default_workers

__all__ = [
    "SERVE_READY",
    "Detached",
    "PKIServer",
    "default_workers",
    "serve_in_background",
    "start_detached",
    "stop_detached",
]
