#!/usr/bin/env python3
"""Runs the benchmark of `make bench` (see Bench/run.sh and Docs/performance.md).

bench.py BIN CORPUS_DIR SAMPLE RESULTS_JSON [--runs N] [--sizes 10,100,1000] [--repeat N]

Every end-to-end measurement is one `budget-etl run --force --out <tmp>` process (all formats,
XML validated), timed with os.wait4: wall time, user+sys CPU time and peak RSS (ru_maxrss) of
that one process. The median of --runs runs is reported.
"""
import argparse, json, os, platform, shutil, statistics, subprocess, sys, tempfile, time


def measure(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode('utf-8', 'replace')
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit('failed (%d): %s\n%s' % (code, ' '.join(cmd), err[-2000:]))
    return {'wall_s': wall, 'cpu_s': ru.ru_utime + ru.ru_stime, 'max_rss_mb': ru.ru_maxrss / 1024}


def run_corpus(binary, inputs, jobs, runs, docs, size_bytes):
    samples = []
    for _ in range(runs):
        out = tempfile.mkdtemp(prefix='budget-etl-bench-')
        try:
            # Flush what earlier runs (or the corpus generator) left dirty first: budget-etl's
            # syncfs would otherwise write it back and be billed for it.
            os.sync()
            samples.append(measure([binary, 'run', '--force', '--quiet', '--jobs', str(jobs), '--out', out] + inputs))
            report = json.load(open(os.path.join(out, 'run-report.json')))
            failed = [d for d in report['documents'] if d['status'] != 'exported']
            if failed or len(report['documents']) != docs:
                sys.exit('not every document exported: %s' % failed[:3])
        finally:
            shutil.rmtree(out, ignore_errors=True)
    wall = statistics.median(s['wall_s'] for s in samples)
    cpu = statistics.median(s['cpu_s'] for s in samples)
    mb = size_bytes / 1e6
    return {
        'documents': docs, 'input_mb': round(mb, 3), 'jobs': jobs, 'runs': runs,
        'wall_s': round(wall, 4), 'cpu_s': round(cpu, 4),
        'mb_per_s': round(mb / wall, 2), 'mb_per_cpu_s': round(mb / cpu, 2),
        'docs_per_s': round(docs / wall, 1),
        'max_rss_mb': round(max(s['max_rss_mb'] for s in samples), 1),
        'wall_s_all': [round(s['wall_s'], 4) for s in samples],
    }


def measure_archive(binary, inputs, docs, jobs, runs):
    """Issue #22: `budget-etl catalog` over an export of `inputs` (exported once, untimed):
    the top-level catalog, index and series pages and the archive (budget.sqlite and all/)
    rebuilt from the document folders, one process, single-threaded. Median of `runs`."""
    out = tempfile.mkdtemp(prefix='budget-etl-bench-archive-')
    try:
        subprocess.run([binary, 'run', '--force', '--quiet', '--jobs', str(jobs), '--out', out, inputs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples = []
        for _ in range(runs):
            os.sync()
            samples.append(measure([binary, 'catalog', out]))
        size = lambda p: os.path.getsize(p) if os.path.isfile(p) else 0
        combined = sum(size(os.path.join(out, 'all', f)) for f in os.listdir(os.path.join(out, 'all')))
        return {
            'documents': docs, 'runs': runs,
            'wall_s': round(statistics.median(s['wall_s'] for s in samples), 4),
            'cpu_s': round(statistics.median(s['cpu_s'] for s in samples), 4),
            'max_rss_mb': round(max(s['max_rss_mb'] for s in samples), 1),
            'sqlite_mb': round(size(os.path.join(out, 'budget.sqlite')) / 1e6, 2),
            'all_mb': round(combined / 1e6, 2),
            'wall_s_all': [round(s['wall_s'], 4) for s in samples],
        }
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('binary')
    ap.add_argument('corpus')
    ap.add_argument('sample')
    ap.add_argument('results')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--sizes', default='10,100,1000')
    ap.add_argument('--repeat', type=int, default=30)
    a = ap.parse_args()
    cores = os.cpu_count()
    result = {
        'commit': subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip(),
        'dirty': bool(subprocess.run(['git', 'status', '--porcelain', '--untracked-files=no'], capture_output=True, text=True).stdout.strip()),
        'date': time.strftime('%Y-%m-%dT%H:%M:%S%z'), 'host': platform.node(), 'cores': cores,
        'load_avg_at_start': os.getloadavg()[0],
    }

    # 1. The single sample document, process time including start-up.
    size = os.path.getsize(a.sample)
    result['sample'] = run_corpus(a.binary, [a.sample], 1, max(a.runs, 5), 1, size)

    # 2. Per stage, one document, median of --repeat in-process runs.
    out = subprocess.run([a.binary, 'bench-stages', a.sample, '--repeat', str(a.repeat)], capture_output=True, text=True, check=True)
    result['stages_us'] = json.loads(out.stdout)['stages']

    # 3. End to end over the corpora, default --jobs (cores), then --jobs 1 vs 2 on the largest.
    result['corpora'] = []
    sizes = [int(s) for s in a.sizes.split(',')]
    for n in sizes:
        d = os.path.join(a.corpus, str(n))
        files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith('.txt'))
        total = sum(os.path.getsize(f) for f in files)
        r = run_corpus(a.binary, [d], cores, a.runs, len(files), total)
        result['corpora'].append(r)
        if n == max(sizes):
            one = run_corpus(a.binary, [d], 1, a.runs, len(files), total)
            two = r if cores == 2 else run_corpus(a.binary, [d], 2, a.runs, len(files), total)
            result['scaling'] = {'documents': n, 'jobs1': one, 'jobs2': two,
                                 'speedup': round(one['wall_s'] / two['wall_s'], 2)}

    # 4. The archive over the largest corpus (issue #22; target < 10 s on one core).
    n = max(sizes)
    result['archive'] = measure_archive(a.binary, os.path.join(a.corpus, str(n)), n, cores, a.runs)

    os.makedirs(os.path.dirname(a.results), exist_ok=True)
    with open(a.results, 'w') as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write('\n')

    # Table.
    print('budget-etl bench — commit %s%s, %d cores, load %.2f' % (result['commit'], '+dirty' if result['dirty'] else '', cores, result['load_avg_at_start']))
    print('%-22s %6s %8s %9s %9s %11s %8s %9s' % ('run', 'docs', 'MB', 'wall s', 'cpu s', 'MB/s(cpu)', 'docs/s', 'RSS MB'))
    rows = [('sample (jobs 1)', result['sample'])] + [('corpus %d (jobs %d)' % (r['documents'], r['jobs']), r) for r in result['corpora']]
    if 'scaling' in result:
        rows.append(('corpus %d (jobs 1)' % result['scaling']['documents'], result['scaling']['jobs1']))
    for name, r in rows:
        print('%-22s %6d %8.2f %9.3f %9.3f %11.1f %8.1f %9.1f' % (name, r['documents'], r['input_mb'], r['wall_s'], r['cpu_s'], r['mb_per_cpu_s'], r['docs_per_s'], r['max_rss_mb']))
    if 'scaling' in result:
        s = result['scaling']
        print('jobs 2 / jobs 1 speed-up on %d documents: %.2fx' % (s['documents'], s['speedup']))
    r = result['archive']
    print('%-22s %6d %8s %9.3f %9.3f %11s %8.1f %9.1f   budget.sqlite %.1f MB, all/ %.1f MB' % (
        'archive %d (catalog)' % r['documents'], r['documents'], '-', r['wall_s'], r['cpu_s'], '-',
        r['documents'] / r['wall_s'], r['max_rss_mb'], r['sqlite_mb'], r['all_mb']))
    print('stages, one document, median µs: ' + ', '.join('%s %d' % kv for kv in result['stages_us'].items()))
    print('written: %s' % a.results)


if __name__ == '__main__':
    main()
