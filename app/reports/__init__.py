"""Indicator reports: definitions as data, counted in SQL, rendered to XLSX, CSV, JSON and PDF."""
