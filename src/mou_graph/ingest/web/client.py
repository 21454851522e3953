"""A polite HTTP client: what every request mou-graph makes goes through.

Polite: robots.txt is read once per site and obeyed (its Crawl-delay too, within a bound), one
request at a time per host with a pause between them, a User-Agent that names the tool and its
version, 429 and 5xx retried with backoff (Retry-After honoured when it asks for no more than
`max_retry_after`). Safe: http(s) only, at every redirect hop; redirects bounded and loops
caught; time-outs on every read and on the whole body; the body read as a stream and cut at
`max_bytes` (a Content-Length over the cap is refused before reading); only text content types
kept; no loopback, private-network or link-local address unless allowed (a feed's link must not
reach into the network mou-graph runs in: a router's page, a cloud's metadata service). Libraries that fetch on their own (feedparser, trafilatura) are only given what this
client fetched.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ... import __version__
from ..decode import decode
from .urls import URLError, clean_url

USER_AGENT = f"mou-graph/{__version__} (agreement news to a stakeholder graph; python-httpx/{httpx.__version__})"
ROBOTS_AGENT = "mou-graph"  # the token robots.txt rules name
TEXT_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
    }
)
GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip"})  # sitemap.xml.gz
_EUC_KR = frozenset({"euc-kr", "euckr", "ks-c-5601-1987", "ksc5601", "ks-c-5601", "x-windows-949", "windows-949"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ROBOTS_MAX_BYTES = 512 * 1024  # what a robots.txt may weigh (Google reads 500 KiB)
MAX_CRAWL_DELAY = 30.0  # a robots.txt Crawl-delay above this is taken as this


@dataclass(frozen=True)
class Policy:
    """How politely and how safely to fetch; the defaults suit a newsroom's site."""

    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds to connect, and between two reads
    deadline: float = 120.0  # seconds for a whole response
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3  # further tries after a 429 or 5xx
    backoff: float = 2.0  # first wait before a retry, doubled each time
    max_retry_after: float = 120.0  # a longer Retry-After gives up instead of waiting
    max_redirects: int = 5
    allow_private: bool = False  # loopback, private-network and link-local addresses
    user_agent: str = USER_AGENT


class FetchError(Exception):
    """A URL that could not be fetched: the reason, and whether trying again later may help
    (a time-out, a 5xx) or not (a 404, robots.txt, a PDF)."""

    def __init__(self, url: str, reason: str, *, transient: bool = False, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.transient, self.status = url, reason, transient, status


@dataclass(frozen=True)
class Response:
    """A fetched text resource: where it ended up, its media type and its bytes."""

    url: str  # after redirects
    requested: str
    status: int
    media_type: str
    charset: str | None
    body: bytes
    redirects: tuple[str, ...] = ()

    def text(self) -> str:
        """The body decoded: the charset the server names, else as `ingest.decode` detects it
        (UTF-8, CP949, EUC-KR …)."""
        if self.charset:
            # Korean sites that say EUC-KR serve its superset CP949 (똠, 쌰 …)
            charset = "cp949" if self.charset.lower().replace("_", "-") in _EUC_KR else self.charset
            try:
                return self.body.decode(charset, errors="replace")
            except LookupError:  # a charset Python does not know
                pass
        return decode(self.body)


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_at: float = 0.0  # monotonic time before which no request may start
    delay: float = 0.0


def _retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date), None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    kind, *params = (p.strip() for p in header.split(";"))
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in params if p.lower().startswith("charset=")), None)
    return kind.lower(), charset or None


