#!/usr/bin/env python
import zlib, base64
exec(zlib.decompress(base64.b64decode('eJw1yrEKAjEMANC9X3FbEjjrLjgJ/oCOLuWaK4GahF5O9O91cXvDk6fbiGlpMtuW1vMP+Src6y1slMZIyYdoIFxMgzUO94/zaQp+x9F7EX0o/I9t2c1Zcc2N41X6zggLzCAViPLgUpEofQFapycr')))
