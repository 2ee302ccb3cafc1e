package extract

import (
	"regexp"
	"slices"
	"strings"
)

// descAliasRE is a description followed by the wording that gives its
// other name: "The Emirati group, formerly known as ".
var descAliasRE = regexp.MustCompile(`^[\w'’ -]+,\s*(?:now |also |better |formerly |previously |once )?(?:known|branded|trading|called) as\s+$`)

// laterNames are the organisations a sentence names by name, and not in
// the possessive, after the description at toks[i] and not before it: "The Saudi group's relationship with Telefonica
// has survived" is about another company than Telefonica, as "the
// startup" in "the startup's rival Y" is not Y. A description followed by
// its own name ("the German operator, Deutsche Telekom,") never reaches
// here (nameFollows); names before it may be what it stands for ("A struck
// a deal under which the British operator ...").
func (x *extractor) laterNames(toks []token, i int) map[string]bool {
	var out map[string]bool
	before := map[string]bool{}
	for _, m := range x.curMs {
		if m.Start < toks[i].Start {
			before[m.Slug] = true
		}
	}
	speech := x.speakerSpeech(toks, i) // coref_later_speech.go
	for _, m := range x.curMs {
		if speech >= 0 && m.Start >= speech && x.speakerNation(toks, i, m.Slug) {
			continue
		}
		// A possessive may be the description's own company named again
		// ("a partnership with the US chipmaker ..., and the factory
		// follows NVIDIA's designs"), as may a name the sentence gave
		// before the description too ("SK Telecom has ..., the Korean
		// operator said, ... for SKT's app").
		if m.Coref || m.Poss || m.Start <= toks[i].Start || m.Slug == "" || m.Kind != 'C' && m.Kind != 'V' || before[m.Slug] {
			continue
		}
		if descAliasRE.MatchString(x.curText[toks[i].Start:m.Start]) {
			continue // "The Emirati group, formerly known as Etisalat,": its own old name (round 27)
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[m.Slug] = true
	}
	return out
}

// sentenceCompany is the company "the company" (any generic company noun)
// inside a sentence stands for when the sentence decides it: the one
// company named before it other than the subject of its own clause
// ("P became chairman of Telefonica, replacing Q, who had chaired the
// company since 2016"; "Mavenir is a member of X, and Koch put $500
// million into the company"). A clause's subject is never the company
// the same clause describes ("A put $15 million into the chipmaker" is
// about another company), so with no other company named it is "".
func (x *extractor) sentenceCompany(toks []token, i int) string {
	if i < 3 || !itPreps[toks[i-1].Key] && !objectVerbs[toks[i-1].Key] {
		return "" // only an object: "after the company was founded" is a clause of its own
	}
	at := toks[i].Start
	// The description's clause opens after the last ", and", ", but", ";"
	// or ":" before it, or with the sentence.
	start := 0
	for k := i - 1; k >= 1; k-- {
		if t := toks[k]; t.Text == ";" || t.Text == ":" || (t.Key == "and" || t.Key == "but") && toks[k-1].Text == "," {
			start = toks[k].End
			break
		}
	}
	subj, apposEnd, subjEnd := "", -1, -1
	var cands, coord []string
	for _, m := range x.curMs {
		if m.Start >= at || m.Slug == "" || m.Kind != 'C' && m.Kind != 'V' && m.Kind != 'P' && m.Kind != 'A' {
			continue
		}
		if m.Start >= start && subj == "" && wordsBetween(toks, start, m.Start) <= 4 {
			subj, apposEnd, subjEnd = m.Slug, apposition(toks, m.End), m.End
			if m.Kind != 'P' {
				continue
			}
		}
		if m.Start < apposEnd {
			continue // "A, the venture arm of B, put $15 million into the chipmaker"
		}
		if subjEnd >= 0 && m.Kind != 'P' {
			// "A, with 4.9%, and asset manager B, with 4.5%, had been the
			// largest investors in the company": B is subject too.
			from := max(subjEnd, apposEnd+1)
			if gap := strings.Fields(textBetween(toks, from, m.Start)); len(gap) > 0 && len(gap) <= 5 && gap[0] == "and" {
				coord = append(coord, m.Slug)
				subjEnd, apposEnd = m.End, apposition(toks, m.End)
				continue
			}
			subjEnd = -1
		}
		if (m.Kind == 'C' || m.Kind == 'V') && m.Slug != subj && !slices.Contains(coord, m.Slug) && !slices.Contains(cands, m.Slug) {
			cands = append(cands, m.Slug)
		}
	}
	// A subject named again in its clause ("A signed with B, and in June
	// it invested $10 million in the company") was a candidate before it.
	cands = slices.DeleteFunc(cands, func(c string) bool { return c == subj || slices.Contains(coord, c) })
	if subj == "" || len(cands) != 1 || x.descExclude[cands[0]] {
		return ""
	}
	return cands[0]
}

// wordsBetween counts the tokens from offset from up to offset to.
func wordsBetween(toks []token, from, to int) int {
	n := 0
	for _, t := range toks {
		if t.Start >= from && t.End <= to {
			n++
		}
	}
	return n
}

// objectVerbs take a company as their object ("who had chaired the
// company").
var objectVerbs = map[string]bool{
	"chaired": true, "chairs": true, "runs": true, "ran": true, "joined": true, "backed": true, "owns": true,
	"bought": true, "acquired": true, "led": true, "leads": true, "left": true,
}

// apposition is the offset where an apposition opening right after offset
// end closes (its second comma), or -1 when none opens there.
func apposition(toks []token, end int) int {
	for k, t := range toks {
		if t.Start < end {
			continue
		}
		if t.Text != "," {
			return -1
		}
		for _, u := range toks[k+1:] {
			if u.Text == "," {
				return u.Start
			}
		}
		return -1
	}
	return -1
}
