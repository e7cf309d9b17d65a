"""The fonts of the PDF summary and its charts: DejaVu Sans when installed, else Helvetica.

DejaVu is embedded (as a subset) and covers every script a name or label might use;
reportlab's built-in Helvetica covers Windows-1252 only (umlauts, ß, – and “ ” included),
which is why a machine without DejaVu still gets a correct German report.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

_SEARCH = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    # How much wider than measured the text may end up: 1.0 where these fonts draw it.
    slack: float = 1.0


BASE = Fonts("Helvetica", "Helvetica-Bold")


def _find(name: str) -> Path | None:
    for folder in _SEARCH:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


@cache
def pdf_fonts() -> Fonts:
    """Registers DejaVu Sans once per process; a missing or unreadable font falls back quietly."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    regular, bold = _find("DejaVuSans.ttf"), _find("DejaVuSans-Bold.ttf")
    if regular is None or bold is None:
        return BASE
    try:
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
    except (OSError, TTFError):
        return BASE
    from reportlab.lib.fonts import addMapping

    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    return Fonts("DejaVuSans", "DejaVuSans-Bold")
