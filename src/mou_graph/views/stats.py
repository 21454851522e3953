"""Who matters in the graph, and why: agreements signed, centrality on the co-signature
network, organisations that bridge sectors, and the sector mix of each agreement. Every count
is of signings (one Agreement node however many articles report it: graph/signings.py)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass

import networkx as nx

from ..graph.build import co_signature
from ..model import Kind, RelType
from .terminal import spreadsheet_cell

MAIN_SECTORS = ("industry", "academia", "research", "government")


@dataclass
class StakeholderRow:
    name: str
    sector: str
    agreements: int
    partners: int
    degree: float
    betweenness: float
    bridges: str  # the other sectors it signs with, when two or more


@dataclass
class AgreementRow:
    name: str
    date: str
    signatories: int
    sector_mix: str
    reports: int  # the articles reporting this signing, a republished copy counted once


def stakeholder_rows(graph: nx.MultiDiGraph) -> list[StakeholderRow]:
    """Organisations by agreements signed. Degree and betweenness centrality are computed on
    the co-signature projection (organisation — organisation, weighted by agreements)."""
    cosign = co_signature(graph)
    degree = nx.degree_centrality(cosign) if cosign.number_of_nodes() > 1 else {}
    betweenness = nx.betweenness_centrality(cosign) if cosign.number_of_nodes() > 2 else {}
    signed = Counter(u for u, _, d in graph.edges(data=True) if d.get("type") == RelType.SIGNED.value)
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != Kind.ORGANISATION.value:
            continue
        own = data.get("sector") or ""
        partner_sectors = {graph.nodes[p].get("sector") for p in cosign.neighbors(node)} if node in cosign else set()
        others = sorted(s for s in partner_sectors if s in MAIN_SECTORS and s != own)
        rows.append(
            StakeholderRow(
                name=data.get("name", node),
                sector=own,
                agreements=signed.get(node, 0),
                partners=cosign.degree(node) if node in cosign else 0,
                degree=round(degree.get(node, 0.0), 4),
                betweenness=round(betweenness.get(node, 0.0), 4),
                bridges=", ".join(others) if len(others) >= 2 else "",
            )
        )
    rows.sort(key=lambda r: (-r.agreements, -r.betweenness, -r.partners, r.name))
    return rows


def agreement_rows(graph: nx.MultiDiGraph) -> list[AgreementRow]:
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != Kind.AGREEMENT.value:
            continue
        sectors = Counter(
            graph.nodes[u].get("sector") or "unknown"
            for u, _, d in graph.in_edges(node, data=True)
            if d.get("type") == RelType.SIGNED.value
        )
        mix = ", ".join(f"{s} {n}" for s, n in sorted(sectors.items(), key=lambda kv: (-kv[1], kv[0])))
        reports = int(data.get("reports") or len(data.get("articles") or []))
        rows.append(AgreementRow(data.get("name", node), data.get("date") or "", sum(sectors.values()), mix, reports))
    rows.sort(key=lambda r: (r.date, r.name))
    return rows


def to_csv(rows: list) -> str:
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(vars(rows[0])))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: spreadsheet_cell(v) for k, v in vars(row).items()})
    return out.getvalue()


def to_markdown(rows: list) -> str:
    if not rows:
        return ""
    fields = list(vars(rows[0]))

    def cell(value: object) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(fields) + " |", "|" + "---|" * len(fields)]
    lines += ["| " + " | ".join(cell(getattr(r, f)) for f in fields) + " |" for r in rows]
    return "\n".join(lines) + "\n"
