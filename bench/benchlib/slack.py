"""Slash-command requests as Slack sends them: form-encoded, signed with the signing secret (v0
HMAC-SHA256 of "v0:<timestamp>:<body>"), each with its own trigger_id."""

import hashlib
import hmac
import http.client
import os
import secrets
import time
import urllib.parse

TEAM, CHANNEL, USER = "T0BENCH", "C0BENCH", "U0BENCH"
PATH = "/slack/events"


def form(command: str, text: str, trigger_id: str, response_url: str) -> dict:
    """The fields of a slash command, in the order Slack sends them."""
    return {"token": "unused", "team_id": TEAM, "team_domain": "bench", "channel_id": CHANNEL,
            "channel_name": "bench", "user_id": USER, "user_name": "bench", "command": command, "text": text,
            "api_app_id": "A0BENCH", "is_enterprise_install": "false", "response_url": response_url,
            "trigger_id": trigger_id}


def signature(secret: str, timestamp: str, body: bytes) -> str:
    return "v0=" + hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()


def post(port: int, secret: str, command: str, text: str, response_url: str, timeout: float = 30) -> tuple:
    """One signed command, answered: (HTTP status, body); status 0 when nothing answered."""
    body = urllib.parse.urlencode(form(command, text, secrets.token_hex(16), response_url)).encode()
    timestamp = str(int(time.time()))
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", PATH, body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature(secret, timestamp, body)})
        answer = conn.getresponse()
        return answer.status, answer.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException) as e:
        return 0, str(e)
    finally:
        conn.close()


class Pool:
    """Distinct signed requests for one wrk run, as signed.lua reads them: file <prefix>.<k> holds
    thread k's, each exactly `reclen` bytes (trigger ids and texts have fixed widths for that).
    With `unique_text`, request j of thread k carries "<text> <unique_id(k, j)>": `/action add` then
    records an action whose text is that id, which is how the durable-write check finds it."""

    def __init__(self, folder: str, name: str, port: int, secret: str, command: str, text: str,
                 response_url: str, threads: int, size: int, unique_text: bool = False):
        self.prefix = os.path.join(folder, name + ".pool")
        self.tag = secrets.token_hex(4)
        self.per_thread = [max(1, size // threads)] * threads
        timestamp = str(int(time.time()))  # Slack's 5 minutes start now: a pool is written just before its run
        template = urllib.parse.urlencode(form(command, "TEXT" if unique_text else text, "TRIGGER", response_url))
        head = (f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                f"X-Slack-Request-Timestamp: {timestamp}\r\n").encode()
        signer = hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":", hashlib.sha256)
        self.reclen = 0
        for k, count in enumerate(self.per_thread):
            with open(f"{self.prefix}.{k}", "wb") as f:
                for j in range(count):
                    body = template.replace("TRIGGER", f"{timestamp}.{k:03d}{j:09d}.{self.tag}")
                    if unique_text:
                        body = body.replace("TEXT", urllib.parse.quote_plus(f"{text} {self.unique_id(k, j)}"))
                    body = body.encode()
                    mac = signer.copy()
                    mac.update(body)
                    record = head + (f"Content-Length: {len(body)}\r\nX-Slack-Signature: v0={mac.hexdigest()}"
                                     "\r\n\r\n").encode() + body
                    self.reclen = self.reclen or len(record)
                    assert len(record) == self.reclen, "pool records must all have one length"
                    f.write(record)

    @property
    def size(self) -> int:
        return sum(self.per_thread)

    def unique_id(self, k: int, j: int) -> str:
        return f"bench-{self.tag}-{k:03d}-{j:09d}"

    def remove(self) -> None:
        for k in range(len(self.per_thread)):
            os.remove(f"{self.prefix}.{k}")
