"""The gazetteer: public bodies and their official short forms, place words, titles,
surnames and organisation suffixes, kept as data files in the package (general knowledge,
never names taken from the articles it reads)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Generic, TypeVar

from ..model import Sector, normalise_key

REGION_LEVELS = frozenset({"province", "metro", "city", "county", "district", "admin_city"})


class GazetteerError(ValueError):
    """A malformed data row: the file, the line and what is wrong."""


V = TypeVar("V")


class EndingIndex(Generic[V]):
    """Word endings looked up by length: the endings a word has, longest first.

    A word has at most one ending of each length, so a lookup is one dictionary probe per
    ending length (a dozen), not one `endswith` per ending (more than a hundred). When an
    ending is listed twice, the first row wins.
    """

    def __init__(self, rows: Iterable[tuple[str, V]]) -> None:
        self._by_length: dict[int, dict[str, V]] = {}
        for ending, value in rows:
            self._by_length.setdefault(len(ending), {}).setdefault(ending, value)
        self._lengths = sorted(self._by_length, reverse=True)

    def endings(self, word: str) -> Iterator[tuple[str, V]]:
        """Every listed ending of `word` (the whole word included), longest first."""
        n = len(word)
        for length in self._lengths:
            if length > n:
                continue
            tail = word[n - length :] if length else ""
            value = self._by_length[length].get(tail, _MISSING)
            if value is not _MISSING:
                yield tail, value  # type: ignore[misc]

    def longest(self, word: str) -> tuple[str, V] | None:
        return next(self.endings(word), None)


_MISSING = object()


@dataclass(frozen=True)
class Body:
    canonical: str
    sector: Sector
    category: str  # a region level or a bodies.tsv category
    parent: str | None
    aliases: tuple[str, ...]
    places: tuple[str, ...]
    english: tuple[str, ...]

    @property
    def is_region(self) -> bool:
        return self.category in REGION_LEVELS


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _rows(path: Path, columns: int) -> list[tuple[int, list[str]]]:
    out = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if number == 1 or not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < columns:
            cells += [""] * (columns - len(cells))
        if len(cells) > columns or not cells[0].strip():
            raise GazetteerError(f"{path.name}:{number}: expected {columns} tab-separated columns, got {len(cells)}")
        out.append((number, cells))
    return out


class Gazetteer:
    def __init__(self, folder: Path) -> None:
        self._forms: dict[str, list[Body]] = {}
        self._places: dict[str, list[Body]] = {}
        for number, (canonical, level, parent, aliases, places, english) in _rows(folder / "regions.tsv", 6):
            if level not in REGION_LEVELS:
                raise GazetteerError(f"regions.tsv:{number}: unknown level {level!r}")
            body = Body(
                canonical, Sector.GOVERNMENT, level, parent or None, _split(aliases), _split(places), _split(english)
            )
            self._add(body)
            for place in body.places:
                self._places.setdefault(place, []).append(body)
        for number, (canonical, sector, category, parent, aliases, english) in _rows(folder / "bodies.tsv", 6):
            try:
                sec = Sector(sector)
            except ValueError:
                raise GazetteerError(f"bodies.tsv:{number}: unknown sector {sector!r}") from None
            self._add(Body(canonical, sec, category, parent or None, _split(aliases), (), _split(english)))
        self.titles: frozenset[str]
        titles, fusable = set(), set()
        for number, (title, fuse) in _rows(folder / "titles.txt", 2):
            if fuse not in {"0", "1"}:
                raise GazetteerError(f"titles.txt:{number}: fusable must be 0 or 1, got {fuse!r}")
            titles.add(title)
            if fuse == "1":
                fusable.add(title)
        self.titles, self.fusable_titles = frozenset(titles), frozenset(fusable)
        self._titles_by_length = sorted(titles, key=len, reverse=True)
        self.fusable_by_length = tuple(t for t in self._titles_by_length if t in fusable)
        self._title_endings = EndingIndex((t, t) for t in self._titles_by_length)
        self._fusable_endings = EndingIndex((t, t) for t in self.fusable_by_length)
        surnames = (folder / "surnames.txt").read_text(encoding="utf-8").split()
        self.surnames = frozenset(s for s in surnames if not s.startswith("#") and s.isalpha() and len(s) <= 2)
        self._suffixes: list[tuple[str, Sector, str]] = []
        for number, (suffix, sector, strength) in _rows(folder / "org_suffixes.tsv", 3):
            if strength not in {"strong", "weak", "named"}:
                raise GazetteerError(f"org_suffixes.tsv:{number}: strength must be strong, weak or named")
            self._suffixes.append((suffix, Sector(sector), strength))
        self._suffixes.sort(key=lambda s: len(s[0]), reverse=True)
        self._suffix_endings = EndingIndex((s[0], s) for s in self._suffixes)

    def _add(self, body: Body) -> None:
        for form in (body.canonical, *body.aliases, *body.english):
            bodies = self._forms.setdefault(normalise_key(form), [])
            if body not in bodies:
                bodies.append(body)

    def lookup_all(self, form: str) -> list[Body]:
        return list(self._forms.get(normalise_key(form), []))

    def lookup(self, form: str) -> Body | None:
        """The body a form names; None when unknown or ambiguous (서구, 고성군)."""
        bodies = self._forms.get(normalise_key(form))
        return bodies[0] if bodies and len(bodies) == 1 else None

    def institute(self, short: str) -> Body | None:
        """The research institute a short form before (연) names: 전기 → 한국전기연구원 (전기연),
        에기 → 한국에너지기술연구원 (its letters in order); None when unknown or ambiguous."""
        body = self.lookup(short + "연")
        if body is not None:
            return body
        found = {
            b
            for bs in self._forms.values()
            for b in bs
            if b.category == "research_institute"
            and b.canonical.endswith("연구원")
            and _abbreviates(short, b.canonical.removeprefix("한국").removeprefix("국립")[: -len("연구원")])
        }
        return found.pop() if len(found) == 1 else None

    def place(self, word: str) -> Body | None:
        bodies = self._places.get(word)
        return bodies[0] if bodies and len(bodies) == 1 else None

    def is_place(self, word: str) -> bool:
        """A place word, even one that several regions bear (광주: 광주광역시 and 경기 광주시)."""
        return word in self._places

    def forms(self) -> list[str]:
        out = {
            f
            for b in {b for bs in self._forms.values() if len(bs) == 1 for b in bs}
            for f in (b.canonical, *b.aliases, *b.english)
            if len(self._forms[normalise_key(f)]) == 1
        }
        return sorted(out, key=len, reverse=True)

    def suffix_words(self) -> list[str]:
        """Every organisation ending (대학교, 진흥원, 협회, 텍): words for a kind of body."""
        return [s for s, _, _ in self._suffixes]

    def suffix(self, name: str) -> tuple[str, Sector, str] | None:
        """The longest organisation ending of `name`: (ending, sector, strength)."""
        found = self._suffix_endings.longest(name)
        return found[1] if found is not None else None

    def is_title(self, word: str) -> bool:
        return word in self.titles

    def title_suffix(self, word: str) -> str | None:
        found = self._title_endings.longest(word)
        return found[0] if found is not None else None

    def fusable_endings(self, word: str) -> list[str]:
        """The fusable titles `word` ends with, longest first (포항시장: 시장, 장)."""
        return [t for t, _ in self._fusable_endings.endings(word)]


def _abbreviates(short: str, name: str) -> bool:
    """The letters of `short` in order in `name`, the first letter first (에기 in 에너지기술)."""
    if not short or not name or short[0] != name[0]:
        return False
    it = iter(name)
    return all(ch in it for ch in short)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer(Path(str(resources.files("mou_graph.extract") / "data")))
