"""A fake ESC/POS printer at the edge of the world: on a real pseudo-terminal or a TCP port.

It behaves like the device on the other end of the cable: it answers the real-time status
requests (``DLE EOT 1/2/4``) from its state, clears an error on ``DLE ENQ 2``, keeps every other
byte as what it would print (skipping the payloads of raster images, QR codes and barcodes, so
image bytes that happen to look like ``DLE EOT`` are not taken for a request, as a careful
firmware does), can run out of paper in the middle of a job, can be slow like a 9600-baud line,
mute like a one-way cable, or answer garbage, and can be unplugged.
"""

from __future__ import annotations

import os
import pty
import select
import socket
import threading
import time
import tty
from pathlib import Path

# state -> replies to DLE EOT 1, 2, 4 (fixed bits 0xx1xx10 = 0x12)
REPLIES = {
    "ready": {1: 0x12, 2: 0x12, 4: 0x12},
    "paper_near_end": {1: 0x12, 2: 0x12, 4: 0x12 | 0x0C},
    "paper_out": {1: 0x12 | 0x08, 2: 0x12 | 0x20, 4: 0x12 | 0x60},
    "cover_open": {1: 0x12 | 0x08, 2: 0x12 | 0x04, 4: 0x12},
    "offline": {1: 0x12 | 0x08, 2: 0x12, 4: 0x12},
    "error": {1: 0x12 | 0x08, 2: 0x12 | 0x40, 4: 0x12},
}


class FakeEscpos:
    def __init__(self, state: str = "ready", bytes_per_second: float | None = None,
                 paper_out_after: int | None = None) -> None:
        self.state = state  # a key of REPLIES, or "mute" (never answers), or "garbage"
        self.bytes_per_second = bytes_per_second
        self.paper_out_after = paper_out_after  # printed bytes before the roll ends
        self.printed = bytearray()
        self.requests: list[int] = []
        self.recoveries = 0
        self._pending = bytearray()
        self._skip = 0
        self.lock = threading.Lock()

    # ------------------------------------------------------------------ the firmware
    def feed(self, data: bytes) -> bytes:
        """Bytes from the host; returns the bytes the printer answers."""
        out = bytearray()
        with self.lock:
            self._pending += data
            buf = self._pending
            i = 0
            while i < len(buf):
                if self._skip:
                    take = min(self._skip, len(buf) - i)
                    self._print(buf[i:i + take])
                    self._skip -= take
                    i += take
                    continue
                b = buf[i]
                if b == 0x10:  # DLE: a real-time command
                    if len(buf) - i < 3:
                        break
                    if buf[i + 1] == 0x04:
                        n = buf[i + 2]
                        self.requests.append(n)
                        out += self._reply(n)
                    elif buf[i + 1] == 0x05 and buf[i + 2] == 0x02:
                        self.recoveries += 1
                        if self.state == "error":
                            self.state = "ready"
                    i += 3
                    continue
                if b == 0x1D and len(buf) - i >= 2 and buf[i + 1] in (0x76, 0x28, 0x6B):
                    need = self._payload(buf, i)
                    if need is None:
                        break  # the header is not complete yet
                    header, self._skip = need
                    self._print(buf[i:i + header])
                    i += header
                    continue
                self._print(buf[i:i + 1])
                i += 1
            del buf[:i]
        return bytes(out)

    @staticmethod
    def _payload(buf: bytearray, i: int) -> tuple[int, int] | None:
        """(header length, payload length) of GS v 0, GS ( k and GS k, or None if incomplete."""
        kind = buf[i + 1]
        if kind == 0x76:  # GS v 0 m xL xH yL yH + data
            if len(buf) - i < 8:
                return None
            x = buf[i + 4] | buf[i + 5] << 8
            y = buf[i + 6] | buf[i + 7] << 8
            return 8, x * y
        if kind == 0x28:  # GS ( k pL pH + data
            if len(buf) - i < 5:
                return None
            return 5, buf[i + 3] | buf[i + 4] << 8
        if len(buf) - i < 4:  # GS k m n + data (function B)
            return None
        m = buf[i + 2]
        return (4, buf[i + 3]) if m >= 65 else (3, 0)

    def _reply(self, n: int) -> bytes:
        if self.state == "mute":
            return b""
        if self.state == "garbage":
            return b"\xff"
        return bytes([REPLIES[self.state].get(n, 0x12)])

    def _print(self, data: bytes | bytearray) -> None:
        if self.state in ("paper_out", "cover_open", "offline", "error"):
            return  # nothing comes out (the printer's buffer fills; the host's write may block)
        if self.paper_out_after is not None and len(self.printed) + len(data) > self.paper_out_after:
            room = max(0, self.paper_out_after - len(self.printed))
            self.printed += data[:room]
            self.state = "paper_out"
            return
        self.printed += data


class PtyPrinter(FakeEscpos):
    """The fake on a real pseudo-terminal: the host opens ``path`` as its serial port."""

    def __init__(self, link: Path | None = None, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.link = link  # a stable name (like /dev/serial/by-id/...) pointing at the pty
        self._plug()

    def _plug(self) -> None:
        self.master, slave = pty.openpty()
        tty.setraw(slave)
        self.slave_fd = slave
        self.tty = os.ttyname(slave)
        if self.link is not None:
            tmp = self.link.with_suffix(".new")
            tmp.unlink(missing_ok=True)
            tmp.symlink_to(self.tty)
            tmp.replace(self.link)
        self.path = str(self.link or self.tty)
        self._running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        master = self.master
        while self._running:
            try:
                ready, _, _ = select.select([master], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(master, 4096)
            except OSError:
                return
            if self.bytes_per_second:
                time.sleep(len(data) / self.bytes_per_second)
            reply = self.feed(data)
            if reply:
                try:
                    os.write(master, reply)
                except OSError:
                    return

    def unplug(self) -> None:
        """The cable is pulled: the port goes away."""
        self._running = False
        self.thread.join(2)
        for fd in (self.master, self.slave_fd):
            try:
                os.close(fd)
            except OSError:
                pass

    def replug(self) -> None:
        """Plugged back in: a new port name, the same stable link."""
        self._plug()


class TcpFakePrinter(FakeEscpos):
    """The fake behind a TCP port, like a network printer's port 9100."""

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.port = self.server.getsockname()[1]
        self.url = f"tcp://127.0.0.1:{self.port}"
        self.connections = 0
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self._running:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            while self._running:
                try:
                    data = conn.recv(4096)
                except OSError:
                    return
                if not data:
                    return
                reply = self.feed(data)
                if reply:
                    conn.sendall(reply)

    def close(self) -> None:
        self._running = False
        self.server.close()
