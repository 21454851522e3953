"""Every stage at corpus scale: time, articles per second, peak memory, and how each grows.

    python benchmarks/bench_scale.py [--sizes 1000,10000,50000] [--source ../shared/corpus/dev]
                                     [--out benchmarks/out] [--one-worker-max N] [--no-browser]

A synthetic corpus is made from the dev articles (Korean and English, repeated; each copy a
distinct id and its publication date shifted by one day per round, so ids and dates differ)
as one JSON Lines file. Each stage then runs in its own process, reading the previous stage's
output from disk, so the peak memory reported is its own:

    kiwi       Kiwi's own tokenisation of the same texts, paragraph by paragraph (the floor)
    extract    `mou-graph extract corpus.jsonl --format json --output … --workers 1` and `2`
    ray        `mou-graph extract corpus.jsonl --ray-address local --output DIR/`: a new local
               Ray cluster on the same cores (one actor per CPU), in private network and
               process namespaces when `unshare` can make them; its shards are compared with
               the `--workers 2` file document for document (when the ray extra is installed)
    build      the raw graph from the extraction file (graph.build_graph, streamed in)
    resolve    resolve.resolve_graph(raw) → (graph, resolution); signings.resolve_signings alone
    graph.json, GraphML (graph and co-signature), HTML (render_html, default max_nodes)
    browser    the HTML page until its layout is still, in Debian's Chromium
    load       the embedded database (EmbeddedGraph(folder).connection(), built from graph.json)
    query      named queries (queries/*.cypher) on it
    cli build  `mou-graph build` itself on the extraction file: build, resolve and every file
               of the graph folder in one process (what a user waits for, and its peak memory)
    stress     resolve_graph on a raw graph whose copies' organisation and person names are
               made distinct too (a copy tag on every name the gazetteer does not know), so
               the resolver's blocking meets tens of thousands of distinct forms

Peak RSS is the largest resident set of the stage's process tree, sampled from /proc (for
`--workers 2` that is the parent and both workers together), and never less than the
kernel's own ru_maxrss of the largest process. `cores` is CPU time over wall time.

The table is printed and the figures are written to OUT/bench_scale.json (with the machine
they came from). Intermediate files go to OUT/work-SIZE/ and are removed at the end unless
--keep. Run by hand; the figures go in the README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "dev"
RESULT = "BENCH-RESULT "
TAG_SYLLABLES = "가나다라마바사아자차카타파하"
QUERIES = ("positions", "brokers", "partners", "provenance", "signatories", "shortest_path")


# -- the synthetic corpus ----------------------------------------------------------


def dev_articles(source: Path) -> list[dict[str, Any]]:
    """The dev articles' input fields (never their gold annotations)."""
    docs = []
    for path in sorted(source.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(d, dict) and d.get("text"):
            docs.append({k: d.get(k) for k in ("id", "url", "outlet", "published", "language", "text")})
    if not docs:
        raise SystemExit(f"no articles in {source}")
    return docs


def make_corpus(docs: list[dict[str, Any]], size: int, path: Path) -> dict[str, Any]:
    """`size` articles, copy i of article j in round r = i // len(docs): id `j~r`, published
    r days after the original (or after 2024-01-01 when the original has no date)."""
    languages: dict[str, int] = {}
    chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(size):
            d = dict(docs[i % len(docs)])
            r = i // len(docs)
            base = dt.date.fromisoformat(d["published"] or "2024-01-01")
            d["id"] = f"{d['id']}~{r}"
            d["published"] = (base + dt.timedelta(days=r)).isoformat()
            if d.get("url"):
                d["url"] = f"{d['url']}#copy-{r}"
            languages[d.get("language") or "ko"] = languages.get(d.get("language") or "ko", 0) + 1
            chars += len(d["text"])
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return {"articles": size, "languages": languages, "mean_chars": round(chars / size), "bytes": path.stat().st_size}


def iter_corpus(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


# -- running a stage in its own process --------------------------------------------


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return out


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class StageFailed(Exception):
    """A stage that exited with an error or ran out of time: the rest still run."""


def run_stage(cmd: list[str], log: Path, timeout: float) -> dict[str, Any]:
    """Run `cmd`, sampling its process tree's memory; its wall and CPU time, peak RSS, and the
    JSON it printed after RESULT (if any)."""
    with log.open("w", encoding="utf-8") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, 9))
        timer.start()
        peak = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, sum(_rss_kib(p) for p in _tree(proc.pid)))
                stop.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        timer.cancel()
        stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    result: dict[str, Any] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(RESULT):
            result = json.loads(line[len(RESULT) :])
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not result and "extract" not in cmd):
        tail = log.read_text(encoding="utf-8", errors="replace")[-1500:]
        raise StageFailed(f"exit {proc.returncode} after {wall:.0f} s (timeout {timeout:.0f} s): {tail}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mib": max(peak, usage.ru_maxrss) / 1024,
        "exit": proc.returncode,
        **result,
    }


