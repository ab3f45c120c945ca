"""A stand-in external LRS on a local port: it can be down (503) or up, counts every
statement id it accepts, and keeps the attachment parts of multipart/mixed posts by hash."""

from __future__ import annotations

import json
import threading
from collections import Counter
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StubLRS:
    def __init__(self) -> None:
        self.up = False
        self.received: Counter[str] = Counter()
        self.requests = 0
        self.authorizations: list[str] = []
        self.attachments: dict[str, bytes] = {}
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                stub.requests += 1
                stub.authorizations.append(self.headers.get("Authorization", ""))
                if not stub.up:
                    self.send_response(503)
                    self.end_headers()
                    return
                content_type = self.headers.get("Content-Type", "")
                if content_type.startswith("multipart/mixed"):
                    message = BytesParser(policy=HTTP).parsebytes(
                        f"Content-Type: {content_type}\r\n\r\n".encode() + body
                    )
                    first, *parts = message.iter_parts()
                    body = first.get_payload(decode=True)
                    for part in parts:
                        digest = part["X-Experience-API-Hash"]
                        stub.attachments[digest] = part.get_payload(decode=True)
                statements = json.loads(body)
                stub.received.update(s["id"] for s in statements)
                payload = json.dumps([s["id"] for s in statements]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}/xapi/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> StubLRS:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
