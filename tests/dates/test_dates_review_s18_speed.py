"""Session 18 review, speed: each rule's pattern is compiled behind a look ahead at the characters
a match can begin with (`grammar._guarded`), so the regex engine leaves most positions of a long
text at once. The guard must never change what a rule finds."""

import re

import pytest
from dates_blind_s18_cases import FIRST, SECOND

from sitrep.dates.grammar import _guarded, rules

# Sentences of our own with times of every kind, as written, in capitals and in lower case, and
# with characters the case-blind engine folds into ASCII letters (the Kelvin sign into "k", the
# long s into "s").
_SENTENCES = [sentence for _, sentence, _ in FIRST + SECOND]
_TEXT = "\n".join(_SENTENCES + [s.upper() for s in _SENTENCES] + [s.lower() for s in _SENTENCES])
_TEXT += "\nThe \u212aremlin said on \u017faturday that talks resume next week, at 6 a.m. Monday."


def _unguarded(pattern: re.Pattern) -> re.Pattern:
    """The rule's pattern as written: the guard is a look ahead at a class before a group."""
    guard = re.match(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:", pattern.pattern)
    assert guard is not None, pattern.pattern
    return re.compile(pattern.pattern[guard.end() : -1], pattern.flags)


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r.name)
def test_guard_keeps_every_match(rule):
    plain = _unguarded(rule.pattern)
    assert [m.span() for m in rule.pattern.finditer(_TEXT)] == [m.span() for m in plain.finditer(_TEXT)]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\b(?:(?:about|some)\s+)?(?P<n>\d+|two)\s+days\b", "About 3 days, SOME two days, 40 days"),
        (r"(?<![\d$])(?:the\s+)?(?P<year>20\d\d)\b", "in 2022, $2023, the 2024 vote"),
        (r"\bkyiv\b", "\u212ayiv and KYIV and kyiv"),
        (r"(?:x)?", "nothing to find"),
        (r"[^a-z]+day", "1day, Monday"),
    ],
)
def test_guard_on_odd_patterns(pattern, text):
    plain = re.compile(pattern, re.I)
    assert [m.span() for m in _guarded(pattern, re.I).finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
