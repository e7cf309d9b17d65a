"""Teams, users, devices, tokens, roles and the team directory."""
