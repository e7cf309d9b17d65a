"""Tests mirror the packages; a package so that tests/ui never shadows the ui package."""
