"""The user guide (docs/user-guide.md, shipped with the app) in a window of its own: Help › User guide, F1.

Offline like the rest of the app: Qt renders the Markdown itself, with the guide's screenshots
scaled to the window's width.
"""

from pathlib import Path

from ui.qt import QtCore, QtGui, QtWidgets

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDE = DOCS / "user-guide.md"
IMAGE_WIDTH = 760  # the screenshots are 1280 wide: readable at this size, no sideways scrolling


class HelpWindow(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, QtCore.Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Fallakte – User guide"))
        self.browser = QtWidgets.QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.document().setDocumentMargin(18)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(860, 700)
        self.load()

    def load(self) -> bool:
        if not GUIDE.exists():
            self.browser.setPlainText(
                self.tr("The user guide is not installed with this copy of Fallakte.")
            )
            return False
        self.browser.setSearchPaths([str(DOCS)])
        self.browser.setSource(
            QtCore.QUrl.fromLocalFile(str(GUIDE)), QtGui.QTextDocument.ResourceType.MarkdownResource
        )
        _scale_images(self.browser.document())
        return True


def _scale_images(document: QtGui.QTextDocument) -> None:
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat():
                image = fmt.toImageFormat()
                cursor = QtGui.QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QtGui.QTextCursor.MoveMode.KeepAnchor
                )
                image.setWidth(IMAGE_WIDTH)
                cursor.setCharFormat(image)
            it += 1
        block = block.next()
