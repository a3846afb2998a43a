"""Screens pushed over the chat: a source document and the help."""
