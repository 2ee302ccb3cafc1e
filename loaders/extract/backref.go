package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file holds the families that read a membership off the sentences
// around it: a joining the group reports ("the forum said A and B had
// joined", "A also joined, the partnership said"), a membership that grew
// with named newcomers, and a roster continued in the next sentence ("C
// and D joined them at launch", "Also among them: E", "They also include
// F", "Chip makers make up the rest, including G").

// roster is the last membership list stated: its relation and alliance.
type roster struct {
	rel      schema.Relation
	alliance string
	sent     int
}

// noteRoster remembers an asserted membership as the roster a following
// sentence may continue.
func (x *extractor) noteRoster(f schema.Fact) {
	if (f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember) && f.Modality == "" && f.Object.ID != "" {
		x.roster = roster{rel: f.Relation, alliance: f.Object.ID, sent: x.sentIdx}
	}
}

// reportingLemmas are the verbs of a reported statement.
var reportingLemmas = map[string]bool{"say": true, "announce": true, "confirm": true, "report": true, "state": true, "reveal": true, "add": true}

// famReportedJoin: "A and B had joined", said by a group: "the Telecom
// Infra Project said A and B had joined", "A also joined, the partnership
// said". The joining has no object; the group that reports it is the one
// joined, else the only group the sentence named before the joiners.
func (x *extractor) famReportedJoin(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	if u.Passive || subj < 0 || c.object(v) >= 0 || c.relativeObject(subj) >= 0 {
		return
	}
	rel, _ := c.roleOf(c.pps(v + 1))
	if rel == "" {
		return
	}
	for r := range c.us {
		if r == v || c.us[r].Kind != 'V' || !reportingLemmas[c.us[r].Lemma] || c.us[r].Neg {
			continue
		}
		rs := c.subject(r)
		if rs < 0 || rs == subj {
			continue
		}
		as := c.args(x, rs)
		if len(as) != 1 || as[0].m == nil || as[0].m.Kind != 'A' {
			continue
		}
		for _, a := range c.args(x, subj) {
			x.emitFact(c.s, rel, a, as[0], c.modText(subj, v), 0.75, schema.Fact{Since: x.dateOf(c.s)})
		}
		return
	}
	// "A and B set it up in 2023, and C joined the following February":
	// the one group named earlier in the sentence.
	var alli *arg
	for j := 0; j < subj; j++ {
		for _, a := range c.args(x, j) {
			if a.m == nil || a.m.Kind != 'A' {
				continue
			}
			if alli != nil && alli.slug != a.slug {
				return
			}
			alli = &a
		}
	}
	if alli == nil {
		return
	}
	joiners := c.args(x, subj)
	for _, a := range joiners {
		if a.m == nil || a.m.Kind == 'A' {
			return // "left X for Y, and C joined": a list that is no list
		}
	}
	for _, a := range joiners {
		x.emitFact(c.s, rel, a, *alli, c.modText(subj, v), 0.7, schema.Fact{Since: dateAfter(c.s, c.us[v].Start)})
	}
}

// dateAfter is the first date of the sentence from byte offset at on ("set
// it up in 2021, and C joined in 2023": 2023 for the joining).
func dateAfter(s *sent, at int) schema.Date {
	for _, d := range s.dates {
		if d.Start >= at && d.Until.IsZero() {
			return d.Date
		}
	}
	return schema.Date{}
}

// growLemmas are the verbs a membership count moves with.
var growLemmas = map[string]bool{"rise": true, "grow": true, "climb": true, "increase": true, "expand": true, "swell": true, "reach": true, "jump": true}

