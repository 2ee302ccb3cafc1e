package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/telcograph/telcograph/schema"
)

// The kinds of an unlinked argument, by how the gold text names it.
const (
	KindRegistered  = "registered name"     // the register's name ("Vista Equity Partners")
	KindVariant     = "variant of the name" // sharing a word with it ("Vista", "Nebius Group N.V.")
	KindAcronym     = "acronym"             // an all-capitals word not in the name ("SKT")
	KindOtherName   = "other name"          // a name sharing no word with it ("Etisalat" for e&)
	KindDescription = "description"         // a common-noun head ("the Chicago company")
	KindPronoun     = "pronoun"             // "it", "its", "Our"
	KindNoText      = "no text in gold"     // the gold gives no text
	KindUnknownName = "name not in the register"
	KindImplied     = "implied, not in the evidence" // "(Rapidus)": the gold's bracket, or text the evidence lacks
)

// countUnlinkedKinds counts, for a missed gold fact, each argument not
// linked within its evidence by argKind.
func (sc *Score) countUnlinkedKinds(g schema.Fact, linked func(evidence, id string) bool, nameOf func(id string) string) {
	if linked == nil {
		return
	}
	ms := append([]schema.Mention{g.Subject, g.Object}, g.Partners...)
	for _, m := range ms {
		if m.ID == "" || linked(g.Evidence, m.ID) {
			continue
		}
		name := ""
		if nameOf != nil {
			name = nameOf(m.ID)
		}
		if sc.UnlinkedKinds == nil {
			sc.UnlinkedKinds = make(map[string]int)
		}
		kind := argKind(m.Text, name)
		if strings.HasPrefix(strings.TrimSpace(m.Text), "(") || !strings.Contains(strings.ToLower(g.Evidence), strings.ToLower(strings.TrimSpace(m.Text))) {
			kind = KindImplied
		}
		sc.UnlinkedKinds[kind]++
		role := "subject"
		if m.ID == g.Object.ID && m.ID != g.Subject.ID {
			role = "object"
		} else if m.ID != g.Subject.ID {
			role = "party"
		}
		if sc.UnlinkedKindsByRole == nil {
			sc.UnlinkedKindsByRole = make(map[string]int)
		}
		sc.UnlinkedKindsByRole[string(g.Relation)+" "+role+": "+kind]++
	}
}

var (
	kindDeterminers = map[string]bool{"the": true, "a": true, "an": true, "both": true, "this": true,
		"that": true, "these": true, "those": true, "its": true, "their": true, "our": true, "his": true, "her": true,
		"all": true, "each": true, "two": true, "three": true, "four": true, "five": true}
	kindPronouns = map[string]bool{"it": true, "its": true, "they": true, "them": true, "their": true,
		"we": true, "our": true, "us": true, "he": true, "she": true, "his": true, "her": true, "him": true,
		"who": true, "whose": true, "which": true, "you": true, "your": true, "itself": true, "i": true, "my": true}
)

// argKind says how text (an argument as the gold writes it) names an
// entity whose registered name is name: the registered name itself, a
// variant sharing a word with it (a short or a longer form), an acronym, another name, a description with a
// common-noun head, or a pronoun. Case, brackets, possessive "'s", legal
// punctuation and a leading determiner are ignored.
func argKind(text, name string) string {
	words := kindWords(text)
	if len(words) == 0 {
		return KindNoText
	}
	if len(words) == 1 && kindPronouns[strings.ToLower(words[0])] && (len(words[0]) == 1 || strings.ToUpper(words[0]) != words[0]) {
		return KindPronoun
	}
	for len(words) > 1 && kindDeterminers[strings.ToLower(words[0])] {
		words = words[1:]
	}
	head := []rune(words[len(words)-1])
	if !unicode.IsUpper(head[0]) && !unicode.IsDigit(head[0]) {
		return KindDescription
	}
	if name == "" {
		return KindUnknownName
	}
	nameWords := kindWords(name)
	if strings.EqualFold(strings.Join(words, " "), strings.Join(nameWords, " ")) {
		return KindRegistered
	}
	in := make(map[string]bool, len(nameWords))
	for _, w := range nameWords {
		in[strings.ToLower(w)] = true
	}
	shared := 0
	for _, w := range words {
		if in[strings.ToLower(w)] {
			shared++
		}
	}
	switch {
	case shared > 0:
		return KindVariant
	case len(words) == 1 && len(words[0]) > 1 && strings.ToUpper(words[0]) == words[0]:
		return KindAcronym
	}
	return KindOtherName
}

