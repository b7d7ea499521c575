"""Where records are kept. SQLite (one file, WAL) is the default for a laptop."""

from sitrep.store.sqlite import SQLiteStore, Stored, StoreError

__all__ = ["SQLiteStore", "StoreError", "Stored", "open_store"]


def open_store(path: str, readonly: bool = False) -> SQLiteStore:
    """Open (creating and migrating if needed) the store at `path`; StoreError when it cannot be
    used (not a database, another application's database, a newer schema, no access)."""
    return SQLiteStore(path, readonly=readonly)
