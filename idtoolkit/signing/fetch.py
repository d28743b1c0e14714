"""Plain HTTP for TSA requests and revocation fetching, with the standard library.

URLs come from certificates and signatures, that is from whoever made the file being
validated. So only http and https are fetched (also after a redirect), every failure is a
one-line :class:`FetchError`, and one validation has a budget: a number of requests and a total
time, so a signature listing many slow URLs cannot hold ``verify`` for long.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from typing import Any

from idtoolkit.errors import FetchError

TIMEOUT_SECONDS = 10.0
MAX_BODY = 64 * 1024 * 1024
SCHEMES = ("http://", "https://")


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        if not newurl.lower().startswith(SCHEMES):
            raise FetchError(
                "fetch.redirect_not_http",
                "{url}: redirected to {target}, which is not http(s)",
                url=req.full_url,
                target=newurl,
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_HttpOnlyRedirects)


class Fetcher:
    """The HTTP budget of one operation (a validation, a B-LT signature)."""

    def __init__(
        self, seconds: float = 60.0, max_requests: int = 32, per_request: float = TIMEOUT_SECONDS
    ):
        self.deadline = time.monotonic() + seconds
        self.left = max_requests
        self.per_request = per_request

    def _timeout(self, url: str) -> float:
        remaining = self.deadline - time.monotonic()
        if self.left <= 0 or remaining <= 0:
            raise FetchError(
                "fetch.budget_spent",
                "{url}: not fetched, this validation's time or request budget is spent",
                url=url,
            )
        self.left -= 1
        return min(self.per_request, remaining)

    def _read(self, request: urllib.request.Request, expected_type: str | None) -> bytes:
        url = request.full_url
        if not url.lower().startswith(SCHEMES):
            raise FetchError(
                "fetch.scheme_not_http",
                "{url}: only http and https URLs are fetched",
                url=url,
            )
        timeout = self._timeout(url)
        try:
            with _opener.open(request, timeout=timeout) as response:
                content_type = response.headers.get("Content-Type", "")
                body: bytes = response.read(MAX_BODY + 1)
        except urllib.error.HTTPError as exc:
            raise FetchError(
                "fetch.http_error",
                "{url}: HTTP {status} {status_text}{hint}",
                url=url,
                status=exc.code,
                status_text=exc.reason,
                hint=_hint(exc),
            ) from None
        except urllib.error.URLError as exc:
            raise FetchError(
                "fetch.cannot_connect",
                "{url}: cannot connect ({reason})",
                url=url,
                reason=exc.reason,
            ) from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise FetchError(
                "fetch.failed",
                "{url}: {error_type}: {error}",
                url=url,
                error_type=type(exc).__name__,
                error=exc,
            ) from None
        if len(body) > MAX_BODY:
            raise FetchError(
                "fetch.answer_too_large",
                "{url}: answer larger than {max_body} bytes",
                url=url,
                max_body=MAX_BODY,
            )
        if expected_type and content_type.split(";")[0].strip() != expected_type:
            raise FetchError(
                "fetch.wrong_content_type",
                "{url}: answered {content_type}, not {expected_type}",
                url=url,
                content_type=content_type or "no content type",
                expected_type=expected_type,
            )
        return body

    def post(
        self, url: str, body: bytes, content_type: str, expected_type: str | None = None
    ) -> bytes:
        try:
            request = urllib.request.Request(
                url, data=body, method="POST", headers={"Content-Type": content_type}
            )
        except ValueError as exc:
            raise FetchError(
                "fetch.bad_url", "{url}: not a usable URL ({problem})", url=url, problem=exc
            ) from None
        return self._read(request, expected_type)

    def get(self, url: str) -> bytes:
        try:
            request = urllib.request.Request(url)
        except ValueError as exc:
            raise FetchError(
                "fetch.bad_url", "{url}: not a usable URL ({problem})", url=url, problem=exc
            ) from None
        return self._read(request, None)


def _hint(exc: urllib.error.HTTPError) -> str:
    """The server's own one-line explanation of an error (our 'serve' says what is missing),
    kept: it is what tells the user what to do."""
    try:
        if not exc.headers.get("Content-Type", "").startswith("text/plain"):
            return ""
        text = exc.read(200).decode("utf-8", "replace").strip().splitlines()
    except (OSError, ValueError, http.client.HTTPException):
        return ""
    line = "".join(ch for ch in (text[0] if text else "") if ch.isprintable())
    return f" ({line})" if line else ""


def post(
    url: str,
    body: bytes,
    content_type: str,
    expected_type: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> bytes:
    """One request with its own budget (a time-stamp request)."""
    return Fetcher(timeout, 1, timeout).post(url, body, content_type, expected_type)
