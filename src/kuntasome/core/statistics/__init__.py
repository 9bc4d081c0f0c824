"""Statistics: importers of the platforms' exports, the store, column mapping, series."""
