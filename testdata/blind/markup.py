#!/usr/bin/env python3
"""Rewrite blind splits with the markup a web page leaves in text.

usage: python3 testdata/blind/markup.py OUTDIR SPLIT...

For each SPLIT (tune, dev, ...) under testdata/blind it writes three copies,
OUTDIR/html-refs/SPLIT, OUTDIR/md/SPLIT and OUTDIR/tags/SPLIT, with every
article's body (all lines after the headline) rewritten:

  html-refs  & ' " as &amp; &#39; &quot;
  md         each paragraph's first word in **bold**, and the first word of
             each sentence as a Markdown link [Word](https://example.com/a/b)
  tags       each paragraph's first word in <b>..</b>, and <br> after full stops

Score a copy as the split itself is scored, e.g.
  telcograph eval --gold OUTDIR/md/tune/gold.yaml --register OUTDIR/md/tune/aliases.yaml
The gold is unchanged: the same facts must be found (docs/extractor-rounds.md,
round 15). Hard-wrapped articles are rewritten after their wrapping, so their
lines grow past the wrap width; a real page is wrapped after its markup.
"""
import glob
import os
import re
import shutil
import sys

VARIANTS = {
    'html-refs': lambda s: s.replace('&', '&amp;').replace("'", '&#39;').replace('"', '&quot;'),
    'md': lambda s: re.sub(r'(?m)(^|\. )([A-Z][a-z]+)', r'\1[\2](https://example.com/a/b)',
                           re.sub(r'(?m)^([A-Z][a-z]+)', r'**\1**', s)),
    'tags': lambda s: re.sub(r'(?m)^([A-Z][a-z]+)', r'<b>\1</b>', s).replace('. ', '.<br> '),
}


def rewrite(out, splits, variants, apply):
    """Copy each split to OUTDIR/VARIANT/SPLIT for each variant and rewrite
    every article there as apply(name, f, text) gives it (None: as it is).
    SPLIT is a split's name here or its path from here (layout.py)."""
    here = os.path.dirname(os.path.abspath(__file__))
    for name, f in variants.items():
        for sp in splits:
            src = os.path.join(here, sp)
            dst = os.path.join(out, name, os.path.basename(os.path.normpath(sp)))
            if not os.path.isdir(os.path.join(src, 'articles')):
                sys.exit('%s: no articles folder' % src)
            shutil.rmtree(dst, ignore_errors=True)
            shutil.copytree(src, dst)
            for a in glob.glob(os.path.join(dst, 'articles', '*.txt')):
                with open(a, encoding='utf-8', newline='') as fh:
                    t = apply(name, f, fh.read())
                if t is not None:
                    with open(a, 'w', encoding='utf-8', newline='') as fh:
                        fh.write(t)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)

    def apply(name, f, t):
        i = t.find('\n')
        return t[:i + 1] + f(t[i + 1:])
    rewrite(sys.argv[1], sys.argv[2:], VARIANTS, apply)


if __name__ == '__main__':
    main()
