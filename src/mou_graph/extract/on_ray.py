"""Extraction on a Ray cluster (Ray Data): the same documents as `extract_paths`, ids included,
written as extraction shards (docs/FORMAT.md, one file a shard) by the cluster's workers.

    read_binary_files → flat_map (one file's bytes → its articles and input errors, by the
    reader of `ingest.read`) → map_batches (one actor per worker: Kiwi and the gazetteer loaded
    once) → one shard per write task, named by its first article's place in the input

Files are read by Ray's own reader, from local paths (the same path on every node: a shared
mount) or any URI its filesystem layer knows (s3://, gs://, …), and parsed by the local
reader, so a line that is not JSON or a record without text is an error record naming its
file and line, in the shard where its article would have been, never a failed job.
Ray Data's `read_json` would stop at the first bad line, and neither it nor `read_parquet`
gives line or row numbers, which the ids (`stem:line`) and errors need.

Ray is imported here only when used: the package imports and runs without it.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from ..ingest.read import MAX_CHARS, SUFFIXES, InputFile, assign_ids, plan_inputs, read_file
from ..model import Article, Extraction, InputError

RAY_MISSING = "extraction on Ray needs Ray, an optional extra: pip install 'mou-graph[ray]'"
# what each extraction actor asks the scheduler for: one CPU, and memory for Kiwi's model and
# the gazetteer in a Ray worker process (714 MiB at most on the benchmark's corpus), with room
ACTOR_CPUS = 1
ACTOR_MEMORY = 1024 * 1024**2
SHARD_ROWS = 1000


class RayMissing(ImportError):
    """Ray is not installed: its message says what to install."""


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401  (Ray Data is the extra's other half)
    except ImportError as exc:
        raise RayMissing(RAY_MISSING) from exc
    return ray


@dataclass
class RayRun:
    """What a run wrote: documents and errors (also in the shards), and the shards' names."""

    documents: int = 0
    errors: list[InputError] = field(default_factory=list)
    shards: list[str] = field(default_factory=list)


# -- the plan: which files, their ids ------------------------------------------------


def _plan_uri(uri: str) -> tuple[list[InputFile], list[InputError]]:
    """The article files under a URI, sorted, as its filesystem lists them (`bucket/key`)."""
    import pyarrow.fs as pafs

    try:
        fs, root = pafs.FileSystem.from_uri(uri)
        info = fs.get_file_info(root)
        if info.type == pafs.FileType.Directory:
            infos = fs.get_file_info(pafs.FileSelector(root, recursive=True))
            names = sorted(
                i.path
                for i in infos
                if i.type == pafs.FileType.File
                and i.path.lower().endswith(SUFFIXES)
                and not any(part.startswith(".") for part in PurePosixPath(i.path).relative_to(root).parts)
            )
        elif info.type == pafs.FileType.File:
            names = [info.path]
        else:
            return [], [InputError(uri, "no such file or folder")]
    except (OSError, ValueError) as exc:  # pyarrow's errors for unknown schemes and missing access
        return [], [InputError(uri, f"cannot list: {exc}")]
    files = [InputFile(Path(name)) for name in names]
    assign_ids(files, [Path(root) if info.type == pafs.FileType.Directory else Path(root).parent])
    return files, ([] if names else [InputError(uri, "no article files under this URI")])


def plan(paths: Iterable[str | Path]) -> list[tuple[InputError | InputFile, str | None]]:
    """The files to read in order, with their ids as `read_inputs` gives them, each with the
    path Ray reads it from (absolute for a local path, so any node can open it); an
    `InputError` (and None) for a path that is no file."""
    steps: list[tuple[InputError | InputFile, str | None]] = []
    local: list[str | Path] = []

    def flush() -> None:
        for step in plan_inputs(local):
            steps.append((step, None if isinstance(step, InputError) else str(Path(step.path).resolve())))
        local.clear()

    for given in paths:
        if "://" in str(given):
            flush()
            scheme = str(given).split("://", 1)[0]
            files, errors = _plan_uri(str(given))
            steps.extend((e, None) for e in errors)
            steps.extend((f, f"{scheme}://{f.path}") for f in files)
        else:
            local.append(given)
    flush()
    return steps


# -- the stages that run on the cluster -----------------------------------------------


