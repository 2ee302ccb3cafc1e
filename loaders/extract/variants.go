package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/telcograph/telcograph/schema"
)

// This file finds the known entity an unknown name stands for: an acronym
// of a known long name or the long form of a known acronym ("Artificial
// Intelligence RAN Alliance" / "AI-RAN Alliance", "Alliance for
// Telecommunications Industry Solutions" / "ATIS"), a spelling variant
// within a small edit distance ("SK Telekom"), or a person's fuller first
// name ("Timotheus Höttges" for Tim Höttges).

// nameForm is a known name prepared for comparison.
type nameForm struct {
	slug   string
	typ    schema.EntityType
	words  []string // folded, lower case
	sig    string   // the capitals that an acronym keeps
	acros  []string // the name's initials (acronyms)
	single bool     // one word
}

// signature is what an acronym keeps of a name: every capital letter of
// words with more than one ("AI-RAN" -> "AIRAN"), the first letter of
// other capitalised words, nothing of lower-case words ("for", "of").
func signature(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			continue
		}
		caps := 0
		for _, c := range r {
			if unicode.IsUpper(c) || unicode.IsDigit(c) {
				caps++
			}
		}
		if caps > 1 {
			for _, c := range r {
				if unicode.IsUpper(c) || unicode.IsDigit(c) {
					b.WriteRune(c)
				}
			}
			continue
		}
		b.WriteRune(unicode.ToUpper(r[0]))
	}
	return b.String()
}

// forms prepares the lexicon's known names once per article.
func (lx *lexicon) forms() []nameForm {
	if lx.known != nil {
		return lx.known
	}
	lx.known = []nameForm{}
	for slug, e := range lx.ents {
		if e.Type == schema.TypeCountry {
			continue
		}
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if seen[n] || n == "" {
				continue
			}
			seen[n] = true
			ws := strings.Fields(wordKey(n))
			sig := signature(n)
			if len(ws) == 1 && len(n) >= 2 && len(n) <= 5 && n == strings.ToLower(n) && strings.IndexFunc(n, unicode.IsLetter) == 0 {
				sig = strings.ToUpper(n) // "stc" is the acronym of "Saudi Telecom Co"
			}
			lx.known = append(lx.known, nameForm{slug: slug, typ: e.Type, words: ws, sig: sig, acros: acronyms(n), single: len(ws) == 1})
		}
	}
	return lx.known
}

// variantOf returns the known entity that the unknown name stands for, or
// "" when none is close enough or several are.
func (x *extractor) variantOf(name string) string {
	ws := strings.Fields(wordKey(name))
	if len(ws) == 0 {
		return ""
	}
	sig := signature(name)
	var acros []string
	if len(ws) >= 2 {
		acros = acronyms(name)
	}
	found := ""
	set := func(s string) bool {
		if found != "" && found != s {
			found = "-"
			return false
		}
		found = s
		return true
	}
	for _, f := range x.lx.forms() {
		switch {
		case len(sig) >= 3 && sig == f.sig && len(ws) != len(f.words) && f.typ != schema.TypePerson:
			// an acronym and its long form
			set(f.slug)
		case len(ws) == 1 && len(sig) >= 3 && sig == name && f.typ != schema.TypePerson && slices.Contains(f.acros, sig):
			// a bare acronym of a long name ("ORPC")
			set(f.slug)
		case len(ws) >= 2 && f.single && len(f.sig) >= 3 && slices.Contains(acros, f.sig) && f.typ != schema.TypePerson:
			// the long form of a name known by its acronym
			set(f.slug)
		case len(ws) == len(f.words) && f.typ != schema.TypePerson && spellingVariant(ws, f.words):
			set(f.slug)
		case len(ws) == 2 && f.single && f.typ == schema.TypeCompany && blendOf(ws, f.words[0]):
			// the long form of a blended name ("Singapore
			// Telecommunications" for Singtel; round 32, dev19)
			set(f.slug)
		case len(ws) == 1 && len(f.words) >= 2 && f.typ == schema.TypeCompany && ws[0] == f.words[len(f.words)-1] &&
			len(ws[0]) >= 5 && !genericHeads[ws[0]] && !orgHeads[ws[0]] && !allianceHeads[ws[0]] && !countryWords[ws[0]]:
			// the distinctive last word of a company's name ("Telekom")
			set(f.slug)
		case len(ws) >= 2 && len(f.words) == len(ws)+1 && f.typ == schema.TypeCompany && slices.Equal(ws, f.words[:len(ws)]) &&
			droppableTail(f.words[len(ws)]):
			// a company's name without its last word, a surname ("Booz Allen")
			set(f.slug)
		case len(ws) == 2 && len(f.words) == 2 && f.typ == schema.TypePerson && ws[1] == f.words[1] && ws[0] != f.words[0] &&
			len(f.words[0]) >= 3 && len(ws[0]) >= 3 && (strings.HasPrefix(ws[0], f.words[0]) || strings.HasPrefix(f.words[0], ws[0])):
			// a person's fuller or shorter first name
			set(f.slug)
		case len(ws) >= 2 && len(ws) == len(f.words) && f.typ == schema.TypePerson && umlautSpelt(ws, f.words):
			// an umlaut written out ("Timotheus Höttges" for Timotheus
			// Hoettges; round 30, dev17), maybe with a fuller or shorter
			// first name ("Tim Höttges")
			set(f.slug)
		case len(ws) == 3 && len(f.words) == 2 && f.typ == schema.TypePerson && middleInitial(ws[1]) && ws[0] == f.words[0] && ws[2] == f.words[1]:
			// a middle initial the register leaves out ("Mukesh D. Ambani"
			// for Mukesh Ambani)
			set(f.slug)
		}
	}
	if found == "-" {
		return ""
	}
	return found
}

