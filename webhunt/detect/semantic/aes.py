"""AES decryption for ``openssl_decrypt()`` on constants, as PHP does it.

A packer keeps its payload encrypted in the file, with the key and the IV beside it
(``eval(openssl_decrypt('9VBI...', 'AES-128-ECB', '0123456789abcdef'))``): the analysis decrypts it
as PHP would and judges the code that runs. Only what a literal can hold is handled: AES-128, -192
and -256 in ECB, CBC, CTR, CFB and OFB modes, PHP's key and IV padding, and PKCS#7 padding. The
cipher itself is the ``cryptography`` package's; callers bound the data (:data:`MAX_DATA`).
"""

from __future__ import annotations

import re

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

#: The most ciphertext decrypted for one call (a packed shell is a few kilobytes).
MAX_DATA = 32 * 1024

_CIPHER = re.compile(r"aes-?(128|192|256)(?:-(ecb|cbc|ctr|cfb|cfb128|ofb))?")


def _mode(name: str, iv: bytes) -> modes.ECB | modes.ModeWithInitializationVector | modes.ModeWithNonce:
    if name == "ecb":
        return modes.ECB()
    if name == "cbc":
        return modes.CBC(iv)
    if name == "ctr":
        return modes.CTR(iv)
    if name == "cfb":
        return modes.CFB(iv)
    return modes.OFB(iv)


def decrypt(data: bytes, cipher: str, key: bytes, iv: bytes, padded: bool = True) -> bytes | None:
    """``data`` decrypted as ``openssl_decrypt($data, $cipher, $key, OPENSSL_RAW_DATA, $iv)`` does
    (``padded`` False for ``OPENSSL_ZERO_PADDING``), or None for a cipher not handled here or
    data PHP would refuse (a bad length or padding)."""
    m = _CIPHER.fullmatch(cipher.strip().lower())
    if m is None or len(data) > MAX_DATA:
        return None
    size = int(m.group(1)) // 8
    mode = (m.group(2) or "cbc").removesuffix("128")
    key = key[:size].ljust(size, b"\0")  # PHP pads a short key with NULs, cuts a long one
    iv = iv[:16].ljust(16, b"\0")
    if mode in ("ecb", "cbc") and (not data or len(data) % 16):
        return None
    decryptor = Cipher(algorithms.AES(key), _mode(mode, iv)).decryptor()
    out = decryptor.update(data) + decryptor.finalize()
    if mode not in ("ecb", "cbc") or not padded:
        return out
    pad = out[-1]
    if not 1 <= pad <= 16 or out[-pad:] != bytes([pad]) * pad:
        return None
    return out[:-pad]
