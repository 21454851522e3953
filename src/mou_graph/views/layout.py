"""Node positions for graph.html, computed when the graph is built.

A browser that simulates physics on load puts every node somewhere else each time and takes
seconds to settle; positions fixed here (seeded, from sorted ids) make the same graph look the
same on every load and let the page draw at once. The map is organisation-centred: the
organisations and the ties between them (co-signature, PART_OF, MEMBER_OF) are laid out by
Fruchterman-Reingold, one connected group at a time, the groups packed largest first in rows;
organisations with no tie go to a grid below, out of the way. Agreements, programmes, events
and people are then set around what they are linked to, so switching a layer on adds them
beside their organisations without moving anything.

networkx's spring_layout needs scipy beyond 500 nodes, so the force layout is written here
with numpy, in row blocks (memory stays linear in the nodes).
"""

from __future__ import annotations

import math
import zlib
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
import numpy as np

from ..model import Kind

SEED = 15
SPACING = 70.0  # world units between neighbouring organisations (vis-network draws 1 unit = 1 px at scale 1)
GRID = 80.0  # the grid of organisations with no tie
GAP = 90.0  # between packed groups
BLOCK = 1024  # rows of the distance matrix computed at once
# placed after organisations, in this order: each can hang on the kinds placed before it
LATER_KINDS = (Kind.AGREEMENT.value, Kind.PROGRAMME.value, Kind.EVENT.value, Kind.PERSON.value)
GOLDEN = math.pi * (3 - math.sqrt(5))

Point = tuple[float, float]


def force_layout(nodes: list[str], edges: Iterable[tuple[str, str, float]], iterations: int = 60) -> np.ndarray:
    """Fruchterman-Reingold (as networkx's dense version), seeded: an (n, 2) array centred on
    0, a typical node 1 from its nearest neighbour."""
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    index = {node: i for i, node in enumerate(nodes)}
    rows, cols, weights = [], [], []
    for u, v, w in edges:
        if u != v:
            rows += [index[u], index[v]]
            cols += [index[v], index[u]]
            weights += [w, w]
    rows_a, cols_a, w_a = np.array(rows, dtype=int), np.array(cols, dtype=int), np.array(weights, dtype=float)
    pos = np.random.default_rng(SEED).random((n, 2)).astype(np.float32)
    k = math.sqrt(1.0 / n)
    t = 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2), dtype=np.float32)
        for start in range(0, n, BLOCK):  # repulsion, every pair
            dx = pos[start : start + BLOCK, 0, None] - pos[None, :, 0]
            dy = pos[start : start + BLOCK, 1, None] - pos[None, :, 1]
            force = (k * k) / np.maximum(dx * dx + dy * dy, 1e-4)
            disp[start : start + BLOCK, 0] += (dx * force).sum(1)
            disp[start : start + BLOCK, 1] += (dy * force).sum(1)
        if len(rows_a):  # attraction along the ties
            delta = pos[rows_a] - pos[cols_a]
            dist = np.maximum(np.sqrt((delta**2).sum(-1)), 1e-2)
            np.add.at(disp, rows_a, -delta * (w_a * dist / k)[:, None])
        length = np.sqrt((disp**2).sum(-1))
        length = np.where(length < 0.01, 0.1, length)
        pos += disp * (t / length)[:, None]
        t -= dt
    pos -= pos.mean(axis=0)
    spacing = _typical_spacing(pos)
    return pos / spacing if spacing > 0 else pos


def _typical_spacing(pos: np.ndarray) -> float:
    """The median distance from a node to its nearest neighbour: scaling by it gives every
    group the same density, however its outliers spread."""
    nearest = np.empty(len(pos), dtype=np.float32)
    for start in range(0, len(pos), BLOCK):
        dx = pos[start : start + BLOCK, 0, None] - pos[None, :, 0]
        dy = pos[start : start + BLOCK, 1, None] - pos[None, :, 1]
        d2 = dx * dx + dy * dy
        d2[np.arange(len(d2)), np.arange(start, start + len(d2))] = np.inf
        nearest[start : start + BLOCK] = np.sqrt(d2.min(1))
    return float(np.median(nearest))


