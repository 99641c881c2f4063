"""One wrk run: a pool of signed requests (benchlib.slack.Pool) sent by bench/signed.lua."""

import json
import os
import subprocess

from . import procs

LUA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "signed.lua")


def run(pool, port: int, connections: int, seconds: float, folder: str, name: str,
        record_answers: bool = False) -> dict:
    """wrk with one thread per pool file; req/s, p50/p99 in ms, errors and, with record_answers,
    "answers": [(thread, index, status, start of body)] for every answer. wrk keeps a latency
    above its --timeout out of the percentiles, so that is set well above any p99 we expect."""
    threads = len(pool.per_thread)
    result_file = os.path.join(folder, name + ".wrk.json")
    answers_file = os.path.join(folder, name + ".answers") if record_answers else ""
    env = dict(os.environ, BENCH_POOL=pool.prefix, BENCH_RECLEN=str(pool.reclen), BENCH_RESULT=result_file,
               BENCH_ANSWERS=answers_file)
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "10s", "--latency",
           "-s", LUA, f"http://127.0.0.1:{port}"]
    log_path = os.path.join(folder, name + ".wrk.txt")
    p = procs.spawn(cmd, log_path, env)
    try:
        p.wait(seconds + 120)
    finally:
        procs.stop(p)
    if p.returncode != 0 or not os.path.exists(result_file):
        raise RuntimeError(f"wrk {name} failed (exit {p.returncode}):\n{procs.tail(log_path)}")
    with open(result_file) as f:
        result = json.load(f)
    if record_answers:
        result["answers"] = []
        with open(answers_file, encoding="utf-8", errors="replace") as f:
            for line in f:
                thread, index, status, *body = line.rstrip("\n").split(" ", 3)
                result["answers"].append((int(thread), int(index), int(status), body[0] if body else ""))
    return result
