package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/telcograph/telcograph/schema"
)

// Alliance name variants (issue 13, helper z23found): a programme whose
// registered name opens with the name of the body that runs it ("GSMA
// Open Gateway", "Linux Foundation Edge") is called by the rest of its
// name as soon as the owner is said apart: "the GSMA-led Open Gateway
// initiative", "the GSMA's Open Gateway". The rest is added as a weak
// form matched only as written, when it has two or more capitalised
// words, opens with no alliance head or generic word, and is no form of
// anything else.

// addOwnerCuts adds, for each alliance of reg whose name opens with one
// or two words that are another entity's registered name, the rest of the
// name.
func (lx *lexicon) addOwnerCuts(reg *schema.Register) {
	for _, e := range reg.Entities() {
		if e.Type != schema.TypeAlliance {
			continue
		}
		ws := strings.Fields(e.Name)
		for k := 1; k <= 2 && len(ws)-k >= 2; k++ {
			if !lx.namesOther(strings.Join(ws[:k], " "), e.Slug) {
				continue
			}
			rest := ws[k:]
			if !ownerCutRest(rest) || lx.hasEntry(strings.Join(rest, " ")) {
				break
			}
			toks, orig := formTokens(strings.Join(rest, " "))
			if len(toks) > 0 {
				lx.addEntry(&lexEntry{toks: toks, orig: orig, slugs: []string{e.Slug}, cased: true, weak: true})
			}
			break
		}
	}
}

// namesOther reports whether form is a listed form of an entity other
// than slug.
func (lx *lexicon) namesOther(form, slug string) bool {
	toks, _ := formTokens(form)
	if len(toks) == 0 {
		return false
	}
	for _, e := range lx.first[toks[0]] {
		if slices.Equal(e.toks, toks) && !e.weak && !slices.Contains(e.slugs, slug) {
			return true
		}
	}
	return false
}

// ownerCutRest reports whether the words left after an owner's name can
// name a programme alone: every one capitalised, the first no alliance
// head, generic word or country.
func ownerCutRest(ws []string) bool {
	for _, w := range ws {
		if r := []rune(w); !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	k := wordKey(ws[0])
	return !allianceHeads[k] && !genericHeads[k] && !orgHeads[k] && !countryWords[k] && !chunkStop[k]
}

// ownerModRE is a hyphenated participle that makes the name before it
// the owner of what follows: "the GSMA-led Open Gateway", "a
// Linux Foundation-hosted project".
var ownerModRE = regexp.MustCompile(`^-(?:led|backed|run|hosted|sponsored|founded|created|convened|organi[sz]ed)\b`)

// ownerModifier reports whether mention i of s names the owner of an
// alliance named after it in the sentence ("The GSMA-led Open Gateway
// initiative now counts 70 groups"): the sentence's topic is the group
// it owns, not the owner.
func ownerModifier(s *sent, i int) bool {
	m := s.ms[i]
	if m.Poss || !ownerModRE.MatchString(s.text[m.End:]) {
		return false
	}
	for _, n := range s.ms[i+1:] {
		if n.Kind == 'A' && n.Slug != "" && n.Slug != m.Slug {
			return true
		}
	}
	return false
}
