#!/usr/bin/env python3
"""`make bench`, part 3 (issue #20): hostile shapes' cost in the generic reader.

For each shape a document of n and 4n repetitions is written (deterministic, generated
here), and `budget-etl extract FILE` is run on each alone; the CPU time (os.wait4) of the two
runs gives the ratio. A reader linear in its input gives about 4 (n log n a little more);
a quadratic pass gives about 16. A shape whose ratio passes LIMIT (default 6) is reported and
the script exits with 1. Runs longer than TIMEOUT seconds (default 600) are stopped and shown
as such.

Usage: hostile.py BINARY [RESULTS.json] [--only SHAPE,...] [--scale F]
  --scale F  multiplies every n (0.25 for a quick look)
"""
import json, os, resource, subprocess, sys, tempfile, time

LIMIT = float(os.environ.get("HOSTILE_LIMIT", "6"))
TIMEOUT = float(os.environ.get("HOSTILE_TIMEOUT", "600"))
MAPPINGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Mappings")


def amount(k):
    return "{:,}".format(1000 + (k * 7919) % 90000)


def one_cell(n):
    # A table cut one cell per line: a unit, then n bare amounts.
    return ["(単位:百万円)"] + [amount(k) for k in range(n)]


def no_header(n):
    # n rows of a table whose header is lost: label and three bare figures.
    return ["事業%d %s %s %s" % (k, amount(k), amount(k + 1), amount(k + 2)) for k in range(n)]


def list_items(n):
    # An item list with the prior year in full-width parentheses.
    return ["○事業の推進%d %s億円（%s億円）" % (k, amount(k), amount(k + 3)) for k in range(n)]


def stacked_parts(n):
    # A total, then n stacked parts of it, one per line.
    return ["総額 9,999,999億円"] + ["うち事業%d %s億円" % (k, amount(k)) for k in range(n)]


def run_together(n):
    # One long line of figures with nothing between them (a PDF's lost spaces).
    return ["(単位:億円)", "".join(amount(k) for k in range(n))]


def total_rows(n):
    # Thousands of 計 rows under a header.
    head = ["(単位:億円)", "区分 令和5年度 令和6年度 増減"]
    return head + ["計 %s %s ▲1" % (amount(k), amount(k)) for k in range(n)]


def unit_lines(n):
    # A unit statement before every figure line.
    rows = []
    for k in range(n):
        rows += ["(単位:億円)", "事業%d %s" % (k, amount(k))]
    return rows


def year_headers(n):
    # A year header before every row: each opens a table of one row.
    rows = ["(単位:億円)"]
    for k in range(n):
        rows += ["区分 令和5年度 令和6年度", "事業%d %s %s" % (k, amount(k), amount(k + 1))]
    return rows


def big_table(n):
    # One table with a header, n rows whose arithmetic holds (B - A = C), and its total.
    rows = ["(単位:億円)", "区分 令和5年度予算額 令和6年度予算額 増減額"]
    total_a = total_b = 0
    for k in range(n):
        a = 1000 + (k * 7919) % 90000
        b = a + k % 50
        total_a += a
        total_b += b
        rows.append("事業%d %s %s %s" % (k, "{:,}".format(a), "{:,}".format(b), k % 50))
    rows.append("合計 %s %s %s" % ("{:,}".format(total_a), "{:,}".format(total_b), "{:,}".format(total_b - total_a)))
    return rows


def cells_per_line(n):
    # The same table cut one cell per line (label, then its three figures).
    rows = ["(単位:億円)", "区分", "令和5年度予算額", "令和6年度予算額", "増減額"]
    for k in range(n):
        a = 1000 + (k * 7919) % 90000
        rows += ["事業%d" % k, "{:,}".format(a), "{:,}".format(a + 5), "5"]
    return rows


