"""The screen's web server: the page, its assets, a server-sent-event stream from the hub, and
(opt-in) the staff page.

Standard library only (http.server, one thread per connection): a kiosk browser and a few staff
phones are the whole audience, and a Pi then needs nothing installed. Binds 127.0.0.1 unless
told otherwise; the staff page exists only when a StaffGate is given.
"""

from __future__ import annotations

import logging
import re
import threading
import urllib.parse
from http import HTTPStatus
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from booth.screen.hub import Hub
from booth.screen.staff import COOKIE, SESSION_SECONDS, Refused, StaffGate

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 15.0  # an SSE comment this often, so a dead connection is noticed and closed
MAX_BODY = 16 * 1024  # staff forms are a few fields
_ASSET = re.compile(r"[a-z0-9_-]+\.(css|js|svg|png)")
_TYPES = {"html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
          "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml", "png": "image/png"}


def asset(name: str) -> bytes:
    """A file shipped in booth/screen/static (package data, in the wheel too)."""
    return resources.files("booth.screen").joinpath("static").joinpath(name).read_bytes()


class ScreenServer:
    def __init__(self, hub: Hub, host: str = "127.0.0.1", port: int = 8080, staff=None):
        """``staff``: a booth.screen.staff_pages.StaffPages, or None for no staff page."""
        self.hub, self.staff = hub, staff
        handler = type("Handler", (_Handler,), {"screen": self})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{host}:{port}/"

    def start(self) -> ScreenServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="booth-screen", daemon=True)
        self._thread.start()
        log.info("screen at %s", self.url)
        return self

    def stop(self) -> None:
        self.hub.closed.set()  # ends the event streams
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    screen: ScreenServer
    server_version = "Booth"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    # -- plumbing -------------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Referrer-Policy", "same-origin")
        self.send_header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _html(self, status: int, page: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, page.encode("utf-8"), _TYPES["html"], {"Cache-Control": "no-store", **(headers or {})})

    def _redirect(self, where: str, headers: dict[str, str] | None = None) -> None:
        self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", {"Location": where, **(headers or {})})

    def _not_found(self) -> None:
        self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")

    def _token(self) -> str | None:
        cookie = SimpleCookie()
        try:
            cookie.load(self.headers.get("Cookie", ""))
        except Exception:
            return None
        morsel = cookie.get(COOKIE)
        return morsel.value if morsel else None

    def _form(self) -> dict[str, str] | None:
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            return None
        if length < 0 or length > MAX_BODY:
            return None
        body = self.rfile.read(length).decode("utf-8", "replace")
        return {k: v for k, v in urllib.parse.parse_qsl(body, keep_blank_values=True)}

    def _same_origin(self) -> bool:
        """A browser names the page a form came from; a form from any other site is refused."""
        origin = self.headers.get("Origin") or self.headers.get("Referer")
        if not origin or origin == "null":
            return origin is None
        parsed = urllib.parse.urlsplit(origin)
        return parsed.netloc == self.headers.get("Host", "")

    # -- GET ------------------------------------------------------------------------------------
    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, asset("screen.html"), _TYPES["html"], {"Cache-Control": "no-cache"})
        elif path.startswith("/static/") and _ASSET.fullmatch(path[len("/static/"):]):
            name = path[len("/static/"):]
            try:
                body = asset(name)
            except (FileNotFoundError, IsADirectoryError):
                return self._not_found()
            self._send(HTTPStatus.OK, body, _TYPES[name.rsplit(".", 1)[1]], {"Cache-Control": "no-cache"})
        elif path == "/events":
            self._events()
        elif path == "/state":
            import json

            body = json.dumps(self.screen.hub.snapshot(), ensure_ascii=False).encode("utf-8")
            self._send(HTTPStatus.OK, body, "application/json", {"Cache-Control": "no-store"})
        elif path == "/staff" and self.screen.staff is not None:
            staff = self.screen.staff
            session = staff.gate.session(self._token())
            if session is None:
                self._html(HTTPStatus.OK, staff.login_page())
            else:
                self._html(HTTPStatus.OK, staff.board_page(session))
        else:
            self._not_found()

    def _events(self) -> None:
        hub = self.screen.hub
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Accel-Buffering", "no")
        self.end_headers()
        subscription = hub.subscribe()
        try:
            self.wfile.write(b"retry: 2000\n\n")
            self.wfile.flush()
            while not hub.closed.is_set():
                message = subscription.get(timeout=HEARTBEAT_SECONDS)
                if message is None:
                    self.wfile.write(b": still here\n\n")
                else:
                    self.wfile.write(f"event: {message.topic}\ndata: {message.data}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the page went away (reload, kiosk restart): nothing to clean but the subscription
        finally:
            hub.unsubscribe(subscription)
            self.close_connection = True

    # -- POST (staff only) ------------------------------------------------------------------------
    def do_POST(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        staff = self.screen.staff
        if staff is None or not path.startswith("/staff/"):
            return self._not_found()
        form = self._form()
        if form is None:
            return self._html(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, staff.message_page("That form is too large."))
        if not self._same_origin():
            return self._html(HTTPStatus.FORBIDDEN, staff.message_page("Refused: that form came from another site."))
        if path == "/staff/login":
            return self._login(staff, form)
        session = staff.gate.allowed(self._token(), form.get("csrf"))
        if session is None:  # no PIN, an expired session or a forged form: change nothing
            return self._html(HTTPStatus.FORBIDDEN, staff.message_page(
                "Refused: log in with the staff PIN first (or your session ended).", login_link=True))
        if path == "/staff/logout":
            staff.gate.logout(session.token)
            return self._redirect("/staff", {"Set-Cookie": f"{COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict"})
        action = path[len("/staff/"):]
        if action not in ("add", "move", "remove"):
            return self._not_found()
        session.flash.append(staff.change(action, form))
        self._redirect("/staff")

    def _login(self, staff, form: dict[str, str]) -> None:
        client = self.client_address[0]
        try:
            session = staff.gate.login(form.get("pin", ""), client)
        except Refused as refused:
            return self._html(HTTPStatus.TOO_MANY_REQUESTS, staff.login_page(str(refused)),
                              {"Retry-After": str(int(refused.retry_after) + 1)})
        if session is None:
            return self._html(HTTPStatus.FORBIDDEN, staff.login_page("Wrong PIN."))
        cookie = f"{COOKIE}={session.token}; Max-Age={SESSION_SECONDS}; Path=/; HttpOnly; SameSite=Strict"
        self._redirect("/staff", {"Set-Cookie": cookie})


__all__ = ["ScreenServer", "StaffGate", "asset"]
