"""Dates and publishers stated in a scraped page (never guessed)."""

import re
from itertools import islice

from qa.text.wordlists import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>[0-3]\d))?\b")
_MDY = re.compile(
    rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I
)
_DMY = re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_TIME = re.compile(r"\b[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?\b", re.I)
_SOURCE = re.compile(r"\b(?:source|publisher|via)\s*:\s*(?P<name>[^|]{2,80}?)\s*$", re.I)
_DATE_PREFIX = re.compile(
    r"^\s*(?:date|published|posted|updated|dated)\s*:?\s+(?P<date>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\s*", re.I
)
_DOMAIN_LINE = re.compile(r"^[A-Za-z][\w-]*(?:\.[A-Za-z]{2,})+$")
_WORDS = re.compile(r"[A-Za-z]{2,}")  # what a dateline may not keep
_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K: equal to i, s, k when case is ignored


def parse_date(text: str) -> tuple[str, int, int] | None:
    """First stated calendar date as ISO text ("2019-01-24" or "2018-05") and its span."""
    for rx in (_ISO, _MDY, _DMY):
        m = rx.search(text)
        if m:
            year, day = m.group("y"), m.groupdict().get("d")
            month = int(m.group("m")) if "m" in m.groupdict() and m.group("m") else MONTHS[m.group("mon").lower()]
            iso = f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")
            return iso, m.start(), m.end()
    return None


def date_prefix(line: str) -> tuple[str, int] | None:
    """A leading "date 2018-05" field: its date and where the rest of the line starts."""
    m = _DATE_PREFIX.match(line)
    return (m.group("date"), m.end()) if m else None


def dateline(line: str) -> tuple[str | None, str | None] | None:
    """A line that only states a date/time and maybe a source: (date, source), else None."""
    if _states_more(line):
        return None
    date = parse_date(line)
    source_match = _SOURCE.search(line)
    rest = line
    if source_match:
        rest = rest[: source_match.start()]
    if date:
        rest = rest[: date[1]] + rest[date[2] :]
    rest = _TIME.sub("", rest)
    if _WORDS.search(rest) or not (date or source_match):
        return None
    return (date[0] if date else None, source_match.group("name").strip() if source_match else None)


def _states_more(line: str) -> bool:
    """Cheap proof that :func:`dateline` is None: no year and no field, or words it cannot remove.

    Every date needs "19" or "20" and a source field a colon. Before the first colon,
    only a date (two words at most: "January", "24th") and a source field's name
    ("Source:", the last word there) can be removed, and times only remove words after
    their own colon: four words before the first colon always leave one. (Not said for
    a line with a letter that matches an ASCII one only ignoring case, "ſeptember":
    :func:`parse_date` fails on it, and the file is then reported as it always was.)
    """
    colon = line.find(":")
    if colon < 0 and "19" not in line and "20" not in line:
        return True
    if _CASE_TWINS.search(line):
        return False
    words = _WORDS.finditer(line, 0, colon if colon >= 0 else len(line))
    return sum(1 for _ in islice(words, 4)) == 4


def source_line(line: str) -> str | None:
    """A bare publisher line such as "News.Az" or "example.com"."""
    line = line.strip()
    return line if _DOMAIN_LINE.match(line) and len(line) <= 40 else None
