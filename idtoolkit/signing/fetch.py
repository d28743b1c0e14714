"""Plain HTTP for TSA requests and revocation fetching, with the standard library.

One small client keeps the failure messages uniform (which URL, what went wrong) and avoids
pulling in an HTTP stack just for loopback and intranet services.
"""

from __future__ import annotations

import urllib.error
import urllib.request

from idtoolkit.errors import FetchError

TIMEOUT_SECONDS = 10.0
MAX_BODY = 64 * 1024 * 1024


def _read(request: urllib.request.Request, expected_type: str | None, timeout: float) -> bytes:
    url = request.full_url
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            body: bytes = response.read(MAX_BODY + 1)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"{url}: cannot connect ({reason})") from None
    if len(body) > MAX_BODY:
        raise FetchError(f"{url}: answer larger than {MAX_BODY} bytes")
    if expected_type and content_type.split(";")[0].strip() != expected_type:
        raise FetchError(
            f"{url}: answered {content_type or 'no content type'}, not {expected_type}"
        )
    return body


def post(
    url: str,
    body: bytes,
    content_type: str,
    expected_type: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> bytes:
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": content_type}
    )
    return _read(request, expected_type, timeout)


def get(url: str, timeout: float = TIMEOUT_SECONDS) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    return _read(urllib.request.Request(url), None, timeout)
