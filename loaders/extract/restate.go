package extract

import (
	"regexp"
	"strings"
)

// Company profiles pack a founding and a seat into participles that hang
// off the company rather than off a verb of their own:
//
//	Founded in 1993 and headquartered in Santa Clara, California, the
//	company designs graphics processors.
//	OpenAI is an AI company founded in 2015 and based in San Francisco.
//	SoftBank was founded in 1981 by Masayoshi Son and is headquartered
//	in Tokyo, Japan.
//	Set up in July 2023 by A, B and C, the group wants to build models.
//
// Each family reads a founding or a seat whose clause opens with its
// subject. Rather than teach every family every participle position,
// such a sentence is restated once it has been read: each participle
// phrase becomes a plain sentence about the company the original sentence
// resolved its subject to ("NVIDIA was founded in 1993.", "NVIDIA is
// headquartered in Santa Clara, California."), and the families read the
// restatements too. Facts from a restatement keep the original sentence
// as their evidence, and the discourse state (the last companies, the
// group under discussion) is the original sentence's, so that the next
// sentence is read as if no restatement had been made.

// profileParts are the participles a profile uses: a founding or a seat.
const profileParts = `(?:co-?founded|founded|set up|established|launched|formed|created|started|incorporated|headquartered in|based in|based out of)`

var (
	// frontedPartRE opens a sentence with a profile participle.
	frontedPartRE = regexp.MustCompile(`^(?:Co-?founded|Founded|Set up|Established|Launched|Formed|Created|Started|Incorporated|Headquartered in|Based in)\b`)
	// partJoinRE joins two participle phrases: "... and based in".
	partJoinRE = regexp.MustCompile(`(?:,\s*|\s+)and\s+(?:is\s+|was\s+|has\s+been\s+)?` + profileParts + `\b`)
	// copulaPartRE is "X is a(n) ... NOUN founded in": the participle
	// after a predicate noun of at most eight words ("a US artificial
	// intelligence research and deployment company": helper z23org), none
	// of them a name ("is the venture A and B set up" is a relative clause
	// of its own).
	copulaPartRE = regexp.MustCompile(`^\s*(?:is|was)\s+(?:a|an|the)\s+(?:(?:[a-z][\w'’-]*|[A-Z]{2,4})\s+){0,8}?` + profileParts + `\b`)
	// verbPartRE is "X was founded in ...": the subject's own participle.
	verbPartRE = regexp.MustCompile(`^\s*(?:was|is|has\s+been|had\s+been)\s+(?:(?:originally|first|officially|formally)\s+)?` + profileParts + `\b`)
	// partRE finds a profile participle.
	partRE = regexp.MustCompile(`\b` + profileParts + `\b`)
	// seatRE starts a phrase that gives a seat, not a founding.
	seatRE = regexp.MustCompile(`^(?:is\s+|was\s+|has\s+been\s+)?(?:headquartered|based)\b`)
)

// restate returns the restatements of sentence s, whose mentions have
// been resolved.
func (x *extractor) restate(s *sent) []string {
	text := s.text
	subj, at := x.profileSubject(s)
	if subj == "" {
		return nil
	}
	var phrases []string
	switch {
	case at > 0 && frontedPartRE.MatchString(text):
		// "Founded in 1993 and headquartered in X, the company ...": the
		// phrases before the subject's comma.
		phrases = splitParts(strings.TrimRight(strings.TrimSpace(text[:at]), ","))
	case at == 0:
		rest := text[s.ms[0].PossEnd:]
		var m []int
		if m = copulaPartRE.FindStringIndex(rest); m != nil && relativeFiller(rest[:m[1]]) {
			return nil // "is the venture the two companies set up"
		}
		if m == nil {
			m = verbPartRE.FindStringIndex(rest)
		}
		if m == nil {
			return nil
		}
		// From the participle on: its own phrase and those joined to it.
		ps := partRE.FindAllStringIndex(rest[:m[1]], -1)
		if len(ps) == 0 {
			return nil
		}
		k := ps[len(ps)-1][0]
		phrases = splitParts(strings.TrimRight(strings.TrimSpace(rest[k:]), "."))
		if len(phrases) < 2 && !copulaPartRE.MatchString(rest) {
			return nil // "X was founded in 2015": the families read it already
		}
	default:
		return nil
	}
	var out []string
	for _, p := range phrases {
		p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), ",;"))
		if p == "" {
			continue
		}
		verb := "was "
		if seatRE.MatchString(p) {
			verb = "is "
		}
		p = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(p, "is "), "was "), "has been ")
		out = append(out, subj+" "+verb+lowerFirst(p)+".")
	}
	return out
}

