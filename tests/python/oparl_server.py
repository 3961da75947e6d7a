# SPDX-License-Identifier: Apache-2.0
"""A small OParl server on the loopback address for the import tests.

It serves ../shared/data/oparl/karlsruhe (objects unchanged, ids as the city
wrote them) as OParl 1.1 list pages: /oparl/system -> /oparl/bodies -> one
body whose organisations, meetings and papers are lists of `page_size`
objects, linked through `links.next`; `modified_since` filters by the
objects' `modified`. A second body, /oparl/small, holds objects with
loopback ids: a meeting whose organisation is not in any list (but can be
read by its URL) and one whose organisation is gone (404).

Knobs for the tests: `fail_once` (paths answered 503 on their first
request), `slow` (paths answered after `delay` seconds), `requests` (every
path asked, in order). Listens on 127.0.0.1 only.
"""

from __future__ import annotations

import json
import pathlib
import threading
import time
import urllib.parse
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Optional, Set


def _load(folder: pathlib.Path) -> Dict[str, List[dict]]:
    organizations = json.loads((folder / "organizations.json").read_text(encoding="utf-8"))
    meetings = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "meetings").glob("*.json"))]
    papers = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "papers").glob("*.json"))]
    return {"organizations": organizations, "meetings": meetings, "papers": papers}


class OparlServer:
    def __init__(self, karlsruhe: pathlib.Path, page_size: int = 20) -> None:
        self.lists = _load(karlsruhe)
        self.page_size = page_size
        self.fail_once: Set[str] = set()
        self.slow: Set[str] = set()
        self.delay = 0.0
        self.requests: List[str] = []
        self._failed: Set[str] = set()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server._handle(self)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> "OparlServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- what the server says ---------------------------------------------

    def _small(self) -> Dict[str, dict]:
        b = self.base + "/oparl/small"
        org = {"id": b + "/org/1", "type": "https://schema.oparl.org/1.1/Organization", "name": "Integrationsrat"}
        meeting = {"id": b + "/meeting/1", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Sitzung",
                   "start": "2026-03-04T17:00:00+01:00", "organization": [b + "/org/1", b + "/org/404"]}
        return {"/oparl/small/org/1": org, "/oparl/small/meeting/1": meeting}

    def _page(self, name: str, query: Dict[str, List[str]]) -> dict:
        items = self.lists[name]
        since = query.get("modified_since", [""])[0]
        if since:
            items = [o for o in items if o.get("modified", "") > since]
        page = int(query.get("page", ["1"])[0])
        start = (page - 1) * self.page_size
        out = {"data": items[start:start + self.page_size],
               "pagination": {"totalElements": len(items), "elementsPerPage": self.page_size, "currentPage": page},
               "links": {}}
        if start + self.page_size < len(items):
            rest = {"page": [str(page + 1)]}
            if since:
                rest["modified_since"] = [since]
            out["links"]["next"] = f"{self.base}/oparl/{name}?{urllib.parse.urlencode(rest, doseq=True)}"
        return out

    def _answer(self, path: str, query: Dict[str, List[str]]) -> Optional[dict]:
        b = self.base + "/oparl"
        if path == "/oparl/system":
            return {"id": b + "/system", "type": "https://schema.oparl.org/1.1/System", "oparlVersion":
                    "https://schema.oparl.org/1.1/", "body": b + "/bodies"}
        if path == "/oparl/bodies":
            return {"data": [{"id": b + "/bodies/0001", "type": "https://schema.oparl.org/1.1/Body",
                              "name": "Stadt Karlsruhe", "organization": b + "/organizations",
                              "meeting": b + "/meetings", "paper": b + "/papers"}], "links": {}}
        if path in ("/oparl/organizations", "/oparl/meetings", "/oparl/papers"):
            return self._page(path.rsplit("/", 1)[1], query)
        if path == "/oparl/small":
            return {"id": b + "/small", "type": "https://schema.oparl.org/1.1/Body", "name": "Klein",
                    "meeting": b + "/small/meetings"}
        if path == "/oparl/small/meetings":
            return {"data": [self._small()["/oparl/small/meeting/1"]], "links": {}}
        return self._small().get(path)

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        parsed = urllib.parse.urlsplit(request.path)
        with self._lock:
            self.requests.append(request.path)
            fail = parsed.path in self.fail_once and request.path not in self._failed
            if fail:
                self._failed.add(request.path)
        if parsed.path in self.slow:
            time.sleep(self.delay)
        if fail:
            status, body = 503, b'{"error": "try again"}'
        else:
            answer = self._answer(parsed.path, urllib.parse.parse_qs(parsed.query))
            status, body = (200, json.dumps(answer).encode("utf-8")) if answer is not None else (404, b"{}")
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(body)))
            request.send_header("Date", formatdate(usegmt=True))
            request.end_headers()
            request.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a time-out test)
