"""Erasure, retention, anonymisation and the repair of stored records."""
