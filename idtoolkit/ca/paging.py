"""Keyset paging over certificates: what a lazy table needs to scroll a million rows.

``list_certificates`` pages with OFFSET, which costs more the further one scrolls; a view that
fetches page after page asks instead for "the next rows after the last id I have", which an
index answers in the same time at row 10 and at row 999,990.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from idtoolkit.ca.query import CertFilter, CertSummary, resolve_filter
from idtoolkit.store.certificates import certificates_after
from idtoolkit.workspace import Workspace


def page_certificates(
    ws: Workspace,
    f: CertFilter | None = None,
    after_id: int = 0,
    limit: int = 200,
    prefix_only: bool = False,
) -> list[CertSummary]:
    """Up to ``limit`` certificates matching ``f`` with ``id > after_id``, in id order.

    Pass the last row's ``id`` as ``after_id`` to get the next page (not in prefix mode,
    which answers one page); an empty list means the
    end. Filters are the same as :func:`idtoolkit.ca.query.list_certificates`.

    ``prefix_only`` answers a text search from the indexes alone, in milliseconds at any size:
    subjects starting with ``CN=<text>`` and serials starting with the text. The full
    "contains" search goes through the trigram index (migration 0005): tens of milliseconds
    at a million rows, more for text that matches a large share of them, so a view still shows
    the prefix matches at once and the full answer when it arrives.
    """
    f = f or CertFilter()
    text = f.text.strip() if f.text else ""
    if prefix_only and text:
        f = dataclasses.replace(f, text=None)
    now = dt.datetime.now(dt.UTC)
    with ws.store.reading() as session:
        rows = certificates_after(
            session,
            resolve_filter(session, f),
            now,
            after_id,
            limit,
            prefix=text if prefix_only and text else None,
        )
        return [CertSummary.of(c, ca_name, now) for c, ca_name in rows]


__all__ = ["page_certificates"]
