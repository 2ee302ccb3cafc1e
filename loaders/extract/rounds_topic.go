package extract

import "strings"

// This file binds a round told with no company of its own to the
// article's topic when the article's funding subject is unambiguous
// (helper z25inv, issue 13): one company, and only one, was told raising
// money or opening a round anywhere in the article so far. "Voltaris
// raised $40 million. ... (four sentences on its products) ... Backers
// include A and B", "... The round was led by A": the backers and the
// round are that company's, however far back it raised. With two
// companies told raising (a roundup, a rival's round), nothing is bound.

// unknownRaiser stands in raisedBy for a raiser the article named by a
// description or a name no company resolves to: with it, the topic is
// never unambiguous.
const unknownRaiser = "?"

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
		if sb != unknownRaiser {
			return sb
		}
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

// topicRoundNouns are the nouns that make a sentence with no round in
// reach talk about the article's one raise: its investors or its money.
var topicRoundNouns = map[string]bool{
	"investor": true, "backer": true, "co-investor": true, "participant": true, "funder": true,
	"money": true, "cash": true, "capital": true, "funding": true, "financing": true,
}

// reopenTopicRound opens the round of the article's one raiser again for
// a sentence past every round's reach that talks about investors or
// money and names no company's own ("Existing investors A and B also
// took part", "The funding comes from A"): a sentence about a trial or a
// customer ("A took part in the trial") has no such noun, and "B's
// investors" or a company's own raise are that company's.
func (x *extractor) reopenTopicRound(c *clauses) {
	if r := x.round; r != nil && r.topic && !r.kept {
		x.round = nil // a reopened round lasts its own sentence unless it gained a backer there
	}
	if r := x.round; r != nil && x.sentIdx-r.sent <= roundReach {
		return
	}
	sb := x.onlyRaiser()
	if sb == "" {
		return
	}
	if _, drop := modalityOf(c.s.text); drop {
		return // "A report that B had also written a cheque was not confirmed"
	}
	cue := false
	for i, u := range c.us {
		switch {
		case u.Kind == 'V' && !u.Passive && (raiseVerbs[u.Lemma] || amountRaisers[u.Lemma]):
			return // the sentence tells a raise of its own
		case u.Kind == 'E' && c.ents[u.ent].poss:
			return
		case u.Kind == 'N' && strings.Contains(u.words, "'s "):
			return // "the company's backers": coreference decides whose
		case u.Kind == 'E' && i > 0 && c.us[i-1].Kind == 'P' && (c.us[i-1].Lemma == "in" || c.us[i-1].Lemma == "into" || c.us[i-1].Lemma == "of"):
			return // "holds a stake in B alongside the cash it invested": the sentence names its own company
		case u.Kind == 'N' && roundNoun(u):
			cue = true
		}
	}
	for _, t := range c.ts {
		if t.Pos == posNoun && topicRoundNouns[t.Lemma] {
			cue = true // "Existing investors A and B", "The funding"
		}
	}
	if cue {
		x.round = &fundingRound{co: arg{slug: sb, text: "(" + x.nameOf(sb) + ")"}, sent: x.sentIdx - 1, focus: true, topic: true}
	}
}
