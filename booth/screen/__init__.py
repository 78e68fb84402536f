"""The booth screen: a local web page for a kiosk browser showing what Booth hears and answers,
the full list behind a spoken answer, today's open-space board and questions to try; and an
opt-in staff page to edit the board from a phone.

``hub`` (publish/subscribe between the listener and the browsers), ``feed`` (listener events ->
what the page shows), ``board_view`` (today's board as rooms x hours), ``examples`` ("Try
asking"), ``staff`` (PIN, sessions, CSRF, rate limit), ``server`` (HTTP + server-sent events).
Standard library only: http.server with SSE runs on a Pi with nothing to install.
"""
