"""A news site on loopback for the fetch tests: pages written for the tests (invented bodies
and people, in the genre's HTML with metadata where newsrooms put it), a feed, a sitemap index,
robots.txt, and pages that misbehave. Every request is counted and timed."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

OUTLET = "가상경제신문"

ARTICLES = {
    # id: (title, published as the page gives it, where the date is, body paragraphs)
    "1001": (
        "가람시-누리과학기술대학교-다온에너지, 수소 인재 양성 업무협약",
        "2026-03-22T10:30:00+09:00",
        "meta",
        [
            "가람시는 21일 시청 대회의실에서 누리과학기술대학교, ㈜다온에너지와 ‘수소산업 전문인력 양성을 위한 업무협약’을 체결했다고 22일 밝혔다.",
            "이날 협약식에는 한가온 가람시장과 서누리 누리과학기술대학교 총장, 윤다온 ㈜다온에너지 대표이사가 참석했다.",
            "협약에 따라 세 기관은 수소 분야 교육과정을 함께 만들고 현장실습과 채용을 연계하기로 했다.",
            "한가온 가람시장은 “지역 대학과 기업이 함께 인재를 키우는 첫걸음”이라고 말했다.",
            "누리과학기술대학교는 올해 2학기부터 수소에너지 융합전공을 새로 열고, 다온에너지는 졸업생을 우선 채용한다.",
            "가람시는 교육과정 운영비와 실습 장비 구입비를 지원하고, 지역 중소기업의 참여도 넓힐 계획이다.",
        ],
    ),
    "1002": (
        "바름테크노파크, 새별반도체와 장비 공동활용 협약",
        "2026-03-18T09:00:00+09:00",
        "jsonld",
        [
            "바름테크노파크는 17일 새별반도체㈜와 반도체 시험장비 공동활용을 위한 업무협약을 맺었다고 18일 밝혔다.",
            "협약식에는 오바름 바름테크노파크 원장과 문새별 새별반도체 대표가 참석했다.",
            "양 기관은 시험장비를 함께 쓰고 중소기업의 시제품 검증을 돕기로 했다.",
            "바름테크노파크는 장비 사용료를 낮추고 전담 인력을 두어 기업의 신청을 한 번에 처리한다.",
            "새별반도체는 공정 노하우를 나누고 지역 대학생의 현장실습을 받아들이기로 했다.",
            "오바름 원장은 “장비를 나누면 기업의 부담이 줄고 시제품이 더 빨리 나온다”고 말했다.",
        ],
    ),
    "1003": (
        "하늬연구원-이음대학교, 인공지능 공동연구 협약",
        "2026-03-11T14:00:00+09:00",
        "og",
        [
            "하늬연구원은 10일 이음대학교와 인공지능 공동연구를 위한 업무협약을 체결했다고 11일 밝혔다.",
            "이날 협약식에는 강하늬 하늬연구원장과 조이음 이음대학교 총장이 참석했다.",
            "두 기관은 연구인력 교류와 공동연구실 운영에 힘을 모으기로 했다.",
            "하늬연구원은 공동연구실에 연구원을 보내고, 이음대학교는 대학원생이 연구에 참여하도록 학점을 인정한다.",
            "두 기관은 매년 성과 발표회를 열어 연구 결과를 지역 기업과 나누기로 했다.",
            "조이음 총장은 “연구원과 대학이 함께 인공지능 인재를 길러내겠다”고 말했다.",
        ],
    ),
    "1004": (
        "마루시, 온새미로봇과 투자협약",
        "2026-03-05T08:00:00+09:00",
        "meta",
        [
            "마루시는 4일 시청에서 온새미로봇㈜과 300억원 규모의 투자협약을 체결했다고 5일 밝혔다.",
            "협약식에는 배마루 마루시장과 신온새 온새미로봇 대표가 참석했다.",
            "온새미로봇은 마루시 산업단지에 협동로봇 생산공장을 짓고 2028년까지 150명을 새로 뽑는다.",
            "마루시는 공장 건립에 필요한 인허가를 빠르게 처리하고 기반시설을 지원한다.",
            "배마루 마루시장은 “좋은 일자리가 늘어나도록 행정력을 모으겠다”고 말했다.",
        ],
    ),
}
REPORTER = "정가상 기자"


def article_html(base: str, aid: str, path: str | None = None) -> str:
    """A newsroom's article page: navigation, headline, byline, body, related links, footer;
    the publication date in `article:published_time`, JSON-LD or only `og:` as the article says."""
    title, published, where, paragraphs = ARTICLES[aid]
    canonical = f"{base}{path or f'/news/{aid}.html'}"
    meta = [
        f'<meta property="og:title" content="{title}">',
        f'<meta property="og:site_name" content="{OUTLET}">',
        f'<meta property="og:url" content="{canonical}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{canonical}">',
    ]
    if where == "meta":
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if where == "og":
        meta.append(f'<meta property="og:updated_time" content="{published}">')
    if where == "jsonld":
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": published,
            "author": {"@type": "Person", "name": REPORTER},
            "publisher": {"@type": "Organization", "name": OUTLET},
        }
        meta.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{title} - {OUTLET}</title>
{chr(10).join(meta)}
</head><body>
<header><nav><a href="/">홈</a> <a href="/economy">경제</a> <a href="/society">사회</a> <a href="/login">로그인</a></nav></header>
<main><article>
<h1 class="headline">{title}</h1>
<div class="byline"><span class="reporter">{REPORTER}</span> <span class="date">입력 {published[:10]}</span></div>
<div id="article-body" class="article-body">
{body}
</div>
</article>
<aside><h3>많이 본 뉴스</h3><ul><li><a href="/news/9001.html">가상 날씨 소식</a></li><li><a href="/news/9002.html">가상 교통 소식</a></li></ul></aside>
</main>
<footer><p>Copyright © {OUTLET}. All rights reserved. 무단 전재 및 재배포 금지.</p></footer>
</body></html>"""


