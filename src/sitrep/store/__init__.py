"""Where records are kept. SQLite (one file, WAL) is the default for a laptop."""

from sitrep.store.sqlite import SQLiteStore, Stored

__all__ = ["SQLiteStore", "Stored", "open_store"]


def open_store(path: str, readonly: bool = False) -> SQLiteStore:
    """Open (creating and migrating if needed) the store at `path`."""
    return SQLiteStore(path, readonly=readonly)
