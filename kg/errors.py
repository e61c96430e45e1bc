"""The one exception type users see: a message that names the file and line and says how to fix it."""

from __future__ import annotations


class KgError(Exception):
    """An error in the user's input or environment. The CLI prints it as one line and exits 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        self.column = column  # given for YAML drafts, whose parser reports it
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
            if self.line and self.column:
                where = f"{self.path}:{self.line}:{self.column}: "
        return where + " ".join(self.message.split())
