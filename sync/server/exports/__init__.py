"""Admin exports: pseudonymised cases, access (Art. 15) exports, indicator reports."""
