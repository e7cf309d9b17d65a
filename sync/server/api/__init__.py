"""HTTP: the FastAPI app, its routes, dependencies and request gates."""
