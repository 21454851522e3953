"""What the page's details panel and filters need about each drawn node, gathered in one pass
over the view's edges: the agreements it is in (their dates drive the time filter), its people,
positions, programmes and amounts, and the evidence with the articles it came from.

Everything is read from the whole view (not only the drawn nodes), so a panel lists an
agreement or a partner even when it is not drawn; other nodes are referred to by id and named
in one shared table, so a name is sent once however often it is listed."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from ..model import Kind, RelType, article_node_id

EVIDENCE = 5  # sentences per node in the panel
# Agreement attributes shown when present (resolution may add reports / first_reported)
AGREEMENT_FIELDS = ("date", "venue", "amount", "reports", "first_reported")
SIGNED, ATTENDED, HOLDS, FUNDS, CONCERNS = (
    RelType.SIGNED.value,
    RelType.ATTENDED.value,
    RelType.HOLDS_POSITION.value,
    RelType.FUNDS.value,
    RelType.CONCERNS.value,
)
RELATED = (RelType.PART_OF.value, RelType.MEMBER_OF.value)


def _evidence(data: dict[str, Any]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for e in data.get("evidence") or []:
        sentence = e.get("sentence") or e.get("text")
        if not sentence or sentence in seen:
            continue
        seen.add(sentence)
        out.append({"article": e.get("article"), "sentence": sentence})
        if len(out) == EVIDENCE:
            break
    return out


def node_details(view: nx.MultiDiGraph, drawn: list[str]) -> dict[str, Any]:
    """For each drawn node its panel (`info`) and the agreements it is in; the agreements,
    names and articles those refer to."""
    wanted = set(drawn)
    info: dict[str, dict[str, Any]] = {}
    for node in drawn:
        data = view.nodes[node]
        item: dict[str, Any] = {
            "aliases": [a for a in data.get("aliases") or [] if a != data.get("name")],
            "evidence": _evidence(data),
        }
        for key in ("title", *AGREEMENT_FIELDS):
            if data.get(key) not in (None, "", []):
                item[key] = data[key]
        info[node] = item
    lists: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    parties: dict[str, list[str]] = defaultdict(list)
    for u, v, d in view.edges(data=True):
        kind = d.get("type")
        if kind == SIGNED:
            parties[v].append(u)
        if u not in wanted and v not in wanted:
            continue
        if kind == SIGNED:
            lists[u]["signed"].append(v)
            lists[v]["parties"].append(u)
        elif kind == ATTENDED:
            lists[u]["attended"].append(v)
            lists[v]["attendees"].append(u)
        elif kind == HOLDS:
            lists[u]["positions"].append([v, d.get("title") or ""])
            lists[v]["people"].append([u, d.get("title") or ""])
        elif kind == FUNDS:
            lists[u]["funds"].append([v, d.get("amount") or ""])
            lists[v]["funders"].append([u, d.get("amount") or ""])
        elif kind == CONCERNS:
            lists[u]["programmes"].append(v)
            lists[v]["concerned"].append(u)
        elif kind in RELATED:
            lists[u]["related"].append([kind, v, "out"])
            lists[v]["related"].append([kind, u, "in"])
    referred: set[str] = set()
    agreement_ids: set[str] = set()
    in_agreements: dict[str, list[str]] = {}
    for node in drawn:
        own = lists.get(node, {})
        for key, values in own.items():
            info[node][key] = sorted(values, key=str)
            for v in values:
                referred.add(v[1] if isinstance(v, list) and len(v) == 3 else v[0] if isinstance(v, list) else v)
        linked = {Kind.ORGANISATION.value: "signed", Kind.PERSON.value: "attended", Kind.PROGRAMME.value: "concerned"}
        kind = view.nodes[node].get("kind")
        ids = [node] if kind == Kind.AGREEMENT.value else sorted(set(own.get(linked.get(kind, ""), [])))
        in_agreements[node] = ids
        agreement_ids.update(ids)
    agreements = {}
    for a in sorted(agreement_ids):
        data = view.nodes[a]
        agreements[a] = {"date": data.get("date") or "", "parties": sorted(set(parties.get(a, [])))}
        referred.update(agreements[a]["parties"])
    referred |= agreement_ids | wanted
    names = {
        n: [str(view.nodes[n].get("name") or n), view.nodes[n].get("kind") or "", view.nodes[n].get("sector") or ""]
        for n in sorted(referred)
        if n in view
    }
    return {"info": info, "in_agreements": in_agreements, "agreements": agreements, "names": names}


def article_table(graph: nx.MultiDiGraph, details: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Title, outlet, date and URL of every article the panels quote."""
    out = {}
    for item in details["info"].values():
        for e in item["evidence"]:
            art = e.get("article")
            if art is None or art in out:
                continue
            data = graph.nodes.get(article_node_id(art)) or {}
            out[art] = {k: data.get(k) or "" for k in ("url", "outlet", "published")}
            out[art]["title"] = data.get("name") if data.get("name") != art else ""
    return out
