"""The staff page: the board's cards with forms to add, move and remove them, from a phone.

Every change goes through the same functions as `booth board add/move/remove`
(booth.cli.board: --at parsing, room names, day checks, the locked atomic write), so a card
added here is one `booth board` would have written, and the running booth answers from it at
the next question.
"""

from __future__ import annotations

import argparse
import html
import logging
from string import Template
from typing import Any

from booth.errors import BoothError
from booth.screen.server import asset
from booth.screen.staff import Session, StaffGate

log = logging.getLogger(__name__)


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else ""), quote=True)


class StaffPages:
    def __init__(self, gate: StaffGate, feed, settings, conference: str):
        self.gate, self.feed, self.settings, self.conference = gate, feed, settings, conference

    def _args(self, **fields) -> argparse.Namespace:
        """What `booth board ...` would have parsed from its command line."""
        now = self.settings.now
        return argparse.Namespace(data=str(self.settings.data_dir), conference=self.conference,
                                  now=now.isoformat() if hasattr(now, "isoformat") else now, **fields)

    # -- changes ---------------------------------------------------------------------------------
    def change(self, action: str, form: dict[str, str]) -> str:
        """Do it; the one-line result (or the one-line reason it was refused) for the page."""
        from booth.cli import board as board_cli

        force = form.get("force") == "on"
        try:
            if action == "add":
                duration = form.get("duration", "").strip()
                card, note = board_cli.add_card(self._args(
                    title=form.get("title", ""), room=form.get("room", ""), at=form.get("at", ""),
                    duration=int(duration) if duration.isdigit() else None, host=form.get("host") or None,
                    description=form.get("description", ""), force=force))
                message = f"Added {card.id}: {card.title}, {card.room}, {card.start:%a %H:%M}-{card.end:%H:%M}.{note}"
            elif action == "move":
                card = board_cli.move_card(self._args(card_id=form.get("card_id", ""), at=form.get("at") or None,
                                                      room=form.get("room") or None, force=force))
                message = f"Moved {card.id}: {card.title}, {card.room}, {card.start:%a %H:%M}-{card.end:%H:%M}."
            else:
                card = board_cli.remove_card(self._args(card_id=form.get("card_id", "")))
                message = f"Removed {card.id}: {card.title}."
        except BoothError as error:  # the command line's reason; its --force is the "force" box here
            return f"Not done: {error}".replace("--force", "\u201cforce\u201d")
        log.info("staff page: %s", message)
        self.feed.refresh_board()  # the screen shows it now; the listener answers from it next question
        return message

    # -- pages -----------------------------------------------------------------------------------
    def _page(self, body: str, title: str = "Booth staff") -> str:
        return Template(asset("staff.html").decode("utf-8")).substitute(title=_e(title), body=body)

    def login_page(self, error: str = "") -> str:
        problem = f'<p class="error" id="error">{_e(error)}</p>' if error else ""
        return self._page(f"""
<h1>Booth staff</h1>
{problem}
<form method="post" action="/staff/login" id="login">
  <label>Staff PIN (printed when Booth started)
    <input name="pin" id="pin" type="password" inputmode="numeric" autocomplete="off" required autofocus></label>
  <button type="submit">Log in</button>
</form>""")

    def message_page(self, text: str, login_link: bool = False) -> str:
        link = '<p><a href="/staff">Log in</a></p>' if login_link else ""
        return self._page(f'<h1>Booth staff</h1><p class="error" id="error">{_e(text)}</p>{link}')

    def board_page(self, session: Session) -> str:
        from booth.cli import board as board_cli
        from booth.schedule.board import Board

        flash = "".join(f'<p class="{"error" if m.startswith("Not done") else "done"}" role="status">{_e(m)}</p>'
                        for m in session.flash)
        session.flash.clear()
        csrf = f'<input type="hidden" name="csrf" value="{_e(session.csrf)}">'
        conference = self.feed.booth.store.current()
        rooms = "".join(f'<option value="{_e(r)}">' for r in board_cli._rooms(conference))
        try:
            cards = sorted(Board(self.settings.data_dir, self.conference, conference).cards(),
                           key=lambda c: (c.start is None, c.start.timestamp() if c.start else 0, c.title))
            broken = ""
        except BoothError as error:  # a broken hand edit: name it, change nothing until it is fixed
            cards, broken = [], f'<p class="error" id="broken">The board file is broken: {_e(error)}. Fix it by hand.</p>'
        problems = "".join(f'<p class="error">Board problem: {_e(p)}</p>' for p in self.feed.booth.store.problems)
        rows = "".join(self._card_row(card, csrf) for card in cards) or "<p>No cards on the board yet.</p>"
        return self._page(f"""
<h1>Open-space board: {_e(conference.title)}</h1>
{flash}{broken}{problems}
<h2>Add a card</h2>
<form method="post" action="/staff/add" id="add" class="card-form">
  {csrf}
  <label>Title <input name="title" id="title" required maxlength="120"></label>
  <label>Room <input name="room" id="room" list="rooms" required maxlength="60"></label>
  <datalist id="rooms">{rooms}</datalist>
  <label>When <input name="at" id="at" required placeholder="saturday 3pm"></label>
  <label>Minutes <input name="duration" id="duration" inputmode="numeric" placeholder="60"></label>
  <label>Host <input name="host" id="host" maxlength="80"></label>
  <label class="check"><input type="checkbox" name="force"> force (even if the room is taken)</label>
  <button type="submit">Add</button>
</form>
<h2>Cards</h2>
<div id="cards">{rows}</div>
<form method="post" action="/staff/logout">{csrf}<button type="submit" class="quiet">Log out</button></form>""")

    def _card_row(self, card, csrf: str) -> str:
        when = f"{card.start:%a %H:%M}-{card.end:%H:%M}" if card.start and card.end else "?"
        host = f" ({_e(', '.join(card.speakers))})" if card.speakers else ""
        hidden = f'{csrf}<input type="hidden" name="card_id" value="{_e(card.id)}">'
        return f"""
<div class="card" id="card-{_e(card.id)}">
  <p><b>{_e(card.title)}</b>{host}<br>{_e(when)}, {_e(card.room)} <small>{_e(card.id)}</small></p>
  <form method="post" action="/staff/move" class="inline">{hidden}
    <input name="at" placeholder="new time" aria-label="new time"><input name="room" list="rooms" placeholder="new room"
      aria-label="new room"><label class="check"><input type="checkbox" name="force"> force</label>
    <button type="submit">Move</button></form>
  <form method="post" action="/staff/remove" class="inline">{hidden}<button type="submit" class="danger">Remove</button></form>
</div>"""
