"""`extract --ray` from the command line without a cluster: without Ray installed it says what
to install (and the rest of mou-graph works); its options are checked before anything runs;
`build` takes a folder of extraction shards as it takes one extraction file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.extract.document import extraction_shards, to_json_text
from mou_graph.extract.on_ray import shard_name, write_shard

SRC = Path(__file__).resolve().parents[2] / "src"
ARTICLE = '{"id": "k1", "text": "세종시는 충남대학교와 스마트시티 업무협약을 체결했다."}\n'

# a sitecustomize that makes `import ray` fail, as on a machine without the extra
NO_RAY = """
import sys

class _NoRay:
    def find_spec(self, name, path=None, target=None):
        if name == "ray" or name.startswith("ray."):
            raise ModuleNotFoundError("No module named 'ray'", name="ray")
        return None

sys.meta_path.insert(0, _NoRay())
"""


def run_without_ray(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(NO_RAY, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(SRC)])}
    return subprocess.run(
        [sys.executable, "-m", "mou_graph", *args], env=env, capture_output=True, text=True, timeout=300
    )


def test_without_ray_extract_ray_says_what_to_install_and_the_rest_works(tmp_path: Path) -> None:
    corpus = tmp_path / "a.jsonl"
    corpus.write_text(ARTICLE, encoding="utf-8")
    check = run_without_ray(tmp_path, "--version")
    assert check.returncode == 0
    blocked = subprocess.run(
        [sys.executable, "-c", "import ray"],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        capture_output=True,
        text=True,
    )
    assert blocked.returncode != 0 and "No module named 'ray'" in blocked.stderr  # the block holds
    for flag in (["--ray"], ["--ray-address", "127.0.0.1:1"]):
        result = run_without_ray(tmp_path, "extract", str(corpus), *flag, "--output", str(tmp_path / "shards"))
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "pip install 'mou-graph[ray]'" in lines[0], result.stderr
        assert not (tmp_path / "shards").exists()
    local = run_without_ray(tmp_path, "extract", str(corpus), "--format", "json", "--quiet")
    assert local.returncode == 0 and '"id": "k1"' in local.stdout


def test_extract_ray_needs_a_folder_and_json(tmp_path: Path) -> None:
    runner = CliRunner()
    corpus = tmp_path / "a.jsonl"
    corpus.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "--ray"])
    assert result.exit_code == 2 and "--output FOLDER/" in result.output
    result = runner.invoke(app, ["extract", str(corpus), "--ray", "--format", "text", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "JSON shards" in result.output
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "other.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "--ray", "-o", str(tmp_path / "full")])
    if "pip install" not in result.output:  # with Ray installed: a folder in use is refused
        assert result.exit_code == 2 and "not empty" in result.output


def test_build_reads_a_folder_of_shards_as_the_one_file(tmp_path: Path, graph_extractions) -> None:
    """The same extractions as one file and as three shards (in name order, which is input
    order): the same graph folder. A folder that also holds an article is read as articles."""
    import pyarrow.fs as pafs

    one = tmp_path / "extraction.json"
    one.write_text(to_json_text(graph_extractions), encoding="utf-8")
    shards = tmp_path / "shards"
    shards.mkdir()
    fs = pafs.LocalFileSystem()
    parts = [graph_extractions[:1], graph_extractions[1:3], graph_extractions[3:]]
    for i, part in reversed(list(enumerate(parts))):  # written out of order, read in name order
        write_shard(fs, str(shards), shard_name(i, 1), part)
    assert [p.name for p in extraction_shards(shards) or []] == [shard_name(i, 1) for i in range(3)]
    runner = CliRunner()
    for source, out in ((one, tmp_path / "g-one"), (shards, tmp_path / "g-shards")):
        result = runner.invoke(app, ["build", str(source), "--out", str(out), "--quiet"])
        assert result.exit_code == 0, result.output
    for name in ("graph.json", "graph.graphml", "resolution.json"):
        assert (tmp_path / "g-shards" / name).read_bytes() == (tmp_path / "g-one" / name).read_bytes(), name
    (shards / "note.txt").write_text("세종시는 충남대학교와 업무협약을 체결했다.", encoding="utf-8")
    assert extraction_shards(shards) is None
