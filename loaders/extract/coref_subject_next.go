package extract

import (
	"slices"
	"strings"
)

// What the next sentence's "it" continues, when the sentence's first
// organisation is not a subject "it" can take up:
//   - a plural subject ("The two companies set up a joint venture, North
//     Gate, last year."; "A and B signed a deal with C.") is not "it": the
//     next "It is based in Dallas" is the one other organisation the
//     sentence named, as ", and it" after a plural subject is
//     (itCoordinated, coref_it.go);
//   - a sentence whose subject is new but which names the entity the
//     sentence before was about by a pronoun ("Granite Labs sells software
//     to operators. Tarn Ventures led its seed round in 2022. It has since
//     raised $30 million more") keeps that entity as what the text is
//     about: a pronoun marks the entity that continues (the centering
//     account of pronouns: the backward-looking centre is the one realised
//     by a pronoun, and a continuing centre is preferred to a shift).

// nextSubject is the organisation the next sentence's opening "it"
// continues in place of first, the sentence's first organisation, or ""
// to keep first. old is the previous sentence's first organisation.
func (x *extractor) nextSubject(s *sent, toks []token, first, old string) string {
	if o := pluralSubjectOther(s, toks); o != "" {
		return o
	}
	if old == "" || old == first {
		return ""
	}
	for _, m := range s.ms {
		if m.Coref && m.Slug == old && m.Start > 0 && (strings.EqualFold(m.Text, "it") || strings.EqualFold(m.Text, "its")) {
			return old
		}
	}
	return ""
}

// pluralSubjectOther is the one organisation a sentence names besides its
// plural subject ("The two companies", "A and B" opening it), or "".
func pluralSubjectOther(s *sent, toks []token) string {
	var subj []string
	rest := 0
	for i, m := range s.ms {
		if !isOrgKind(m.Kind) {
			continue
		}
		if len(subj) == 0 {
			if !opensSentence(toks, m.Start) || m.Poss {
				return ""
			}
			if m.Kind == 'G' {
				if len(m.Group) < 2 {
					return ""
				}
				subj = append(subj, m.Group...)
				rest = i + 1
				break
			}
			subj = append(subj, m.Slug)
			continue
		}
		if g := strings.TrimSpace(s.text[s.ms[i-1].PossEnd:m.Start]); (g == "and" || g == "," || g == "&") && !m.Poss && m.Slug != "" {
			subj = append(subj, m.Slug)
			rest = i + 1
			continue
		}
		break
	}
	if len(subj) < 2 {
		return ""
	}
	other := ""
	for _, m := range s.ms[rest:] {
		if m.Slug == "" || !itOrg(m) || slices.Contains(subj, m.Slug) {
			continue
		}
		if other != "" && other != m.Slug {
			return ""
		}
		other = m.Slug
	}
	return other
}

// opensSentence reports whether offset at is the sentence's first word, or
// the word after an opening "The".
func opensSentence(toks []token, at int) bool {
	for i, t := range toks {
		if t.Start >= at {
			return i == 0 || i == 1 && toks[0].Key == "the"
		}
	}
	return false
}