// middleInitial reports whether a folded word is one letter, with or
// without its dot ("d.", "m").
func middleInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}

// spellingVariant reports whether two names of as many words differ by a
// small edit distance in one word, the others equal.
func spellingVariant(a, b []string) bool {
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	ra, rb := []rune(a[diff]), []rune(b[diff])
	if len(ra) < 5 || len(rb) < 5 || ra[0] != rb[0] {
		return false
	}
	limit := 1
	if len(ra) >= 10 {
		limit = 2
	}
	return schema.EditDistance(ra, rb, limit) <= limit
}

// commonOpener reports whether a capitalised word at the start of a
// sentence is an ordinary word ("Seven new members", "Among the ...",
// "Expect ..."), which never starts a name there.
func commonOpener(k string) bool {
	if numberWords[k] > 0 {
		return true
	}
	if _, ok := closedClass[k]; ok {
		return true
	}
	_, _, verb := verbForm(k)
	return verb || verbBases[k] || hasSuffixAny(k, openerNounSuffixes) || participleCompound(k) || k == "existing" || openerCommonNouns[k]
}

// openerCommonNouns are the people news quotes without naming them
// ("Executives said the partnership with B was on track", "Management
// said ...", "Officials declined to comment"): never a name there (round
// 33).
var openerCommonNouns = map[string]bool{
	"executives": true, "officials": true, "management": true, "staff": true, "sources": true, "bosses": true,
	"experts": true, "critics": true, "people": true, "executive": true, "analysts": true, "representatives": true,
}

// participleCompound reports whether a hyphenated word ends in a
// participle ("ride-hailing", "state-backed"): a compound adjective that
// opens a sentence's description ("Ride-hailing firm X"), never a name.
func participleCompound(k string) bool {
	i := strings.LastIndexByte(k, '-')
	if i < 1 {
		return false
	}
	last := k[i+1:]
	return len(last) >= 5 && (strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "ed"))
}

// openerNounSuffixes end plural and abstract common nouns that open
// sentences in news ("Membership spans ...", "Investors include ...",
// "Attendees included ..."), which are never names there.
var openerNounSuffixes = []string{"ship", "ships", "ers", "ors", "ees", "tion", "tions", "ments", "ants"} // "Participants were A and B" (helper x14inv)

// droppableTail reports whether news may drop a company name's last word:
// a surname-like word ("Booz Allen Hamilton"), not a word that says what
// kind of organisation it is ("Deutsche Telekom Capital", "Vodafone
// Foundation") or where ("SK Telecom Americas").
func droppableTail(w string) bool {
	return len(w) >= 4 && !genericHeads[w] && !orgHeads[w] && !allianceHeads[w] && !countryWords[w] && !chunkStop[w] &&
		!memberKinds[w] && numberWords[w] == 0 && !regionNames[w]
}

// regionNames are regions a name may hold: a company's last word ("Orbit
// Wireless Americas") or first ("Africa Data Centres") that alone names no
// company.
var regionNames = map[string]bool{
	"americas": true, "america": true, "europe": true, "africa": true, "asia": true, "pacific": true, "emea": true,
	"apac": true, "international": true, "global": true, "worldwide": true, "north": true, "south": true, "east": true, "west": true,
}

// umlautKey spells a folded word's written-out umlauts as the folded
// umlaut: "hoettges" and "hottges" (from "Höttges") are one key.
var umlautKey = strings.NewReplacer("oe", "o", "ue", "u", "ae", "a")

// umlautSpelt reports whether two person names of as many folded words
// are one name once umlauts are spelt alike, differ only so in the
// surname, and have the same or a fuller first name.
func umlautSpelt(a, b []string) bool {
	n := len(a) - 1
	if a[n] == b[n] || len(a[n]) < 4 || umlautKey.Replace(a[n]) != umlautKey.Replace(b[n]) {
		return false
	}
	for i := 1; i < n; i++ {
		if umlautKey.Replace(a[i]) != umlautKey.Replace(b[i]) {
			return false
		}
	}
	return a[0] == b[0] || len(a[0]) >= 3 && len(b[0]) >= 3 && (strings.HasPrefix(a[0], b[0]) || strings.HasPrefix(b[0], a[0]))
}

// blendOf reports whether name, one folded word of seven letters or more,
// is the first three or more letters of each of two words run together
// ("singtel" of "singapore telecommunications"), each part a proper prefix.
func blendOf(ws []string, name string) bool {
	if len(name) < 7 {
		return false
	}
	for i := 3; i <= len(name)-3; i++ {
		a, b := name[:i], name[i:]
		if strings.HasPrefix(ws[0], a) && strings.HasPrefix(ws[1], b) && len(ws[0]) > len(a) && len(ws[1]) > len(b) {
			return true
		}
	}
	return false
}