def child(stage: str, work: Path, **options: Any) -> list[str]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stage", stage, "--work", str(work)]
    for k, v in options.items():
        cmd += [f"--{k.replace('_', '-')}", str(v)]
    return cmd


def report(**values: Any) -> None:
    """What a stage prints back to the runner: its own timings, and its own peak RSS."""
    import resource

    values["self_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(RESULT + json.dumps(values), flush=True)


# -- the stages (each runs in a child process) ----------------------------------------


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def stage_cpu(work: Path) -> None:
    """What the machine gives right now: one pure-Python job alone, then two at once on two
    processes. On a shared machine this is the ceiling for `--workers 2`."""
    from concurrent.futures import ProcessPoolExecutor

    n = 15_000_000
    t0 = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - t0
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [1000, 1000]))  # the workers start outside the timing
        t0 = time.perf_counter()
        list(pool.map(_spin, [n, n]))
        two = time.perf_counter() - t0
    report(seconds=two, one_job=one, effective_cores=2 * one / two)


def stage_kiwi(work: Path) -> None:
    from mou_graph.extract.korean import kiwi

    k = kiwi()
    k.tokenize("모델을 먼저 읽어 둔다.")  # the model is loaded outside the timing
    t0 = time.perf_counter()
    n = 0
    for d in iter_corpus(work / "corpus.jsonl"):
        for paragraph in d["text"].split("\n"):
            if paragraph.strip():
                k.tokenize(paragraph)
        n += 1
    report(seconds=time.perf_counter() - t0, articles=n)


def _meta_version() -> int:
    from mou_graph import model

    return getattr(model, "GRAPH_FORMAT_VERSION", None) or model.FORMAT_VERSION


def _write_folder_graph(graph: Any, folder: Path) -> None:
    """graph.json and meta.json, as save_graph writes them (the other views are stages)."""
    from mou_graph.files import atomic_write_text
    from mou_graph.graph.folder import GRAPH_FILE, META_FILE, write_graph_json

    write_graph_json(graph, folder / GRAPH_FILE)  # streamed, as save_graph writes it
    meta = {"format": "mou-graph", "version": _meta_version(), "nodes": graph.number_of_nodes()}
    meta["edges"] = graph.number_of_edges()
    atomic_write_text(folder / META_FILE, json.dumps(meta, indent=1) + "\n")


def _read_node_link(path: Path) -> Any:
    import networkx as nx

    return nx.node_link_graph(
        json.loads(path.read_text(encoding="utf-8")), directed=True, multigraph=True, edges="edges"
    )


def stage_build(work: Path) -> None:
    from mou_graph.extract.document import iter_extraction_documents
    from mou_graph.graph.build import build_graph
    from mou_graph.graph.folder import write_graph_json

    t0 = time.perf_counter()
    raw = build_graph(iter_extraction_documents(work / "extract-w2.json"))
    seconds = time.perf_counter() - t0
    articles = sum(1 for _, d in raw.nodes(data=True) if d.get("kind") == "Article")
    write_graph_json(raw, work / "raw.json")  # streamed, as save_graph writes unresolved.json.gz
    report(seconds=seconds, articles=articles, nodes=raw.number_of_nodes(), edges=raw.number_of_edges())


def _timed(read: Any, *args: Any) -> tuple[Any, float]:
    """What `read(*args)` returns, and the seconds it took (a stage's input, timed apart)."""
    t0 = time.perf_counter()
    return read(*args), time.perf_counter() - t0


def _resolve(raw: Any) -> tuple[Any, Any, float]:
    from mou_graph.graph.resolve import resolve_graph

    t0 = time.perf_counter()
    graph, resolution = resolve_graph(raw)
    return graph, resolution, time.perf_counter() - t0


