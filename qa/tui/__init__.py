"""qa-tui: the Textual chat app (not built yet)."""

import sys


def main() -> int:
    print("qa-tui is not built yet; use `qa chat`.", file=sys.stderr)
    return 1
