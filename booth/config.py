"""The config file and the environment: what overrides booth.settings.Settings.

Precedence, per option: command-line flag > environment variable > config file > the default in
Settings. The file is TOML, flat ``key = value`` lines with the command line's option names:

    conference = "pycon-us-2025"
    mode = "wake"              # push | always | wake
    wake_phrase = "hey booth"
    context_seconds = 30

It is ``--config PATH``, else ``$BOOTH_CONFIG``, else ``$XDG_CONFIG_HOME/booth/config.toml``
(``~/.config/booth/config.toml``) when that exists. A mistake is ``path:line: message``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from booth.errors import ConfigError
from booth.settings import ListenMode, Settings


@dataclass(frozen=True)
class Option:
    key: str  # name in the config file (and `booth config`); the flag is --key with dashes
    field: str  # Settings field
    env: str
    kind: str  # "text" | "int" | "float" | "bool" | "path" | "mode"
    help: str
    check: Callable[[Any], str | None] | None = None  # returns what is wrong, or None


def _positive(value) -> str | None:
    return None if value > 0 else "must be more than 0"


def _not_negative(value) -> str | None:
    return None if value >= 0 else "must be 0 or more"


def _unit(value) -> str | None:
    return None if 0.0 <= value <= 1.0 else "must be between 0.0 and 1.0"


def _port(value) -> str | None:
    return None if 0 <= value <= 65535 else "must be a port number, 1-65535 (0: any free one)"


# One row per option: the config key, the Settings field it sets, its environment variable.
OPTIONS: tuple[Option, ...] = (
    Option("conference", "conference", "BOOTH_CONFERENCE", "text", "conference to answer about"),
    Option("data", "data_dir", "BOOTH_DATA", "path", "schedule folder"),
    Option("skill", "skill_dir", "BOOTH_SKILL", "path", "skill folder (intents/, dialogs/, tests/, optional data/)"),
    Option("intents", "intents_dir", "BOOTH_INTENTS", "path", "intents folder"),
    Option("dialogs", "dialogs_dir", "BOOTH_DIALOGS", "path", "dialogs folder"),
    Option("now", "now", "BOOTH_NOW", "text", "pretend it is this time (ISO)"),
    Option("context_seconds", "context_seconds", "BOOTH_CONTEXT_SECONDS", "float",
           "how long a follow-up may refer to the last answer", _not_negative),
    Option("mode", "mode", "BOOTH_MODE", "mode", "push (push-to-talk), always, or wake"),
    Option("wake_phrase", "wake_phrase", "BOOTH_WAKE_PHRASE", "text", "the phrase that wakes Booth in wake mode"),
    Option("device", "device", "BOOTH_DEVICE", "text", "microphone, name or index"),
    Option("output_device", "output_device", "BOOTH_OUTPUT_DEVICE", "text", "speaker, name or index"),
    Option("voice", "voice", "BOOTH_VOICE", "text", "espeak voice, e.g. en-us"),
    Option("rate", "rate", "BOOTH_RATE", "int", "speaking rate, words per minute", _positive),
    Option("volume", "volume", "BOOTH_VOLUME", "float", "0.0 to 1.0", _unit),
    Option("button", "button", "BOOTH_BUTTON", "int", "GPIO pin of the push-to-talk button", _not_negative),
    Option("max_seconds", "max_seconds", "BOOTH_MAX_SECONDS", "float", "longest question, seconds", _positive),
    Option("model", "model", "BOOTH_VOSK_MODEL", "path", "Vosk model folder"),
    Option("mute", "mute", "BOOTH_MUTE", "bool", "print answers only, do not speak"),
    Option("free", "free", "BOOTH_FREE", "bool", "transcribe without Booth's grammar"),
    Option("screen", "screen", "BOOTH_SCREEN", "bool", "serve the booth screen page"),
    Option("host", "host", "BOOTH_HOST", "text", "address the screen page listens on"),
    Option("port", "port", "BOOTH_PORT", "int", "port of the screen page", _port),
    Option("staff", "staff", "BOOTH_STAFF", "bool", "also serve the staff page (board edits behind a PIN)"),
)
BY_KEY = {option.key: option for option in OPTIONS}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Resolved:
    settings: Settings
    sources: dict[str, str]  # config key -> "flag", "env NAME", "path:line" or "default"
    config_path: Path | None


def config_path(flag: str | None, environ: Mapping[str, str]) -> tuple[Path | None, bool]:
    """(the config file, whether it was named explicitly). An explicit one must exist."""
    named = flag or environ.get("BOOTH_CONFIG")
    if named:
        return Path(named).expanduser(), True
    base = environ.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if base.strip() and Path(base).is_absolute() else Path.home() / ".config"
    return root / "booth" / "config.toml", False


def read_file(path: Path) -> dict[str, tuple[Any, int]]:
    """The file's options as {key: (value as Settings wants it, line)}; ConfigError path:line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("config file not found", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the config file: {exc}", path) from None
    if sys.version_info >= (3, 11):  # imported here: most runs have no config file
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        tree = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "not valid TOML"
        raise ConfigError(f"not valid TOML: {message}", path, int(found.group(1)) if found else 1) from None
    out: dict[str, tuple[Any, int]] = {}
    for key, value in tree.items():
        line = _line_of(text, key)
        option = BY_KEY.get(key)
        if option is None:
            from difflib import get_close_matches

            close = get_close_matches(key, list(BY_KEY), n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else f" (known: {', '.join(BY_KEY)})"
            what = "section" if isinstance(value, dict) else "key"
            raise ConfigError(f"unknown {what} '{key}'{hint}", path, line)
        out[key] = (_convert(option, value, _error_at(option, path, line), base=path.parent), line)
    return out


def _error_at(option: Option, path: Path | None, line: int | None, prefix: str = "") -> Callable[[str], ConfigError]:
    def error(message: str) -> ConfigError:
        return ConfigError(f"{prefix}{option.key} {message}", path, line)
    return error


def _line_of(text: str, key: str) -> int:
    """TOML parsers give no positions for values: find the key's line (quoted keys too)."""
    pattern = re.compile(rf"^[ \t]*(\[+[ \t]*)?[\"']?{re.escape(key)}[\"']?[ \t]*(=|\])", re.M)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _convert(option: Option, value: Any, error: Callable[[str], ConfigError], base: Path | None = None):
    """A TOML value or an environment string as the Settings field wants it."""
    kind = option.kind
    from_env = isinstance(value, str) and base is None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if from_env and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise error("must be true or false")
    if kind in ("int", "float"):
        if isinstance(value, bool):
            raise error(f"must be {'a whole number' if kind == 'int' else 'a number'}")
        try:
            number = int(value) if kind == "int" else float(value)
            if kind == "int" and isinstance(value, float) and number != value:
                raise ValueError
        except (TypeError, ValueError):
            raise error(f"must be {'a whole number' if kind == 'int' else 'a number'}, not {value!r}") from None
        problem = option.check(number) if option.check else None
        if problem:
            raise error(f"{problem}, not {value!r}")
        return number
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise error("must be text (in quotes)")
    text = str(value).strip()
    if kind == "mode":
        try:
            return ListenMode(text.lower())
        except ValueError:
            raise error(f"must be one of {', '.join(m.value for m in ListenMode)}, not {text!r}") from None
    if kind == "path":
        if not text:
            raise error("is empty")
        path = Path(text).expanduser()
        return path if path.is_absolute() or base is None else (base / path)
    return text or None


def resolve(flags: Mapping[str, Any], environ: Mapping[str, str] | None = None,
            config_flag: str | None = None) -> Resolved:
    """Settings from ``flags`` ({config key: value given on the command line}), the environment
    and the config file, with where each value came from."""
    environ = os.environ if environ is None else environ
    path, explicit = config_path(config_flag, environ)
    from_file: dict[str, tuple[Any, int]] = {}
    if path is not None and (explicit or path.is_file()):
        from_file = read_file(path)
    else:
        path = None
    defaults = {f.name: f.default for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for option in OPTIONS:
        if flags.get(option.key) is not None:
            value, source = flags[option.key], "flag"
        elif environ.get(option.env, "").strip():
            raw = environ[option.env]
            value = _convert(option, raw, _error_at(option, None, None, prefix=f"${option.env}={raw!r}: "))
            source = f"env {option.env}"
        elif option.key in from_file:
            value, line = from_file[option.key]
            source = f"{path}:{line}"
        else:
            value, source = defaults[option.field], "default"
        values[option.field] = value
        sources[option.key] = source
    return Resolved(Settings(**values), sources, path)


def shown(value: Any) -> str:
    if isinstance(value, ListenMode):
        return value.value
    if value is None:
        return "(none)"
    return str(value)


def example() -> str:
    """A config file with every option commented out at its default: a start for staff."""
    defaults = Settings.__dataclass_fields__
    lines = ["# Booth's config file (TOML). Uncomment what you change; flags and BOOTH_* variables win.", ""]
    for option in OPTIONS:
        default = defaults[option.field].default
        if isinstance(default, ListenMode):
            default = default.value
        value = "" if default is None else (str(default).lower() if isinstance(default, bool) else
                                            (f'"{default}"' if isinstance(default, str) else str(default)))
        lines.append(f"# {option.help} (${option.env})")
        lines.append(f"# {option.key} = {value}")
    return "\n".join(lines) + "\n"
