package extract

import "github.com/telcograph/telcograph/schema"

// This file links a group's full name that carries its short form in
// brackets before the head noun (helper z15hq, issue 13): "the Ultra
// Accelerator Link (UALink) Consortium" is the UALink Consortium the
// register knows, but no registered form spans the bracket, so the name
// stayed unlinked and every fact of the paragraph ("The consortium was
// founded in May 2024 by A, B and C") went to another entity or none.
// The words before the bracket must be capitalised and the short form
// with the words after the bracket must be a registered name of an
// alliance or a joint venture of two words or more ("UALink Consortium").

// bracketedInName matches "Long Name (ACR) Head" at toks[i] when "ACR
// Head" is a registered alliance or venture; it returns the entry and the
// tokens the whole name covers.
func (x *extractor) bracketedInName(toks []token, i int) (*lexEntry, int) {
	if !toks[i].Word || !toks[i].Upper || i > 0 && toks[i-1].Word && toks[i-1].Upper {
		return nil, 0
	}
	k := i
	for k < len(toks) && k < i+6 && toks[k].Word && toks[k].Upper && !toks[k].Poss {
		k++
	}
	if k == i || k+3 >= len(toks) || toks[k].Text != "(" || !toks[k+1].Word || toks[k+2].Text != ")" {
		return nil, 0
	}
	sub := make([]token, 0, 5)
	sub = append(sub, toks[k+1])
	for q := k + 3; q < len(toks) && q < k+7; q++ {
		sub = append(sub, toks[q])
	}
	e, n := x.lx.match(sub, 0)
	if e == nil || n < 2 || len(e.slugs) != 1 {
		return nil, 0
	}
	if t := x.typeOf(e.slugs[0]); t != schema.TypeAlliance && t != schema.TypeJointVenture {
		return nil, 0
	}
	return e, k + 3 + n - 1 - i
}
