"""KuntaSome: responsible social media for a municipality's communications team."""

__version__ = "0.1.0"
APP_NAME = "KuntaSome"
ORG_DOMAIN = "kuntasome.fi"