// famMembershipGrew: "X's membership rose to 40 with A and B", "... with
// the addition of A and B".
func (x *extractor) famMembershipGrew(c *clauses) {
	for n := 1; n+1 < len(c.us); n++ {
		if c.us[n].Kind != 'N' || c.us[n].Lemma != "membership" || c.us[n-1].Kind != 'E' || !c.ents[c.us[n-1].ent].poss {
			continue
		}
		owner := c.args(x, n-1)
		v := n + 1
		for v < len(c.us) && c.us[v].Kind == 'O' && c.us[v].tag == posAdv {
			v++
		}
		if len(owner) != 1 || owner[0].m == nil || owner[0].m.Kind != 'A' || v >= len(c.us) || c.us[v].Kind != 'V' || !growLemmas[c.us[v].Lemma] {
			continue
		}
		ps := c.pps(v + 1)
		for i, p := range ps {
			newcomers := p.prep == "with" && c.us[p.at].Kind == 'E'
			if p.prep == "of" && i > 0 && ps[i-1].prep == "with" && c.us[p.at].Kind == 'E' {
				l := c.us[ps[i-1].at].Lemma
				newcomers = l == "addition" || l == "arrival" || l == "entry"
			}
			if !newcomers {
				continue
			}
			for _, a := range c.args(x, p.at) {
				x.emitFact(c.s, schema.RelMemberOf, a, owner[0], c.modText(n, v), 0.75, schema.Fact{Since: x.dateOf(c.s)})
			}
		}
	}
}

// rosterOpenRE opens a sentence that continues the previous sentence's
// roster: "Also among them:", "They also include", "These include".
var rosterOpenRE = regexp.MustCompile(`(?i)^(?:(?:also )?among (?:them|the (?:founders|founding members|members|others))\b|(?:they|these|those) (?:also )?(?:include|included|comprise|comprised)\b|others (?:include|included)\b)`)

// launchRE says a joining happened at the group's start.
var launchRE = regexp.MustCompile(`(?i)\b(?:at (?:the )?(?:launch|outset|start|inception|founding)|from (?:the start|the outset|day one|launch))\b`)

// restRE: "make up the rest", "round out the list", "complete the line-up",
// "complete the Japanese contingent" ("the founding line-up" is the frame
// layer's).
var restRE = regexp.MustCompile(`(?i)\b(?:make|makes|made) up the rest\b|\b(?:round|rounds|rounded|complete|completes|completed) (?:out )?the (?:list|line-up|lineup|roster|group|(?:[a-z-]+ ){0,2}contingent)\b`)

// famRosterContinued names more members of the roster the previous
// sentence stated.
func (x *extractor) famRosterContinued(c *clauses) {
	r := x.roster
	if r.alliance == "" || r.sent != x.sentIdx-1 {
		return
	}
	for _, e := range c.ents {
		for _, i := range e.ms {
			if c.s.ms[i].Kind == 'A' {
				return // a sentence naming a group speaks for itself
			}
		}
	}
	alli := arg{slug: r.alliance, text: "(" + x.nameOf(r.alliance) + ")"}
	emitAll := func(u int, rel schema.Relation, mod string) {
		for _, a := range c.args(x, u) {
			// An unknown name needs a cue: "Chip makers make up the rest"
			// opens with a capital, not a company.
			if a.m != nil && (a.m.Kind == 'C' || a.m.Kind == 'V' || a.m.Kind == 'U' && a.m.Cue != "") {
				x.emitFact(c.s, rel, a, alli, mod, 0.7, schema.Fact{})
			}
		}
	}
	text := strings.TrimSpace(c.s.text)
	switch {
	case rosterOpenRE.MatchString(text):
		// the organisations the sentence lists, none of them possessive
		// ("They also include Acme's radios" names no member)
		for j := range c.us {
			if c.us[j].Kind == 'E' && !c.ents[c.us[j].ent].poss && (j+1 >= len(c.us) || c.us[j+1].Kind != 'N') {
				emitAll(j, r.rel, "")
			}
		}
	case restRE.MatchString(text):
		for j := range c.us {
			if c.us[j].Kind == 'E' && !c.ents[c.us[j].ent].poss {
				emitAll(j, r.rel, "")
			}
		}
	default:
		// "C and D joined them at launch"
		for v := range c.us {
			if c.us[v].Kind != 'V' || c.us[v].Lemma != "join" || c.us[v].Passive || v+1 >= len(c.us) || c.us[v+1].words != "them" {
				continue
			}
			subj := c.subject(v)
			if subj < 0 {
				continue
			}
			rel := schema.RelMemberOf
			if r.rel == schema.RelFoundingMember && launchRE.MatchString(c.text(v, len(c.us)-1)) {
				rel = schema.RelFoundingMember
			}
			emitAll(subj, rel, c.modText(subj, v))
		}
	}
}
