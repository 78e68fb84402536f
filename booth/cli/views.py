"""What `booth listen` shows in the terminal: a line per step (logs, pipes, tests), or a live
panel with what Booth heard, its answer and the list beside it (a terminal)."""

from __future__ import annotations

__all__ = ["LiveView", "PlainView", "make_view"]


class PlainView:
    """One line per step, for logs, pipes and tests."""

    def __init__(self, out):
        self.out = out
        self._state = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def show(self, event) -> None:
        from booth.voice import listen as ev

        line = None
        if isinstance(event, ev.State) and event.state != self._state:
            self._state = event.state
            if event.state in ("waiting", "listening", "stopped"):
                line = f"[{event.state}]" + (f" {event.detail}" if event.detail else "")
        elif isinstance(event, ev.Heard):
            line = f"Heard: {event.text}"
        elif isinstance(event, ev.Answered):
            line = f"Answer: {event.text}"
        elif isinstance(event, ev.Clarify):
            line = f"Question: {event.question}"
        elif isinstance(event, ev.Ignored):
            line = f"Ignored: {event.reason}"
        elif isinstance(event, (ev.DeviceProblem,)):
            line = f"Microphone problem: {event.message} (retrying in {event.retry_in:.0f} s)"
        elif isinstance(event, ev.SpeechProblem):
            line = f"Speech problem: {event.message}"
        if line:
            print(line, file=self.out, flush=True)


class LiveView(PlainView):
    """A rich Live panel: state, mic level, the last thing heard and answered."""

    def __init__(self, out):
        super().__init__(out)
        from rich.console import Console

        self.console = Console(file=out)
        self.fields = {"state": "starting", "level": -96.0, "heard": "", "answer": "", "note": ""}
        self._live = None

    def __enter__(self):
        from rich.live import Live

        self._live = Live(self._render(), console=self.console, refresh_per_second=8, transient=False)
        self._live.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._live is not None:
            self._live.__exit__(*exc)

    def _render(self):
        from rich.table import Table

        f = self.fields
        bars = max(0, min(30, int((f["level"] + 60) / 2)))
        table = Table.grid(padding=(0, 1))
        table.add_row("[bold]State[/]", f["state"])
        table.add_row("[bold]Mic[/]", "[green]" + "|" * bars + "[/]" + " " * (30 - bars) + f" {f['level']:.0f} dB")
        table.add_row("[bold]Heard[/]", f["heard"])
        table.add_row("[bold]Answer[/]", f["answer"])
        if f["note"]:
            table.add_row("", f"[yellow]{f['note']}[/]")
        return table

    def show(self, event) -> None:
        from booth.voice import listen as ev

        f = self.fields
        if isinstance(event, ev.State):
            f["state"] = event.state + (f" - {event.detail}" if event.detail else "")
        elif isinstance(event, ev.Level):
            f["level"] = event.db
        elif isinstance(event, ev.Partial):
            f["heard"] = event.text + " ..."
        elif isinstance(event, ev.Heard):
            f["heard"], f["note"] = event.text, ""
        elif isinstance(event, ev.Answered):
            f["answer"] = event.text
        elif isinstance(event, ev.Clarify):
            f["answer"] = event.question
        elif isinstance(event, ev.Ignored):
            f["note"] = f"ignored: {event.reason}"
        elif isinstance(event, ev.DeviceProblem):
            f["note"] = f"{event.message} (retrying in {event.retry_in:.0f} s)"
        elif isinstance(event, ev.SpeechProblem):
            f["note"] = event.message
        if self._live is not None:
            self._live.update(self._render())


def make_view(out):
    return LiveView(out) if out.isatty() else PlainView(out)
