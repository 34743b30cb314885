#!/usr/bin/env python3
"""Consistency checks of Deploy/kubernetes/ beyond the schema (run by `make k8s-check`).

Usage: check_manifests.py MANIFEST_DIR SETUP_SCRIPT
       check_manifests.py --script MANIFEST   (prints the shell script of its Job's container,
                                               which `make image-test` runs in the image)
  * a Job (or CronJob job) running `budget-etl run --shard K/N` is completionMode: Indexed,
    K is $JOB_COMPLETION_INDEX, N equals completions, and parallelism is at most N;
  * each shard writes its own folder (the output path holds $JOB_COMPLETION_INDEX);
  * a volume claim mounted by parallel pods is ReadWriteMany, and every claim used is defined;
  * every container requests cpu and memory, the memory limit is at least the request and the
    request at least the measured peak RSS; `--jobs J` is at most the cpu request;
  * pods run as the image's non-root user (the uid of SETUP_SCRIPT);
  * images name no real registry host (a reserved example domain).
"""
import glob, os, re, sys
import yaml

# Peak RSS of `budget-etl run --jobs 2` over the 1,000-document bench corpus (release build,
# /usr/bin/time -v), in MiB; see Docs/operations.md. A worker's request must cover it.
MEASURED_PEAK_RSS_MIB = 42
RESERVED_HOST = re.compile(r'^[^/]*\.(example|test|invalid)(:\d+)?/|^localhost(:\d+)?/')
SHARD = re.compile(r'--shard\s+"?\$\{?\(?JOB_COMPLETION_INDEX\)?\}?/(\d+)"?')
UNITS = {'Ki': 2**10, 'Mi': 2**20, 'Gi': 2**30, 'k': 10**3, 'M': 10**6, 'G': 10**9}


def quantity(text):
    match = re.fullmatch(r'(\d+(?:\.\d+)?)(m|Ki|Mi|Gi|k|M|G)?', str(text))
    if not match:
        raise ValueError(f'unreadable quantity {text!r}')
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == 'm' else value * UNITS.get(unit, 1)


def load_file(path):
    with open(path, encoding='utf-8') as f:
        for doc in yaml.safe_load_all(f):
            if doc:
                yield os.path.basename(path), doc


def load(directory):
    for path in sorted(glob.glob(os.path.join(directory, '*.yaml'))):
        yield from load_file(path)


def jobs(name, doc):
    """(label, job spec) of a Job or of a CronJob's job template."""
    if doc['kind'] == 'Job':
        yield f"{name}: job/{doc['metadata']['name']}", doc['spec']
    elif doc['kind'] == 'CronJob':
        yield f"{name}: cronjob/{doc['metadata']['name']}", doc['spec']['jobTemplate']['spec']


def pods(name, doc):
    """(label, pod spec, parallel pods) of every pod template and bare Pod."""
    if doc['kind'] == 'Pod':
        yield f"{name}: pod/{doc['metadata']['name']}", doc['spec'], 1
    for label, spec in jobs(name, doc):
        yield label, spec['template']['spec'], spec.get('parallelism', 1)


def command_line(container):
    return ' '.join(container.get('command', []) + container.get('args', []))


def check_shards(label, spec, errors):
    before = len(errors)
    for container in spec['template']['spec']['containers']:
        line = command_line(container)
        found = SHARD.search(line)
        if '--shard' not in line:
            continue
        if not found:
            errors.append(f'{label}: --shard is not $JOB_COMPLETION_INDEX/N')
            continue
        shards = int(found.group(1))
        if spec.get('completionMode') != 'Indexed':
            errors.append(f'{label}: --shard needs completionMode: Indexed')
        if spec.get('completions') != shards:
            errors.append(f"{label}: completions {spec.get('completions')} but --shard K/{shards}")
        if spec.get('parallelism', 1) > shards:
            errors.append(f'{label}: parallelism above the {shards} shards')
        out = re.search(r'--out\s+"?(\S+?)"?\s', line)
        if not out or 'JOB_COMPLETION_INDEX' not in out.group(1):
            errors.append(f'{label}: each shard must write its own folder (--out …$JOB_COMPLETION_INDEX)')
        if len(errors) == before:
            print(f'ok   {label}: Indexed, {shards} completions = --shard K/{shards}, one folder per shard')