def _parse(row: dict[str, Any], files: dict[str, tuple[int, InputFile]], max_chars: int) -> list[dict[str, Any]]:
    """One file's bytes → a row per article or input error, keyed by (file, place in it)."""
    index, file = files[_key(row["path"])]
    out = []
    for n, item in enumerate(read_file(file, bytes(row["bytes"]), max_chars=max_chars), start=1):
        if isinstance(item, InputError):
            out.append({"file": index, "n": n, "kind": "error", "data": json.dumps(item.to_json(), ensure_ascii=False)})
        else:
            out.append({"file": index, "n": n, "kind": "article", "data": json.dumps(asdict(item), ensure_ascii=False)})
    return out


def _key(path: str) -> str:
    """One spelling for a path as given to Ray and as its reader reports it."""
    return path.split("://", 1)[1].lstrip("/") if "://" in path else path.lstrip("/")


class Extractor:
    """The Ray Data actor: loads the gazetteer and Kiwi's model once, then extracts batches.

    Ray Data calls a class's `__call__` on a thread of its own, not the one `__init__` ran
    on; the Kiwi loaded here is handed to that thread, so the model is in memory once."""

    def __init__(self) -> None:
        from .gazetteer import load_gazetteer
        from .korean import kiwi

        self.gazetteer = load_gazetteer()
        self.kiwi = kiwi()
        self.kiwi.tokenize("모델을 불러온다.")

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from .korean import share_kiwi
        from .pipeline import _extract_one

        share_kiwi(self.kiwi)
        kinds, data = [], []
        for kind, text in zip(batch["kind"], batch["data"], strict=True):
            if kind == "error":
                kinds.append("error")
                data.append(text)
                continue
            item = _extract_one(Article(**json.loads(text)), self.gazetteer)
            kinds.append("error" if isinstance(item, InputError) else "document")
            data.append(json.dumps(item.to_json(), ensure_ascii=False))
        return {"file": list(batch["file"]), "n": list(batch["n"]), "kind": kinds, "data": data}


class _Document:
    """A document already in its JSON form, for `write_extraction_document`."""

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value

    def to_json(self) -> dict[str, Any]:
        return self.value


def _error(value: dict[str, Any]) -> InputError:
    return InputError(value["source"], value["reason"], value.get("line"))


def shard_name(file: int, n: int) -> str:
    """Shards sort in input order: by the file, then the place in it, of their first row."""
    return f"part-{file:06d}-{n:09d}.json"


def write_shard(
    fs: Any, folder: str, name: str, items: Iterable[Extraction | InputError | _Document]
) -> tuple[int, list[InputError]]:
    """One extraction document, written beside its final name and renamed: a reader of the
    folder never sees half a shard (names starting with a dot are skipped)."""
    from .document import write_extraction_document

    tmp = f"{folder}/.{name}.tmp"
    with fs.open_output_stream(tmp) as out:
        count, errors = write_extraction_document(items, lambda s: out.write(s.encode("utf-8")))  # type: ignore[arg-type]
    fs.move(tmp, f"{folder}/{name}")
    return count, errors


def _sink_class() -> Any:
    from ray.data import Datasink
    from ray.data.block import BlockAccessor

    class ShardSink(Datasink):
        """Each write task writes its rows as one extraction shard."""

        def __init__(self, output: str, rows: int) -> None:
            self.output, self.rows = output, rows
            self.result = RayRun()

        @property
        def min_rows_per_write(self) -> int:
            return self.rows

        def write(self, blocks: Iterable[Any], ctx: Any) -> tuple[str, int, list[dict[str, Any]]] | None:
            import pyarrow.fs as pafs

            rows = [r for b in blocks for r in BlockAccessor.for_block(b).to_arrow().to_pylist()]
            if not rows:
                return None
            rows.sort(key=lambda r: (r["file"], r["n"]))
            items = [
                _Document(json.loads(r["data"])) if r["kind"] == "document" else _error(json.loads(r["data"]))
                for r in rows
            ]
            fs, folder = pafs.FileSystem.from_uri(self.output)
            fs.create_dir(folder, recursive=True)
            name = shard_name(rows[0]["file"], rows[0]["n"])
            count, errors = write_shard(fs, folder, name, items)
            return name, count, [e.to_json() for e in errors]

        def on_write_complete(self, write_result: Any) -> None:
            for ret in write_result.write_returns:
                if ret is None:
                    continue
                name, count, errors = ret
                self.result.shards.append(name)
                self.result.documents += count
                self.result.errors.extend(_error(e) for e in errors)

    return ShardSink


