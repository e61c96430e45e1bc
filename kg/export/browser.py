"""Headless Chromium (Debian's `chromium`, installed by the project's setup) on a local page
with no network: a screenshot, or the DOM after the page's scripts ran. The tests use it to
prove the HTML view renders; `python -m kg.export.browser` makes the README picture.

    python -m kg.export.browser screenshot PAGE.html OUT.png [--size 1600,1000]
    python -m kg.export.browser dom PAGE.html
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..errors import KgError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
# Every name resolves to nothing and every proxied request goes to a closed local port: a page
# that tried to fetch anything would fail to render.
OFFLINE = ('--host-resolver-rules=MAP * ~NOTFOUND', "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--disable-component-update",
         "--mute-audio", "--hide-scrollbars")


def find_chromium() -> str | None:
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def command(page: Path, *extra: str, profile: Path, budget_ms: int = 3000) -> list[str]:
    executable = find_chromium()
    if executable is None:
        raise KgError("Chromium is not installed: apt-get install chromium (or run scripts/install-system-deps.sh)")
    return [executable, *FLAGS, *OFFLINE, f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}", *extra,
            Path(page).resolve().as_uri()]


def screenshot(page: Path, out: Path, size: tuple[int, int] = (1600, 1000), timeout: float = 60) -> None:
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        args = command(page, f"--window-size={size[0]},{size[1]}", f"--screenshot={Path(out).resolve()}",
                       profile=Path(profile))
        completed = subprocess.run(args, capture_output=True, timeout=timeout, check=False)
    if completed.returncode != 0 or not Path(out).exists():
        raise KgError(f"Chromium could not take the screenshot (exit code {completed.returncode})", str(page))


def dom(page: Path, size: tuple[int, int] = (1600, 1000), timeout: float = 60) -> str:
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        args = command(page, f"--window-size={size[0]},{size[1]}", "--dump-dom", profile=Path(profile))
        completed = subprocess.run(args, capture_output=True, timeout=timeout, check=False)
    if completed.returncode != 0:
        raise KgError(f"Chromium could not open the page (exit code {completed.returncode})", str(page))
    return completed.stdout.decode("utf-8", "replace")


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "screenshot":
        size = (1600, 1000)
        if "--size" in argv:
            width, height = argv[argv.index("--size") + 1].split(",")
            size = (int(width), int(height))
        screenshot(Path(argv[1]), Path(argv[2]), size)
        print(f"wrote {argv[2]}")
        return 0
    if len(argv) == 2 and argv[0] == "dom":
        print(dom(Path(argv[1])))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
