"""`read_inputs`: files, directories, globs and stdin in, articles and failures out.

Directories are walked recursively in sorted order, skipping hidden files and folders and
the files in `ReadOptions.skip`; globs are expanded (`**` included); "-" is stdin, whose
format is sniffed from its content.
Every file is sniffed (sniff.py), checked for binary content, and handed to the reader of
its format. Nothing raises for bad input: an unreadable path, a rejected file or a rejected
row is one `Failure`, and the batch goes on.
"""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sitrep.ingest import csvrows, feed, html, jsonl, plaintext, warc
from sitrep.ingest.base import Failure, Item, ReadOptions
from sitrep.ingest.checks import binary_kind, error_text, size_reason
from sitrep.ingest.sniff import sniff

Reader = Callable[..., Iterator[Item | Failure]]

READERS: dict[str, Reader] = {
    "text": plaintext.read,
    "html": html.read,
    "jsonl": jsonl.read,
    "json": jsonl.read_document,
    "csv": csvrows.read,
    "tsv": lambda data, origin, opts, name="": csvrows.read(data, origin, opts, name, tsv=True),
    "feed": feed.read,
    "warc": warc.read,
}
STDIN = "<stdin>"
_HEAD = 8192


def read_inputs(inputs: Iterable[str | Path], opts: ReadOptions | None = None) -> Iterator[Item | Failure]:
    """Every article in `inputs` (paths, directories, globs, "-"), in order, or why not."""
    opts = opts or ReadOptions()
    for spec in inputs:
        for path in _expand(str(spec), opts.skip):
            if isinstance(path, Failure):
                yield path
            elif path == STDIN:
                yield from _guarded(STDIN, _read_stdin(opts))
            else:
                yield from _guarded(path, read_file(path, opts))


def read_file(path: str, opts: ReadOptions) -> Iterator[Item | Failure]:
    """The articles in one file."""
    try:
        size = Path(path).stat().st_size
        reason = size_reason(size, opts.max_file_bytes, "file")
        if reason:
            yield Failure(path, reason)
            return
        data = Path(path).read_bytes()
    except OSError as e:
        yield Failure(path, f"cannot read: {e.strerror or e}")
        return
    yield from read_bytes(data, path, opts, name=path)


def read_bytes(data: bytes, origin: str, opts: ReadOptions, name: str = "") -> Iterator[Item | Failure]:
    """The articles in one input's bytes; `name` (its file name, if any) helps sniffing."""
    head = data[:_HEAD]
    fmt = opts.format or sniff(name, head, opts.column("text"))
    if fmt != "warc":
        kind = binary_kind(head)
        if kind:
            yield Failure(origin, f"binary file (looks like {kind})")
            return
    if not data.strip():
        yield Failure(origin, "empty")
        return
    yield from READERS[fmt](data, origin, opts, name=name)


def _read_stdin(opts: ReadOptions) -> Iterator[Item | Failure]:
    stream = opts.stdin_stream()
    buffer = getattr(stream, "buffer", None)
    limit = opts.max_file_bytes or -1
    data = (
        buffer.read(limit + 1 if limit > 0 else -1)
        if buffer is not None
        else stream.read().encode("utf-8", "surrogatepass")
    )
    reason = size_reason(len(data), opts.max_file_bytes, "input")
    if reason:
        yield Failure(STDIN, reason)
        return
    yield from read_bytes(data, STDIN, opts)


def _guarded(origin: str, items: Iterator[Item | Failure]) -> Iterator[Item | Failure]:
    """Turn a reader's unexpected exception into a Failure, so the rest of the batch is read."""
    try:
        yield from items
    except Exception as e:
        yield Failure(origin, f"unexpected error while reading ({error_text(e)})")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _walk(directory: Path, skip: frozenset[str] = frozenset()) -> list[str]:
    files = (
        p
        for p in directory.rglob("*")
        if p.is_file() and not _hidden(p.relative_to(directory)) and not _skipped(p, skip)
    )
    return sorted(str(p) for p in files)


def _skipped(path: Path, skip: frozenset[str]) -> bool:
    return bool(skip) and str(path.resolve()) in skip


def _expand(spec: str, skip: frozenset[str] = frozenset()) -> Iterator[str | Failure]:
    if spec == "-":
        yield STDIN
        return
    path = Path(spec)
    if path.is_dir():
        found = _walk(path, skip)
        if not found:
            yield Failure(spec, "directory has no files")
        yield from found
    elif path.exists():
        yield spec
    elif glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield Failure(spec, "no files match this pattern")
        for match in matches:
            if Path(match).is_dir():
                yield from _walk(Path(match), skip)
            elif not _skipped(Path(match), skip):
                yield match
    else:
        yield Failure(spec, "no such file or directory")
