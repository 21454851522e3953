"""One article, one URL: the canonical form of a link, under which the cache knows an article.

Newsrooms hand out the same article under many addresses: with tracking parameters (`utm_*`,
`fbclid`, `gclid` …), on the mobile host (`m.`), as an AMP page (`/amp`, `?amp=1`, `amp.`), with
or without `www.` and a trailing slash. `canonical_url` folds them into one key; `clean_url` only
removes what never changes the page (tracking parameters, the fragment), so it stays the address
to fetch and to cite.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

SCHEMES = ("http", "https")
# query parameters that only say where a reader came from, never which page
_TRACKING = re.compile(
    r"^(utm_\w*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|"
    r"_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|rb_clickid|s_cid|ncid|cmpid|ref_src|"
    r"spm|share|sharetype|from_share)$",
    re.IGNORECASE,
)
_AMP_QUERY = {"amp", "outputtype", "output"}  # ?amp=1, ?outputType=amp, ?output=amp
_HOST_VARIANTS = ("www.", "m.", "mobile.", "amp.")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class URLError(ValueError):
    """A link that is not an http(s) URL mou-graph may fetch."""


def _split(url: str) -> tuple[str, str, int | None, str, str]:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise URLError(f"not an http(s) URL: {url!r}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError as exc:  # a port that is not a number
        raise URLError(f"bad URL {url!r}: {exc}") from exc
    if not host:
        raise URLError(f"no host in URL: {url!r}")
    if port == _DEFAULT_PORTS[scheme]:
        port = None
    return scheme, host.rstrip("."), port, parts.path or "/", parts.query


def _netloc(host: str, port: int | None) -> str:
    host = f"[{host}]" if ":" in host else host  # IPv6
    return f"{host}:{port}" if port else host


def _query(query: str, *, drop_amp: bool) -> str:
    kept = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if not _TRACKING.match(k) and not (drop_amp and k.lower() in _AMP_QUERY and v.lower() in ("", "1", "amp"))
    ]
    return urlencode(kept)


def clean_url(url: str) -> str:
    """The URL with tracking parameters and the fragment removed, scheme and host lower-cased,
    the default port dropped: the same page, the address to fetch and to cite."""
    scheme, host, port, path, query = _split(url)
    return urlunsplit((scheme, _netloc(host, port), path, _query(query, drop_amp=False), ""))


def canonical_url(url: str) -> str:
    """The key one article has at all its addresses: `clean_url`, then https, the host without
    `www.`/`m.`/`mobile.`/`amp.`, the path without its AMP form and trailing slash, the query
    sorted. Not meant to be fetched (the site may not serve it): it is an identity."""
    _, host, port, path, query = _split(url)
    for prefix in _HOST_VARIANTS:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    path = re.sub(r"/+", "/", path)
    path = re.sub(r"^(/amp)+(?=/)", "", path)  # /amp/news/1
    path = re.sub(r"((/amp|\.amp)/?)+$", "", path) or "/"  # /news/1/amp, /news/1.amp
    path = re.sub(r"\.amp\.html?$", ".html", path)  # /news/1.amp.html
    if len(path) > 1:
        path = path.rstrip("/")
    pairs = sorted(parse_qsl(_query(query, drop_amp=True), keep_blank_values=True))
    return urlunsplit(("https", _netloc(host, port), path, urlencode(pairs), ""))


def same_site(a: str, b: str) -> bool:
    """Whether two URLs are on one site (hosts equal once `www.`, `m.` and `amp.` are set aside):
    a page may name its canonical address only on its own site."""
    try:
        return urlsplit(canonical_url(a)).netloc == urlsplit(canonical_url(b)).netloc
    except URLError:
        return False


def resolve_link(base: str, link: str | None) -> str | None:
    """`link` (as a page or a feed writes it: relative, protocol-relative) made absolute against
    `base`; None unless it is an http(s) URL."""
    if not link or not link.strip():
        return None
    absolute = urljoin(base, link.strip())
    try:
        return clean_url(absolute)
    except URLError:
        return None