def check_resources(label, container, errors):
    resources = container.get('resources', {})
    requests, limits = resources.get('requests', {}), resources.get('limits', {})
    if 'cpu' not in requests or 'memory' not in requests or 'memory' not in limits:
        errors.append(f'{label}: requests cpu and memory and a memory limit are required')
        return
    memory = quantity(requests['memory'])
    if quantity(limits['memory']) < memory:
        errors.append(f'{label}: memory limit below the request')
    jobs_flag = re.search(r'--jobs\s+"?(\d+)', command_line(container))
    if jobs_flag:
        if int(jobs_flag.group(1)) > quantity(requests['cpu']):
            errors.append(f'{label}: --jobs {jobs_flag.group(1)} above cpu request {requests["cpu"]}')
        if memory < MEASURED_PEAK_RSS_MIB * 2**20:
            errors.append(f'{label}: memory request below the measured {MEASURED_PEAK_RSS_MIB} MiB peak RSS')


def check_pod(label, pod, uid, errors):
    before = len(errors)
    context = pod.get('securityContext', {})
    if context.get('runAsNonRoot') is not True or context.get('runAsUser') != uid:
        errors.append(f'{label}: must run as the image user (runAsNonRoot, runAsUser {uid})')
    for container in pod['containers']:
        if not RESERVED_HOST.match(container['image']):
            errors.append(f"{label}: image {container['image']} names a registry host outside the "
                          'reserved example domains; keep the placeholder and set it when deploying (Docs/operations.md)')
        check_resources(f"{label} {container['name']}", container, errors)
    if len(errors) == before:
        print(f'ok   {label}: uid {uid}, requests and limits set, placeholder image')


def check_claims(docs, errors):
    before = len(errors)
    claims = {d['metadata']['name']: d['spec'] for _, d in docs if d['kind'] == 'PersistentVolumeClaim'}
    for name, doc in docs:
        for label, pod, parallel in pods(name, doc):
            for volume in pod.get('volumes', []):
                claim = volume.get('persistentVolumeClaim', {}).get('claimName')
                if claim is None:
                    continue
                if claim not in claims:
                    errors.append(f'{label}: claim {claim} is not defined in the manifests')
                elif parallel > 1 and 'ReadWriteMany' not in claims[claim]['accessModes']:
                    errors.append(f'{label}: {parallel} pods mount {claim}, which is not ReadWriteMany')
    if len(errors) == before:
        print(f"ok   claims: {', '.join(sorted(claims))} defined; parallel pods mount ReadWriteMany")


def main(directory, setup_script):
    with open(setup_script, encoding='utf-8') as f:
        uid = int(re.search(r'useradd .*--uid (\d+)', f.read().replace('\\\n', ' ')).group(1))
    docs = list(load(directory))
    errors = []
    for name, doc in docs:
        for label, spec in jobs(name, doc):
            check_shards(label, spec, errors)
        for label, pod, _ in pods(name, doc):
            check_pod(label, pod, uid, errors)
    check_claims(docs, errors)
    for error in errors:
        print(f'FAIL {error}')
    print(f'{len(docs)} manifests: {"consistent" if not errors else f"{len(errors)} problem(s)"}')
    return 1 if errors else 0


def job_script(path):
    for name, doc in load_file(path):
        for _, spec in jobs(name, doc):
            container = spec['template']['spec']['containers'][0]
            assert container['command'] == ['/bin/sh', '-ec'], f'{path}: not a /bin/sh -ec script'
            return container['args'][0]
    raise SystemExit(f'{path}: no Job')


if __name__ == '__main__':
    if sys.argv[1] == '--script':
        sys.stdout.write(job_script(sys.argv[2]))
        sys.exit(0)
    sys.exit(main(*sys.argv[1:3]))
