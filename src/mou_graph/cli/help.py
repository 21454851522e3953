"""`--help` that shows no value after a flag: `--quiet` takes none, so it gets no `<bool>`.

Click never shows a type for a flag, nor did Typer's rich help up to 0.28 (it dropped any
type naming `bool`); Typer 0.29 writes `<bool>` after every flag, `--help` included. Until
Typer restores that, flags get no type in the help table; a Typer without
`TyperOption.display_type_rich` (up to 0.28) is left as it is.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperOption


def flags_take_no_value() -> None:
    """Show no type after a flag (on/off, or --x/--no-x) in every command's help."""
    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "flags_take_no_value", False):
        return

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        if self.is_flag and not self.count:
            return None
        return shown(self, ctx)

    display_type_rich.flags_take_no_value = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]
