#!/usr/bin/env python3
"""The race of issue #14: budget-etl against the quick Python script, side by side, in one run.

Since perf9 `make bench` runs it first, with --scratch (its folders left for Bench/run.sh to
remove at its end), then bench.py, then again with --merge-from to print the targets and the row.

race.py BIN SHARED_BENCH_DIR SAMPLE CORPUS_DIR RESULTS_JSON [--runs N] [--documents 200] [--record DOC]

On the corpus made by SHARED_BENCH_DIR/make_corpus.py (SAMPLE as seed, --documents variants,
made once into CORPUS_DIR), it times, one process each, `budget-etl run --jobs 1` (all
formats), `budget-etl run --jobs 1 --formats csv` and `python3 python_baseline.py OUTDIR
INPUT...`; the three are run in turn, --runs rounds, and the median CPU time (user + sys of the
child, os.wait4) of each is taken. It prints the ratio to the script (script CPU / our CPU: 2.0
means twice as fast), MB of input per CPU-second, and the output bytes per input byte per
format. The figures are merged into RESULTS_JSON under "race" (bench.py writes the rest of it:
the sample's start-up, peak RSS at 1,000 documents, --jobs 2 / --jobs 1). With --record, the
summary row is appended to the per-commit table of DOC (Docs/performance.md).
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

# Exported file name -> format group (first match wins); anything else in a document's folder
# is "metadata" (manifest, validation report, DCAT catalog, build key); files at the top of
# the output folder (run report, catalog, index page) are "run".
GROUPS = [
    ('csv', lambda n: n.endswith('.csv') or n in ('csv-metadata.json', 'datapackage.json')),
    ('jsonld', lambda n: n in ('budget.jsonld', 'context.jsonld', 'dsd.jsonld', 'vocabulary.ttl')),
    ('xml', lambda n: n.endswith('.xml') or n.endswith('.xsd')),
    ('html', lambda n: n.endswith('.html')),
    ('source.txt', lambda n: n == 'source.txt'),
]
TARGETS = {'all': 1.0, 'csv': 3.0}  # issue #24 (issue #14's were 2 and 8)


def group_of(name):
    return next((g for g, match in GROUPS if match(name)), 'metadata')


def timed(cmd):
    """Runs cmd; returns (wall s, cpu s, peak RSS MB, user s, sys s) of that one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode('utf-8', 'replace')
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit('failed: %s\n%s' % (' '.join(cmd), err[-2000:]))
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, ru.ru_utime, ru.ru_stime


def output_bytes(out, per_group):
    """Bytes of every file under out, by format group when per_group; budget.jsonld and
    budget.xml also on their own (the JSON-LD target compares the two)."""
    sizes = {}
    for root, _, files in os.walk(out):
        for f in files:
            n = os.path.getsize(os.path.join(root, f))
            key = 'all' if not per_group else 'run' if root == out else group_of(f)
            sizes[key] = sizes.get(key, 0) + n
            if per_group and f in ('budget.jsonld', 'budget.xml'):
                sizes['  ' + f] = sizes.get('  ' + f, 0) + n
    return sizes


def check_report(out, docs):
    report = json.load(open(os.path.join(out, 'run-report.json')))
    failed = [d for d in report['documents'] if d['status'] != 'exported']
    if failed or len(report['documents']) != docs:
        sys.exit('not every document exported: %s' % failed[:3])


def set_aside(path, scratch):
    """Removes path, or with scratch moves it into that folder (a rename frees no inode), which
    the caller removes after the race (Bench/run.sh at its end)."""
    if scratch is None:
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.exists(path):
        os.rename(path, tempfile.mkdtemp(prefix='old-', dir=scratch))


