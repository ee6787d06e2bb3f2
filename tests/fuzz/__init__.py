"""Fuzzing of every parser that sees outside bytes: Hypothesis properties (here) and atheris
harnesses (``atheris_targets.py``, run by ``scripts/fuzz.py``)."""
