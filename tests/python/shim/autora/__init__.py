"""A stand-in for the autora package, made of darts_studio, so that the reference regressor's own
tests (autora-theorist-darts: tests/test_sklearn_darts.py) run unchanged against this module."""
