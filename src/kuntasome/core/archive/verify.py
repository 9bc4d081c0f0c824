"""Verifying a BagIt bag (RFC 8493) as a folder, a zip or a tar, naming the file at fault.

Every manifest and tag manifest is checked, every algorithm in it, in one read per file;
files in ``data/`` that no manifest lists, and listed files that are missing, are named too.
A folder is hashed by several threads at once (hashlib releases the interpreter while it
hashes), an archive is read as a stream, never unpacked to disk.
"""

from __future__ import annotations

import hashlib
import os
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from kuntasome.core.cancel import Cancellation
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

CHUNK = 1 << 20
ALGORITHMS = ("md5", "sha1", "sha256", "sha512")


class BagInvalid(UserError):
    pass


@dataclass
class BagReport:
    files: int = 0
    bytes: int = 0
    algorithms: tuple[str, ...] = ()
    info: dict[str, list[str]] = field(default_factory=dict)


class _Tree:
    """The files of a bag, wherever they are: names relative to the bag's top folder."""

    def names(self) -> list[str]:
        raise NotImplementedError

    def open(self, name: str) -> AbstractContextManager[IO[bytes]]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _Folder(_Tree):
    def __init__(self, root: Path) -> None:
        self.root = root

    def names(self) -> list[str]:
        found = []
        for folder, _dirs, files in os.walk(self.root):
            for name in files:
                found.append(Path(folder, name).relative_to(self.root).as_posix())
        return found

    def open(self, name: str) -> AbstractContextManager[IO[bytes]]:
        return open(self.root / name, "rb")


def _strip_top(names: list[str]) -> tuple[str, list[str]]:
    """A bag in an archive sits in one top folder (bagit.txt is in it)."""
    tops = {n.split("/", 1)[0] for n in names if "/" in n}
    if len(tops) == 1:
        top = tops.pop()
        inner = [n[len(top) + 1 :] for n in names if n.startswith(top + "/") and n != top + "/"]
        if "bagit.txt" in inner:
            return top + "/", inner
    return "", names


class _Zip(_Tree):
    def __init__(self, path: Path) -> None:
        self.archive = zipfile.ZipFile(path)
        names = [n for n in self.archive.namelist() if not n.endswith("/")]
        self.prefix, self._names = _strip_top(names)

    def names(self) -> list[str]:
        return self._names

    def open(self, name: str) -> AbstractContextManager[IO[bytes]]:
        return self.archive.open(self.prefix + name)

    def close(self) -> None:
        self.archive.close()


class _Tar(_Tree):
    def __init__(self, path: Path) -> None:
        self.archive = tarfile.open(path)  # noqa: SIM115 - closed by close()
        self.members = {m.name: m for m in self.archive.getmembers() if m.isfile()}
        self.prefix, self._names = _strip_top(list(self.members))

    def names(self) -> list[str]:
        return self._names

    def open(self, name: str) -> AbstractContextManager[IO[bytes]]:
        stream = self.archive.extractfile(self.members[self.prefix + name])
        assert stream is not None
        return stream

    def close(self) -> None:
        self.archive.close()


def _open_tree(path: Path) -> _Tree:
    try:
        if path.is_dir():
            return _Folder(path)
        if zipfile.is_zipfile(path):
            return _Zip(path)
        if tarfile.is_tarfile(path):
            return _Tar(path)
    except (OSError, zipfile.BadZipFile, tarfile.TarError) as exc:
        raise _not_a_bag(path) from exc
    raise _not_a_bag(path)


def _not_a_bag(path: Path) -> BagInvalid:
    return BagInvalid(
        QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a BagIt bag (a folder, zip or tar with bagit.txt)."
        ),
        name=path.name,
    )


def _invalid(path: Path, problem: str, file: str) -> BagInvalid:
    texts = {
        "changed": QT_TRANSLATE_NOOP(
            "Errors",
            "The bag {name} is not intact: {file} has changed (its checksum is not the one in"
            " the manifest).",
        ),
        "missing": QT_TRANSLATE_NOOP("Errors", "The bag {name} is not intact: {file} is missing."),
        "added": QT_TRANSLATE_NOOP(
            "Errors", "The bag {name} is not intact: {file} was added (no manifest lists it)."
        ),
        "manifest": QT_TRANSLATE_NOOP(
            "Errors", "The bag {name} is not intact: its manifest {file} cannot be read."
        ),
        "oxum": QT_TRANSLATE_NOOP(
            "Errors",
            "The bag {name} is not intact: its size and file count ({file}) are not those in"
            " bag-info.txt.",
        ),
    }
    return BagInvalid(texts[problem], name=path.name, file=file)


