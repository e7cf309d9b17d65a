"""Shared form widgets: fields with their error message, check lists, dates, code combos, timeline."""
