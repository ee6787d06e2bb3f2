"""The board: shows every call, announces them one after the other, survives without voice."""

from __future__ import annotations

import logging
import shutil
import time
import wave

import pytest
from PySide6.QtCore import QTimer

from ui.display.announcer import Announcer, SpeechEngine, make_engine
from ui.display.board import BoardScreen


class TimedEngine(SpeechEngine):
    """Behaves like a speech engine: each utterance takes time, then it says it is done."""

    name = "timed"

    def __init__(self, ms: int) -> None:
        super().__init__()
        self.ms = ms
        self.log: list[tuple[str, str, float]] = []
        self.busy = False

    def speak(self, text: str) -> None:
        assert not self.busy, "an announcement was cut off"
        self.busy = True
        self.log.append(("start", text, time.monotonic()))
        QTimer.singleShot(self.ms, self._end)

    def _end(self) -> None:
        self.busy = False
        self.log.append(("end", self.log[-1][1], time.monotonic()))
        self.done.emit()


def test_two_calls_at_once_are_shown_and_announced_in_turn(app, qtbot, ctx):
    engine = TimedEngine(300)
    board = BoardScreen(ctx, "vi", Announcer(engine), poll_ms=100000)
    qtbot.addWidget(board)
    board.show()
    ctx.queue.take_ticket("HT")
    ctx.queue.take_ticket("CT")
    ctx.queue.call_next(1)
    ctx.queue.call_next(2)
    shown = board.poll()
    assert [c.number for c in shown] == ["B001", "A001"]  # newest first from the store
    assert board.latest_number.text() == "B001"
    assert "Quầy 2" in board.latest_counter.text()
    assert board.rows[0].number.text() == "A001" and board.rows[0].isVisible()
    qtbot.waitUntil(lambda: len(engine.log) == 4, timeout=5000)
    kinds = [k for k, _, _ in engine.log]
    assert kinds == ["start", "end", "start", "end"]  # never overlapping
    assert "A, một, đến quầy số một" in engine.log[0][1]  # the older call first
    assert "bê, một, đến quầy số hai" in engine.log[2][1]
    assert board.poll() == []  # nothing announced twice


def test_board_without_any_speech_engine_still_shows_and_logs(app, qtbot, ctx, monkeypatch, caplog):
    import ui.display.announcer as announcer

    monkeypatch.setattr(announcer, "_qt_engine", lambda: (None, "no Qt speech engine on this machine"))
    monkeypatch.setenv("PATH", "/nonexistent")
    engine, why = make_engine("auto")
    assert "espeak-ng is not installed" in why
    with caplog.at_level(logging.INFO):
        board = BoardScreen(ctx, "vi", Announcer(engine, why), poll_ms=100000)
        qtbot.addWidget(board)
        ctx.queue.take_ticket("HT")
        ctx.queue.call_next(3 if False else 1)
        with qtbot.waitSignal(board.announcer.finished, timeout=3000):
            board.poll()
    assert board.latest_number.text() == "A001"
    assert "silent" in caplog.text and "espeak-ng is not installed" in caplog.text


def test_voice_off_by_configuration():
    engine, why = make_engine("none")
    assert engine.name == "none" and "devices.voice = none" in why


@pytest.mark.skipif(shutil.which("espeak-ng") is None,
                    reason="espeak-ng is not installed here (.ci/run installs it)")
def test_espeak_writes_each_announcement_as_a_wav(app, qtbot, ctx, tmp_path):
    engine, why = make_engine(f"file://{tmp_path}")
    assert why == "" and engine.name == "espeak-ng"
    announcer = Announcer(engine)
    finished: list[str] = []
    announcer.finished.connect(finished.append)
    announcer.announce("Mời công dân có số thứ tự A, mười lăm, đến quầy số ba.")
    announcer.announce("Mời công dân có số thứ tự bê, hai, đến quầy số một.")
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20000)
    wavs = sorted(tmp_path.glob("*.wav"))
    assert len(wavs) == 2
    for path in wavs:
        with wave.open(str(path)) as w:
            assert w.getnframes() / w.getframerate() > 1.5  # a real sentence, not silence
