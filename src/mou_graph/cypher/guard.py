"""`mou-graph query` asks questions; it does not read or write files.

The embedded database is opened read-only, but Cypher can still reach the file system around
it: `COPY … TO '/any/path'` writes a file, `LOAD FROM '/etc/passwd'` reads one, and
`INSTALL`/`LOAD EXTENSION`/`ATTACH`/`EXPORT`/`IMPORT DATABASE` load code or other databases.
A statement that uses one of those clauses is refused unless the user asks for it by name.
Literals and comments are blanked out first, so a name that merely contains such a word
('COPY' in a title) is no clause.
"""

from __future__ import annotations

import re

_LITERALS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/",
    re.S,
)
_FILE_CLAUSES = re.compile(
    r"\b(COPY|LOAD|INSTALL|UNINSTALL|ATTACH|EXPORT|IMPORT|USE)\b|\b(DETACH)\s+(?!DELETE\b)[A-Za-z_]",
    re.I,
)


def file_clause(cypher: str) -> str | None:
    """The first clause of `cypher` that reads or writes files or loads code, upper-cased, or None."""
    m = _FILE_CLAUSES.search(_LITERALS.sub(" ", cypher))
    return None if m is None else (m.group(1) or m.group(2)).upper()
