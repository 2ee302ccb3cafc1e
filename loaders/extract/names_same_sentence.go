package extract

import "strings"

// A person named in full and then by surname in the same sentence (issue
// 13, round 30, from dev17: "Cohere was founded in 2019 by Aidan Gomez,
// Nick Frosst and Ivan Zhang; Gomez is its chief executive"). The lexicon
// learns a surname after the sentence that names the person in full
// (discourse.go), so within that sentence the surname read as an unknown
// name. sameSentenceSurnames gives such a mention the person named
// before it, when exactly one person of the sentence has that surname.
func sameSentenceSurnames(ms []mention) {
	for i := range ms {
		n := &ms[i]
		if n.Kind != 'U' || n.Slug != "" || n.Coref || strings.ContainsAny(n.Text, " .-") {
			continue
		}
		slug := ""
		for j := range ms[:i] {
			m := &ms[j]
			if m.Kind != 'P' && m.Kind != 'U' || m.Coref || m.End > n.Start {
				continue
			}
			w := strings.Fields(m.Text)
			if len(w) < 2 || w[len(w)-1] != n.Text {
				continue
			}
			if m.Kind != 'P' || m.Slug == "" || slug != "" && slug != m.Slug {
				slug = "-" // two people of that surname
				break
			}
			slug = m.Slug
		}
		if slug != "" && slug != "-" {
			n.Kind, n.Slug, n.Cue, n.Name = 'P', slug, "", ""
		}
	}
}
