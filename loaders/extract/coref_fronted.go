package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file keeps the organisations of a fronted participial phrase out of
// the subject a pronoun takes: in "Created by Enel and CDP Equity, it is
// now controlled by CDP. Its chief executive is P." neither "it" nor "its"
// is Enel: the phrase describes the subject that follows its comma, which
// is what the sentence before was about. The same holds inside the
// sentence: "Created to offer Microsoft's services, the venture is headed
// by P, its chief executive" names the venture's chief, not Microsoft's,
// and "At A's trade show, B said its chief executive ..." B's.

// frontedRE is a sentence opening with a past participle (or "set up",
// "spun out") and running, without another comma, to the comma that ends
// the phrase.
var frontedRE = regexp.MustCompile(`^["“]?(?:[A-Z][a-z]+ed|Set up|Spun (?:out|off)|Built|Run|Led|Born|Founded|Owned|Backed)\b[^,;:.]{3,160}, `)

// frontedListRE is such a phrase whose agents are a list, running to the
// comma right before "it": "Launched in 2021 by A, B and C, it", also when
// an item opens in lower case ("by A, B, e& and C", "by A, its rival B
// and C", "by A, together with B and C").
var frontedListRE = regexp.MustCompile(frontedRE.String()[:len(frontedRE.String())-2] + `(?:, [A-Za-z][^,;:.]{0,60})+, $`)

// frontedHelperRE is a list item that adds a helper, not an agent ("by A,
// with support from B, it").
var frontedHelperRE = regexp.MustCompile(`, with\b`)

// frontedHelpRE is such an item whose object is help or money ("with
// support from B", "with backing from B"): the phrase still ends at the
// comma before "it" (found_behind_copula.go).
var frontedHelpRE = regexp.MustCompile(`, with\s+(?:(?:the|a|an|some|early|financial|technical|strong|initial)\s+)*(?:support|backing|help|assistance|funding|financing|grants?|sponsorship)\s+(?:from|of|by)\s`)

// frontedList reports whether before is a fronted participial phrase
// whose agents are a list (frontedListRE), no item of it a with-phrase
// other than one of help.
func frontedList(before string) bool {
	return frontedListRE.MatchString(before) && len(frontedHelperRE.FindAllStringIndex(before, -1)) == len(frontedHelpRE.FindAllStringIndex(before, -1))
}

// frontedEnd is the byte just after the comma that ends a fronted
// participial phrase opening text, or -1.
func frontedEnd(text string) int {
	loc := frontedRE.FindStringIndex(text)
	if loc == nil {
		return -1
	}
	return loc[1]
}

// openerRE is a sentence opening with a prepositional or subordinate
// phrase that runs, without another comma, to the comma before the main
// clause: "At A's conference, B said ...", "After A bought B, C said".
var openerRE = regexp.MustCompile(`^["“]?(?:At|In|During|For|On|Like|Unlike|After|Before|Following|Under|Besides|Alongside|Along with|Beyond|Despite|Whereas|Although|Though|While|As with|Apart from|Compared with|Speaking at|Writing in|Asked about)\b[^,;:.]{3,160}, `)

// frontedSubject is the first organisation (company or venture) of the
// current sentence after a fronted participial phrase that ends before
// byte at, or "" when the sentence has no such phrase or no organisation
// between its comma and at.
func (x *extractor) frontedSubject(text string, at int) string {
	e := frontedEnd(text)
	if loc := openerRE.FindStringIndex(text); e < 0 && loc != nil {
		e = loc[1]
	}
	if e < 0 || e > at {
		return ""
	}
	for _, m := range x.curMs {
		if m.Start >= e && m.Start < at && m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V') {
			if b := x.placeholder[m.Slug]; b != "" {
				return b
			}
			return m.Slug
		}
	}
	return ""
}

// frontedIt is what "it" right after a fronted participial phrase refers
// to: the group the sentence before opened with ("The Radio Forum met in
// Oslo. Set up by A and B in 2021, it now has 40 members"), else that
// sentence's subject, else the article's company - never a party the
// phrase itself names ("Set up by A and B": not A), which leaves the group
// in focus (coref_focus.go) or nothing; ok false when before is not such a
// phrase.
func (x *extractor) frontedIt(before string) (string, bool) {
	e := frontedEnd(before)
	if (e < 0 || strings.TrimSpace(before[e:]) != "") && !frontedList(before) {
		return "", false
	}
	s := x.prevSubj
	if x.prevFirst != "" && x.typeOf(x.prevFirst) == schema.TypeAlliance {
		if x.focus != x.prevFirst {
			return "", true // two groups named before: which one, nothing says
		}
		s = x.prevFirst
	}
	if s == "" {
		s = x.topicCompany()
	}
	if slices.Contains(x.curOrgs, s) || slices.Contains(x.curGroups, s) {
		s = x.focus // "Launched by A with B, it ...": the phrase's parties founded it
	}
	return s, true
}

// comparedOpenerRE is a sentence opening with a phrase that sets others
// beside or against the subject, running to the comma right before "it":
// "Besides PIF, it counts ...", "Unlike A and B, it has ...".
var comparedOpenerRE = regexp.MustCompile(`^["“]?(?:Besides|Like|Unlike|Apart from|Aside from|As with|In addition to|Compared with|Compared to|Other than)\b[^,;:.]{2,160}, $`)

// comparedIt is what "it" right after such a phrase refers to: what the
// sentences before were about (the subject carried from them, else the
// article's company), never a party the phrase names, which the phrase
// sets beside "it"; ok false when before is not such a phrase (round 36,
// from the read splits: "Besides PIF, it counts A and B among its
// minority shareholders" made A and B shareholders of PIF).
func (x *extractor) comparedIt(before string) (string, bool) {
	if !comparedOpenerRE.MatchString(before) {
		return "", false
	}
	for _, s := range []string{x.prevIt, x.prevSubj, x.topicCompany()} {
		if s != "" && x.typeOf(s) != schema.TypeAlliance && !slices.Contains(x.curOrgs, s) {
			return s, true
		}
	}
	return "", true
}
