#!/usr/bin/env python3
"""Joins writers' files into one gold.yaml and aliases.yaml per half.

Usage: python3 testdata/blind/join.py HALF BASE WRITER...
  HALF    testdata/blind/tune or testdata/blind/test
  BASE    the joined files of the earlier writers: gold.BASE.yaml and
          aliases.BASE.yaml in HALF (tune: a-j, test: ab)
  WRITER  letters whose gold.W.yaml and aliases.W.yaml are appended

The articles of each writer are appended verbatim (the same YAML text), the
writer's header comment is added to the joined header, the summary is counted
again from the joined articles, and the registers are merged (an id two
writers name differently keeps the first name and type; the other name becomes
a surface form). It prints counts only, so the
test half can be joined without anyone reading it.
"""
import re
import sys

import yaml


# SAME joins ids that writers gave the same real-world entity under
# different names (one writer's short name, another's full name): one
# id per entity, so that a fact is not scored against a name the
# register gives to two entities. Decided on the tune half; applied to
# both halves alike. Companies that are different legal entities
# (softbank-corp, softbank-group) are not joined.
SAME = {
    "t-mobile": "t-mobile-us",
    "samsung": "samsung-electronics",
    "sony": "sony-group",
    "goto": "goto-group",
    "volkswagen": "volkswagen-group",
    "facebook": "meta",  # renamed Meta Platforms in 2021; a former name is the extractor's to find
    "tim-hottges": "timotheus-hoettges",  # dev15: writers a15 and b15, the same person
}


def split(text):
    """header comment lines, the text from 'articles:' on"""
    lines = text.split("\n")
    head = []
    for ln in lines:
        if not ln.startswith("#"):
            break
        head.append(ln)
    at = lines.index("articles:")
    return head, "\n".join(lines[at + 1:]).rstrip("\n")


def summary(doc):
    by = {}
    hn = 0
    for a in doc["articles"]:
        for f in a.get("facts") or []:
            by[f["rel"]] = by.get(f["rel"], 0) + 1
        hn += len(a.get("hard_negatives") or [])
    out = ["summary:", f"  articles: {len(doc['articles'])}", f"  facts: {sum(by.values())}",
           f"  hard_negatives: {hn}", "  facts_by_relation:"]
    out += [f"    {k}: {by[k]}" for k in sorted(by)]
    return out


def main():
    half, base, writers = sys.argv[1], sys.argv[2], sys.argv[3:]
    name = lambda kind, w: f"{half}/{kind}.{w}.yaml"
    head, body = split(open(name("gold", base)).read())
    aliases = yaml.safe_load(open(name("aliases", base)))
    alias_head = [ln for ln in open(name("aliases", base)).read().split("\n") if ln.startswith("#")]
    differ = 0
    for w in writers:
        wh, wb = split(open(name("gold", w)).read())
        head += ["#", f"# Writer {w}'s header:"] + wh
        body += "\n" + wb
        for k, v in (yaml.safe_load(open(name("aliases", w)))["entities"] or {}).items():
            old = aliases["entities"].get(k)
            if old is None:
                aliases["entities"][k] = v
                continue
            # the same entity named by two writers: the first writer's name
            # and type stay canonical, the other's name is a surface form
            differ += (old["name"], old["type"]) != (v["name"], v["type"])
            forms = set(old.get("surface_forms") or []) | set(v.get("surface_forms") or []) | {v["name"]}
            old["surface_forms"] = [old["name"]] + sorted(forms - {old["name"]})
    same = {k: to for k, to in SAME.items() if k in aliases["entities"] and to in aliases["entities"]}
    first = {}
    for k, v in aliases["entities"].items():
        key = (re.sub(r"[^a-z0-9]", "", v["name"].lower()), v["type"])
        if k in same:
            continue
        if key in first:
            same[k] = first[key]
        else:
            first[key] = k
    for k, to in same.items():
        kept = aliases["entities"][to]
        gone = aliases["entities"].pop(k)
        if k in SAME:
            # a writer's own id for an entity another writer registered
            # under its full name: the short name stays for the
            # extractor to find (canonical names only)
            gone = {}
        kept["surface_forms"] = [kept["name"]] + sorted((set(kept.get("surface_forms") or []) | set(gone.get("surface_forms") or [])) - {kept["name"]})
        body = re.sub(r'(\bid: )"?' + re.escape(k) + r'"?(?=[,}\s])', r"\g<1>" + to, body)
    doc = yaml.safe_load("articles:\n" + body)
    text = "\n".join(head + summary(doc) + ["articles:", body]) + "\n"
    open(f"{half}/gold.yaml", "w").write(text)
    ents = dict(sorted(aliases["entities"].items()))
    open(f"{half}/aliases.yaml", "w").write("\n".join(alias_head) + "\n" +
        yaml.safe_dump({"entities": ents}, sort_keys=False, allow_unicode=True, width=1000))
    print(f"{half}: {len(doc['articles'])} articles, {sum(len(a.get('facts') or []) for a in doc['articles'])} facts, {len(ents)} entities ({differ} named differently by two writers, {len(same)} ids joined)")


main()
