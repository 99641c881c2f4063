"""A stand-in for Slack's side of the benchmark: the Web API (SLACK_API_URL=http://host:port/api/)
and the commands' response_url (http://host:port/response/...). It answers every call "ok" at
once, counts calls per method, and notes every bench add (an id like bench-<tag>-<k>-<j>, see
benchlib.slack.Pool) named in a chat.postMessage, so the run can check that each acked add was
announced. What is measured is then the server under test, not Slack.

It runs in a process of its own (`python3 -m benchlib.fake_slack --port N --team T`), on one
asyncio loop rather than a thread per connection: the outbox can post a thousand messages a
second, and a thread-per-request server would take the CPU the server under test needs.
GET /counts answers the counts as JSON; GET /announced, {id: times posted} of the bench adds.
"""

import argparse
import asyncio
import json
import re
import urllib.parse
from collections import Counter

BENCH_ADD = re.compile(rb"bench-[0-9a-f]{8}-\d{3}-\d{9}")
counts: Counter = Counter()
announced: Counter = Counter()
next_ts = 0


def web_api(method: str, body: bytes, team: str) -> dict:
    global next_ts
    form = {k: v[0] for k, v in urllib.parse.parse_qs(body.decode("utf-8", "replace")).items()}
    if method == "auth.test":  # themebot learns its one workspace from this: requests must name the same team
        return {"ok": True, "team_id": team, "team": "Bench", "user_id": "U0BOT", "bot_id": "B0BOT"}
    if method == "users.info":
        user = form.get("user", "U0BENCH")
        return {"ok": True, "user": {"id": user, "team_id": team, "name": user.lower(), "real_name": f"Bench {user}",
                                     "tz": "Europe/London", "profile": {"real_name": f"Bench {user}"}}}
    if method == "conversations.open":
        return {"ok": True, "channel": {"id": "D" + form.get("users", "U0BENCH")[1:]}}
    if method in ("chat.postMessage", "chat.update"):
        if method == "chat.postMessage":
            announced.update(set(m.decode() for m in BENCH_ADD.findall(body)))
        next_ts += 1
        return {"ok": True, "channel": form.get("channel", ""), "ts": f"1700000000.{next_ts:06d}"}
    return {"ok": True}


def answer(request_line: bytes, body: bytes, team: str) -> bytes:
    verb, target = request_line.split(b" ")[:2]
    path = target.decode().split("?")[0]
    if verb == b"GET":
        payload = dict(counts) if path == "/counts" else dict(announced)
    elif path.startswith("/response/"):
        counts["response_url"] += 1
        payload = {"ok": True}
    else:
        method = path.rsplit("/", 1)[-1]
        counts[method] += 1
        payload = web_api(method, body, team)
    data = json.dumps(payload).encode()
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(data), data)


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, team: str) -> None:
    """HTTP/1.1 with keep-alive; bodies by Content-Length or chunked (what Slack clients send)."""
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            if headers.get("transfer-encoding", "").lower() == "chunked":
                body = b""
                while size := int((await reader.readline()).split(b";")[0].strip() or b"0", 16):
                    body += (await reader.readexactly(size + 2))[:-2]
                await reader.readuntil(b"\r\n")  # the empty trailer
            else:
                body = await reader.readexactly(int(headers.get("content-length", "0")))
            writer.write(answer(lines[0].encode("latin-1"), body, team))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--team", default="T0BENCH")
    args = ap.parse_args()
    server = await asyncio.start_server(lambda r, w: serve(r, w, args.team), "127.0.0.1", args.port, backlog=512)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
