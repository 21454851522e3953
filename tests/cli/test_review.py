"""`mou-graph review`: candidates listed most impactful first, decided in the terminal or
from scripts, kept in decisions.tsv and applied by every later build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.graph.decisions import DecisionsError, read_decisions
from mou_graph.graph.folder import load_graph

ARTICLES = [
    {
        "id": "v1",
        "published": "2025-03-10",
        "text": "구미시는 10일 시청에서 한빛과학대, 누리솔텍과 ‘반도체 인재 양성을 위한 업무협약’을 체결했다. "
        "이날 협약식에는 김장호 구미시장, 박서준 한빛과학대 총장, 정민수 누리솔텍 대표이사가 참석했다.",
    },
    {
        "id": "v2",
        "published": "2025-04-02",
        "text": "한빛과학대학교는 2일 대학 본관에서 누리솔텍코리아, 경북테크노파크와 ‘반도체 공정 실습을 위한 "
        "업무협약’을 체결했다. 이날 행사에는 박서준 한빛과학대학교 총장, 최유진 누리솔텍코리아 대표이사가 참석했다.",
    },
    {
        "id": "v3",
        "published": "2025-05-02",
        "text": "경북테크노파크는 2일 누리솔텍코리아, 구미시와 ‘장비 공동 활용을 위한 업무협약’을 체결했다. "
        "이날 협약식에는 박서준 총장이 참석했다.",
    },
]

runner = CliRunner()


def _names(folder: Path, kind: str) -> list[str]:
    graph = load_graph(folder)
    return sorted(d["name"] for _, d in graph.nodes(data=True) if d["kind"] == kind)


def _candidates(folder: Path) -> list[dict]:
    result = runner.invoke(app, ["review", str(folder), "--list", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    out = tmp_path / "graph"
    result = runner.invoke(app, ["build", str(source), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def _pair(folder: Path, a: str, b: str) -> dict:
    return next(c for c in _candidates(folder) if {c["a_name"], c["b_name"]} == {a, b})


def test_unsure_pairs_are_listed_most_impactful_first(folder: Path) -> None:
    candidates = _candidates(folder)
    pairs = [{c["a_name"], c["b_name"]} for c in candidates]
    assert {"누리솔텍", "누리솔텍코리아"} in pairs  # a name that begins another
    assert {"박서준"} in pairs  # the same name, once with no body
    assert [c["impact"] for c in candidates] == sorted((c["impact"] for c in candidates), reverse=True)
    # a sure join is made, not asked: 한빛과학대 = 한빛과학대학교
    assert "한빛과학대" not in _names(folder, "Organisation")


def test_rejecting_in_the_terminal_keeps_them_apart_for_good(folder: Path, tmp_path: Path) -> None:
    first = _candidates(folder)[0]
    answers = "\n".join("r" if i == 0 else "s" for i in range(len(_candidates(folder)))) + "\n"
    result = runner.invoke(app, ["review", str(folder)], input=answers)
    assert result.exit_code == 0, result.output
    assert "1 decisions saved" in result.output
    decisions = read_decisions(folder / "decisions.tsv")
    assert [(d.verdict.value, {d.a, d.b}) for d in decisions] == [("reject", {first["a"], first["b"]})]
    assert first["pair"] not in [c["pair"] for c in _candidates(folder)]
    # a rebuild from the articles applies the file beside the graph: never proposed again
    source = tmp_path / "articles.jsonl"
    assert runner.invoke(app, ["build", str(source), "--out", str(folder), "--quiet"]).exit_code == 0
    assert first["pair"] not in [c["pair"] for c in _candidates(folder)]
    assert (folder / "decisions.tsv").read_text(encoding="utf-8").count("reject\t") == 1


def test_accepting_from_a_script_makes_one_node_that_a_rebuild_keeps(folder: Path, tmp_path: Path) -> None:
    pair = _pair(folder, "누리솔텍", "누리솔텍코리아")
    before = len(_names(folder, "Organisation"))
    result = runner.invoke(app, ["review", str(folder), "--accept", pair["pair"]])
    assert result.exit_code == 0, result.output
    orgs = _names(folder, "Organisation")
    assert len(orgs) == before - 1 and "누리솔텍" not in orgs and "누리솔텍코리아" in orgs
    graph = load_graph(folder)
    node = next(d for _, d in graph.nodes(data=True) if d["name"] == "누리솔텍코리아")
    assert {"v1", "v2", "v3"} <= set(node["articles"])
    assert [m["rule"] for m in json.loads(node["merges"])] == ["reviewed"]
    source = tmp_path / "articles.jsonl"
    assert runner.invoke(app, ["build", str(source), "--out", str(folder), "--quiet"]).exit_code == 0
    assert "누리솔텍" not in _names(folder, "Organisation")


def test_a_join_the_rules_made_can_be_undone(folder: Path) -> None:
    result = runner.invoke(app, ["review", str(folder), "--joins", "--format", "json"])
    joins = json.loads(result.stdout)
    join = next(j for j in joins if {j["a_name"], j["b_name"]} == {"한빛과학대", "한빛과학대학교"})
    assert join["rule"] == "same-name" and "v1" in join["evidence"]
    assert runner.invoke(app, ["review", str(folder), "--reject", join["pair"]]).exit_code == 0
    orgs = _names(folder, "Organisation")
    assert "한빛과학대" in orgs and "한빛과학대학교" in orgs


def test_accepting_a_person_with_no_body_joins_the_mentions(folder: Path) -> None:
    pair = _pair(folder, "박서준", "박서준")
    assert pair["rule"] == "same-name-one-without-body"
    assert runner.invoke(app, ["review", str(folder), "--accept", pair["pair"]]).exit_code == 0
    assert _names(folder, "Person").count("박서준") == 1


def test_quitting_or_skipping_changes_nothing(folder: Path) -> None:
    before = (folder / "graph.json").read_bytes()
    result = runner.invoke(app, ["review", str(folder)], input="s\nq\n")
    assert result.exit_code == 0 and "nothing changed" in result.output
    assert not (folder / "decisions.tsv").exists()
    assert (folder / "graph.json").read_bytes() == before


def test_an_unknown_pair_is_named(folder: Path) -> None:
    result = runner.invoke(app, ["review", str(folder), "--accept", "0000000000"])
    assert result.exit_code == 2
    assert "0000000000" in result.output and "--list" in result.output


def test_a_broken_decisions_file_names_its_line(folder: Path) -> None:
    (folder / "decisions.tsv").write_text("# ok\naccept\torg-a\torg-b\nmaybe\torg-a\torg-c\n", encoding="utf-8")
    with pytest.raises(DecisionsError, match=r"decisions.tsv:3: verdict must be accept or reject"):
        read_decisions(folder / "decisions.tsv")
    result = runner.invoke(app, ["review", str(folder), "--list"])
    assert result.exit_code == 2 and "decisions.tsv:3" in result.output


def test_the_decisions_file_reads_as_text(folder: Path) -> None:
    pair = _pair(folder, "누리솔텍", "누리솔텍코리아")
    runner.invoke(app, ["review", str(folder), "--reject", pair["pair"]])
    lines = (folder / "decisions.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# mou-graph review decisions")
    verdict, a, b, note = lines[-1].split("\t")
    assert (
        verdict == "reject"
        and {a, b} == {pair["a"], pair["b"]}
        and note in ("누리솔텍 ≠ 누리솔텍코리아", "누리솔텍코리아 ≠ 누리솔텍")
    )


def test_the_joins_are_queryable_in_cypher(folder: Path) -> None:
    from mou_graph.cypher.embedded import EmbeddedGraph
    from mou_graph.cypher.queries import find_query

    columns, rows = EmbeddedGraph(folder).query(find_query("joins").text)
    found = {(r[columns.index("kind")], r[columns.index("name")]): r for r in rows}
    row = found[("Organisation", "한빛과학대학교")]
    assert len(row[columns.index("forms")]) == 2
    assert json.loads(row[columns.index("joins")])[0]["rule"] == "same-name"


def test_a_review_redraws_the_page_as_the_build_drew_it(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    folder = tmp_path / "focused"
    args = ["build", str(source), "--out", str(folder), "--focus", "누리솔텍코리아", "--max-nodes", "5", "--quiet"]
    assert runner.invoke(app, args).exit_code == 0
    page = (folder / "graph.html").read_text(encoding="utf-8")
    pair = _pair(folder, "누리솔텍", "누리솔텍코리아")
    assert runner.invoke(app, ["review", str(folder), "--reject", pair["pair"]]).exit_code == 0
    assert (folder / "graph.html").read_text(encoding="utf-8") == page
    assert json.loads((folder / "meta.json").read_text())["view"] == {
        "focus": "누리솔텍코리아",
        "depth": 1,
        "max_nodes": 5,
    }
