"""The site's share card (`assets/crossroads-card.png`, 1200 × 630), drawn at build time with the
standard library only (zlib and struct): flat colours, a road that forks, and the title in a
5 × 7 pixel font scaled up. Same input, same bytes."""

from __future__ import annotations

import struct
import zlib
from functools import cache

# Data

WIDTH, HEIGHT = 1200, 630
INDIGO, DEEP, WHITE, PALE, ROAD = (0x3F, 0x51, 0xB5), (0x28, 0x35, 0x93), (0xFF, 0xFF, 0xFF), (0xC5, 0xCA, 0xE9), (0xFF, 0xC1, 0x07)
FONT = {  # 5 × 7 glyphs, one string of five bits per row
    "A": "01110 10001 10001 11111 10001 10001 10001", "B": "11110 10001 10001 11110 10001 10001 11110",
    "C": "01111 10000 10000 10000 10000 10000 01111", "D": "11110 10001 10001 10001 10001 10001 11110",
    "E": "11111 10000 10000 11110 10000 10000 11111", "F": "11111 10000 10000 11110 10000 10000 10000",
    "G": "01111 10000 10000 10011 10001 10001 01111", "H": "10001 10001 10001 11111 10001 10001 10001",
    "I": "11111 00100 00100 00100 00100 00100 11111", "J": "00111 00010 00010 00010 00010 10010 01100",
    "K": "10001 10010 10100 11000 10100 10010 10001", "L": "10000 10000 10000 10000 10000 10000 11111",
    "M": "10001 11011 10101 10101 10001 10001 10001", "N": "10001 11001 10101 10011 10001 10001 10001",
    "O": "01110 10001 10001 10001 10001 10001 01110", "P": "11110 10001 10001 11110 10000 10000 10000",
    "Q": "01110 10001 10001 10001 10101 10010 01101", "R": "11110 10001 10001 11110 10100 10010 10001",
    "S": "01111 10000 10000 01110 00001 00001 11110", "T": "11111 00100 00100 00100 00100 00100 00100",
    "U": "10001 10001 10001 10001 10001 10001 01110", "V": "10001 10001 10001 10001 10001 01010 00100",
    "W": "10001 10001 10001 10101 10101 10101 01010", "X": "10001 10001 01010 00100 01010 10001 10001",
    "Y": "10001 10001 01010 00100 00100 00100 00100", "Z": "11111 00001 00010 00100 01000 10000 11111",
    "-": "00000 00000 00000 11111 00000 00000 00000", ",": "00000 00000 00000 00000 00110 00100 01000",
    ".": "00000 00000 00000 00000 00000 01100 01100", "?": "01110 10001 00001 00010 00100 00000 00100",
    "'": "00100 00100 01000 00000 00000 00000 00000", " ": "00000 00000 00000 00000 00000 00000 00000",
}
LINES = [("CROSSROADS", 12, WHITE), ("MARKETING SIDE HUSTLES", 6, PALE), ("OR GENERATIVE-AI JOBS?", 6, PALE),
         ("AN OPEN, SOURCED CAREER GUIDE", 4, WHITE)]


# Drawing

class Canvas:
    def __init__(self, width: int, height: int, colour: tuple):
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(colour) * (width * height))

    def rect(self, x: int, y: int, w: int, h: int, colour: tuple) -> None:
        """Fill a rectangle (clipped to the canvas)."""
        x0, x1 = max(0, x), min(self.width, x + w)
        if x1 <= x0:
            return
        row = bytes(colour) * (x1 - x0)
        for yy in range(max(0, y), min(self.height, y + h)):
            start = (yy * self.width + x0) * 3
            self.pixels[start:start + len(row)] = row

    def line(self, x0: float, y0: float, x1: float, y1: float, thick: int, colour: tuple) -> None:
        """A thick straight line drawn as overlapping squares."""
        steps = int(max(abs(x1 - x0), abs(y1 - y0)) / 2) + 1
        for i in range(steps + 1):
            t = i / steps
            self.rect(int(x0 + (x1 - x0) * t - thick / 2), int(y0 + (y1 - y0) * t - thick / 2), thick, thick, colour)

    def text(self, x: int, y: int, words: str, scale: int, colour: tuple) -> None:
        """Text in the 5 × 7 font, one pixel of space between letters."""
        for ch in words:
            for row, bits in enumerate(FONT[ch].split()):
                for col, bit in enumerate(bits):
                    if bit == "1":
                        self.rect(x + col * scale, y + row * scale, scale, scale, colour)
            x += 6 * scale

    def png(self) -> bytes:
        """The canvas as an 8-bit RGB PNG."""
        stride = self.width * 3
        raw = b"".join(b"\x00" + bytes(self.pixels[y * stride:(y + 1) * stride]) for y in range(self.height))

        def chunk(kind: bytes, body: bytes) -> bytes:
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


@cache
def card() -> bytes:
    """The share card: title and tagline on the left, a road forking in two on the right."""
    c = Canvas(WIDTH, HEIGHT, INDIGO)
    c.rect(0, HEIGHT - 90, WIDTH, 90, DEEP)
    y = 120
    for words, scale, colour in LINES:
        c.text(80, y, words, scale, colour)
        y += 7 * scale + (44 if scale > 10 else 22)
    c.line(1060, 630, 1060, 430, 44, ROAD)
    c.line(1060, 440, 975, 240, 36, ROAD)
    c.line(1060, 440, 1145, 240, 36, ROAD)
    return c.png()
