"""Spoken forms of room codes and tracks as other conferences name them. FOSDEM's rooms are codes
such as "K.1.105 (La Fontaine)", "UB2.252A (Lameere)" or plain "Janson"; a visitor says "k one oh
five", "room u b two two five two a", "lameere". Its tracks and devrooms ("Rust", "Local-First,
sync engines, CRDTs") are said as "the rust devroom", "the local first track"."""

from __future__ import annotations

import itertools
import re

from booth.answer.spoken import digits_words, number_words

_CODE = re.compile(r"^(?P<code>[A-Za-z]{1,3}\d*(?:[.\-]?[A-Za-z0-9]+)*)?\s*(?:\((?P<name>[^)]+)\))?$")
_MAX_FORMS = 64  # enough ways to say one code; the product of every reading grows fast
TRACK_WORDS = ("devroom", "dev room", "developer room", "track")


def _say_digits(group: str) -> set[str]:
    one_by_one = " ".join(number_words(int(d)) for d in group)
    says = {group, digits_words(group), one_by_one, one_by_one.replace("zero", "oh")}
    if len(group) <= 4:
        says.add(number_words(int(group)))
    return says


def _say_letters(group: str) -> set[str]:
    low = group.lower()
    return {low, " ".join(low)}


def code_room_forms(room: str) -> set[str]:
    """ "K.1.105 (La Fontaine)" -> "k one oh five", "k 1 105", "la fontaine", "room k one one oh five", ...
    Empty for rooms that are not codes (those are room_forms' work)."""
    found = _CODE.match(room.strip())
    code = found.group("code") if found else None
    if not found or not (code and re.search(r"\d", code) or found.group("name")):
        return set()
    forms: set[str] = set()
    if found.group("name"):
        forms.add(found.group("name"))
    if code:
        forms.add(code)
        groups = re.findall(r"[A-Za-z]+|\d+", code)
        readings = [sorted(_say_digits(g) if g.isdigit() else _say_letters(g)) for g in groups]
        for combo in itertools.islice(itertools.product(*readings), _MAX_FORMS):
            forms.add(" ".join(combo))
        if len(groups) >= 3 and groups[1].isdigit():  # "K.1.105": people drop the floor, "k one oh five"
            rest = [readings[0]] + readings[2:]
            for combo in itertools.islice(itertools.product(*rest), _MAX_FORMS):
                forms.add(" ".join(combo))
    return forms | {f"room {f}" for f in forms}


def track_names(track: str) -> set[str]:
    """ "Local-First, sync engines, CRDTs" -> "local first, sync engines, crdts", "local first";
    "HPC, Big Data & Data Science" -> also "hpc"; "Nix and NixOS" -> also "nix"; "Main Track" stays."""
    plain = track.replace("&", " and ").replace("-", " ")
    names = {track, plain, plain.split(",")[0]}
    for head in plain.split(",")[0].split(" and "):  # "Nix and NixOS" -> "nix", "nixos"
        if len(head.strip()) >= 3:
            names.add(head.strip())
    for name in list(names):
        words = name.split()
        names.add(" ".join(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words))
        # "eBPF", "HPC": said letter by letter
        names.add(" ".join(" ".join(w.lower()) if 2 <= len(w) <= 5 and sum(c.isupper() for c in w) >= 2 else w
                           for w in words))
    return {" ".join(n.split()) for n in names if n.strip()}


def track_forms(track: str) -> set[str]:
    forms = set()
    for name in track_names(track):
        low = name.lower()
        if low.endswith(" track") or low.endswith(" devroom"):
            forms.add(name)
            continue
        forms.update(f"{name} {word}" for word in TRACK_WORDS)
        if len(low.split()) >= 3:  # "nix and nixos talks": a long name is the track said alone too
            forms.add(name)
    return forms
