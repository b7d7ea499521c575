"""Hand-annotated demo records for the web views' tests and the API bench.

Three short reports cut from the bundled sample article (samples/luhansk-2023-02-15.txt), with
places, times, claims and events annotated by hand at their real offsets. They let the page, its
tests and the 10,000-article bench exercise every view whatever the extractors produce today; they
are test and load data, never a source of answers for the extractors.
"""

from __future__ import annotations

from sitrep.record import Actor, Article, Claim, Event, Evidence, Place, Quantity, Record, Span, Speaker, Time

# GeoNames ids and admin-1 codes of the places the reports mention (oblast centres approximate).
GAZETTEER: dict[str, dict] = {
    "Luhansk": dict(
        geonameid=702657,
        name="Luhansk Oblast",
        feature="admin1",
        country="UA",
        admin1="UA.14",
        admin1_name="Luhansk",
        lat=48.66667,
        lon=39.25,
    ),
    "Kyiv": dict(
        geonameid=703448,
        name="Kyiv",
        feature="city",
        country="UA",
        admin1="UA.12",
        admin1_name="Kyiv City",
        lat=50.45466,
        lon=30.5238,
    ),
    "Bakhmut": dict(
        geonameid=713174,
        name="Bakhmut",
        feature="city",
        country="UA",
        admin1="UA.05",
        admin1_name="Donetsk",
        lat=48.59419,
        lon=37.99886,
    ),
    "Vuhledar": dict(
        geonameid=690823,
        name="Vuhledar",
        feature="city",
        country="UA",
        admin1="UA.05",
        admin1_name="Donetsk",
        lat=47.77973,
        lon=37.24999,
    ),
    "Donetsk": dict(
        geonameid=709716,
        name="Donetsk Oblast",
        feature="admin1",
        country="UA",
        admin1="UA.05",
        admin1_name="Donetsk",
        lat=48.0,
        lon=37.5,
    ),
    "Kramatorsk": dict(
        geonameid=704508,
        name="Kramatorsk",
        feature="city",
        country="UA",
        admin1="UA.05",
        admin1_name="Donetsk",
        lat=48.73106,
        lon=37.56779,
    ),
    "Brussels": dict(
        geonameid=2800866,
        name="Brussels",
        feature="city",
        country="BE",
        admin1="BE.BRU",
        admin1_name="Brussels Capital",
        lat=50.85045,
        lon=4.34878,
    ),
}


class _Text:
    """Finds the offsets of phrases in one text, so annotations cannot drift from it."""

    def __init__(self, text: str):
        self.text = text

    def span(self, phrase: str, after: str = "") -> tuple[int, int]:
        base = self.text.index(after) if after else 0
        start = self.text.index(phrase, base)
        return start, start + len(phrase)

    def place(self, phrase: str, key: str | None = None, after: str = "", metonym: bool = False) -> Place:
        start, end = self.span(phrase, after)
        return Place(
            text=phrase,
            start=start,
            end=end,
            metonym=metonym,
            reason="hand-annotated demo",
            **GAZETTEER[key or phrase],
        )

    def time(self, phrase: str, value: str, type: str = "DATE", after: str = "") -> Time:
        start, end = self.span(phrase, after)
        return Time(phrase, start, end, value, type)

    def claim(
        self,
        id: str,
        speaker: str,
        side: str | None,
        cue: str,
        content: str,
        status: str,
        quote: str = "indirect",
        contradicts: list[str] | None = None,
        name: str | None = None,
    ) -> Claim:
        s0, s1 = self.span(speaker)
        c0, c1 = self.span(content, speaker)
        return Claim(
            id=id,
            speaker=Speaker(speaker, s0, s1, name=name, side=side),
            cue=cue,
            quote=quote,
            content=Span(content, c0, c1),
            status=status,
            contradicts=contradicts or [],
        )

    def evidence(self, phrase: str) -> Evidence:
        return Evidence(*self.span(phrase))


FRONT = (
    "Russia claimed on Wednesday that its soldiers had smashed over two military base divisions of "
    "Ukrainian defenses on the eastern frontline.\n\n"
    "The Russian Army Commander claimed that the Ukrainians had fled the Luhansk province after Russian "
    "bombardment, but it gave no other information, and Reuters was unable to officially verify the "
    "allegation from the frontline.\n\n"
    '"The attacks are coming from different directions in waves," Haidai said. He added: "Those who '
    "spread the information that allegedly our defense forces have pulled back beyond the line of the "
    'administrative border (of Luhansk) - this does not correspond to reality."\n'
)

BAKHMUT = (
    "The village of Bakhmut in the Donetsk region, which is close to Luhansk, has been the target of most "
    "of Russia's efforts.\n\n"
    "The High Command of the Ukrainian Armed Services claimed that more than 20 communities, notably "
    "Bakhmut and Vuhledar, a township 150 kilometers (90 miles) to the southwest of Bakhmut, had "
    "bombardments stopped by Ukrainian soldiers.\n\n"
    "In a Video clip, Ukrainian military commentator Oleh Zhdanov claimed that battle was occurring "
    '"around every single house" in Bakhmut.\n'
)

