#!/usr/bin/env python3
"""How the read splits' golds annotate the cases writers disagree on.

Counts from gold.yaml and aliases.yaml only (relation, argument ids, register
types, an argument's text); no article is opened. docs/briefs/annotation-guide.md
quotes its totals. Run from the repository root:

    python3 testdata/blind/disagreements.py [split ...]
"""
import collections
import sys

import yaml

READ = ['tune', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22']
# place names ending like demonyms ("-an", "-ese", "-sh", "-ch", "-i")
PLACES = {'Japan', 'Taiwan', 'Bahrain', 'Oman', 'Sweden', 'Britain', 'Iran', 'Pakistan', 'Kazakhstan', 'Yemen', 'Jordan', 'Sudan', 'Spain'}


def demonym(t):
    return t[:1].isupper() and ' ' not in t and t not in PLACES and t.endswith(('n', 'ese', 'sh', 'ch', 'i'))


def count(split):
    g = yaml.safe_load(open('testdata/blind/%s/gold.yaml' % split))
    reg = yaml.safe_load(open('testdata/blind/%s/aliases.yaml' % split))['entities']
    typ = lambda i: (reg.get(i) or {}).get('type')
    c = collections.Counter()
    for a in g['articles']:
        fs = a.get('facts') or []
        owners = {((f.get('venture') or {}).get('id'), p.get('id')) for f in fs if f['rel'] == 'jointVenture' for p in f.get('partners') or []}
        invested = {(f['investor'].get('id'), f['investee'].get('id')) for f in fs
                    if f['rel'] == 'investedIn' and isinstance(f.get('investor'), dict) and isinstance(f.get('investee'), dict)}
        for v, p in owners:
            c['joint-venture owner with investedIn' if (p, v) in invested else 'joint-venture owner without investedIn'] += 1
        parties = collections.defaultdict(set)
        for f in fs:
            r = f['rel']
            if r == 'foundingMember':
                c['foundingMember, org a %s' % typ((f.get('org') or {}).get('id'))] += 1
            elif r == 'headquarteredIn':
                c['headquarteredIn from a demonym' if demonym(str((f.get('country') or {}).get('text', ''))) else 'headquarteredIn from a place name or other'] += 1
            elif r == 'ledBy':
                c['ledBy, leader a %s' % typ((f.get('leader') or {}).get('id'))] += 1
            elif r == 'investedIn':
                c['investedIn, investor a %s' % typ((f.get('investor') or {}).get('id'))] += 1
            elif r == 'partnerOf':
                e = f.get('evidence')
                parties[e if isinstance(e, str) else ' | '.join(e or [])].update([(f.get('a') or {}).get('id'), (f.get('b') or {}).get('id')])
        for ps in parties.values():
            c['partnerOf evidence with 3+ parties' if len(ps) >= 3 else 'partnerOf evidence with 2 parties'] += 1
    return c


def main():
    splits = sys.argv[1:] or READ
    total = collections.Counter()
    per = {}
    for s in splits:
        per[s] = count(s)
        total.update(per[s])
    for k in sorted(total):
        print('%5d %s' % (total[k], k))
    print()
    for k in sorted(total):
        print('%s: %s' % (k, ' '.join('%s %d' % (s, per[s][k]) for s in splits if per[s][k])))


if __name__ == '__main__':
    main()
