"""Data files shipped with Fallakte: reference data, translations, icons, the style sheet.

A package only so that wheels carry it beside `app`, `ui` and `sync`; code finds the files
by path relative to its own modules, the same in a checkout, an install and a bundle.
"""