def stage_resolve(work: Path) -> None:
    from mou_graph.graph.folder import write_graph_json
    from mou_graph.graph.signings import resolve_signings

    raw, load = _timed(_read_node_link, work / "raw.json")
    graph, resolution, seconds = _resolve(raw)
    write_graph_json(graph, work / "resolved.json")
    # the signings stage alone (part of `seconds`), again on the organisations resolved
    signings, signing_seconds = _timed(resolve_signings, raw, resolution.node_of, set(), set(), set())
    report(
        seconds=seconds,
        signings_seconds=signing_seconds,
        agreement_forms=len(signings.node_of),
        signings=len(set(signings.node_of.values())),
        republished=len(signings.republishes),
        load_seconds=load,
        forms=raw.number_of_nodes(),
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        merges=len(resolution.merges),
        candidates=len(resolution.candidates),
    )


def stage_graph_json(work: Path) -> None:
    graph, load = _timed(_read_node_link, work / "resolved.json")
    folder = work / "graph"
    folder.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    _write_folder_graph(graph, folder)
    report(seconds=time.perf_counter() - t0, load_seconds=load, bytes=(folder / "graph.json").stat().st_size)


def stage_graphml(work: Path) -> None:
    from mou_graph.graph.build import co_signature
    from mou_graph.graph.folder import load_graph
    from mou_graph.views.graphml import write_graphml

    folder = work / "graph"
    graph, load = _timed(load_graph, folder)
    t0 = time.perf_counter()
    write_graphml(graph, folder / "graph.graphml")
    main = time.perf_counter() - t0
    write_graphml(co_signature(graph), folder / "cosign.graphml")
    report(
        seconds=time.perf_counter() - t0,
        graph_seconds=main,
        load_seconds=load,
        bytes=(folder / "graph.graphml").stat().st_size,
    )


def stage_html(work: Path) -> None:
    from mou_graph.files import atomic_write_text
    from mou_graph.graph.folder import load_graph
    from mou_graph.views.html import render_html

    folder = work / "graph"
    graph, load = _timed(load_graph, folder)
    t0 = time.perf_counter()
    html = render_html(graph)
    atomic_write_text(folder / "graph.html", html)
    seconds = time.perf_counter() - t0
    report(seconds=seconds, load_seconds=load, bytes=len(html.encode("utf-8")))


def stage_browser(work: Path) -> None:
    from playwright.sync_api import sync_playwright

    html = work / "graph" / "graph.html"
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = b.new_context(bypass_csp=True).new_page()  # lets Playwright poll the ready flag
        t0 = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_function("window.mouGraph && window.mouGraph.ready", timeout=900_000)
        seconds = time.perf_counter() - t0
        nodes = page.evaluate("window.mouGraph.nodes.length")
        b.close()
    report(seconds=seconds, nodes=nodes)


def stage_load(work: Path) -> None:
    from mou_graph.cypher.embedded import CACHE, EmbeddedGraph

    folder = work / "graph"
    shutil.rmtree(folder / CACHE, ignore_errors=True)
    t0 = time.perf_counter()
    EmbeddedGraph(folder).connection()
    report(seconds=time.perf_counter() - t0)


def stage_query(work: Path) -> None:
    from mou_graph.cypher.embedded import EmbeddedGraph
    from mou_graph.cypher.queries import find_query

    g = EmbeddedGraph(work / "graph")
    if not (g.path() / "ready").exists():  # the load stage failed or was stopped
        report(seconds=0.0, skipped="no database (the load stage did not finish)")
        return
    t0 = time.perf_counter()
    g.connection()  # opening the database built by the load stage
    opened = time.perf_counter() - t0
    _, top = g.query(
        "MATCH (o:Organisation)-[:SIGNED]->(:Agreement) RETURN o.name AS name, count(*) AS n ORDER BY n DESC LIMIT 2"
    )
    first = top[0][0] if top else ""
    second = top[-1][0] if top else ""
    params = {
        "partners": {"organisation": first},
        "provenance": {"name": first},
        "signatories": {"agreement": "협약"},
        "shortest_path": {"from": first, "to": second},
    }
    times: dict[str, float] = {}
    rows: dict[str, int | str] = {}
    for name in QUERIES:
        q = find_query(name)
        t0 = time.perf_counter()
        _, result = g.query(q.text, params.get(name, {}))
        times[name] = time.perf_counter() - t0
        rows[name] = len(result)
    report(seconds=sum(times.values()), open_seconds=opened, queries=times, rows=rows)


