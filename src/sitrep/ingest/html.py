"""HTML pages: trafilatura finds the main text and the metadata.

Title, publication date (the original date, not the last change), site name (as source)
and the canonical/og:url come from the page. Broken markup is read best effort; a page
without main text is rejected. The page's declared charset is followed (see checks.py for
the encoding policy). Also `html_to_text` for HTML fragments such as feed entries.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from html import unescape
from pathlib import PurePath

from sitrep.ingest.base import Failure, Item, ReadOptions
from sitrep.ingest.checks import accept, decode, error_text
from sitrep.ingest.dates import date_from_name, normalize_date
from sitrep.ingest.plaintext import drop_credit_lines
from sitrep.record import Article

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers read these labels as windows-1252 (WHATWG Encoding); so do we.
_AS_CP1252 = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "l1", "cp819"}


def decode_html(data: bytes, charset: str | None = None) -> tuple[str | None, str | None]:
    """Text of an HTML page: BOM, else the charset declared (HTTP header or meta), else UTF-8."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    if not charset:
        m = _META_CHARSET.search(data[:4096])
        charset = m.group(1).decode("ascii") if m else None
        if charset and charset.lower().startswith("utf-16"):
            charset = "utf-8"  # a meta tag readable as ASCII cannot be UTF-16: browsers read UTF-8
    if charset:
        label = charset.strip().lower()
        candidates = ["cp1252", "latin-1"] if label in _AS_CP1252 else [label]
        for encoding in candidates:
            try:
                return data.decode(encoding), None
            except (LookupError, UnicodeDecodeError):
                continue
    return decode(data)


# Fewer words than this is a menu or a stub, not an article (trafilatura falls back to any text).
MIN_WORDS = 8
_WORD = re.compile(r"\w+")


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs, as in plain-text articles."""
    return re.sub(r"[ \t]*\n\s*", "\n\n", text.strip())


def extract(html: str, url: str | None = None) -> tuple[Article | None, str | None]:
    """(article without checks, None) for a page with main text, else (None, reason)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as e:  # trafilatura/lxml on hostile markup; the batch goes on
        return None, f"cannot parse HTML ({error_text(e)})"
    if doc is None or len(_WORD.findall(doc.text or "")) < MIN_WORDS:
        return None, "no article text found in HTML"
    article = Article(
        title=doc.title or None,
        published=normalize_date(doc.date),
        source=doc.sitename or doc.hostname or None,
        url=url or doc.url or None,
        text=_paragraphs(doc.text),
    )
    return article, None


def read(
    data: bytes,
    origin: str,
    opts: ReadOptions,
    name: str = "",
    url: str | None = None,
    fallback_date: str | None = None,
    charset: str | None = None,
) -> Iterator[Item | Failure]:
    html, reason = decode_html(data, charset)
    if html is None:
        yield Failure(origin, reason or "")
        return
    article, reason = extract(html, url)
    if article is None:
        yield Failure(origin, reason or "")
        return
    if not article.published:
        article.published = fallback_date or date_from_name(PurePath(name).name)
    yield accept(article, origin, opts)


_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
}  # fmt: skip


def html_to_text(fragment: str) -> str:
    """Readable text of an HTML fragment (a feed entry): paragraphs kept, markup and credits gone."""
    fragment = _CONTROL_CHARS.sub("", fragment)  # lxml refuses them, and they are not text
    if "<" not in fragment:
        return drop_credit_lines(unescape(fragment)).strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", root.text_content()))
    return drop_credit_lines("\n\n".join(p for p in paragraphs if p)).strip()
