"""The central sync server: FastAPI app, auth, devices, blobs, admin and its own database."""
