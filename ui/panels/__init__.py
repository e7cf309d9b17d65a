"""The screens of the workspace, one module each."""
