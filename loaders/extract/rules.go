package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// sent is one sentence while its rules run.
type sent struct {
	text  string
	ms    []mention
	lists [][]int // mention indexes of coordinated lists
	flat  string  // the sentence with every mention replaced by <Kn>
	sk    string  // flat, with each list of two or more replaced by <Ln>
	dates []dateExpr
}

// arg is one argument a rule found: an entity, or an unknown name to be
// discovered with the type the rule gives it.
type arg struct {
	m    *mention
	slug string
	text string
}

// listGapRE is what may stand between two items of a coordinated list: a
// separator ("and", "or", "as well as": round 43), then a few descriptive
// words ("operators", "the", "NAT's").
var listGapRE = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+|&\s+|or\s+|as well as\s+)?|and\s+|&\s+|or\s+|as well as\s+|;\s*(?:and\s+)?)((?:[\w'’.-]+\s+){0,5})$`)

// leadRoleRE is a list item's role in brackets after its name.
var leadRoleRE = regexp.MustCompile(`^ \((?:co-)?lead(?: investor| backer)?(?: (?:in|of|on) [^()]{1,50})?\)`)

// shareTailRE is a list item's share after its name: ", with 25
// percent", ", which holds 62.5 percent", ", with a 10% stake".
var shareTailRE = regexp.MustCompile(`^,\s*(?:with|which holds|which owns|holding|owning)\s+(?:an? |about |roughly |some |around )*\d+(?:\.\d+)?\s*(?:%|(?:percent|per cent)\b)(?: stake\b)?`) // (a "%" ends no word: no \b after it, round 40)

// bulletGapRE is the gap between two items of a bulleted list: the end
// of a line (maybe a description after a comma, colon, dash or
// parenthesis) and the next line's bullet.
var bulletGapRE = regexp.MustCompile(`^(?:[.,;]?|(?:\s?[,:(]| [-–—] )[^\n]*)[ \t]*\n\s*(?:[-*•–—·]|\d{1,2}[.)])\s+$`)

// listStop are words that cannot describe a list item, so they break a list.
var listStop = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"said": true, "says": true, "say": true, "told": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "by": true, "from": true, "into": true, "as": true, "of": true, "which": true,
	"who": true, "that": true, "where": true, "when": true, "while": true, "it": true, "its": true, "their": true,
	"his": true, "her": true, "they": true, "he": true, "she": true, "we": true, "also": true, "not": true,
	"but": true, "or": true, "than": true, "then": true, "so": true, "because": true, "after": true,
	"before": true, "since": true, "until": true, "both": true, "all": true, "including": true, "like": true,
	"among": true, "between": true, "together": true, "along": true, "alongside": true, "plus": true,
	"via": true, "and": true, "signed": true, "joined": true, "launched": true, "invested": true, "put": true,
	"called": true, "named": true, "dubbed": true, "known": true, "today": true, "announced": true,
	"unveiled": true, "agreed": true, "now": true, "owns": true, "own": true, "whose": true,
	"include": true, "includes": true, "comprise": true, "comprises": true, "such": true,
	// verbs of running: "P, CEO of A, chairs B's board" (roles_poss_unit_test.go)
	"chairs": true, "chaired": true, "leads": true, "led": true, "runs": true, "ran": true,
	"heads": true, "headed": true, "succeeded": true, "replaced": true,
	// verbs of taking a post or a company: "P, formerly a president at A,
	// became B's chief executive" (round 41, dev26)
	"became": true, "becomes": true, "become": true, "remains": true, "remained": true,
	"took": true, "takes": true, "bought": true, "buys": true, "sold": true, "sells": true,
}

// countCueRE finds a count before a list: "seven AI startups –".
var countCueRE = regexp.MustCompile(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:new )?(?:[\w-]+ ){0,3}(?:startups|companies|members|partners|firms|operators|peers|carriers|vendors|parties|telcos|players)\s*[-–—:,]?\s*(?:including\s+|namely\s+)?$`)

// prepare finds lists, discovers organisations from their context, and
// builds the skeletons the rules match.
func (x *extractor) prepare(s *sent) {
	ms := s.ms
	// Coordinated lists.
	var cur []int
	flush := func() {
		for _, l := range x.splitClauses(s, cur) {
			if len(l) > 1 {
				s.lists = append(s.lists, l)
			}
		}
		cur = nil
	}
	prev := -1
	for i := range ms {
		if !isOrgKind(ms[i].Kind) || ms[i].Kind == 'G' {
			continue
		}
		if modifierSuffix(s.text[ms[i].End:]) {
			continue // "Acme-backed": a modifier of the next name, not a list item
		}
		if possessorOnly(s, ms, cur, prev, i) { // list_possessor.go
			cur[len(cur)-1], prev = i, i
			continue
		}
		if prev >= 0 && ms[prev].PossEnd <= ms[i].Start && x.gapJoins(s, prev, i) && !semicolonAfterClosed(s, cur, i) && !frontedPrepEnds(s, cur, i) {
			cur = append(cur, i)
		} else {
			flush()
			cur = []int{i}
		}
		prev = i
	}
	flush()
	// Count check and discovery from lists.
	for li, l := range s.lists {
		before := s.text[:ms[l[0]].Start]
		want := 0
		if m := countCueRE.FindStringSubmatch(before); m != nil {
			want = numberWords[strings.ToLower(m[1])]
			if n, err := strconv.Atoi(m[1]); err == nil {
				want = n
			}
		}
		if want > 0 && len(l) != want {
			var kept []int
			for _, i := range l {
				if ms[i].Kind != 'U' || ms[i].Cue != "" {
					kept = append(kept, i)
				}
			}
			if len(kept) == want {
				for _, i := range l {
					if !slices.Contains(kept, i) {
						ms[i].Kind = 'X' // not an item after all: "GPU and AI ... operator Lablup"
					}
				}
				l = kept
				s.lists[li] = l
			}
		}
		known := false
		for _, i := range l {
			if ms[i].Kind != 'U' {
				known = true
			}
		}
		for _, i := range l {
			if ms[i].Kind != 'U' {
				continue
			}
			switch {
			case ms[i].Cue != "":
			case gluedToName(s.text, ms, i): // list_glued.go
			case known:
				ms[i].Cue = "listed with known organisations"
			case want == len(l):
				ms[i].Cue = "item of a list of " + strconv.Itoa(want)
			}
		}
	}
	// Unknown names with a cue are organisations now.
	for i := range ms {
		if ms[i].Kind == 'U' && ms[i].Cue != "" {
			x.discover(&ms[i], "")
		}
	}
	s.flat, s.sk = x.skeletons(s)
}

// gapJoins reports whether the text between mentions a and b joins them
// in one list.
func (x *extractor) gapJoins(s *sent, a, b int) bool {
	gap := s.text[s.ms[a].PossEnd:s.ms[b].Start]
	// "Backers: A (lead), B, C", "A (lead investor in the Series B), B and
	// C": an item's role in brackets (round 26)
	if loc := leadRoleRE.FindStringIndex(gap); loc != nil {
		gap = gap[loc[1]:]
	}
	// "Its shareholders are A, which holds 62.5 percent, B, with 25
	// percent, and C": an item's share after a comma (round 32)
	if loc := shareTailRE.FindStringIndex(gap); loc != nil {
		gap = gap[loc[1]:]
	}
	// A country inside the gap is a descriptor ("and the United Arab
	// Emirates' e&"), and so is a name with a modifier ending ("and
	// Amazon-backed Anthropic").
	for k := a + 1; k < b; k++ {
		m := s.ms[k]
		rest := s.text[m.End:]
		switch {
		case m.Kind == 'N':
			gap = strings.Replace(gap, s.text[m.Start:m.PossEnd], "NAT ", 1)
		case isOrgKind(m.Kind) && modifierSuffix(rest):
			end := m.End + strings.IndexAny(rest, " \t")
			if end < m.End {
				end = len(s.text)
			}
			gap = strings.Replace(gap, s.text[m.Start:end], "NAT", 1)
		default:
			return false
		}
	}
	gap = strings.Replace(gap, "the NAT", "NAT", 1) // "B, the United Arab Emirates' e& and C": the article is the country's (round 34)
	if unitGap(s, a, b, gap) {
		return true // "A, its Global Infrastructure Partners unit, B and C" (list_unit_gap.go)
	}
	if bulletGapRE.MatchString(gap) {
		return !s.ms[a].Coref && !s.ms[b].Coref && !leadInName(s, a, gap)
	}
	if frontedPlace(s, a, gap) {
		return false // "At Vodafone Idea, the Government of India became": invest_fronted.go
	}
	gap = descGap(gap)                  // list_desc_gap.go
	gap = repeatedPrepGap(s, a, b, gap) // "invested in A and in B" (list_repeated_prep.go)
	g := listGapRE.FindStringSubmatch(gap)
	if g == nil || s.ms[a].Coref && s.ms[a].Kind != 'G' && !pronounOpensList(s, a, b, gap) || s.ms[b].Coref {
		return false
	}
	if possDescAppos(s, a, b, gap) {
		return false // "Nokia, Ericsson's Finnish rival, ...": list_poss_appos.go
	}
	// ", the X" and ", an X-led group" are appositions, not list items;
	// "and the X" is an item.
	conj := strings.Contains(gap, "and ") || strings.Contains(gap, "&") || strings.Contains(gap, "or ")
	for _, w := range strings.Fields(g[1]) {
		lw := strings.ToLower(w)
		if listStop[lw] || lw == "a" || lw == "an" || (lw == "the" && !conj) {
			return false
		}
		if len(lw) > 4 && strings.HasSuffix(lw, "ed") && !strings.Contains(lw, "-") {
			return false // a verb: "... the Linux Foundation, today announced Project Sylva"
		}
		if gapParticiples[lw] {
			return false // "put $40 million into A, joining B and C" (list_participle_gap.go)
		}
		if w != strings.ToLower(w) && w != "NAT" && !(len(w) <= 4 && strings.ToUpper(w) == w) && lw != "the" {
			return false
		}
	}
	return true
}

// splitClauses splits a run of list items where two coordinations meet
// after a single item: in "A, and B and C" the ", and" joins clauses, so
// the lists are [A] and [B, C]. "A, B and C, and D and E" stays one list
// of typed sub-lists.
func (x *extractor) splitClauses(s *sent, l []int) [][]int {
	if k := contrastSplit(s, l); k > 0 {
		return append([][]int{l[:k]}, x.splitClauses(s, l[k:])...) // list_fronted.go
	}
	if k := clauseVerbSplit(s, l); k > 0 {
		return append(x.splitClauses(s, l[:k]), l[k:]) // list_verb_split.go
	}
	if k := semicolonClause(s, l); k > 0 {
		return append(x.splitClauses(s, l[:k]), x.splitClauses(s, l[k:])...) // list_clause.go
	}
	if k := commaAndClause(s, l); k > 0 {
		return append([][]int{l[:k]}, x.splitClauses(s, l[k:])...) // list_comma_and.go
	}
	ands := 0
	for k := 1; k < len(l); k++ {
		if g := s.text[s.ms[l[k-1]].PossEnd:s.ms[l[k]].Start]; strings.Contains(g, "and ") || strings.Contains(g, "&") {
			ands++
		}
	}
	if ands < 2 {
		return [][]int{l}
	}
	var out [][]int
	start := 0
	for k := 1; k < len(l); k++ {
		g := s.text[s.ms[l[k-1]].PossEnd:s.ms[l[k]].Start]
		if k-start == 1 && strings.HasPrefix(strings.TrimSpace(g), ",") && strings.Contains(g, "and ") ||
			andClosedBefore(s, l, start, k) && k == len(l)-1 && verbFollows(s, l[k]) { // list_and_closed.go
			out = append(out, l[start:k])
			start = k
		}
	}
	return append(out, l[start:])
}

// modifierSuffix reports whether rest starts with a hyphenated modifier
// ending ("-led", "-backed").
func modifierSuffix(rest string) bool {
	for _, suf := range hyphenSuffixes {
		if len(rest) >= len(suf) && strings.EqualFold(rest[:len(suf)], suf) {
			return true
		}
	}
	return false
}

// skeletons renders the sentence with mentions as markers.
func (x *extractor) skeletons(s *sent) (flat, listed string) {
	inList := make(map[int]int)
	for li, l := range s.lists {
		for _, i := range l {
			inList[i] = li
		}
	}
	var f, l strings.Builder
	pos := 0
	clean := func(t string) string {
		t = schemaFold(t)
		return markerBrackets.Replace(t)
	}
	for i, m := range s.ms {
		if m.Start < pos {
			continue
		}
		between := clean(s.text[pos:m.Start])
		f.WriteString(between)
		marker := "<" + string(m.Kind) + strconv.Itoa(i) + ">"
		if m.Poss {
			marker += "'s"
		}
		f.WriteString(marker)
		if end := x.orAlias(s, i); end > 0 {
			pos = end // "The Bharat 6G Alliance, or B6GA, was launched" (alias_or.go)
			if li, ok := inList[i]; !ok || s.lists[li][0] == i {
				l.WriteString(between)
				l.WriteString(marker)
			}
			continue
		}
		if li, ok := inList[i]; ok {
			lst := s.lists[li]
			if lst[0] == i {
				l.WriteString(between)
				l.WriteString("<L" + strconv.Itoa(li) + ">")
				if s.ms[lst[len(lst)-1]].Poss {
					l.WriteString("'s")
				}
			}
		} else {
			prevInList := false
			if i > 0 {
				_, prevInList = inList[i-1]
			}
			_ = prevInList
			if !x.insideList(s, i, inList) {
				l.WriteString(between)
				l.WriteString(marker)
			}
		}
		pos = m.PossEnd
	}
	tail := clean(s.text[pos:])
	f.WriteString(tail)
	l.WriteString(tail)
	return f.String(), l.String()
}

// insideList reports whether mention i lies between the items of a list
// (a country in "... and the United Arab Emirates' e&").
func (x *extractor) insideList(s *sent, i int, inList map[int]int) bool {
	for _, l := range s.lists {
		if l[0] < i && i < l[len(l)-1] {
			return true
		}
	}
	return false
}

// schemaFold makes apostrophes and dashes ASCII.
func schemaFold(t string) string { return schema.FoldAccents(t) }

var markerRE = regexp.MustCompile(`<([A-Z])(\d+)>`)

// args expands the markers in str into arguments.
func (x *extractor) args(s *sent, str string) []arg {
	var out []arg
	for _, m := range markerRE.FindAllStringSubmatch(str, -1) {
		i, _ := strconv.Atoi(m[2])
		switch m[1] {
		case "L":
			if i < len(s.lists) {
				for _, k := range s.lists[i] {
					out = append(out, x.argOf(s, k)...)
				}
			}
		default:
			if i < len(s.ms) {
				out = append(out, x.argOf(s, i)...)
			}
		}
	}
	return out
}

func (x *extractor) argOf(s *sent, i int) []arg {
	m := &s.ms[i]
	if m.Kind == 'G' {
		out := make([]arg, len(m.Group))
		for k, g := range m.Group {
			out[k] = arg{slug: g, text: m.Text}
		}
		return out
	}
	return []arg{{m: m, slug: m.Slug, text: m.Text}}
}

// discover makes an unknown name an entity. typ "" takes the type from the
// name (an alliance by its ending, else a company).
func (x *extractor) discover(m *mention, typ schema.EntityType) string {
	if m.Slug != "" {
		return m.Slug
	}
	name := m.Name
	if name == "" {
		name = m.Text
	}
	if typ == "" {
		typ = schema.TypeCompany
		words := strings.Fields(name)
		if len(words) > 0 && allianceHeads[strings.ToLower(words[len(words)-1])] {
			typ = schema.TypeAlliance
		}
	}
	if words := strings.Fields(name); len(words) > 1 && bodyHeads[strings.ToLower(words[len(words)-1])] {
		return "" // a public body ("Competition and Markets Authority"): outside the schema
	}
	if x.pluralDemonym(name) {
		return "" // "bars Americans from investing": a people, no organisation (round 44)
	}
	slug := facts.Slugify(name)
	if slug == "" || !facts.ValidSlug(slug) {
		return ""
	}
	if e, ok := x.lx.ents[slug]; ok {
		m.Slug, m.Kind = slug, kindOf(e.Type)
		return slug
	}
	if s := x.firstWordName(name, typ); s != "" {
		m.Slug, m.Kind = s, kindOf(x.typeOf(s))
		return s
	}
	if s := x.registeredSurname(name); s != "" {
		// "Niel put money in" for Xavier Niel: a person, never a company
		// called "Niel" (round 39)
		m.Slug, m.Kind = s, kindOf(schema.TypePerson)
		return s
	}
	cue := m.Cue
	if cue == "" {
		cue = "argument of a relation"
	}
	e := schema.Entity{Slug: slug, Name: name, Type: typ, Aliases: []string{name}}
	if m.Text != name && !strings.Contains(m.Text, "(") {
		e.Aliases = append(e.Aliases, m.Text)
	}
	x.discovered[slug] = &facts.Discovered{Entity: e, Cue: cue}
	x.lx.ents[slug] = e
	x.lx.define(name, slug)
	m.Slug, m.Kind = slug, kindOf(typ)
	return slug
}

// resolve returns the slug of an argument, discovering an unknown name as
// typ. It returns "" when the argument cannot be of that type.
func (x *extractor) resolve(a arg, types []schema.EntityType) string {
	if a.slug == "" && a.m != nil && a.m.Kind == 'U' {
		t := types[0]
		if t == schema.TypePerson && !personLike(a.m.Text) {
			return ""
		}
		if t != schema.TypePerson && !orgLike(a.m.Text) {
			return ""
		}
		if t == schema.TypeCompany {
			t = ""
		}
		if t == schema.TypeAlliance {
			// An unknown name becomes an alliance only when its head says
			// so ("... Forum", "... Alliance"), not because a rule wants
			// one ("launched the Industrial AI Cloud").
			if w := strings.Fields(a.m.Text); len(w) == 0 || !allianceHeads[wordKey(w[len(w)-1])] {
				return ""
			}
		}
		a.slug = x.discover(a.m, t)
	}
	if a.slug == "" {
		return ""
	}
	typ := x.typeOf(a.slug)
	if !slices.Contains(types, typ) {
		return ""
	}
	return a.slug
}

// personLike: two to four capitalised words.
func personLike(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, x := range w {
		if x == strings.ToUpper(x) || !strings.ContainsAny(x[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return false
		}
	}
	return true
}

// orgLike rejects unknown names that are plainly not organisations.
func orgLike(s string) bool {
	w := strings.Fields(s)
	return len(w) >= 1 && len(w) <= 6 && !monthOrDay(w[0])
}

func monthOrDay(w string) bool {
	l := strings.ToLower(w)
	_, m := monthNames[l]
	_, d := weekdays[l]
	return m || d
}

// markerBrackets blanks angle brackets in text between markers (built
// once: a Replacer is costly to build per call).
var markerBrackets = strings.NewReplacer("<", " ", ">", " ")

// firstWordName is the company an unknown one-word name stands for when
// the article has already named a company whose name begins with that
// word and no other: "Pivotal Commware ... Pivotal teamed with Verizon"
// (round 38, from the read splits' name variants). The lexicon's short
// forms cover a distinctive word before generic heads ("Jio Platforms");
// this covers the rest, within the article.
func (x *extractor) firstWordName(name string, typ schema.EntityType) string {
	if strings.Contains(name, " ") || typ != schema.TypeCompany && typ != schema.TypeJointVenture {
		return ""
	}
	// the words addFirmShorts refuses name no company alone ("Alpha
	// Partners" stays whole: lexicon_firm_short.go)
	if w := wordKey(name); len(w) < 3 || genericHeads[w] || orgHeads[w] || countryWords[w] || regionNames[w] || chunkStop[w] || numberWords[w] > 0 || greekFirms[w] {
		return ""
	}
	found := ""
	for slug := range x.firstSeen {
		e, ok := x.lx.ents[slug]
		if !ok || e.Type != schema.TypeCompany && e.Type != schema.TypeJointVenture {
			continue
		}
		if w := strings.Fields(e.Name); len(w) >= 2 && w[0] == name {
			if found != "" && found != slug {
				return "" // two companies begin so: which is meant is unknown
			}
			found = slug
		}
	}
	if found == "" {
		found = x.registeredFirstWord(name)
	}
	return found
}

// registeredFirstWord is the registered company whose name alone begins
// with the one-word name, when the article has not given it yet
// ("Cassava signed with Nvidia" for Cassava Technologies, round 39): a
// register of canonical names lists no short forms. Nothing when another
// registered entity of any type begins with the word too, or is called
// by it.
func (x *extractor) registeredFirstWord(name string) string {
	found := ""
	for slug, e := range x.lx.ents {
		if _, disc := x.discovered[slug]; disc {
			continue
		}
		w := strings.Fields(e.Name)
		if len(w) == 0 || w[0] != name {
			continue
		}
		if len(w) < 2 || e.Type != schema.TypeCompany && e.Type != schema.TypeJointVenture || found != "" {
			return ""
		}
		found = slug
	}
	return found
}

// registeredSurname is the registered person whose name ends with the
// one-word name, when exactly one does and no registered entity of another
// type is called by the word or begins with it.
func (x *extractor) registeredSurname(name string) string {
	if strings.Contains(name, " ") {
		return ""
	}
	found := ""
	for slug, e := range x.lx.ents {
		if _, disc := x.discovered[slug]; disc {
			continue
		}
		w := strings.Fields(e.Name)
		if len(w) == 0 {
			continue
		}
		if e.Type != schema.TypePerson {
			if w[0] == name {
				return ""
			}
			continue
		}
		if len(w) < 2 || w[len(w)-1] != name {
			continue
		}
		if found != "" {
			return ""
		}
		found = slug
	}
	return found
}

// pluralDemonym reports whether name is one word that names a people, a
// demonym's plural ("Americans", "Europeans", "Koreans").
func (x *extractor) pluralDemonym(name string) bool {
	if strings.ContainsAny(name, " .&") || !strings.HasSuffix(name, "s") {
		return false
	}
	lower := strings.ToLower(name)
	return x.lx.demonym[strings.TrimSuffix(lower, "s")] || lower == "europeans" || lower == "asians" || lower == "africans"
}
