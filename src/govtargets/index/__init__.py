"""The compiled index: a dataset checked as a whole and stored in SQLite, and the cache of them."""
