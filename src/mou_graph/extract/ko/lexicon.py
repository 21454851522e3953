"""The Korean extractor's word lists and patterns: agreement and signing words, captions, list
heads and qualifiers, programme and event heads, amounts and days."""

from __future__ import annotations

import re

from ...model import Sector
from . import programme_words

BARE_AGREEMENT = {"협약", "업무협약", "협약식", "mou", "협약서", "양해각서", "협정"}
AGREEMENT_WORD = re.compile(r"협약|MOU|양해각서|협정|협력서|파트너십|약정")
SIGNING = re.compile(r"체결|맺었|맺고|맺은|맺기로|서명|교환했|협약식[을이가]?\s*(?:개최|열|가졌|진행)|참여하는\s*협약")
# a ceremony named in quotes and then held: ‘… 업무협약식’을 개최했다 (the quote hides it from SIGNING)
QUOTED_SIGNING = re.compile(
    r"(?:협약식|협약|MOU|협정)\s*[’'”\"」』]\s*[을를이가]?\s*(?:개최|열|가졌|갖|진행|체결|맺|했|하였)"
)
# 한편, 전주대는 지난 3월 … 협약을 체결하고; 앞서 시는 지난해 …와 협약을 맺은 바 있다: an earlier
# signing the article recalls, whose parties are not this agreement's (이날 … 함께 체결됐다 is this one)
EARLIER_SIGNING = re.compile(
    r"^\s*(?:한편|앞서|이에 앞서)[,\s](?!.*(?:이날|오늘|같은 날))"
    r".*(?:지난\s*\d{1,2}월(?!\s*\d{1,2}일)|지난해|작년|\d{4}년|바\s*있)"
)
ATTENDING = re.compile(r"참석|참여한 가운데|자리했|함께\s?했|배석")
CAPTION = re.compile(r"^\s*(?:\(?사진\)?|왼쪽부터|오른쪽부터|앞줄|뒷줄)|기념\s?(?:촬영|사진)|사진\s*=|제공\s*$|\[사진")
QUOTES = {"‘": "’", "“": "”", "'": "'", '"': '"', "「": "」", "『": "』"}
CAMPUS = re.compile(r"[가-힣A-Za-z]{1,6}캠퍼스")
# legal-form marks written before or after a name: ㈜한빛소재, 한빛소재(주), (사)화성민간연구개발협의회
LEGAL_MARKERS = (
    "(주)",
    "㈜",
    "(사)",
    "(재)",
    "주식회사",
    "(유)",
    "(합)",
    "농업회사법인",
    "영농조합법인",
    "사단법인",
    "재단법인",
)
# words for a kind of body before its name: 데이터센터 전문기업 원아시아네트워크, 지역 강소기업인 한빛정밀
APPOSITION_HEADS = {
    "기업": Sector.INDUSTRY,
    "업체": Sector.INDUSTRY,
    "회사": Sector.INDUSTRY,
    "스타트업": Sector.INDUSTRY,
    "제조사": Sector.INDUSTRY,
    "연구기관": Sector.RESEARCH,
    "공공기관": Sector.GOVERNMENT,
}
# Latin letters that are words, not names: 기업 CEO, ESG·ICT 분야
ACRONYMS = {"CEO", "CTO", "CFO", "ESG", "ICT", "MOU", "R&D", "ODA", "SPC", "KPI", "IOT", "GDP", "OEM", "SNS", "NFT"}
UNIVERSITY_HEADS = {"총장", "부총장", "학장", "교수"}
# nouns after a region's name that make it a place: 평창군 소재 기업, 강서구 미음산업단지 내
PLACE_NOUN = re.compile(
    r"(?:산업단지|산단|단지|지구|특구|혁신도시|일대|일원|소재|관내|인근|지역|지역민|주민|시민|군민|도민)$"
)
# who is of a place, right after a region's name: 경산시 기업 선정, 포항시 청년 (the region as a place)
PEOPLE_OF_PLACE = frozenset({"기업", "기업들", "업체", "기업체", "농가", "소상공인", "청년", "학생", "주민들"})
# a newsroom's parts: an outlet's bureau (아시아경제 영남취재본부) is no body of its own
NEWSROOM = ("취재본부", "취재팀", "편집국", "보도국", "취재부")
# a branch's endings, which a title can share (지사 is a governor too): after a body, the branch
BRANCH_ENDINGS = ("지사", "지부", "본부", "지회")
# the endings of a unit's own name after its body's: 대한적십자사 혈액관리본부, 한국농어촌공사 해남완도지사
NAMED_UNIT_ENDINGS = (
    "지역본부",
    "본부",
    "지사",
    "지부",
    "지회",
    "도회",
    "센터",
    "대학원",
    "병원",
    "연구소",
    "분원",
    "사업단",
    "건설단",
    "사업소",
    "사무소",
    "출장소",
    "지청",
    "지방청",
)
# a university's college or graduate school by its ending (농업생명과학대학, 경영전문대학원)
COLLEGE = re.compile(r"(?:대학|대학원)$")
UNIT_SUFFIXES = (
    "산학협력단",
    "기술지주회사",
    "기술지주주식회사",
    "대학원",
    "산학협력관",
    "부속병원",
    "병원",
    "연구소",
    "사범대학",
    "공과대학",
)
LIST_HEAD_PARTICLES = {"에서는", "에서", "에선", "측에서는", "측에서", "에서도"}
TITLE_EXTENSIONS = {"권한대행", "직무대행", "직무대리", "당선인", "내정자"}
# 쿠웨이트 투자진흥청, 미국 시장: a country's name before a body, never a person's
COUNTRIES = frozenset(programme_words.data_lines("countries_ko.txt"))
NOT_NAMES = {
    "이날",
    "이번",
    "이후",
    "이어",
    "정부",
    "지난",
    "오는",
    "최근",
    "한편",
    "또한",
    "이를",
    "이와",
    "조성",
    "전문",
    "공동",
    "우수",
    "최대",
    "신규",
    "지원",
    "유치",
    "주요",
    "방안",
    "이상",
    "이하",
    "이외",
    "장관",
    "위원",
    "기자",
    "사진",
    "이사",
    "대표",
    "회장",
    "원장",
    "총장",
    "시장",
    "의장",
    "지사",
    "한국",
    "국내",
    "국제",
    "전국",
    "지방",
    "중앙",
    "서울",
    "남부",
    "북부",
    "동부",
    "서부",
}
NOT_NAMES |= COUNTRIES  # 미국 시장: the country's market, no mayor named 미국
STOP_BEFORE_ORG = {
    "이하",  # (이하 공단): the short form the article defines, not part of a name
    "이날",
    "이번",
    "지난",
    "올해",
    "지난해",
    "오는",
    "및",
    "등",
    "또",
    "또한",
    "특히",
    "한편",
    "각",
    "이",
    "그",
    "전",
    "현",
    "신임",
    "前",
    "現",
    "이를",
    "위해",
    "통해",
    "함께",
    "비롯해",
    "비롯한",
    "양",
    "두",
    "세",
    "네",
    "여러",
    "모든",
    "해당",
    "타",
    "본",
}
LIST_QUALIFIERS = r"지역|국내|관내|도내|시내|중소|강소|유망|협력|참여|회원|입주"
LIST_HEADS = {
    "기업": Sector.INDUSTRY,
    "업체": Sector.INDUSTRY,
    "기업체": Sector.INDUSTRY,
    "회원사": Sector.INDUSTRY,
    "기업들": Sector.INDUSTRY,
    "대표기업": Sector.INDUSTRY,
    "선도기업": Sector.INDUSTRY,
    "회사": Sector.INDUSTRY,
    "대학": Sector.ACADEMIA,
    "대학교": Sector.ACADEMIA,
    "기관": None,
    "기관들": None,
    "공공기관": Sector.GOVERNMENT,
    "연구기관": Sector.RESEARCH,
    "유관기관": None,
    "지자체": Sector.GOVERNMENT,
    "자치구": Sector.GOVERNMENT,
    "시군": Sector.GOVERNMENT,
    "단체": Sector.CIVIL,
}
PROGRAMME_HEADS = re.compile("(" + "|".join(programme_words.heads("programme")) + ")$")
WORK_HEADS = re.compile("(" + "|".join(programme_words.heads("work")) + ")$")
# what follows a body named as the place: 에서, or a hall of it and 에서 (대강당에서, 미래센터 4층
# 세미나실에서, ‘렛츠런파크 서울’에서), never a particle of the body's own (포스텍과 포항시에서)
VENUE_AFTER = re.compile(
    r"(?:\s?(?![와과은는이가을를의도및]\s)[가-힣A-Za-z0-9‘’'“”\"]{1,10})?(?:\s[가-힣A-Za-z0-9‘’'“”\"]{1,10}){0,2}"
    r"에서(?:는)?(?![가-힣])"
)
# what follows a body the text only describes: one to be set up (상생발전협의회를 구성해,
# 협의체를 새로 설치하기로), or a role (국가거점 국립대학교로서): no body the graph can hold yet
DESCRIBED_AFTER = re.compile(
    r"(?:(?:을|를)\s*(?:새로\s*|함께\s*|공동으로\s*)?(?:구성|설치|신설|설립|발족|출범|창립|결성)|(?:으로서|로서))"
)
# (왼쪽), (오른쪽 두 번째), (가운데), (사진 왼쪽부터): where a person stands in the photo
POSITION_MARK = re.compile(
    r"\((?:사진\s*)?(?:맨\s*)?(?:왼쪽|오른쪽|가운데|좌측|우측|좌|우|앞줄|뒷줄|중앙)(?:에서|부터)?"
    r"(?:\s*(?:첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d{1,2})\s*(?:번째|번쨰|째))?(?:\s*부터)?\)"
)
# 카이스 다라지(Kais Darragi), 아흐메드 부그디르(Ahmed C. Boughedir): a foreign name in Hangul, then in Latin
TRANSCRIBED = re.compile(
    r"(?P<hangul>(?:[가-힣]{1,6} ){0,2}[가-힣]{1,6})\((?P<latin>[A-Z][a-z]+(?:[ -](?:[A-Z]\.|[A-Z][a-z]+)){1,3})\)"
)
# 박상우 (국토교통부), 한화진(환경부) 장관: names each with its body in parentheses, one title after
SHARED_TITLE_LIST = re.compile(
    r"(?P<items>(?:[가-힣]{2,4}\s?\([^()]{1,20}\),\s*)+[가-힣]{2,4}\s?\([^()]{1,20}\))\s*(?P<title>[가-힣]{1,6}?)"
    r"(?=[과와은는이가을를의]?(?:\s|,|$))"
)
# 김태봉 대덕대, 조남근 대원대, 이세진 혜전대학교 총장: names each with its body, one title after the last
SHARED_TITLE_PAIRS = re.compile(
    r"(?P<items>(?:[가-힣]{2,4}\s[가-힣A-Za-z]{2,15},\s*){2,}[가-힣]{2,4}\s[가-힣A-Za-z]{2,15})\s(?P<title>[가-힣]{1,6}?)"
    r"(?=[과와은는이가을를의]?(?:\s|,|$))"
)
# 경제부문, 미래성장부문: a division of a body, written as part of an officer's title (경제부문 이사)
DIVISION = re.compile(r"부문$")
# 충청권, 수도권: the bodies of a whole region (충청권 테크노파크 are four of them, not one)
REGION_BLOC = re.compile(r"[가-힣]{1,3}권")
# words that say what kind of work a programme is, not which one (산학 프로젝트)
# fmt: off
GENERIC_MODIFIERS = {
    "산학", "공동", "협력", "연구", "기술", "신규", "각종", "관련", "주요", "해당", "다양한", "지역", "국가",
    "정부", "민간", "신사업", "협업", "교류", "대형", "중소", "우수", "선도", "시범", "핵심", "후속", "대표",
}
# fmt: on
# words that say which bodies of a kind, never name one (해양플랜트 관련 연구소, 경주 지역 상공회의소, 민간협회)
DESCRIBING = {"관련", "지역", "도시", "민간", "인근", "관내", "일부", "여러", "각", "주요", "해당", "관계"}
# 클러스터 조성 사업, 특화단지 지원 사업: the 사업 that carries the programme's name
PROGRAMME_TAIL = re.compile(r"(?:\s(?:조성|지원|육성|구축|활성화|추진))?\s사업(?=[을를이가은는의에와과도]?(?![가-힣]))")
# the marks that open each item of a list (협약 기업은 △A △B △C 등이다)
BULLETS = {"△", "▲", "■", "□", "○", "●", "◇", "◆", "▷", "▶"}
# 등 closing a list as the predicate of its sentence (A, B, C 등이다)
COPULA = {"이다", "이며", "이고", "입니다", "이었다"}
LIST_DOTS = {"·", "ㆍ", "‧", "・"}
# the other middle dots and dot leaders outlets put between list items (제주도․농협, A･B, A∙B):
# the rules read them as `·`, one code point for one so that every offset still holds
OTHER_DOTS = str.maketrans({c: "·" for c in "ㆍ‧・․･∙⋅"})
# words that count or qualify the parties of a list, not name one (반도체 8개 기업, 양 기관 관계자)
# fmt: off
GENERIC_ITEMS = {"관계자", "관계자들", "대표", "대표들", "양성기관", "곳", "개교", "개사", "양", "각"}
# fmt: on
QUOTED_HEADS = re.compile("(" + "|".join(programme_words.heads("quoted")) + ")$")
EVENT_HEADS = re.compile("(" + "|".join(programme_words.heads("event")) + ")$")
KNOWN_PROGRAMMES = re.compile(
    programme_words.national() + "|"
    r"(?:[가-힣A-Za-z0-9]+\s?)?특성화대학원|(?:[가-힣A-Za-z0-9]+\s?)?규제자유특구|(?:[가-힣]+\s)?강소연구개발특구"
)
AMOUNT = re.compile(
    r"(?:약\s?)?(?=\d)(?:\d[\d,.]*\s?조\s?)?(?:\d[\d,.]*\s?천\s?)?(?:\d[\d,.]*\s?백\s?)?(?:\d[\d,.]*\s?)?(?:조|억|만)\s?원"
)
# 14일오후, 오전 10시, 최근: when, not where (the words before a venue that are not part of it)
TIME_OF_DAY = re.compile(
    r"(?:\d{1,2}일\s?)?(?:오전|오후|낮|저녁|밤|새벽)(?:\s?\d{1,2}시(?:\s?\d{1,2}분)?)?|\d{1,2}시(?:\s?\d{1,2}분|반)?(?:께|쯤|경)?|"
    r"최근|앞서|지난달|이달|지난주|오늘|어제|전날"
)
# an agreement that took place: 협약식을 했다, 협약을 가졌다, 이뤄진 협약, 열린 협약식
HELD = re.compile(
    r"(?:협약|MOU|협약식|양해각서)[’'\"”]?[을를]?\s*(?:했|하였|가졌|갖고|맺|개최)|"
    r"(?:이뤄진|이루어진|열린|진행된|개최된|가진)\s+(?:[^\s]+\s+){0,10}?[^\s]*(?:협약|MOU|협약식)"
)
# titles only a body's head bears: `X(대표 홍길동)` makes X a body (data/body_head_titles.txt)
BODY_HEAD_TITLES = frozenset(
    line.strip()
    for line in programme_words._read("body_head_titles.txt").splitlines()
    if line.strip() and not line.startswith("#")
)
DAY = re.compile(r"(?:(?P<y>(?:19|20)\d\d)년\s*)?(?:(?P<m>\d{1,2})월\s*)?(?P<d>\d{1,2})일")
