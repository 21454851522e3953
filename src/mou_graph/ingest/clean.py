"""The clean stage: which parts of a scraped article are its text, and its metadata.

Scrapes carry menus, tool bars, comment widgets, copyright lines and the lead paragraph
repeated. Cleaning never rewrites the text (every offset must still index the text as
read): it returns the spans worth reading and the document metadata found on the way
(publication date, reporter, outlet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import Article

_BOILERPLATE = re.compile(
    r"도구모음|기사요약|AI기술로 자동 요약|글자크기|글자 크기|댓글|로그인|닫기|신고|차단|공유하기|"
    r"기사 이미지 확대|실시간 인기|본문 보기를 권장|본문 전체를 보시길|다음뉴스|뉴스를 만나보세요|"
    r"무단\s?전재|재배포\s?금지|저작권자|Copyrights?\b|All rights reserved|기자정보|기사등록일$|"
    r"^\s*\d+\s*/\s*\d+\s*$|구독|좋아요|^\(끝\)$|^\s*[#＃].{0,20}$|^[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$|"
    r"^\s*\(?PHOTO NOT FOR SALE\)?[\s()A-Za-z]{0,12}$|^\s*!\[\]|^\s*\|\s*$",
    re.IGNORECASE,
)
# a widget's heading (댓글 많은 뉴스, Most Read): the short lines under it are other stories' headlines
_LIST_HEADING = re.compile(
    r"^\s*(?:댓글 많은 (?:뉴스|기사)|많이 본 (?:뉴스|기사)|가장 많이 본 (?:뉴스|기사)|인기 ?(?:기사|뉴스)|관련 ?(?:기사|뉴스)|"
    r"주요 ?뉴스|최신 ?(?:기사|뉴스)|추천 ?기사|이 시각 주요뉴스|Most Read|Most Popular|Most Viewed|"
    r"Related (?:Articles?|News|Stories)|Latest News|Top Stories)\s*$",
    re.IGNORECASE,
)
_HEADLINE_MAX = 80  # a headline is shorter; an article's paragraph after the widget is longer
SENTENCE_END = re.compile(r"[다요까음됨함임]\s*[.”\"'’)]*\s*$|[.!?]\s*[”\"'’)]*\s*$")

_DATE_MARKED = re.compile(
    r"(?:입력|등록|승인|게재|기사입력|기사등록일|작성|발행|수정)\s*[:：]?\s*"
    r"((?:19|20)\d\d)[-./년\s]+(\d{1,2})[-./월\s]+(\d{1,2})"
)
_DATE_BEFORE_EMAIL = re.compile(r"((?:19|20)\d\d)[.-](\d{1,2})[.-](\d{1,2})\s+[\w.+-]+@[\w-]+\.")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d{1,3}\b(?![\d]))")

# the endings of a news outlet's name (…뉴스, …일보, …신문)
_OUTLET_ENDINGS = (
    "뉴스|일보|신문|경제|방송|미디어|타임즈|타임스|투데이|저널|닷컴|데일리|뉴시스|통신|TV|tv|핌|포스트|프레스|이코노미"
)
# Bylines: [대전타임뉴스=홍대인 기자], [한국대학신문 이정환 기자], (청주=연합뉴스) 심규석 기자 =,
# [세종=뉴스핌] 양가희 기자 =, 포항=최주호 기자, [조한필 기자]
_NAME = r"[가-힣]{2,4}"
_BYLINE_PATTERNS = [
    re.compile(
        rf"[\[(](?P<a>[^\]\[()=\n]{{1,20}})=(?P<b>[^\]\[()=\n]{{1,20}})[\])]\s*(?P<name>{_NAME})\s*(?P<title>기자|특파원|통신원)"
    ),
    # [대전타임뉴스=홍대인 기자], (서울일보=홍대인 기자), [헤럴드경제(울산)=홍대인 기자]
    re.compile(rf"\[(?P<a>[^\]\[=\n]{{1,20}})=\s*(?P<name>{_NAME})\s*(?P<title>기자|특파원|통신원)\]"),
    re.compile(rf"\((?P<a>[^()\[\]=\n]{{1,20}})=\s*(?P<name>{_NAME})\s*(?P<title>기자|특파원|통신원)\)"),
    # [한국대학신문 이정환 기자], [전남인터넷신문/이정환 기자]
    re.compile(rf"\[(?P<a>[^\]\[=\n]{{1,20}}?)(?:\s+|\s*/\s*)(?P<name>{_NAME})\s*(?P<title>기자|특파원|통신원)\]"),
    re.compile(rf"\[(?P<name>{_NAME})\s*(?P<title>기자|특파원|통신원)\]"),
    re.compile(rf"(?:^|\n)\s*(?P<a>[가-힣]{{1,6}})=(?P<name>{_NAME})\s*(?P<title>기자|특파원|통신원)"),
    re.compile(rf"(?:^|\n)\s*(?P<name>{_NAME})\s*(?P<title>기자|특파원|통신원)\s*(?:=|$|\n|[\w.+-]+@)"),
    # kwj5797@fnnews.com 김원준 기자: the reporter's address, then the name
    re.compile(rf"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]+(?P<name>{_NAME})\s*(?P<title>기자|특파원|통신원)(?![가-힣])"),
    # 원주 에너지경제신문 박에스더 기자 원주시는 …: a line opened by (place,) outlet, name and title
    re.compile(
        rf"(?:^|\n)[ \t]*(?:[가-힣]{{1,6}}[ \t]+)?(?P<a>[가-힣A-Za-z0-9]{{1,12}}(?:{_OUTLET_ENDINGS}))[ \t]+"
        rf"(?P<name>{_NAME})[ \t]*(?P<title>기자|특파원|통신원)(?=\s)"
    ),
    # … 지이코노미 홍길동 기자 | 구미대학교는 …: outlet, name and title, then the bar that closes a byline
    re.compile(
        rf"(?<![가-힣A-Za-z0-9])(?P<a>[가-힣A-Za-z0-9]{{1,12}}(?:{_OUTLET_ENDINGS}))[ \t]+"
        rf"(?P<name>{_NAME})[ \t]*(?P<title>기자|특파원|통신원)[ \t]*[|ㅣ]"
    ),
    # 말했다./황성조기자, 말했다. /이용원 기자 /: the signature after the last sentence
    re.compile(rf"(?:^|[\s.”\"])/\s*(?P<name>{_NAME}?)\s*(?P<title>기자|특파원|통신원)(?=\s*(?:/|$|\n|[\w.+-]+@))"),
]
_COPYRIGHT = re.compile(
    r"(?:저작권자|Copyright|ⓒ|©|\(c\)|<저작권자)\s*(?:\(c\)|ⓒ|©)?\s*(?:'[^']*'\s*)?(?P<outlet>[가-힣A-Za-z0-9]{2,15})"
    r"(?:\s*[&,.]|\s+무단|\s*\.|\s*,|\s)",
    re.IGNORECASE,
)
# 중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지: a line opened by the outlet's name
_OUTLET_LINE = re.compile(
    rf"(?:^|\n)[ \t]*(?P<outlet>[가-힣A-Za-z0-9]{{1,12}}(?:{_OUTLET_ENDINGS}))[ \t]*(?:\([^()\n]{{1,40}}\))?[ \t]*[,.]?[ \t]*무단\s?전재"
)
# the words that end a body's name, not a person's (a photo credited to a university)
_BODY_WORD = re.compile(
    r"\b(?:University|College|Institute|School|Center|Centre|Agency|Office|Corporation|Company|Foundation|"
    r"Association|Council|Ministry|Government|City|Province|County|Hospital|Group|News|Times|Herald|Daily)\b"
)
# By Kim Byung-wook, Photo by Ihwan Kim: the given name's second syllable may follow a hyphen in lower case
_ENGLISH_BYLINE = re.compile(
    r"(?:Photo by|By|Reporter)\s+(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})"
)


@dataclass
class Byline:
    reporter: str
    start: int
    end: int
    title: str = "기자"
    title_start: int = -1
    outlet: str | None = None
    outlet_start: int = -1


@dataclass
class Cleaned:
    """The parts of an article worth reading, and what the scrape says about it."""

    segments: list[tuple[int, int]] = field(default_factory=list)  # content lines
    published: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    outlet: str | None = None  # from the copyright line
    outlet_span: tuple[int, int] | None = None


def valid_date(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def find_published(article: Article) -> str | None:
    """The publication date: given, written in the scrape (입력 …), or in the URL."""
    if article.published:
        return article.published
    for rx in (_DATE_MARKED, _DATE_BEFORE_EMAIL):
        m = rx.search(article.text)
        if m and (found := valid_date(*m.groups())):
            return found
    if article.url:
        for m in _URL_DATE.finditer(article.url):
            if found := valid_date(*m.groups()):
                return found
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_place_or_outlet(word: str, outlet_hint: str | None) -> str:
    """'outlet' when a byline part names a news outlet, else 'place'."""
    w = word.strip()
    if outlet_hint and w.replace(" ", "") == outlet_hint.replace(" ", ""):
        return "outlet"
    if re.search(rf"(?:{_OUTLET_ENDINGS})$", w):
        return "outlet"
    return "place"


def find_bylines(article: Article, outlet_hint: str | None) -> list[Byline]:
    text = article.text
    found: list[Byline] = []
    taken: list[tuple[int, int]] = []
    for rx in _BYLINE_PATTERNS:
        for m in rx.finditer(text):
            if any(a <= m.start("name") < b for a, b in taken):
                continue
            b = Byline(reporter=m.group("name"), start=m.start("name"), end=m.end("name"))
            b.title, b.title_start = m.group("title"), m.start("title")
            for part in ("b", "a"):
                if part in rx.groupindex and m.group(part):
                    value = m.group(part).strip()
                    barred = re.search(r"\S\s*[ㅣ|]", value) is not None
                    if barred:
                        value = re.split(r"\s*[ㅣ|]", value)[
                            0
                        ]  # [더팩트ㅣ평택=이승호 기자]: the outlet, then the place
                    value = value.rstrip(",·/ ")  # [중앙방송, 이온세기자]
                    if "," in value:  # [뉴스프리존,남해=정병기 기자]: the outlet, then the place
                        value = next(
                            (v.strip() for v in value.split(",") if _is_place_or_outlet(v, outlet_hint) == "outlet"),
                            value,
                        )
                    value = re.sub(r"\s*\([^()]*\)$", "", value)  # [헤럴드경제(울산)=…]: the outlet, its desk
                    if barred and value:
                        b.outlet, b.outlet_start = value, m.start(part) + m.group(part).index(value)
                        break
                    if " " in value and _is_place_or_outlet(value, outlet_hint) == "place":
                        value = value.split()[0]  # [아시아경제 영남취재본부 최순경 기자]: the outlet, then its desk
                    if _is_place_or_outlet(value, outlet_hint) == "outlet":
                        b.outlet = value
                        b.outlet_start = m.start(part) + m.group(part).index(value)
                        break
            found.append(b)
            taken.append((m.start(), m.end()))
    for m in _ENGLISH_BYLINE.finditer(text):
        if _BODY_WORD.search(m.group("name")):
            continue  # [Photo by Mokpo National University]: a body's credit, no reporter
        found.append(Byline(reporter=m.group("name"), start=m.start("name"), end=m.end("name"), title=""))
    found.sort(key=lambda b: b.start)
    return found


def clean(article: Article) -> Cleaned:
    text = article.text
    result = Cleaned(published=find_published(article))

    m = _COPYRIGHT.search(text) or _OUTLET_LINE.search(text)
    if m:
        result.outlet = m.group("outlet")
        result.outlet_span = (m.start("outlet"), m.end("outlet"))
    hint = article.outlet or result.outlet
    result.bylines = find_bylines(article, hint)

    seen: set[str] = set()
    headlines = False  # under a widget's heading, until a paragraph's length ends its list
    for start, end in _lines(text):
        line = text[start:end]
        stripped = line.strip()
        if not stripped or len(stripped) < 2:
            continue
        if _LIST_HEADING.match(stripped):
            headlines = True
            continue
        if headlines and len(stripped) < _HEADLINE_MAX:
            continue
        headlines = False
        if _BOILERPLATE.search(stripped) and not (len(stripped) > 80 and SENTENCE_END.search(stripped)):
            continue
        key = re.sub(r"\s+", "", stripped)
        if key in seen:
            continue
        seen.add(key)
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        result.segments.append((start + lead, end - trail))
    return result


def copyright_follows(text: str, byline: Byline, cleaned: Cleaned) -> bool:
    """A byline with no outlet, directly followed by the copyright line that names one."""
    if not cleaned.outlet_span:
        return False
    # the byline's own place, or the reporter's name signed again at the foot (아산 이종익 기자 / Copyright ⓒ 서울신문)
    for m in re.finditer(re.escape(byline.reporter), text[: cleaned.outlet_span[0]]):
        between = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*", "", text[m.end() : cleaned.outlet_span[0]])
        if between.count("\n") <= 2 and len(between) < 40:  # 서명수 기자 seo@joongang.co.kr / Copyright © 중앙일보
            return True
    return False