def ensure_corpus(shared, sample, corpus, n, scratch=None):
    stamp_text = '%s-%d-%s' % (os.path.getmtime(os.path.join(shared, 'make_corpus.py')), n, os.path.getsize(sample))
    stamp = os.path.join(corpus, '.stamp')
    if not (os.path.exists(stamp) and open(stamp).read() == stamp_text):
        print('making the race corpus in %s (%d documents)' % (corpus, n), file=sys.stderr)
        set_aside(corpus, scratch)
        subprocess.run([sys.executable, os.path.join(shared, 'make_corpus.py'), sample, corpus, str(n)], check=True)
        open(stamp, 'w').write(stamp_text)
    return sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith('.txt'))


# ext4 without a journal (this machine's root file system) skips, for every inode it allocates, the
# free inodes of the group deleted in the last RECENTCY_MIN = 60 s, or 360 s while their inode
# table block is dirty (fs/ext4/ialloc.c, recently_deleted; 60 since Linux 5.7, 5 before): one
# buffer lookup each, from the group's first free bit, so a run that starts within a minute of a
# removal pays for it in sys time, per file created (budget-etl creates 15 inodes per document
# with --formats csv, the script 5). So every run of the race writes into a fresh folder, nothing
# is removed until the last run is over, and the race syncs (the inode tables of the removals
# before it, bench.py's outputs, written back: the 60 s rule, not the 360 s one) and then waits
# SETTLE_S seconds. Docs/performance.md, "A fair race" and "The csv path's sys time".
SETTLE_S = 65


def race(binary, shared, inputs, runs, settle=SETTLE_S, scratch=None):
    contenders = {
        'all': lambda out: [binary, 'run', '--force', '--quiet', '--jobs', '1', '--out', out] + inputs,
        'csv': lambda out: [binary, 'run', '--force', '--quiet', '--jobs', '1', '--formats', 'csv', '--out', out] + inputs,
        'python': lambda out: [sys.executable, os.path.join(shared, 'python_baseline.py'), out] + inputs,
    }
    samples = {k: [] for k in contenders}
    sizes = {}
    root = tempfile.mkdtemp(prefix='budget-etl-race-', dir=scratch)
    try:
        if settle > 0:
            os.sync()
            print('race: waiting %d s for the inodes freed before it to age out (ext4 recently_deleted)' % settle,
                  file=sys.stderr)
            time.sleep(settle)
        load_at_start = os.getloadavg()[0]
        for round_ in range(runs):
            for name, cmd in contenders.items():  # in turn, so load changes hit all three alike
                out = os.path.join(root, '%s-%d' % (name, round_))
                os.mkdir(out)  # fresh, empty, for each contender alike
                # Dirty pages left by earlier runs (the 1,000-document runs write 1.5 GB) would
                # otherwise be flushed inside budget-etl's syncfs and billed to it.
                os.sync()
                samples[name].append(timed(cmd(out)))
                if name != 'python':
                    check_report(out, len(inputs))
                sizes[name] = output_bytes(out, per_group=name != 'python')
    finally:
        if scratch is None:
            shutil.rmtree(root, ignore_errors=True)  # only after the last run
    return samples, sizes, (load_at_start, os.getloadavg()[0])


def summarize(samples, sizes, input_bytes, docs):
    mb = input_bytes / 1e6
    result = {'documents': docs, 'input_mb': round(mb, 3), 'runs': len(samples['all'])}
    for name, runs in samples.items():
        cpu = statistics.median(r[1] for r in runs)
        out = sum(v for k, v in sizes[name].items() if not k.startswith('  '))
        result[name] = {
            'cpu_s': round(cpu, 3), 'wall_s': round(statistics.median(r[0] for r in runs), 3),
            'cpu_s_all': [round(r[1], 3) for r in runs], 'mb_per_cpu_s': round(mb / cpu, 2),
            'user_s_all': [round(r[3], 3) for r in runs], 'sys_s_all': [round(r[4], 3) for r in runs],
            'ms_cpu_per_document': round(1000 * cpu / docs, 2), 'max_rss_mb': round(max(r[2] for r in runs), 1),
            'output_bytes_per_input_byte': round(out / input_bytes, 3),
            'output_bytes_per_input_byte_by_format': {g: round(b / input_bytes, 3) for g, b in sorted(sizes[name].items()) if not g.startswith('  ')},
            'output_bytes_per_input_byte_by_file': {g.strip(): round(b / input_bytes, 3) for g, b in sorted(sizes[name].items()) if g.startswith('  ')},
        }
    py = result['python']['cpu_s']
    for name in ('all', 'csv'):
        result[name]['ratio_to_script'] = round(py / result[name]['cpu_s'], 2)
        result[name]['target_ratio'] = TARGETS[name]
    return result


