"""The gazetteer: public bodies and their official short forms, place words, titles,
surnames and organisation suffixes, kept as data files in the package (general knowledge,
never names taken from the articles it reads)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..model import Sector, normalise_key

REGION_LEVELS = frozenset({"province", "metro", "city", "county", "district", "admin_city"})


class GazetteerError(ValueError):
    """A malformed data row: the file, the line and what is wrong."""


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
        surnames = (folder / "surnames.txt").read_text(encoding="utf-8").split()
        self.surnames = frozenset(s for s in surnames if not s.startswith("#") and s.isalpha() and len(s) <= 2)
        self._suffixes: list[tuple[str, Sector, str]] = []
        for number, (suffix, sector, strength) in _rows(folder / "org_suffixes.tsv", 3):
            if strength not in {"strong", "weak"}:
                raise GazetteerError(f"org_suffixes.tsv:{number}: strength must be strong or weak")
            self._suffixes.append((suffix, Sector(sector), strength))
        self._suffixes.sort(key=lambda s: len(s[0]), reverse=True)

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

    def place(self, word: str) -> Body | None:
        bodies = self._places.get(word)
        return bodies[0] if bodies and len(bodies) == 1 else None

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
        for suffix, sector, strength in self._suffixes:
            if name.endswith(suffix):
                return suffix, sector, strength
        return None

    def is_title(self, word: str) -> bool:
        return word in self.titles

    def title_suffix(self, word: str) -> str | None:
        return next((t for t in self._titles_by_length if word.endswith(t)), None)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer(Path(str(resources.files("mou_graph.extract") / "data")))
