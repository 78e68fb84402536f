"""Load the three schedules straight from the data files (no Booth code) into plain dicts.

Every event: title, kind, day (YYYY-MM-DD), start/end (HH:MM, venue time, or None), room,
speakers (list), track (FOSDEM), descr.  Used by make_expectations.py.
"""
import html
import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
FOSDEM_XML = SHARED / "data/formats/frab-xml/fosdem-2026_schedule.xml"


def _plain(s):
    s = re.sub(r"<[^>]+>", " ", s or "")
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def _hm(iso):
    # conference.json carries venue-local offsets already
    dt = datetime.fromisoformat(iso)
    return dt.strftime("%Y-%m-%d"), dt.strftime("%H:%M")


def load_2025(repo=REPO):
    d = json.loads((repo / "data/pycon-us-2025/conference.json").read_text())
    out = []
    for e in d["schedule"]:
        if e.get("cancelled") or (e.get("name") or "").startswith("CANCELLED"):
            continue
        day, start = _hm(e["start"])
        _, end = _hm(e["end"])
        kind = e["kind"]
        title = _plain(e.get("name"))
        spk = [s["name"] for s in e.get("speakers", [])] or list(e.get("authors") or [])
        if kind == "plenary":
            if title.startswith("Keynote"):
                kind = "keynote"
                if not spk and " - " in title:
                    spk = [title.split(" - ", 1)[1].strip()]
            else:
                kind = "event"
        elif kind == "break":
            kind = "break" if "break" in title.lower() else "meal"
        elif kind == "informational":
            kind = "info"
        ev = dict(title=title, kind=kind, day=day, start=start, end=end, room=e["room"],
                  speakers=spk, descr=_plain(e.get("description")), track=None)
        out.append(ev)
        for p in e.get("sessions", []) or []:
            out.append(dict(title=_plain(p["name"]), kind="poster", day=day, start=start, end=end,
                            room=e["room"], speakers=[s["name"] for s in p.get("speakers", [])],
                            descr=_plain(p.get("description")), track=None))
    for e in d["open-spaces"]:
        day, start = _hm(e["start"])
        _, end = _hm(e["end"])
        room = e["room"]
        if room == "Elsewhere":
            room = e.get("room_display") or room
        out.append(dict(title=_plain(e.get("title") or e.get("name")), kind="open-space", day=day,
                        start=start, end=end, room=room, speakers=[],
                        descr=_plain(e.get("description")), track=None))
    return out


def sponsors_2025(repo=REPO):
    d = json.loads((repo / "data/pycon-us-2025/conference.json").read_text())
    out = []
    for level, lst in d["conference"]["sponsors"].items():
        for s in lst:
            out.append(dict(name=s["name"], level=level, booth=s.get("booth_number"),
                            descr=_plain(s.get("description"))))
    return out


def load_2017(repo=REPO):
    out = []
    for f in ["schedule.yaml", "sprints.yaml", "open-spaces.yaml"]:
        p = repo / "data/pycon-us-2017" / f
        if not p.exists():
            continue
        y = yaml.safe_load(p.read_text()) or {}
        for e in y.get("events") or []:
            start = e.get("start")
            end = e.get("end")
            if isinstance(start, int):
                start = "{:02d}:{:02d}".format(*divmod(start // 60, 60))
            if isinstance(end, int):
                end = "{:02d}:{:02d}".format(*divmod(end // 60, 60))
            if start and not end and e.get("duration"):
                h, m = map(int, str(start).split(":"))
                t = datetime(2000, 1, 1, h, m) + timedelta(minutes=int(e["duration"]))
                end = t.strftime("%H:%M")
            sp = e.get("speakers") or ([e["host"]] if e.get("host") else [])
            out.append(dict(title=e["title"], kind=e.get("kind", "talk"), day=str(e.get("day")) if e.get("day") else None,
                            start=str(start) if start else None, end=str(end) if end else None,
                            room=e.get("room"), speakers=list(sp), descr=e.get("description") or "",
                            track=None))
    return out


def load_fosdem(path=FOSDEM_XML):
    root = ET.parse(path).getroot()
    out = []
    for day in root.findall("day"):
        date = day.get("date")
        for room in day.findall("room"):
            rname = room.get("name")
            for ev in room.findall("event"):
                start = ev.findtext("start")
                dur = ev.findtext("duration") or "00:00"
                h, m = map(int, start.split(":"))
                dh, dm = map(int, dur.split(":")[:2])
                end = (datetime(2000, 1, 1, h, m) + timedelta(hours=dh, minutes=dm)).strftime("%H:%M")
                spk = [p.text for p in ev.findall("persons/person") if p.text]
                out.append(dict(title=(ev.findtext("title") or "").strip(), kind=ev.findtext("type") or "",
                                day=date, start=start, end=end, room=rname, speakers=spk,
                                track=ev.findtext("track"), descr=_plain(ev.findtext("abstract"))))
    return out
