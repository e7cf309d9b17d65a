"""Push and pull: what a device sends is checked, normalised and merged; pages out."""