def _tag(copy: int) -> str:
    n = len(TAG_SYLLABLES)
    out = TAG_SYLLABLES[copy % n]
    copy //= n
    while copy:
        out += TAG_SYLLABLES[copy % n]
        copy //= n
    return out


def stress_extractions(base: list[dict[str, Any]], size: int) -> Iterator[Any]:
    """`size` extractions; every copy's organisations and people the gazetteer does not know
    get a copy tag on every form (and so their own form ids)."""
    from mou_graph.extract.gazetteer import load_gazetteer
    from mou_graph.model import Extraction, Kind, stable_id

    gaz = load_gazetteer()
    for i in range(size):
        x = Extraction.from_json(base[i % len(base)])
        copy = i // len(base)
        x.article.id = f"{x.article.id}~stress{copy}"
        if copy:
            korean = (x.article.language or "ko") == "ko"
            tag = _tag(copy) if korean else f" {copy:x}".upper()
            ids = {}
            for e in x.entities:
                if e.kind in (Kind.ORGANISATION, Kind.PERSON) and gaz.lookup(e.name) is None:
                    ids[e.id] = stable_id(e.id.split("-")[0], e.id, tag)
                    e.id = ids[e.id]
                    e.name += tag
                    e.aliases = [a + tag for a in e.aliases]
            for r in x.relations:
                r.source, r.target = ids.get(r.source, r.source), ids.get(r.target, r.target)
        yield x


def stage_stress(work: Path) -> None:
    from itertools import islice

    from mou_graph.extract.document import iter_extraction_documents
    from mou_graph.graph.build import build_graph

    size = int((work / "size").read_text())
    base = [
        x.to_json()
        for x in islice(iter_extraction_documents(work / "extract-w2.json"), int((work / "docs").read_text()))
    ]
    t0 = time.perf_counter()
    raw = build_graph(stress_extractions(base, size))
    build = time.perf_counter() - t0
    forms = sum(1 for _, d in raw.nodes(data=True) if d.get("kind") in ("Organisation", "Person"))
    graph, resolution, seconds = _resolve(raw)
    report(
        seconds=seconds,
        build_seconds=build,
        forms=raw.number_of_nodes(),
        org_person_forms=forms,
        nodes=graph.number_of_nodes(),
        merges=len(resolution.merges),
        candidates=len(resolution.candidates),
    )


STAGES = {
    "cpu": stage_cpu,
    "kiwi": stage_kiwi,
    "build": stage_build,
    "resolve": stage_resolve,
    "graph.json": stage_graph_json,
    "graphml": stage_graphml,
    "html": stage_html,
    "browser": stage_browser,
    "load": stage_load,
    "query": stage_query,
    "stress": stage_stress,
}
PER_ARTICLE = ("kiwi", "extract w1", "extract w2", "extract ray", "build", "cli build")


# -- the runner ------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    from importlib.metadata import version

    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": round(mem, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "kiwipiepy": version("kiwipiepy"),
        "ladybug": version("ladybug"),
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


failures: list[dict[str, Any]] = []


