"""Answers as text: tables fitted to a terminal, JSON, JSON Lines and CSV."""
