"""Shared fixtures: the spaCy model and the pipeline are loaded once per test session."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
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


# An input 16 times longer may cost a linear stage up to about 16-20 times the CPU (fixed costs
# shrink the ratio, a long sentence's parse adds a little); a stage that rescans the sentence or
# the document per item costs some 100-250 times. The bound sits between the two.
GROWTH = 16
MAX_RATIO = 40


@pytest.fixture(scope="session")
def stays_linear(nlp):
    """Asserts that a stage's CPU time grows in proportion to its input: run on `text_of(n)` and
    `text_of(16 n)`, parse excluded. A ratio, not seconds, so it holds on a fast or a loaded
    machine alike; speed itself is measured by `sitrep bench`, not by tests."""

    def check(stage: Callable, text_of: Callable[[int], str], n: int = 250) -> None:
        stage(nlp(text_of(2)))  # what the stage loads once per process

        def cpu(text: str) -> float:
            doc = nlp(text)
            start = time.process_time()
            stage(doc)
            return time.process_time() - start

        small, large = cpu(text_of(n)), cpu(text_of(n * GROWTH))
        ratio = large / max(small, 0.01)
        assert ratio < MAX_RATIO, (
            f"{n} -> {n * GROWTH} items: {small:.3f} s -> {large:.3f} s CPU (x{ratio:.0f})"
        )

    return check
