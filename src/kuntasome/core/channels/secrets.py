"""Channel secrets in the operating system's keyring; the database records only that
a secret exists and when it changed.

Every secret is stored under the service ``KuntaSome`` with a user name that names the
database (a random id kept in its settings), the channel and the kind, so two databases on
one computer never share secrets. Values never reach the database, logs or messages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, SecretRecord, utcnow
from kuntasome.core.organisation import database_id

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

SERVICE = "KuntaSome"
KINDS = ("password", "backup_codes", "api_token", "recovery_note")
# The kinds as people read them (translated in the "SecretKind" context).
KIND_LABELS = {
    "password": QT_TRANSLATE_NOOP("SecretKind", "Login password"),
    "backup_codes": QT_TRANSLATE_NOOP("SecretKind", "2FA backup codes"),
    "api_token": QT_TRANSLATE_NOOP("SecretKind", "API token"),
    "recovery_note": QT_TRANSLATE_NOOP("SecretKind", "Recovery e-mail and phone"),
}
# Windows Credential Manager holds at most 2,560 bytes, stored as UTF-16.
MAX_BYTES = 2560


class SecretStoreUnavailable(UserError):
    pass


def is_text(value: str) -> bool:
    """Whether *value* is text a password store keeps as it is: no NUL or other control
    characters (line breaks and tabs are allowed: backup codes come one a line), and no
    undecodable bytes (which Python reads as lone surrogates)."""
    for ch in value:
        code = ord(ch)
        if (code < 32 and ch not in "\t\n\r") or code == 127 or 0xD800 <= code <= 0xDFFF:
            return False
    return True


class SecretNotText(UserError):
    """A secret that is not text (binary data, a NUL byte)."""


class SecretTooLarge(UserError):
    pass


class SecretMissing(UserError):
    pass


@dataclass(frozen=True)
class SecretInfo:
    kind: str
    changed_at: datetime


@dataclass(frozen=True)
class MissingSecret:
    channel_id: int
    channel: str  # platform and handle, as people name the channel
    kind: str


def _unavailable(exc: BaseException) -> SecretStoreUnavailable:
    log.warning("Keyring unavailable: %s", type(exc).__name__)  # never the value
    return SecretStoreUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The computer's password store (keyring) is not available, so passwords and"
            " backup codes cannot be saved or shown. Everything else keeps working.",
        )
    )


class SecretStore:
    """Keyring access for channel secrets, with metadata kept in the database."""

    # keyring is imported inside the methods: it takes 0.1 s to import and looks for a
    # backend, which only the secret commands and the security panel need.

    def __init__(self, engine: Engine, backend: Any | None = None) -> None:
        import keyring

        self.engine = engine
        self.keyring = backend or keyring.get_keyring()
        self._id: str | None = None

    # -- identity ------------------------------------------------------------------------
    def _database_id(self) -> str:
        """Read (or create) once per store: it never changes for a database."""
        if self._id is None:
            self._id = database_id(self.engine)
        return self._id

    def _username(self, channel_id: int, kind: str) -> str:
        if kind not in KINDS:
            raise ValueError(kind)
        return f"{self._database_id()}/channel/{channel_id}/{kind}"

    # -- operations ----------------------------------------------------------------------
    def available(self) -> bool:
        from keyring.backends import fail

        return not isinstance(self.keyring, fail.Keyring)

    def set(self, channel_id: int, kind: str, value: str, *, actor_id: int | None = None) -> None:
        from keyring.errors import KeyringError

        if not value:
            raise SecretMissing(QT_TRANSLATE_NOOP("Errors", "The secret is empty."))
        if not is_text(value):
            raise SecretNotText(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The secret is not text: it holds a NUL byte, another control character or"
                    " bytes that are not UTF-8. Nothing was saved. Give the password or the"
                    " codes as text.",
                )
            )
        size = len(value.encode("utf-16-le"))
        if size > MAX_BYTES:
            raise SecretTooLarge(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The secret is too long for the Windows password store: at most {limit}"
                    " characters (this one has {length}). Split it, or keep the rest elsewhere.",
                ),
                limit=MAX_BYTES // 2,
                length=len(value),
            )
        username = self._username(channel_id, kind)
        try:
            self.keyring.set_password(SERVICE, username, value)
        except (KeyringError, RuntimeError) as exc:
            raise _unavailable(exc) from None
        self._record(channel_id, kind, actor_id, "secret.set")

    def get(self, channel_id: int, kind: str) -> str:
        from keyring.errors import KeyringError

        try:
            value = self.keyring.get_password(SERVICE, self._username(channel_id, kind))
        except (KeyringError, RuntimeError) as exc:
            raise _unavailable(exc) from None
        if value is None:
            raise SecretMissing(
                QT_TRANSLATE_NOOP(
                    "Errors", "No such secret is stored in this computer's password store."
                )
            )
        return str(value)

    def delete(self, channel_id: int, kind: str, *, actor_id: int | None = None) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self.keyring.delete_password(SERVICE, self._username(channel_id, kind))
        except PasswordDeleteError:
            pass  # already gone from the keyring: forget the record too
        except (KeyringError, RuntimeError) as exc:
            raise _unavailable(exc) from None
        self._record(channel_id, kind, actor_id, "secret.delete")

    def kinds(self, channel_id: int) -> list[SecretInfo]:
        """Which secrets a channel has (from the database: no keyring access needed)."""

        with session_scope(self.engine) as session:
            rows = session.exec(
                select(SecretRecord)
                .where(SecretRecord.channel_id == channel_id)
                .order_by(col(SecretRecord.kind))
            ).all()
            return [SecretInfo(r.kind, r.changed_at) for r in rows]

    def missing(self) -> list[MissingSecret]:
        """Secrets the register says exist that this computer's keyring does not hold: after
        a backup is restored on another computer (the keyring is never in a backup)."""
        from keyring.errors import KeyringError

        with session_scope(self.engine) as session:
            rows = session.exec(
                select(SecretRecord.channel_id, SecretRecord.kind, Channel.platform, Channel.handle)
                .join(Channel, col(Channel.id) == col(SecretRecord.channel_id))
                .order_by(col(Channel.platform), col(Channel.handle), col(SecretRecord.kind))
            ).all()
        missing = []
        for channel_id, kind, platform, handle in rows:
            try:
                value = self.keyring.get_password(SERVICE, self._username(channel_id, kind))
            except (KeyringError, RuntimeError) as exc:
                raise _unavailable(exc) from None
            if value is None:
                missing.append(MissingSecret(channel_id, f"{platform}:{handle}", kind))
        return missing

    def _record(self, channel_id: int, kind: str, actor_id: int | None, action: str) -> None:
        with session_scope(self.engine) as session:
            row = session.exec(
                select(SecretRecord).where(
                    SecretRecord.channel_id == channel_id, SecretRecord.kind == kind
                )
            ).first()
            if action == "secret.delete":
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(SecretRecord(channel_id=channel_id, kind=kind, changed_by_id=actor_id))
            else:
                row.changed_at = utcnow()
                row.changed_by_id = actor_id
            audit.record(
                session,
                action,
                entity="channel",
                entity_id=channel_id,
                actor_id=actor_id,
                kind=kind,
            )


def missing_secrets(url: str) -> list[MissingSecret] | None:
    """The secrets the register at *url* expects that this computer's keyring lacks (after a
    restore on another computer); None when there is no keyring to ask."""
    from kuntasome.core.db import make_engine

    engine = make_engine(url)
    try:
        store = SecretStore(engine)
        if not store.available():
            return None
        try:
            return store.missing()
        except SecretStoreUnavailable:
            return None
    finally:
        engine.dispose()
