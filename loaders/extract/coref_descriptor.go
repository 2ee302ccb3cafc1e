package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file learns descriptions from the article itself (helper x13z2,
// issue 13). News introduces an organisation with a descriptor and later
// refers back by it: "Kyutai, a non-profit research laboratory" ... "The
// lab was set up by"; "AI chip start-up Rebellions" ... "put $15 million
// into the start-up"; "Heidelberg's Aleph Alpha" or "Espoo-based Nokia"
// ... "The Heidelberg firm", "the Espoo group"; "Tempus, a Chicago
// company" ... "the Chicago company". Every descriptor the text gives a
// name is remembered as a head noun and its modifiers:
//
//   - an apposition: "X, the/a [modifiers] HEAD" or "X, Korea's largest
//     HEAD" (up to a preposition, a relative pronoun or a punctuation
//     mark; "based in <city>" after the head adds the city);
//   - a premodifier: "[modifiers] HEAD X" ("chipmaker Nvidia", "venture
//     firm IVP"; a possessor before the modifiers is not one of them),
//     also before a comma ("Telefonica's new unit, Telxius,");
//   - a copula opening a sentence: "X is a [modifiers] HEAD";
//   - a place: "<Place>-based X", "<Place>'s X", "X, based in <city>",
//     "X (<city>)" (no head noun).
//
// "the [modifiers] HEAD" then names the one entity described with that
// head whose modifiers include the description's; a generic head
// ("company", "firm", "group") needs a modifier to tell ("the Chicago
// company"). When two entities fit, it names nothing, and so does a
// description followed by a name ("the chipmaker Nvidia": apposition, not
// a back-reference) or set after a name and a comma (the name's own
// apposition). "Both start-ups" and "the two labs" name the last two
// entities described with that head. Two more readings live here because
// they resolve the same kind of description: a sentence-opening "The
// Espoo group" with a city no descriptor gave (cityCompany) and "the
// <Name>-led HEAD" (ledRef).

// descEntry is one descriptor the text gave an entity.
type descEntry struct {
	slug string
	head string   // normalised head noun, "" for a place alone
	mods []string // modifier keys ("non-profit", "research", "chicago")
	sent int      // the sentence that gave it (x.sentIdx)
}

// descSynonyms normalise head nouns that news uses for one another.
var descSynonyms = map[string]string{
	"laboratory": "lab", "startup": "start-up", "chip-maker": "chipmaker", "organization": "organisation",
	"program": "programme",
}

// descGeneric are heads every company fits: they name one only through a
// modifier ("the Heidelberg firm").
var descGeneric = map[string]bool{
	"company": true, "firm": true, "group": true, "business": true, "outfit": true, "concern": true,
	"organisation": true, "entity": true,
}

// descSkipHeads are nouns that describe a relation or a rank rather than
// what an organisation is ("X, a member of", "X, the largest shareholder"),
// and group nouns the group machinery reads (coref.go).
var descSkipHeads = map[string]bool{
	"member": true, "partner": true, "shareholder": true, "investor": true, "backer": true, "founder": true,
	"owner": true, "parent": true, "one": true, "first": true, "rest": true, "part": true, "home": true,
	"largest": true, "biggest": true, "latter": true, "former": true, "same": true, "other": true,
	"customer": true, "client": true, "supplier": true, "rival": true, "competitor": true, "peer": true,
	"sponsor": true, "signatory": true, "name": true, "brand": true, "deal": true, "stake": true,
	"alliance": true, "body": true, "consortium": true, "coalition": true, "bloc": true, "initiative": true,
	"forum": true, "project": true, "association": true, "partnership": true, "collective": true,
	"foundation": true, "community": true, "council": true, "federation": true, "venture": true, "jv": true,
	"programme": true, "time": true, "year": true, "way": true,
}

// descIgnoredMods are modifiers a back-reference may add without saying
// which entity it means.
var descIgnoredMods = map[string]bool{"new": true, "same": true, "latter": true, "former": true}

// descHead normalises a head noun key.
func descHead(k string) string {
	if s, ok := descSynonyms[k]; ok {
		return s
	}
	return k
}

// descPlural is the singular head of a plural key ("start-ups", "labs"),
// or "".
func descPlural(k string) string {
	l := nounLemma(k)
	if l == k {
		return ""
	}
	return descHead(l)
}

// descRun reads a descriptor's words from toks[j]: modifiers and a head
// noun, up to a preposition, relative pronoun, verb, punctuation mark or
// name. It returns the head index (or -1) and where the run ends. A
// capitalised word is a modifier only when isName says it is no name
// (a place, a nationality).
func descRun(ts []tagged, j int, isName func(int) bool) (head, end int) {
	head = -1
	k := j
	for ; k < len(ts) && k < j+7; k++ {
		t := ts[k]
		if !t.Word || isName(k) {
			break
		}
		if t.Key == "-based" || t.Key == "-headquartered" {
			continue
		}
		if t.Upper && k > j && !ts[k-1].Upper && ts[k-1].Key != "-based" {
			break // "the carrier Telus": a name after the head
		}
		nounNext := k+1 < len(ts) && ts[k+1].Word && !ts[k+1].Upper && ts[k+1].Pos == posNoun
		switch {
		case t.Pos == posNoun && !t.Upper:
			head = k
		case t.Pos == posAdj, t.Pos == posPropn, t.Pos == posNum, t.Upper && t.Pos == posNoun:
		case t.Pos == posVerb && (t.Form == formBase || t.Form == formIng && k == j) && nounNext:
			// "a ride-hailing company", "a research lab"; "the start-ups
			// count" ends at the verb
		default:
			return head, k
		}
		if t.Poss {
			return head, k + 1
		}
	}
	return head, k
}

// descMods are the modifier keys of toks[from:head].
func descMods(ts []tagged, from, head int) []string {
	var mods []string
	for k := from; k < head; k++ {
		if k+1 < len(ts) && ts[k+1].Key == "-listed" {
			continue // "the London-listed group": an exchange, no place
		}
		if key := ts[k].Key; ts[k].Word && !strings.HasPrefix(key, "-") && !descIgnoredMods[key] {
			mods = append(mods, key)
		}
	}
	return mods
}

// noteDescriptors records the descriptors a sentence gives its names.
func (x *extractor) noteDescriptors(toks []token, ms []mention) {
	var ts []tagged
	inName := make([]bool, len(toks))
	countryAt := make([]bool, len(toks)) // "the South Korean designer": a country word is a modifier
	unknownAt := make([]bool, len(toks)) // "Heidelberg's": a name the register does not know
	for _, m := range ms {
		if m.Coref {
			continue
		}
		for k, t := range toks {
			if t.Start >= m.Start && t.End <= m.End {
				inName[k] = true
				countryAt[k] = m.Kind == 'N'
				unknownAt[k] = m.Kind == 'U' && m.Slug == "" || m.Kind == 'X'
			}
		}
	}
	isName := func(k int) bool { return inName[k] && !countryAt[k] && !unknownAt[k] }
	add := func(slug, head string, mods []string) {
		if descGeneric[head] && len(mods) == 0 {
			return // "the company TIM set up": a generic head alone tells nothing
		}
		x.descs = append(x.descs, descEntry{slug: slug, head: head, mods: mods, sent: x.sentIdx})
		x.noteKind(slug, "", head) // coref_kind_article.go
	}
	for mi, m := range ms {
		if m.Coref || m.Slug == "" || m.Kind != 'C' && m.Kind != 'V' && m.Kind != 'A' {
			continue
		}
		a, b := -1, -1 // the name's tokens
		for k, t := range toks {
			if t.Start == m.Start {
				a = k
			}
			if a >= 0 && t.End <= m.End {
				b = k + 1
			}
		}
		if a < 0 {
			continue
		}
		if ts == nil {
			ts = x.tags(toks)
		}
		if m.Kind == 'A' && a > 0 {
			x.noteGroupDescBefore(m.Slug, toks, a) // "a new industry initiative, Open Telco AI," (coref_group_desc.go)
		}
		if a > 0 && (!inName[a-1] || unknownAt[a-1] && toks[a-1].Poss) {
			if place := descPlace(toks, a, inName, unknownAt); place != nil {
				add(m.Slug, "", place) // "Espoo-based Nokia", "Heidelberg's Aleph Alpha"
			} else if h, mods, _, ok := descBefore(ts, a-1, inName, countryAt); ok {
				add(m.Slug, h, mods) // "AI chip start-up Rebellions"
			} else if toks[a-1].Text == "," && a >= 2 && descClosed(toks, b, inName) {
				// "Telefonica's new infrastructure unit, Telxius, ...", "a
				// new wholesaler, X,"; not a fronted phrase ("Under the
				// partnership agreement, X will ...")
				if h, mods, from, ok := descBefore(ts, a-2, inName, countryAt); ok && descOwnedNP(ts, from) {
					add(m.Slug, h, mods)
				}
			}
		}
		// "X, based in Espoo,", "X, which is headquartered in Espoo",
		// "X (Espoo)"
		if c := descBasedIn(toks, b); c != "" {
			add(m.Slug, "", []string{c})
		} else if b+2 < len(toks) && toks[b].Text == "(" && toks[b+2].Text == ")" && cities[toks[b+1].Key] != "" {
			add(m.Slug, "", []string{toks[b+1].Key})
		}
		// "X, the/a [mods] HEAD ..." and, opening a sentence, "X is a HEAD".
		j := b
		if j+1 < len(toks) && toks[j].Text == "," && !m.Poss {
			j++
		} else if j+1 < len(toks) && mi == 0 && a <= 1 && (toks[j].Key == "is" || toks[j].Key == "was") {
			j++
		} else {
			continue
		}
		d := toks[j].Key
		if d != "the" && d != "a" && d != "an" {
			// "SK Telecom, South Korea's largest carrier": a possessive
			// in the determiner's place
			if p := descPossEnd(toks, j, inName, b); p > j && toks[j-1].Text == "," {
				j = p - 1
			} else {
				continue
			}
		}
		h, end := descRun(ts, j+1, isName)
		if h < 0 || h != end-1 || toks[h].Poss || descPlural(toks[h].Key) != "" || !descWord(toks[h].Key) {
			continue
		}
		x.noteGroupDesc(m.Slug, descHead(toks[h].Key), toks, end) // "X, an open-source project hosted by" (coref_group_desc.go)
		if end < len(toks) && toks[end].Word && !descAfterHead[toks[end].Key] {
			continue // "X, the company said"
		}
		head := descHead(toks[h].Key)
		if descSkipHeads[head] || titleWords[head] {
			continue
		}
		mods := descMods(ts, j+1, h)
		// "an AI infrastructure company based in Amsterdam"
		if end+2 < len(toks) && (toks[end].Key == "based" || toks[end].Key == "headquartered") && toks[end+1].Key == "in" && toks[end+2].Upper {
			mods = append(mods, toks[end+2].Key)
		}
		add(m.Slug, head, mods)
	}
}

// descPossEnd is the index after a possessive name that opens toks[j:]
// ("South Korea's", "Reliance's"), or -1; name tokens only, at most
// three, not the described name's own (its tokens end before b).
func descPossEnd(toks []token, j int, inName []bool, b int) int {
	for k := j; k < len(toks) && k < j+3 && j >= b; k++ {
		if !toks[k].Word || !toks[k].Upper || !inName[k] && cities[toks[k].Key] == "" {
			return -1
		}
		if toks[k].Poss {
			return k + 1
		}
	}
	return -1
}

// descBasedIn is the city of "X, based in <city>" or "X, which is
// headquartered in <city>" after a name ending before toks[b], or "".
func descBasedIn(toks []token, b int) string {
	k := b
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k+1 < len(toks) && toks[k].Key == "which" && (toks[k+1].Key == "is" || toks[k+1].Key == "was") {
		k += 2
	}
	if k+2 < len(toks) && (toks[k].Key == "based" || toks[k].Key == "headquartered") && toks[k+1].Key == "in" && cities[toks[k+2].Key] != "" {
		return toks[k+2].Key
	}
	return ""
}

// descPlace reads a place set before the name at toks[a]: "Espoo-based
// X" or a city's or an unknown name's possessive ("Heidelberg's X").
func descPlace(toks []token, a int, inName, unknownAt []bool) []string {
	k := a - 1
	if k >= 1 && (toks[k].Key == "-based" || toks[k].Key == "-headquartered") && toks[k-1].Upper {
		return []string{toks[k-1].Key}
	}
	if toks[k].Poss && toks[k].Upper && (k == 0 || !toks[k-1].Upper) && (unknownAt[k] || !inName[k] && cities[toks[k].Key] != "") {
		return []string{toks[k].Key}
	}
	return nil
}

// descBefore reads a premodifying descriptor whose head noun is ts[k]:
// "[modifiers] HEAD" after a determiner, preposition, conjunction, verb,
// possessive or punctuation mark. A head that is no organisation noun
// needs a modifier ("social network Facebook"; "the market X is
// attacking" describes nothing).
func descBefore(ts []tagged, k int, inName, countryAt []bool) (string, []string, int, bool) {
	if k < 0 || !descPremod(ts, k) || inName[k] {
		return "", nil, 0, false
	}
	from := k
	for from > 0 && from > k-5 {
		p := from - 1
		if ts[p].Key == "-based" && p >= 1 && ts[p-1].Upper {
			from = p - 1
			continue
		}
		if !ts[p].Word || ts[p].Poss || inName[p] && !countryAt[p] || !descModifier(ts[p]) {
			break
		}
		from = p
	}
	if from > 0 && ts[from-1].Word && !ts[from-1].Poss && !descOpens(ts[from-1]) {
		return "", nil, 0, false
	}
	h := descHead(ts[k].Key)
	mods := descMods(ts, from, k)
	if len(mods) == 0 && !descOrgHead(h) {
		return "", nil, 0, false
	}
	return h, mods, from, true
}

// descOwnedNP reports whether the noun phrase whose words open at ts[from]
// is one a name may follow in apposition: after a possessive ("its",
// "Telefonica's") or "a"/"an", not inside a fronted prepositional phrase.
func descOwnedNP(ts []tagged, from int) bool {
	if from == 0 {
		return false
	}
	d := ts[from-1]
	if !(d.Poss || d.Key == "its" || d.Key == "their" || d.Key == "a" || d.Key == "an") {
		return false
	}
	for k := from - 2; k >= 0 && k >= from-4; k-- {
		if ts[k].Pos == posAdp {
			// inside the clause ("will own 54% of a new wholesaler, X,")
			// after a verb, not fronted before it
			return tagVerbBefore(ts, k)
		}
		if !ts[k].Word || ts[k].Pos == posVerb {
			break
		}
	}
	return true
}

// tagVerbBefore reports whether a verb comes before ts[k].
func tagVerbBefore(ts []tagged, k int) bool {
	for q := range k {
		if ts[q].Pos == posVerb {
			return true
		}
	}
	return false
}

// descClosed reports whether the name ending before toks[b] closes an
// apposition: a comma, full stop or bracket after it and no other name
// listed next.
func descClosed(toks []token, b int, inName []bool) bool {
	if b >= len(toks) {
		return true
	}
	t := toks[b].Text
	if t != "," && t != "." && t != ";" && t != ")" {
		return false
	}
	return !(t == "," && b+1 < len(toks) && inName[b+1])
}

// descWord reports whether k is a word a descriptor may have as its head:
// letters, not a question word or comparative.
func descWord(k string) bool {
	if len(k) < 3 || descNotHeads[k] || strings.HasSuffix(k, "est") {
		return false
	}
	for _, r := range k {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// descNotHeads are words the tagger may take for nouns that head no
// descriptor.
var descNotHeads = map[string]bool{
	"how": true, "why": true, "what": true, "where": true, "out": true, "off": true, "smaller": true,
	"newer": true, "older": true, "larger": true, "bigger": true, "worldwide": true, "include": true,
	"includes": true, "welcome": true,
}

// descOrgHead reports whether a head noun names an organisation by
// itself, so that a bare "the HEAD" may refer back by it: the company
// nouns, agent nouns ("designer", "operator") and a few others.
func descOrgHead(h string) bool {
	if companyNouns[h] || orgNouns[h] || descOrgNouns[h] {
		return true
	}
	return len(h) > 5 && (strings.HasSuffix(h, "er") || strings.HasSuffix(h, "or") || strings.HasSuffix(h, "ist"))
}

// descOrgNouns are organisation nouns beside the company nouns.
var descOrgNouns = map[string]bool{
	"lab": true, "start-up": true, "arm": true, "bank": true, "conglomerate": true, "consultancy": true,
	"institute": true, "university": true, "agency": true, "regulator": true, "chain": true, "retailer": true,
	"broadcaster": true, "insurer": true, "utility": true, "multinational": true, "non-profit": true, "nonprofit": true,
}

// descPremod reports whether ts[k], right before a name, is a head noun
// that describes it ("chipmaker Nvidia", "venture firm IVP").
func descPremod(ts []tagged, k int) bool {
	t := ts[k]
	h := descHead(t.Key)
	return t.Word && !t.Upper && !t.Poss && t.Pos == posNoun && descWord(t.Key) &&
		descPlural(t.Key) == "" && !descSkipHeads[h] && !titleWords[h] && !descEventNouns[h]
}

// descModifier reports whether ts[p] may modify a premodifying head.
func descModifier(t tagged) bool {
	return t.Pos == posNoun || t.Pos == posAdj || t.Pos == posPropn || t.Pos == posVerb && (t.Form == formBase || t.Form == formIng)
}

// descOpens reports whether t may come before a premodifier's words: a
// determiner, preposition, conjunction or verb.
func descOpens(t tagged) bool {
	switch t.Pos {
	case posDet, posAdp, posCconj, posSconj, posVerb, posAux, posPart, posPron:
		return true
	}
	return false
}

// descEventNouns are nouns that may stand before a name without
// describing it ("at launch Nokia", "in 2023 year").
var descEventNouns = map[string]bool{
	"launch": true, "event": true, "meeting": true, "week": true, "month": true, "today": true, "round": true,
	"statement": true, "report": true, "release": true, "interview": true, "ceremony": true, "conference": true,
	"chief": true, "executive": true, "ceo": true, "officer": true, "director": true, "head": true, "boss": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "analyst": true, "veteran": true,
}

// descAfterHead are the words that may follow a descriptor's head.
var descAfterHead = map[string]bool{
	"of": true, "in": true, "at": true, "for": true, "with": true, "behind": true, "that": true, "which": true,
	"who": true, "whose": true, "based": true, "headquartered": true, "founded": true, "set": true, "owned": true,
	"controlled": true, "backed": true, "led": true, "from": true, "on": true, "and": true, "to": true, "by": true,
	"since": true, "created": true, "formed": true, "launched": true, "known": true, "focused": true, "specialising": true,
	"specializing": true, "building": true, "making": true, "selling": true, "developing": true, "running": true,
}

// descriptorRef resolves "the [modifiers] HEAD" (or "both HEADs", "the two
// HEADs") at toks[i] against the descriptors the article gave. ok reports
// a resolution; stop reports that the description is one the memory knows
// but cannot decide, which must then resolve to nothing.
func (x *extractor) descriptorRef(toks []token, i int, covered []bool) (m mention, n int, ok, stop bool) {
	k0 := toks[i].Key
	if k0 != "the" && k0 != "both" || i+1 >= len(toks) || !toks[i+1].Word {
		return
	}
	if covered[i+1] {
		if k0 == "the" && i+2 < len(toks) && (toks[i+2].Key == "-led" || covered[i+2] && i+3 < len(toks) && toks[i+3].Key == "-led") {
			if m, n, ok := x.ledRef(x.tags(toks), i, covered); ok {
				return m, n, true, false
			}
		}
		return
	}
	if i >= 2 && toks[i-1].Text == "," && covered[i-2] && k0 == "the" {
		return // "Kyutai, the lab": the name's own apposition
	}
	isName := func(k int) bool { return covered[k] }
	ts := x.tags(toks)
	from := i + 1
	count := 0
	if k0 == "both" {
		count = 2
	} else if from < len(toks) && (toks[from].Key == "two") {
		count, from = 2, from+1
	}
	h, end := descRun(ts, from, isName)
	if h < 0 || h != end-1 && !toks[h].Poss {
		return
	}
	if end < len(toks) && (toks[end].Key == "that" || toks[end].Key == "who") && !toks[h].Poss {
		return // "The operator that ... first will set the price": any operator
	}
	key := toks[h].Key
	head := descHead(key)
	if nameFollows(toks, h, covered) {
		// "the chipmaker Nvidia": the name's own descriptor, no
		// back-reference to another chipmaker the article described
		return mention{}, 0, false, x.descKnown(head)
	}
	if count > 0 {
		if head = descPlural(key); head == "" {
			return
		}
	} else if descPlural(key) != "" && !toks[h].Poss {
		return
	}
	if descSkipHeads[head] && !(head == "group" || descGeneric[head]) || titleWords[head] {
		return
	}
	mods := descMods(ts, from, h)
	generic := descGeneric[head]
	if generic && len(mods) == 0 || count > 0 && len(mods) > 0 || len(mods) == 0 && !descOrgHead(head) {
		return // "the company" is coref.go's; "the network" needs its modifiers
	}
	exclude := x.laterNames(toks, i)
	fits := x.descFits(head, mods, exclude)
	n = h - i + 1
	last := toks[h]
	m = mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true}
	if count == 0 && len(fits) > 0 && x.beforeSection(fits) {
		// "- Anthropic. SKT put $100 million into the maker of the Claude
		// models" after "SGH, the US maker of AI data-centre systems" in
		// an earlier item: within an item, its heading's company before a
		// company described before the item began (coref_section_desc.go)
		if s := x.sectionDesc(head, tokKeys(toks[i+1:h]), exclude, toks[i].Start); s != "" && !slices.Contains(fits, s) {
			m.Kind, m.Slug = x.kindFor(s), s
			return m, n, true, false
		}
	}
	switch {
	case count == 2 && len(fits) >= 2:
		m.Kind, m.Group = 'G', []string{fits[len(fits)-2], fits[len(fits)-1]}
		return m, n, true, false
	case count == 0 && len(fits) == 1:
		m.Kind, m.Slug = x.kindFor(fits[0]), fits[0]
		return m, n, true, false
	case len(fits) > 1 && !generic && !companyNouns[head]:
		return mention{}, 0, false, true // two labs: neither
	case len(fits) == 0 && count == 0 && x.sectionDesc(head, tokKeys(toks[i+1:h]), exclude, toks[i].Start) != "":
		// "2. Perplexity\nA few weeks earlier the answer-engine start-up
		// took $10 million": the item's company (coref_section_desc.go)
		s := x.sectionDesc(head, tokKeys(toks[i+1:h]), exclude, toks[i].Start)
		m.Kind, m.Slug = x.kindFor(s), s
		return m, n, true, false
	case len(fits) == 0 && count == 0 && i == 0 && (generic || companyNouns[head]):
		// "The Espoo group ..." opening a sentence: a city no descriptor
		// gave is its country, read as "The Finnish group" is (no
		// headquarters fact: a city alone states none, hq_city.go).
		// Inside a sentence "the Paris-based company" is left to
		// coref.go's reading by clause.
		if s := x.cityCompany(toks, i, h, mods, exclude); s != "" {
			m.Kind, m.Slug = x.kindFor(s), s
			return m, n, true, false
		}
	}
	return mention{}, 0, false, false
}

// descFits are the entities described with head (any company for a
// generic head) whose modifiers include mods, most recently described
// last, leaving out exclude.
func (x *extractor) descFits(head string, mods []string, exclude map[string]bool) []string {
	var fits []string
	for _, e := range x.descs {
		var have []string
		switch {
		case descGeneric[head]:
			// any company, by all the modifiers it was given
			if t := x.typeOf(e.slug); t != schema.TypeCompany && t != schema.TypeJointVenture {
				continue
			}
			have = x.descMods(e.slug, "")
		case e.head != head:
			continue
		default:
			have = append(x.descMods(e.slug, head), e.mods...)
		}
		if exclude[e.slug] || !descModsFit(mods, have) {
			continue
		}
		fits = slices.DeleteFunc(fits, func(s string) bool { return s == e.slug })
		fits = append(fits, e.slug)
	}
	return fits
}

// cityCompany resolves a company description whose modifiers hold one
// known city through the city's country (nationalCompany), or "".
func (x *extractor) cityCompany(toks []token, i, h int, mods []string, exclude map[string]bool) string {
	country := ""
	for _, md := range mods {
		if c := cities[md]; c != "" {
			if country != "" && c != country {
				return ""
			}
			country = c
		}
	}
	if country == "" {
		return ""
	}
	// A company the text placed elsewhere is not the one meant
	// ("Tencent, based in Shenzhen" is no "Beijing carrier").
	ex := map[string]bool{}
	for s := range exclude {
		ex[s] = true
	}
	for _, e := range x.descs {
		for _, md := range e.mods {
			if e.head == "" && !slices.Contains(mods, md) {
				ex[e.slug] = true
			}
		}
	}
	saved := x.descExclude
	x.descExclude = ex
	defer func() { x.descExclude = saved }()
	reporting := h+1 < len(toks) && reportingVerbs[toks[h+1].Key]
	return x.nationalCompany(country, reporting, i == 0, toks[h].Poss)
}

// descKnown reports whether some name was described with head.
func (x *extractor) descKnown(head string) bool {
	for _, e := range x.descs {
		if e.head == head {
			return true
		}
	}
	return false
}

// descMods are the modifiers the article gave slug: with head "" all of
// them, else the places alone (a place is said of the whole entity).
func (x *extractor) descMods(slug, head string) []string {
	var out []string
	for _, e := range x.descs {
		if e.slug == slug && (head == "" || e.head == "") {
			out = append(out, e.mods...)
		}
	}
	return out
}

// descModsFit reports whether every modifier of a back-reference is one
// the entity was given.
func descModsFit(want, have []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// tags are the tags of a sentence's tokens, tagged once for the
// descriptions, the descriptors and the clause reader (clause.go).
func (x *extractor) tags(toks []token) []tagged {
	if len(toks) == 0 {
		return nil
	}
	if len(x.descTags) != len(toks) || &x.descTagsOf[0] != &toks[0] {
		x.descTags, x.descTagsOf = tagSentence(toks), toks
	}
	return x.descTags
}

// descGroupNouns head descriptions of a group beside the group nouns
// ("the Facebook-led effort", "the DOCOMO-led ecosystem").
var descGroupNouns = map[string]bool{"effort": true, "ecosystem": true, "club": true, "grouping": true, "umbrella": true}

// ledRef resolves "the <Name>-led [modifiers] HEAD" at toks[i]: what the
// name leads, never the name itself. A group noun is the group in reach
// (groupRef, as "the initiative" is); another head is the one entity the
// article described with it, else, for a company noun, the one joint
// venture named in the last three sentences ("the IHS-led company").
// The mention covers the head alone, so that the leader stays a name of
// its own ("the X-led Y" states ledBy).
func (x *extractor) ledRef(ts []tagged, i int, covered []bool) (mention, int, bool) {
	p := i + 1
	for p < len(ts) && covered[p] && ts[p].Word {
		p++
	}
	if p == i+1 || p+1 >= len(ts) || ts[p].Key != "-led" || covered[p+1] {
		return mention{}, 0, false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ts[k].Word && namingVerbRE.MatchString(ts[k].Key+" ") {
			return mention{}, 0, false // "Critics call it the IBM-led alliance": a label (lead_naming.go)
		}
	}
	leader := ""
	for _, m := range x.curMs {
		if m.Start == ts[i+1].Start && !m.Coref {
			leader = m.Slug
		}
	}
	h, end := descRun(ts, p+1, func(k int) bool { return covered[k] })
	if leader == "" || h < 0 || h != end-1 && !ts[h].Poss || nameFollows(x.descTagsOf, h, covered) {
		return mention{}, 0, false
	}
	head := descHead(ts[h].Key)
	s := ""
	switch {
	case groupHeads[head] || refHeads[head] || descGroupNouns[head]:
		if head == "group" {
			return mention{}, 0, false // "the SoftBank-led group" may be a company's
		}
		if s = x.groupRef(head, i == 0); s == leader || s == "" {
			s = x.groupBesides(leader, false)
		}
		if s == "" {
			s = x.groupBesides(leader, true) // the article's one group ("GSMA Open Gateway" in the headline)
		}
	default:
		var fits []string
		for _, e := range x.descs {
			if e.head == head && e.slug != leader && !slices.Contains(fits, e.slug) {
				fits = append(fits, e.slug)
			}
		}
		switch {
		case len(fits) == 1:
			s = fits[0]
		case len(fits) == 0 && (companyNouns[head] || descGeneric[head]):
			s = x.recentVenture(leader)
		}
	}
	if s == "" || s == leader {
		return mention{}, 0, false
	}
	last := ts[h]
	m := mention{Start: ts[p+1].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true, Kind: x.kindFor(s), Slug: s}
	return m, h - i + 1, true
}

// groupBesides is the one group other than not that groupRef would
// consider (named in the last three sentences or the paragraph, or in
// this sentence), or with all the one the article has named, or "": "The
// GSMA-led initiative" is not the GSMA.
func (x *extractor) groupBesides(not string, all bool) string {
	return x.onlyOne(x.curGroups, func(last int) bool { return all || x.sentIdx-last <= groupWindow || last >= x.paraStart }, func(s string) (string, bool) {
		if b := x.placeholder[s]; b != "" {
			s = b
		}
		return s, s != not && x.typeOf(s) == schema.TypeAlliance
	})
}

// onlyOne is the one entity that fits among those last seen in reach
// (inReach of the sentence index where each was last seen) and cur, the
// current sentence's; "" when none or several do. fits maps an entity to
// the one it stands for (a placeholder's bound group) and says whether
// that one fits.
func (x *extractor) onlyOne(cur []string, inReach func(last int) bool, fits func(s string) (string, bool)) string {
	found := ""
	see := func(s string) bool {
		s, ok := fits(s)
		if !ok || s == found {
			return true
		}
		if found != "" {
			return false
		}
		found = s
		return true
	}
	for s, last := range x.lastSeen {
		if inReach(last) && !see(s) {
			return ""
		}
	}
	for _, s := range cur {
		if !see(s) {
			return ""
		}
	}
	return found
}

// ledVentureRule states "the IHS-led company" once ledRef has made the
// company the joint venture it stands for (relations.go's "the X-led Y"
// reads alliances only).
var ledVentureRule = rule{name: "the X-led venture", keys: []string{"-led"}, re: rx(rOrg + `-led (?:[\w-]+ ){0,3}?(<V\d+>)`), fn: func(x *extractor, s *sent, m []string) {
	x.binary(s, schema.RelLedBy, m[2], m[1], "", 0.8)
}}

func init() { rules = append(rules, ledVentureRule) }

// recentVenture is the one joint venture named in the last three
// sentences other than not, or "".
func (x *extractor) recentVenture(not string) string {
	found := ""
	for s, last := range x.lastSeen {
		if s == not || x.sentIdx-last > 3 || x.typeOf(s) != schema.TypeJointVenture {
			continue
		}
		if found != "" {
			return ""
		}
		found = s
	}
	return found
}
