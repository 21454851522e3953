"""One signing, one agreement (graph/signings.py), on short articles through the real
extractor: reports of one signing are one Agreement node, whatever language or site they come
from; other signings of the same parties stay apart."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.extract import extract_article
from mou_graph.graph.build import build_graph, co_signature
from mou_graph.graph.folder import load_graph
from mou_graph.graph.resolve import resolve_graph
from mou_graph.model import Article, Decision, Kind, Resolution, Verdict
from mou_graph.views.stats import stakeholder_rows

SAMSUNG_KO = "삼성전자는 12일 서울대학교, KAIST와 반도체 인재 양성을 위한 업무협약을 체결했다."
SAMSUNG_EN = (
    "SEOUL, March 12 (Yonhap) -- Samsung Electronics signed an MOU with Seoul National University and KAIST "
    "on Wednesday."
)


def resolved(*articles: tuple[str, str, str | None]) -> tuple[nx.MultiDiGraph, Resolution]:
    """The resolved graph of articles given as (id, text, published), in Korean or English
    (as `mou-graph build` tells them apart)."""
    xs = [
        extract_article(Article(id=i, text=t, published=p, language="ko" if re.search("[가-힣]", t) else "en"))
        for i, t, p in articles
    ]
    return resolve_graph(build_graph(xs))


def agreements(graph: nx.MultiDiGraph) -> list[dict]:
    """Every Agreement node's attributes, with its `id`."""
    found = [{"id": n, **d} for n, d in graph.nodes(data=True) if d["kind"] == Kind.AGREEMENT.value]
    return sorted(found, key=lambda d: d["articles"])


def test_korean_and_english_reports_of_one_signing_are_one_agreement() -> None:
    graph, resolution = resolved(("ko", SAMSUNG_KO, "2025-03-12"), ("en", SAMSUNG_EN, "2025-03-12"))
    (one,) = agreements(graph)
    assert one["articles"] == ["en", "ko"] and one["reports"] == 2 and one["first_reported"] == "2025-03-12"
    (join,) = [m for m in resolution.merges if m.kind is Kind.AGREEMENT]
    assert join.rule == "same-signing" and "both signed 2025-03-12" in join.evidence
    # counted once: every pair of signatories signed together once
    assert {d["weight"] for *_, d in co_signature(graph).edges(data=True)} == {1}
    assert {r.name: r.agreements for r in stakeholder_rows(graph)}["삼성전자"] == 1


def test_the_same_parties_a_year_later_sign_again() -> None:
    again = "삼성전자와 서울대학교, KAIST가 12일 반도체 인재 양성 협약을 다시 맺었다."
    graph, resolution = resolved(("2024", SAMSUNG_KO, "2024-03-12"), ("2025", again, "2025-03-12"))
    assert [(d["date"], d["articles"]) for d in agreements(graph)] == [
        ("2024-03-12", ["2024"]),
        ("2025-03-12", ["2025"]),
    ]
    assert not [c for c in resolution.candidates if c.kind is Kind.AGREEMENT]


def test_one_company_signing_with_two_cities_on_one_day_is_two_signings() -> None:
    graph, resolution = resolved(
        ("pohang", "에코프로는 12일 포항시와 투자협약을 체결했다.", "2025-03-12"),
        ("gumi", "에코프로는 12일 구미시와 투자협약을 체결했다.", "2025-03-12"),
    )
    assert len(agreements(graph)) == 2
    assert not [c for c in resolution.candidates if c.kind is Kind.AGREEMENT]


def test_two_agreements_with_different_titles_on_one_day_wait_for_review() -> None:
    """Decided: the same parties on the same day with specific titles that share nothing are
    not joined by a rule (one ceremony may sign two agreements), but proposed for review."""
    graph, resolution = resolved(
        ("hydrogen", "포항시와 포스텍은 12일 포항시청에서 ‘수소산업 육성 업무협약’을 체결했다.", "2025-03-12"),
        ("ai", "포항시와 포스텍은 12일 ‘AI 인재 양성 협약’을 체결했다.", "2025-03-12"),
    )
    assert len(agreements(graph)) == 2
    (candidate,) = [c for c in resolution.candidates if c.kind is Kind.AGREEMENT]
    assert candidate.rule == "different-titles" and "AI 인재 양성" in candidate.reason


def test_a_republished_text_is_one_report() -> None:
    body = (
        "경상북도와 포항시는 12일 도청에서 에코프로, 포스코퓨처엠과 이차전지 소재 공장 건립을 위한 투자협약을 체결했다. "
        "이날 협약식에는 이철우 경북도지사와 이강덕 포항시장이 참석했다. 두 기업은 2027년까지 포항 블루밸리 "
        "국가산업단지에 공장을 짓고 300명을 고용한다."
    )
    graph, resolution = resolved(
        ("site-a", f"{body}\n\n무단전재 및 재배포 금지", "2025-03-12"),
        ("site-b", f"[경북일보] {body}\n\n저작권자 © 경북일보", "2025-03-13"),
    )
    (one,) = agreements(graph)
    assert one["articles"] == ["site-a", "site-b"] and one["reports"] == 1
    copy = next(n for n, d in graph.nodes(data=True) if d["kind"] == Kind.ARTICLE.value and d["articles"] == ["site-b"])
    original = next(
        n for n, d in graph.nodes(data=True) if d["kind"] == Kind.ARTICLE.value and d["articles"] == ["site-a"]
    )
    assert graph.nodes[copy]["republishes"] == original and "republishes" not in graph.nodes[original]
    assert resolution.republishes == {copy: original}
    assert not any("minhash" in d for _, d in graph.nodes(data=True))


