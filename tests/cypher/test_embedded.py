"""Every named query on the embedded engine (LadybugDB), over the graph of the project's
example articles, with asserted results; and the dev corpus graph when ../shared is there."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.cypher.embedded import EmbeddedGraph
from mou_graph.cypher.queries import find_query, list_queries
from mou_graph.extract import extract_article
from mou_graph.extract.pipeline import extract_paths
from mou_graph.graph.build import build_graph
from mou_graph.model import Article
from mou_graph.views.folder import save_graph

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("graphs") / "example"
    save_graph(
        build_graph(x for x in extract_paths([ROOT / "examples"]) if not hasattr(x, "reason")), folder, html=False
    )
    return folder


def run(folder: Path, query: str, **params: str) -> list[dict]:
    columns, rows = EmbeddedGraph(folder).query(find_query(query).text, params)
    return [dict(zip(columns, r, strict=True)) for r in rows]


def test_the_library_has_the_queries_the_issue_names() -> None:
    names = {q.name for q in list_queries()}
    assert {
        "signatories",
        "positions",
        "partners",
        "programmes",
        "brokers",
        "agreements_between",
        "provenance",
        "shortest_path",
    } <= names
    for q in list_queries():
        assert q.description and "Parameters" in q.path.read_text(encoding="utf-8")


def test_signatories(example: Path) -> None:
    rows = run(example, "signatories", agreement="반도체 특화단지")
    assert {r["organisation"] for r in rows} == {"구미시", "경북대학교", "국립금오공과대학교", "경북테크노파크"}
    assert {r["date"] for r in rows} == {"2025-03-11"}


def test_positions(example: Path) -> None:
    rows = run(example, "positions")
    assert {"person": "홍원화", "title": "총장", "organisation": "경북대학교"}.items() <= next(
        r for r in rows if r["person"] == "홍원화"
    ).items()


def test_partners_by_any_written_form(example: Path) -> None:
    assert run(example, "partners", organisation="포스텍") == run(example, "partners", organisation="포항공과대학교")
    assert {r["partner"] for r in run(example, "partners", organisation="포스텍")} == {
        "포항시",
        "경상북도",
        "경북 포항 이차전지 기업협의회",
        "포항산업과학연구원",
    }


def test_programmes_with_funders(example: Path) -> None:
    rows = run(example, "programmes")
    funded = [r for r in rows if r["funder"]]
    assert {"programme": "반도체특성화대학원", "funder": "산업통상자원부", "amount": "20억원"} in [
        {k: r[k] for k in ("programme", "funder", "amount")} for r in funded
    ]
    assert all(isinstance(r["agreements"], list) for r in rows)
    assert any(r["agreements"] for r in rows)  # the agreement that concerns a programme comes with it


def test_events(tmp_path: Path) -> None:
    text = (
        "한국수소산업협회는 21일 ‘2024년 제1차 정기월례회’를 열고 포항시와 업무협약을 체결했다. "
        "이날 월례회에는 이강덕 포항시장이 참석했다."
    )
    x = extract_article(Article(id="e", text=text, published="2024-03-22"))
    save_graph(build_graph([x]), tmp_path / "g", html=False)
    [row] = run(tmp_path / "g", "events")
    assert row["event"] == "2024년 제1차 정기월례회" and set(row) == {"event", "date", "venue", "attendees"}


def test_brokers(example: Path) -> None:
    rows = {r["organisation"]: r for r in run(example, "brokers")}
    assert "포항공과대학교" in rows and rows["포항공과대학교"]["sectors"] >= 2
    assert "구미시" not in rows  # signs with academia and its own sector only


def test_agreements_in_a_date_range(example: Path) -> None:
    rows = run(example, "agreements_between", **{"from": "2025-03-01", "to": "2025-04-30"})
    assert [r["date"] for r in rows] == ["2025-03-11", "2025-04-02"]


def test_provenance(example: Path) -> None:
    rows = run(example, "provenance", name="경북대")
    assert [r["name"] for r in rows] == ["경북대학교"]  # one row a stakeholder: its evidence once
    assert rows[0]["articles"] == ["gumi-semiconductor"]
    evidence = json.loads(rows[0]["evidence"])
    assert evidence and all("sentence" in e and e["article"] in rows[0]["articles"] for e in evidence)


def test_shortest_path(example: Path) -> None:
    [row] = run(example, "shortest_path", **{"from": "한남대학교", "to": "대전광역시"})
    assert row["hops"] == 2 and row["path"][0] == "한남대학교" and row["path"][-1] == "대전광역시"


def test_the_cache_follows_graph_json(example: Path) -> None:
    first = EmbeddedGraph(example).path()
    assert (first / "ready").exists()
    (example / "graph.json").write_text((example / "graph.json").read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert EmbeddedGraph(example).path() != first


def test_cli_query_formats_and_errors(example: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["query", "partners", "--graph", str(example), "--param", "organisation=포스텍", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "partner,sector,agreements"
    result = runner.invoke(app, ["query", "partners", "--graph", str(example)])
    assert result.exit_code == 2 and "organisation" in result.output
    inline = "MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organisation) RETURN p.name, h.title, o.name"
    result = runner.invoke(app, ["query", inline, "--graph", str(example), "--format", "json"])
    assert result.exit_code == 0 and "홍원화" in result.output


DEV = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def dev(tmp_path_factory) -> Path:
    if not DEV.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{DEV} is missing in CI")
        pytest.skip("../shared is not beside the project")
    rows = []
    for path in sorted(DEV.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        rows.append({k: d.get(k) for k in ("id", "url", "published", "outlet", "text", "language")})
    src = tmp_path_factory.mktemp("dev") / "dev.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    folder = src.parent / "graph"
    save_graph(build_graph(x for x in extract_paths([src]) if not hasattr(x, "reason")), folder, html=False)
    return folder


def test_every_query_on_the_dev_corpus_graph(dev: Path) -> None:
    signers = {r["organisation"] for r in run(dev, "signatories", agreement="유치를 위한 산학연관")}
    assert {"포항시", "포항공과대학교", "경상북도"} <= signers
    positions = {(r["person"], r["title"], r["organisation"]) for r in run(dev, "positions")}
    assert ("이강덕", "시장", "포항시") in positions
    assert "포항시" in {r["partner"] for r in run(dev, "partners", organisation="POSTECH")} or "포항시" in {
        r["partner"] for r in run(dev, "partners", organisation="포스텍")
    }
    assert any(r["funder"] for r in run(dev, "programmes"))
    assert run(dev, "brokers")
    dates = [r["date"] for r in run(dev, "agreements_between", **{"from": "2024-01-01", "to": "2024-12-31"})]
    assert dates == sorted(dates) and "2024-02-21" in dates and all(d.startswith("2024") for d in dates)
    # 대전테크노파크 is named in two articles: one node, two sources
    [row] = run(dev, "provenance", name="대전테크노파크")
    assert {"a09", "a13"} <= set(row["articles"])
    [path] = run(dev, "shortest_path", **{"from": "한국기술교육대학교", "to": "충남교육청"}) or [None]
    assert path is None or path["hops"] >= 1


def test_shortest_path_runs_through_stakeholder_relations_only(tmp_path: Path) -> None:
    """Two bodies named in one article, with nothing between them but the article: no path."""
    from mou_graph.model import Entity, Extraction, Kind, Sector, Span

    text = "가나기관과 다라기관이 같은 기사에 나온다."
    spans = [Span(0, 4, "가나기관", 0), Span(6, 10, "다라기관", 0)]
    orgs = [Entity(f"org-{i}", Kind.ORGANISATION, s.text, [s.text], [s], Sector.INDUSTRY) for i, s in enumerate(spans)]
    x = Extraction(Article(id="one", text=text, language="ko"), [(0, len(text))], orgs, [])
    save_graph(build_graph([x]), tmp_path / "g", html=False)
    assert run(tmp_path / "g", "shortest_path", **{"from": "가나기관", "to": "다라기관"}) == []
