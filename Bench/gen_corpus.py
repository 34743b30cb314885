#!/usr/bin/env python3
"""Deterministic synthetic corpus for `make bench`, generated from the bundled sample.

Document i (0-based) of every corpus size is the same text:
  * ministry  = organizations.tsv row i % 23 (総務省 replaced everywhere by its name_ja),
  * years     = every 令和N shifted by i // 23 (budget year and prior year move together),
  * amounts   = the digits of every amount replaced from a seeded PRNG (commas, decimal
                points, leading-digit width and the unit are kept),
  * extra items = a few extra numbered sub-items appended to random groups.
So (ministry, fiscal year) — the document id — is distinct for every i < 23 * 44.
Usage: gen_corpus.py SAMPLE ORGANIZATIONS_TSV OUTDIR SIZE...
"""
import os, random, re, sys

AMOUNT = re.compile(r'(?<![0-9A-Za-z])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=\s?(?:兆|億円|百万円|千円|万円|億))')
CELL = re.compile(r'(?<=\t)(▲\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=\t|$)', re.M)
ERA = re.compile(r'令和(\d+)年')
SUBITEM = re.compile(r'^\((\d+)\) [^\t\n]*\t[^\n]*$', re.M)


def shuffle_digits(rng, text):
    out = []
    for i, ch in enumerate(text):
        if ch.isdigit():
            first = i == 0 or not text[i - 1].isdigit() and text[i - 1] not in ',.'
            out.append(str(rng.randint(1, 9)) if first and ch != '0' else str(rng.randint(0, 9)))
        else:
            out.append(ch)
    return ''.join(out)


def variant(sample, orgs, i):
    rng = random.Random(20240601 + i)
    name = orgs[i % len(orgs)]
    shift = i // len(orgs)
    text = sample.replace('総務省', name)
    text = ERA.sub(lambda m: '令和%d年' % (int(m.group(1)) + shift), text)
    text = AMOUNT.sub(lambda m: shuffle_digits(rng, m.group(0)), text)
    text = CELL.sub(lambda m: shuffle_digits(rng, m.group(0)), text)
    # Extra items: after the last sub-item of some groups, one more with the next number.
    lines = text.split('\n')
    result = []
    extra = 0
    for k, line in enumerate(lines):
        result.append(line)
        m = SUBITEM.match(line)
        nxt = lines[k + 1] if k + 1 < len(lines) else ''
        if m and not nxt.startswith('(') and rng.random() < 0.5:
            extra += 1
            amount = '%d.%d' % (rng.randint(1, 99), rng.randint(0, 9))
            result.append('(%d) 追加施策%dの推進\t%s 億円' % (int(m.group(1)) + 1, extra, amount))
    return '\n'.join(result)


def main():
    sample_path, orgs_path, outdir = sys.argv[1:4]
    sizes = [int(s) for s in sys.argv[4:]]
    sample = open(sample_path, encoding='utf-8').read()
    # The 地方財政計画 (chiho) is named by its own title only, never as a ministry's name in a
    # budget overview's title: it is no ministry to put in the sample's place.
    orgs = [l.split('\t')[1] for l in open(orgs_path, encoding='utf-8').read().splitlines()[1:]
            if l.strip() and l.split('\t')[0] != 'chiho']
    if max(sizes) > len(orgs) * 44:
        sys.exit('too many documents for distinct ids')
    for size in sizes:
        d = os.path.join(outdir, str(size))
        os.makedirs(d, exist_ok=True)
        for i in range(size):
            p = os.path.join(d, 'doc-%04d.txt' % i)
            with open(p, 'w', encoding='utf-8') as f:
                f.write(variant(sample, orgs, i))


if __name__ == '__main__':
    main()
