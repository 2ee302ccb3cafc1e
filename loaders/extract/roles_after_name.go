package extract

import (
	"regexp"
	"strings"
)

// Titles written after a person's name in the shapes of speaker lists,
// captions and profiles (round 14, helper z18roles, the roles4 drill):
//
//   - a preposition other than "of" or "at" before the organisation:
//     "P, president and CEO for KDDI" (titleOfRE takes "for");
//   - a lone "chief" or "the top executive" before "of", "at" or "for":
//     "P, the chief of T-Mobile US since November", "P, the top executive
//     at X" - a chief executive, as "the Docomo chief" already is (not "a
//     top executive", one of several; not "chief of staff", whose title
//     goes on);
//   - "X's top executive, P": the top executive of a company named in the
//     possessive;
//   - a dash between the name and "title, organisation", as in speaker
//     lists: "P — President & CEO, SoftBank Corp.", "P - CEO, X".

// loneChiefRE is a lone "chief" or "top executive" between a person and
// the preposition before an organisation.
var loneChiefRE = regexp.MustCompile(`^(,? ?(?:who (?:is|was|has been|remains) )?(?:the )?(?:(?:former|new|current|interim|acting|longtime|long-time) )?)(?:chief|top executive)( (?:of|at|for) (?:the )?)$`)

// loneChiefGap reads a gap "P, the chief of O" as "P, the chief executive
// of O".
func loneChiefGap(gap string) string {
	return loneChiefRE.ReplaceAllString(gap, "${1}chief executive${2}")
}

// topExecutive reads the title words after "X's" before a person: "top
// executive" (with "new", "former") is X's chief executive.
func topExecutive(g string) string {
	if rest, ok := strings.CutSuffix(g, "top executive"); ok {
		switch strings.TrimSpace(rest) {
		case "", "new", "former", "current", "interim", "acting":
			return rest + "chief executive"
		}
	}
	return g
}

// dashTitleRE: "P — President & CEO, O", "P - CEO, O": a title between a
// dash and a comma before the organisation.
var dashTitleRE = regexp.MustCompile(`^ ?(?:—|–|-{1,2}) ?([a-z&() -]+?), ?(?:the )?$`)

// coTitleWords are the shared titles that "its" can open: "Its
// co-founder and chief executive, P, said".
var coTitleWords = map[string]bool{"co-founder": true, "cofounder": true, "co-ceo": true}

// itsCoTitle reports whether "its" at token i opens a shared title that
// names the company "its" stands for: at the start of the sentence, or
// after the sentence has named a company ("X is a start-up, and its
// co-founder and chief executive, P, ..."). After a person alone ("P, its
// co-founder and CEO") the company is the one a heading or the topic
// gives, which the bare-title rules read (roles.go).
func (x *extractor) itsCoTitle(key func(int) string, i int) bool {
	return coTitleWords[key(i+1)] && (i == 0 || len(x.curOrgs) > 0)
}

// titleOfCopula: a title "of" a named organisation as the subject of a
// copula whose complement is the holder: "The chief executive of X is P",
// "The chairman and CEO of X remains P" (roles_copula.go reads the
// possessive "X's chief executive is P").
func (x *extractor) titleOfCopula(c *clauses) {
	for k := 0; k+3 < len(c.us); k++ {
		if c.us[k].Kind != 'N' || !strings.HasPrefix(c.us[k].words, "the ") || k > 0 && !c.boundary(k-1) && !c.isPunct(k-1, ",") {
			continue
		}
		words, j := c.titleRun(k)
		if j+2 >= len(c.us) || c.us[j].Kind != 'P' || c.us[j].Lemma != "of" {
			continue
		}
		o := j + 1
		if c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) || c.ents[c.us[o].ent].poss {
			continue
		}
		p, mod := c.holderAfter(x, o+1, false)
		if p < 0 {
			continue
		}
		x.emitCopulaTitle(c, p, c.args(x, o), words, mod)
	}
}

// chairBeforeCEO reports whether the titles before "CEO" in rest hold a
// chair of the same organisation: "chair and CEO", "chairman, president
// and chief executive"; not "vice chairman and CEO".
func chairBeforeCEO(rest string) bool {
	l := strings.ToLower(rest)
	i := strings.Index(l, "ceo")
	if j := strings.Index(l, "chief executive"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(l[:i], func(r rune) bool { return r == ' ' || r == ',' || r == '&' }) {
		switch w {
		case "chair", "chairman", "chairwoman", "chairperson":
			return !strings.Contains(l[:i], "vice")
		}
	}
	return false
}
