"""One error shape for every failing request, and the request size limit.

Every error response is ``{"error": {"status", "code", "message", "details"?}}``
with a 4xx status for bad input (400 bad value, 401 no/invalid token, 404 not
found, 405, 413 too large, 415 not JSON, 422 schema violation) and 5xx only when
the server or its database fails.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from cronica.errors import CronicaError, StoreError
from cronica.web.schemas import ErrorOut

log = logging.getLogger("cronica.web")
DATE_PARAMS = ("since", "until")

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 412: "version_conflict", 413: "too_large",
          415: "unsupported_media_type", 422: "invalid_request", 428: "precondition_required",
          429: "too_many_requests", 500: "server_error", 503: "unavailable"}

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": desc} for code, desc in (
        (400, "Bad value (e.g. a date that does not exist, an invalid edit)"),
        (401, "No token or an invalid token"),
        (404, "Not found"),
        (413, "Request too large"),
        (415, "Body is not JSON"),
        (422, "Request does not match the schema (or a date filter is not a date)"),
        (429, "Too many wrong tokens or anonymous extractions from this client (see Retry-After)"),
        (503, "The database is unavailable (or the extraction pool is busy)"),
    )
}


#: Statuses only some routes answer (writes): documented on those routes.
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": desc} for code, desc in (
        (403, "The shared token may not sign with a registered user's name"),
        (412, "If-Match names an older version of the event (someone changed it meanwhile)"),
        (428, "If-Match is required by this server (--require-if-match)"),
    )
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: Optional[list] = None,
                 headers: Optional[dict[str, str]] = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details
        self.headers = headers


def error_response(status: int, message: str, code: Optional[str] = None,
                   details: Optional[list] = None, headers: Optional[dict] = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "code": code or _CODES.get(status, "error"),
                            "message": message}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _clean_details(errors: list[dict]) -> list[dict]:
    out = []
    for e in errors[:20]:
        out.append({"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "")),
                    "type": str(e.get("type", ""))})
    return out


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError):
        return error_response(exc.status, exc.message, exc.code, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError):
        errs = exc.errors()
        details = _clean_details(errs)
        first = details[0] if details else {"loc": [], "msg": "invalid request"}
        where = ".".join(x for x in first["loc"] if x not in ("body", "query", "path"))
        msg = f"{where}: {first['msg']}" if where else first["msg"]
        if first.get("type") == "string_pattern_mismatch" and where in DATE_PARAMS:
            # one line the page can show as it is
            msg = f"{where}: not a date (YYYY, YYYY-MM or YYYY-MM-DD): {errs[0].get('input')!r}"
        return error_response(422, msg, "invalid_request", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException):
        return error_response(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def _store(_: Request, exc: StoreError):
        log.error("store error: %s", exc)
        return error_response(503, f"the database failed: {exc}", "unavailable")

    @app.exception_handler(CronicaError)
    async def _cronica(_: Request, exc: CronicaError):
        return error_response(400, str(exc), "bad_request")

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception):  # a bug: logged, still one shape
        log.exception("unexpected error")
        return error_response(500, "internal error (logged on the server)", "server_error")


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_body`` bytes (413), and
    bodies of writing requests that are not JSON (415; HTML forms cannot send JSON,
    one more wall against cross-site requests)."""

    def __init__(self, app, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        length = headers.get("content-length")
        if length is not None:
            try:
                n = int(length)
            except ValueError:
                return await self._reply(send, error_response(400, "bad Content-Length header"))
            if n > self.max_body:
                return await self._reply(send, error_response(
                    413, f"request body of {n} bytes exceeds the limit of {self.max_body}"))
        body = bytearray()
        more = True
        while more:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body.extend(msg.get("body", b""))
            more = msg.get("more_body", False)
            if len(body) > self.max_body:
                return await self._reply(send, error_response(
                    413, f"request body exceeds the limit of {self.max_body} bytes"))
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        if scope["path"].startswith("/api/") and body and ctype != "application/json":
            return await self._reply(send, error_response(
                415, "send the body as JSON (Content-Type: application/json)"))
        sent = False

        async def replay():
            nonlocal sent
            if sent:  # the body was given: wait for the client to go away
                return await receive()
            sent = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        return await self.app(scope, replay, send)

    @staticmethod
    async def _reply(send, response: JSONResponse) -> None:
        await send({"type": "http.response.start", "status": response.status_code,
                    "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body})