def rss(base: str, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>기사 {i}</title><link>{base}{p}</link><pubDate>Sun, 22 Mar 2026 10:30:00 +0900</pubDate></item>"
        for i, p in enumerate(paths)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{OUTLET} 전체기사</title><link>{base}/</link><description>가상</description>{items}</channel></rss>"
    )


def atom(base: str, paths: list[str]) -> str:
    entries = "".join(
        f'<entry><title>기사 {i}</title><link href="{base}{p}"/><id>{base}{p}</id>'
        "<updated>2026-03-11T14:00:00+09:00</updated></entry>"
        for i, p in enumerate(paths)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{OUTLET}</title>{entries}</feed>'


def sitemap_index(base: str, children: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{base}{c}</loc></sitemap>" for c in children)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'


def urlset(urls: list[str], news: bool = False) -> str:
    def entry(u: str) -> str:
        extra = (
            f"<news:news><news:publication><news:name>{OUTLET}</news:name><news:language>ko</news:language>"
            "</news:publication><news:publication_date>2026-03-18</news:publication_date>"
            "<news:title>사이트맵 제목</news:title></news:news>"
            if news
            else ""
        )
        return f"<url><loc>{u}</loc>{extra}</url>"

    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>'
        + "".join(entry(u) for u in urls)
        + "</urlset>"
    )


Route = Callable[["Handler"], None]


@dataclass
class Site:
    """The running site: its base URL, the routes, and what it was asked."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    log: list[tuple[str, float, float, str]] = field(default_factory=list)  # path, start, end, user agent
    sent: Counter[str] = field(default_factory=Counter)  # bytes of body sent per path
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path

    def article_requests(self) -> int:
        return sum(n for p, n in self.counts.items() if p.startswith(("/news/", "/view")))


class Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        start = time.monotonic()
        with self.site.lock:
            self.site.counts[self.path] += 1
        try:
            route = self.site.routes.get(self.path) or self.site.routes.get(self.path.split("?")[0])
            if route is None:
                self.reply(404, "text/html; charset=utf-8", "<html><body>없는 페이지</body></html>")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self.site.lock:
                self.site.log.append((self.path, start, time.monotonic(), self.headers.get("User-Agent", "")))

    def reply(self, status: int, ctype: str, body: str | bytes, headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        with self.site.lock:
            self.site.sent[self.path] += len(data)

    def redirect(self, location: str, status: int = 302) -> None:
        self.reply(status, "text/html", "", {"Location": location})

    def stream(self, total: int, ctype: str = "text/html; charset=utf-8", declare: bool = False) -> None:
        """`total` bytes of HTML, 64 KiB at a time (no Content-Length unless `declare`): the
        client must stop reading at its cap."""
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if declare:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        chunk = ("<p>" + "가" * 21840 + "</p>").encode("utf-8")[: 64 * 1024]
        sent = 0
        while sent < total and not self.site.stop.is_set():
            self.wfile.write(chunk)
            sent += len(chunk)
            with self.site.lock:
                self.site.sent[self.path] += len(chunk)
        self.close_connection = True


def html(page: Callable[[Site], str]) -> Route:
    return lambda h: h.reply(200, "text/html; charset=utf-8", page(h.site))


def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every connection the test makes must be to 127.0.0.1: any other is refused and listed."""
    others: list[object] = []
    connect = socket.create_connection

    def guarded(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        if address[0] != "127.0.0.1":
            others.append(address)
            raise OSError(f"the tests contact loopback only, not {address[0]}")
        return connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)
    return others


@contextmanager
def serve(routes: Callable[[Site], dict[str, Route]] | None = None) -> Iterator[Site]:
    """The site on 127.0.0.1, a free port, in a thread; `routes(site)` adds to the default ones."""
    site = Site()
    handler = type("SiteHandler", (Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.routes.update(default_routes(site))
    if routes:
        site.routes.update(routes(site))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.stop.set()
        server.shutdown()
        server.server_close()


def _slow(h: Handler) -> None:
    h.site.stop.wait(5)  # longer than any test's time-out
    h.reply(200, "text/html; charset=utf-8", article_html(h.site.base, "1003"))


def _busy(h: Handler) -> None:
    """429 with Retry-After: 1 on the first request, the article on the next."""
    if h.site.counts[h.path] == 1:
        h.reply(429, "text/html", "천천히", {"Retry-After": "1"})
    else:
        h.reply(200, "text/html; charset=utf-8", article_html(h.site.base, "1004", "/busy.html"))


def default_routes(site: Site) -> dict[str, Route]:
    b = site.base
    return {
        "/robots.txt": lambda h: h.reply(200, "text/plain", "User-agent: *\nDisallow: /private/\n"),
        "/news/1001.html": html(lambda s: article_html(s.base, "1001")),
        "/news/1002.html": html(lambda s: article_html(s.base, "1002")),
        "/news/1003.html": html(lambda s: article_html(s.base, "1003")),
        "/view.php": html(lambda s: article_html(s.base, "1001")),  # another address of 1001
        "/private/secret.html": html(lambda s: article_html(s.base, "1001")),
        "/slow.html": _slow,
        "/busy.html": _busy,
        "/r1": lambda h: h.redirect("/r2"),
        "/r2": lambda h: h.redirect(f"{b}/r3", 301),
        "/r3": lambda h: h.redirect("/news/1003.html", 307),
        "/loop-a": lambda h: h.redirect("/loop-b"),
        "/loop-b": lambda h: h.redirect("/loop-a"),
        "/to-ftp": lambda h: h.redirect("ftp://127.0.0.1/file.txt"),
        "/big.html": lambda h: h.stream(50 * 1024 * 1024),
        "/big-declared.html": lambda h: h.stream(50 * 1024 * 1024, declare=True),
        "/report.pdf": lambda h: h.reply(
            200, "application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
        ),
        "/rss.xml": lambda h: h.reply(
            200,
            "application/rss+xml; charset=utf-8",
            rss(
                b,
                [
                    "/news/1001.html",
                    "/news/1002.html?utm_source=rss&utm_medium=feed",
                    "/r1",
                    "/slow.html",
                    "/gone.html",
                    "/loop-a",
                    "/report.pdf",
                    "/busy.html",
                ],
            ),
        ),
        "/sitemap.xml": lambda h: h.reply(200, "application/xml", sitemap_index(b, ["/sitemap-news.xml"])),
        "/sitemap-news.xml": lambda h: h.reply(
            200,
            "application/xml",
            urlset(
                [
                    b.replace("://", "://m.") + "/news/1001.html?fbclid=abc",  # the mobile host, never fetched
                    f"{b}/news/1002.html?gclid=x",
                    f"{b}/view.php?no=1001",  # fetched: its page names /news/1001.html as canonical
                    f"{b}/private/secret.html",
                    f"{b}/big.html",
                ],
                news=True,
            ),
        ),
    }
