"""`cronica serve`: user management and a real server process on loopback."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

CRONICA = [sys.executable, "-m", "cronica.cli.main"]


def run(args, env=None):
    return subprocess.run(CRONICA + args, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_users_add_list_remove(tmp_path):
    db = str(tmp_path / "u.db")
    r = run(["serve", "--db", db, "--add-user", "lucia"])
    assert r.returncode == 0, r.stderr
    token = r.stdout.strip()
    assert len(token) >= 40 and "lucia" in r.stderr
    assert run(["serve", "--db", db, "--list-users"]).stdout.split() == ["lucia"]
    again = run(["serve", "--db", db, "--add-user", "lucia"])
    assert again.returncode == 1 and again.stderr.startswith("error:") and "Traceback" not in again.stderr
    bad = run(["serve", "--db", db, "--add-user", "a b"])
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert run(["serve", "--db", db, "--remove-user", "lucia"]).returncode == 0
    assert run(["serve", "--db", db, "--list-users"]).stdout.split() == []
    gone = run(["serve", "--db", db, "--remove-user", "lucia"])
    assert gone.returncode == 1 and "no web user" in gone.stderr


def test_bad_database_is_a_one_line_error(tmp_path):
    r = run(["serve", "--db", "notadb://x", "--port", "1"])
    assert r.returncode == 1 and r.stderr.startswith("error:") and "Traceback" not in r.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_runs_a_server(tmp_path):
    db = str(tmp_path / "s.db")
    port = _free_port()
    proc = subprocess.Popen(CRONICA + ["serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CRONICA_TOKEN": "cli-token"})
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/api/config", timeout=2) as resp:
                    config = json.load(resp)
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, proc.stderr.read()
                assert time.time() < deadline, "server did not answer"
                time.sleep(0.3)
        assert config["read_open"] is True and config["tile_url"] is None
        with urllib.request.urlopen(base + "/", timeout=5) as resp:
            assert b"/static/app.js" in resp.read()
        req = urllib.request.Request(base + "/api/events/nope/review", data=b'{"action":"accept"}',
                                     headers={"Content-Type": "application/json",
                                              "Authorization": "Bearer cli-token"}, method="POST")
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(req, timeout=5)
        assert exc.value.code == 404
        assert json.load(exc.value)["error"]["code"] == "not_found"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
