package extract

// This file binds a round told with no company of its own to the
// article's topic when the article's funding subject is unambiguous
// (helper z25inv, issue 13): one company, and only one, was told raising
// money or opening a round anywhere in the article so far. "Voltaris
// raised $40 million. ... (four sentences on its products) ... Backers
// include A and B", "... The round was led by A": the backers and the
// round are that company's, however far back it raised. With two
// companies told raising (a roundup, a rival's round), nothing is bound.

// noteRaisedBy notes company slug as one the article told raising money.
func (x *extractor) noteRaisedBy(slug string) {
	if slug == "" {
		return
	}
	if x.raisedBy == nil {
		x.raisedBy = make(map[string]bool)
	}
	x.raisedBy[slug] = true
}

// noteRoundOpened notes the company of a round opened in this sentence
// by a company of its own (not one opened for the investee in focus).
func (x *extractor) noteRoundOpened() {
	if r := x.round; r != nil && r.sent == x.sentIdx && !r.kept && !r.focus {
		x.noteRaisedBy(x.resolve(r.co, companyTypes))
	}
}

// onlyRaiser is the one company the article told raising money, or "".
func (x *extractor) onlyRaiser() string {
	if len(x.raisedBy) != 1 {
		return ""
	}
	for sb := range x.raisedBy {
		return sb
	}
	return ""
}

// topicRaiser is the article's one raiser as the owner of an
// unpossessed investor list ("Backers include A and B"), unless it is
// among the items.
func (x *extractor) topicRaiser(items []arg) (arg, bool) {
	sb := x.onlyRaiser()
	if sb == "" {
		return arg{}, false
	}
	for _, a := range items {
		if x.resolve(a, orgTypesAll) == sb {
			return arg{}, false
		}
	}
	return arg{slug: sb, text: "(" + x.nameOf(sb) + ")"}, true
}
