"""Real PNG pictures for tests (screenshots for evidence, media), written without Qt."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable


def png(width: int, height: int, row: Callable[[int], bytes], level: int = 6) -> bytes:
    """An RGB PNG of *width* × *height*; *row(y)* gives a row's ``width * 3`` bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + row(y) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, level))
        + chunk(b"IEND", b"")
    )