runner = CliRunner()


def test_build_into_adds_a_new_report_to_the_known_signing(tmp_path: Path) -> None:
    first = tmp_path / "ko.jsonl"
    first.write_text(json.dumps({"id": "ko", "text": SAMSUNG_KO, "published": "2025-03-12"}, ensure_ascii=False))
    later = tmp_path / "en.jsonl"
    later.write_text(json.dumps({"id": "en", "text": SAMSUNG_EN, "published": "2025-03-12"}))
    folder = tmp_path / "graph"
    assert runner.invoke(app, ["build", str(first), "--out", str(folder), "-q"]).exit_code == 0
    (before,) = agreements(load_graph(folder))
    result = runner.invoke(app, ["build", str(later), "--into", str(folder), "-q"])
    assert result.exit_code == 0, result.output
    (after,) = agreements(load_graph(folder))
    assert before["id"] in after["forms"] and after["articles"] == ["en", "ko"] and after["reports"] == 2
    joins = runner.invoke(app, ["review", str(folder), "--joins", "--format", "json"])
    assert [j["rule"] for j in json.loads(joins.stdout) if j["kind"] == "Agreement"] == ["same-signing"]


def test_a_rejected_join_keeps_the_reports_apart(tmp_path: Path) -> None:
    source = tmp_path / "both.jsonl"
    source.write_text(
        json.dumps({"id": "ko", "text": SAMSUNG_KO, "published": "2025-03-12"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "en", "text": SAMSUNG_EN, "published": "2025-03-12"})
    )
    folder = tmp_path / "graph"
    assert runner.invoke(app, ["build", str(source), "--out", str(folder), "-q"]).exit_code == 0
    joins = json.loads(runner.invoke(app, ["review", str(folder), "--joins", "--format", "json"]).stdout)
    (pair,) = [j["pair"] for j in joins if j["kind"] == "Agreement"]
    assert runner.invoke(app, ["review", str(folder), "--reject", pair]).exit_code == 0
    assert len(agreements(load_graph(folder))) == 2
    assert "reject" in (folder / "decisions.tsv").read_text(encoding="utf-8")
    assert runner.invoke(app, ["build", str(source), "--out", str(folder), "-q"]).exit_code == 0
    assert len(agreements(load_graph(folder))) == 2


@pytest.mark.parametrize("published", [None, "2025-03-14"])
def test_an_undated_report_joins_within_the_week(published: str | None) -> None:
    """A report with no signing date joins by its publication date; with none, it only waits
    for review."""
    undated = "삼성전자는 서울대학교, KAIST와 반도체 인재 양성을 위한 업무협약을 체결했다고 밝혔다."
    graph, resolution = resolved(("dated", SAMSUNG_KO, "2025-03-12"), ("undated", undated, published))
    if published:
        assert [d["articles"] for d in agreements(graph)] == [["dated", "undated"]]
    else:
        assert len(agreements(graph)) == 2
        assert [c.rule for c in resolution.candidates if c.kind is Kind.AGREEMENT] == ["no-date"]


def test_a_report_without_its_year_joins_by_the_day_it_gives() -> None:
    """No publication date, only `12일`: the day of the month that agrees with the dated
    report, with the same parties, is one signing (the day is kept as `partial_date`)."""
    undated = "삼성전자는 지난 12일 서울대학교, KAIST와 반도체 인재 양성 업무협약을 맺었다."
    raw = build_graph([extract_article(Article(id="undated", text=undated, language="ko"))])
    assert [d.get("partial_date") for _, d in raw.nodes(data=True) if d["kind"] == "Agreement"] == ["---12"]
    graph, resolution = resolved(("dated", SAMSUNG_KO, "2025-03-12"), ("undated", undated, None))
    (one,) = agreements(graph)
    assert one["articles"] == ["dated", "undated"] and one["date"] == "2025-03-12"
    (join,) = [m for m in resolution.merges if m.kind is Kind.AGREEMENT]
    assert "on day 12 of a month in the other report (no year)" in join.evidence


def test_a_report_giving_another_day_stays_apart() -> None:
    other_day = "삼성전자는 지난 19일 서울대학교, KAIST와 반도체 인재 양성 업무협약을 맺었다."
    graph, resolution = resolved(("dated", SAMSUNG_KO, "2025-03-12"), ("undated", other_day, None))
    assert len(agreements(graph)) == 2
    assert not [c for c in resolution.candidates if c.kind is Kind.AGREEMENT]