def print_race(r):
    print('race on %d documents (%.1f MB, make_corpus.py), one process each, --jobs 1, median CPU of %d runs:'
          % (r['documents'], r['input_mb'], r['runs']))
    print('%-28s %8s %9s %10s %12s %10s' % ('', 'CPU s', 'ms/doc', 'MB/s/core', 'vs script', 'out/in'))
    for name, label in (('all', 'budget-etl (all formats)'), ('csv', 'budget-etl --formats csv'), ('python', 'python_baseline.py')):
        x = r[name]
        ratio = '%.2fx (>=%g)' % (x['ratio_to_script'], x['target_ratio']) if 'ratio_to_script' in x else '1x'
        print('%-28s %8.3f %9.2f %10.2f %12s %10.2f' % (label, x['cpu_s'], x['ms_cpu_per_document'], x['mb_per_cpu_s'], ratio,
                                                      x['output_bytes_per_input_byte']))
    print('  user + sys s of each run (fresh folders, nothing removed before or during the race): %s' % '; '.join(
        '%s %s' % (name, ', '.join('%.2f+%.2f' % us for us in zip(r[name]['user_s_all'], r[name]['sys_s_all'])))
        for name in ('all', 'csv', 'python')))
    for name in ('all', 'csv'):
        fmt = r[name]['output_bytes_per_input_byte_by_format']
        print('  output bytes per input byte, %s: %s' % (name, ', '.join('%s %.3f' % kv for kv in fmt.items())))


def print_targets(result):
    """Issue #14's targets against this run's figures."""
    r, s, sample = result['race'], result.get('scaling'), result.get('sample')
    rows = [('all formats >= %gx the script' % TARGETS['all'], r['all']['ratio_to_script'] >= TARGETS['all'], '%.2fx' % r['all']['ratio_to_script']),
            ('--formats csv >= %gx the script' % TARGETS['csv'], r['csv']['ratio_to_script'] >= TARGETS['csv'], '%.2fx' % r['csv']['ratio_to_script'])]
    if sample:
        rows.append(('sample alone <= 15 ms CPU (start-up included)', sample['cpu_s'] <= 0.015, '%.1f ms' % (1000 * sample['cpu_s'])))
    if s:
        rss = max(s['jobs1']['max_rss_mb'], s['jobs2']['max_rss_mb'])
        rows.append(('peak RSS < 100 MB at %d documents' % s['documents'], rss < 100, '%.1f MB' % rss))
        rows.append(('--jobs 2 >= 1.7x --jobs 1 (wall)', s['speedup'] >= 1.7, '%.2fx' % s['speedup']))
    files = r['all']['output_bytes_per_input_byte_by_file']
    if 'budget.jsonld' in files and 'budget.xml' in files:
        j, x = files['budget.jsonld'], files['budget.xml']
        rows.append(('budget.jsonld no larger than budget.xml', j <= x, '%.3f vs %.3f bytes per input byte' % (j, x)))
    for name, ok, figure in rows:
        print('  %-4s %-48s %s' % ('met' if ok else 'MISS', name, figure))


