"""A reader that resolved `.current` just before a writer switched (and removed the old
generation) reads again from the new one instead of reporting the folder broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from mou_graph.graph import folder as graph_folder
from mou_graph.graph.build import build_graph
from mou_graph.views.folder import save_graph


@pytest.mark.parametrize("reader", ["load_graph", "load_raw"])
def test_a_read_racing_a_switch_is_retried_on_the_new_generation(
    tmp_path: Path, graph_extractions, monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    folder = tmp_path / "g"
    small = build_graph(graph_extractions[:1])
    save_graph(small, folder, raw=small, html=False)
    gone = graph_folder.current_dir(folder)
    big = build_graph(graph_extractions)
    save_graph(big, folder, raw=big, html=False)
    assert not gone.exists()  # the old generation was removed after the switch
    real = graph_folder.current_dir
    calls = []

    def stale_first(path: Path) -> Path:
        calls.append(path)
        return gone if len(calls) <= 2 else real(path)  # the retry's check, then its read, see the new one

    monkeypatch.setattr(graph_folder, "current_dir", stale_first)
    got = getattr(graph_folder, reader)(folder)
    assert got.number_of_nodes() == big.number_of_nodes()