def run_size(size: int, docs: list[dict[str, Any]], out: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    work = out / f"work-{size}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / "size").write_text(str(size))
    (work / "docs").write_text(str(len(docs)))
    corpus = make_corpus(docs, size, work / "corpus.jsonl")
    print(f"\n{size} articles ({corpus['languages']}, {corpus['mean_chars']} characters on average)", flush=True)
    rows: list[dict[str, Any]] = []

    def add(stage: str, cmd: list[str], **extra: Any) -> dict[str, Any]:
        try:
            r = run_stage(cmd, work / f"{stage.replace(' ', '-')}.log", args.timeout)
        except StageFailed as exc:
            print(f"  {stage:<12} FAILED: {exc}", flush=True)
            failures.append({"stage": stage, "size": size, "error": str(exc)})
            return {}
        r.update(stage=stage, size=size, **extra)
        r.setdefault("seconds", r["wall"])
        if "effective_cores" in r:
            r["cores"] = r["effective_cores"]
        if stage in PER_ARTICLE:
            r["per_second"] = size / r["seconds"]
        rows.append(r)
        print(f"  {stage:<12} {r['seconds']:9.2f} s {r['rss_mib']:8.0f} MiB", flush=True)
        return r

    add("cpu", child("cpu", work))
    if not args.kiwi_max or size <= args.kiwi_max:
        add("kiwi", child("kiwi", work))
    for w in (1, 2):
        if w == 1 and args.one_worker_max and size > args.one_worker_max:
            continue
        output = work / f"extract-w{w}.json"
        cmd = [sys.executable, "-m", "mou_graph", "extract", str(work / "corpus.jsonl")]
        cmd += ["--format", "json", "--output", str(output), "--workers", str(w), "--quiet"]
        r = add(f"extract w{w}", cmd)
        if r:
            r["cores"] = r["cpu"] / r["wall"]
            r["bytes"] = output.stat().st_size
    if not (work / "extract-w2.json").exists():
        shutil.copy(work / "extract-w1.json", work / "extract-w2.json")
    elif (work / "extract-w1.json").exists():
        same = (work / "extract-w1.json").read_bytes() == (work / "extract-w2.json").read_bytes()
        next(r for r in rows if r["stage"] == "extract w2")["same_as_w1"] = same
        (work / "extract-w1.json").unlink()
    if args.ray:
        run_ray(work, rows, add)
    for stage in ("build", "resolve", "graph.json", "graphml", "html"):
        add(stage, child(stage, work))
    if args.browser:
        add("browser", child("browser", work))
    add("load", child("load", work))
    add("query", child("query", work))
    # the whole of `mou-graph build` as a user runs it: build, resolve, every view, in one process
    cmd = [sys.executable, "-m", "mou_graph", "build", str(work / "extract-w2.json")]
    add("cli build", cmd + ["--out", str(work / "cli-graph"), "--quiet"])
    add("stress", child("stress", work))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def isolated(cmd: list[str]) -> list[str]:
    """`cmd` in private network and process namespaces (loopback only; what it starts ends
    with it), when this machine lets `unshare` make them; else `cmd` itself."""
    if shutil.which("unshare") and shutil.which("ip"):
        probe = subprocess.run(["unshare", "--net", "--pid", "--fork", "--mount-proc", "true"], capture_output=True)
        if probe.returncode == 0:
            inner = "ip link set lo up && exec " + " ".join(shlex.quote(c) for c in cmd)
            return ["unshare", "--net", "--pid", "--fork", "--mount-proc", "sh", "-c", inner]
    return cmd


def same_documents(one: Path, shards: Path) -> bool:
    """The shards' documents, in name order, are the file's, one by one."""
    from itertools import chain, zip_longest

    from mou_graph.extract.document import extraction_shards, iter_document_dicts

    names = extraction_shards(shards) or []
    ray_docs = chain.from_iterable(iter_document_dicts(p) for p in names)
    return all(a == b for a, b in zip_longest(iter_document_dicts(one), ray_docs))


def run_ray(work: Path, rows: list[dict[str, Any]], add: Any) -> None:
    """The Ray row: a new local cluster on the same cores, its time against the process pool's."""
    shards = work / "extract-ray"
    (work / "home").mkdir(exist_ok=True)  # Ray writes an auth token in ~/.ray: not in the user's
    cmd = ["env", f"HOME={work / 'home'}", "RAY_USAGE_STATS_ENABLED=0", sys.executable, "-m", "mou_graph", "extract"]
    cmd += [str(work / "corpus.jsonl"), "--ray-address", "local", "--output", str(shards), "--quiet"]
    r = add("extract ray", isolated(cmd))
    if not r:
        return
    r["shards"] = len(list(shards.glob("part-*.json")))
    r["same_as_w2"] = same_documents(work / "extract-w2.json", shards)
    w2 = next((x for x in rows if x["stage"] == "extract w2" and x["size"] == r["size"]), None)
    if w2:
        r["overhead_vs_w2"] = r["seconds"] / w2["seconds"] - 1
        print(
            f"  {'':<12} {r['overhead_vs_w2']:+.0%} against --workers 2; same documents: {r['same_as_w2']}", flush=True
        )
    shutil.rmtree(shards, ignore_errors=True)


def table(rows: list[dict[str, Any]]) -> str:
    """Stage, size, seconds, articles/s, peak RSS, and growth from the previous size."""
    lines = [
        f"{'stage':<12} {'size':>7} {'seconds':>9} {'art/s':>7} {'cores':>5} {'RSS MiB':>8} {'time ×':>7} {'RSS ×':>6}",
    ]
    previous: dict[str, dict[str, Any]] = {}
    order = list(dict.fromkeys(r["stage"] for r in rows))
    for stage in order:
        for r in sorted((r for r in rows if r["stage"] == stage), key=lambda r: r["size"]):
            p = previous.get(stage)
            growth_t = f"{r['seconds'] / p['seconds']:.1f}" if p and p["seconds"] > 0 else ""
            growth_m = f"{r['rss_mib'] / p['rss_mib']:.1f}" if p else ""
            per_s = f"{r['per_second']:.0f}" if "per_second" in r else ""
            cores = f"{r['cores']:.2f}" if "cores" in r else ""
            lines.append(
                f"{stage:<12} {r['size']:>7,} {r['seconds']:>9.2f} {per_s:>7} {cores:>5} {r['rss_mib']:>8.0f} "
                f"{growth_t:>7} {growth_m:>6}"
            )
            previous[stage] = r
    return "\n".join(lines)


def ratios(rows: list[dict[str, Any]]) -> str:
    """Extraction time as a multiple of Kiwi's tokenisation of the same texts (where Kiwi was
    not timed at a size, at the articles-per-second Kiwi reached at the largest size timed)."""
    lines = []
    kiwis = sorted((r for r in rows if r["stage"] == "kiwi"), key=lambda r: r["size"])
    for r in sorted((r for r in rows if r["stage"].startswith("extract")), key=lambda r: (r["size"], r["stage"])):
        same = [k for k in kiwis if k["size"] == r["size"]]
        if same:
            floor, note = same[0]["seconds"], ""
        elif kiwis:
            floor, note = r["size"] / kiwis[-1]["per_second"], f" (Kiwi's rate at {kiwis[-1]['size']:,})"
        else:
            continue
        r["kiwi_multiple"] = r["seconds"] / floor
        lines.append(f"{r['stage']:<12} {r['size']:>7,}  {r['kiwi_multiple']:.2f}× Kiwi's time{note}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    ap.add_argument(
        "--one-worker-max", type=int, default=0, help="Run `--workers 1` only up to this size (0: at every size)."
    )
    ap.add_argument(
        "--kiwi-max", type=int, default=0, help="Time Kiwi's tokenisation only up to this size (0: at every size)."
    )
    ap.add_argument("--no-browser", dest="browser", action="store_false", help="Skip the Chromium stage.")
    ap.add_argument("--no-ray", dest="ray", action="store_false", help="Skip the Ray stage.")
    ap.add_argument("--timeout", type=float, default=3600, help="Seconds a stage may take before it is stopped.")
    ap.add_argument("--keep", action="store_true", help="Keep the intermediate files in OUT/work-SIZE/.")
    ap.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.out = args.out.resolve()
    if args.stage:
        STAGES[args.stage](args.work)
        return
    if args.browser and not Path(shutil.which("chromium") or "/usr/bin/chromium").exists():
        print("chromium not found: the browser stage is skipped")
        args.browser = False
    if args.ray and importlib.util.find_spec("ray") is None:
        print("ray is not installed (pip install 'mou-graph[ray]'): the Ray stage is skipped")
        args.ray = False
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    docs = dev_articles(args.source)
    args.out.mkdir(parents=True, exist_ok=True)
    info = machine()
    print(f"machine: {info}")
    rows: list[dict[str, Any]] = []
    for size in sizes:
        rows += run_size(size, docs, args.out, args)
        (args.out / "bench_scale.json").write_text(
            json.dumps({"machine": info, "sizes": sizes, "rows": rows, "failures": failures}, indent=1) + "\n",
            encoding="utf-8",
        )
    text = table(rows) + "\n\n" + ratios(rows)
    (args.out / "bench_scale.json").write_text(
        json.dumps({"machine": info, "sizes": sizes, "rows": rows, "failures": failures}, indent=1) + "\n",
        encoding="utf-8",
    )
    if failures:
        text += "\n\nfailed: " + "; ".join(f"{f['stage']} at {f['size']}" for f in failures)
    print("\n" + text)
    (args.out / "bench_scale.txt").write_text(f"{info}\n\n{text}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
