"""Secrets live in the keyring only; the database knows that they exist and when they changed."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import Engine
from sqlmodel import col, select

from kuntasome.core.channels.secrets import (
    SecretMissing,
    SecretStore,
    SecretStoreUnavailable,
    SecretTooLarge,
)
from kuntasome.core.database import prepare_database
from kuntasome.core.db import make_engine, session_scope
from kuntasome.core.logsetup import configure_logging
from kuntasome.core.models import AuditLog, Channel
from kuntasome.core.paths import DataPaths


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def channel(engine: Engine) -> int:
    with session_scope(engine) as s:
        ch = Channel(platform="facebook", handle="kallioranta")
        s.add(ch)
        s.flush()
        assert ch.id is not None
        return ch.id


def test_set_get_replace_delete(engine: Engine, channel: int) -> None:
    backend = MemoryKeyring()
    store = SecretStore(engine, backend)
    store.set(channel, "password", "Kesä2026!", actor_id=None)
    store.set(channel, "backup_codes", "1111 2222 3333")
    assert store.get(channel, "password") == "Kesä2026!"
    assert [i.kind for i in store.kinds(channel)] == ["backup_codes", "password"]
    first = store.kinds(channel)[1].changed_at
    store.set(channel, "password", "Syksy2026!")
    assert store.get(channel, "password") == "Syksy2026!"
    assert store.kinds(channel)[1].changed_at >= first
    store.delete(channel, "password")
    assert [i.kind for i in store.kinds(channel)] == ["backup_codes"]
    with pytest.raises(SecretMissing):
        store.get(channel, "password")
    with session_scope(engine) as s:
        actions = [a.action for a in s.exec(select(AuditLog).order_by(col(AuditLog.id)))]
    assert actions == ["secret.set", "secret.set", "secret.set", "secret.delete"]


def test_two_databases_do_not_share_secrets(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    stores = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path}/{name}.sqlite"
        prepare_database(url, create=True)
        eng = make_engine(url)
        with session_scope(eng) as s:
            s.add(Channel(platform="x", handle="@k"))
        stores.append(SecretStore(eng, backend))
    stores[0].set(1, "password", "only-in-a")
    with pytest.raises(SecretMissing):
        stores[1].get(1, "password")


def test_too_long_for_windows_is_refused_and_nothing_stored(engine: Engine, channel: int) -> None:
    backend = MemoryKeyring()
    store = SecretStore(engine, backend)
    with pytest.raises(SecretTooLarge) as caught:
        store.set(channel, "backup_codes", "x" * 1281)
    assert caught.value.params == {"limit": 1280, "length": 1281}
    assert backend.store == {} and store.kinds(channel) == []
    store.set(channel, "backup_codes", "x" * 1280)  # the limit itself is fine


def test_no_keyring_gives_a_clear_message_and_the_rest_works(engine: Engine, channel: int) -> None:
    store = SecretStore(engine, fail.Keyring())
    assert not store.available()
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.set(channel, "password", "ei-talletu")
    assert "not available" in caught.value.translated(lambda _c, t: t)
    assert "ei-talletu" not in str(caught.value)
    assert store.kinds(channel) == []


def _secret_service_ready() -> bool:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        from keyring.backends.SecretService import Keyring

        return bool(Keyring.priority > 0)
    except Exception:
        return False


@pytest.mark.keyring
def test_canary_secret_reaches_only_the_real_keyring(tmp_path: Path) -> None:
    """Through a real Secret Service (gnome-keyring): the value is nowhere but there."""
    if not _secret_service_ready():
        if os.environ.get("CI"):
            pytest.fail("CI must test against a real Secret Service (see packaging/run-tests.sh)")
        pytest.skip("no Secret Service session")
    from keyring.backends.SecretService import Keyring

    paths = DataPaths(tmp_path / "data")
    configure_logging(paths.log_file)
    prepare_database(paths.database_url, create=True)
    eng = make_engine(paths.database_url)
    with session_scope(eng) as s:
        s.add(Channel(platform="facebook", handle="kallioranta"))
    canary = f"CANARY-{uuid.uuid4().hex}"
    store = SecretStore(eng, Keyring())
    store.set(1, "password", canary)
    assert keyring.get_keyring() is not None
    assert SecretStore(eng, Keyring()).get(1, "password") == canary  # a fresh connection
    eng.dispose()
    configure_logging(None)
    for path in paths.root.rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path
    eng = make_engine(paths.database_url)
    SecretStore(eng, Keyring()).delete(1, "password")
    eng.dispose()
