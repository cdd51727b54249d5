"""A Virtuoso server of one's own, for tests and bench/: a fresh database in a given
folder, listening on loopback only, on free ports (never the system's 1111/8890)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")


class VirtuosoDidNotStart(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_virtuoso(folder: Path, *, buffers: int = 10000):
    """Start ``virtuoso-t`` on a new database in ``folder``; yield its addresses; stop it.

    ``folder`` is also the server's only ``DirsAllowed`` folder (its bulk loader reads there).
    """
    if VIRTUOSO is None:
        raise VirtuosoDidNotStart("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)")
    sql_port, http_port = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(f"""\\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = {folder}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {buffers * 3 // 4}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
Charset = UTF-8
""")
    log = open(folder / "stdout.log", "wb")
    server = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                              cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    deadline = time.monotonic() + 180  # a new database takes 10-30 s to create
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise VirtuosoDidNotStart(
                        "Virtuoso did not start: " + (folder / "stdout.log").read_text(errors="replace")[-2000:]
                    ) from None
                time.sleep(0.5)
        yield {"sparql": f"{base}/sparql", "crud": f"{base}/sparql-graph-crud-auth",
               "crud_anonymous": f"{base}/sparql-graph-crud", "isql": f"127.0.0.1:{sql_port}", "folder": folder}
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
