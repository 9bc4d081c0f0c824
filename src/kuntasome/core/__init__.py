"""Pure-Python core: models, database, services. Never imports Qt."""
