"""The posting calendar: posts, media, rules, crisis mode, calendar views, .ics export."""
