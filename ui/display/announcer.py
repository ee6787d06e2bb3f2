"""Voice announcements, one after another, never cutting each other off.

Engines, tried in order for ``voice = "auto"``: Qt TextToSpeech with a Vietnamese voice, then
the ``espeak-ng`` program (voice ``vi``). ``file://DIR`` writes each announcement as a WAV file
with espeak-ng (a simulated loudspeaker for tests and demos). With no engine the board still
shows every call and the log says why it is silent; nothing crashes for that.

Signals:
    started(str): an announcement began (the text spoken).
    finished(str): it ended (or failed); the next one may start.
    silent(str): why there is no voice (logged once).
"""

from __future__ import annotations

import logging
import shutil
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class SpeechEngine(QObject):
    """One utterance at a time; emits ``done`` when it is over."""

    done = Signal()
    name = "none"

    def speak(self, text: str) -> None:
        QTimer.singleShot(0, self.done.emit)


class EspeakEngine(SpeechEngine):
    name = "espeak-ng"

    def __init__(self, exe: str, out_dir: Path | None = None) -> None:
        super().__init__()
        self.exe = exe
        self.out_dir = out_dir
        self.count = 0
        self.process = QProcess(self)
        self.process.finished.connect(self._on_process_finished)
        self.process.errorOccurred.connect(self._on_process_error)

    def speak(self, text: str) -> None:
        args = ["-v", "vi", "-s", "150"]
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self.count += 1
            args += ["-w", str(self.out_dir / f"announcement-{self.count:04d}.wav")]
        self.process.start(self.exe, [*args, text])

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if code != 0:
            log.warning("espeak-ng exited with %s: %s", code,
                        bytes(self.process.readAllStandardError().data()).decode(errors="replace")[:200])
        self.done.emit()

    @Slot(QProcess.ProcessError)
    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.warning("espeak-ng failed to start")
            self.done.emit()


class QtSpeechEngine(SpeechEngine):
    name = "qt"

    def __init__(self, tts: QObject) -> None:
        super().__init__()
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.tts = tts
        self._state = QTextToSpeech.State
        tts.stateChanged.connect(self._on_tts_state_changed)  # type: ignore[attr-defined]

    def speak(self, text: str) -> None:
        self.tts.say(text)  # type: ignore[attr-defined]

    @Slot(object)
    def _on_tts_state_changed(self, state: object) -> None:
        if state in (self._state.Ready, self._state.Error):
            self.done.emit()


def _qt_engine() -> tuple[SpeechEngine | None, str]:
    try:
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return None, f"Qt TextToSpeech unavailable ({exc})"
    for engine in QTextToSpeech.availableEngines():
        tts = QTextToSpeech(engine)
        vi = [loc for loc in tts.availableLocales() if loc.language() == QLocale.Language.Vietnamese]
        if vi:
            tts.setLocale(vi[0])
            return QtSpeechEngine(tts), ""
    return None, "no Qt speech engine with a Vietnamese voice"


def make_engine(voice: str) -> tuple[SpeechEngine, str]:
    """The engine for a ``devices.voice`` setting, and why it is silent (empty if not)."""
    if voice == "none":
        return SpeechEngine(), "voice turned off in the configuration (devices.voice = none)"
    exe = shutil.which("espeak-ng")
    if voice.startswith("file://"):
        if exe is None:
            return SpeechEngine(), "espeak-ng is not installed: announcements cannot be written"
        return EspeakEngine(exe, Path(voice[len("file://"):])), ""
    engine, why_not_qt = _qt_engine()
    if engine is not None:
        return engine, ""
    if exe is not None:
        return EspeakEngine(exe), ""
    return SpeechEngine(), f"{why_not_qt}; espeak-ng is not installed"


class Announcer(QObject):
    started = Signal(str)
    finished = Signal(str)
    silent = Signal(str)

    def __init__(self, engine: SpeechEngine, why_silent: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.engine.setParent(self)
        self.queue: deque[str] = deque()
        self.current: str | None = None
        self.why_silent = why_silent
        self.engine.done.connect(self._on_engine_done)
        if why_silent:
            log.warning("the board is silent: %s", why_silent)

    def announce(self, text: str) -> None:
        self.queue.append(text)
        if self.current is None:
            self._next()

    def _next(self) -> None:
        if not self.queue:
            self.current = None
            return
        self.current = self.queue.popleft()
        self.started.emit(self.current)
        if self.why_silent:
            log.info("silent announcement (%s): %s", self.why_silent, self.current)
            self.silent.emit(self.why_silent)
        self.engine.speak(self.current)

    @Slot()
    def _on_engine_done(self) -> None:
        text = self.current or ""
        self.current = None
        self.finished.emit(text)
        self._next()
