"""Written for the ear: times as words, short titles, "A, B and C", no emoji or markup."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache

from booth.understand.numbers import ORDINAL_TENS, ORDINAL_UNITS, TENS, UNITS

_ONES = UNITS
_TENS = ("_", "_", *TENS)


def number_words(n: int) -> str:
    """0..9999 as English words: 42 -> "forty two"."""
    if n < 0:
        return "minus " + number_words(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("" if ones == 0 else " " + _ONES[ones])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _ONES[hundreds] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    thousands, rest = divmod(n, 1000)
    return number_words(thousands) + " thousand" + ("" if rest == 0 else " " + number_words(rest))


def ordinal_words(n: int) -> str:
    """21 -> "twenty first", 40 -> "fortieth", 100 -> "one hundredth"."""
    if 0 < n < 20:
        return ORDINAL_UNITS[n - 1]
    head, _, last = number_words(n).rpartition(" ")
    if last in TENS:
        nth = ORDINAL_TENS[TENS.index(last)]
    elif last in UNITS[1:]:
        nth = ORDINAL_UNITS[UNITS.index(last) - 1]
    else:
        nth = last + "th"
    return f"{head} {nth}".strip()


def digits_words(digits: str) -> str:
    """Room-number style: "308" -> "three oh eight", "310" -> "three ten", "1" -> "one"."""
    if not digits.isdigit():
        return digits
    if len(digits) == 3:
        head, tail = digits[0], digits[1:]
        tail_words = "oh " + _ONES[int(tail[1])] if tail[0] == "0" and tail != "00" else (
            "hundred" if tail == "00" else number_words(int(tail)))
        return f"{_ONES[int(head)]} {tail_words}"
    if len(digits) == 4:
        return f"{digits_words(digits[:2])} {digits_words(digits[2:])}"
    return number_words(int(digits))


_HAS_DIGIT = re.compile(r"\S*\d\S*")


def _run_as_said(digits: str) -> str:
    """A run of digits as people say it: "5" -> "five", "308" -> "three oh eight", "2025" ->
    "twenty twenty five", longer runs digit by digit."""
    if len(digits) > 4:
        return " ".join(number_words(int(d)) for d in digits)
    return digits_words(digits) if len(digits) >= 3 else number_words(int(digits))


def digits_said(phrase: str) -> str:
    """A phrase's words with digits in them as a recognizer hears them said: "fun run 5k" -> "fun
    run five k", "a11y" -> "a eleven y", "pyo3" -> "pyo three", "2025" -> "twenty twenty five".
    The grammar can hold no digits, and a title's "3d printing" must still be heard."""
    def word(match: re.Match) -> str:
        pieces = re.findall(r"\d+|[^\d]+", match.group(0))
        return " ".join(_run_as_said(p) if p.isdigit() else p for p in pieces)
    return _HAS_DIGIT.sub(word, phrase)


def say_clock(moment: datetime) -> str:
    """15:00 -> "three p.m.", 15:30 -> "three thirty p.m.", 11:05 -> "eleven oh five a.m."."""
    hour, minute = moment.hour, moment.minute
    if minute == 0 and hour == 12:
        return "noon"
    if minute == 0 and hour == 0:
        return "midnight"
    suffix = "a.m." if hour < 12 else "p.m."
    twelve = hour % 12 or 12
    if minute == 0:
        return f"{number_words(twelve)} {suffix}"
    minute_words = f"oh {_ONES[minute]}" if minute < 10 else number_words(minute)
    return f"{number_words(twelve)} {minute_words} {suffix}"


def say_day(day: date, today: date | None = None) -> str:
    if today is not None:
        delta = (day - today).days
        if delta == 0:
            return "today"
        if delta == 1:
            return "tomorrow"
        if delta == -1:
            return "yesterday"
        if abs(delta) > 6:  # a weekday alone means this week: "June third" is not this Saturday
            return f"{day:%A}, {day:%B} {ordinal_words(day.day)}"
    return day.strftime("%A")


def say_when(start: datetime | None, today: date | None = None, with_day: bool = True) -> str:
    """ "at three p.m. on Saturday"; "today" days are left out."""
    if start is None:
        return "at a time not on the schedule"
    text = f"at {say_clock(start)}"
    if with_day:
        day = say_day(start.date(), today)
        if day != "today":
            text += f" {'on ' if day not in ('tomorrow', 'yesterday') else ''}{day}"
    return text


def say_duration(minutes: int) -> str:
    hours, rest = divmod(int(minutes), 60)
    parts = []
    if hours:
        parts.append("one hour" if hours == 1 else f"{number_words(hours)} hours")
    if rest:
        parts.append(f"{number_words(rest)} minutes")
    return " and ".join(parts) or "no time"


