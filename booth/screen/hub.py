"""A small publish/subscribe hub between the listener (one thread) and the browsers (one
thread per open page).

Each topic keeps its latest message, so a page that connects (or reconnects after a kiosk
browser restart) gets the whole current screen at once, then every change. A subscriber's
queue is bounded and drops its oldest message when full: a stalled browser never blocks the
listener nor grows the booth's memory over a day.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

QUEUE_SIZE = 64  # messages a slow page may fall behind before the oldest are dropped


@dataclass(frozen=True)
class Message:
    topic: str
    data: str  # JSON text, serialised once however many pages listen


class Subscription:
    def __init__(self, size: int = QUEUE_SIZE):
        self._queue: queue.Queue[Message] = queue.Queue(maxsize=size)
        self.dropped = 0

    def put(self, message: Message) -> None:
        while True:
            try:
                self._queue.put_nowait(message)
                return
            except queue.Full:
                try:
                    self._queue.get_nowait()
                    self.dropped += 1
                except queue.Empty:
                    pass

    def get(self, timeout: float) -> Message | None:
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return None


class Hub:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: dict[str, Message] = {}
        self._subscribers: set[Subscription] = set()
        self.closed = threading.Event()

    def publish(self, topic: str, data: Any) -> bool:
        """Send ``data`` (JSON-ready) to every page; False when it equals what the topic holds."""
        message = Message(topic, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        with self._lock:
            if self._latest.get(topic) == message:
                return False
            self._latest[topic] = message
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            subscriber.put(message)
        return True

    def latest(self, topic: str) -> Any:
        with self._lock:
            message = self._latest.get(topic)
        return json.loads(message.data) if message else None

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {topic: json.loads(m.data) for topic, m in self._latest.items()}

    def subscribe(self) -> Subscription:
        subscription = Subscription()
        with self._lock:
            for message in self._latest.values():
                subscription.put(message)
            self._subscribers.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        with self._lock:
            self._subscribers.discard(subscription)

    @property
    def subscribers(self) -> int:
        with self._lock:
            return len(self._subscribers)