def _read_manifest(tree: _Tree, path: Path, name: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    try:
        with tree.open(name) as fh:
            text = fh.read().decode("utf-8")
    except (OSError, UnicodeDecodeError, KeyError) as exc:
        raise _invalid(path, "manifest", name) from exc
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, _, file = line.partition(" ")
        file = file.strip().lstrip("*")
        file = file.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
        if not digest or not file or ".." in PurePosixPath(file).parts:
            raise _invalid(path, "manifest", name)
        entries[file] = digest.lower()
    return entries


def _hash(tree: _Tree, name: str, algorithms: tuple[str, ...], cancel: Cancellation | None
          ) -> tuple[dict[str, str], int]:  # fmt: skip
    hashers = {a: hashlib.new(a) for a in algorithms}
    size = 0
    with tree.open(name) as fh:
        while chunk := fh.read(CHUNK):
            for h in hashers.values():
                h.update(chunk)
            size += len(chunk)
            if cancel is not None:
                cancel.check()
    return {a: h.hexdigest() for a, h in hashers.items()}, size


def _bag_info(tree: _Tree) -> dict[str, list[str]]:
    info: dict[str, list[str]] = {}
    if "bag-info.txt" not in tree.names():
        return info
    with tree.open("bag-info.txt") as fh:
        text = fh.read().decode("utf-8", errors="replace")
    key = ""
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and key:
            info[key][-1] += " " + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            key = key.strip()
            info.setdefault(key, []).append(value.strip())
    return info


def verify_bag(
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancellation | None = None,
    threads: int | None = None,
) -> BagReport:
    """Check the bag at *path*; raise :class:`BagInvalid` naming the first file at fault."""
    path = path.absolute()
    tree = _open_tree(path)
    try:
        names = set(tree.names())
        if "bagit.txt" not in names:
            raise _not_a_bag(path)
        manifests = sorted(n for n in names if _algorithm(n, "manifest-"))
        tag_manifests = sorted(n for n in names if _algorithm(n, "tagmanifest-"))
        if not manifests:
            raise _invalid(path, "missing", "manifest-sha256.txt")
        expected: dict[str, dict[str, str]] = {}
        for manifest in manifests + tag_manifests:
            algorithm = manifest.split("-", 1)[1].removesuffix(".txt")
            for file, digest in _read_manifest(tree, path, manifest).items():
                expected.setdefault(file, {})[algorithm] = digest
        payload = {n for n in names if n.startswith("data/")}
        for added in sorted(payload - set(expected)):
            raise _invalid(path, "added", added)
        for missing in sorted(set(expected) - names):
            raise _invalid(path, "missing", missing)
        report = BagReport(
            algorithms=tuple(m.split("-", 1)[1].removesuffix(".txt") for m in manifests),
            info=_bag_info(tree),
        )
        files = sorted(expected)
        total = sum((path / f).stat().st_size for f in files) if isinstance(tree, _Folder) else 0
        done = 0

        def check(file: str) -> tuple[str, int, bool]:
            wanted = expected[file]
            digests, size = _hash(tree, file, tuple(wanted), cancel)
            return file, size, all(digests[a] == wanted[a] for a in wanted)

        def results() -> Iterator[tuple[str, int, bool]]:
            if isinstance(tree, _Folder):
                workers = threads or min(8, os.cpu_count() or 2)
                with ThreadPoolExecutor(max_workers=workers) as pool:
                    yield from pool.map(check, files)
            else:  # one stream: in order
                for file in files:
                    yield check(file)

        payload_bytes = 0
        for file, size, ok in results():
            if not ok:
                raise _invalid(path, "changed", file)
            done += size
            if file.startswith("data/"):
                report.files += 1
                payload_bytes += size
            if progress is not None:
                progress(done, max(total, done))
        report.bytes = payload_bytes
        oxum = report.info.get("Payload-Oxum", [""])[0]
        if oxum and oxum != f"{payload_bytes}.{report.files}":
            raise _invalid(path, "oxum", oxum)
        return report
    finally:
        tree.close()


def _algorithm(name: str, prefix: str) -> bool:
    if "/" in name or not name.startswith(prefix) or not name.endswith(".txt"):
        return False
    return name[len(prefix) : -4] in ALGORITHMS