def join_words(items: list[str], conjunction: str = "and") -> str:
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def spoken_count(total: int, limit: int = 3) -> int:
    """How many of ``total`` items say_list names."""
    return total if total <= limit + _named_extra(limit) else limit


def _named_extra(limit: int) -> int:
    # After three names "and 1 more" says less than the name itself; after two, a third name is
    # what makes an answer too long to hear.
    return 1 if limit >= 3 else 0


LIST_BUDGET = 3.1  # estimated seconds the items of one spoken list may take, so the answer stays under 8 s


def said_count(items: list[str], limit: int = 3, budget: float | None = None) -> int:
    """How many of ``items`` say_list names: at most ``limit`` (see spoken_count), fewer when they
    would not fit ``budget`` seconds (LIST_BUDGET), never none."""
    count = spoken_count(len(items), limit)
    budget = LIST_BUDGET if budget is None else budget
    while count > 1 and speech_seconds(", ".join(items[:count])) > budget:
        count -= 1
    return count


def say_list(items: list[str], limit: int = 3, budget: float | None = None) -> str:
    """The items said_count allows, then "and N more"."""
    count = said_count(items, limit, budget)
    if count >= len(items):
        return join_words(items)
    return ", ".join(items[:count]) + f" and {len(items) - count} more"


_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\u2b00-\u2bff\ufe0f\u200d\u2190-\u21ff\u2300-\u23ff]"
)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_URL = re.compile(r"https?://\S+")


def clean_for_speech(text: str) -> str:
    """No emoji, HTML, Markdown or URLs; whitespace folded."""
    text = _MD_LINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _URL.sub("", text)
    text = text.replace("♥", " love ").replace("<3", " love ")
    text = _EMOJI.sub("", text)
    text = re.sub(r"[*_`#]+", "", text)
    text = text.replace("&", " and ")
    return re.sub(r"\s+", " ", text).strip(" -–—:|")


def list_title(title: str, max_syllables: float = 9) -> str:
    """A title as one item of a spoken list: cut at a subtitle, else after the words that fit
    ``max_syllables`` (at least two words). The whole title is on the screen."""
    text = short_title(title)
    words = text.split()
    if sum(_syllables(w) for w in words) <= max_syllables:
        return text
    for separator in (": ", " - ", " – ", " — ", "? ", "! ", " (", ", "):  # the strongest break first
        head = text.split(separator)[0]
        words_ = head.split()
        while len(words_) > 2 and words_[-1].lower().rstrip(",;:") in _DANGLING:
            words_.pop()  # "Solid Snakes or: How to ..." -> "Solid Snakes"
        if head != text and len(words_) >= 2 and sum(_syllables(w) for w in words_) <= max_syllables:
            return " ".join(words_)
    kept: list[str] = []
    for word in words:
        if len(kept) >= 2 and sum(_syllables(w) for w in kept + [word]) > max_syllables:
            break
        kept.append(word)
    if "(" in " ".join(kept) and ")" not in " ".join(kept):  # never cut inside a parenthesis
        kept = " ".join(kept).split(" (")[0].split()
    while len(kept) > 2 and kept[-1].lower().rstrip(",;:") in _DANGLING:
        kept.pop()
    return " ".join(kept).rstrip(",;:-–—")


_DANGLING = {"and", "or", "the", "a", "an", "of", "for", "to", "with", "in", "on", "at", "by", "from", "your", "how",
             "is", "vs", "our", "my", "their", "his", "her", "its", ""}


def short_title(title: str, max_words: int = 9) -> str:
    """A title short enough to say: drop "(Sponsor: X)", cut at a subtitle when long."""
    text = clean_for_speech(title)
    text = re.sub(r"\s*\((?:sponsor|sponsored by)[^)]*\)", "", text, flags=re.IGNORECASE)
    # An admission note is for the screen, not the title: "PyLadies Auction, pre-registration required!"
    text = re.sub(r",?\s*\(?(?:pre-?registration|registration|rsvp)\s+required[!.)]*$", "", text, flags=re.IGNORECASE)
    if len(text.split()) > max_words:
        for separator in (": ", " - ", " – ", " — ", "? ", "! "):
            head = text.split(separator)[0]
            if 2 <= len(head.split()) <= max_words:
                return head.rstrip("?!") if separator in (": ", " - ", " – ", " — ") else head + separator.strip()
        words = text.split()[:max_words]
        while words and words[-1].lower().rstrip(",;:") in _DANGLING:
            words.pop()
        text = " ".join(words).rstrip(",;:-–—")  # "OpenCV, Pandas," is cut mid-list: no comma left hanging
    return text