def bracket_line(n):
    # One line of n bracketed items with notes (a flattened item list).
    return [" ".join("○ 支援%d〔%s億円〕(既定経費の活用を含めると%s億円)" % (k, amount(k), amount(k + 1))
                     for k in range(n))]


def sentences(n):
    # Running text with amounts.
    return ["事業%dとして、%s億円を計上している。" % (k, amount(k)) for k in range(n)]


def notes(n):
    return ["(注)%d 計数はそれぞれ四捨五入によっているので、端数において合計とは合致しない。" % k
            for k in range(n)]


def flattened(n):
    # The whole of a list flattened to one line, as mirror sites print PDF pages.
    return [" ".join(list_items(n))]


# (name, generator, n): 4n is the second size.
SHAPES = [
    ("one-cell", one_cell, 5000),
    ("no-header", no_header, 1250),
    ("list-items", list_items, 2500),
    ("stacked-parts", stacked_parts, 500),
    ("run-together", run_together, 40000),
    ("total-rows", total_rows, 1000),
    ("unit-lines", unit_lines, 1000),
    ("year-headers", year_headers, 1000),
    ("big-table", big_table, 1250),
    ("cells-per-line", cells_per_line, 1250),
    ("bracket-line", bracket_line, 500),
    ("sentences", sentences, 2500),
    ("notes", notes, 2500),
    ("flattened", flattened, 1000),
]


def run(binary, path):
    """CPU seconds of `extract` on path (the child's rusage), and whether it timed out."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    timed_out = False
    try:
        subprocess.run([binary, "extract", path, "--mappings", MAPPINGS], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        timed_out = True
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"cpu_s": round(cpu, 3), "wall_s": round(time.perf_counter() - start, 3),
            "timed_out": timed_out}


def main():
    args = sys.argv[1:]
    binary = args.pop(0)
    results = args.pop(0) if args and not args[0].startswith("--") else None
    only, scale = None, 1.0
    while args:
        flag = args.pop(0)
        if flag == "--only":
            only = set(args.pop(0).split(","))
        elif flag == "--scale":
            scale = float(args.pop(0))
    work = tempfile.mkdtemp(prefix="budget-etl-hostile-")
    rows, bad = [], []
    print("hostile shapes (extract CPU s at n and 4n; linear ~4, quadratic ~16; limit %.1f):" % LIMIT)
    print("%-15s %7s %9s %9s %9s %7s" % ("shape", "n", "bytes 4n", "CPU s n", "CPU s 4n", "ratio"))
    for name, make, n in SHAPES:
        if only and name not in only:
            continue
        n = max(1, int(n * scale))
        row = {"shape": name, "n": n}
        for size, key in ((n, "n"), (4 * n, "4n")):
            path = os.path.join(work, "%s-%d.txt" % (name, size))
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(make(size)) + "\n")
            r = run(binary, path)
            row["cpu_s_" + key] = r["cpu_s"]
            row["timed_out_" + key] = r["timed_out"]
            row["bytes_" + key] = os.path.getsize(path)
            os.remove(path)
        base = max(row["cpu_s_n"], 0.001)
        row["ratio"] = round(row["cpu_s_4n"] / base, 2)
        slow = row["ratio"] > LIMIT or row["timed_out_4n"]
        if slow:
            bad.append(name)
        print("%-15s %7d %9d %9.2f %9.2f %7.2f%s" % (
            name, n, row["bytes_4n"], row["cpu_s_n"], row["cpu_s_4n"], row["ratio"],
            "  TIMED OUT" if row["timed_out_4n"] else ("  SLOW" if slow else "")), flush=True)
        rows.append(row)
    os.rmdir(work)
    if results:
        os.makedirs(os.path.dirname(results) or ".", exist_ok=True)
        json.dump({"hostile_shapes": rows, "limit": LIMIT}, open(results, "w"), indent=2)
    if bad:
        print("growing faster than n log n: " + ", ".join(bad))
        sys.exit(1)


if __name__ == "__main__":
    main()
