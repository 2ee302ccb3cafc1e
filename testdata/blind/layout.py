#!/usr/bin/env python3
"""Rewrite blind splits in the line layouts text takes when people copy it.

usage: python3 testdata/blind/layout.py OUTDIR SPLIT...

SPLIT is a split under testdata/blind (tune, dev, ...), or a set laid out the
same way by its path from there (../corpus, ../heldout) or an absolute path. For each SPLIT and
each layout below it writes OUTDIR/LAYOUT/NAME, a copy of the set with every
article rewritten (the "source:"/"date:" header is kept; the headline is the
first line after it, the body the lines after the headline):

  collapsed         the body on one line: every line and paragraph break gone,
                    as a page's text is when copied from a feed or a form
  sentence-lines    one sentence a paragraph (a blank line after every full
                    stop that ends a sentence)
  spaced-lines      a blank line between every two lines of the body, as
                    between the rows of a table or the items of a list
  wrapped-noblank   paragraphs hard-wrapped at 72 with no blank line between
                    them: a paragraph ends at a short line
  wrapped-indent    the same, each paragraph's first line indented two spaces
  pdf               text from a PDF: hard-wrapped at 66, long words broken
                    with a hyphen at the line end ("collabo-\\nration"), and a
                    running footer and header ("Page 2 of 3", the headline) at
                    every page break of 40 lines
  crlf              CRLF line ends
  upper-headline    the headline in upper case
  headline-noblank  no blank line between the headline and the body

Score a copy as the split itself is scored, e.g.
  telcograph eval --gold OUTDIR/collapsed/tune/gold.yaml --register OUTDIR/collapsed/tune/aliases.yaml
The gold is unchanged: eval matches a fact by its relation and arguments, and
evidence (used only to say why a fact was missed) is looked up as written and
with its white space collapsed, so every layout but pdf's word breaks keeps it.
The same facts must be found (docs/extractor-rounds.md, round 16). Articles
hard-wrapped as written are first unwrapped by nothing: each layout applies to
their lines as they are.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from markup import rewrite  # noqa: E402

# A sentence's end: a full stop, question or exclamation mark (and any
# closing quotation mark) before a space and a capital or opening quote.
# The word before the stop has two small letters or digits, so initials and
# "Co." or "U.S." end no sentence; "Inc." or "Jan." may end one too early.
# A list's number opening a line ("10. VMware") ends none, nor a company's
# suffix before a bracketed short name ("Singapore Telecommunications Ltd.
# (SingTel)"): no site that makes every sentence a paragraph cuts there.
SENT_END = re.compile(r'(?<=[a-z0-9)%][a-z0-9)%])([.!?]["\u201d\']?) (?=["\u201c(]?[A-Z])')
LIST_NUMBER = re.compile(r'\s*\d{1,3}$')
SUFFIX_BRACKET = re.compile(r'(?:Ltd|Inc|Corp|Plc|LLC|Pte|Bhd)$')


def sentence_end(m):
    """SENT_END's replacement: a line break after the sentence's end, or
    the text as it was where no sentence ends."""
    before, after = m.string[:m.start()], m.string[m.end():]
    if m.group(1) == '.' and (LIST_NUMBER.fullmatch(before) or
                              (SUFFIX_BRACKET.search(before) and after.startswith('('))):
        return m.group(0)
    return m.group(1) + '\n'


def paragraphs(body):
    """The body's paragraphs, each a list of its lines."""
    out, cur = [], []
    for line in body.split('\n'):
        if line.strip() == '':
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        out.append(cur)
    return out


def wrap(text, width, hyphenate=False):
    """Hard-wrap one paragraph's text at width; with hyphenate, a word that
    would cross the width is broken after its fourth letter or later with a
    hyphen, as PDF typesetting does."""
    lines, cur = [], ''
    for w in text.split():
        if cur == '':
            cur = w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += ' ' + w
            continue
        room = width - len(cur) - 2  # a space and the hyphen
        if hyphenate and room >= 4 and len(w) - room >= 3 and re.fullmatch(r'[a-z]{7,}', w):
            lines.append(cur + ' ' + w[:room] + '-')
            cur = w[room:]
            continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


def collapsed(head, body):
    return head + '\n' + ' '.join(l.strip() for l in body.split('\n') if l.strip()) + '\n'


def sentence_lines(head, body):
    paras = []
    for p in paragraphs(body):
        for line in p:
            paras.extend(SENT_END.sub(sentence_end, line).split('\n'))
    return head + '\n' + '\n\n'.join(paras) + '\n'


def spaced_lines(head, body):
    return head + '\n' + '\n\n'.join(l for p in paragraphs(body) for l in p) + '\n'


def wrapped_noblank(head, body, indent=''):
    out = []
    for p in paragraphs(body):
        for k, line in enumerate(p):  # a list's items stay lines
            ls = wrap(line, 72 - len(indent) if k == 0 else 72)
            out.append((indent if k == 0 else '') + ls[0])
            out.extend(ls[1:])
    return head + '\n' + '\n'.join(out) + '\n'


def pdf(head, body):
    lines = []
    for p in paragraphs(body):
        for line in p:
            lines.extend(wrap(line, 66, hyphenate=True))
        lines.append('')
    headline = head.strip().split('\n')[-1][:50]
    pages = (len(lines) + 39) // 40
    out = []
    for i, l in enumerate(lines):
        if i > 0 and i % 40 == 0:
            n = i // 40
            out += ['Page %d of %d' % (n, pages), '', headline, '']
        out.append(l)
    out += ['Page %d of %d' % (pages, pages)]
    return head + '\n' + '\n'.join(out) + '\n'


def crlf(head, body):
    return (head + body).replace('\n', '\r\n')


def upper_headline(head, body):
    lines = head.split('\n')
    lines[-2] = lines[-2].upper()  # head ends with the headline and '\n'
    return '\n'.join(lines) + body


def headline_noblank(head, body):
    return head + body.lstrip('\n')


LAYOUTS = {
    'collapsed': collapsed,
    'sentence-lines': sentence_lines,
    'spaced-lines': spaced_lines,
    'wrapped-noblank': wrapped_noblank,
    'wrapped-indent': lambda h, b: wrapped_noblank(h, b, '  '),
    'pdf': pdf,
    'crlf': crlf,
    'upper-headline': upper_headline,
    'headline-noblank': headline_noblank,
}


def split_article(t):
    """(head, body, headline): head runs through the headline's line end,
    with the header and its blank line when there is one. A first line that
    ends as a sentence does or runs long is the body's (heldout has no
    headlines): head is then the header without its blank line, and the
    layouts of a headline leave the article as it is."""
    i = 0
    if t.startswith('source:') and '\n\n' in t:
        i = t.index('\n\n') + 2
    while i < len(t) and t[i] == '\n':
        i += 1
    j = t.find('\n', i)
    if j < 0:
        j = len(t)
    first = t[i:j].rstrip()
    if first == '' or len(first) > 160 or first[-1] in '.!?"\u201d':
        return t[:max(i - 1, 0)], '\n' + t[i:], False
    return t[:j] + '\n', t[j + 1:], True


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)

    def apply(name, f, t):
        head, body, headline = split_article(t)
        if not headline and name in ('upper-headline', 'headline-noblank'):
            return None
        return f(head, body)
    rewrite(sys.argv[1], sys.argv[2:], LAYOUTS, apply)


if __name__ == '__main__':
    main()