def test_a_day_alone_with_a_party_missing_waits_for_review() -> None:
    """Only the day of the month and only some of the parties: not sure enough to join."""
    fewer = "삼성전자는 지난 12일 서울대학교와 협약을 맺었다."
    graph, resolution = resolved(("dated", SAMSUNG_KO, "2025-03-12"), ("undated", fewer, None))
    assert len(agreements(graph)) == 2
    assert [c.rule for c in resolution.candidates if c.kind is Kind.AGREEMENT] == ["no-date"]


KINGSLEY_EN = (
    "Kingsley University and Pohang City signed a memorandum of understanding on March 12, 2025, "
    "to cooperate on battery research."
)
KINGSLEY_KO = "포항시는 지난 12일 미국 킹슬리대학교와 이차전지 연구 협력을 위한 업무협약을 체결했다."


def test_a_foreign_body_written_in_hangul_is_one_body_of_one_signing() -> None:
    """킹슬리대학교 in the Korean report is Kingsley University in the English one: they sign
    one agreement with 포항시 on the 12th, so the signing and the body are one each."""
    graph, resolution = resolved(("en", KINGSLEY_EN, "2025-03-13"), ("ko", KINGSLEY_KO, None))
    (one,) = agreements(graph)
    assert one["articles"] == ["en", "ko"]
    signed = sorted(graph.nodes[u]["name"] for u, _, d in graph.in_edges(one["id"], data=True) if d["type"] == "SIGNED")
    assert len(signed) == 2 and "포항시" in signed
    (body,) = [m for m in resolution.merges if m.rule == "same-body-two-scripts"]
    assert "‘Kingsley University’ and ‘킹슬리대학교’: a transcription" in body.evidence


def test_a_name_in_another_script_alone_joins_no_body() -> None:
    """Without a shared party on the same day there is no signing to vouch for the name."""
    alone = "킹슬리대학교는 지난 12일 이차전지 연구 협력을 위한 업무협약을 체결했다."
    graph, resolution = resolved(("en", KINGSLEY_EN, "2025-03-13"), ("ko", alone, None))
    assert not [m for m in resolution.merges if m.rule == "same-body-two-scripts"]
    assert len(agreements(graph)) == 2


def test_a_rejected_body_pair_keeps_its_signing_apart() -> None:
    """A person who rejects 킹슬리대학교 = Kingsley University takes the pair away from the
    signing too: one party shared of two, in another script, is only a candidate."""
    xs = [
        extract_article(Article(id="en", text=KINGSLEY_EN, published="2025-03-13", language="en")),
        extract_article(Article(id="ko", text=KINGSLEY_KO, language="ko")),
    ]
    raw = build_graph(xs)
    _, resolution = resolve_graph(raw)
    (join,) = [m for m in resolution.merges if m.rule == "same-body-two-scripts"]
    graph, again = resolve_graph(raw, [Decision(Verdict.REJECT, join.a, join.b)])
    assert not [m for m in again.merges if m.rule == "same-body-two-scripts"]
    assert len(agreements(graph)) == 2


def test_a_day_that_fits_two_signings_joins_neither() -> None:
    """지난 12일 with no year nor month fits the signing of 12 March and the one of 12 April:
    either could be meant, so both pairs wait for review."""
    april = "삼성전자는 12일 서울대학교, KAIST와 반도체 인재 양성을 위한 업무협약을 다시 체결했다."
    undated = "삼성전자는 지난 12일 서울대학교, KAIST와 반도체 인재 양성 업무협약을 맺었다."
    graph, resolution = resolved(
        ("march", SAMSUNG_KO, "2025-03-12"), ("april", april, "2025-04-12"), ("undated", undated, None)
    )
    assert [d["articles"] for d in agreements(graph)] == [["april"], ["march"], ["undated"]]
    assert sorted(c.rule for c in resolution.candidates if c.kind is Kind.AGREEMENT) == ["no-date", "no-date"]


def test_copies_do_not_depend_on_the_order_lsh_answers_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """LSH answers a set, whose order changes with Python's string hashing from run to run.
    Three copies of one text, on days 0, 35 and 15 in the order they are read: the third may
    join the first or the second (never both: a group spans at most 30 days), and which it
    joins must be the same however the answers come."""
    from datasketch import MinHashLSH

    from mou_graph.graph.republished import article_hashes, find_copies

    text = SAMSUNG_KO + " 이번 협약으로 세 기관은 반도체 설계 인력을 함께 기르고 채용까지 연계하기로 했다."
    raw = build_graph(extract_article(Article(id=i, text=text, language="ko")) for i in "abc")
    nodes = sorted(n for n, d in raw.nodes(data=True) if d["kind"] == Kind.ARTICLE.value)
    for n, day in zip(nodes, ("2025-01-01", "2025-02-05", "2025-01-16"), strict=True):
        raw.nodes[n]["published"] = day
    query = MinHashLSH.query
    answers = []
    for order in (sorted, lambda found: sorted(found, reverse=True)):
        monkeypatch.setattr(MinHashLSH, "query", lambda self, m, order=order: order(query(self, m)))
        answers.append(find_copies(raw, article_hashes(raw)))
    assert answers[0] == answers[1] and len(answers[0]) == 1
