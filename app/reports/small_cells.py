"""The small-cell rule: no count of 1 to threshold-1 units leaves the engine, nor one that
the others give away.

A count from 1 to threshold-1 becomes Count(None) ("<5"); 0 stays 0. Where the rows of a
breakdown add up to a shown total, one hidden row alone could be computed as the total minus
the others, so the smallest other non-zero row is hidden with it (secondary suppression,
shown as "x" since it is not a small number).
Rows that do not add up (a unit in several rows) give nothing away that way.
"""

from app.reports.model import Count


def protect(units: int, threshold: int) -> Count:
    """The small-cell rule: 1..threshold-1 is hidden, 0 and threshold and above are shown."""
    return Count(None) if 0 < units < threshold else Count(units)


def protect_rows(counts: dict[str, int], threshold: int, *, adds_up: bool) -> dict[str, Count]:
    """Protects every row; where rows add up to a shown total, one hidden row brings a second."""
    protected = {key: protect(n, threshold) for key, n in counts.items()}
    hidden = [key for key, c in protected.items() if c.suppressed]
    total = sum(counts.values())
    if adds_up and len(hidden) == 1 and total >= threshold:
        shown = [key for key, c in protected.items() if not c.suppressed and counts[key] > 0]
        if shown:
            smallest = min(shown, key=lambda key: (counts[key], key))
            protected[smallest] = Count(None, secondary=True)
    return protected
