"""Who may change the board from the staff page: a PIN printed at start, then a session.

- No request changes data without a live session, and the session is only had with the PIN.
- Every form carries a CSRF token bound to the session (and the cookie is SameSite=Strict,
  HttpOnly), so another site open on a staff phone cannot post to the booth.
- Wrong PINs are rate-limited per client address and overall: a six-digit PIN cannot be
  guessed in a conference day from one phone or from many.
"""

from __future__ import annotations

import hmac
import logging
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

COOKIE = "booth_staff"
SESSION_SECONDS = 12 * 3600  # a conference day
ATTEMPTS_PER_CLIENT = 5  # wrong PINs one address may try per window
ATTEMPTS_OVERALL = 20  # wrong PINs all addresses together may try per window
WINDOW_SECONDS = 300.0


def new_pin() -> str:
    return f"{secrets.randbelow(10**6):06d}"


@dataclass
class Session:
    token: str
    csrf: str
    expires: float
    flash: list[str] = field(default_factory=list)


class Refused(Exception):
    """A login that may not even be tried now (too many wrong PINs); ``retry_after`` seconds."""

    def __init__(self, retry_after: float):
        super().__init__(f"too many wrong PINs; try again in {int(retry_after) + 1} s")
        self.retry_after = retry_after


class StaffGate:
    def __init__(self, pin: str, clock: Callable[[], float] = time.monotonic):
        if len(pin.strip()) < 4:
            raise ValueError("a staff PIN needs at least 4 characters")
        self._pin = pin
        self._clock = clock
        self._lock = threading.Lock()
        self._sessions: dict[str, Session] = {}
        self._failures: dict[str, deque[float]] = {}
        self._all_failures: deque[float] = deque()

    # -- logging in ---------------------------------------------------------------------------
    def login(self, pin: str, client: str) -> Session | None:
        """A new session for the right PIN, None for a wrong one; Refused while rate-limited
        (checked before the PIN, so a locked-out guesser learns nothing)."""
        with self._lock:
            now = self._clock()
            mine = self._failures.setdefault(client, deque())
            for failures in (mine, self._all_failures):
                while failures and now - failures[0] > WINDOW_SECONDS:
                    failures.popleft()
            if len(mine) >= ATTEMPTS_PER_CLIENT:
                raise Refused(WINDOW_SECONDS - (now - mine[0]))
            if len(self._all_failures) >= ATTEMPTS_OVERALL:
                raise Refused(WINDOW_SECONDS - (now - self._all_failures[0]))
            if not hmac.compare_digest(pin.strip().encode(), self._pin.encode()):
                mine.append(now)
                self._all_failures.append(now)
                log.warning("staff page: wrong PIN from %s (%d in %d s)", client, len(mine), WINDOW_SECONDS)
                return None
            self._failures.pop(client, None)
            token = secrets.token_urlsafe(32)
            session = Session(token, secrets.token_urlsafe(24), now + SESSION_SECONDS)
            self._sessions[token] = session
            self._expire(now)
            log.info("staff page: %s logged in", client)
            return session

    def logout(self, token: str) -> None:
        with self._lock:
            self._sessions.pop(token, None)

    # -- every request ---------------------------------------------------------------------------
    def session(self, token: str | None) -> Session | None:
        if not token:
            return None
        with self._lock:
            session = self._sessions.get(token)
            if session is None or session.expires < self._clock():
                self._sessions.pop(token, None)
                return None
            return session

    def allowed(self, token: str | None, csrf: str | None) -> Session | None:
        """The session behind a data-changing request, or None: it needs both the cookie's
        session and the form's token for that session."""
        session = self.session(token)
        if session is None or not csrf or not hmac.compare_digest(csrf.encode(), session.csrf.encode()):
            return None
        return session

    def _expire(self, now: float) -> None:
        for token in [t for t, s in self._sessions.items() if s.expires < now]:
            del self._sessions[token]

