"""Where windows open: inside the screen's available area, the main window as left there.

A 1366×768 laptop leaves about 1366×728 for windows once the task bar is counted, and at
150 % scaling far less: sizes are taken from the available geometry (never the screen's
full size), with room for the title bar the window manager adds only after showing. The
main window's size, position and maximised state are remembered per screen (a screen is
its name and its size in logical pixels, so another scaling counts as another screen).
"""

from ui.qt import QtCore, QtGui, QtWidgets
from ui.settings import DesktopSettings, WindowPlace

# What window managers add around a window (title bar, borders) before the real frame is
# known: generous, so that a first window never hangs below the task bar.
DECORATION = QtCore.QMargins(8, 36, 8, 8)
KEPT_SCREENS = 16  # as DesktopSettings.window_places allows


def screen_key(screen: QtGui.QScreen) -> str:
    size = screen.geometry().size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def usable_area(screen: QtGui.QScreen) -> QtCore.QRect:
    """The available geometry less what a frame around the window would take."""
    return screen.availableGeometry().marginsRemoved(DECORATION)


def _screen_of(window: QtWidgets.QWidget) -> QtGui.QScreen:
    parent = window.parentWidget()
    screen = parent.window().screen() if parent is not None else window.screen()
    return screen or QtGui.QGuiApplication.primaryScreen()


def fit_on_screen(window: QtWidgets.QWidget) -> None:
    """Shrink a window that would not fit its screen, and move it fully onto it."""
    area = usable_area(_screen_of(window))
    minimum = window.minimumSize()
    window.setMinimumSize(min(minimum.width(), area.width()), min(minimum.height(), area.height()))
    size = window.size().boundedTo(area.size())
    if size != window.size():
        window.resize(size)
    geometry = QtCore.QRect(window.pos(), size)
    if not area.contains(geometry):
        window.move(_inside(geometry, area).topLeft())


def _inside(rect: QtCore.QRect, area: QtCore.QRect) -> QtCore.QRect:
    """`rect` moved (and if need be shrunk) to lie within `area`."""
    size = rect.size().boundedTo(area.size())
    x = min(max(rect.x(), area.left()), area.right() - size.width() + 1)
    y = min(max(rect.y(), area.top()), area.bottom() - size.height() + 1)
    return QtCore.QRect(QtCore.QPoint(x, y), size)


def _chosen_screen(settings: DesktopSettings) -> QtGui.QScreen:
    screens = {screen_key(s): s for s in QtGui.QGuiApplication.screens()}
    remembered = screens.get(settings.window_screen or "")
    return remembered or QtGui.QGuiApplication.primaryScreen()


def place_main_window(window: QtWidgets.QMainWindow, settings: DesktopSettings) -> bool:
    """Size and position for the first show; True when the window should open maximised."""
    screen = _chosen_screen(settings)
    area = usable_area(screen)
    minimum = window.minimumSize()
    window.setMinimumSize(min(minimum.width(), area.width()), min(minimum.height(), area.height()))
    place = settings.window_places.get(screen_key(screen))
    if place is not None:
        # Where the window manager had put it: inside the available area as it is (the frame
        # around it was already counted then), so that it does not creep down at each start.
        wanted = QtCore.QRect(place.x, place.y, place.width, place.height)
        window.setGeometry(_inside(wanted, screen.availableGeometry()))
        return place.maximized
    preferred = window.size()
    fits = preferred.width() <= area.width() and preferred.height() <= area.height()
    size = preferred.boundedTo(area.size())
    rect = QtCore.QRect(QtCore.QPoint(0, 0), size)
    rect.moveCenter(area.center())
    window.setGeometry(_inside(rect, area))
    # A small laptop screen is best used whole; a large one gets the calm preferred size.
    return not fits


def remember_main_window(window: QtWidgets.QMainWindow, settings: DesktopSettings) -> None:
    """Note where the window is (its size before maximising, and whether it is maximised)."""
    screen = window.screen() or QtGui.QGuiApplication.primaryScreen()
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    if not normal.isValid():
        normal = window.geometry()
    key = screen_key(screen)
    places = {k: v for k, v in settings.window_places.items() if k != key}
    while len(places) >= KEPT_SCREENS:  # the screens used longest ago go first
        places.pop(next(iter(places)))
    places[key] = WindowPlace(
        x=normal.x(),
        y=normal.y(),
        width=normal.width(),
        height=normal.height(),
        maximized=window.isMaximized(),
    )
    settings.window_places = places
    settings.window_screen = key
