package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A coordinated list of titles holds every post it names (round 43,
// dev27): "P, SoftBank's founder, chairman and chief executive, said",
// "P, X's president and chief executive, said", "The president and chief
// executive of X, P, said". The single-title rules ("Z, X's CEO", "X CEO
// Z") read one title right before or after the name; a list moves the
// chief executive away from the company's possessive. Each item is read
// on its own: a chief executive, a chairman (not a vice or deputy
// chairman), and a founder or co-founder ("one of its co-founders", round
// 44) founded the company (foundedBy); the other titles (president, chief
// operating officer) state no relation here.

// rTitleItem is one title of a coordinated list.
const rTitleItem = `(?:one of (?:its|the company's) (?:co-)?founders|(?:a|its) (?:co-)?founder|(?:executive |non-executive |group |founding |co-)?(?:chief executive(?: officer)?|ceo|chairman|chairwoman|chairperson|chair|president|founder|co-founder|managing director|chief operating officer|coo|chief technology officer|cto|chief financial officer|cfo|vice[- ]chairman|deputy chairman|deputy chief executive|director))`

// rTitleList is two titles or more: "A and B", "A, B and C", "A, B, and C".
const rTitleList = `(` + rTitleItem + `(?:, ` + rTitleItem + `)*,? (?:and|&) ` + rTitleItem + `)`

var titleListRules = []rule{
	{name: "Z, X's T and T", keys: []string{" and ", " & "}, flat: true, re: rx(`(?i)` + rPer + `, (?:now |currently |still )?(?:the )?((?:former |new |interim |outgoing )?)` + rOrg + `'s ((?:former |new |interim )?)` + rTitleList + `(?:,|\.|;|$)`), fn: func(x *extractor, s *sent, m []string) {
		x.titleListRoles(s, m[1], m[3], m[2]+m[4], m[5], 0.85)
	}},
	{name: "The T and T of X, Z", keys: []string{" and ", " & "}, flat: true, re: rx(`(?i)(?:^|[^\w<>])the ((?:former |new |interim )?)` + rTitleList + ` of (?:the )?` + rOrg + `, ` + rPer + `(?:,|\.| said| says| told)`), fn: func(x *extractor, s *sent, m []string) {
		x.titleListRoles(s, m[4], m[3], m[1], m[2], 0.85)
	}},
}

func init() { rules = append(rules, titleListRules...) }

// titleListItemRE splits a title list into its items.
var titleListItemRE = regexp.MustCompile(`(?i)` + rTitleItem)

// titleListRoles states person per's posts at org that the title list
// names: a chief executive and a chairman.
func (x *extractor) titleListRoles(s *sent, per, org, mod, list string, conf float64) {
	ceo, chair, founder := false, false, false
	for _, t := range titleListItemRE.FindAllString(list, -1) {
		t = strings.ToLower(t)
		switch {
		case strings.HasSuffix(t, "founder") || strings.HasSuffix(t, "founders"):
			founder = true
		case strings.HasPrefix(t, "vice") || strings.HasPrefix(t, "deputy"):
		case strings.HasSuffix(t, "chief executive") || strings.HasSuffix(t, "chief executive officer") || strings.HasSuffix(t, "ceo"):
			ceo = true
		case strings.HasSuffix(t, "chairman") || strings.HasSuffix(t, "chairwoman") || strings.HasSuffix(t, "chairperson") || strings.HasSuffix(t, "chair"):
			chair = true
		}
	}
	if ceo {
		x.personRole(s, schema.RelCEOOf, per, org, mod, conf)
	}
	if chair {
		x.personRole(s, schema.RelChairmanOf, per, org, mod, conf)
	}
	if p, ok := x.one(s, per); ok && founder {
		if o, ok := x.one(s, org); ok {
			// "P, Scala's chief executive and one of its co-founders" (round 44, dev28)
			x.emitFact(s, relFounderOf, p, o, mod, conf, schema.Fact{})
		}
	}
}

// "X set up Y in 2011 under then chief executive P": the sentence's
// subject company was run by P then (round 43, dev27). Only the company
// that opens the sentence: "The deal was agreed under chief executive P"
// names no company.
var underCEORules = []rule{
	{name: "X did D under chief executive Z", keys: []string{"under "}, flat: true, re: rx(`(?i)^(?:[^<.;]{0,40}?)` + rOrg + `(?:'s)?((?:[^<.;]|<[CAVUGN]\d+>(?:'s)?){0,120}?) under (?:its |the company's )?((?:then[- ]|former |then )?)(?:chief executive(?: officer)?|ceo) ` + rPer), fn: func(x *extractor, s *sent, m []string) {
		if strings.Contains(m[2], ", and ") || strings.Contains(m[2], ", but ") || strings.Contains(m[2], ", while ") {
			return // "T-Mobile was a founder, and its owner, D, is pursuing projects under chief executive P": another clause's subject
		}
		mod := m[3]
		if strings.TrimSpace(mod) != "" {
			mod = "former"
		}
		x.personRole(s, schema.RelCEOOf, m[4], m[1], mod, 0.75)
	}},
}

func init() { rules = append(rules, underCEORules...) }
