"""The layout rule: imports only go down the stages, model/files < ingest < extract < graph <
views < cypher < cli; only the CLI imports typer; no module is over 500 lines; the packages
pyproject ships are the packages under src/mou_graph (and the named queries)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "mou_graph"
LAYERS = {"model": 0, "files": 0, "_lazy": 0, "ingest": 1, "extract": 2, "graph": 3, "views": 4, "cypher": 5, "cli": 6}
# the package itself (its __version__) is the bottom; `python -m mou_graph` runs the CLI
TOP_LEVEL = {"mou_graph": 0, "mou_graph.__main__": 7}
MAX_LINES = 500
TOO_LONG_BUT_ALLOWED: dict[str, str] = {}  # module → why it cannot be split


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    if module in TOP_LEVEL:
        return TOP_LEVEL[module]
    stage = module.split(".")[1]
    if stage not in LAYERS:
        raise AssertionError(f"{module}: in no stage of the layout (add it to LAYERS)")
    return LAYERS[stage]


def imports(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, module) of every import in the file (or in `source` as if it were that file),
    relative ones made absolute."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source if source is not None else path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from . import x` / `from mou_graph.extract import pipeline`: x may be a module
            found += [(node.lineno, target)]
            found += [
                (node.lineno, f"{target}.{alias.name}") for alias in node.names if _is_module(f"{target}.{alias.name}")
            ]
    return found


def _is_module(name: str) -> bool:
    if not name.startswith("mou_graph."):
        return False
    path = SRC.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


MODULES = sorted(SRC.rglob("*.py"))


def test_every_module_is_found() -> None:
    names = {module_name(p) for p in MODULES}
    assert {"mou_graph.model", "mou_graph.extract.ko.extractor", "mou_graph.cli.app"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_imports_only_go_down_the_stages(path: Path) -> None:
    wrong = violations(path)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_only_the_cli_imports_typer(path: Path) -> None:
    here = module_name(path)
    if here.startswith("mou_graph.cli") or here == "mou_graph.__main__":
        return
    typer = [line for line, target in imports(path) if target.split(".")[0] == "typer"]
    assert not typer, f"{path.relative_to(ROOT)}:{typer[0]} imports typer outside cli/"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_no_module_is_over_500_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    if module_name(path) in TOO_LONG_BUT_ALLOWED:
        return
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines (split it by concern)"


def test_the_packages_pyproject_ships_are_the_packages_under_src() -> None:
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    under_src = {module_name(p.parent / "__init__.py") for p in SRC.rglob("__init__.py")}
    assert set(config["packages"]) == under_src | {"mou_graph.queries"}
    assert config["package-dir"]["mou_graph.queries"] == "queries"
    assert (ROOT / "queries" / "__init__.py").is_file()


def violations(path: Path, source: str | None = None) -> list[str]:
    here = module_name(path)
    return [
        f"{path.relative_to(ROOT)}:{line} imports {target} (layer {layer(target)} > {layer(here)})"
        for line, target in imports(path, source)
        if target.startswith("mou_graph") and target != "mou_graph" and layer(target) > layer(here)
    ]


def test_the_rule_catches_a_bad_import() -> None:
    """The checker itself: a view importing the CLI (relative or absolute) is reported; a view
    importing the graph stage is not."""
    html = SRC / "views" / "html.py"
    assert violations(html, "from ..graph.build import co_signature\nfrom .graphml import write_graphml\n") == []
    assert len(violations(html, "from ..cli.common import fail\n")) == 1
    assert len(violations(html, "import mou_graph.cypher.queries\n")) == 1
    assert len(violations(html, "from mou_graph import cli\n")) == 1
    assert violations(SRC / "extract" / "ko" / "people.py", "from ...graph import resolve\n")  # package and module
