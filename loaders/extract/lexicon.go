package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/telcograph/telcograph/schema"
)

// lexEntry is one surface form of one or more entities.
type lexEntry struct {
	toks  []string // word keys
	orig  []string // original words, for case-sensitive forms
	slugs []string // the entities it may name; several means ambiguous
	cased bool     // must match case-sensitively (acronyms)
	weak  bool     // a derived form (suffix stripped, acronym): loses to a listed form
	lower bool     // the form starts with a lower-case letter ("e&")
	// afterFull: a short form that names its entity only once the article
	// has used the full name ("O-RAN" after "O-RAN Alliance"; before it,
	// "AI-RAN" is as likely the technology as the alliance).
	afterFull bool
}

// lexicon finds entity names in tokens: the register's names and surface
// forms, forms derived from them, the built-in countries, and aliases an
// article defines as it goes. An article's lexicon is a clone of one built
// per register (lexicon_cache.go) and is not safe for concurrent use.
type lexicon struct {
	first   map[string][]*lexEntry
	ents    map[string]schema.Entity
	demonym map[string]bool // word keys of nationality adjectives
	// lowerFirst are the first words of register names that start in
	// lower case ("stc" of "stc Group"): they may open a sentence
	// (text_lower_brand.go). Read only after newLexicon.
	lowerFirst map[string]bool
	known      []nameForm // the known names prepared for variants, built on first use
	// bySurname and byGiven index the register's people (names_given.go),
	// built on first use.
	bySurname map[string][]string
	byGiven   map[string]int
	// owned are the keys of first whose lists a clone has copied; nil in
	// a lexicon that is no clone (lexicon_cache.go).
	owned map[string]bool
}

// stripWords are name endings dropped to derive a short form ("SoftBank
// Group Corp." -> "SoftBank Group" -> "SoftBank").
var stripWords = map[string]bool{
	"group": true, "holdings": true, "corporation": true, "company": true, "incorporated": true,
	"limited": true, "telecommunications": false,
}

func newLexicon(reg *schema.Register) *lexicon {
	lx := &lexicon{first: make(map[string][]*lexEntry), ents: make(map[string]schema.Entity), demonym: make(map[string]bool)}
	for _, c := range countries {
		e := schema.Entity{Slug: c.code, Name: c.names[0], Type: schema.TypeCountry, Aliases: append(append([]string{}, c.names...), c.demonyms...)}
		lx.ents[c.code] = e
		for _, n := range c.names {
			lx.add(n, c.code, false)
		}
		for _, d := range c.demonyms {
			lx.add(d, c.code, false)
			lx.demonym[wordKey(d)] = true
			lx.demonym[wordKey(strings.TrimSuffix(d, "."))] = true // "U.S" before the sentence's "." token
		}
	}
	if reg == nil {
		reg = &schema.Register{}
	}
	acros := make(map[string][]string)
	heads := make(map[string][]string)
	var cuts [][2]string // short forms that drop a name's prefix
	for _, e := range reg.Entities() {
		if old, ok := lx.ents[e.Slug]; ok && old.Type == e.Type {
			old.Aliases = append(old.Aliases, e.Aliases...)
			lx.ents[e.Slug] = old
		} else {
			lx.ents[e.Slug] = e
		}
		forms := append([]string{e.Name}, e.Aliases...)
		for _, f := range forms {
			if w := strings.Fields(f); e.Type != schema.TypePerson && len(w) > 0 && len(w[0]) >= 2 && unicode.IsLower(rune(w[0][0])) {
				if lx.lowerFirst == nil {
					lx.lowerFirst = map[string]bool{}
				}
				lx.lowerFirst[w[0]] = true
			}
			lx.add(f, e.Slug, false)
			if t := transliterated(f); t != "" {
				lx.add(t, e.Slug, false) // "Tim Hoettges" for Tim Höttges
			}
		}
		if e.Type == schema.TypeCountry || e.Type == schema.TypePerson {
			continue
		}
		for _, f := range forms {
			toks := strings.Fields(f)
			for len(toks) > 1 {
				last := strings.ToLower(strings.TrimSuffix(toks[len(toks)-1], "."))
				if !corpSuffix[last] && !stripWords[last] {
					break
				}
				toks = toks[:len(toks)-1]
				if len(toks) == 1 && len([]rune(toks[0])) < 2 {
					break // "A Holdings" is no "A": the article opens sentences
				}
				lx.add(strings.Join(toks, " "), e.Slug, true)
			}
		}
		for _, f := range shortForms(e.Name) {
			if f == prefixCut(e.Name) {
				cuts = append(cuts, [2]string{f, e.Slug})
				continue
			}
			lx.addShort(f, e.Slug) // lexicon_cased.go
		}
		if ws := strings.Fields(e.Name); len(ws) == 2 && allianceHeads[wordKey(ws[1])] && distinctive(ws[0]) {
			toks, orig := formTokens(ws[0])
			if len(toks) > 0 {
				lx.addEntry(&lexEntry{toks: toks, orig: orig, slugs: []string{e.Slug}, weak: true, afterFull: true})
			}
		}
		for _, a := range acronyms(e.Name) {
			if !slices.Contains(acros[a], e.Slug) {
				acros[a] = append(acros[a], e.Slug)
			}
		}
		if a := capsHead(e); a != "" && !slices.Contains(heads[a], e.Slug) {
			heads[a] = append(heads[a], e.Slug)
		}
	}
	// "Tempus" is Tempus AI's brand before it is a cut of SB Tempus (a
	// name made of a prefix and another company's brand): a name's
	// prefix cut adds nothing where a form of that spelling exists.
	for _, c := range cuts {
		if !lx.hasEntry(c[0]) {
			lx.addShort(c[0], c[1])
		}
	}
	lx.addFirmShorts(reg)      // lexicon_firm_short.go
	lx.addIndustryShorts(reg)  // lexicon_industry_short.go
	lx.addFirstWordShorts(reg) // lexicon_first_short.go
	lx.addOwnerCuts(reg)       // lexicon_owner_cut.go
	lx.addCapsHeads(heads)     // lexicon_head.go
	for a, slugs := range acros {
		if len(slugs) == 1 && lx.first[strings.ToLower(a)] == nil {
			lx.addEntry(&lexEntry{toks: []string{strings.ToLower(a)}, orig: []string{a}, slugs: slugs, cased: true, weak: true})
		}
	}
	lx.sharedAcronyms(acros) // legal_names.go
	lx.addFormerNames(reg)   // names_former.go
	return lx
}

