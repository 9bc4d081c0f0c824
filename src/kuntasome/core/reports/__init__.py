"""Management reports: the figures of a period, their comparisons, and the report runs."""