// profileSubject is the name the restatements use for the sentence's
// subject, and where the subject starts: the sentence's first mention of
// an organisation, when the sentence opens with it (at 0) or when it
// follows a fronted phrase and a comma and is followed by its verb.
func (x *extractor) profileSubject(s *sent) (string, int) {
	for i, m := range s.ms {
		if m.Slug == "" || m.Kind != 'C' && m.Kind != 'A' && m.Kind != 'V' {
			continue
		}
		name := m.Text
		if m.Coref {
			name = x.nameOf(m.Slug)
		}
		if i == 0 && m.Start == 0 && !m.Poss {
			return name, 0
		}
		before := strings.TrimRight(s.text[:m.Start], " ")
		for _, d := range []string{" the", " The"} {
			before = strings.TrimSuffix(before, d) // ", the Radio Forum wants"
		}
		after := strings.TrimLeft(s.text[m.PossEnd:], " ")
		if m.Poss || !strings.HasSuffix(before, ",") || after == "" || after[0] == ',' || strings.HasPrefix(after, "and ") || strings.HasPrefix(after, "(") {
			continue
		}
		if strings.HasSuffix(before, "by ,") {
			continue
		}
		return name, m.Start
	}
	return "", -1
}

// splitParts splits participle phrases joined by "and".
func splitParts(t string) []string {
	var out []string
	for {
		loc := partJoinRE.FindStringIndex(t)
		if loc == nil {
			return append(out, t)
		}
		out = append(out, t[:loc[0]])
		k := loc[0] + strings.Index(t[loc[0]:], "and") + len("and")
		t = strings.TrimSpace(t[k:])
	}
}

// lowerFirst lower-cases the first letter of a fronted participle.
func lowerFirst(t string) string {
	if t == "" {
		return t
	}
	return strings.ToLower(t[:1]) + t[1:]
}

// readRestated reads the restatements of the sentence just read, then
// puts the discourse state back as the sentence left it: only the facts
// (and the entities they discovered) stay.
func (x *extractor) readRestated(st sentence) {
	if x.restating || x.lastSent == nil {
		return
	}
	vs := append(x.restate(x.lastSent), x.restateRelativeVP(x.lastSent)...) // restate_relative_vp.go
	if len(vs) == 0 {
		return
	}
	saved := *x
	x.restating = true
	if x.verbatim == nil {
		x.verbatim = map[string]string{}
	}
	for _, v := range vs {
		x.verbatim[v] = st.quote()
		x.sentence(sentence{Text: v, Para: st.Para})
	}
	facts, verbatim := x.facts, x.verbatim
	*x = saved
	x.facts, x.verbatim = facts, verbatim
}

// relativeFiller reports whether the words after a predicate noun's
// article hold a determiner or relative word: a relative clause with a
// subject of its own, not a participle of the noun.
func relativeFiller(t string) bool {
	w := strings.Fields(t)
	for _, x := range w[2:] {
		switch strings.ToLower(x) {
		case "the", "a", "an", "its", "their", "his", "her", "our", "which", "that", "who", "it", "they", "we":
			return true
		}
	}
	return false
}
