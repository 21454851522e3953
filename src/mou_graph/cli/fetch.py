"""`mou-graph fetch`: articles from URLs, files of URLs, feeds and sitemaps, fetched politely,
written as JSON Lines for `extract` and `build` (a thin layer over `ingest/web/`)."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import typer

from .common import count, err, fail, progress, report_errors


def fetch(
    sources: list[str] = typer.Argument(
        ..., help="Article URLs, RSS/Atom feeds, sitemaps (or sitemap indexes), or files listing URLs one a line."
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="The JSON Lines file to write (whole or not at all); the terminal without it."
    ),
    cache: Path | None = typer.Option(
        None,
        "--cache",
        help="The cache folder (default: .mou-graph-fetch/ beside --out, else ~/.cache/mou-graph/fetch).",
    ),
    delay: float = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to one host."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for a connection or a read."),
    max_size: float = typer.Option(10.0, "--max-size", min=0.01, help="Largest page kept, in MB."),
    retries: int = typer.Option(3, "--retries", min=0, help="Tries again after a 429 or 5xx, with backoff."),
    retry_failed: bool = typer.Option(
        False, "--retry-failed", help="Try again the URLs that failed for good on earlier runs (a 404, robots.txt, …)."
    ),
    all_articles: bool = typer.Option(
        False, "--all", help="Write every article in the cache, not only those not written out before."
    ),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Fetch from loopback and private-network addresses too (an intranet's pages)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
) -> None:
    """Fetch articles from the web into JSON Lines (`id`, `url`, `title`, `published`, `outlet`, `text`).

    Polite: robots.txt obeyed, one request at a time per host with --delay between them, time-outs,
    a size cap, retries with backoff. Incremental: what was fetched is cached by canonical URL, so a
    second run fetches only what is new and writes only the articles not yet written out by a run
    that failed nowhere (with nothing new, --out is left as it was). A failed URL is reported with
    its reason; the exit status is then 1.
    """
    from ..files import FolderBusy, OutputError, atomic_writer, folder_lock
    from ..ingest.web import FetchCache, Policy, PoliteClient, default_cache_dir, fetch_new

    folder = cache or default_cache_dir(out)
    policy = Policy(
        delay=delay,
        timeout=timeout,
        max_bytes=int(max_size * 1024 * 1024),
        retries=retries,
        allow_private=allow_private,
    )
    try:
        with folder_lock(folder, wait=0):
            store = FetchCache(folder, retry_failed=retry_failed)
            with progress(quiet, "fetching") as bar, PoliteClient(policy) as client:
                task = bar.add_task("fetch", total=None)
                report = fetch_new(
                    sources, store, client, on_link=lambda done, total: bar.update(task, completed=done, total=total)
                )
            chosen = list(store.pending())
            records = list(store.articles()) if all_articles else [r for _, r in chosen]
            if records:
                with atomic_writer(out) if out is not None else contextlib.nullcontext(sys.stdout) as fh:
                    for record in records:
                        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    fh.flush()
                if not report.errors:  # after a failure `fetch … && build …` builds nothing: hand them out again
                    store.delivered([k for k, _ in chosen])
    except FolderBusy:
        fail(f"the cache {folder} is in use by another mou-graph fetch; try again when it finishes")
    except OutputError as exc:
        fail(str(exc))
    report_errors(report.errors)
    if not quiet:
        where = f" to {out}" if out is not None and records else ""
        left = f"; nothing new, {out} left as it was" if out is not None and not records else ""
        err.print(
            f"{count(len(records), 'article')} written{where} "
            f"({report.fetched} fetched, {report.known} already fetched, {report.duplicates} copies at another address, "
            f"{len(report.errors)} failed; {client.requests} requests){left}",
            highlight=False,
            soft_wrap=True,
        )
    if report.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this module's command to the main app."""
    app.command()(fetch)