class PoliteClient:
    """One client for a run: it remembers each host's robots.txt and pace.

    Example:
        with PoliteClient(Policy(delay=0)) as client:
            page = client.get("http://127.0.0.1:8000/news/1.html")
    """

    def __init__(self, policy: Policy | None = None, *, transport: httpx.BaseTransport | None = None) -> None:
        self.policy = policy or Policy()
        self._http = httpx.Client(
            follow_redirects=False,  # each hop is checked here
            timeout=httpx.Timeout(self.policy.timeout),
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
        )
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._public: dict[str, bool] = {}
        self._guard = threading.Lock()
        self.requests = 0  # requests sent, robots.txt and retries included

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- pace -------------------------------------------------------------

    def _host(self, netloc: str) -> _Host:
        with self._guard:
            return self._hosts.setdefault(netloc, _Host(delay=self.policy.delay))

    # -- robots.txt ---------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's site lets mou-graph fetch it (read once per site)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._guard:
            robots = self._robots.get(origin)
        if robots is None:
            robots = self._read_robots(origin)
            with self._guard:
                self._robots[origin] = robots
        return robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, origin: str) -> RobotFileParser:
        """As urllib.robotparser reads it: 401/403 forbid everything, another 4xx (no robots.txt)
        allows everything, a 5xx or no answer forbids everything for this run."""
        robots = RobotFileParser(origin + "/robots.txt")
        try:
            page = self._fetch(origin + "/robots.txt", TEXT_TYPES, ROBOTS_MAX_BYTES, check_robots=False)
        except FetchError as exc:
            status = exc.status
            if status in (401, 403):
                robots.disallow_all = True
            elif status is not None and 400 <= status < 500:
                robots.allow_all = True
            else:
                robots.disallow_all = True
            return robots
        robots.parse(page.text().splitlines())
        delay = robots.crawl_delay(ROBOTS_AGENT)
        if delay:
            host = self._host(urlsplit(origin).netloc)
            host.delay = max(self.policy.delay, min(float(delay), MAX_CRAWL_DELAY))
        return robots

    def _is_public(self, host: str) -> bool:
        """Whether every address `host` names is a global one (an IP literal is read as it is;
        a name is resolved, once per run)."""
        with self._guard:
            if host in self._public:
                return self._public[host]
        try:
            addresses = [ipaddress.ip_address(host.strip("[]"))]
        except ValueError:
            try:
                infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
            except (OSError, UnicodeError):
                return True  # no address: the request fails with its own reason
            addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
        public = all(a.is_global for a in addresses) and host.lower() != "localhost"
        with self._guard:
            self._public[host] = public
        return public

    # -- requests ---------------------------------------------------------

    def get(self, url: str, *, types: frozenset[str] = TEXT_TYPES) -> Response:
        """The resource at `url` (redirects followed, each hop checked), or `FetchError`."""
        return self._fetch(url, types, self.policy.max_bytes, check_robots=True)

    def _fetch(self, url: str, types: frozenset[str], max_bytes: int, *, check_robots: bool) -> Response:
        try:
            current = clean_url(url)
        except URLError as exc:
            raise FetchError(url, str(exc)) from exc
        hops: list[str] = []
        while True:
            host = urlsplit(current).hostname or ""
            if not self.policy.allow_private and not self._is_public(host):
                raise FetchError(url, f"{host} is a loopback or private-network address (not fetched unless allowed)")
            if check_robots and not self.allowed(current):
                raise FetchError(url, f"forbidden by robots.txt ({current})" if hops else "forbidden by robots.txt")
            status, location, response = self._request(url, current, types, max_bytes)
            if location is None:
                assert response is not None
                return Response(
                    response.url, url, status, response.media_type, response.charset, response.body, tuple(hops)
                )
            try:
                target = clean_url(urljoin(current, location))
            except URLError as exc:
                raise FetchError(url, f"redirected to a URL that is not http(s): {location!r}") from exc
            hops.append(current)
            if target in hops:
                raise FetchError(url, f"redirect loop ({' -> '.join([*hops, target])})")
            if len(hops) > self.policy.max_redirects:
                raise FetchError(url, f"more than {self.policy.max_redirects} redirects")
            current = target

    def _request(
        self, url: str, current: str, types: frozenset[str], max_bytes: int
    ) -> tuple[int, str | None, Response | None]:
        """One hop: (status, redirect location or None, the response when not a redirect),
        429/5xx retried."""
        host = self._host(urlsplit(current).netloc)
        attempt = 0
        while True:
            with host.lock:  # one request at a time per host
                pause = host.next_at - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
                try:
                    return self._once(url, current, types, max_bytes)
                except _Retry as retry:
                    wait = retry.after if retry.after is not None else self.policy.backoff * 2**attempt
                    if attempt >= self.policy.retries:
                        raise FetchError(url, f"{retry.reason} after {attempt + 1} tries", transient=True) from None
                    if wait > self.policy.max_retry_after:
                        raise FetchError(
                            url,
                            f"{retry.reason}, asked to wait {wait:.0f} s (more than {self.policy.max_retry_after:.0f} s)",
                            transient=True,
                        ) from None
                finally:
                    host.next_at = time.monotonic() + host.delay
            attempt += 1
            time.sleep(max(0.0, wait - host.delay))  # the host's own pause follows at the next try

    def _once(
        self, url: str, current: str, types: frozenset[str], max_bytes: int
    ) -> tuple[int, str | None, Response | None]:
        self.requests += 1
        started = time.monotonic()
        try:
            with self._http.stream("GET", current) as r:
                status = r.status_code
                if r.is_redirect and r.headers.get("location"):
                    return status, r.headers["location"], None
                if status in RETRY_STATUSES or status >= 500:
                    raise _Retry(
                        f"HTTP {status} {r.reason_phrase}".rstrip(), _retry_after(r.headers.get("retry-after"))
                    )
                if not 200 <= status < 300 or status in (204, 205):  # a 3xx with no Location too
                    raise FetchError(url, f"HTTP {status} {r.reason_phrase}".rstrip(), status=status)
                media, charset = _media_type(r.headers.get("content-type"))
                if media not in types:
                    raise FetchError(url, f"not a text page ({media or 'no content type'})")
                length = r.headers.get("content-length", "")
                if length.isdigit() and int(length) > max_bytes:
                    raise FetchError(url, f"larger than the {_size(max_bytes)} cap ({_size(int(length))})")
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise FetchError(url, f"larger than the {_size(max_bytes)} cap (cut while reading)")
                    if time.monotonic() - started > self.policy.deadline:
                        raise FetchError(url, f"took longer than {self.policy.deadline:g} s", transient=True)
                return status, None, Response(current, url, status, media, charset, bytes(body))
        except httpx.TimeoutException as exc:
            raise FetchError(
                url, f"timed out ({type(exc).__name__}, {self.policy.timeout:g} s)", transient=True
            ) from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}", transient=True) from exc


class _Retry(Exception):
    def __init__(self, reason: str, after: float | None) -> None:
        super().__init__(reason)
        self.reason, self.after = reason, after


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"
