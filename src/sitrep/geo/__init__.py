"""Places: an offline GeoNames gazetteer, toponym recognition and explainable resolution.

For other stages:
    >>> from sitrep.geo import lookup
    >>> lookup("Kharkov")[0].name          # best sense first, by the context-free prior
    'Kharkiv'
    >>> from sitrep.geo.demonyms import side_of
    >>> side_of("Ukrainian")
    'UA'
"""

from __future__ import annotations

from sitrep.geo.gazetteer import Entry


def lookup(name: str, country: str | None = None, limit: int = 10) -> list[Entry]:
    """Gazetteer entries a name can denote (transliterations, demonyms and abbreviations included),
    best first by population, feature type and how well the name matches; optionally in one country."""
    from sitrep.geo.gazetteer import load
    from sitrep.geo.resolve import candidates, prior

    gaz = load()
    cands = candidates(gaz, name)
    for c in cands:
        prior(c, gaz)
    if country:
        cands = [c for c in cands if c.entry.country == country]
    cands.sort(key=lambda c: -c.score)
    return [c.entry for c in cands[:limit]]


__all__ = ["Entry", "lookup"]
