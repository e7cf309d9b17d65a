"""Data-subject access export (GDPR Art. 15): everything the server holds about one person."""
