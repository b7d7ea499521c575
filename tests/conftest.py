"""Shared fixtures: the spaCy model and the pipeline are loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed sequence of examples, so a green run can be repeated;
# locally they explore new examples each time.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from sitrep.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from sitrep import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (benchmark data); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (benchmark data is not part of the repo)")
    return SHARED


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The bundled demo article, shipped in the repo."""
    return (ROOT / "samples" / "luhansk-2023-02-15.txt").read_text("utf-8")
