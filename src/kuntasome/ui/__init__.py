"""Qt widgets and dialogs. No SQL here: everything goes through kuntasome.core services."""
