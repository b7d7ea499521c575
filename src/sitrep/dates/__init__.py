"""Dates: time expressions anchored to the publication date (stage `times`), and the date
each claim or event is about (`date_for_span`)."""

from sitrep.dates.inherit import Dater, date_for_span, precision_of

__all__ = ["Dater", "date_for_span", "precision_of"]
