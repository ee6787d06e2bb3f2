"""The watchdog of ``kiosk run``: the GUI runs as a child process and comes back when it dies.

``kiosk run`` (this module, no Qt imported) starts ``kiosk run --no-watchdog`` with the same
options as a child and waits. When the child dies abnormally — a non-zero exit code, a signal
(a segmentation fault in Qt, the OOM killer, ``kill -9``) — the crash is logged (exit status,
uptime) to ``logs/supervisor.jsonl`` and the child is started again after a back-off: 0.5 s,
1, 2, 4 … at most 30 s between attempts, back to 0.5 s once a child has stayed up a minute.
A clean exit (code 0: the technician quit) ends the supervisor too. SIGTERM, SIGINT or SIGHUP
to the supervisor stops the child (SIGTERM, then SIGKILL after 5 s) and ends it.

The child is a fresh process: it opens on its role's home screen (nothing of a screen's state
is persisted), logs "restarted after crash" with the previous exit status (passed in
``KIOSK_PREVIOUS_EXIT``), and reports itself in ``KIOSK_HOME/run/gui.json`` (pid, role, screen,
start time, restart count), written atomically once its event loop runs and again whenever the
screen changes; its modification time is touched every 2 s as a heartbeat. A GUI whose
heartbeat stops for ``watchdog.hang_timeout_s`` is frozen: the stacks of its threads are written
to ``logs/crash-gui.log`` (Python's faulthandler, on SIGUSR1) and it is killed and restarted
(not before it first came up: starting may include migrating a large database).
The same file receives the stacks of a fatal signal (a segmentation fault in Qt).

The supervisor also runs the daily housekeeping (:mod:`kiosk.housekeeping`) in a thread: it has
no Qt and outlives GUI crashes. Only one supervisor runs per ``KIOSK_HOME`` (a lock file).

``kiosk run --no-watchdog`` or ``KIOSK_NO_WATCHDOG=1`` runs the GUI in the process as before.
For tests only: ``KIOSK_TEST_CRASH_AT_START=1`` makes the child exit with code 70 as it starts
(read by :func:`child_prepare` and nothing else).
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Any

from kiosk.filelock import ExclusiveFileLock
from kiosk.paths import atomic_write_text

log = logging.getLogger("kiosk.supervisor")
gui_log = logging.getLogger("kiosk.gui")  # what the GUI process says about itself

RUN_DIR = "run"
STATE_FILE = "gui.json"
LOCK_FILE = "supervisor.lock"
CRASH_FILE = "crash-gui.log"

ENV_SUPERVISOR = "KIOSK_SUPERVISOR_PID"  # set in the child: the supervisor's pid
ENV_RESTARTS = "KIOSK_RESTART_COUNT"
ENV_PREVIOUS = "KIOSK_PREVIOUS_EXIT"  # "exit 1", "signal 9 (SIGKILL)", "frozen 120 s"
ENV_NO_WATCHDOG = "KIOSK_NO_WATCHDOG"
ENV_TEST_CRASH = "KIOSK_TEST_CRASH_AT_START"

BACKOFF_FIRST = 0.5
BACKOFF_MAX = 30.0
STABLE_AFTER = 60.0  # a child up this long resets the back-off
STOP_GRACE = 5.0  # seconds between SIGTERM and SIGKILL
POLL = 0.2
HEARTBEAT_S = 2.0
FIRST_TICK_AFTER = 30.0  # the housekeeping's first look, this long after the GUI came up
# a child that exits with one of these before it ever came up was refused (wrong option, bad
# configuration, unknown counter): starting it again would not help, the supervisor ends too
REFUSED_AT_START = (2, 10, 11)


def run_dir(home: Path) -> Path:
    return home / RUN_DIR


def state_path(home: Path) -> Path:
    return run_dir(home) / STATE_FILE


def backoff(quick_crashes: int) -> float:
    """Seconds before the next start after ``quick_crashes`` crashes in a row (1, 2, …)."""
    return min(BACKOFF_MAX, BACKOFF_FIRST * 2.0 ** max(0, quick_crashes - 1))


def describe_exit(code: int) -> str:
    """``exit 1`` or ``signal 9 (SIGKILL)`` from a Popen return code."""
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "?"
        return f"signal {-code} ({name})"
    return f"exit {code}"


def utc_iso(moment: dt.datetime | None = None) -> str:
    return (moment or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------------- the GUI's state file
def write_gui_state(home: Path, state: dict[str, Any]) -> Path:
    """Replace ``run/gui.json`` atomically (a reader never sees half of it)."""
    path = state_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(state, ensure_ascii=False, indent=1) + "\n")
    return path


def read_gui_state(home: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(state_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def heartbeat(home: Path) -> None:
    """The GUI's event loop is alive: touch ``gui.json`` (no write, no fsync)."""
    try:
        os.utime(state_path(home))
    except OSError:  # not written yet, or the disk is full: the next beat tries again
        pass