// kindWords splits text into words, dropping brackets, commas, full
// stops and a possessive "'s".
func kindWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, "()[]\"“”,.;:")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.TrimSuffix(w, "'")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// CorefCounts score coreference on a gold file's descriptions and
// pronouns: Gold of them were Right (resolved to the gold's entity, perhaps
// among others, as a group), Wrong (to other entities only) or Unresolved.
type CorefCounts struct {
	Gold       int `json:"gold"`
	Right      int `json:"right"`
	Wrong      int `json:"wrong"`
	Unresolved int `json:"unresolved"`
	// ByForm holds the same counts by the form of the description
	// (corefForm); only the total has it.
	ByForm map[string]CorefCounts `json:"by_form,omitempty"`
}

// corefForm sorts a description or pronoun by its form: "it" (it, its),
// "we" (we, our, us), "he" (he, his, him, she, her), "plural" (they, their,
// both, all, the N companies, the two companies, the trio), "named" (a
// description with a name in it: "the Chicago company", "the SKT-led
// coalition"), "description" (the rest: "the carrier", "the venture").
func corefForm(text string) string {
	words := kindWords(text)
	if len(words) == 0 {
		return "description"
	}
	switch strings.ToLower(words[0]) {
	case "it", "its", "itself":
		return "it"
	case "we", "our", "us":
		return "we"
	case "he", "his", "him", "she", "her":
		return "he"
	case "they", "their", "them", "both", "all", "each":
		return "plural"
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && (numberWords[lw] > 1 || lw == "trio" || lw == "pair" || lw == "duo") {
			return "plural"
		}
		if i > 0 && unicode.IsUpper([]rune(w)[0]) {
			return "named"
		}
	}
	return "description"
}

// countCoref scores the descriptions and pronouns among a gold fact's
// arguments that its evidence contains. In a fact the extractor stated
// (stated), each was resolved to the gold's entity, whatever text the rule
// kept; in a missed one, the mentions of the evidence say.
func (sc *Score) countCoref(g schema.Fact, links *evalLinks, stated bool) {
	if links.resolved == nil {
		return
	}
	ms := append([]schema.Mention{g.Subject, g.Object}, g.Partners...)
	for _, m := range ms {
		text := strings.TrimSpace(m.Text)
		if m.ID == "" || text == "" || !strings.Contains(strings.ToLower(g.Evidence), strings.ToLower(text)) {
			continue
		}
		if k := argKind(text, ""); k != KindDescription && k != KindPronoun {
			continue
		}
		key := g.Evidence + "\x00" + strings.ToLower(text) + "\x00" + m.ID
		if sc.corefSeen[key] {
			continue // one description, several facts
		}
		if sc.corefSeen == nil {
			sc.corefSeen = make(map[string]bool)
		}
		sc.corefSeen[key] = true
		if sc.Coref.ByForm == nil {
			sc.Coref.ByForm = make(map[string]CorefCounts)
		}
		form := sc.Coref.ByForm[corefForm(text)]
		slugs, found := links.resolved(g.Evidence, text)
		switch {
		case stated || found && slices.Contains(slugs, m.ID):
		case !found:
			sc.CorefMisses = append(sc.CorefMisses, fmt.Sprintf("%s: %q is %s, left unresolved", g.ID, text, m.ID))
		default:
			sc.CorefMisses = append(sc.CorefMisses, fmt.Sprintf("%s: %q is %s, resolved to %s", g.ID, text, m.ID, strings.Join(slugs, ",")))
		}
		for _, c := range []*CorefCounts{&sc.Coref, &form} {
			c.Gold++
			switch {
			case stated:
				c.Right++
			case !found:
				c.Unresolved++
			case slices.Contains(slugs, m.ID):
				c.Right++
			default:
				c.Wrong++
			}
		}
		sc.Coref.ByForm[corefForm(text)] = form
	}
}

// noteFactCorefs records, for eval's coreference count, the descriptions
// and pronouns a rule resolved while stating f (rules resolve some
// themselves, outside the mention layer).
func (x *extractor) noteFactCorefs(f schema.Fact) {
	for _, m := range append([]schema.Mention{f.Subject, f.Object}, f.Partners...) {
		if m.ID == "" || m.Text == "" {
			continue
		}
		if k := argKind(m.Text, ""); k == KindDescription || k == KindPronoun {
			x.noteCorefIn(f.Evidence, m.Text, m.ID)
		}
	}
}
