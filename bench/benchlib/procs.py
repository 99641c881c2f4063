"""The processes a benchmark starts: each in a session of its own, so that it and its children
are stopped by its id (never by name: the machine is shared), also when the run fails or is
interrupted."""

import http.client
import os
import signal
import socket
import subprocess
import time

_running: list = []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spawn(cmd: list, log_path: str, env: dict, cwd: str = None) -> subprocess.Popen:
    with open(log_path, "wb") as log:
        p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             env=env, cwd=cwd, start_new_session=True)
    _running.append(p)
    return p


def stop(p: subprocess.Popen, signum: int = signal.SIGTERM, grace: float = 15) -> None:
    """Signals the process group; SIGKILL when it is still there after `grace` seconds."""
    if p.poll() is None:
        try:
            os.killpg(p.pid, signum)
            p.wait(grace)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    if p in _running:
        _running.remove(p)


def kill9(p: subprocess.Popen) -> None:
    """The crash: no shutdown hook runs, nothing is flushed that was not already committed."""
    stop(p, signal.SIGKILL)


def stop_all() -> None:
    for p in list(_running):
        stop(p)


def get_status(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request("GET", path)
        answer = conn.getresponse()
        answer.read()
        return answer.status
    except (OSError, http.client.HTTPException):
        return 0
    finally:
        conn.close()


def wait_until(ready, p: subprocess.Popen, what: str, log_path: str, timeout: float, poll: float = 0.02) -> float:
    """Polls ready() until it is true; returns the seconds it took. Fails when the process exits
    or the time is up, with the end of its log."""
    start = time.monotonic()
    while not ready():
        if p.poll() is not None:
            raise RuntimeError(f"{what} exited with code {p.returncode}; end of {log_path}:\n{tail(log_path)}")
        if time.monotonic() - start > timeout:
            raise RuntimeError(f"{what} not ready within {timeout:.0f} s; end of {log_path}:\n{tail(log_path)}")
        time.sleep(poll)
    return time.monotonic() - start


def peak_rss_mib(p: subprocess.Popen) -> float:
    """VmHWM: the most resident memory the process has had."""
    with open(f"/proc/{p.pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for pid {p.pid}")


def cpu_seconds(p: subprocess.Popen) -> float:
    """User plus system CPU time the process has used: unlike wall time, barely moved by what else
    runs on the machine."""
    with open(f"/proc/{p.pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()  # after "pid (comm)": state is fields[0]
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tail(path: str, lines: int = 20) -> str:
    try:
        with open(path, "rb") as f:
            return "\n".join(f.read().decode("utf-8", "replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
