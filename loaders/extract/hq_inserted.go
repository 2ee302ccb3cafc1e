package extract

import (
	"regexp"
	"strings"
)

// Headquarters whose organisation is not the name right before the cue
// (helper x13h9, issue 13, the orgfacts2 drill):
//   - the subject across an inserted clause between commas: in "J, owned
//     50-50 by A and B, will be based in Riyadh, Saudi Arabia", "J, backed
//     by A, is headquartered in ..." and "J, which A set up in 2019, is
//     based in Lisbon, Portugal" the seat is J's, not A's or B's; so in
//     "V, the cloud firm A bought in 2022, is headquartered in Holmdel, New
//     Jersey, in the United States" (a description headed by a company
//     noun, a place run on over its state; helper z18hq);
//   - a fronted participle: "Headquartered in Espoo, Finland, Nokia
//     creates ...", "Based in Oslo, Norway, X makes ...".

// hqInsertRE is how an inserted clause about the subject opens: a
// participle with its agent, a relative clause, or a description of
// ownership ("a unit of A", "the Oslo unit of A", "the parent of B":
// helper x14prec, a unit's seat is not its parent's).
var hqInsertRE = regexp.MustCompile(`^(?:(?:jointly |majority[- ]|minority[- ]|part[- ]|wholly |partly |50-50 |equally )?(?:owned|backed|controlled|funded|financed|led|run|headed|founded|co-founded|set up|created|formed|launched|started|spun off|acquired|bought|operated)\b|(?:which|that|whose) |(?:now |formerly )?(?:(?:a|an|the) (?:[\w'-]+ ){0,3}?)?(?:unit|subsidiary|division|arm|affiliate|part|parent|owner|spin-off|spinoff) of\b|formerly\b|` +
	`(?:a|an|the) (?:[\w'&.-]+ ){0,4}?` + rCompanyHead + `\b)`)

// hqStateChainRE is a seat's place run on to its country over a state or
// region: "in Holmdel, New Jersey, in the " reads as "in Holmdel, ".
var hqStateChainRE = regexp.MustCompile(`( in [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}), [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, in (?:the )?$`)

// hqAcrossInsert finds, for country mention n, the cue that follows an
// inserted clause's closing comma and the organisation before the clause's
// opening comma; it returns that organisation's mention, or -1.
func (x *extractor) hqAcrossInsert(s *sent, n int) int {
	pre := hqStateChainRE.ReplaceAllString(s.text[:s.ms[n].Start], "$1, ")
	for p := strings.LastIndex(pre, ","); p > 0; p = strings.LastIndex(pre[:p], ",") {
		tail := pre[p:]
		i := strings.LastIndex(tail, " in ")
		if i < 0 {
			continue
		}
		m := hqGap.FindStringSubmatch(strings.ToLower(tail[:i+4]) + tail[i+4:])
		if m == nil || m[1] == "base" || strings.Contains(strings.ToLower(tail[:i]), "which") {
			continue
		}
		// the inserted clause: from the comma before it, right after an
		// organisation's name, to comma p
		q := strings.LastIndex(pre[:p], ",")
		if q < 0 {
			return -1
		}
		seg := strings.ToLower(strings.TrimSpace(pre[q+1 : p]))
		if !hqInsertRE.MatchString(seg) {
			return -1
		}
		for k := range s.ms {
			if (s.ms[k].End == q || s.ms[k].PossEnd == q) && orgMention(&s.ms[k]) && s.ms[k].Kind != 'N' {
				return k
			}
		}
		return -1
	}
	return -1
}

// hqFrontedRE is a sentence opened by a headquarters participle and its
// place: "Headquartered in Espoo, ", "Based in Oslo, ".
var hqFrontedRE = regexp.MustCompile(`^(?:Headquartered|Head-quartered|Based) in (?:the )?(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}, )?(?:the )?$`)

// hqFronted finds, for country mention n, the organisation a fronted
// headquarters participle describes: the name right after the comma that
// closes the participle's place. It returns -1 if there is none.
func (x *extractor) hqFronted(s *sent, n int) int {
	if !hqFrontedRE.MatchString(s.text[:s.ms[n].Start]) {
		return -1
	}
	rest := s.text[s.ms[n].End:]
	if !strings.HasPrefix(rest, ", ") {
		return -1
	}
	at := s.ms[n].End + 2
	if strings.HasPrefix(rest[2:], "the ") || strings.HasPrefix(rest[2:], "The ") {
		at += 4
	}
	for k := range s.ms {
		if s.ms[k].Start == at && orgMention(&s.ms[k]) {
			return k
		}
	}
	return -1
}