@dataclass(frozen=True)
class ChildInfo:
    """What the supervisor told its child (all empty when the GUI runs unsupervised)."""

    supervisor_pid: int | None
    restarts: int
    previous_exit: str

    @classmethod
    def from_env(cls) -> ChildInfo:
        def number(name: str) -> int | None:
            try:
                return int(os.environ.get(name, ""))
            except ValueError:
                return None

        return cls(number(ENV_SUPERVISOR), number(ENV_RESTARTS) or 0,
                   os.environ.get(ENV_PREVIOUS, ""))

    def orphaned(self) -> bool:
        """The supervisor is gone (killed): the GUI follows it, so that whatever starts the
        supervisor again never finds a second GUI on the screen."""
        return self.supervisor_pid is not None and os.getppid() != self.supervisor_pid


class GuiStateFile:
    """The GUI's side of ``run/gui.json`` (used by ``ui.app``; no Qt here)."""

    def __init__(self, home: Path, role: str, info: ChildInfo | None = None) -> None:
        self.home = home
        self.info = info or ChildInfo.from_env()
        self.state: dict[str, Any] = {
            "pid": os.getpid(), "role": role, "screen": "", "started_at": utc_iso(),
            "updated_at": "", "restarts": self.info.restarts,
            "previous_exit": self.info.previous_exit or None,
            "supervisor_pid": self.info.supervisor_pid,
        }
        if self.info.previous_exit:
            gui_log.warning("restarted after crash (%s); restart %d", self.info.previous_exit,
                        self.info.restarts, extra={"event": "gui_restarted",
                                                   "previous_exit": self.info.previous_exit,
                                                   "restarts": self.info.restarts})

    def update(self, screen: str) -> None:
        """Written when the screen changed; otherwise only the heartbeat."""
        if screen == self.state["screen"]:
            heartbeat(self.home)
            return
        first = not self.state["screen"]
        self.state["screen"] = screen
        self.state["updated_at"] = utc_iso()
        try:
            write_gui_state(self.home, self.state)
        except OSError as exc:
            gui_log.warning("cannot write %s: %s", state_path(self.home), exc)
            return
        if first:
            gui_log.info("GUI up: %s on %s", self.state["role"], screen,
                     extra={"event": "gui_up", "screen": screen, "restarts": self.info.restarts})


_crash_file: IO[str] | None = None


def child_prepare(home: Path) -> ChildInfo:
    """At the start of the GUI process: the test crash hook, then the crash traces
    (faulthandler: fatal signals and SIGUSR1 write every thread's stack to logs/crash-gui.log)."""
    if os.environ.get(ENV_TEST_CRASH) == "1":
        os._exit(70)  # for tests of the watchdog only (see the module's docstring)
    global _crash_file
    if _crash_file is None:
        try:
            path = home / "logs" / CRASH_FILE
            path.parent.mkdir(parents=True, exist_ok=True)
            _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open for the process)
            _crash_file.write(f"--- {utc_iso()} GUI pid {os.getpid()} started\n")
            _crash_file.flush()
            faulthandler.enable(_crash_file, all_threads=True)
            if hasattr(signal, "SIGUSR1"):
                faulthandler.register(signal.SIGUSR1, _crash_file, all_threads=True)
        except OSError as exc:
            gui_log.warning("no crash traces: %s", exc)
    return ChildInfo.from_env()


