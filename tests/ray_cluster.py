"""Run inside private network and process namespaces (loopback only; every process it starts
ends with it): start a Ray head with 2 CPUs, extract the corpus in argv[1] on it twice, by the
library call into WORK/library (small shards) and by `mou-graph extract --ray-address` into
WORK/cli, stop the head, and print what came back as JSON. `run_isolated` runs it so from a
test.
"""

from __future__ import annotations

import contextlib
import ctypes
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
PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


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


def end_descendants() -> None:
    """Kill whatever this process started that is still running: with this process their
    subreaper, Ray's workers come back to it when their raylet ends, so none is left behind
    (a private process namespace does the same where `unshare` can make one)."""
    while True:
        children: dict[int, list[int]] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                children.setdefault(ppid, []).append(int(entry.name))
        found, todo = [], [os.getpid()]
        while todo:
            kids = children.get(todo.pop(), [])
            found += kids
            todo += kids
        if not found:
            return
        for pid in found:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass


def run_isolated(corpus: Path, work: Path, timeout: float = 600) -> dict:
    """Run this script on `corpus` in private network (and, where allowed, process)
    namespaces and return what it prints; the caller checks that `unshare` and `ip` exist."""
    here = Path(__file__).resolve()
    pid_ns = ["--pid", "--fork", "--mount-proc"]
    if subprocess.run(["unshare", "--net", *pid_ns, "true"], capture_output=True).returncode != 0:
        pid_ns = []  # a container that may not mount /proc: the script ends its processes itself
    result = subprocess.run(
        [
            "unshare",
            "--net",
            *pid_ns,
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
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1)
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
            head.wait(5)
        except subprocess.TimeoutExpired:
            head.kill()
        end_descendants()
    library = {"documents": run.documents, "errors": [asdict(e) for e in run.errors], "shards": run.shards}
    steps = list(times.items())
    seconds = {name: round(t - before, 1) for (_, before), (name, t) in zip(steps, steps[1:], strict=False)}
    print(json.dumps({"library": library, "cli": {"code": cli.returncode, "stderr": cli.stderr}, "seconds": seconds}))


if __name__ == "__main__":
    main()