def summarize(description: str, sentences: int = 1, budget: float = 4.0) -> str:
    """The first sentence of a description, cut to about ``budget`` seconds of speech."""
    text = clean_for_speech(description)
    parts = re.split(r"(?<=[.!?])\s+", text)
    summary = " ".join(parts[:sentences]).strip()
    words = summary.split()
    kept: list[str] = []
    for word in words:
        if kept and speech_seconds(" ".join(kept + [word])) > max(budget, 1.5):
            break
        kept.append(word)
    if len(kept) < len(words):
        summary = " ".join(kept).rstrip(",;:") + "..."
    return summary


# A room named by where it is ("Outside of Hall B", "Meet at the entrance") takes no "in".
_PLACE_PHRASE = re.compile(r"\b[Ii]n (?:Meet\s+)?\*?((?:[Oo]utside|[Aa]t|[Nn]ear|[Uu]nder|[Bb]etween|[Nn]ext to|[Bb]ehind|"
                           r"[Bb]eside|[Ii]nside)\b)")


# Room numbers as people say them: espeak reads "301-305" as "three hundred and one dash ...".
_NUMBER_RANGE = re.compile(r"\b(\d+)\s*[-–]\s*(\d+)\b")
_NUMBER_PAIR = re.compile(r"\b(\d+)/(\d+)\b")


def fix_room_prepositions(text: str) -> str:
    """ "in Outside of Hall B" -> "outside of Hall B"; "in Meet at the entrance" -> "at the entrance";
    "Room 301-305" -> "Room 301 to 305", "Room 310/311" -> "Room 310 and 311"."""
    text = _PLACE_PHRASE.sub(lambda m: m.group(1).lower(), text).replace("*", "")
    return _NUMBER_PAIR.sub(r"\1 and \2", _NUMBER_RANGE.sub(r"\1 to \2", text))


# Seconds of speech at the default espeak-ng rate, fitted (least squares) on 171 answers that
# `booth say --out` spoke (2-18 s): per syllable, pause at punctuation, word and spelled-out acronym,
# numbers counted as espeak reads them. Standard error 0.49 s; at worst 1.4 s short.
_SECONDS_PER_SYLLABLE = 0.1143
_SECONDS_PER_PAUSE = 0.1295
_SECONDS_PER_WORD = 0.0904
_SECONDS_PER_ACRONYM = 0.3673
SPEECH_BUDGET = 6.8  # estimated seconds an answer may take: 8 s less about the fit's worst error
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=8192)
def _syllables(word: str) -> int:
    word = word.lower()
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and count > 1 and not word.endswith("le"):
        count -= 1
    return max(1, count)


def _as_said(match: re.Match) -> str:
    """Digits as they are spoken (numbers_as_said; espeak-ng reads the rest one by one)."""
    return f" {_run_as_said(match.group(0))} "


_ROOM_NUMBER = re.compile(r"(?<![\d.,:])\b(\d{3,4})\b(?![.,:]?\d)")


def numbers_as_said(text: str) -> str:
    """ "Room 308" -> "Room three oh eight", "booth 221" -> "booth two twenty one", 2025 -> "twenty
    twenty five": how people say room and booth numbers and years (espeak-ng would say "three hundred
    and eight"). For the voice only; the screen and --json keep the digits."""
    return _ROOM_NUMBER.sub(lambda m: digits_words(m.group(1)), text)


def fold_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()


@lru_cache(maxsize=4096)
def speech_seconds(text: str) -> float:
    """About how long ``text`` takes to say (see SPEECH_BUDGET)."""
    words = re.findall(r"[A-Za-z']+", _DIGITS.sub(_as_said, fold_accents(text)))
    pauses = len(re.findall(r"[,.:;?!]", text))
    acronyms = len(re.findall(r"\b[A-Z]{2,}\b", text))
    return (_SECONDS_PER_SYLLABLE * sum(_syllables(w) for w in words) + _SECONDS_PER_PAUSE * pauses
            + _SECONDS_PER_WORD * len(words) + _SECONDS_PER_ACRONYM * acronyms)


def fit_speech(text: str, budget: float = SPEECH_BUDGET) -> str:
    """Whole sentences from the start that fit ``budget``: the first always, then each while it
    fits. What is cut ("One more is already running.") is on the screen and in --json."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", text.strip())
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if speech_seconds(" ".join(kept + [sentence])) > budget:
            break
        kept.append(sentence)
    return " ".join(kept)
