package extract

import "github.com/telcograph/telcograph/schema"

// dropWeakRoleConflicts (issue 13, helper x13r9, the roles2 drill): a
// sentence that states a person's current title at one organisation by
// an explicit rule ("Telenor's new boss, P, who was appointed chief
// executive in 2023") does not also make P the same officer of another
// organisation by a fallback rule that guessed the owner (a bare title at
// the company in reach, a title after an insert at the topic company).
// Past titles are left alone: "the former CEO of A, now CEO of B" states
// both.
func (x *extractor) dropWeakRoleConflicts() {
	const strong, weak = 0.7, 0.55
	drop := make([]bool, len(x.facts))
	for i, f := range x.facts {
		if f.Relation != schema.RelCEOOf && f.Relation != schema.RelChairmanOf || f.Modality != "" || f.Confidence > weak {
			continue
		}
		for j, g := range x.facts {
			if j == i || g.Relation != f.Relation || g.Subject.ID != f.Subject.ID || g.Evidence != f.Evidence ||
				g.Object.ID == f.Object.ID || g.Modality != "" || g.Confidence < strong {
				continue
			}
			drop[i] = true
			break
		}
	}
	x.dropMarked(drop)
}

// dropMarked removes the facts marked in drop (indexes of x.facts), in
// place, keeping the order of the others.
func (x *extractor) dropMarked(drop []bool) {
	out := x.facts[:0]
	for i, f := range x.facts {
		if !drop[i] {
			out = append(out, f)
		}
	}
	x.facts = out
}

// inQuote reports whether byte offset at lies inside a quotation of text
// (between an opening and a closing quotation mark).
func inQuote(text string, at int) bool {
	open := false
	for i, r := range text {
		if i >= at {
			return open
		}
		switch r {
		case '"':
			open = !open
		case '“':
			open = true
		case '”':
			open = false
		}
	}
	return false
}

// founderTitle reports whether the founder noun at ts[i:i+n] is a person's
// job title ("Jensen Huang (founder and CEO, Nvidia)", "co-founder and
// chief executive"): coordinated with a title word, it founds no group a
// frame could read.
func founderTitle(ts []tagged, i, n int) bool {
	k := ts[i].Key
	if n != 1 || k != "founder" && k != "co-founder" && k != "cofounder" {
		return false
	}
	if i+2 < len(ts) && (ts[i+1].Key == "and" || ts[i+1].Key == "&") {
		switch ts[i+2].Key {
		case "ceo", "chief", "president", "chairman", "chair", "chairwoman", "managing", "executive":
			return true
		}
	}
	return false
}
