"""Sync: the wire protocol, clocks, merge, the client engine and the central server."""
