"""YAML loading that remembers line numbers, so every error can say ``path:line: message``.

One loader for every file we read (intents, dialogs, schedules, boards, fixtures). It parses with
libyaml when available (about ten times faster than pure-Python PyYAML: loading is on the cold-start
path), and keeps dates and "15:00" as the text that was written, so a bad one ("2025-13-01") is our
clear error rather than a ValueError from inside PyYAML.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from booth.errors import BoothError
from booth.limits import check_file_size, check_tree


class LineDict(dict):
    """A mapping from YAML that knows the line of itself and of each key (1-based)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence from YAML that knows the line of each item (1-based)."""

    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader where PyYAML has it: faster


class _LineLoader(_BaseLoader):
    def construct_mapping(self, node, deep=False):
        mapping = LineDict(yaml.SafeLoader.construct_mapping(self, node, deep=deep))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, _value in node.value:
            try:
                mapping.key_lines[self.construct_object(key_node, deep=deep)] = key_node.start_mark.line + 1
            except TypeError:
                pass  # unhashable key: reported by the validator
        return mapping

    def construct_sequence(self, node, deep=False):
        seq = LineList(yaml.SafeLoader.construct_sequence(self, node, deep=deep))
        seq.line = node.start_mark.line + 1
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq


def _text_if_colon(loader, node):
    # YAML 1.1 reads an unquoted 15:00 as the base-60 integer 900; keep what was written.
    value = loader.construct_scalar(node)
    return value if ":" in value else yaml.SafeLoader.construct_yaml_int(loader, node)


def _as_written(loader, node):
    return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _text_if_colon)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_written)


def read_text(path: Path, error: type[BoothError] = BoothError) -> str:
    check_file_size(path, error)
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", path) from None
    except UnicodeDecodeError:
        raise error("not UTF-8 text", path) from None


def load_yaml(path: str | Path, error: type[BoothError] = BoothError, text: str | None = None) -> Any:
    """Parse a YAML file into LineDict/LineList; syntax errors become ``error`` with path:line."""
    path = Path(path)
    if text is None:
        text = read_text(path, error)
    try:
        tree = yaml.load(text, Loader=_LineLoader)
    except RecursionError:
        raise error("invalid YAML: nested too deeply", path) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "syntax error"
        raise error(f"invalid YAML: {problem}", path, line) from None
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise error(f"invalid YAML: {str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__}", path) from None
    check_tree(tree, path, error)
    return tree


def line_of(node: Any, key: Any = None) -> int | None:
    """Best-known line for a node (or one key/index of it); None if unknown."""
    if key is not None and isinstance(node, (LineDict, LineList)):
        return node.line_of(key)
    return getattr(node, "line", None)


def load_json(path: str | Path, error: type[BoothError] = BoothError, data: bytes | None = None) -> Any:
    """Parse a JSON file held to the same limits as YAML (size, depth); problems become ``error``."""
    import json  # only JSON sources pay for it

    path = Path(path)
    if data is None:
        check_file_size(path, error)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise error(f"cannot read: {exc.strerror or exc}", path) from None
    try:
        tree = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise error("not UTF-8 text", path) from None
    except RecursionError:
        raise error("invalid JSON: nested too deeply", path) from None
    except json.JSONDecodeError as exc:
        raise error(f"invalid JSON: {exc.msg}", path, exc.lineno) from None
    check_tree(tree, path, error)
    return tree
