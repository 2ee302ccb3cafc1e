package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A profile often gives a company's top people without repeating its name:
//
//	Daniel Hajj is its chief executive and Carlos Slim Domit chairs the board.
//	Sheikh Tahnoon, the national security adviser, chairs the board.
//	The chief executive is Ahmed Al Idrissi, who came over from Mubadala.
//	Verizon ousted Hans Vestberg and handed the top job to Dan Schulman.
//
// "Chairs the board" and "the chief executive is" say whose board and
// whose chief executive only by the discourse: the organisation the
// sentence itself names first (a resolved "its" included), else the one
// the previous sentence opened with, else the company the text is about.
// "The top job" is the chief executive's post at the company that hands
// it out. An interview's answer mark ("A: The chief executive is P") is
// no part of the sentence.
var bareRoleRules = []rule{
	{name: "P chairs the board", keys: []string{"board"}, re: rx(rPer + `(?:, (?:[^,<]|<N\d+>){1,80},)? (?:had (?:also )?chaired |(?:now |also |still )?(?:chairs|chaired|has chaired|co-chairs) )(?:the|its) board\b(?: (?:of|at) (?:the )?` + rDescriptor + rOrg + `( <[CAVUG]\d+>)?('s|’s)?)?`), fn: func(x *extractor, s *sent, m []string) {
		if org, ok := x.boardOfOwner(s, m[2], m[3], m[4], m[5]); ok {
			// "P chaired the board of the Finnish operator Y": Y's board,
			// whatever the sentence named before P (roles_board_of.go)
			if strings.Contains(m[0], " had ") {
				// "P had also chaired the board of Y since 2019" (round 30)
				x.personRoleSince(s, schema.RelChairmanOf, m[1], org, "former", x.dateAfter(s, s.sk, m[0]), 0.8)
				return
			}
			x.personRole(s, schema.RelChairmanOf, m[1], org, "", 0.8)
			return
		}
		x.bareRole(s, schema.RelChairmanOf, m[1])
	}},
	// "At Orange, P starts her fourth year as chief executive with Q
	// still in the chair" (round 30, dev17): the chair of the
	// organisation the sentence names before Q
	{name: "P in the chair", keys: []string{"in the chair"}, re: rx(rPer + ` (?:is |remains |stays )?(?:still )?in the chair\b`), fn: func(x *extractor, s *sent, m []string) {
		x.bareRole(s, schema.RelChairmanOf, m[1])
	}},
	{name: "the chief executive is P", keys: []string{"the chief executive", "the ceo", "the chairman", "the chair"}, re: rx(`^(?:[AQ] ?: )?The (?:(` + rCEO + `)|chairman|chairwoman|chair) (?:is|was|has been) ` + rPer), fn: func(x *extractor, s *sent, m []string) {
		rel := schema.RelChairmanOf
		if m[1] != "" {
			rel = schema.RelCEOOf
		}
		x.bareRole(s, rel, m[2])
	}},
	{name: "X handed the top job to P", keys: []string{"top job", "the reins"}, re: rx(rOrg + ` (?:[^<.;]|<[PNX]\d+>){0,80}?\bhand(?:ed|s|ing)? (?:over )?(?:the top job|the reins|the chief executive (?:job|role|post)|the ceo (?:job|role|post))(?:[^<.;]){0,40}? to ` + rPer), fn: func(x *extractor, s *sent, m []string) {
		x.binary(s, schema.RelCEOOf, m[2], m[1], "", 0.75)
	}},
}

// bareRole states a title held at the organisation the discourse is on;
// organisations after the person (in a relative clause: "who came over
// from Y") are not it.
func (x *extractor) bareRole(s *sent, rel schema.Relation, per string) {
	p, ok := x.one(s, per)
	if !ok || p.m == nil {
		return
	}
	org := ""
	sec, _ := x.sectionTopic()
	for _, m := range s.ms {
		if m.Start >= p.m.Start {
			break
		}
		if m.Slug != "" && (m.Kind == 'C' || m.Kind == 'A' || m.Kind == 'V') {
			org = m.Slug
			if m.Poss && sec != "" && sec != org {
				// "Telenor's infrastructure chief P chairs the board" under
				// the heading "Skygard: three owners": the employer is
				// the person's, the board the section's (round 34, dev21)
				org = sec
			}
			break
		}
	}
	if org == "" && sec != "" {
		org = sec // "The chief executive is P" under a company's heading (round 34)
	}
	if org == "" {
		org = x.prevOpener
	}
	if org == "" {
		org = x.topicCompany()
	}
	if org == "" {
		return
	}
	x.binary(s, rel, per, "@"+org, "", 0.7)
}
