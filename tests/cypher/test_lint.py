"""Every file in queries/ and every statement the Neo4j loader emits passes Neo4j's own Cypher
linter (@neo4j-cypher/language-support, run through Node) against a schema of the model's
labels, relationship types, properties and parameters: no errors, no warnings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import extraction

from mou_graph.cypher.neo4j import statements
from mou_graph.cypher.queries import PROJECT_QUERIES, parameters
from mou_graph.graph.build import build_graph
from mou_graph.model import NODE_PROPERTIES, REL_SCHEMA, Kind, RelType, edge_properties

LINT = Path(__file__).resolve().parents[1] / "cypher_lint"


def schema(params: set[str]) -> dict:
    props = {p for kind in NODE_PROPERTIES.values() for p in kind} | {p for r in RelType for p in edge_properties(r)}
    props |= {"source", "target", "props"}  # keys of the loader's parameter rows (row.source, row.props)
    return {
        "labels": [k.value for k in Kind],
        "relationshipTypes": [r.value for r in RelType],
        "propertyKeys": sorted(props),
        "parameters": {p: ([] if p == "rows" else "x") for p in params},
        "graphSchema": [
            {"from": s.value, "to": t.value, "relType": r.value}
            for r, (sources, targets, _) in REL_SCHEMA.items()
            for s in sources
            for t in targets
        ],
    }


def lint(queries: list[tuple[str, str]]) -> list[dict]:
    if not (shutil.which("node") and (LINT / "node_modules").is_dir()):
        if os.environ.get("CI"):
            pytest.fail("node and tests/cypher_lint/node_modules are needed (scripts/test.sh runs npm ci)")
        pytest.skip("run `npm ci` in tests/cypher_lint first")
    params = {p for _, text in queries for p in parameters(text)}
    payload = json.dumps({"schema": schema(params), "queries": [{"name": n, "text": t} for n, t in queries]})
    result = subprocess.run(["node", "lint.mjs"], cwd=LINT, input=payload, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def neo4j_queries() -> list[tuple[str, str]]:
    """The files Neo4j runs: NAME.neo4j.cypher where the dialects differ, else NAME.cypher."""
    files = sorted(PROJECT_QUERIES.glob("*.cypher"))
    twins = {f.name.removesuffix(".neo4j.cypher") for f in files if f.name.endswith(".neo4j.cypher")}
    return [
        (f.name, f.read_text(encoding="utf-8"))
        for f in files
        if f.name.endswith(".neo4j.cypher") or f.stem not in twins
    ]


def test_named_queries_pass_the_linter() -> None:
    queries = neo4j_queries()
    assert len(queries) >= 8
    report = lint(queries)
    assert [(r["name"], r["diagnostics"]) for r in report if r["diagnostics"]] == []


def test_loader_statements_pass_the_linter() -> None:
    graph = build_graph(
        [extraction("l1", "포항시는 2일 포스텍, 경북도와 협약을 체결했다. 이날 김철수 포항시장이 참석했다.")]
    )
    sent = {cypher for cypher, _ in statements(graph)}
    assert any("MERGE" in s for s in sent) and any("CONSTRAINT" in s for s in sent)
    report = lint(sorted((f"statement {i}", s) for i, s in enumerate(sorted(sent))))
    assert [(r["name"], r["diagnostics"]) for r in report if r["diagnostics"]] == []


def test_the_linter_is_not_a_rubber_stamp() -> None:
    [report] = lint([("typo", "MATCH (o:Organisaton) WHERE o.nme = $name RETURN o")])
    assert len(report["diagnostics"]) >= 2
