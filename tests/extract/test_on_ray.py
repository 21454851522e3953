"""Extraction on a real Ray cluster (a head with 2 CPUs, started by the test in private network
and process namespaces, loopback only): the shards hold the local run's documents, ids
included, in input order; bad records are errors naming their source while the others come
out; `build` of the shard folder is `build` of the local extraction."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.extract.document import extraction_shards, iter_document_dicts, to_json_text
from mou_graph.extract.pipeline import extract_paths
from mou_graph.model import Extraction, InputError

pytest.importorskip("ray", reason="the ray extra is not installed")

# invented for these tests: agreement articles as news reports them, none from any outlet
KOREAN = [
    {
        "id": "ko-gangneung",
        "published": "2025-04-08",
        "outlet": "가상일보",
        "text": "강릉시는 7일 시청 대회의실에서 강릉원주대학교, 한국전자통신연구원과 해양 바이오 산업 육성을 위한 "
        "업무협약을 체결했다고 8일 밝혔다.\n\n협약식에는 김민준 강릉시장과 박서연 강릉원주대학교 총장이 참석했다.\n\n"
        "세 기관은 연구 인력 교류와 창업 지원에 협력하기로 했다.",
    },
    {
        "published": "2025-05-11",
        "text": "충청북도와 ㈜한빛소재는 10일 도청에서 2천억원 규모의 투자협약을 맺었다.\n\n"
        '이도현 ㈜한빛소재 대표는 "지역 인재를 우선 채용하겠다"고 말했다.',
    },
    {
        "id": "ko-gwangju",
        "text": "전남대학교 산학협력단은 광주테크노파크와 인공지능 반도체 인력 양성 협약을 체결했다.\n\n"
        "정하준 광주테크노파크 원장은 기업 지원을 약속했다.",
    },
    {
        "id": "ko-busan",
        "published": "2025-09-03",
        "text": "부산광역시는 2일 부산대학교, 한국해양과학기술원과 탄소중립 항만 기술 개발 업무협약을 체결했다.\n\n"
        "최유진 부산대학교 산학협력단장은 공동 연구실을 열겠다고 밝혔다.",
    },
]
ENGLISH = [
    {
        "id": "en-incheon",
        "published": "2025-06-02",
        "language": "en",
        "text": "Incheon City signed a memorandum of understanding with Inha University on June 1 to build a "
        "hydrogen research hub.\n\nIncheon Mayor Choi Ji-woo and Inha University President Han Soo-min "
        "attended the ceremony at City Hall.",
    },
    {
        "published": "2025-07-15",
        "text": "Korea Electric Power Corporation signed an MOU with Jeonbuk National University on Tuesday to "
        "train grid engineers.",
    },
    {
        "id": "en-daejeon",
        "published": "2025-10-20",
        "text": "Daejeon Metropolitan City signed an agreement with KAIST and the Electronics and "
        "Telecommunications Research Institute on Oct. 17 to support quantum startups.",
    },
]


def write_corpus(folder: Path) -> Path:
    """Three shards: Korean JSON Lines with a line that is not JSON and a record without
    text, English JSON Lines, and Parquet whose last row has no text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True)
    lines = [
        json.dumps(KOREAN[0], ensure_ascii=False),
        "{this line is not json",
        json.dumps(KOREAN[1], ensure_ascii=False),
    ]
    lines += [json.dumps({"id": "no-text", "title": "제목만 있는 기사"}, ensure_ascii=False)]
    lines += [json.dumps(a, ensure_ascii=False) for a in KOREAN[2:]]
    (folder / "a-ko.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b-en.jsonl").write_text(json.dumps(ENGLISH[2]) + "\n", encoding="utf-8")
    rows = [{k: a.get(k) for k in ("id", "text", "published", "language")} for a in ENGLISH[:2]]
    rows.append({"id": "en-empty", "text": None, "published": None, "language": None})
    pq.write_table(pa.Table.from_pylist(rows), folder / "c-mixed.parquet")
    return folder


@pytest.fixture(scope="module")
def cluster_run(tmp_path_factory) -> tuple[Path, Path, dict]:
    """One cluster for the module: the corpus extracted on it by the library and by the CLI."""
    from ray_cluster import run_isolated

    if not (shutil.which("unshare") and shutil.which("ip")):
        pytest.fail("the Ray cluster test needs unshare (util-linux) and ip (iproute2)")
    base = tmp_path_factory.mktemp("ray")
    corpus = write_corpus(base / "corpus")
    work = base / "work"
    work.mkdir()
    return corpus, work, run_isolated(corpus, work)


def local_items(corpus: Path) -> tuple[list[Extraction], list[InputError]]:
    items = list(extract_paths([corpus]))
    return [x for x in items if isinstance(x, Extraction)], [e for e in items if isinstance(e, InputError)]


def shard_documents(folder: Path) -> tuple[list[dict], list[dict]]:
    shards = extraction_shards(folder)
    assert shards is not None
    docs = [d for s in shards for d in iter_document_dicts(s)]
    errors = [e for s in shards for e in json.loads(s.read_text(encoding="utf-8"))["errors"]]
    return docs, errors


def test_the_ray_extraction_is_the_local_one_document_for_document(cluster_run) -> None:
    corpus, work, result = cluster_run
    extractions, errors = local_items(corpus)
    docs, shard_errors = shard_documents(work / "library")
    assert [d["id"] for d in docs] == [x.article.id for x in extractions]  # ids, and input order
    assert docs == [x.to_json() for x in extractions]
    assert shard_errors == [e.to_json() for e in errors]
    assert result["library"]["documents"] == len(extractions) == 7
    assert len(result["library"]["shards"]) > 1  # small shards: the order holds across them
    assert sorted(p.name for p in (work / "library").iterdir()) == result["library"]["shards"]