def table_row(result):
    """One row of the per-commit table in Docs/performance.md."""
    r, s = result['race'], result.get('scaling', {})
    rss = s.get('jobs2', {}).get('max_rss_mb')
    if 'load_at_start' in r:  # the race's own loads (it runs first in make bench since perf9)
        load = ' (load %.1f at the start of the race, %.1f after it)' % (r['load_at_start'], r['load_after'])
    elif 'load_avg_at_start' in result:
        load = ' (load %.1f at the start, %.1f after the race)' % (result['load_avg_at_start'], os.getloadavg()[0])
    else:
        load = ''
    return '| %s%s%s | %s | %.2f | %.2fx | %.2f | %.2fx | %.2f | %.1f | %s | %s | %.2f |' % (
        result.get('commit', '?'), '+dirty' if result.get('dirty') else '', load, result.get('date', '')[:10],
        r['all']['cpu_s'], r['all']['ratio_to_script'], r['csv']['cpu_s'], r['csv']['ratio_to_script'], r['python']['cpu_s'],
        1000 * result['sample']['cpu_s'] if 'sample' in result else float('nan'),
        '%.1f' % rss if rss else '-', '%.2fx' % s['speedup'] if s else '-', r['all']['output_bytes_per_input_byte'])


def record(doc, row):
    """Appends row to the table under the '## Per-commit figures' heading of doc."""
    lines = open(doc, encoding='utf-8').read().split('\n')
    start = lines.index('## Per-commit figures (`make bench`)')
    end = start + 1
    while end < len(lines) and not lines[end].startswith('|'):
        end += 1
    while end < len(lines) and lines[end].startswith('|'):
        end += 1
    lines.insert(end, row)
    open(doc, 'w', encoding='utf-8').write('\n'.join(lines))


def report(result, record_doc, row=True):
    """Prints the race, the targets and (row) the per-commit row; appends the row to record_doc."""
    print_race(result['race'])
    print('targets (issue #24):')
    print_targets(result)
    if not row:
        return
    row = table_row(result)
    print('per-commit row (Docs/performance.md):\n' + row)
    if record_doc:
        record(record_doc, row)
        print('recorded in %s' % record_doc)


def main():
    ap = argparse.ArgumentParser()
    for name in ('binary', 'shared', 'sample', 'corpus', 'results'):
        ap.add_argument(name)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--documents', type=int, default=200)
    ap.add_argument('--record', metavar='DOC')
    ap.add_argument('--settle', type=int, default=SETTLE_S, help='seconds to wait before the first run (0: none)')
    ap.add_argument('--scratch', metavar='DIR', help='make the runs\' folders in DIR and remove nothing: the caller '
                    'removes DIR after the race (Bench/run.sh, at its end); a stale race corpus is moved into it')
    ap.add_argument('--merge-from', metavar='JSON', help='no race: take the "race" of JSON (an earlier race.py '
                    'run) into RESULTS (bench.py\'s, written after it), then print the targets and the row')
    a = ap.parse_args()
    result = json.load(open(a.results)) if os.path.exists(a.results) else {}
    if a.merge_from:
        result['race'] = json.load(open(a.merge_from))['race']
        if 'skipped' in result['race']:
            print('race skipped: %s' % result['race']['skipped'])
        else:
            report(result, a.record)
    elif not os.path.exists(os.path.join(a.shared, 'python_baseline.py')):
        print('race skipped: %s/python_baseline.py is not present (the race needs ../shared/bench)' % a.shared)
        result['race'] = {'skipped': 'no %s' % a.shared}
    else:
        inputs = ensure_corpus(a.shared, a.sample, a.corpus, a.documents, a.scratch)
        samples, sizes, loads = race(a.binary, a.shared, inputs, a.runs, a.settle, a.scratch)
        result['race'] = summarize(samples, sizes, sum(os.path.getsize(f) for f in inputs), len(inputs))
        result['race'].update(settle_s=a.settle, fresh_folders=True, load_at_start=round(loads[0], 2),
                              load_after=round(loads[1], 2), removals_left_to_caller=a.scratch is not None)
        report(result, a.record, row=a.scratch is None or a.record is not None)
    os.makedirs(os.path.dirname(a.results) or '.', exist_ok=True)
    with open(a.results, 'w') as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
