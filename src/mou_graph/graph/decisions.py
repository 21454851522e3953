"""The decisions file: a person's accept/reject of merge pairs, kept beside the graph.

Plain tab-separated text, one decision a line, so it reads in any editor, diffs line by line
and is safe to commit:

    # mou-graph review decisions: accept = one stakeholder, reject = keep apart
    # verdict  form-a  form-b  names (for whoever reads this file; ignored when read)
    accept	org-8b7743011baf	org-0a01cc573045	에코프로 = 에코프로비엠

Forms are the ids extraction gives (see resolve.py), so a decision outlives rebuilds and the
articles added later; the last line about a pair wins.
"""

from __future__ import annotations

from pathlib import Path

from ..files import atomic_write_text
from ..model import Decision, Verdict

DECISIONS_FILE = "decisions.tsv"
HEADER = (
    "# mou-graph review decisions: accept = one stakeholder, reject = keep apart (applied on every build)\n"
    "# verdict\tform-a\tform-b\tnames (for whoever reads this file; ignored when read)\n"
)


class DecisionsError(ValueError):
    """A line of the decisions file that cannot be read: the file, the line and why."""


def read_decisions(path: Path) -> list[Decision]:
    """The decisions in `path` (none when it does not exist), the last one per pair."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(f"{path}: cannot be read: {exc}") from exc
    by_pair: dict[frozenset[str], Decision] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise DecisionsError(f"{path}:{number}: expected 'verdict<TAB>form-a<TAB>form-b', got {line[:80]!r}")
        verdict, a, b = (c.strip() for c in cells[:3])
        try:
            v = Verdict(verdict.lower())
        except ValueError:
            raise DecisionsError(f"{path}:{number}: verdict must be accept or reject, got {verdict[:40]!r}") from None
        if not a or not b or a == b:
            raise DecisionsError(f"{path}:{number}: two different form ids are needed")
        by_pair[frozenset((a, b))] = Decision(v, a, b, "\t".join(cells[3:]).strip())
    return list(by_pair.values())


def _clean(note: str) -> str:
    return " ".join(note.replace("\t", " ").split())


def write_decisions(path: Path, decisions: list[Decision]) -> None:
    """Write the decisions whole (one line a pair, sorted, so the file diffs well)."""
    by_pair = {frozenset((d.a, d.b)): d for d in decisions}
    lines = [
        f"{d.verdict.value}\t{d.a}\t{d.b}\t{_clean(d.note)}".rstrip("\t") + "\n"
        for d in sorted(by_pair.values(), key=lambda d: (d.a, d.b))
    ]
    atomic_write_text(Path(path), HEADER + "".join(lines))
