"""Attachment content: chunked storage, ownership per team, collection of orphans."""
