package extract

import (
	"slices"
	"strings"
)

// A group described with a group noun in an apposition or a copula names
// that noun as well as its name does (round 16, helper z20roles, the
// roles6 drill): after "The work happens in CAMARA, an open-source project
// hosted by the Linux Foundation.", "The project, led by A and B, ..." is
// CAMARA, not the foundation that hosts it; after "X is a programme of
// ...", "the programme" is X. Without the description the two groups in
// reach tie and the description names nothing (groupRef).

// noteGroupDesc remembers that the text described slug with a group noun
// that ends its phrase (toks[end] follows the head): a participle may
// follow ("an open-source project hosted by ..."), a verb of saying may
// not ("X, the group said").
func (x *extractor) noteGroupDesc(slug, head string, toks []token, end int) {
	if slug == "" || !groupHeads[head] || head == "group" {
		return
	}
	if end < len(toks) && toks[end].Word && !descAfterHead[toks[end].Key] && !strings.HasSuffix(toks[end].Key, "ed") {
		return
	}
	if x.groupDescs == nil {
		x.groupDescs = map[string][]string{}
	}
	if !slices.Contains(x.groupDescs[slug], head) {
		x.groupDescs[slug] = append(x.groupDescs[slug], head)
	}
}

// groupDescribed reports whether the text described slug with head.
func (x *extractor) groupDescribed(slug, head string) bool {
	return slices.Contains(x.groupDescs[slug], head)
}

// noteGroupDescBefore remembers a group noun described before the group's
// name at toks[a], in apposition (round 35, dev22): "a new industry
// initiative, Open Telco AI, which aims ..." or "a new initiative, the
// Open Edge Alliance": an article opens the description at most four words
// before its head, and a comma (and "the") sits between the head and the
// name. "The initiative's founding partners" is then the group so
// described, not the association that launched it.
func (x *extractor) noteGroupDescBefore(slug string, toks []token, a int) {
	c := a - 1
	if c >= 0 && toks[c].Key == "the" {
		c--
	}
	if c < 1 || toks[c].Text != "," || !toks[c-1].Word {
		return
	}
	head := descHead(toks[c-1].Key)
	if !groupHeads[head] || head == "group" {
		return
	}
	for k := c - 2; k >= 0 && k >= c-6; k-- {
		if !toks[k].Word {
			return
		}
		switch toks[k].Key {
		case "a", "an", "the", "its", "their":
			x.noteGroupDesc(slug, head, toks, c)
			return
		}
	}
}
