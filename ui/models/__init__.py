"""Item models: ids plus a lazy row cache, filled by app services off the GUI thread."""
