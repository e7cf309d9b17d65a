"""Fallakte core: domain, encrypted store and services; no GUI, no HTTP."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fallakte")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+src"
