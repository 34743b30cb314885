#!/usr/bin/env python3
"""Seeded mutation fuzzing of `budget-etl run` (issue #10), reproducible with a fixed seed.

Writes COUNT edited copies of the sample (lines deleted, duplicated, moved or renumbered,
kanji and full-width numerals, control characters, other encodings, huge amounts, equal
fiscal years, stray figure and expense lines), runs the built binary on each one alone, and
checks what an operator would see:

  * no crash (signal, exit code other than 0 or 1) and no hang (a timeout per input);
  * every error line and every FAILED line of the summary names the input's path;
  * no opaque message (a raw Foundation error, "The operation could not be completed",
    "Fatal error", a bare Swift enum case).

Usage: mutate.py BINARY SAMPLE [--seed 10] [--count 300] [--jobs 2] [--keep DIR] [--replay]
With --replay, BINARY is `budget-etl-fuzz` built normally: it runs every copy through
extract → transform → export in one process (no publishing; much faster on a busy machine)
and the same checks apply to the message of each failed copy.
Prints one line per bad case and a summary; exits 1 if any case is bad.
"""
import argparse, os, random, re, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

KANJI = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
CONTROL = ["\x0c", "\x08", "\x0b", "\x1b", "\x7f", "\x01", "\u0085", "\ufffe"]
OPAQUE = re.compile(r"Error Domain=|could not be completed|Fatal error|error \d+\.\)|UserInfo=|NSCocoaErrorDomain|"
                    r"Swift\.|BudgetLoad\.|BudgetXML\.|BudgetTransform\.|BudgetExtract\.|backtrace", re.I)
# Failures that are defects of the tool, not of the input: an internal error, the tool's own
# XML failing its schema, two records with one id, a character no writer should have received,
# or a too-large amount reported as a fraction.
DEFECT = re.compile(r"internal error|does not conform to budget-1\.0\.xsd|share the @id|cannot be written in XML|"
                    r"\d{12,}\S* is not a whole number")

def kanji(n):
    if n < 10: return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + ("" if ones == 0 else KANJI[ones])

def heading_lines(lines):
    return [i for i, l in enumerate(lines) if re.match(r"^(\(\d+\)|\d+\.|第\d|[IV]+ )", l)]

def mutate(rng, text):
    """One edited copy: a text plus the name of each edit (bytes are produced later)."""
    lines = text.split("\n")
    names = []
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(["delete", "duplicate", "move", "renumber", "kanji", "fullwidth", "control",
                         "huge", "years", "stray", "expense", "repeat-heading", "delete-heading"])
        names.append(op)
        i = rng.randrange(len(lines))
        heads = heading_lines(lines) or [i]
        h = rng.choice(heads)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "move":
            lines.insert(rng.randrange(len(lines)), lines.pop(i))
        elif op == "renumber":
            lines[h] = re.sub(r"\d+", lambda m: str(rng.choice([0, 1, 2, 7, 11, 19, 99, int(m.group()) + 1])), lines[h], count=1)
        elif op == "kanji":
            lines[h] = re.sub(r"\d+", lambda m: kanji(min(int(m.group()), 99)), lines[h], count=1)
        elif op == "fullwidth":
            lines[i] = lines[i].translate(str.maketrans("0123456789.,()", "０１２３４５６７８９．，（）"))
        elif op == "control":
            pos = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:pos] + rng.choice(CONTROL) + lines[i][pos:]
        elif op == "huge":
            repl = rng.choice(["99999999999999兆円", "99999999999.9億円", "9223372036854775807", "1" * 40 + "億円"])
            lines[i] = re.sub(r"[\d,]+(\.\d+)?\s*億円", repl, lines[i], count=1) if "億円" in lines[i] else lines[i] + " " + repl
        elif op == "years":
            text = "\n".join(lines).replace("令和5年度", "令和6年度")
            lines = text.split("\n")
        elif op == "stray":
            lines.insert(i, "実証事業 10.0億円")
        elif op == "expense":
            lines.insert(i, "【主な経費】")
        elif op == "repeat-heading":
            lines.insert(rng.randrange(len(lines)), lines[h])
        elif op == "delete-heading":
            del lines[h]
    return "\n".join(lines), names

