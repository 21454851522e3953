"""Republished articles: one text on many sites (a press release copied word for word) is
found by MinHash of 5-character shingles and LSH (datasketch), so a signing reported by ten
copies counts once. The MinHash travels in the graph folder (unresolved.json.gz) as base64, so
`build --into` finds the copies of articles already in the graph."""

from __future__ import annotations

import base64
import datetime as dt
import unicodedata
from collections import defaultdict
from functools import lru_cache

import networkx as nx
import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import Kind
from .days import iso_day

REPUBLISHED = 0.8  # estimated Jaccard of two texts' shingles: one text, republished
REPUBLISHED_DAYS = 30  # ... within a month of each other
NUM_PERM = 64
SCHEME = "affine32"  # datasketch's 32-bit permutations: 4 bytes a value in the folder
SHINGLE = 5


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The permutations of every MinHash here (made once: datasketch would draw them again for
    each MinHash read back)."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def text_minhash(text: str) -> str:
    """The text's MinHash (5-character shingles of its letters and digits), as base64 text
    so it travels in the graph folder."""
    letters = "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())
    shingles = {letters[i : i + SHINGLE] for i in range(max(len(letters) - SHINGLE + 1, 1))}
    m = MinHash(num_perm=NUM_PERM, permutations=_permutations(), scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return base64.b64encode(m.hashvalues.astype(np.uint32).tobytes()).decode("ascii")


def minhash(encoded: str) -> MinHash:
    values = np.frombuffer(base64.b64decode(encoded), dtype=np.uint32)
    return MinHash(num_perm=len(values), hashvalues=values, permutations=_permutations(), scheme=SCHEME)


def article_hashes(raw: nx.MultiDiGraph) -> dict[str, MinHash]:
    """Each article node's MinHash (as `build` stored it)."""
    return {
        n: minhash(d["minhash"])
        for n, d in raw.nodes(data=True)
        if d.get("kind") == Kind.ARTICLE.value and d.get("minhash")
    }


def find_copies(raw: nx.MultiDiGraph, hashes: dict[str, MinHash]) -> dict[str, str]:
    """Each article that republishes another's text → the earliest of its copies."""
    # 16 bands of 4: a pair at Jaccard 0.8 is proposed with probability 0.9998 (datasketch's own
    # choice for 0.8, 5 bands of 11, misses a third of them); each proposal is then verified
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(16, 4))
    parent = {n: n for n in hashes}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    # the days each group of copies spans: at most REPUBLISHED_DAYS (the same text a year
    # later is a template, not a copy; nor can a chain of copies stretch that far)
    span: dict[str, tuple[dt.date, dt.date] | None] = {}
    for n in hashes:
        day = iso_day(raw.nodes[n].get("published"))
        span[n] = (day, day) if day else None

    def joined(a: str, b: str) -> tuple[dt.date, dt.date] | None:
        x, y = span[a], span[b]
        return (min(x[0], y[0]), max(x[1], y[1])) if x and y else x or y

    for n in sorted(hashes):
        for other in sorted(lsh.query(hashes[n])):  # LSH answers a set: one order, every run
            ra, rb = find(n), find(other)
            if ra == rb or hashes[n].jaccard(hashes[other]) < REPUBLISHED:
                continue
            both = joined(ra, rb)
            if both is None or (both[1] - both[0]).days <= REPUBLISHED_DAYS:
                parent[ra] = rb
                span[rb] = both
        lsh.insert(n, hashes[n])
    groups: dict[str, list[str]] = defaultdict(list)
    for n in hashes:
        groups[find(n)].append(n)
    out: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        first = min(group, key=lambda n: (str(raw.nodes[n].get("published") or "9999"), n))
        out.update({n: first for n in group if n != first})
    return out
