"""Running the server: settings, process and metrics, and the fallakte-server CLI."""
