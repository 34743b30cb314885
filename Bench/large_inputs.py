#!/usr/bin/env python3
"""`make bench`, part 2 (issue #10): time and peak memory of one input of 1, 5 and 20 MB.

Three kinds of large input, each made from the sample (deterministic):
  headings  the sample with sub-item heading lines added to its detail sections (the
            pathological case: ~35 bytes a line, refused at the line limit);
  titles    the sample with headings whose titles are long (refused at the text limit);
  prose     the sample with paragraphs of explanatory text, which the extractor reads and
            skips (exported: the 20 MB input is a complete run);
plus the sample itself. Each is run alone (`budget-etl run FILE --out … --force`), timed with
os.wait4: wall seconds, CPU seconds, peak RSS. The targets: peak RSS under 200 MB for every
input up to the 20 MB size limit, and time growing linearly with size (CPU s per MB about
constant across 1, 5 and 20 MB).

Usage: large_inputs.py BINARY SAMPLE RESULTS.json
"""
import json, os, shutil, subprocess, sys, tempfile, time

MB = 1024 * 1024

def make(kind, sample_lines, size):
    head, tail = sample_lines[:198], sample_lines[198:]
    body, n = [], 0
    total = sum(len(l.encode()) + 1 for l in sample_lines)
    while total < size:
        if kind == "headings":
            line = "(%d) 事業の見出しです %d.0(1.0)" % (n % 9 + 1, n % 9 + 1)
        elif kind == "titles":
            line = "(%d) %s %d.0(1.0)" % (n % 9 + 1, "長い題名の事業" * 60, n % 9 + 1)
        else:
            line = "・ " + "この事業は地域の課題の解決に向けて関係機関と連携して取り組むものである。" * 4
        body.append(line)
        total += len(line.encode()) + 1
        n += 1
    return "\n".join(head + body + tail) + "\n"

def measure(binary, path, out):
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "run", path, "--out", out, "--force", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    first = err.strip().splitlines()[0] if err.strip() else "exit %d" % code
    outcome = "exported" if code == 0 else "refused: " + first.split(".txt", 1)[-1].lstrip(":0123456789 ")[:60]
    return {"wall_s": round(wall, 3), "cpu_s": round(ru.ru_utime + ru.ru_stime, 3),
            "max_rss_mb": round(ru.ru_maxrss / 1024, 1), "exit": code, "outcome": outcome}

CASES = [("sample", 0)] + [("headings", s) for s in (1, 5, 20)] + [("titles", s) for s in (1, 2, 5, 20)] \
    + [("prose", s) for s in (1, 5, 20)]

def generate(sample, work):
    """Writes every case into `work` (run in a process of its own: a forked child starts with
    its parent's peak RSS, so the measuring process must stay small)."""
    lines = open(sample, encoding="utf-8").read().rstrip("\n").split("\n")
    for kind, mb in CASES:
        # titles at 2 MB: just under the text limit, the largest document still exported.
        target = 2 * MB - 64 * 1024 if (kind, mb) == ("titles", 2) else mb * MB - 4096
        text = "\n".join(lines) + "\n" if kind == "sample" else make(kind, lines, target)
        open(os.path.join(work, "%s-%d.txt" % (kind, mb)), "w", encoding="utf-8").write(text)

def main():
    if sys.argv[1] == "--generate":
        return generate(sys.argv[2], sys.argv[3])
    binary, sample, results = sys.argv[1:4]
    work = tempfile.mkdtemp(prefix="budget-etl-large-")
    rows = []
    try:
        subprocess.run([sys.executable, __file__, "--generate", sample, work], check=True)
        for kind, mb in CASES:
            path = os.path.join(work, "%s-%d.txt" % (kind, mb))
            size = os.path.getsize(path)
            r = measure(binary, path, os.path.join(work, "out"))
            r.update({"kind": kind, "input_mb": round(size / MB, 2), "cpu_s_per_mb": round(r["cpu_s"] / (size / MB), 3)})
            rows.append(r)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\nlarge inputs (one document each; limit 20 MB; target peak RSS < 200 MB, time linear):")
    print("%-9s %8s %8s %8s %9s %9s  %s" % ("kind", "input MB", "wall s", "CPU s", "CPU s/MB", "peak MB", "outcome"))
    for r in rows:
        print("%-9s %8.2f %8.2f %8.2f %9.3f %9.1f  %s" % (r["kind"], r["input_mb"], r["wall_s"], r["cpu_s"], r["cpu_s_per_mb"], r["max_rss_mb"], r["outcome"]))
    worst = max(r["max_rss_mb"] for r in rows)
    print("peak RSS of all: %.1f MB (%s 200 MB)" % (worst, "under" if worst < 200 else "NOT under"))
    os.makedirs(os.path.dirname(results) or ".", exist_ok=True)
    json.dump({"large_inputs": rows, "max_rss_mb": worst}, open(results, "w"), indent=2)
    if worst >= 200: sys.exit(1)

if __name__ == "__main__":
    main()
