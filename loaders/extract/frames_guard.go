package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file holds guards of the frame layer (frames.go) against two
// readings that state no membership: a company that "was joined by" others
// (they joined its effort, not a group: "On the vendor side Nvidia was
// joined by Cisco and Ericsson"), and a place written like a name after
// "in" ("at Nvidia's conference in Washington").

// joinedCompany reports whether a joining verb of the clause is passive
// with a company or a person for its subject: "A was joined by B".
func joinedCompany(c *clauses, sp clauseSpan, cs []cue) bool {
	ts := c.ts
	for _, cu := range cs {
		if cu.class != cueJoin || cu.at == 0 || cu.at+cu.n >= sp.to || ts[cu.at+cu.n].Key != "by" {
			continue
		}
		if passiveOfCompany(c, sp, cu.at) {
			return true
		}
	}
	return false
}

// passiveOfCompany reports whether the verb at token v is passive (an
// auxiliary of "be" before it) and the mention ending just before the
// auxiliary, inside the clause, is a company or a person: what was joined
// or founded.
func passiveOfCompany(c *clauses, sp clauseSpan, v int) bool {
	ts := c.ts
	aux := v - 1
	if aux < sp.from || !slices.Contains([]string{"was", "were", "been", "is", "are", "be"}, ts[aux].Key) {
		return false
	}
	for i := range c.s.ms {
		m := &c.s.ms[i]
		if m.End <= ts[aux].Start && m.End >= ts[aux].Start-1 && m.Start >= ts[sp.from].Start {
			return m.Kind == 'C' || m.Kind == 'P'
		}
	}
	return false
}

// apposedCompany reports whether the participle at token v ends an
// apposition to a company: ", a telco cloud stack started by": a comma,
// an indefinite article and up to five words that are no verb, right
// after a company's name.
func apposedCompany(c *clauses, sp clauseSpan, v int) bool {
	ts := c.ts
	k := v - 1
	for k > sp.from && k >= v-6 && ts[k].Key != "," {
		if ts[k].Pos == posVerb || ts[k].Pos == posAux {
			return false
		}
		k--
	}
	if k <= sp.from || ts[k].Key != "," || k+1 >= v || ts[k+1].Key != "a" && ts[k+1].Key != "an" {
		return false
	}
	for i := range c.s.ms {
		if m := &c.s.ms[i]; m.End == ts[k-1].End && m.Start >= ts[sp.from].Start {
			return m.Kind == 'C'
		}
	}
	return false
}

// placeAfterIn reports whether an unknown name follows "in", as a place
// does: "in Washington", "in Silicon Valley".
func placeAfterIn(s *sent, toks []token, m *mention) bool {
	if m.Kind != 'U' {
		return false
	}
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].End <= m.Start {
			return toks[k].Key == "in"
		}
	}
	return false
}

// foundingAgent reports whether a group is the agent of a passive founding
// verb: "was set up by the GSMA", "was formed by X". A description
// before the verb that coref.go resolved to the same group ("The
// programme") does not make it the founded group.
func foundingAgent(c *clauses, cs []cue, slug string) bool {
	ts := c.ts
	for _, cu := range cs {
		if cu.class != cueFound || cu.at == 0 {
			continue
		}
		if k := ts[cu.at-1].Key; k != "was" && k != "were" && k != "been" && k != "be" && k != "is" && k != "are" {
			continue
		}
		j := cu.at + cu.n
		if j < len(ts) && ts[j].Key == "by" {
			j++
			if j < len(ts) && ts[j].Key == "the" {
				j++
			}
			for k := range c.s.ms {
				if m := &c.s.ms[k]; j < len(ts) && m.Start == ts[j].Start && m.Slug == slug {
					return true // the agent; "The programme" may have resolved to it too
				}
			}
		}
	}
	return false
}

// foundedSubject is the group a passive founding verb founded: the one
// named before the verb, in the clause or in an apposition the clause
// skipped ("The programme, called N, was set up by ..."), other than the
// agent.
func (x *extractor) foundedSubject(c *clauses, cs []cue, from int, agent string) (arg, bool) {
	verb := len(c.s.text)
	for _, cu := range cs {
		if cu.class == cueFound && c.ts[cu.at].Start < verb {
			verb = c.ts[cu.at].Start
		}
	}
	for i := range c.s.ms {
		m := &c.s.ms[i]
		if m.Kind != 'A' || m.Start < from || m.Start >= verb || m.Poss {
			continue
		}
		slug := m.Slug
		if b := x.placeholder[slug]; b != "" {
			slug = b
		}
		if slug != "" && slug != agent {
			return arg{m: m, slug: slug, text: m.Text}, true
		}
	}
	return arg{}, false
}

// describedSubject is the group a passive founding verb's subject
// describes when no mention named it: "The KT-led coalition was formed in
// February" (the group noun right before the auxiliary, resolved as
// coref.go resolves "the coalition"), else "".
func (x *extractor) describedSubject(c *clauses, sp clauseSpan, cs []cue) string {
	ts := c.ts
	for _, cu := range cs {
		if cu.class != cueFound || cu.at < 2 || cu.at-2 < sp.from {
			continue
		}
		if k := ts[cu.at-1].Key; k != "was" && k != "were" {
			continue
		}
		head := ts[cu.at-2].Key
		if !groupHeads[head] && !frameGroupNouns[head] {
			continue
		}
		for j := cu.at - 3; j >= sp.from && j >= cu.at-5; j-- {
			if ts[j].Key == "the" {
				return x.groupRef(head, j == 0)
			}
		}
	}
	return ""
}

// frameDenied reports whether a roster sentence states no membership at
// all: negated, or only planned or in progress.
func frameDenied(text string) bool {
	lower := strings.ToLower(text)
	if negRE.MatchString(lower) || frameNegRE.MatchString(lower) {
		return true
	}
	mod, drop := modalityOf(text)
	return drop || mod == schema.Planned || mod == schema.InProgress
}
