"""Run inside private network and process namespaces (loopback only; every process it starts
ends with it): start a Ray head with 2 CPUs, extract the corpus in argv[1] on it twice, by the
library call into WORK/library (small shards) and by `mou-graph extract --ray-address` into
WORK/cli, stop the head, and print what came back as JSON. `run_isolated` runs it so from a
test.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, head: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if head.poll() is not None:
            raise RuntimeError(f"ray start exited with {head.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"the Ray head does not listen on {port}")


def run_isolated(corpus: Path, work: Path, timeout: float = 600) -> dict:
    """Run this script on `corpus` in private namespaces and return what it prints; the
    caller checks that `unshare` and `ip` exist."""
    here = Path(__file__).resolve()
    result = subprocess.run(
        [
            "unshare",
            "--net",
            "--pid",
            "--fork",
            "--mount-proc",
            "sh",
            "-c",
            f"ip link set lo up && exec {sys.executable} {here} {corpus} {work}",
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    corpus, work = Path(sys.argv[1]), Path(sys.argv[2])
    port = free_port()
    # a home of its own: Ray keeps an auth token in ~/.ray, and a user's must not decide this test
    (work / "home").mkdir()
    os.environ.update(HOME=str(work / "home"), RAY_USAGE_STATS_ENABLED="0")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    head = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("ray")),
            "start",
            "--head",
            "--block",
            "--num-cpus",
            "2",
            "--node-ip-address",
            "127.0.0.1",
            "--port",
            str(port),
            "--include-dashboard",
            "false",
            "--disable-usage-stats",
            "--temp-dir",
            str(work / "ray"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(work / "head.log").open("w"),
    )
    times = {"start": time.monotonic()}
    try:
        wait_for_port(port, head)
        times["head up"] = time.monotonic()
        address = f"127.0.0.1:{port}"
        from mou_graph.extract.on_ray import extract_on_ray

        run = extract_on_ray([corpus], work / "library", address=address, batch_size=2, shard_rows=2)
        times["library"] = time.monotonic()
        cli = subprocess.run(
            [sys.executable, "-m", "mou_graph", "extract", str(corpus), "--ray-address", address]
            + ["--output", str(work / "cli"), "--quiet"],
            env=env,
            capture_output=True,
            text=True,
            timeout=400,
        )
        times["cli"] = time.monotonic()
    finally:
        head.send_signal(signal.SIGTERM)  # `ray start --block` stops the head's processes
        try:
            head.wait(5)  # what is left ends with the namespace
        except subprocess.TimeoutExpired:
            head.kill()
    library = {"documents": run.documents, "errors": [asdict(e) for e in run.errors], "shards": run.shards}
    steps = list(times.items())
    seconds = {name: round(t - before, 1) for (_, before), (name, t) in zip(steps, steps[1:], strict=False)}
    print(json.dumps({"library": library, "cli": {"code": cli.returncode, "stderr": cli.stderr}, "seconds": seconds}))


if __name__ == "__main__":
    main()
