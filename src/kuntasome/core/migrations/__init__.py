"""Alembic migration scripts. Run through :mod:`kuntasome.core.migrate`, never by hand."""
