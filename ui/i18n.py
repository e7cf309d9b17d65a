"""Languages: Qt translators for our strings and Qt's own, the locale for dates and numbers."""

import logging
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from ui.qt import QtCore

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = Path(__file__).resolve().parent / "i18n"
QM_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "en")

_installed: list[QtCore.QTranslator] = []


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def build(out_dir: Path = QM_DIR) -> list[Path]:
    """Compile ui/i18n/*.ts into .qm files; the .ts sources are the only committed copy."""
    tool = _lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found; install the project with pip first")
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TS_DIR.glob("fallakte_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def _stale(qm: Path) -> bool:
    ts = TS_DIR / (qm.stem + ".ts")
    return ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)


def uninstall() -> None:
    """Back to the source texts (English) with no translator: for tests that switch languages."""
    app = QtCore.QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()


# The formats of each language as used where Fallakte works. English writes dates day first
# (04/03/2026; plain "en" is en_US and gave 3/4/26, read as 3 April here) and keeps the
# decimal point English readers expect (1,234.56): British English does both. (en_DE would
# also write dates day first, but amounts as 1.234,56, and English input of amounts would
# change meaning.)
LOCALES = {"de": "de_DE", "en": "en_GB"}


def locale_for(language: str) -> QtCore.QLocale:
    return QtCore.QLocale(LOCALES.get(language, language))


def install(language: str) -> None:
    """Switch every translator to `language`; widgets receive a LanguageChange event."""
    app = QtCore.QCoreApplication.instance()
    assert app is not None
    uninstall()
    QtCore.QLocale.setDefault(locale_for(language))
    qm = QM_DIR / f"fallakte_{language}.qm"
    if _stale(qm):
        try:
            build()
        except (OSError, RuntimeError, subprocess.CalledProcessError):
            log.warning("translations could not be built; showing untranslated text")
    ours = QtCore.QTranslator(app)
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QtCore.QTranslator(app)
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)


def locale() -> QtCore.QLocale:
    return QtCore.QLocale()


def short_date_format() -> str:
    """The locale's short date format with a four-digit year: birth years and files need it."""
    fmt = locale().dateFormat(QtCore.QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(value: date | None, *, long: bool = False) -> str:
    if value is None:
        return ""
    day = QtCore.QDate(value.year, value.month, value.day)
    if long:
        return locale().toString(day, QtCore.QLocale.FormatType.LongFormat)
    return locale().toString(day, short_date_format())


def format_partial_date(value: str | None) -> str:
    """A birth date as far as it is known ("1987", "1987-03", "1987-03-14") in the locale's way."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return format_date(date(int(parts[0]), int(parts[1]), int(parts[2])))
        if len(parts) == 2:
            month = QtCore.QDate(int(parts[0]), int(parts[1]), 1)
            german = locale().language() == QtCore.QLocale.Language.German
            return locale().toString(month, "MM.yyyy" if german else "MM/yyyy")
    except ValueError:
        return value
    return value


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    qdt = QtCore.QDateTime(
        QtCore.QDate(local.year, local.month, local.day),
        QtCore.QTime(local.hour, local.minute, local.second),
    )
    return locale().toString(qdt, QtCore.QLocale.FormatType.ShortFormat)


def format_number(value: int | float, decimals: int = 0) -> str:
    if isinstance(value, int) and decimals == 0:
        return locale().toString(value)
    return locale().toString(float(value), "f", decimals)


def format_money(cents: int | None) -> str:
    if cents is None:
        return ""
    return locale().toCurrencyString(cents / 100, "€")