def _spiral(centre: Point, k: int, salt: str, step: float = 16.0, first: float = 34.0) -> Point:
    """The k-th place on a golden-angle spiral around `centre`, turned by a hash of `salt`."""
    turn = (zlib.crc32(salt.encode("utf-8")) % 3600) / 3600 * 2 * math.pi
    radius = first + step * math.sqrt(k)
    angle = turn + k * GOLDEN
    return centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)


def _pack(groups: list[np.ndarray]) -> tuple[list[Point], float, float]:
    """Offsets placing the groups (each centred on 0) in rows, largest first; and the width
    and the bottom of the packing."""
    radii = [float(np.sqrt((g**2).sum(-1)).max()) + SPACING / 2 for g in groups]
    area = sum((2 * r + GAP) ** 2 for r in radii)
    width = max([2 * r for r in radii[:1]] + [math.sqrt(area) * 1.1])
    offsets: list[Point] = []
    x = y = row_height = 0.0
    for r in radii:
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        offsets.append((x + r, y + r))
        x += 2 * r + GAP
        row_height = max(row_height, 2 * r)
    return [(ox - width / 2, oy) for ox, oy in offsets], width, y + row_height


def layout(
    kinds: dict[str, str], edges: list[tuple[str, str]], ties: list[tuple[str, str, list[str]]]
) -> tuple[dict[str, Point], set[str]]:
    """Positions for every node of `kinds` (id → kind) and the nodes set aside (an
    organisation with no tie, and what hangs on such nodes only).

    The force layout runs on organisations and agreements, an agreement linked to its
    signatories (a star spaces them better than the clique of their co-signature ties); a tie
    whose agreements are not drawn links its two organisations directly."""
    orgs = sorted(n for n, k in kinds.items() if k == Kind.ORGANISATION.value)
    org_set = set(orgs)
    core = nx.Graph()
    core.add_nodes_from(orgs)
    for u, v in edges:
        if u == v or u not in org_set:
            continue
        if v in org_set or kinds.get(v) == Kind.AGREEMENT.value:
            core.add_edge(u, v, weight=1.0)
    for u, v, agreements in ties:
        if not any(a in core for a in agreements):
            core.add_edge(u, v, weight=min(1.0 + math.log(len(agreements)), 3.0))
    groups = sorted(
        (sorted(c) for c in nx.connected_components(core) if len(org_set.intersection(c)) > 1),
        key=lambda c: (-len(c), c[0]),
    )
    shapes = []
    for group in groups:
        sub = core.subgraph(group)
        unit = force_layout(group, ((u, v, d["weight"]) for u, v, d in sub.edges(data=True)))
        shapes.append(unit * SPACING)
    offsets, width, bottom = _pack(shapes)
    pos: dict[str, Point] = {}
    for group, shape, (ox, oy) in zip(groups, shapes, offsets, strict=True):
        for node, (x, y) in zip(group, shape, strict=True):
            pos[node] = (float(x) + ox, float(y) + oy)
    columns = max(1, int(max(width, GRID * 8) // GRID))
    top = bottom + GAP * 1.5
    aside: list[str] = []

    def set_aside(node: str) -> None:
        i = len(aside)
        pos[node] = ((i % columns) * GRID - (columns - 1) * GRID / 2, top + (i // columns) * GRID)
        aside.append(node)

    for node in orgs:
        if node not in pos:
            set_aside(node)
    neighbours: dict[str, list[str]] = defaultdict(list)
    for u, v in edges:
        if u != v:
            neighbours[u].append(v)
            neighbours[v].append(u)
    lone = set(aside)
    later = sorted((n for n, k in kinds.items() if k != Kind.ORGANISATION.value), key=_later_order(kinds))
    around: dict[str, int] = defaultdict(int)
    for node in later:
        if node in pos:  # laid out with the organisations
            continue
        anchors = sorted({a for a in neighbours[node] if a in pos})
        if not anchors:
            set_aside(node)
            continue
        xs, ys = zip(*(pos[a] for a in anchors), strict=True)
        key = "|".join(anchors)
        pos[node] = _spiral((sum(xs) / len(xs), sum(ys) / len(ys)), around[key], key)
        around[key] += 1
        if all(a in lone for a in anchors):  # hangs on set-aside nodes only: aside with them
            lone.add(node)
    return pos, lone


def _later_order(kinds: dict[str, str]):
    rank = {k: i for i, k in enumerate(LATER_KINDS)}
    return lambda n: (rank.get(kinds[n], len(rank)), n)