def child_command(lang: str | None, role: str | None, counter: int | None) -> list[str]:
    """The command line of the GUI child: the same options, ``--no-watchdog``."""
    if getattr(sys, "frozen", False):  # the PyInstaller build: the executable is the CLI
        head = [sys.executable]
    else:
        head = [sys.executable, "-m", "kiosk"]
    cmd = [*head, *(["--lang", lang] if lang else []), "run", "--no-watchdog"]
    if role:
        cmd += ["--role", role]
    if counter is not None:
        cmd += ["--counter", str(counter)]
    return cmd


# ---------------------------------------------------------------------- single instance
class InstanceLock(ExclusiveFileLock):
    """``run/supervisor.lock``: one supervisor per KIOSK_HOME (POSIX ``flock``; elsewhere none)."""

    def __init__(self, home: Path) -> None:
        super().__init__(run_dir(home) / LOCK_FILE)


# ---------------------------------------------------------------------- the supervisor
class Supervisor:
    """Start the GUI child, restart it when it dies abnormally, stop it on a signal.

    Args:
        command: The child's command line (:func:`child_command`).
        home: KIOSK_HOME (the child's state file is read from it).
        hang_timeout: Seconds without a heartbeat before the child is judged frozen (0: never).
        tick: Called about every ``tick_every`` seconds while the child runs (the housekeeping
            scheduler); its failures are logged, never fatal.
    """

    def __init__(self, command: Sequence[str], home: Path, *, env: dict[str, str] | None = None,
                 hang_timeout: float = 120.0, tick: Callable[[], object] | None = None,
                 tick_every: float = 60.0) -> None:
        self.command = list(command)
        self.home = home
        self.env = dict(os.environ if env is None else env)
        self.hang_timeout = hang_timeout
        self.tick = tick
        self.tick_every = tick_every
        self.stopping = threading.Event()
        self.child: subprocess.Popen[bytes] | None = None
        self.restarts = 0

    # signals ----------------------------------------------------------------
    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("supervisor: %s received, stopping the GUI", signal.Signals(signum).name,
                 extra={"event": "supervisor_signal"})
        self.stopping.set()

    def _install_signals(self) -> dict[int, Any]:
        previous: dict[int, Any] = {}
        if threading.current_thread() is not threading.main_thread():
            return previous
        for name in ("SIGTERM", "SIGINT", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is not None:
                previous[signum] = signal.signal(signum, self._on_signal)
        return previous

    # the child --------------------------------------------------------------
    def _spawn(self, previous_exit: str) -> subprocess.Popen[bytes]:
        env = {**self.env, ENV_SUPERVISOR: str(os.getpid()), ENV_RESTARTS: str(self.restarts),
               "KIOSK_HOME": str(self.home)}
        env.pop(ENV_PREVIOUS, None)
        env.pop(ENV_NO_WATCHDOG, None)
        if previous_exit:
            env[ENV_PREVIOUS] = previous_exit
        proc = subprocess.Popen(self.command, env=env)
        log.info("GUI started (pid %d, restart %d)", proc.pid, self.restarts,
                 extra={"event": "gui_start", "child_pid": proc.pid, "restarts": self.restarts})
        return proc

    def _is_up(self, proc: subprocess.Popen[bytes]) -> bool:
        state = read_gui_state(self.home)
        return state is not None and state.get("pid") == proc.pid

    def _silence(self) -> float | None:
        """Seconds since the child's last heartbeat (None: no state file)."""
        try:
            return time.time() - state_path(self.home).stat().st_mtime
        except OSError:
            return None

    def _stop_child(self, proc: subprocess.Popen[bytes]) -> int:
        if proc.poll() is None:
            if sys.platform == "win32":
                proc.terminate()
            else:
                proc.send_signal(signal.SIGTERM)
            try:
                return proc.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                log.warning("GUI did not stop within %.0f s: killed", STOP_GRACE)
                proc.kill()
        return proc.wait()

    def _kill_frozen(self, proc: subprocess.Popen[bytes], silent: float) -> None:
        log.error("GUI frozen: no heartbeat for %.0f s; its stacks go to logs/%s, then it is "
                  "restarted", silent, CRASH_FILE,
                  extra={"event": "gui_frozen", "child_pid": proc.pid, "silent_s": round(silent, 1)})
        if hasattr(signal, "SIGUSR1"):
            try:
                proc.send_signal(signal.SIGUSR1)  # faulthandler writes every thread's stack
                proc.wait(0.5)
            except (OSError, subprocess.TimeoutExpired):  # the stacks are a bonus; the kill follows
                pass
        if proc.poll() is None:
            proc.kill()

    def _watch(self, proc: subprocess.Popen[bytes]) -> tuple[int | None, bool, bool]:
        """Wait for the child's end: (its return code or None when we stopped it, whether it
        ever came up, whether we killed it as frozen)."""
        started = time.monotonic()
        next_check = started
        next_tick: float | None = None  # set once the child is up: ticks leave its start alone
        up = False
        while True:
            try:
                return proc.wait(POLL), up or self._is_up(proc), False
            except subprocess.TimeoutExpired:  # still running: poll the heartbeat and signals again
                pass
            if self.stopping.is_set():
                self._stop_child(proc)
                return None, up, False
            now = time.monotonic()
            if now >= next_check:
                next_check = now + 1.0
                up = up or self._is_up(proc)
                # only once up: before that the child may be migrating a large database
                if self.hang_timeout > 0 and up:
                    silent = self._silence()
                    if silent is not None and silent > self.hang_timeout:
                        self._kill_frozen(proc, silent)
                        proc.wait()
                        return proc.returncode, up, True
            if self.tick is not None and up:
                if next_tick is None:
                    next_tick = now + FIRST_TICK_AFTER
                elif now >= next_tick:
                    next_tick = now + self.tick_every
                    try:
                        self.tick()
                    except Exception:  # the housekeeping never stops the watchdog
                        log.exception("scheduled task failed")

    def run(self) -> int:
        """Supervise until a clean exit of the child or a signal; the exit code for the CLI."""
        previous_handlers = self._install_signals()
        previous_exit = ""
        quick_crashes = 0
        try:
            log.info("supervisor started (pid %d): %s", os.getpid(), " ".join(self.command),
                     extra={"event": "supervisor_start"})
            while not self.stopping.is_set():
                started = time.monotonic()
                try:
                    self.child = proc = self._spawn(previous_exit)
                except OSError as exc:
                    log.error("cannot start the GUI: %s", exc, extra={"event": "gui_spawn_failed"})
                    code: int | None = 127
                    up = frozen = False
                else:
                    code, up, frozen = self._watch(proc)
                if code is None or self.stopping.is_set():
                    break
                uptime = time.monotonic() - started
                if code == 0:
                    log.info("GUI exited normally after %.1f s; supervisor ends", uptime,
                             extra={"event": "gui_exit", "uptime_s": round(uptime, 1)})
                    return 0
                if self.restarts == 0 and not up and code in REFUSED_AT_START:
                    log.error("GUI refused to start (%s); not restarting it", describe_exit(code),
                              extra={"event": "gui_refused", "exit_code": code})
                    return code
                previous_exit = f"frozen, {describe_exit(code)}" if frozen else describe_exit(code)
                quick_crashes = 1 if uptime >= STABLE_AFTER else quick_crashes + 1
                delay = backoff(quick_crashes)
                self.restarts += 1
                log.error("GUI crashed: %s after %.1f s up; restart %d in %.1f s", previous_exit,
                          uptime, self.restarts, delay,
                          extra={"event": "gui_crash", "exit": previous_exit, "exit_code": code,
                                 "uptime_s": round(uptime, 1), "restart_in_s": delay,
                                 "restarts": self.restarts})
                if self.stopping.wait(delay):
                    break
            log.info("supervisor stopped", extra={"event": "supervisor_stop"})
            return 0
        finally:
            if self.child is not None and self.child.poll() is None:
                self._stop_child(self.child)
            for signum, handler in previous_handlers.items():
                signal.signal(signum, handler)
