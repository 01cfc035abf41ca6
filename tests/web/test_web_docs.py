"""docs/web.md documents every route of the API and every option of `cronica serve`."""
from __future__ import annotations

import re
from pathlib import Path

DOC = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")


def test_every_route_is_documented():
    from cronica.web import WebSettings
    from cronica.web.app import create_app

    class _NoStore:
        backend = "none"

        def close(self):
            pass

    spec = create_app(WebSettings(), store=_NoStore()).openapi()
    doc = re.sub(r"\{\w+\}", "{}", DOC)  # {id} and {event_id} alike
    for path, item in spec["paths"].items():
        norm = re.escape(re.sub(r"\{\w+\}", "{}", path))
        for method in item:
            assert re.search(f"`{method.upper()} {norm}[`?]", doc), (method, path)


def test_every_serve_option_is_documented():
    from click.testing import CliRunner

    from cronica.cli.main import cli

    help_text = CliRunner().invoke(cli, ["serve", "--help"]).output
    for opt in set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}:
        assert f"`{opt}" in DOC, opt


def test_every_picture_of_the_page_is_committed():
    """The screenshots docs/web.md shows (taken by the browser tests) are in the repository."""
    docs = Path(__file__).resolve().parents[2] / "docs"
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", DOC)
    assert {"img/web/map.png", "img/web/incident.png", "img/web/queue.png"} <= set(pictures)
    for rel in pictures:
        data = (docs / rel).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) < 300_000, rel