// genericHeads are name words that say what kind of business a company is;
// news drops them ("Samsung Electronics" -> "Samsung", "Verizon
// Communications" is Verizon).
var genericHeads = map[string]bool{
	"electronics": true, "communications": true, "telecommunications": true, "technologies": true,
	"technology": true, "platforms": true, "industries": true, "networks": true, "systems": true,
	"ai": true, "labs": true, "infrastructure": true, "holdings": true, "group": true, "telecom": true,
	"corporation": true, "mobile": true, "wireless": true, "software": true, "semiconductor": true,
	"data": true, "centers": true, "centres": true, "network": true, "towers": true, "computing": true,
}

// countryWords are the word keys of country names, codes and nationality
// adjectives.
var countryWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, c := range countries {
		for _, n := range append(append([]string{}, c.names...), c.demonyms...) {
			m[wordKey(strings.TrimSuffix(n, "."))] = true
		}
	}
	return m
}()

// shortForms derives the short names news uses for a company from its
// canonical name: the distinctive word before generic heads ("Samsung
// Electronics" -> "Samsung", "Jio Platforms" -> "Jio"), the name after a
// short group prefix ("NTT Docomo" -> "Docomo"), and the name without a
// trailing country ("T-Mobile US" -> "T-Mobile"). A short form must be a
// capitalised word of three or more letters that is not a country, a
// number or a function word.
func shortForms(name string) []string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	ok := func(w string) bool {
		k := wordKey(w)
		r := []rune(w)
		// "Africa" is not Africa Data Centres; "Corp" is not KT Corp (a
		// legal suffix ends many names: "SoftBank Group Corp.").
		return len(r) >= 3 && unicode.IsUpper(r[0]) && !countryWords[k] && !chunkStop[k] && numberWords[k] == 0 && !genericHeads[k] &&
			!allianceHeads[k] && !orgHeads[k] && !regionNames[k] && !corpSuffix[strings.TrimSuffix(k, ".")]
	}
	var out []string
	allGeneric := true
	for _, w := range words[1:] {
		if !genericHeads[wordKey(strings.TrimSuffix(w, "."))] {
			allGeneric = false
		}
	}
	if allGeneric && ok(words[0]) {
		out = append(out, words[0])
	}
	if c := prefixCut(name); c != "" && ok(c) {
		out = append(out, c)
	}
	if last := wordKey(strings.TrimSuffix(words[len(words)-1], ".")); countryWords[last] {
		rest := strings.Join(words[:len(words)-1], " ")
		if len(words) > 2 || ok(rest) {
			out = append(out, rest)
		}
	}
	return out
}

