"""Use cases over the store: what the CLI, the GUI and the sync engine call."""
