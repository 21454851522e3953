"""What was fetched, by canonical key, so that the next run fetches only what is new and a
failed run resumes.

A folder of small JSON files, each written atomically (`mou_graph.files`): `entries/<hash>.json`
holds for one canonical key either the article read there, or `same_as` the key of the article
it duplicates (a tracking-parameter, `m.` or AMP address, a page naming another as canonical),
or `failed` with the reason: for good when trying again cannot help (a 404, robots.txt, a PDF),
or `transient` (a time-out, a 5xx), tried again by the next runs up to `MAX_TRIES` runs in all.
An article stays `pending/` until a run that failed nowhere has written it out: a run that dies
after fetching, or one with failures (after which `fetch … && build …` does not build), keeps
what it fetched, and the next run writes it out again, with what is new, without fetching it.

Where: `DIR/.mou-graph-fetch/` beside the output file (one cache per folder of outputs, so a
project's dated files share it and another project has its own), else
`$XDG_CACHE_HOME/mou-graph/fetch/` (`~/.cache/…`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ...files import atomic_write_text, ensure_writable_dir
from .pages import WebArticle

CACHE_NAME = ".mou-graph-fetch"
MAX_TRIES = 3  # runs that try a URL whose failure may pass (a time-out, a 5xx)


def default_cache_dir(out: Path | None) -> Path:
    """Beside the output (`DIR/.mou-graph-fetch`), or the user's cache folder without one."""
    if out is not None:
        return Path(out).parent / CACHE_NAME
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mou-graph" / "fetch"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def article_id(key: str) -> str:
    """A stable id for the article at a canonical key: its host and a hash of the key."""
    return f"{urlsplit(key).hostname or 'web'}-{_hash(key)[:12]}"


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class FetchCache:
    """The cache folder of a run. `known` is what not to fetch; `add_article`, `add_alias` and
    `add_failure` record what a fetch found; `pending` and `delivered` hand articles out once."""

    def __init__(self, folder: Path, *, retry_failed: bool = False) -> None:
        self.folder = Path(folder)
        self.retry_failed = retry_failed
        ensure_writable_dir(self.folder / "entries")
        ensure_writable_dir(self.folder / "pending")

    def _entry_path(self, key: str) -> Path:
        return self.folder / "entries" / f"{_hash(key)}.json"

    def entry(self, key: str) -> dict[str, Any] | None:
        try:
            data = json.loads(self._entry_path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # absent, or not ours: as good as absent
            return None
        return data if isinstance(data, dict) and data.get("key") == key else None

    def known(self, key: str) -> bool:
        """Whether `key` needs no fetch: an article or a copy of one, or (unless retrying
        failures) a URL that failed for good."""
        data = self.entry(key)
        if data is None:
            return False
        if "failed" not in data:
            return True
        if self.retry_failed:
            return False
        return not data.get("transient") or _int(data.get("tries")) >= MAX_TRIES

    def article_of(self, key: str) -> str | None:
        """The canonical key of the article `key` holds or duplicates, or None."""
        data = self.entry(key)
        if data is None:
            return None
        if "article" in data:
            return key
        same = data.get("same_as")
        return same if isinstance(same, str) and self.entry(same) is not None else None

    def add_article(self, key: str, article: WebArticle, urls: list[str]) -> dict[str, Any]:
        """Record the article read at `key` (pending until delivered) and return its JSON Lines
        record; `urls` are the addresses it was fetched at."""
        record = {
            "id": article_id(key),
            "url": article.url,
            "title": article.title,
            "published": article.published,
            "outlet": article.outlet,
            "text": article.text,
        }
        entry = {"key": key, "article": record, "urls": urls, "fetched": _now()}
        atomic_write_text(self._entry_path(key), json.dumps(entry, ensure_ascii=False))
        atomic_write_text(
            self.folder / "pending" / f"{_hash(key)}.json", json.dumps({"key": key, "at": entry["fetched"]})
        )
        return record

    def add_alias(self, key: str, same_as: str) -> None:
        existing = self.entry(key)
        if key != same_as and (existing is None or "failed" in existing):
            atomic_write_text(self._entry_path(key), json.dumps({"key": key, "same_as": same_as}, ensure_ascii=False))

    def add_failure(self, key: str, url: str, reason: str, *, transient: bool = False) -> int:
        """Record a failure at `key`; returns the runs that have now failed there (1 unless a
        transient failure repeats)."""
        old = self.entry(key) if transient else None
        tries = _int(old.get("tries")) + 1 if old and old.get("transient") else 1
        entry = {"key": key, "url": url, "failed": reason, "transient": transient, "tries": tries, "at": _now()}
        atomic_write_text(self._entry_path(key), json.dumps(entry, ensure_ascii=False))
        return tries

    def pending(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(key, record) of every article not yet written out, oldest first."""
        waiting: list[tuple[str, str]] = []
        for marker in (self.folder / "pending").glob("*.json"):
            with contextlib.suppress(OSError, ValueError):
                data = json.loads(marker.read_text(encoding="utf-8"))
                waiting.append((str(data["at"]), str(data["key"])))
        for _, key in sorted(waiting):
            entry = self.entry(key)
            if entry is not None and isinstance(entry.get("article"), dict):
                yield key, entry["article"]

    def delivered(self, keys: list[str]) -> None:
        """The articles at `keys` are written out: not handed out again."""
        for key in keys:
            with contextlib.suppress(FileNotFoundError):
                (self.folder / "pending" / f"{_hash(key)}.json").unlink()

    def articles(self) -> Iterator[dict[str, Any]]:
        """Every article in the cache, delivered or not (for `fetch --all`)."""
        for path in sorted((self.folder / "entries").glob("*.json")):
            with contextlib.suppress(OSError, ValueError):
                entry = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(entry.get("article"), dict):
                    yield entry["article"]
