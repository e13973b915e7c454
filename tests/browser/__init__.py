"""Browsertest voor Klant centraal (issue 7): zie ``tests/browser/run.py``."""
