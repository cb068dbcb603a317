"""The dataset: its format (vocabularies, models), what its records mean (judgements, wording,
the shapes of rows), and reading, checking, upgrading and starting data files."""
