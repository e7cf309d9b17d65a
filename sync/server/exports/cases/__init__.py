"""Exports of the server's records for reporting: pseudonymised, no names, no free text."""
