"""A stage package's public names, imported from its modules when first used, so that
importing a package (`mou_graph.extract` for `extract_article`) stays as cheap as before:
`query` never loads Kiwi."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` giving each name in `exports` (name → module of `package`)."""

    def __getattr__(name: str) -> Any:
        if name in exports:
            return getattr(import_module(f".{exports[name]}", package), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
