"""The checks every input and every article pass, whatever its format.

Byte-level (`binary_kind`, `decode`) run on whole files before a reader parses them;
`check_article` runs on each article a reader produced. Each returns a one-line reason
when the input is rejected, so readers turn it into a `Failure` and go on.

Encoding policy: text inputs (plain text, JSONL, CSV) must be UTF-8. A UTF-8 byte order
mark is dropped; UTF-16 with a byte order mark is decoded. Anything else that is not valid
UTF-8 is rejected ("invalid UTF-8 at byte N") rather than guessed as cp1252/latin-1: a
wrong guess silently garbles names and quotes, and every offset in the record points into
that text. Recode such files first (`iconv -f cp1252 -t utf-8`). HTML, feeds and WARC
records follow the charset they declare (meta tag, XML declaration, HTTP header).
"""

from __future__ import annotations

import codecs
import re
import zlib
from functools import lru_cache

from sitrep.ingest.base import MB, Failure, Item, ReadOptions
from sitrep.record import Article

# Leading bytes of binary formats a batch directory is likely to hold by mistake.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"PAR1", "Parquet file"),
]
_RIFF = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# C0 controls other than tab, newline, form feed and carriage return.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def is_warc_gz(data: bytes) -> bool:
    """A gzip stream whose first member starts with a WARC header (so: not a stray archive)."""
    if not data.startswith(b"\x1f\x8b"):
        return False
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def binary_kind(head: bytes) -> str | None:
    """What binary format `head` (the first KBs of a file) looks like, or None for text.

    Known magic numbers name the format; otherwise NUL bytes or a high share of control
    bytes mean binary. UTF-16 text (which has NULs) passes only with its byte order mark.
    """
    if head.startswith(_BOMS):
        return None
    if head[:4] == b"RIFF" and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and b"This program" not in head[:512]:
                continue  # "MZ" alone is too weak; real PE files carry the DOS stub message
            return kind
    if b"\x00" in head:
        encoding = _utf16_without_bom(head)
        if encoding:
            return f"{encoding} text without a byte order mark; recode it: iconv -f {encoding} -t UTF-8"
        return "data with NUL bytes"
    sample = head[:8192]
    if sample and len(_CONTROL.findall(sample)) > 0.1 * len(sample):
        return "mostly non-text bytes"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16LE/BE when every other byte is NUL and the rest is plain text (English in UTF-16)."""
    n = min(len(head), 4096) // 2 * 2
    if n < 16:
        return None
    even, odd = head[0:n:2], head[1:n:2]
    for zeros, text, name in ((odd, even, "UTF-16LE"), (even, odd, "UTF-16BE")):
        printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in text)
        if zeros.count(0) >= 0.9 * len(zeros) and printable >= 0.9 * len(text):
            return name
    return None


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) for UTF-8 (optional BOM) or UTF-16 with BOM, else (None, reason)."""
    skipped = 0
    if data.startswith(codecs.BOM_UTF8):
        data, skipped = data[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as e:
            return None, f"invalid UTF-16 at byte {e.start + 2}"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, f"invalid UTF-8 at byte {e.start + skipped}"


def error_text(e: BaseException, limit: int = 200) -> str:
    """An exception as one short line, for a Failure reason."""
    text = " ".join(f"{type(e).__name__}: {e}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def human_size(n: int, exact: bool = False) -> str:
    """52428800 -> "52.4 MB"; with `exact`, limits keep their round form ("20 MB")."""
    for unit, scale in (("MB", MB), ("KB", 1000)):
        if n >= scale:
            return f"{n / scale:g} {unit}" if exact else f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def size_reason(n_bytes: int, limit: int, what: str = "text") -> str | None:
    """Why an input of `n_bytes` is refused under `limit`: per article text, or per file/stdin."""
    if not limit or n_bytes <= limit:
        return None
    hint = ", see --max-mb" if what == "text" else " per file"
    return f"{what} too large ({human_size(n_bytes)} > {human_size(limit, exact=True)} limit{hint})"


# Language identification: decide on the start of the text, reject only when confident.
LANG_SAMPLE_CHARS = 3000
LANG_MIN_CONFIDENCE = 0.9


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, loaded once per process (about 0.6 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The most probable language of `text` and its calibrated probability."""
    return _identifier().classify(text[:LANG_SAMPLE_CHARS])


def language_reason(article: Article, languages: set[str] | None) -> str | None:
    """Set `article.language`, or say why the article is not in one of `languages`.

    A text is rejected only when py3langid is confident (>= 0.9) that it is in another
    language; short or mixed texts, where it is not, are kept and labelled with the most
    probable accepted language.
    """
    if not languages:
        return None
    best, conf = detect_language(article.text)
    if best in languages:
        article.language = best
        return None
    if conf >= LANG_MIN_CONFIDENCE:
        names = ", ".join(sorted(languages))
        return f"not {_NAMES.get(names, names)} (detected: {best}, confidence {conf:.2f})"
    ranked = _identifier().rank(article.text[:LANG_SAMPLE_CHARS])
    article.language = next((lang for lang, _ in ranked if lang in languages), None)
    return None


_NAMES = {"en": "English"}


def check_article(article: Article, opts: ReadOptions) -> str | None:
    """Why `article` is rejected (empty, too large, binary, wrong language), or None.

    On success `article.language` is set.
    """
    text = article.text
    if not text.strip():
        return "empty"
    if opts.max_bytes and len(text) * 4 > opts.max_bytes:  # else it fits whatever the encoding
        reason = size_reason(len(text.encode("utf-8", "surrogatepass")), opts.max_bytes)
        if reason:
            return reason
    if "\x00" in text:
        return "binary data in text (NUL characters)"
    return language_reason(article, opts.languages)


def accept(article: Article, origin: str, opts: ReadOptions) -> Item | Failure:
    """The `Item` for a checked article, or the `Failure` saying why it was rejected."""
    reason = check_article(article, opts)
    return Failure(origin, reason) if reason else Item(article, origin)
