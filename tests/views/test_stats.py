"""Stats on a small graph, and the focused HTML view."""

from __future__ import annotations

import pytest

from mou_graph.graph.build import build_graph
from mou_graph.views.html import view_graph
from mou_graph.views.stats import agreement_rows, stakeholder_rows, to_csv, to_markdown


def test_who_matters(graph_extractions) -> None:
    rows = {r.name: r for r in stakeholder_rows(build_graph(graph_extractions))}
    knu = rows["경북대학교"]
    assert knu.agreements == 2 and knu.partners == 3
    assert knu.betweenness == max(r.betweenness for r in rows.values())
    assert rows["경북대학교"].bridges == ""  # signs with government and academia only: one other sector
    assert rows["구미시"].agreements == 1


def test_sector_mix_and_formats(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    mix = {a.name: a.sector_mix for a in agreement_rows(g)}
    assert mix["반도체 인재 양성을 위한 업무협약"] == "academia 2, government 1"
    assert to_csv(agreement_rows(g)).splitlines()[0] == "name,date,signatories,sector_mix,reports"
    assert to_markdown(agreement_rows(g)).startswith("| name | date |")


def test_focus_draws_one_neighbourhood(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    names = {d["name"] for _, d in view_graph(g, focus="구미시", depth=1).nodes(data=True)}
    assert "구미시" in names and "반도체 인재 양성을 위한 업무협약" in names
    assert "포항시" not in names
    with pytest.raises(KeyError):
        view_graph(g, focus="없는기관")
