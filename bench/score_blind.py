#!/usr/bin/env python3
"""Score Booth on the blind set tests/heldout3/ (answer-based; Booth is a black box).

usage: python3 bench/score_blind.py [--repo DIR] [--booth PATH] [--set DIR] [--shared DIR]
                                    [--failures FILE] [--verbose] [--json-out FILE]

  --repo DIR      work tree to test (default: this repo); its data/ is copied, never written
  --booth PATH    booth executable (default: DIR/.venv/bin/booth, else `booth` on PATH)
  --set DIR       the YAML set (default: tests/heldout3 of THIS repo, not of --repo)
  --shared DIR    shared data (default: DIR/../shared)

PyCon cases: `booth ask --json --conference C --now N --data TMP` (questions on stdin, one JSON
line each).  Dialogues: `booth chat --json` (turns on stdin).  FOSDEM: `booth import <xml>
--conference fosdem-2026 --data TMP` first, into a temporary copy of data/.

Expectations:  answer   = intent not null, every `answer` substring, >= answer_min (default 1)
                          of `answer_any`, every `times` (HH:MM) present, no `not_answer`;
               no       = intent not null and (no events or a "Did you mean" question), no
                          `not_answer`;
               fallback = intent null and no events;
               handled  = intent not null.
Substrings are matched case/accents/punctuation-insensitively, on word boundaries, against the
answer text plus the titles and rooms of the JSON events.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parents[1]
NUMW = "zero one two three four five six seven eight nine ten eleven twelve".split()
MINW = {0: ["", "o clock"], 5: ["oh five", "o five"], 10: ["ten"], 15: ["fifteen", "quarter past"],
        20: ["twenty"], 25: ["twenty five"], 30: ["thirty", "half past"], 35: ["thirty five"],
        40: ["forty"], 45: ["forty five", "quarter to"], 50: ["fifty"], 55: ["fifty five"]}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def has(hay, needle):
    n = norm(needle)
    return bool(n) and f" {n} " in f" {hay} "


def time_forms(hm):
    h, m = map(int, hm.split(":"))
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    f = [f"{h:02d} {m:02d}", f"{h} {m:02d}", f"{h12} {m:02d}"]
    if m == 0:
        f += [f"{h12} {ap}", f"{h12}{ap}", f"{h12} {ap[0]} m", f"{NUMW[h12]} {ap}", f"{NUMW[h12]} o clock",
              f"{h12} o clock"]
        if h == 12:
            f += ["noon", "midday"]
    for w in MINW.get(m, []):
        if not w:
            continue
        if w.startswith(("quarter past", "half past")):
            f.append(f"{w} {NUMW[h12]}")
        elif w == "quarter to":
            f.append(f"quarter to {NUMW[h12 % 12 + 1]}")
        else:
            f.append(f"{NUMW[h12]} {w}")
    return f


def haystack(reply):
    parts = [reply.get("answer") or ""]
    for e in reply.get("events") or []:
        parts += [e.get("title") or "", e.get("room") or ""]
        sp = e.get("speakers")
        if isinstance(sp, list):
            parts += [str(x) for x in sp]
    return norm(" | ".join(parts))


def times_of(reply):
    out = set()
    for e in reply.get("events") or []:
        for k in ("start", "end"):
            v = e.get(k) or ""
            m = re.search(r"T(\d\d:\d\d)", v)
            if m:
                out.add(m.group(1))
    return out


def is_question(reply):
    return "did you mean" in norm(reply.get("answer") or "")


def judge(exp, reply):
    """-> (ok, reason)"""
    if reply is None:
        return False, "no reply"
    intent = reply.get("intent")
    events = reply.get("events") or []
    hay = haystack(reply)
    kind = exp.get("expect", "answer")
    for n in exp.get("not_answer") or []:
        if has(hay, n):
            return False, f"contains not_answer {n!r}"
    if kind == "fallback":
        return (intent is None and not events), "expected fallback"
    if intent is None:
        return False, "intent null (fallback)"
    if kind == "handled":
        return True, ""
    if kind == "no":
        return (not events or is_question(reply)), "expected an honest no"
    missing = [a for a in exp.get("answer") or [] if not has(hay, a)]
    if missing:
        return False, f"missing {missing}"
    anys = exp.get("answer_any") or []
    if anys:
        need = min(exp.get("answer_min", 1), len(anys))
        if sum(1 for a in anys if has(hay, a)) < need:
            return False, f"none/too few of answer_any (need {need})"
    ts = times_of(reply)
    for t in exp.get("times") or []:
        if t not in ts and not any(has(hay, f) for f in time_forms(t)):
            return False, f"missing time {t}"
    return True, ""


def run(cmd, stdin):
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=900)
    return p.stdout, p.stderr, p.returncode


def parse_stream(text):
    dec, i, out = json.JSONDecoder(), 0, []
    while True:
        j = text.find("{", i)
        if j < 0:
            break
        try:
            obj, end = dec.raw_decode(text, j)
        except json.JSONDecodeError:
            i = j + 1
            continue
        if isinstance(obj, dict) and ("answer" in obj or "intent" in obj):
            out.append(obj)
        i = end
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default=str(HERE))
    ap.add_argument("--booth")
    ap.add_argument("--set", default=str(HERE / "tests" / "heldout3"))
    ap.add_argument("--shared")
    ap.add_argument("--failures")
    ap.add_argument("--json-out")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    repo = Path(a.repo).resolve()
    booth = a.booth or (str(repo / ".venv/bin/booth") if (repo / ".venv/bin/booth").exists() else shutil.which("booth"))
    shared = Path(a.shared).resolve() if a.shared else (repo.parent / "shared")
    tmp = Path(tempfile.mkdtemp(prefix="booth-blind-"))
    data = tmp / "data"
    shutil.copytree(repo / "data", data)
    imported = set()
    env = dict(os.environ)
    env.pop("BOOTH_NOW", None)
    env.pop("BOOTH_DATA", None)

    def base(conf, now):
        return ["--conference", conf, "--now", str(now), "--data", str(data)]

    results = []   # (file, category, kind, sentence, exp, reply, ok, reason)
    for f in sorted(Path(a.set).glob("*.yaml")):
        doc = yaml.safe_load(f.read_text())
        conf, now0 = doc["conference"], doc["now"]
        if doc.get("import") and conf not in imported:
            src = shared / doc["import"].replace("../shared/", "", 1)
            out, err, rc = run([booth, "import", str(src), "--conference", conf, "--data", str(data)], "")
            if rc:
                print(f"import failed ({rc}): {err.strip()[:500]}", file=sys.stderr)
            imported.add(conf)
        groups = defaultdict(list)
        for t in doc.get("tests") or []:
            for s in t["sentences"]:
                groups[str(t.get("now", now0))].append((s, t))
        for now, items in groups.items():
            out, err, rc = run([booth, "ask", "--json"] + base(conf, now), "".join(s + "\n" for s, _ in items))
            replies = [json.loads(l) for l in out.splitlines() if l.strip().startswith("{")]
            if len(replies) != len(items):
                print(f"{f.name}: {len(items)} questions but {len(replies)} replies (rc={rc}) {err[-300:]}", file=sys.stderr)
            for i, (s, t) in enumerate(items):
                rep = replies[i] if i < len(replies) else None
                ok, why = judge(t, rep)
                results.append((f.name, t.get("category", "?"), t.get("expect", "answer"), s, t, rep, ok, why))
        for dlg in doc.get("dialogues") or []:
            now = str(dlg.get("now", now0))
            turns = dlg["turns"]
            out, err, rc = run([booth, "chat", "--json"] + base(conf, now), "".join(t["say"] + "\n" for t in turns))
            replies = parse_stream(out)
            if len(replies) != len(turns):
                print(f"{f.name}: dialogue {dlg['name']!r}: {len(turns)} turns, {len(replies)} replies (rc={rc})", file=sys.stderr)
            for i, t in enumerate(turns):
                rep = replies[i] if i < len(replies) else None
                ok, why = judge(t, rep)
                results.append((f.name, "dialogue_turn", t.get("expect", "answer"), f"[{dlg['name']} #{i + 1}] {t['say']}",
                                t, rep, ok, why))
            dok = all(r[6] for r in results[-len(turns):])
            results.append((f.name, "dialogue_whole", "dialogue", dlg["name"], {"expect": "all turns"}, None, dok,
                            "" if dok else "a turn failed"))
    shutil.rmtree(tmp, ignore_errors=True)

    def conf_of(fn):
        return fn.split("_")[0].replace(".yaml", "")
    cats = defaultdict(lambda: [0, 0])
    for fn, cat, kind, s, t, rep, ok, why in results:
        for k in (f"{conf_of(fn)}/{cat}", f"{conf_of(fn)}/*"):
            cats[k][0] += ok
            cats[k][1] += 1
    print(f"{'category':44s} right wrong total")
    for k in sorted(cats):
        r, n = cats[k]
        print(f"{k:44s} {r:5d} {n - r:5d} {n:5d}")
    q = [r for r in results if r[1] != "dialogue_whole"]
    qs = [r for r in q if r[1] != "dialogue_turn"]
    tt = [r for r in q if r[1] == "dialogue_turn"]
    dw = [r for r in results if r[1] == "dialogue_whole"]
    tot = lambda rs: f"{sum(r[6] for r in rs)} right / {sum(not r[6] for r in rs)} wrong / {len(rs)} total"
    print(f"\nquestions:       {tot(qs)}")
    print(f"dialogue turns:  {tot(tt)}")
    print(f"dialogues whole: {tot(dw)}")
    print(f"overall (questions + turns): {tot(q)}")
    ood = [r for r in q if r[2] == "fallback"]
    ood_guess = [r for r in ood if r[5] and r[5].get("intent") is not None]
    ood_ev = [r for r in ood if r[5] and (r[5].get("events") or [])]
    nos = [r for r in q if r[2] == "no"]
    no_guess = [r for r in nos if r[5] and (r[5].get("events") or []) and not is_question(r[5])]
    print(f"out-of-domain answered as a schedule question (intent not null): {len(ood_guess)} of {len(ood)}"
          f" (with events: {len(ood_ev)})")
    print(f"not-on-schedule answered with another event: {len(no_guess)} of {len(nos)}")
    fails = [r for r in results if not r[6] and r[1] != "dialogue_whole"]
    lines = []
    for fn, cat, kind, s, t, rep, ok, why in fails:
        exp = {k: v for k, v in t.items() if k not in ("sentences", "say", "category")}
        got = None if rep is None else {"intent": rep.get("intent"), "answer": rep.get("answer"),
                                        "events": [e.get("title") for e in (rep.get("events") or [])][:8]}
        lines.append(json.dumps({"file": fn, "category": cat, "sentence": s, "why": why, "expected": exp, "got": got},
                                ensure_ascii=False))
    if a.failures:
        Path(a.failures).write_text("\n".join(lines) + "\n")
        print(f"\n{len(fails)} failures written to {a.failures}")
    elif a.verbose:
        print("\n".join(lines))
    if a.json_out:
        Path(a.json_out).write_text(json.dumps({k: {"right": v[0], "total": v[1]} for k, v in cats.items()}, indent=1))


if __name__ == "__main__":
    main()