def test_a_bad_record_is_an_error_naming_its_source_and_the_others_come_out(cluster_run) -> None:
    corpus, work, result = cluster_run
    errors = {(e["source"], e["line"], e["reason"].split(":")[0]) for e in result["library"]["errors"]}
    assert errors == {
        (str(corpus / "a-ko.jsonl"), 2, "not valid JSON"),
        (str(corpus / "a-ko.jsonl"), 4, 'no "text" field'),
        (str(corpus / "c-mixed.parquet"), 3, 'no "text" field ("text" is null, not a string)'),
    }
    docs, _ = shard_documents(work / "library")
    assert [d["id"] for d in docs] == [
        "ko-gangneung",
        "a-ko:3",  # no id given: the file's stem and the line, as the local run names it
        "ko-gwangju",
        "ko-busan",
        "en-daejeon",
        "en-incheon",
        "c-mixed:2",
    ]
    assert {d["source"] for d in docs if d["id"] == "a-ko:3"} == {"a-ko.jsonl:3"}  # relative, as the local run gives it


def test_the_cli_writes_the_same_shards_and_exits_1_for_the_bad_records(cluster_run) -> None:
    corpus, work, result = cluster_run
    assert result["cli"]["code"] == 1, result["cli"]["stderr"]
    assert f"{corpus / 'a-ko.jsonl'}:2: not valid JSON" in result["cli"]["stderr"]
    assert shard_documents(work / "cli") == shard_documents(work / "library")
    whole = (work / "cli" / result["library"]["shards"][0]).read_text(encoding="utf-8")
    extractions, errors = local_items(corpus)
    assert len(list((work / "cli").iterdir())) == 1  # 7 documents: one shard of the default size
    assert whole == to_json_text(extractions, errors)  # byte for byte what `extract --format json` writes


def test_build_of_the_shard_folder_is_build_of_the_local_extraction(cluster_run, tmp_path: Path) -> None:
    corpus, work, _ = cluster_run
    runner = CliRunner()
    local = tmp_path / "local.json"
    assert runner.invoke(app, ["extract", str(corpus), "--format", "json", "-o", str(local), "-q"]).exit_code == 1
    for source, out in ((local, tmp_path / "g-local"), (work / "library", tmp_path / "g-ray")):
        result = runner.invoke(app, ["build", str(source), "--out", str(out), "--quiet"])
        assert result.exit_code == 0, result.output
    for name in ("graph.json", "graph.graphml", "cosign.graphml", "resolution.json"):
        assert (tmp_path / "g-ray" / name).read_bytes() == (tmp_path / "g-local" / name).read_bytes(), name


def test_the_actor_loads_kiwi_once_and_extracts_as_the_local_run(tmp_path: Path) -> None:
    """Ray Data builds the actor on one thread and calls it on another: the call uses the Kiwi
    loaded in `__init__` (no second model), and a batch comes back as the local run's items."""
    from concurrent.futures import ThreadPoolExecutor

    from mou_graph.extract import korean
    from mou_graph.extract.on_ray import Extractor, _parse
    from mou_graph.ingest.read import plan_inputs

    corpus = write_corpus(tmp_path / "corpus")
    (file,) = [f for f in plan_inputs([corpus / "a-ko.jsonl"])]
    rows = _parse({"path": "x", "bytes": (corpus / "a-ko.jsonl").read_bytes()}, {"x": (0, file)}, 2_000_000)
    actor = Extractor()
    batch = {k: [r[k] for r in rows] for k in ("file", "n", "kind", "data")}
    with ThreadPoolExecutor(1) as pool:
        out, used = pool.submit(lambda: (actor(batch), korean.kiwi())).result()
    assert used is actor.kiwi
    extractions, errors = local_items(corpus / "a-ko.jsonl")
    assert [json.loads(d) for d, k in zip(out["data"], out["kind"], strict=True) if k == "document"] == [
        x.to_json() for x in extractions
    ]
    assert [json.loads(d) for d, k in zip(out["data"], out["kind"], strict=True) if k == "error"] == [
        e.to_json() for e in errors
    ]


def test_a_uri_is_planned_as_its_folder_would_be(tmp_path: Path) -> None:
    """A folder given as a URI (here file://, as s3:// or gs:// would be) lists the same files,
    in the same order, with the same ids, as the folder given as a path; Ray reads each by its
    URI. A URI with nothing behind it is an error naming it."""
    from mou_graph.extract.on_ray import plan

    corpus = write_corpus(tmp_path / "corpus")
    (corpus / ".hidden.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "a-ko.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")  # a stem seen twice
    by_path = plan([corpus])
    by_uri = plan([f"file://{corpus}"])
    seen = [(s.id_base, s.source, Path(s.path).name) for s, _ in by_uri]
    assert seen == [(s.id_base, s.source, Path(s.path).name) for s, _ in by_path]
    assert seen[0][:2] == ("a-ko", "a-ko.jsonl") and seen[-1][:2] == ("sub/a-ko", "sub/a-ko.jsonl")
    assert [where for _, where in by_uri] == [
        f"file://{corpus / n}" for n in ("a-ko.jsonl", "b-en.jsonl", "c-mixed.parquet", "sub/a-ko.jsonl")
    ]
    ((missing, where),) = plan([f"file://{tmp_path / 'nothing'}"])
    assert isinstance(missing, InputError) and missing.source.endswith("nothing") and where is None