// prefixCut is a two-word name less its short capitalised prefix ("NTT
// Docomo" -> "Docomo"), or "".
func prefixCut(name string) string {
	words := strings.Fields(name)
	if len(words) != 2 {
		return ""
	}
	first := []rune(words[0])
	if len(first) >= 2 && len(first) <= 4 && strings.ToUpper(words[0]) == words[0] {
		return words[1]
	}
	return ""
}

// hasEntry reports whether the lexicon has an entry spelt form.
func (lx *lexicon) hasEntry(form string) bool {
	toks, _ := formTokens(form)
	if len(toks) == 0 {
		return false
	}
	for _, e := range lx.first[toks[0]] {
		if slices.Equal(e.toks, toks) {
			return true
		}
	}
	return false
}

// distinctive reports whether a word can stand for a name alone: it has
// two or more capitals or a digit besides its first letter ("O-RAN",
// "AI-RAN", "5GAA"), so it is no ordinary word.
func distinctive(w string) bool {
	caps := 0
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return caps >= 2 && len(w) >= 3
}

// acronyms are the initials news may use for a name of two or more
// capitalised words, skipping "of", "and", "for" and "the": with a short
// all-caps word kept whole ("SK Telecom" -> "SKT", "Deutsche Telekom" ->
// "DT"), with every word's first letter ("Open RAN Policy Coalition" ->
// "ORPC", "Global TD-LTE Initiative" -> "GTI") and with every hyphenated
// part's ("Next-Generation Mobile Networks" -> "NGMN"). Only the first
// may have two letters; none has more than six, and common all-caps words
// (AI, RAN, CEO) are left out.
func acronyms(name string) []string {
	words := strings.Fields(name)
	for len(words) > 1 && corpSuffix[strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))] {
		words = words[:len(words)-1]
	}
	var kept []string
	for _, w := range words {
		if acronymSkip[strings.ToLower(w)] {
			continue
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return nil
		}
		kept = append(kept, w)
	}
	if len(kept) < 2 {
		return nil
	}
	var whole, first, parts strings.Builder
	for _, w := range kept {
		r := []rune(w)
		if len(r) <= 3 && strings.ToUpper(w) == w {
			whole.WriteString(w) // "SK" in "SK Telecom"
		} else {
			whole.WriteRune(r[0])
		}
		first.WriteRune(unicode.ToUpper(r[0]))
		for _, p := range strings.Split(w, "-") {
			if p != "" {
				parts.WriteRune(unicode.ToUpper([]rune(p)[0]))
			}
		}
	}
	var out []string
	for i, a := range []string{whole.String(), first.String(), parts.String()} {
		n := utf8.RuneCountInString(a)
		if n >= 2+min(i, 1) && n <= 6 && !commonCaps[a] && !corpSuffix[strings.ToLower(a)] && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// acronymSkip are the small words an acronym leaves out.
var acronymSkip = map[string]bool{"of": true, "and": true, "for": true, "the": true, "&": true}

// commonCaps are all-caps words news uses that are nobody's initials.
var commonCaps = map[string]bool{
	"AI": true, "RAN": true, "CEO": true, "CTO": true, "CFO": true, "COO": true, "US": true, "UK": true,
	"EU": true, "UN": true, "MWC": true, "5G": true, "6G": true, "LLM": true, "GPU": true, "CPU": true,
	"API": true, "IPO": true, "JV": true, "IT": true, "IP": true, "TV": true, "PR": true, "HQ": true,
	"AR": true, "VR": true, "IOT": true, "SIM": true, "LTE": true, "NEW": true, "USA": true, "UAE": true,
	"CES": true, "GSM": true, "SMS": true, "VP": true, "EVP": true, "SVP": true, "AGM": true, "ESG": true,
	"MoU": true, "MOU": true, "MoUs": true, "MOUs": true, "LOI": true, "LoI": true,
	"VC": true, "VCs": true, "CVC": true, "PE": true, "SPV": true, "SPVs": true, // "led by VC firms A and B" (helper z22pinv)
	"HQ'd": true, "CEOs": true, "co-CEOs": true, "co-CEO": true, "CTOs": true, "CFOs": true, "GPUs": true, "LLMs": true, "APIs": true,
	"TPU": true, "NPU": true, "DPU": true, "SoC": true, "ASIC": true, "FPGA": true, "SLM": true, // chips and models (helper z22ppart)
	// fields of business newsrooms capitalise: "Japan's leading Internet
	// provider", "its ICT partner" (helper z22bpart)
	"Internet": true, "Web": true, "ICT": true, "ISP": true, "ISPs": true,
}

// formTokens splits a surface form into its words ("&" counts as one, and
// so does a comma inside the name): their keys for matching and their
// original text.
func formTokens(form string) (toks, orig []string) {
	ts := tokenize(form)
	for i, t := range ts {
		joined := t.Text == "-" && i > 0 && i+1 < len(ts) && ts[i-1].End == t.Start && ts[i+1].Start == t.End
		inner := t.Text == "," && i > 0 && i+1 < len(ts) // "AI Language Models in Africa, by Africa, for Africa"
		if t.Word || t.Text == "&" || joined || inner || innerSymbol(ts, i) || innerStop(ts, i) {
			toks = append(toks, t.Key)
			orig = append(orig, t.Text)
		}
	}
	return toks, orig
}

// add registers a surface form of slug.
func (lx *lexicon) add(form, slug string, weak bool) {
	toks, orig := formTokens(form)
	if len(toks) == 0 {
		return
	}
	first := []rune(orig[0])[0]
	lx.addEntry(&lexEntry{toks: toks, orig: orig, slugs: []string{slug}, weak: weak, lower: unicode.IsLower(first)})
}

func (lx *lexicon) addEntry(e *lexEntry) {
	lx.own(e.toks[0])
	list := lx.first[e.toks[0]]
	for _, old := range list {
		if old.cased == e.cased && slices.Equal(old.toks, e.toks) {
			if old.weak && !e.weak {
				old.weak, old.slugs = false, nil
			} else if !old.weak && e.weak {
				return
			}
			for _, s := range e.slugs {
				if !slices.Contains(old.slugs, s) {
					old.slugs = append(old.slugs, s)
				}
			}
			return
		}
	}
	list = append(list, e)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].toks) > len(list[j].toks) })
	lx.first[e.toks[0]] = list
}

