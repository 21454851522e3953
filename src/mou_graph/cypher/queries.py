"""Named Cypher queries: files in queries/ with a header that says what they answer.

A query is found, in order, as a path to a .cypher file; by name in `--queries DIR`; in
./queries; and in the project's own queries/ folder (the package `mou_graph.queries`: queries/
at the top of the repository, shipped in the wheel). For Neo4j, NAME.neo4j.cypher is preferred where the dialects differ.
Anything else is taken as Cypher text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

PROJECT_QUERIES = Path(str(resources.files("mou_graph.queries")))


@dataclass
class Query:
    name: str
    text: str
    path: Path | None = None
    description: str = ""
    parameters: tuple[str, ...] = ()


def query_dirs(extra: Path | None = None) -> list[Path]:
    dirs = [d for d in (extra, Path.cwd() / "queries", PROJECT_QUERIES) if d is not None]
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


def parameters(text: str) -> tuple[str, ...]:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return tuple(dict.fromkeys(re.findall(r"\$([A-Za-z_]\w*)", body)))


def _from_file(path: Path) -> Query:
    text = path.read_text(encoding="utf-8")
    header = [line.lstrip("/ ").rstrip() for line in text.splitlines() if line.startswith("//")]
    name = path.name.removesuffix(".cypher").removesuffix(".neo4j")
    return Query(name, text, path, header[0] if header else "", parameters(text))


def find_query(spec: str, *, neo4j: bool = False, queries: Path | None = None) -> Query:
    path = Path(spec)
    if spec.endswith(".cypher") and path.is_file():
        return _from_file(path)
    if re.fullmatch(r"[\w.-]+", spec):
        for folder in query_dirs(queries):
            names = [f"{spec}.neo4j.cypher", f"{spec}.cypher"] if neo4j else [f"{spec}.cypher"]
            for name in names:
                if (folder / name).is_file():
                    return _from_file(folder / name)
        raise LookupError(f"no query named {spec!r} (looked in: {', '.join(map(str, query_dirs(queries)))})")
    return Query("inline", spec, None, "", parameters(spec))


def list_queries(queries: Path | None = None) -> list[Query]:
    seen: dict[str, Query] = {}
    for folder in query_dirs(queries):
        for path in sorted(folder.glob("*.cypher")):
            if not path.name.endswith(".neo4j.cypher"):
                seen.setdefault(path.stem, _from_file(path))
    return list(seen.values())
