"""The PySide6 desktop client: windows, dialogs, item models and background tasks."""