# -- the library call ------------------------------------------------------------------


def _output_uri(output: str | Path) -> str:
    return str(output) if "://" in str(output) else str(Path(output).resolve())


def extract_on_ray(
    paths: Iterable[str | Path],
    output: str | Path,
    *,
    address: str | None = None,
    actors: int | None = None,
    batch_size: int = 8,
    shard_rows: int = SHARD_ROWS,
    max_chars: int = MAX_CHARS,
    progress: bool = False,
) -> RayRun:
    """Extract every article under `paths` on a Ray cluster into the folder `output` (local or
    a URI every node can write), one extraction shard per write task; `build FOLDER` reads
    them in order. `address` as `ray.init` takes it (None: RAY_ADDRESS, else the cluster
    `ray start` started on this machine, else a new local one); `actors`: extraction actors,
    one per CPU of the cluster by default. `RayMissing` when Ray is not installed."""
    ray = _ray()
    paths = list(paths)
    steps = plan(paths)
    out = _output_uri(output)
    _check_empty(out)
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, log_to_driver=progress, configure_logging=progress)
    if not progress:  # Ray Data's notes (progress bars off, an actor pool larger than a small input)
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.data\.")
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # shards in input order, as the local run
        ctx.enable_progress_bars = progress
        # blocks of about a hundred articles: one file's articles spread over every actor (a block
        # goes to one actor whole)
        ctx.target_max_block_size = 256 * 1024
        run = _run(ray, steps, out, actors, batch_size, shard_rows, max_chars)
    finally:
        if started:
            ray.shutdown()
    return run


def _check_empty(out: str) -> None:
    import pyarrow.fs as pafs

    fs, folder = pafs.FileSystem.from_uri(out)
    info = fs.get_file_info(folder)
    if info.type == pafs.FileType.File:
        raise FileExistsError(f"{out} is a file: give a folder for the shards")
    if info.type == pafs.FileType.Directory and fs.get_file_info(pafs.FileSelector(folder)):
        raise FileExistsError(f"{out} is not empty: give a new or empty folder for the shards")


def _run(
    ray: Any,
    steps: list[tuple[InputError | InputFile, str | None]],
    out: str,
    actors: int | None,
    batch_size: int,
    shard_rows: int,
    max_chars: int,
) -> RayRun:
    import pyarrow.fs as pafs

    fs, folder = pafs.FileSystem.from_uri(out)
    fs.create_dir(folder, recursive=True)
    files: dict[str, tuple[int, InputFile]] = {}
    lone: list[tuple[int, InputError]] = []  # paths that are no file: the driver writes them
    for index, (step, path) in enumerate(steps):
        if isinstance(step, InputError):
            lone.append((index, step))
        elif path is not None:
            files[_key(path)] = (index, step)
    run = RayRun()
    for index, error in lone:
        name = shard_name(index, 0)
        write_shard(fs, folder, name, [error])
        run.shards.append(name)
        run.errors.append(error)
    if files:
        if actors is None:
            actors = max(1, int(ray.cluster_resources().get("CPU", 1)))
        sink = _sink_class()(out, shard_rows)
        where = [path for step, path in steps if path is not None]
        # reading, parsing and writing take no CPU of their own in the scheduler's books: they
        # are light beside extraction, and the actors hold every CPU (one each)
        ds = ray.data.read_binary_files(where, include_paths=True, override_num_blocks=len(where), num_cpus=0)
        ds = ds.flat_map(partial(_parse, files=files, max_chars=max_chars), num_cpus=0)
        ds = ds.map_batches(
            Extractor,
            batch_size=batch_size,
            compute=ray.data.ActorPoolStrategy(size=actors),  # one actor per worker, kept for the run
            num_cpus=ACTOR_CPUS,
            memory=ACTOR_MEMORY,
        )
        ds.write_datasink(sink, ray_remote_args={"num_cpus": 0})
        run.documents += sink.result.documents
        run.errors.extend(sink.result.errors)
        run.shards.extend(sink.result.shards)
    run.shards.sort()
    return run
