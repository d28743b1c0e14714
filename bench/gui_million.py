"""The desktop app on a workspace with a million certificates: first paint and searches.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_million.py [--count 1000000] [--dir DIR]

Builds (or reuses, with --dir) a workspace whose issuing CA has ``count`` certificates: one
really issued, the rest bulk-inserted rows reusing its DER with their own serials, subjects,
dates and statuses (:func:`synthetic.insert_synthetic_certificates`). Then it measures,
in this process:

- first paint: from creating the main window to the window painted with the first page of
  the table (the lazy model reads one page, never the million);
- searches typed in the filter box (debounce skipped): a name, one citizen by name, an ID
  number inside the subject, a serial prefix, and the status filter; "painted" is until the
  table shows its first page (for text: the index-backed prefix matches), "full" until the
  worker's complete "contains" answer replaced it;
- scrolling: fetching the next pages at the end of what is loaded;
- the match count the status line shows, which runs in a worker and never blocks painting.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = b"bench passphrase - not for real use"


def build(directory: Path, count: int) -> None:
    from synthetic import insert_synthetic_certificates

    from idtoolkit import api

    started = time.perf_counter()
    ws = api.Workspace.init(directory, PASSPHRASE)
    api.create_root(ws, "root", "CN=Bench Root CA,O=ID Toolkit Bench,C=SN", "ec-p256")
    api.create_sub(ws, "issuing", "root", "CN=Bench Issuing CA,O=ID Toolkit Bench,C=SN", "ec-p256")
    api.issue_with_new_key(
        ws, "issuing", "citizen-auth", "CN=Seed Citizen,GN=Seed,SN=Citizen,C=SN", "ec-p256"
    )

    def progress(done: int, total: int) -> None:
        print(f"\r  inserted {done:,}/{total:,}", end="", flush=True)

    insert_synthetic_certificates(ws, "issuing", count - 1, batch=50_000, progress=progress)
    ws.close()
    print(f"\n  built in {time.perf_counter() - started:.1f} s")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def wait(ready: Callable[[], bool]) -> None:
    """Let Qt deliver worker answers until ``ready()`` (sleeping between rounds: PySide6's
    processEvents() leaks a reference per call)."""
    from PySide6.QtWidgets import QApplication

    while not ready():
        QApplication.processEvents()
        time.sleep(0.0005)


def measure(directory: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from gui import workers
    from gui.app import create_app
    from gui.main_window import MainWindow
    from idtoolkit import api

    app = create_app([])
    started = time.perf_counter()
    ws = api.Workspace.open(directory)
    window = MainWindow(ws)
    window.resize(1366, 820)
    window.show()
    wait(lambda: not window.certificates.model.reading_page)  # pages are read off the UI thread
    window.repaint()
    QApplication.processEvents()
    first_paint = time.perf_counter() - started
    view = window.certificates
    rows = view.model.rowCount()
    print(
        f"first paint (open workspace + main window + first page): {ms(first_paint)}  [{rows} rows loaded]"
    )

    def search(
        label: str,
        text: str = "",
        status: str | None = None,
        ca: str | None = None,
        repeat: int = 5,
    ) -> None:
        times, full_times = [], []
        for _ in range(repeat):
            view.search.blockSignals(True)
            view.search.setText(text)
            view.search.blockSignals(False)
            view.status.blockSignals(True)
            view.status.setCurrentIndex(view.status.findData(status))
            view.status.blockSignals(False)
            view.ca = ca
            t0 = time.perf_counter()
            view.apply_filter()
            wait(lambda: not view.model.reading_page)  # the first (quick) page
            window.repaint()
            QApplication.processEvents()
            times.append(time.perf_counter() - t0)
            shown = view.model.rowCount()
            wait(lambda: not view.model.searching)  # the full "contains" answer
            full_times.append(time.perf_counter() - t0)
        full = (
            f"; full 'contains' answer {ms(statistics.median(full_times))} "
            f"({view.model.rowCount()} rows)"
            if text
            else ""
        )
        print(f"search {label:<40} painted {ms(statistics.median(times)):>8} ({shown} rows){full}")

    search("'Amina' (a common first name)", "Amina")
    search("'Moussa Ndiaye 0777777' (one citizen)", "Moussa Ndiaye 0777777")
    search("'IDCSN-0777777' (ID inside the subject)", "IDCSN-0777777")
    serial = api.page_certificates(ws, api.CertFilter(text="0555555"), 0, 1)[0].serial
    search(f"serial prefix '{serial[:10]}'", serial[:10])
    search("status = revoked, CA issuing", status="revoked", ca="issuing")
    search("status = expiring soon, CA issuing", status="expiring", ca="issuing")
    search("clear (back to everything)")

    t0 = time.perf_counter()
    pages = 0
    while view.model.canFetchMore() and pages < 50:
        view.model.fetchMore()
        wait(lambda: not view.model.reading_page)
        pages += 1
    scroll = time.perf_counter() - t0
    view.table.scrollToBottom()
    QApplication.processEvents()
    print(
        f"scroll: {pages} more pages ({view.model.rowCount():,} rows loaded): {ms(scroll / max(pages, 1))} per page"
    )

    t0 = time.perf_counter()
    total = api.count_certificates(ws, api.CertFilter())
    print(
        f"count of all certificates (status line, in a worker): {ms(time.perf_counter() - t0)} -> {total:,}"
    )
    workers.wait_all()
    view_pool_wait = time.perf_counter()
    from gui.views.certificates import count_pool, search_pool

    count_pool().waitForDone(60_000)
    search_pool().waitForDone(60_000)
    _ = view_pool_wait
    window.close()
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument(
        "--dir", type=Path, help="workspace to build or reuse (default: a temporary one)"
    )
    args = parser.parse_args()
    directory = args.dir or Path(tempfile.mkdtemp(prefix="idtoolkit-million-")) / "workspace"
    if not (directory / "config.toml").exists():
        print(f"building {args.count:,} certificates in {directory}")
        build(directory, args.count)
    else:
        print(f"reusing {directory}")
    measure(directory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