def encode(rng, text, names):
    enc = rng.choice(["utf-8"] * 6 + ["utf-8-bom", "utf-16", "cp932", "truncated", "invalid"])
    if enc != "utf-8": names.append(enc)
    if enc == "utf-8-bom": return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "utf-16": return text.encode("utf-16")
    if enc == "cp932": return text.encode("cp932", errors="replace")
    data = text.encode("utf-8", errors="surrogatepass")
    if enc == "truncated": return data[: rng.randrange(len(data))]
    if enc == "invalid":
        pos = rng.randrange(len(data))
        return data[:pos] + bytes([0xff, 0xfe, 0xc3]) + data[pos:]
    return data

def check_message(path, line):
    if OPAQUE.search(line):
        return "opaque message: " + line
    if DEFECT.search(line):
        return "defect: " + line
    return None

def replay(binary, cases, timeout):
    """One `budget-etl-fuzz` process over every case: path → problem (or None)."""
    try:
        r = subprocess.run([binary] + cases, capture_output=True, timeout=timeout * len(cases))
    except subprocess.TimeoutExpired:
        return {p: "hang (the replay did not finish)" for p in cases}, 0
    out = r.stdout.decode("utf-8", errors="replace").splitlines()
    results, failed = {}, 0
    for p in cases:
        line = next((l for l in out if l.startswith(p + ": ")), None)
        if line is None:
            results[p] = "crash (exit %d): %s" % (r.returncode, r.stderr.decode("utf-8", "replace").strip()[-300:])
            continue
        message = line[len(p) + 2:]
        failed += message != "exported"
        results[p] = None if message == "exported" else (check_message(p, message) or
                     (None if message.startswith(p) else "message without the input's path: " + message))
    return results, failed

def check(binary, path, out, timeout):
    try:
        r = subprocess.run([binary, "run", path, "--out", out, "--jobs", "1"], capture_output=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang (no exit within %d s)" % timeout
    err = r.stderr.decode("utf-8", errors="replace")
    if r.returncode not in (0, 1):
        return "exit %d: %s" % (r.returncode, err.strip().splitlines()[-1:] if err.strip() else "")
    for line in err.splitlines():
        if check_message(path, line):
            return check_message(path, line)
        if (": error: " in line or line.lstrip().startswith("FAILED")) and path not in line:
            return "message without the input's path: " + line
    return None

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary"); ap.add_argument("sample")
    ap.add_argument("--seed", type=int, default=10); ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2); ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--keep"); ap.add_argument("--replay", action="store_true")
    a = ap.parse_args()
    sample = open(a.sample, encoding="utf-8").read()
    rng = random.Random(a.seed)
    work = a.keep or tempfile.mkdtemp(prefix="budget-etl-mutate-")
    os.makedirs(work, exist_ok=True)
    cases = []
    for n in range(a.count):
        text, names = mutate(rng, sample)
        data = encode(rng, text, names)
        path = os.path.join(work, "m%03d-%s.txt" % (n, "+".join(names)))
        open(path, "wb").write(data)
        cases.append(path)
    binary = os.path.abspath(a.binary)
    if a.replay:
        outcome, failed = replay(binary, cases, a.timeout)
        results = list(outcome.items())
    else:
        with ThreadPoolExecutor(a.jobs) as pool:
            results = list(pool.map(lambda p: (p, check(binary, p, p + ".out", a.timeout)), cases))
        failed = sum(1 for p, _ in results if os.path.exists(p + ".out/run-report.json")
                     and '"failed"' in open(p + ".out/run-report.json", encoding="utf-8").read())
    bad = [(p, why) for p, why in results if why]
    for p, why in bad:
        print("BAD %s: %s" % (os.path.basename(p), why))
    print("mutation fuzz: seed %d, %d inputs, %d failed cleanly (named input and cause), %d bad (crash, hang, "
          "opaque message or defect)" % (a.seed, len(cases), failed, len(bad)))
    if not a.keep: shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
