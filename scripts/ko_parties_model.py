"""Korean signatories two ways: the hand-written rules against a logistic model over the same evidence.

    python scripts/ko_parties_model.py                  # fit on dev folds 2+3, score both on every fold
    python scripts/ko_parties_model.py --l2 0.1         # another penalty
    python scripts/ko_parties_model.py --train 1,2,3    # fit on every fold (nothing held out then)

The extractor recognises the roles of every organisation's mentions (`ko_parties.assess`)
and assigns by rules (`ko_parties.by_rules`). This script turns the same evidence into
features, labels each body from the gold (a signatory, or not: a body the gold does not know
is not), fits an L2-regularised logistic regression in plain Python (Newton's method from
zero: deterministic, no dependency), and scores signatories with the scorer in ../shared on
each fold, once with the rules and once with the model. The model is not used by the
extractor: measured on the held-out fold it does not beat the rules (see the README of the
extraction). Re-run it when the roles change.

The gold stays in ../shared; nothing is written."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "scripts"))

import score  # noqa: E402  (the shared scorer)
from folds import fold_of  # noqa: E402

from mou_graph.extract import extract_article  # noqa: E402
from mou_graph.extract.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from mou_graph.extract.ko import parties as ko_parties  # noqa: E402
from mou_graph.extract.ko.parties import Evidence, Role  # noqa: E402
from mou_graph.model import Article, Extraction  # noqa: E402

PRESENT = (Role.ATTENDEE, Role.CAPTION, Role.SPEAKER)
NAMED = (Role.PARTY, Role.HEAD)

Row = tuple[str, dict[str, float], int]


def features(ev: Evidence, closed: bool) -> dict[str, float]:
    """Which roles the mentions have, whether the article's list is closed, the body's sector."""
    roles = {r for r, *_ in ev.roles}
    f = {"bias": 1.0}
    f.update({f"role_{r.value}": 1.0 for r in roles})
    if roles & set(PRESENT) and not roles & set(NAMED):
        f["closed_present_only" if closed else "open_present_only"] = 1.0
    if not roles & set(NAMED + PRESENT):
        f["no_positive"] = 1.0
    if closed:
        f["closed"] = 1.0
    if ev.member:
        f["member"] = 1.0
    if ev.entity.sector is not None:
        f[f"sector_{ev.entity.sector.value}"] = 1.0
    if len({(a, b) for r, _, a, b in ev.roles if r in NAMED}) >= 2:
        f["named_twice"] = 1.0
    return f


def by_model(ev: Evidence, closed: bool, weights: dict[str, float]) -> list[tuple[int, int]]:
    """A party when the odds are above even, with the sentences of its strongest evidence."""
    if sum(weights.get(k, 0.0) * v for k, v in features(ev, closed).items()) <= 0:
        return []
    return ev.spans(*NAMED) or ev.spans(*PRESENT) or ev.spans(*Role)


def articles() -> list[dict]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]
    return [d for d in docs if d.get("language", "ko") == "ko"]


def extract(doc: dict, gaz: Gazetteer, decide=None, seen: list | None = None) -> Extraction:
    """The extraction of a gold article, assigning with `decide`; the assessments go to `seen`."""
    original = ko_parties.signatories

    def patched(assessment, _decide=None):
        if seen is not None:
            seen.append(assessment)
        return original(assessment, decide)

    ko_parties.signatories = patched
    try:
        keys = ("id", "text", "url", "published", "outlet")
        return extract_article(Article(**{k: doc.get(k) for k in keys}, language="ko"), gaz)
    finally:
        ko_parties.signatories = original


def collect(docs: list[dict], gaz: Gazetteer) -> list[Row]:
    """(article, features, gold label) for every organisation the extractor assessed."""
    rows: list[Row] = []
    for doc in docs:
        seen: list[ko_parties.Assessment] = []
        extract(doc, gaz, seen=seen)
        gold = doc["gold"]["organisations"]
        forms = [({score.norm(o["name"])} | {score.norm(m) for m in o.get("mentions", [])}, o) for o in gold]
        for assessment in seen:
            for ev in assessment.evidence:
                mine = {score.norm(f) for f in (ev.entity.name, *ev.entity.aliases)} - {""}
                label = int(any(o.get("signatory") for f, o in forms if f & mine))
                rows.append((doc["id"], features(ev, assessment.closed), label))
    return rows


def fit(rows: list[Row], l2: float, rounds: int = 50) -> dict[str, float]:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    names = sorted({k for _, f, _ in rows for k in f})
    n = len(names)
    w = [0.0] * n
    xs = [[f.get(k, 0.0) for k in names] for _, f, _ in rows]
    ys = [y for _, _, y in rows]
    for _ in range(rounds):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(xs, ys, strict=True):
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x, strict=True))))
            p = 1.0 / (1.0 + math.exp(-z))
            for i in range(n):
                if x[i]:
                    grad[i] += (p - y) * x[i]
                    for j in range(n):
                        if x[j]:
                            hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i, name in enumerate(names):
            if name != "bias":
                grad[i] += l2 * w[i]
                hess[i][i] += l2
            hess[i][i] += 1e-9
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return dict(zip(names, w, strict=True))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                factor = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= factor * m[c][k]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def tally_by_fold(docs: list[dict], gaz: Gazetteer, decide=None) -> dict[int, score.Tally]:
    """The scorer's signatory counts per fold, assigning with `decide` (the rules when None)."""
    tallies: dict[int, score.Tally] = {}
    for doc in docs:
        t = {c: score.Tally() for c in score.CATEGORIES}
        score.score_doc(doc, extract(doc, gaz, decide).to_json(), t, [])
        s = t["signatories"]
        tallies.setdefault(fold_of(doc["id"], 3), score.Tally()).add(s.tp, s.fp, s.fn)
    return tallies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", default="2,3", help="folds to fit on (default 2,3: fold 1 held out)")
    ap.add_argument("--l2", type=float, default=1.0, help="the penalty on the weights (default 1.0)")
    args = ap.parse_args()
    train = {int(k) for k in args.train.split(",")}
    gaz = load_gazetteer()
    docs = articles()
    rows = collect([d for d in docs if fold_of(d["id"], 3) in train], gaz)
    weights = fit(rows, args.l2)
    print(f"# {len(rows)} bodies from folds {args.train}, {sum(y for *_, y in rows)} signatories; weights:")
    for k, v in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:<22} {v:+.3f}")
    for label, decide in (("rules", None), ("model", lambda ev, closed: by_model(ev, closed, weights))):
        tallies = tally_by_fold(docs, gaz, decide)
        parts = []
        for fold, t in sorted(tallies.items()):
            p, r, f = t.prf()
            parts.append(f"fold {fold}{'' if fold in train else ' (held out)'} P={p:.3f} R={r:.3f} F1={f:.3f}")
        print(f"{label}: " + "; ".join(parts))


if __name__ == "__main__":
    main()
