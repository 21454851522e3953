"""Score extraction by fold: the dev articles split into K folds by a hash of their id, so
that a rule written against some folds is judged on the one it was not written for.

    python scripts/folds.py                      # every fold's scores, Korean and English
    python scripts/folds.py --lang ko --train 1  # the misses to write rules against: folds but 1
    python scripts/folds.py --lang ko --fold 1   # one fold's scores only (no details: held out)

The gold stays in ../shared: each fold is a temporary folder of links to its files."""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"


def fold_of(article_id: str, folds: int) -> int:
    """The fold of an article, from 1: stable across runs, machines and corpus growth."""
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % folds + 1


def _score(paths: list[Path], language: str, details: bool) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        for p in paths:
            (Path(tmp) / p.name).symlink_to(p)
        args = [sys.executable, str(SCORER), tmp, "--lang", language, "--cmd", f"{sys.executable} -m mou_graph extract"]
        return subprocess.run(args + (["--details"] if details else []), capture_output=True, text=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--lang", choices=["ko", "en"], action="append")
    ap.add_argument("--fold", type=int, help="score this fold only")
    ap.add_argument("--train", type=int, help="details for every fold but this one")
    args = ap.parse_args()
    paths = sorted(DEV.glob("*.json"))
    for language in args.lang or ["ko", "en"]:
        if args.train:
            train = [p for p in paths if fold_of(p.stem, args.folds) != args.train]
            print(f"# {language}: folds other than {args.train}, with details")
            print(_score(train, language, details=True))
            continue
        for k in [args.fold] if args.fold else range(1, args.folds + 1):
            fold = [p for p in paths if fold_of(p.stem, args.folds) == k]
            out = _score(fold, language, details=False).strip().splitlines()
            print(f"{language} fold {k}: {out[-1] if out else 'no output'} ({out[-2] if len(out) > 1 else ''})")


if __name__ == "__main__":
    main()
