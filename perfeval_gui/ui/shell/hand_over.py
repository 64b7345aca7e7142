"""One window per store: a second ``perfeval-gui FILE`` (a double-click while the app runs)
hands its file to the window already open on the same store and ends, instead of opening a
second window. A QLocalServer named per user and per store listens in the first window; it
starts once the window is up (QtNetwork is no part of a start). A call without a file never
asks: two windows on one store stay possible, as before."""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500  # a window that does not answer this soon is not there (a stale socket)
ANSWER_MS = 3000  # it answers before it opens the file: only a hung window takes longer
ACK = b"ok\n"


def server_name(store: Path) -> str:
    """The same for every start of one user on one store; another user's never collides."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment
        user = str(Path.home())
    key = f"{user}\0{store.expanduser().resolve()}".encode("utf-8", "surrogatepass")
    return "perfeval-gui-" + hashlib.sha256(key).hexdigest()[:20]


def hand_over(name: str, file: Path) -> bool:
    """Give *file* to the window serving *name*; True once that window has taken it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps({"open": str(file.absolute())}).encode("utf-8") + b"\n")
    socket.flush()
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == ACK


class FileServer(QObject):
    """Listens for files handed over by later starts; each is given to *receive*."""

    def __init__(self, name: str, receive: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name, self.receive = name, receive
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen, unless another window of this store already does (it keeps serving: asked
        first, as Windows lets two servers share a pipe's name); a socket left behind by a
        window that crashed is removed first."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):
            probe.disconnectFromServer()
            return False
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def serve_store(self, store: Path) -> bool:
        """Serve another store (the window moved to it: 另存为, a restore)."""
        self.server.close()
        self.name = server_name(store)
        return self.listen()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" not in buffer:
                    return
                line = bytes(buffer.split(b"\n", 1)[0])
                try:
                    file = json.loads(line.decode("utf-8"))["open"]
                except (ValueError, KeyError, TypeError):
                    socket.disconnectFromServer()  # not one of ours: nothing is opened
                    return
                socket.write(ACK)
                socket.flush()
                socket.disconnectFromServer()
                # after the answer: the file's dialogs must not keep the caller waiting
                QTimer.singleShot(0, lambda: self.receive(str(file)))

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            read()

    def close(self) -> None:
        self.server.close()
