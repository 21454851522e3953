"""The English extractor's lexicon: patterns built from the data files (organisation words,
titles, programme words, words that begin no organisation) and the romanised index of the
gazetteer's Korean regions (Gyeongju-si, North Gyeongsang Province → 경상북도)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..model import Sector
from .gazetteer import Gazetteer
from .romanise import romanise

_CAP = r"(?:[A-Z][\w&.'’-]*|of|and|for|the|&)"


def _data_lines(name: str) -> list[str]:
    text = (resources.files("mou_graph.extract") / "data" / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ORG_WORD_ROWS = [line.split("\t") for line in _data_lines("en_org_words.tsv")[1:]]
ORG_SECTORS = {w: Sector(sec) for w, sec, _ in _ORG_WORD_ROWS}
ORG_WORDS = _alternation([w for w, _, _ in _ORG_WORD_ROWS])
ORG_RX = re.compile(
    rf"\b(?:[Tt]he\s+)?((?:(?:U\.S\.|U\.K\.|[A-Z][\w&'’-]*)\s+)(?:{_CAP}\s+){{0,5}}?(?:{ORG_WORDS}))(?![\w-])"
)  # the U.S. Department of Energy: an abbreviated country may open a name
# Hyundai Motor Group, Samsung Electronics Co.: an organisation word may follow another
ORG_MORE = re.compile(rf"(?:,?\s+(?:{ORG_WORDS}))+(?![\w-])")
# Korea Institute of Energy Research: the heads that take an "of" and a name after it
OF_HEADS = re.compile(rf"(?:{_alternation([w for w, _, of in _ORG_WORD_ROWS if of == '1'])})$")
# a head word that begins a name: Center for Historical Astronomy, University of Science and Technology
# (after no capitalised word)
OF_HEAD_START = re.compile(
    rf"(?<![\w&'’-])(?:{_alternation([w for w, _, of in _ORG_WORD_ROWS if of == '1'])})(?=\s+(?:for|of)\s)"
)
_W = r"[A-Z][\w&'’-]*"
# … of Science and Technology (UNIST): "and" joins one more word when no name follows it
# Ministry of Trade, Industry, and Energy; Center for Historical Astronomy: a list of single words
# joins the tail only when it closes with "and"
_TW = rf"(?!(?:MOU|MoU|MOA|Signs?|Signed|Holds?|Agreement|Memorandum)\b)(?:U\.S\.|U\.K\.|{_W})"  # a headline's verb ends it
OF_TAIL = re.compile(
    rf"\s+(?:of|for)\s+(?:the\s+)?{_TW}(?:\s+(?:{_TW}|&))*(?:\s+province(?![\w-]))?"  # … of Bac Ninh province
    rf"(?:(?:,\s+{_TW})+,?\s+and\s+{_TW}(?![\w&'’-]|\s+[A-Z])|\s+and\s+{_TW}(?![\w&'’-]|\s+[A-Z]))?"
)
# a head word and its "of"/"for" tail as a whole phrase: University of Tokyo, Ministry of Justice
HEAD_OF = re.compile(
    rf"(?:{_alternation([w for w, _, of in _ORG_WORD_ROWS if of == '1'])})\s+(?:of|for)\s+(?:the\s+)?{_W}(?:\s+(?:{_W}|of|and|&))*"
)
# a company's legal form after its name: Hanwha Aerospace Co., Samsung Electronics Co., Ltd.
COMPANY_FORM = re.compile(r",?\s+(?:Co\.,?\s+Ltd\.?|Co\.|Corp\.?|Inc\.?|Ltd\.?|LLC|Corporation|Company)$")
# signed an investment agreement / a memorandum of understanding (MOU): what kind, as written
_SIGN = r"(?:signed|signs|sign|inked|inks|concluded|concludes|entered into|enter into|enters into)"
AGREEMENT_KIND = re.compile(
    rf"\b(?:{_SIGN}|signing)\s+(?:an?|the|their)?\s*((?:[a-z-]+\s+){{0,2}}?"
    r"(?:agreement|memorandum of understanding|MOU|MOA|memorandum|pact|deal|accord))",
    re.I,
)
_AGREEMENT = r"(?:agreement|MOU|MOA|memorandum|pact|deal|accord)s?"  # investment agreements with three companies
SIGNED = re.compile(
    rf"\b{_SIGN}\b[^.]*\b{_AGREEMENT}\b|\b{_AGREEMENT}\b[^.]*\b(?:was|were) signed\b"
    rf"|\bsigning\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_AGREEMENT}\b",  # …, signing an MOU at …
    re.I,
)
# signed … with A, B and C on Tuesday: the parties, up to the word that ends the list
# with four companies: A, B and C: the list after a colon that counts it
WITH_LIST = re.compile(
    r"\b(?:with|amongst|among|between)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}[a-z]+:\s+)?(.+?)(?=\s+(?:on|to|in|for|at|over|under|that|which|aimed|as|last|this|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[.;:(]|$)"
)
# … and business representatives from Good Food, DS Industry, and Deluxe Industry: the bodies
REPRESENTATIVES_OF = re.compile(
    r"\b(?:representatives|officials|executives|heads|chiefs|CEOs|leaders)\s+(?:from|of)\s+(?!the\s+(?:two|three|four|five)\b)"
    r"(.+?)(?=\s+(?:on|to|in|for|at|that|which|who|as)\b|[.;:(]|$)"
)
NAMEISH = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|&))*")
# the heads of a body as a party: "… and North Gyeongsang Province officials"
PARTY_PEOPLE = re.compile(r"\s+(?:officials|representatives|executives|leaders|heads|delegation)$")
HEADS_AS_PARTIES = re.compile(r"\bwith\s+(?:the\s+)?(?:heads|chiefs|leaders|representatives)\s+of\b", re.I)

_TITLE_LINES = _data_lines("en_titles.txt")
_MODIFIERS = _alternation([t[1:] for t in _TITLE_LINES if t.startswith("+")])
_BASES = _alternation([t for t in _TITLE_LINES if not t.startswith("+")])
# Ambassador to Vietnam, Consul General to Japan: an envoy's title names the country it is sent to
_ENVOY_TO = rf"(?:\s+to\s+(?:the\s+)?(?:{_alternation(_data_lines('en_countries.txt'))}))?"
TITLES = rf"(?:(?:{_MODIFIERS})[ -])*(?:(?:Ambassador|Consul General|Consul|Envoy){_ENVOY_TO}|{_BASES})(?![\w-])"
TITLE_RX = re.compile(TITLES)
TITLE_ANYCASE = re.compile(TITLES, re.I)
# the City of San Diego, the State of Maryland: up to three name words, never a possessive or a title
CITY_OF = re.compile(
    rf"\b(?:[Cc]ity|State|Commonwealth) of (?!{TITLES})[A-Z][\w&-]*(?: (?!{TITLES})[A-Z][\w&-]*){{0,2}}(?![\w&'’-])"
)
GOVERNMENT_TITLES = re.compile(r"\b(?:(?:Minister|Mayor|Governor|Premier|Commissioner|Superintendent)\b|Gov\.)")
ACADEMIC_TITLES = re.compile(r"\b(?:(?:Dean|Professor|Provost|Chancellor|Vice-Chancellor|Lecturer)\b|Prof\.)", re.I)
# every Latin spelling of a Korean surname (An, Ahn, Lee, Yi …): An Cheol-soo is a name
SURNAME_SPELLINGS = frozenset(
    spelling for line in _data_lines("surname_romanisations.tsv") for spelling in line.split("\t")[1].split(",")
)
_PART = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
# a surname in capitals after the given name (Choon-hee LEE): the longer spellings only, never OH or AN
_CAPS_SURNAME = _alternation(sorted({w.upper() for w in SURNAME_SPELLINGS if len(w) >= 3}))
# Hong Gil-dong, Gildong Hong, Gil Dong Hong, Kevin L. Faulconer, Choon-hee LEE
NAME = rf"{_PART}(?: [A-Z]\.)?(?: (?:{_PART}|(?:{_CAPS_SURNAME})(?![\w-]))){{1,2}}"
NOT_ORG = frozenset(_data_lines("en_not_org.txt"))
PORTFOLIOS = frozenset(_data_lines("en_portfolios.txt"))
# the words of NOT_ORG that are grammar, not nationality or time: a name's part after its first (Dang Hoang An)
FUNCTION_WORDS = frozenset({"The", "A", "An", "And", "With", "By", "As", "At", "In", "On"})
COUNTRIES = frozenset(_data_lines("en_countries.txt"))
# an agreement's own words begin no organisation: "MOU for the Innovation Council"
AGREEMENT_WORDS = frozenset({"MOU", "MoU", "MOA", "Memorandum", "Agreement"})
# a run of a name's words and connectors: what an organisation or a title is written with
# a word of a name: a period only closes a short one (Co., Corp., L.), never a sentence
_NW = r"(?:[A-Z][\w&’'-]{0,3}\.|[A-Z][\w&’'-]*)"
RUN = rf"{_NW}(?:\s+(?:{_NW}|of|for|and|at|the|&))*"
# "president of the news agency": a kind noun, the sector of its bodies, the gazetteer categories
KIND_NOUNS = {
    noun: (None if sector == "-" else Sector(sector), () if categories == "-" else tuple(categories.split(",")))
    for noun, sector, categories in (line.split("\t") for line in _data_lines("en_kind_nouns.tsv")[1:])
}
KIND_HEADS = frozenset(noun.split()[-1] for noun in KIND_NOUNS)  # agency for "news agency"
_KINDS = _alternation(list(KIND_NOUNS))
KIND_BEFORE = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?({_KINDS})['’]s\s+$")  # the (state-run) bank's CEO …
# where one stands in the photo, between a name and what follows it: Heo Seong-mu (left), the mayor …
_POSITION = r"(?:\s+\((?:(?:second|third|fourth|far)\s+(?:from\s+)?)?(?:left|right|centre|center|middle)\))?"
PERSON_APPOSITION = re.compile(
    rf"\b(?P<name>{NAME}){_POSITION}(?:,\s+(?:the\s+|an?\s+(?=(?i:{TITLES})\s+(?:of|at)\s))?|\s+\()"
    rf"(?P<tail>(?i:{TITLES})(?:\s+and\s+(?i:{TITLES}))?(?:\s+(?:{_NW}|of|for|and|at|the|&))*(?:\s+(?:{_KINDS})(?![\w-]))?"
    rf"|{RUN}(?:\s+(?i:{TITLES})(?=,|\s+and\s|\s+(?:said|says|signed)\b))?)"  # Lee, KAIST president, said
)
PERSON_BEFORE = re.compile(
    rf"(?<![\w&.’'-])(?:(?P<org>{_NW}(?: (?:{_NW}|of(?: the)?)){{0,4}}?)(?:\s+\((?P<acronym>[A-Z][A-Za-z&]{{1,9}})\))?\s+)?"
    rf"(?P<title>{TITLES}(?:\s+and\s+{TITLES})?)\s+(?P<name>{NAME})"  # Chairman and CEO Kim …
    rf"(?![\w-])(?:,?\s+(?P<prep>of|at)\s+(?:the\s+)?(?P<org2>{_W}(?:\s+(?:{_W}|of))*))?"
)
# "its CEO, Kwon Pyung-oh, signed", "Britain's International Trade Secretary, Liam Fox, for": a
# title (its body's possessive before it), then the name set off by commas
PERSON_TITLE_COMMA = re.compile(
    rf"(?:(?P<org>{_NW}(?: {_NW}){{0,3}}?)['’]s\s+|\b(?P<its>[Ii]ts|[Tt]heir)\s+)"
    rf"(?P<title>(?:{_W} ){{0,3}}?(?:{TITLES})),\s+(?P<name>{NAME}),"
)
# "President of WMU, Dr. Cleopatra Doumbia-Henry", "President of the KMOU, Prof. Dr. Han-il PARK": the
# title and its body, a comma, honorifics and the name (a surname may be written in capitals)
_PART_OR_CAPS = rf"(?:{_PART}|[A-Z]{{2,}})"
PERSON_TITLE_OF = re.compile(
    rf"(?<![\w-])(?P<title>{TITLES}|(?<=the\s)(?i:{TITLES}))\s+of\s+(?:the\s+)?(?P<org>{_NW}(?:\s+(?:{_NW}|of|and|&))*?),\s+"
    rf"(?:(?:Prof|Dr|Mr|Ms|Mrs)\.\s+)*(?P<name>{_PART_OR_CAPS}(?: {_PART_OR_CAPS}){{1,2}})(?![\w-])"
)
# "Korea Polytechnic University chief Lee Chul-soo", "the bank's chairman and CEO Yoon Hee-sung": a body
# (or the kind noun's possessive) and a title in lower case before the name
PERSON_LOWER_TITLE = re.compile(
    rf"(?:(?P<org>{_NW}(?: (?:{_NW}|of(?: the)?)){{0,5}}?)\s+)?"
    rf"(?P<title>(?=[a-z])(?i:{TITLES})(?:\s+and\s+(?i:{TITLES}))?)\s+(?P<name>{NAME})(?![\w-])"
)
# "Minister of SMEs and Startups Oh Young-ju", "Dean of Graduate School Ki-Heon Kwon": a title, its
# body or unit after "of", then a Korean name with a hyphenated given name in either order (what
# tells where the body ends), no comma between
PERSON_TITLE_OF_NAME = re.compile(
    rf"(?<![\w-])(?P<title>{TITLES}(?:/{TITLES})*)\s+of\s+(?:the\s+)?(?P<rest>{_NW}(?:\s+(?:{_NW}|of|and|for|&))+)"
)
# "From SKKU, President A, Dean of Graduate School B, … attended": the body every name after it is from
OPENING_FROM = re.compile(rf"^\s*From\s+(?:the\s+)?(?P<body>{RUN}),\s+")
# "(President: Shin, Dong-Ryeol, Director: Park, Sun Kyu)": a title, a colon, the surname, a
# comma and the given name (the name is the two in that order, without the comma)
PERSON_COLON = re.compile(
    rf"(?<![\w-])(?P<title>{TITLES}):\s+(?P<surname>{_PART}),\s+(?P<given>{_PART}(?: {_PART})?)(?![\w-])"
)
# HUFS professors Oh Jong-jin, Lee Ji-eun, and Hanafy Shima: a plural title before a list of names
_TITLES_PLURAL = rf"(?:(?:{_MODIFIERS})[ -])*(?:{_BASES})s(?![\w-])"
PERSON_LIST = re.compile(
    rf"(?<![\w&.’'-])(?:(?P<org>{_NW}(?: {_NW}){{0,3}}?)\s+)?(?P<title>(?i:{_TITLES_PLURAL}))\s+"
    rf"(?P<names>{NAME}(?:,\s+(?:and\s+)?{NAME})+|{NAME}\s+and\s+{NAME})"
)
# "… were present from YU": the body of the people listed before it
FROM_BODY = re.compile(r"\b(?:present|attendance|attended|participated|participating|came)\s+from\s+(?:the\s+)?")
# a byline on a line of its own: "• reporter Park Jee-won", "By Kim Byung-wook", "Written by Kim …", "Reporter Kim (kim@…)"
BYLINE = re.compile(
    rf"^[ \t•·*▲■-]*(?P<title>[Rr]eporter|[Ss]taff [Rr]eporter|By|(?:Written|Reported) by)\s+(?P<name>{NAME})[ \t]*(?:\(|,|[\w.+-]+@|$)",
    re.M,
)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September")
MONTH_NAMES += ("October", "November", "December")
MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATELINE = re.compile(r"^[A-Z][A-Z .,]*,\s+([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})\s+\(", re.M)
# on August 31, 2021 (Tuesday); signed Oct. 1; on Dec. 1; on Thursday, May 24th
_WEEKDAY_BEFORE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?"
ON_DATE = re.compile(
    rf"\b(?:[Oo]n|signed|dated|held)\s+{_WEEKDAY_BEFORE}(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
# on 27 February 2026, signed 1 Oct.: the day before the month, as British and Australian pages write it
ON_DATE_DM = re.compile(
    rf"\b(?:[Oo]n|signed|dated|held)\s+{_WEEKDAY_BEFORE}(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<m>{_MONTH})(?![\w-])(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
ANY_DATE = re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b")
ON_THE_DAY = re.compile(r"\b[Oo]n the (\d{1,2})(?:st|nd|rd|th)\b")
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
VENUE = re.compile(
    r"\b(?:held at|at)\s+(?:the\s+)?((?:the university’s [^.;]+?)|"
    # its headquarters, the bank's main office, the provincial government building: a place described
    r"(?:(?:its|their|the\s+[a-z]+['’]s)\s+|(?<=the\s)(?=[a-z]))(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:headquarters|head office|office|hall|building|campus|auditorium|conference room|boardroom|lounge)s?\b|"
    r"[A-Z][\w&'’-]*"
    r"(?:\s+(?:[A-Z][\w&'’-]*|of|and|main|campus|headquarters|office|hall|building))*)(?=\s+in\s+|[.;,]|$|\s+[a-z])"
)
AMOUNT = re.compile(r"\d[\d.,]*\s(?:trillion|billion|million)[- ]won")
# what comes before a body that is only the place or the photo's source: held at the X, provided by X
# the place (at the X Hall, Y Center, Z University: each part of it), a photo's credit
BYSTANDER_BEFORE = re.compile(
    r"\b(?:at|provided by|courtesy of)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*)*,\s+)*$"
)
# a region written as a place: in Pohang, North Gyeongsang Province; the city of Gumi, North Gyeongsang Province
PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|from|across|throughout|around|outside|within|to)\s+(?:the\s+)?|(?<=[\w,]\s)[A-Z][\w-]*,\s+)$"
)
# a region's government by its form: Gyeongju-si, Gyeongsangbuk-do, North Gyeongsang Province, Ulsan
# Metropolitan City, Geochang County Office, City of Yeongcheon
_LEVELS = {
    "si": ("city", "admin_city", "metro"),
    "city": ("city", "admin_city", "metro"),
    "metropolitan city": ("metro",),
    "metropolitan government": ("metro",),
    "special city": ("metro",),
    "special self-governing city": ("metro",),
    "gun": ("county",),
    "county": ("county",),
    "gu": ("district",),
    "district": ("district",),
    "do": ("province",),
    "province": ("province",),
    "special self-governing province": ("province",),
    "state": ("province",),  # Jeonbuk State, Gangwon State: the special self-governing provinces' English names
    "state government": ("province",),
    "city government": ("city", "admin_city", "metro"),  # the Ulsan city government
    "provincial government": ("province",),
    "county government": ("county",),
}
_CORE = r"(?:(?:North|South)\s+)?[A-Z][a-z]+"
REGION_FORM = re.compile(
    rf"\b(?:(?:[Cc]ity|[Cc]ounty|[Pp]rovince) of (?P<core1>{_CORE})"
    rf"|(?P<core2>{_CORE})(?P<level>-(?:si|gun|gu|do)(?:\s+Province)?|\s+(?:Metropolitan City|Metropolitan Government|"
    r"Special City|Special Self-Governing (?:Province|City)|Province|province|State|City|County|District|"
    r"(?:city|provincial|county|metropolitan|state) government))"
    r"(?:\s+(?:[Gg]overnment|Provincial Government|[Oo]ffice|Hall))?)(?![\w-])"
)
_PROGRAMME_WORDS = _alternation(_data_lines("en_programme_words.txt"))
PROGRAMME_RX = re.compile(
    rf"\b(?:the\s+)?((?:[A-Z][\w&'’-]*\s+)(?:{_CAP}\s+){{0,5}}?(?:{_PROGRAMME_WORDS})(?:\s+\([A-Z][A-Za-z0-9&]+\))?)(?![\w-])"
    rf"|\b((?:{'|'.join(_data_lines('en_programmes.txt'))})|(?!(?:KRW|USD|EUR|JPY|CNY|US)\b)[A-Z][\w-]*(?: [A-Z][\w-]*)* \d+\.\d+|"
    r"[A-Z][\w-]*(?: [A-Z][\w-]*)+ (?!(?:19|20)\d\d\b)\d{2,3})(?![\w.])"
)
# the Smart Farm Valley project: a capitalised name, then a programme word in lower case
PROGRAMME_LOWER = re.compile(
    r"\b(?:[Tt]he\s+)?((?:[A-Z][\w&'’-]*\s+){1,5}[A-Z][\w&'’-]*)\s+(?:project|program|programme|initiative|scheme)s?\b"
)
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})[),]")
# a body not yet there: "the establishment of a Mobility Research Institute" is a project
PLANNED_BEFORE = re.compile(r"\b(?:a|an)\s+$")
NOT_NAME_WORDS = frozenset(
    {w for w, _, _ in _ORG_WORD_ROWS}
    | NOT_ORG
    | COUNTRIES
    | {"City", "County", "Province", "District", "Metropolitan", "Office", "National", "Global", "Korea"}
    | set(_data_lines("en_programme_words.txt"))  # CEO Summit Seoul is no person
    | {m for m in MONTH_NAMES}
    | {d.capitalize() for d in WEEKDAYS}
)


def _core_key(core: str) -> str:
    """North Gyeongsang → gyeongsangbuk, South Jeolla → jeollanam: the Korean order of a
    province's direction word."""
    words = core.split()
    if len(words) == 2 and words[0] in ("North", "South"):
        return words[1].lower() + ("buk" if words[0] == "North" else "nam")
    return core.lower().replace("-", "")


def _unique(bodies: list, levels: tuple[str, ...]):
    pick = [b for b in bodies if not levels or b.category in levels]
    return pick[0] if len(pick) == 1 else None


_LEVEL_ENDINGS = ("특별자치도", "특별자치시", "특별시", "광역시", "도", "시", "군", "구")


@lru_cache(maxsize=4)
def _romanised_regions(gaz: Gazetteer) -> dict[str, list]:
    """Every Korean region under the romanisation of its place word (포항시 → pohang,
    경상북도 → gyeongsangbuk and gyeongbuk); built once per gazetteer."""
    index: dict[str, list] = {}
    for form in gaz.forms():
        body = gaz.lookup(form)
        if body is None or not body.is_region or form.isascii():
            continue
        for word in (form.split()[-1], *body.places):
            core = next((word[: -len(e)] for e in _LEVEL_ENDINGS if word.endswith(e) and len(word) > len(e)), word)
            if len(core) < 1 or not all("가" <= ch <= "힣" for ch in core):
                continue
            bodies = index.setdefault(romanise(core), [])
            if body not in bodies:
                bodies.append(body)
    return index