// hasOneWord reports whether a one-word form is k: a surname that only
// opens longer names ("Escribano" of "Escribano Mechanical &
// Engineering") is free for its person, who the longest match keeps
// apart from the company named in full (round 33, dev20).
func (lx *lexicon) hasOneWord(k string) bool {
	for _, e := range lx.first[k] {
		if len(e.toks) == 1 {
			return true
		}
	}
	return false
}

// define adds an article-local alias, which outranks derived forms.
func (lx *lexicon) define(form, slug string) {
	toks, orig := formTokens(form)
	if len(toks) == 0 {
		return
	}
	lx.own(toks[0])
	list := lx.first[toks[0]]
	for _, old := range list {
		if slices.Equal(old.toks, toks) {
			old.slugs, old.weak = []string{slug}, false
			return
		}
	}
	lx.addEntry(&lexEntry{toks: toks, orig: orig, slugs: []string{slug}, lower: unicode.IsLower([]rune(orig[0])[0])})
}

// match returns the longest entry matching toks at i and the number of
// tokens it covers.
func (lx *lexicon) match(toks []token, i int) (*lexEntry, int) {
	if !toks[i].Word {
		if toks[i].Text != "&" {
			return nil, 0
		}
	}
	var best *lexEntry
	for _, e := range lx.first[toks[i].Key] {
		if best != nil && len(e.toks) < len(best.toks) {
			break
		}
		if i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k, w := range e.toks {
			t := toks[i+k]
			if t.Key != w || (e.cased && t.Text != e.orig[k]) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if !e.lower && !toks[i].Upper && !digitLed(toks, i, e) {
			continue // "son" is not "Son" (mention_forms.go: "1789 Capital")
		}
		if best == nil || (best.weak && !e.weak) {
			best = e
		}
	}
	if best == nil {
		return nil, 0
	}
	return best, len(best.toks)
}

// country is a built-in country: ISO 3166-1 alpha-2 code, names and
// nationality adjectives. Extraction knows these without a register, since
// nationality is how news attributes a company to a country.
type country struct {
	code     string
	names    []string
	demonyms []string
}

var countries = []country{
	{"US", []string{"United States", "US", "U.S.", "USA", "America", "United States of America"}, []string{"American", "US", "U.S."}},
	{"GB", []string{"United Kingdom", "UK", "U.K.", "Britain", "Great Britain"}, []string{"British", "UK", "U.K."}},
	{"KR", []string{"South Korea", "Korea", "Republic of Korea"}, []string{"Korean", "South Korean"}},
	{"KP", []string{"North Korea"}, []string{"North Korean"}},
	{"JP", []string{"Japan"}, []string{"Japanese"}},
	{"CN", []string{"China", "People's Republic of China"}, []string{"Chinese"}},
	{"TW", []string{"Taiwan"}, []string{"Taiwanese"}},
	{"HK", []string{"Hong Kong"}, []string{}},
	{"IN", []string{"India"}, []string{"Indian"}},
	{"SG", []string{"Singapore"}, []string{"Singaporean"}},
	{"MY", []string{"Malaysia"}, []string{"Malaysian"}},
	{"ID", []string{"Indonesia"}, []string{"Indonesian"}},
	{"TH", []string{"Thailand"}, []string{"Thai"}},
	{"VN", []string{"Vietnam", "Viet Nam"}, []string{"Vietnamese"}},
	{"PH", []string{"Philippines"}, []string{"Philippine", "Filipino"}},
	{"AU", []string{"Australia"}, []string{"Australian"}},
	{"NZ", []string{"New Zealand"}, []string{}},
	{"DE", []string{"Germany"}, []string{"German"}},
	{"FR", []string{"France"}, []string{"French"}},
	{"IT", []string{"Italy"}, []string{"Italian"}},
	{"ES", []string{"Spain"}, []string{"Spanish"}},
	{"PT", []string{"Portugal"}, []string{"Portuguese"}},
	{"NL", []string{"Netherlands", "the Netherlands"}, []string{"Dutch"}},
	{"BE", []string{"Belgium"}, []string{"Belgian"}},
	{"CH", []string{"Switzerland"}, []string{"Swiss"}},
	{"AT", []string{"Austria"}, []string{"Austrian"}},
	{"SE", []string{"Sweden"}, []string{"Swedish"}},
	{"NO", []string{"Norway"}, []string{"Norwegian"}},
	{"DK", []string{"Denmark"}, []string{"Danish"}},
	{"FI", []string{"Finland"}, []string{"Finnish"}},
	{"IE", []string{"Ireland"}, []string{"Irish"}},
	{"PL", []string{"Poland"}, []string{"Polish"}},
	{"GR", []string{"Greece"}, []string{"Greek"}},
	{"TR", []string{"Turkey", "Türkiye"}, []string{"Turkish"}},
	{"IL", []string{"Israel"}, []string{"Israeli"}},
	{"AE", []string{"United Arab Emirates", "UAE", "U.A.E."}, []string{"Emirati", "UAE", "U.A.E."}},
	{"SA", []string{"Saudi Arabia"}, []string{"Saudi"}},
	{"QA", []string{"Qatar"}, []string{"Qatari"}},
	{"EG", []string{"Egypt"}, []string{"Egyptian"}},
	{"ZA", []string{"South Africa"}, []string{"South African"}},
	{"NG", []string{"Nigeria"}, []string{"Nigerian"}},
	{"KE", []string{"Kenya"}, []string{"Kenyan"}},
	{"CA", []string{"Canada"}, []string{"Canadian"}},
	{"MX", []string{"Mexico"}, []string{"Mexican"}},
	{"BR", []string{"Brazil"}, []string{"Brazilian"}},
	{"AR", []string{"Argentina"}, []string{"Argentine", "Argentinian"}},
	{"CL", []string{"Chile"}, []string{"Chilean"}},
	{"RU", []string{"Russia"}, []string{"Russian"}},
	{"UA", []string{"Ukraine"}, []string{"Ukrainian"}},
}
