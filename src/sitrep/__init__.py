"""sitrep: war reporting in, a verifiable record out.

    >>> import sitrep
    >>> record = sitrep.extract("Russian forces shelled Kharkiv on Tuesday, the governor said.",
    ...                         published="2023-02-15")
    >>> record.to_dict()["places"]

`Pipeline` loads the model and gazetteers once and processes many articles in batches.
"""

from sitrep.pipeline import Pipeline, extract
from sitrep.record import SCHEMA_ID, Article, Record

__version__ = "0.1.0"
__all__ = ["Article", "Pipeline", "Record", "SCHEMA_ID", "extract", "__version__"]
