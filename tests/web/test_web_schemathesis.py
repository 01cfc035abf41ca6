"""Schemathesis against the app's own OpenAPI spec: generated requests (valid and
invalid) to every operation never get a 500, and every response matches the spec
(status code, content type, body schema). Bounded: at most 25 examples per operation and mode (~550).

The operations are driven through Hypothesis directly (``as_strategy``) rather than
schemathesis' pytest plugin, which does not work with this pytest version."""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance, negative_data_rejection, response_schema_conformance,
    status_code_conformance,
)

TOKEN = "fuzz-token"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
EXAMPLES = 25  # per operation and generation mode


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory):
    from cronica.store import open_store
    from cronica.web import WebSettings, create_app
    from webhelpers import populate

    db = tmp_path_factory.mktemp("fuzzdb") / "fuzz.db"
    store = open_store(f"sqlite:///{db}")
    populate(store)
    # small limits keep the generated extraction requests quick
    app = create_app(WebSettings(token=TOKEN, max_extract_chars=2000, max_documents=3), store=store)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


def _operations():
    from cronica.web import WebSettings
    from cronica.web.app import create_app

    class _NoStore:  # only the routes are needed to list the operations
        backend = "none"

        def close(self):
            pass

    spec = create_app(WebSettings(), store=_NoStore()).openapi()
    out = []
    for p, item in spec["paths"].items():
        for m, op in item.items():
            out.append(pytest.param(m.upper(), p, GenerationMode.POSITIVE, id=f"{m.upper()} {p} positive"))
            if op.get("parameters") or op.get("requestBody"):  # something to get wrong
                out.append(pytest.param(m.upper(), p, GenerationMode.NEGATIVE, id=f"{m.upper()} {p} negative"))
    return out


@pytest.mark.parametrize("method, path, mode", _operations())
def test_operation_conforms_to_spec(web_schema, method, path, mode):
    op = web_schema[path][method]
    checks = CHECKS + ([negative_data_rejection] if mode == GenerationMode.NEGATIVE else [])

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=checks)

    run()
