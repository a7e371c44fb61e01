#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""A REST endpoint that pages JSON records over HTTPS, for Steward's HTTP poller tests.

An independent implementation on purpose: Python's http.server and ssl (OpenSSL underneath),
OAuth 2.0 client credentials as RFC 6749 §4.4 and §2.3.1 describe them.

Records are the lines of --data, read again on every request so that a test can append to it.

  POST /oauth/token        client credentials (HTTP Basic), answers a bearer token
  GET  /api/items?cursor=  {"items": [...], "next": <opaque cursor or null>}
  GET  /api/linked?after=  [...] with a Link: <...>; rel="next" header (GitHub and Okta style)
  GET  /api/huge           a page larger than any poller should accept
  GET  /api/notjson        an HTML error page
  GET  /api/elsewhere      a page whose next page is on another host
  GET  /api/endless        an empty page that always names another
  GET  /api/flaky          503
  GET  /stats              what the server saw (no authentication)
  POST /admin/revoke       forgets every token issued, as a server that revokes them early

Prints the port it listens on, then serves until killed.
"""
import argparse
import base64
import json
import secrets
import ssl
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

args = None
lock = threading.Lock()
stats = {"grants": 0, "pages": 0, "unauthorized": 0, "last_authorization": "", "user_agents": []}
issued = {}  # token -> expiry (monotonic seconds)


def records():
    with open(args.data, "rb") as f:
        return [json.loads(line) for line in f.read().splitlines() if line.strip()]


def encode_cursor(offset):
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def decode_cursor(text):
    padded = text + "=" * (-len(text) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))["o"]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *a):
        pass

    def send(self, status, body, content_type="application/json", headers=()):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def authorized(self):
        header = self.headers.get("Authorization", "")
        with lock:
            stats["last_authorization"] = header.split(" ")[0]
            stats["user_agents"].append(self.headers.get("User-Agent", ""))
            if header.startswith("Bearer "):
                token = header[len("Bearer "):]
                if args.token and secrets.compare_digest(token, args.token):
                    return True
                expiry = issued.get(token)
                if expiry is not None and expiry > time.monotonic():
                    return True
            stats["unauthorized"] += 1
        self.send(401, {"error": "invalid_token"}, headers=[("WWW-Authenticate", 'Bearer error="invalid_token"')])
        return False

    def do_POST(self):
        if self.path == "/admin/revoke":
            with lock:
                issued.clear()
            return self.send(200, {})
        if self.path != "/oauth/token":
            return self.send(404, {"error": "not_found"})
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        header = self.headers.get("Authorization", "")
        expected = "Basic " + base64.b64encode(
            (urllib.parse.quote_plus(args.client_id) + ":" + urllib.parse.quote_plus(args.client_secret)).encode()
        ).decode()
        if not secrets.compare_digest(header, expected):
            return self.send(401, {"error": "invalid_client", "error_description": "client authentication failed"},
                             headers=[("WWW-Authenticate", "Basic")])
        if form.get("grant_type") != ["client_credentials"]:
            return self.send(400, {"error": "unsupported_grant_type"})
        if args.scope and form.get("scope") != [args.scope]:
            return self.send(400, {"error": "invalid_scope"})
        token = secrets.token_urlsafe(24)
        with lock:
            issued[token] = time.monotonic() + args.token_lifetime
            stats["grants"] += 1
        self.send(200, {"access_token": token, "token_type": "Bearer", "expires_in": args.token_lifetime},
                  headers=[("Cache-Control", "no-store")])

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/stats":
            with lock:
                return self.send(200, stats)
        if not self.authorized():
            return
        with lock:
            stats["pages"] += 1
        size = args.page_size
        if url.path == "/api/items":
            rows = records()
            offset = decode_cursor(query["cursor"][0]) if "cursor" in query else 0
            page = rows[offset:offset + size]
            following = offset + len(page)
            nxt = encode_cursor(following) if following < len(rows) else None
            return self.send(200, {"items": page, "next": nxt, "total": len(rows)})
        if url.path == "/api/linked":
            rows = records()
            offset = int(query.get("after", ["0"])[0])
            page = rows[offset:offset + size]
            headers = []
            if offset + len(page) < len(rows):
                headers.append(("Link", '<https://%s/api/linked?after=%d>; rel="next", <https://%s/api/linked>; rel="self"'
                                % (self.headers["Host"], offset + len(page), self.headers["Host"])))
            return self.send(200, page, headers=headers)
        if url.path == "/api/huge":
            return self.send(200, b'{"items": [' + b'{"pad": "' + b"x" * (40 * 1024 * 1024) + b'"}]}')
        if url.path == "/api/notjson":
            return self.send(200, b"<html><body>Service temporarily unavailable</body></html>", "text/html")
        if url.path == "/api/elsewhere":
            return self.send(200, {"items": [], "next": "https://collector.invalid/steal"})
        if url.path == "/api/endless":
            return self.send(200, {"items": [], "next": secrets.token_urlsafe(8)})
        if url.path == "/api/flaky":
            return self.send(503, {"error": "unavailable"})
        self.send(404, {"error": "not_found"})


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients that refuse the certificate are part of the tests


def main():
    global args
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--page-size", type=int, default=3)
    parser.add_argument("--token", default="")
    parser.add_argument("--client-id", default="steward")
    parser.add_argument("--client-secret", default="")
    parser.add_argument("--scope", default="")
    parser.add_argument("--token-lifetime", type=int, default=3600)
    args = parser.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
