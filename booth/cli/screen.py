"""`booth screen` and the screen options of `booth listen`: the kiosk page and the staff page."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading

from booth.errors import ConfigError
from booth.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_PORT = Settings.port  # one default, in Settings; the kiosk browser opens http://127.0.0.1:8080
BOARD_CHECK_SECONDS = 5.0  # how soon an edit made elsewhere (`booth board add` in a terminal) shows

SCREEN_HELP = """\
Serve the booth screen (a web page for a kiosk browser) without listening: the open-space
board and the "Try asking" panel, and with --chat a typed conversation shown on it.

examples:
  booth screen                              # then: chromium --kiosk http://127.0.0.1:8080
  booth screen --staff --host 0.0.0.0       # staff edit the board from a phone (PIN printed)
  booth screen --chat --now 2025-05-17T10:00
"""


def add_screen_options(parser: argparse.ArgumentParser, flag: bool) -> None:
    group = parser.add_argument_group("screen options")
    if flag:
        group.add_argument("--screen", action="store_true", default=None,
                           help="serve the booth screen (a web page) while listening")
    # No defaults here: flag > environment > config file > Settings (booth.config) fills them in.
    group.add_argument("--host",
                       help="address to serve on (default 127.0.0.1; 0.0.0.0 for phones on the LAN)")
    group.add_argument("--port", type=int, help=f"port (default {DEFAULT_PORT}; 0: any free one)")
    group.add_argument("--staff", action="store_true", default=None,
                       help="also serve the staff page (/staff) to edit the board, behind a PIN "
                            "($BOOTH_STAFF_PIN, else a new one printed at start)")


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("screen", parents=parents, help="serve the booth screen (kiosk web page) alone",
                              description=SCREEN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_screen_options(p, flag=False)
    p.add_argument("--chat", action="store_true", help="answer typed questions from stdin and show them on the screen")
    p.set_defaults(func=cmd_screen)


def start_screen(args, booth, asking):
    """Start the page (and staff page) for ``booth``; returns the feed whose ``show`` takes the
    listener's events, and the server (``stop()`` it at the end)."""
    from booth.screen.feed import ScreenFeed
    from booth.screen.hub import Hub
    from booth.screen.server import ScreenServer
    from booth.screen.staff import StaffGate, new_pin
    from booth.screen.staff_pages import StaffPages

    hub = Hub()
    feed = ScreenFeed(hub, booth, asking)
    staff = None
    pin = ""
    if args.staff:
        pin = os.environ.get("BOOTH_STAFF_PIN") or new_pin()
        try:
            gate = StaffGate(pin)
        except ValueError as exc:
            raise ConfigError(f"BOOTH_STAFF_PIN: {exc}") from None
        staff = StaffPages(gate, feed, booth.settings, booth.store.folder.name)
    try:
        server = ScreenServer(hub, args.host, args.port, staff).start()
    except OSError as exc:
        raise ConfigError(f"cannot serve the screen on {args.host}:{args.port}: {exc.strerror or exc} "
                          f"(another booth running? pick --port)") from None
    print(f"screen: {server.url}  (kiosk: chromium --kiosk {server.url})", file=sys.stderr, flush=True)
    if staff is not None:
        where = "" if args.host not in ("0.0.0.0", "::") else " (on this machine's LAN address)"
        print(f"staff page: {server.url}staff{where}  PIN: {pin}", file=sys.stderr, flush=True)
    elif args.host not in ("127.0.0.1", "localhost", "::1"):
        print("note: the screen is visible on the network; add --staff for the staff page", file=sys.stderr)

    def follow_board() -> None:
        while not hub.closed.wait(BOARD_CHECK_SECONDS):
            try:
                feed.refresh_board()
            except Exception:  # a passing fault (a file mid-swap) must not end the board's updates
                log.exception("could not refresh the board")

    threading.Thread(target=follow_board, name="booth-screen-board", daemon=True).start()
    return feed, server


def cmd_screen(args) -> int:
    from booth.cli import settings_from
    from booth.pipeline import Booth
    from booth.screen.feed import Asking

    booth = Booth(settings_from(args))
    feed, server = start_screen(args, booth, Asking("typed"))
    feed.show_ready()
    try:
        if args.chat:
            _typed_chat(booth, feed)
            print("end of input; the screen stays up (Ctrl-C to stop)", file=sys.stderr, flush=True)
        server.hub.closed.wait()
    except KeyboardInterrupt:
        print("bye", file=sys.stderr)
    finally:
        server.stop()
    return 0


def _typed_chat(booth, feed) -> None:
    """`booth chat` on the screen: each line a turn, shown as if heard."""
    import time

    from booth.answer.conversation import Conversation
    from booth.voice import listen as ev

    conversation = Conversation(booth)
    for line in sys.stdin:
        text = " ".join(line.split())
        if not text:
            continue
        started = time.monotonic()
        feed.show(ev.Heard(text, 1.0))
        reply = conversation.turn(text)
        print(reply.answer, flush=True)
        feed.show(ev.Answered(reply.answer, reply.intent, time.monotonic() - started, tuple(reply.events)))
        conversation.spoken_done()
        feed.show(ev.State("waiting", ""))
