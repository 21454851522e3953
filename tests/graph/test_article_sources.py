"""Article nodes name their file relative to what the user named, never by the user's local
path (issue 16, item 17): in graph.json, the unresolved graph, GraphML, the page, the
embedded database and the Neo4j load; and an article with a headline is named by it."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.graph.build import article_source
from mou_graph.views.graphml import read_graphml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"  # the project's own example articles
runner = CliRunner()


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("sub/seed.txt", "sub/seed.txt"),  # as the reader gives it: relative to what was named
        ("feed.jsonl:12", "feed.jsonl:12"),
        ("/home/someone/news/seed.txt", "seed.txt"),  # absolute (an older extraction file): its name
        ("/home/someone/news/feed.jsonl:12", "feed.jsonl:12"),
        ("../../etc/seed.txt", "seed.txt"),
        ("news/./sub/../seed.txt", "news/seed.txt"),
        (None, None),
    ],
)
def test_a_source_never_escapes(source: str | None, shown: str | None) -> None:
    assert article_source(source) == shown


def test_extraction_json_names_articles_relative_to_the_folder_named(tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    result = runner.invoke(app, ["extract", str(EXAMPLES.resolve()), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert str(EXAMPLES.resolve()) not in out.read_text(encoding="utf-8")
    assert {d["source"].split(":")[0] for d in doc["documents"]} == {
        p.name for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html", ".jsonl", ".json")
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The examples under an absolute folder, one of them a level down, built by the CLI."""
    base = tmp_path_factory.mktemp("home-someone")
    news = base / "news"
    (news / "sub").mkdir(parents=True)
    for path in EXAMPLES.iterdir():
        if path.suffix in (".txt", ".html", ".jsonl"):
            target = news / "sub" / path.name if path.suffix == ".txt" else news / path.name
            shutil.copy(path, target)
    folder = base / "graph"
    result = runner.invoke(app, ["build", str(news.resolve()), "--out", str(folder), "-q"])
    assert result.exit_code == 0, result.output
    return base, folder


def _articles(folder: Path) -> dict[str, dict]:
    graph = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
    return {n["articles"][0]: n for n in graph["nodes"] if n["kind"] == "Article"}


def test_no_local_path_reaches_any_file_of_the_folder(built: tuple[Path, Path]) -> None:
    base, folder = built
    for name in ("graph.json", "graph.graphml", "cosign.graphml", "graph.html", "resolution.json", "meta.json"):
        text = (folder / name).read_text(encoding="utf-8")
        assert str(base) not in text, name
    assert str(base) not in gzip.decompress((folder / "unresolved.json.gz").read_bytes()).decode("utf-8")
    sources = sorted(n["source"] for n in _articles(folder).values())
    assert sources == sorted(
        [f"sub/{p.name}" for p in EXAMPLES.glob("*.txt")]
        + [p.name for p in EXAMPLES.glob("*.html")]
        + [f"{p.name}:{i}" for p in EXAMPLES.glob("*.jsonl") for i in (1, 2)]
    )


def test_the_headline_names_the_article(built: tuple[Path, Path]) -> None:
    _, folder = built
    articles = _articles(folder)
    titled = {a: n for a, n in articles.items() if n["source"].endswith(".html")}
    assert titled  # the HTML example has a <title>
    graphml = read_graphml(folder / "graph.graphml")
    html = (folder / "graph.html").read_text(encoding="utf-8")
    for article, node in titled.items():
        assert node["name"] != article and node["name"] == node["label"]
        assert graphml.nodes[node["id"]]["label"] == node["name"]
        assert json.dumps(node["name"], ensure_ascii=False)[1:-1] in html  # the panel's article table
    untitled = [n for n in articles.values() if n["source"].startswith("sub/")]
    assert untitled and all(n["name"] == n["articles"][0] for n in untitled)  # a .txt has no headline


def test_the_databases_get_no_local_path(built: tuple[Path, Path]) -> None:
    base, folder = built
    cypher = "MATCH (a:Article) RETURN a.source AS source, a.name AS name"
    result = runner.invoke(app, ["query", cypher, "--graph", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == len(_articles(folder)) and all(not r["source"].startswith("/") for r in rows)
    dry = runner.invoke(app, ["load", str(folder), "--dry-run"])
    assert dry.exit_code == 0 and '"source": "sub/' in dry.stdout and str(base) not in dry.stdout


def test_a_folder_built_with_local_paths_loses_them_on_the_next_build(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, folder = built
    old = tmp_path / "old"
    shutil.copytree(folder, old, symlinks=True)
    raw_path = (old / "unresolved.json.gz").resolve()  # the generation's own file, as before this fix
    raw = json.loads(gzip.decompress(raw_path.read_bytes()))
    for node in raw["nodes"]:
        if node["kind"] == "Article":
            node["source"] = f"/home/someone/news/{node['source']}"
    raw_path.write_bytes(gzip.compress(json.dumps(raw, ensure_ascii=False).encode("utf-8")))
    result = runner.invoke(app, ["build", str(EXAMPLES / "kaist-etri.html"), "--into", str(old), "-q"])
    assert result.exit_code == 0, result.output
    assert "/home/someone" not in (old / "graph.json").read_text(encoding="utf-8")
    # nothing tells where under /home/someone/news they were: each keeps its file's name
    assert {n["source"] for n in _articles(old).values()} == {
        n["source"].rsplit("/", 1)[-1] for n in _articles(folder).values()
    }
