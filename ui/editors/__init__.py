"""Forms that change records: each keeps an encrypted draft until it is saved."""