BRUSSELS = (
    "On Tuesday, Zelenskiy claimed that Russia was hurriedly trying to accomplish as much as it could with "
    "its most recent offensive while Ukraine and its supporters gained power.\n\n"
    "NATO defense chiefs met in Brussels for talks that continue on Wednesday.\n\n"
    "Bakhmut's conquest could offer Russia a boost, allowing it to march on Kramatorsk.\n"
)


def front() -> Record:
    t = _Text(FRONT)
    places = [t.place("Luhansk"), t.place("Luhansk", after="border (of ")]
    claims = [
        t.claim(
            "c1",
            "The Russian Army Commander",
            "RU",
            "claimed",
            "the Ukrainians had fled the Luhansk province after Russian bombardment",
            "contradicted",
            contradicts=["c2"],
        ),
        t.claim(
            "c2",
            "Haidai",
            "UA",
            "said",
            "Those who spread the information that allegedly our defense forces have pulled back beyond the "
            "line of the administrative border (of Luhansk) - this does not correspond to reality.",
            "denied",
            quote="direct",
            contradicts=["c1"],
            name="Serhiy Haidai",
        ),
    ]
    events = [
        Event(
            "e1",
            "RETREAT",
            None,
            "Strategic developments",
            "Non-violent transfer of territory",
            [Actor("the Ukrainians", "UA", "actor")],
            0,
            "2023-02-15",
            [],
            "c1",
            t.evidence("the Ukrainians had fled the Luhansk province after Russian bombardment"),
        ),
        Event(
            "e2",
            "ASSAULT",
            "shelling",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            [Actor("Russian", "RU", "actor")],
            0,
            "2023-02-15",
            [],
            "c1",
            t.evidence("Russian bombardment"),
        ),
    ]
    return Record(
        Article(
            id="demo-front",
            title="Russia says Ukrainian troops fled Luhansk",
            published="2023-02-15",
            source="Reuters",
            url="https://example.org/front",
            language="en",
            text=FRONT,
        ),
        places=places,
        times=[t.time("Wednesday", "2023-02-15")],
        claims=claims,
        events=events,
    )


def bakhmut() -> Record:
    t = _Text(BAKHMUT)
    places = [
        t.place("Bakhmut"),
        t.place("Donetsk"),
        t.place("Luhansk"),
        t.place("Bakhmut", after="notably "),
        t.place("Vuhledar"),
        t.place("Bakhmut", after="house"),
    ]
    claims = [
        t.claim(
            "c1",
            "The High Command of the Ukrainian Armed Services",
            "UA",
            "claimed",
            "more than 20 communities, notably Bakhmut and Vuhledar, a township 150 kilometers (90 miles) to "
            "the southwest of Bakhmut, had bombardments stopped by Ukrainian soldiers",
            "reported",
        ),
        t.claim(
            "c2",
            "Oleh Zhdanov",
            "UA",
            "claimed",
            'battle was occurring "around every single house" in Bakhmut',
            "unverified",
            name="Oleh Zhdanov",
        ),
    ]
    events = [
        Event(
            "e1",
            "ASSAULT",
            "shelling",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            [Actor("Ukrainian soldiers", "UA", "target")],
            4,
            "2023-02-14",
            [Quantity("more than 20 communities", 20, "communities", "more than")],
            "c1",
            t.evidence("had bombardments stopped by Ukrainian soldiers"),
        ),
        Event(
            "e2",
            "ASSAULT",
            "fight",
            "Battles",
            "Armed clash",
            [],
            5,
            "2023-02-14",
            [],
            "c2",
            t.evidence('battle was occurring "around every single house" in Bakhmut'),
        ),
    ]
    return Record(
        Article(
            id="demo-bakhmut",
            title="Fighting for every house in Bakhmut",
            published="2023-02-14",
            source="Sitrep Demo Desk",
            url="https://example.org/bakhmut",
            language="en",
            text=BAKHMUT,
        ),
        places=places,
        claims=claims,
        events=events,
    )


def brussels() -> Record:
    t = _Text(BRUSSELS)
    places = [t.place("Brussels"), t.place("Kramatorsk")]
    claims = [
        t.claim(
            "c1",
            "Zelenskiy",
            "UA",
            "claimed",
            "Russia was hurriedly trying to accomplish as much as it could with its most recent offensive",
            "reported",
            name="Volodymyr Zelenskiy",
        )
    ]
    events = [
        Event(
            "e1",
            "CONSULT",
            None,
            "Strategic developments",
            "Agreement",
            [Actor("NATO defense chiefs", None, "actor")],
            0,
            "2023-02-13",
            [],
            None,
            t.evidence("NATO defense chiefs met in Brussels"),
        )
    ]
    return Record(
        Article(
            id="demo-brussels",
            title="NATO chiefs meet in Brussels",
            published="2023-02-13",
            source="Reuters",
            url=None,
            language="en",
            text=BRUSSELS,
        ),
        places=places,
        times=[t.time("Tuesday", "2023-02-14")],
        claims=claims,
        events=events,
    )


def records() -> list[Record]:
    return [front(), bakhmut(), brussels()]
