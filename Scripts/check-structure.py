#!/usr/bin/env python3
"""`make lint`'s size check: no Swift file over 400 lines, no function, initializer, accessor
block or closure-bodied declaration over 60 lines. Prints each violation as path:line and
exits 1 when there is any. Comments, string literals and blank lines count as lines."""
import re
import sys
from pathlib import Path

MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
DECL = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|"
                  r"static|class|final|override|mutating|nonmutating|nonisolated|dynamic|"
                  r"convenience|required|open)\s+)*(func\s+[^\s(<]+|init[?!]?|deinit|subscript)\b")


def strip_strings_and_comments(text: str) -> str:
    """Blanks out string literals and comments so braces inside them do not count."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif text[i] == '"':
            j = i + 1
            while j < n and text[j] not in '"\n':
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (j + 1 - i)); i = j + 1
        else:
            out.append(text[i]); i += 1
    return "".join(out)


def function_violations(path: Path, text: str):
    clean = strip_strings_and_comments(text).split("\n")
    for index, line in enumerate(clean):
        match = DECL.match(line)
        if not match:
            continue
        depth, started, end = 0, False, None
        for j in range(index, len(clean)):
            for ch in clean[j]:
                if ch == "{":
                    depth += 1; started = True
                elif ch == "}":
                    depth -= 1
            if started and depth <= 0:
                end = j
                break
            if not started and j > index and DECL.match(clean[j]):
                break  # a protocol requirement: no body
        if end is not None and end - index + 1 > MAX_FUNCTION_LINES:
            yield f"{path}:{index + 1}: {match.group(1)} is {end - index + 1} lines (max {MAX_FUNCTION_LINES})"


def main(roots):
    problems = []
    for root in roots:
        for path in sorted(Path(root).rglob("*.swift")):
            text = path.read_text(encoding="utf-8")
            count = text.count("\n") + (0 if text.endswith("\n") else 1)
            if count > MAX_FILE_LINES:
                problems.append(f"{path}:1: file is {count} lines (max {MAX_FILE_LINES})")
            problems.extend(function_violations(path, text))
    for problem in problems:
        print(problem)
    print(f"structure: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["Sources"]))
