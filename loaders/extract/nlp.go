package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the linguistic layer under the rules: part-of-speech tags,
// lemmas and chunks over the tokens of one sentence. The tagger is a
// compact one of our own (see doc.go for why): a lexicon of the closed
// classes and of the verbs news uses, suffix rules for the rest, and a few
// contextual repairs.

// pos is a coarse part of speech, after the Universal Dependencies tag set.
type pos uint8

// The parts of speech the tagger tells apart.
const (
	posX     pos = iota // anything else (symbols, foreign words)
	posNoun             // common noun
	posPropn            // proper noun
	posVerb             // lexical verb, any form
	posAux              // be, have, do and the modals
	posAdj              // adjective
	posAdv              // adverb
	posDet              // determiner, possessive pronoun
	posAdp              // preposition
	posCconj            // coordinating conjunction
	posSconj            // subordinating conjunction, relative pronoun
	posPron             // pronoun
	posNum              // number, number word
	posPart             // particle: to, not, 's
	posPunct            // punctuation
)

var posNames = [...]string{"X", "NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "NUM", "PART", "PUNCT"}

func (p pos) String() string { return posNames[p] }

// form is what the tagger knows of a verb form.
type form uint8

const (
	formNone  form = iota
	formBase       // lead, join
	formPres3      // leads
	formPast       // led, joined (past tense or participle: the form is the same)
	formPart       // a past participle distinct from the past tense (taken, begun)
	formIng        // leading
)

// tagged is a token with its part of speech and lemma.
type tagged struct {
	token
	Pos   pos
	Lemma string // lower case; for verbs the base form
	Form  form
}

// closedClass are the function words, by part of speech.
var closedClass = func() map[string]pos {
	m := make(map[string]pos)
	add := func(p pos, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = p
		}
	}
	add(posDet, "the a an this that these those its their his her our my your every each some any no all both another either neither such whose which what")
	add(posAdp, "as of in on at by for with from into onto to over under between among amongst through during before after about against across along alongside around behind beside besides beyond within without via per than despite toward towards upon until till since like including excluding throughout amid inside outside near")
	add(posCconj, "and or but nor plus &")
	add(posSconj, "that which who whom whose where when while because although though if unless whereas once whether")
	add(posPron, "it he she they we i you him them us me itself themselves himself herself one ones someone everyone everything nothing something anyone")
	add(posAux, "is are was were be been being am has have had having do does did will would shall should can could may might must 's 're 've 'd 'll")
	add(posPart, "not n't")
	add(posAdv, "also now already still just only even then there here today yesterday tomorrow soon later earlier recently currently jointly together again further newly formally officially reportedly previously so very more most less least well too never ever back away instead meanwhile however finally lastly additionally similarly likewise moreover furthermore notably ultimately subsequently elsewhere nonetheless nevertheless separately respectively nearly almost about roughly around up")
	add(posAdj, "new last next first second third former open chief big bigger biggest largest large small global local national major key main own other same several many few top senior joint strategic early late latest recent previous current initial fresh old young long short high low full total additional further whole single certain various different public private")
	add(posNum, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty hundred thousand million billion trillion dozens dozen")
	return m
}()

// ambiguousFunction are closed-class words whose tag depends on context.
// They are tagged by rules in repair.
var ambiguousFunction = map[string]bool{"that": true, "which": true, "as": true, "since": true, "one": true, "up": true, "about": true, "around": true, "before": true, "after": true, "until": true}

// verbBases are the lexical verbs news uses, in their base form. Others are
// found by their endings.
var verbBases = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
accelerate accept coordinate co-ordinate divest offload pledge disclose amass accumulate snap lift boost acquire co-develop develop pilot test trial add admit agree aim allow ally announce appoint approve argue arrive ask attend attract back become begin believe bet bring build buy call chair change choose close co-found co-lead co-chair collaborate combine come commit compete complete confirm consider continue contribute control cooperate count create cut deal decide deepen deliver deploy describe develop die drive earn elect emerge enable end enter establish expand expect extend face fall fight file finance find focus follow forge form found fund gain get give go grow guide hand have head help helm hire hold host include increase inject introduce invest join keep land launch lead leave let line list look lose lure make manage mark integrate embed meet merge move name need offer open operate own partner pay pick pitch plan plough plow pour power promote provide pump purchase push put raise reach receive rejoin remain replace report retire return reveal run say secure see seek sell serve set share show sign stay spearhead spend spin split stake start state steer step strike succeed supply support take talk tap team tell tie top turn underwrite unveil use want widen win work welcome span participate select anchor gather unite comprise represent enlist boast co-invest co-head range rise climb swell incorporate initiate kick co-create belong double feature involve front conclude ink renew strengthen broaden remove oust dismiss install bundle adapt retain maintain`) {
		m[w] = true
	}
	return m
}()

// irregular maps irregular verb forms to their base and form.
var irregular = map[string]struct {
	base string
	f    form
}{
	"led": {"lead", formPast}, "co-led": {"co-lead", formPast}, "began": {"begin", formPast}, "begun": {"begin", formPart},
	"became": {"become", formPast}, "bought": {"buy", formPast}, "brought": {"bring", formPast}, "built": {"build", formPast},
	"came": {"come", formPast}, "chose": {"choose", formPast}, "chosen": {"choose", formPart}, "dealt": {"deal", formPast},
	"drove": {"drive", formPast}, "driven": {"drive", formPart}, "fell": {"fall", formPast}, "fallen": {"fall", formPart},
	"fought": {"fight", formPast}, "got": {"get", formPast}, "gotten": {"get", formPart}, "gave": {"give", formPast},
	"given": {"give", formPart}, "went": {"go", formPast}, "gone": {"go", formPart}, "grew": {"grow", formPast},
	"grown": {"grow", formPart}, "held": {"hold", formPast}, "kept": {"keep", formPast}, "left": {"leave", formPast},
	"lost": {"lose", formPast}, "made": {"make", formPast}, "met": {"meet", formPast}, "paid": {"pay", formPast},
	"ran": {"run", formPast}, "said": {"say", formPast}, "saw": {"see", formPast}, "seen": {"see", formPart},
	"sought": {"seek", formPast}, "sold": {"sell", formPast}, "spent": {"spend", formPast}, "spun": {"spin", formPast},
	"struck": {"strike", formPast}, "took": {"take", formPast}, "taken": {"take", formPart}, "told": {"tell", formPast},
	"won": {"win", formPast}, "wrote": {"write", formPast}, "written": {"write", formPart}, "set": {"set", formPast},
	"put": {"put", formPast}, "cut": {"cut", formPast}, "split": {"split", formPast}, "bet": {"bet", formPast},
	"hit": {"hit", formPast}, "let": {"let", formPast}, "found": {"found", formBase}, "run": {"run", formPart}, "drawn": {"draw", formPart}, "drew": {"draw", formPast}, "founded": {"found", formPast},
	"co-founded": {"co-found", formPast}, "cofounded": {"co-found", formPast}, "underwrote": {"underwrite", formPast},
	"underwritten": {"underwrite", formPart}, "rose": {"rise", formPast}, "risen": {"rise", formPart}, "shown": {"show", formPart}, "known": {"know", formPart}, "knew": {"know", formPast},
	"meant": {"mean", formPast}, "sent": {"send", formPast}, // "a joint venture meant to", not a noun head
}

// auxLemma gives the lemma of an auxiliary.
var auxLemma = map[string]string{
	"is": "be", "are": "be", "was": "be", "were": "be", "be": "be", "been": "be", "being": "be", "am": "be", "'re": "be",
	"has": "have", "have": "have", "had": "have", "having": "have", "'ve": "have", "'d": "have",
	"do": "do", "does": "do", "did": "do",
}

// verbForm reads w as a form of a known verb: its base and which form. ok
// is false when w is not recognisably a verb.
func verbForm(w string) (base string, f form, ok bool) {
	if ir, found := irregular[w]; found {
		return ir.base, ir.f, true
	}
	if verbBases[w] {
		return w, formBase, true
	}
	if b, f, ok := reElected(w); ok {
		return b, f, ok // "was re-elected chair": elected again (roles_reelected.go)
	}
	try := func(stem string, f form) (string, form, bool) {
		switch {
		case verbBases[stem]:
			return stem, f, true
		case verbBases[stem+"e"]:
			return stem + "e", f, true
		case len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && verbBases[stem[:len(stem)-1]]:
			return stem[:len(stem)-1], f, true
		}
		return "", formNone, false
	}
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		return try(w[:len(w)-3], formIng)
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return try(w[:len(w)-3]+"y", formPast)
	case strings.HasSuffix(w, "eed"):
		// "agreed" is a form of "agree"; "seed" and "need" are no forms of
		// "see" and "ne".
		if b := w[:len(w)-1]; len(w) > 5 && verbBases[b] {
			return b, formPast, true
		}
		return "", formNone, false
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		return try(w[:len(w)-2], formPast)
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return try(w[:len(w)-3]+"y", formPres3)
	case strings.HasSuffix(w, "es") && len(w) > 3:
		if b, f, ok := try(w[:len(w)-2], formPres3); ok {
			return b, f, ok
		}
		return try(w[:len(w)-1], formPres3)
	case strings.HasSuffix(w, "s") && len(w) > 2:
		// Only the bare stem: a base ending in "e" takes "es" (above), so
		// "units" is no form of "unite", nor "stats" of "state".
		if b := w[:len(w)-1]; verbBases[b] {
			return b, formPres3, true
		}
		return "", formNone, false
	}
	return "", formNone, false
}

// nounOnly are words with a verb reading that news nearly always uses as
// nouns.
var nounOnly = map[string]bool{
	"members": true, "feature": true, "features": true, "member": true, "partners": true, "partner": true, "shares": true, "share": true, "plans": true,
	"plan": true, "talks": true, "stake": true, "stakes": true, "deal": true, "deals": true, "backs": false,
	"funds": true, "fund": true, "leads": true, "heads": true, "head": true, "lead": true, "use": true, "work": true,
	"offers": true, "offer": true, "report": true, "reports": true, "states": true, "state": true, "list": true,
	"lines": true, "line": true, "powers": true, "power": true, "founders": true, "ties": true, "show": true,
	"turn": true, "return": true, "returns": true, "control": true, "end": true, "start": true, "need": true,
	"needs": true, "change": true, "changes": true, "support": true, "increase": true, "cut": true, "supply": true,
	"chair": true, "names": true, "name": true, "bets": true, "bet": true, "face": true, "tie": true, "team": true,
	"focus": true, "push": true, "move": true, "moves": true, "deploy": false, "spin": true,
}

// adjSuffixes and nounSuffixes guess the class of unknown lower-case words.
var (
	adjSuffixes  = []string{"ous", "ful", "ive", "able", "ible", "ical", "ic", "al", "ary", "less", "ish", "ian", "ese", "-based", "-led", "-backed", "-owned", "-native", "wide", "-level", "-scale", "-year", "-month", "-day", "-time", "-old"}
	nounSuffixes = []string{"tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism", "ist", "er", "or", "ure", "age", "ics", "ogy", "ers", "ors", "ments", "ties"}
)

func hasSuffixAny(w string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return true
		}
	}
	return false
}

// tagSentence tags the tokens of one sentence.
func tagSentence(toks []token) []tagged {
	out := make([]tagged, len(toks))
	for i, t := range toks {
		out[i] = tagged{token: t}
		out[i].Pos, out[i].Lemma, out[i].Form = tagWord(t, i == 0 || (i > 0 && isOpener(toks[i-1])))
	}
	repair(out)
	return out
}

// isOpener reports whether a token opens a new stretch after which a
// capital says nothing about names (a quote, a bracket, a colon).
func isOpener(t token) bool {
	return !t.Word && (t.Text == "\"" || t.Text == "“" || t.Text == "(" || t.Text == ":" || t.Text == "‘")
}

// tagWord tags a token out of context. first says whether it opens the
// sentence, where a capital does not make a proper noun.
func tagWord(t token, first bool) (pos, string, form) {
	if !t.Word {
		if t.Text == "&" {
			return posCconj, "&", formNone
		}
		if t.Text == "%" {
			return posNum, "%", formNone // "a 9.9% stake" stays one phrase
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return posPunct, t.Text, formNone
		}
		return posX, t.Text, formNone
	}
	k := t.Key
	if strings.HasPrefix(k, "-") {
		return posAdj, k, formNone // a split modifier ending: "-led", "-based"
	}
	if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsDigit(r) {
		if strings.IndexFunc(t.Text, unicode.IsLetter) < 0 || isOrdinalOrUnit(k) || numberCompound(t.Text) {
			return posNum, k, formNone
		}
		return posPropn, k, formNone // "3GPP", "6G"
	}
	capital := t.Upper
	if capital && !first {
		if p, ok := closedClass[k]; ok && (p == posDet || p == posAdp || p == posCconj) && t.Text != strings.ToUpper(t.Text) {
			// "Of" inside a name is still a preposition.
			return p, k, formNone
		}
		return posPropn, k, formNone
	}
	if p, ok := closedClass[k]; ok {
		lemma := k
		if p == posAux {
			if l, ok := auxLemma[k]; ok {
				lemma = l
			}
		}
		return p, lemma, formNone
	}
	if base, f, ok := verbForm(k); ok && !(nounOnly[k] && f != formPast && f != formIng) {
		return posVerb, base, f
	}
	if capital {
		// A capital at the start of a sentence: a name unless the word is
		// plainly a common one.
		if strings.HasSuffix(k, "ly") || hasSuffixAny(k, nounSuffixes) || hasSuffixAny(k, adjSuffixes) || nounOnly[k] {
			return guessOpen(k)
		}
		return posPropn, k, formNone
	}
	return guessOpen(k)
}

// isOrdinalOrUnit: "1st", "5g" counts as a name, "10m" and "3rd" do not.
func isOrdinalOrUnit(k string) bool {
	for _, s := range []string{"st", "nd", "rd", "th", "m", "bn", "mn", "k", "s", "%"} {
		if strings.HasSuffix(k, s) && strings.IndexFunc(strings.TrimSuffix(k, s), unicode.IsLetter) < 0 {
			return true
		}
	}
	return false
}

// numberCompound: "15-percent", "40-per-cent", "15-pct" are a share
// written as one word, no name.
func numberCompound(s string) bool {
	i := strings.IndexByte(s, '-')
	if i < 1 || strings.IndexFunc(s[:i], func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' }) >= 0 {
		return false
	}
	switch strings.ToLower(s[i+1:]) {
	case "percent", "per-cent", "pct":
		return true
	}
	return false
}

// guessOpen tags an unknown lower-case word by its ending.
func guessOpen(k string) (pos, string, form) {
	switch {
	case strings.HasSuffix(k, "ly") && len(k) > 4 && !strings.HasSuffix(k, "ply"):
		return posAdv, k, formNone
	case hasSuffixAny(k, adjSuffixes) && !hasSuffixAny(k, nounSuffixes):
		return posAdj, k, formNone
	case strings.HasSuffix(k, "ing") && len(k) > 5:
		return posVerb, undouble(strings.TrimSuffix(k, "ing")), formIng
	case strings.HasSuffix(k, "ed") && len(k) > 4 && !strings.HasSuffix(k, "eed"):
		return posVerb, undouble(strings.TrimSuffix(k, "ed")), formPast
	}
	return posNoun, nounLemma(k), formNone
}

// nounLemma is the singular of a regular plural.
func nounLemma(k string) string {
	switch {
	case strings.HasSuffix(k, "ies") && len(k) > 4:
		return k[:len(k)-3] + "y"
	case strings.HasSuffix(k, "sses"), strings.HasSuffix(k, "shes"), strings.HasSuffix(k, "ches"), strings.HasSuffix(k, "xes"):
		return k[:len(k)-2]
	case strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "us") && !strings.HasSuffix(k, "is") && len(k) > 3:
		return k[:len(k)-1]
	}
	return k
}

// modals are the auxiliaries after which a verb stands in its base form.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "should": true, "must": true, "shall": true}

// ingNouns are -ing words news uses as nouns.
var ingNouns = map[string]bool{
	"funding": true, "financing": true, "pricing": true, "marketing": true, "computing": true, "training": true,
	"listing": true, "meeting": true, "offering": true, "earnings": true, "spending": true, "ruling": true,
	"opening": true, "networking": true, "filing": true, "holding": true, "holdings": true, "setting": true,
	// a field of business in a descriptor: "machine learning chip designer
	// Y", "ride hailing platform Z" (helper z22pinv)
	"learning": true, "hailing": true, "processing": true, "streaming": true, "gaming": true, "sensing": true,
	"printing": true, "messaging": true, "advertising": true, "manufacturing": true,
}

// adjIng are -ing words that before a noun are adjectives even after a
// form of "be" ("were founding members", "is a leading operator").
var adjIng = map[string]bool{
	"founding": true, "leading": true, "existing": true, "remaining": true, "participating": true,
	"emerging": true, "growing": true, "ruling": true, "outgoing": true, "incoming": true, "operating": true,
	"controlling": true, // "Y's controlling shareholder" (round 41, dev26)
}

// repair fixes tags that context decides.
func repair(ts []tagged) {
	for i := range ts {
		t := &ts[i]
		prev, next := pos(255), pos(255)
		if i > 0 {
			prev = ts[i-1].Pos
		}
		if i+1 < len(ts) {
			next = ts[i+1].Pos
		}
		switch {
		case t.Pos == posDet && (t.Key == "each" || t.Key == "both" || t.Key == "all") && prev == posAux && next == posVerb:
			// "A and B have each committed $19 billion", "they have both
			// joined": a floating quantifier between the auxiliary and its
			// verb, no noun phrase of its own (round 39)
			t.Pos = posAdv
		case t.Pos == posNoun && nounOnly[t.Key] && verbBases[t.Key] && pronounSubject(ts, i) &&
			(next == posAdv || next == posAdp || next == posAdj || next == posDet):
			// "we work closely with", "they partner on", "we still chair
			// the alliance" (nlp_adverbs.go)
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase
		case t.Pos != posVerb && pluralHeadVerbs[t.Key] && namesSubjectBefore(ts, i) && (next == posPropn || next == posDet):
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase // "A and B jointly lead X" (nlp_head_verb.go)
		case t.Pos == posNoun && headVerbs[t.Key] && nameSubjectBefore(ts, i) && (next == posPropn || next == posDet):
			// "P now heads X", "P heads the alliance": a named subject's
			// verb (nlp_head_verb.go)
			if b, f, ok := verbForm(t.Key); ok {
				t.Pos, t.Lemma, t.Form = posVerb, b, f
			}
		case t.Pos == posNoun && nounOnly[t.Key] && afterWho(ts, i):
			// "P, who heads X", "who also leads X": a relative pronoun's
			// verb, never a noun (nlp_who.go)
			if b, f, ok := verbForm(t.Key); ok {
				t.Pos, t.Lemma, t.Form = posVerb, b, f
			}
		case t.Pos == posNoun && nounOnly[t.Key] && objectRelativeVerb(ts, i):
			// "X, which A leads, ...": the relative's verb (nlp_which.go)
			if b, f, ok := verbForm(t.Key); ok {
				t.Pos, t.Lemma, t.Form = posVerb, b, f
			}
		case t.Pos == posVerb && t.Form == formBase && i > 0 && ts[i-1].Pos == posVerb && predicateVerbs[ts[i-1].Lemma] && ts[i-1].Form != formBase && (next == posNoun || next == posAdj):
			t.Pos, t.Lemma, t.Form = posNoun, t.Key, formNone // "stays anchor tenant and partner of B": a noun's modifier after a copula (nlp_copula_noun.go)
		case t.Key == "run" && t.Pos != posVerb && prev == posCconj && i+1 < len(ts) && ts[i+1].Key == "by":
			t.Pos, t.Lemma, t.Form = posVerb, "run", formPart // "is chaired by P and run by Q": a participle coordinated after a passive (round 43)
		case t.Key == "hands" && i > 0 && ts[i-1].Pos == posVerb && ts[i-1].Lemma == "join":
			t.Pos, t.Lemma, t.Form = posNoun, "hand", formNone // "joining hands with B": the idiom's object
		case t.Pos == posNoun && verbBases[t.Key] && i+1 < len(ts) && ts[i+1].Key == "together" && (prev == posCconj || prev == posPron):
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase // "swap shares and work together"
		case t.Key == "belong" && floatingQuant(ts, i):
			ts[i-1].Pos = posAdv // "A and B both belong to X" (member_copula.go)
			t.Pos, t.Lemma, t.Form = posVerb, "belong", formBase
		case t.Key == "own" && floatingQuant(ts, i):
			// "A and B each own half of Y": "each" floats after the
			// subject, and "own" is the verb, not "their own".
			ts[i-1].Pos = posAdv
			t.Pos, t.Lemma, t.Form = posVerb, "own", formBase
		case (t.Key == "own" || t.Key == "share") && t.Pos != posVerb && (next == posDet || t.Key == "own" && ownAmountAfter(ts, i)) && (ownsAfterSubject(ts, i) || ownsAfterPronoun(ts, i)): // venture_own.go
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase // "The two companies own a joint venture", "A and B already share a"
		case t.Pos == posVerb && t.Form != formIng && floatingQuant(ts, i) && ts[i-1].Pos == posDet:
			ts[i-1].Pos = posAdv // "A, B and C each took part", "A and B both returned" (nlp_adverbs.go)
		case t.Key == "close" && prev == posVerb && i+2 < len(ts) && ts[i+1].Key == "to" && (ts[i+2].Pos == posNum || strings.IndexFunc(ts[i+2].Key, unicode.IsDigit) >= 0):
			t.Pos, ts[i+1].Pos = posAdv, posAdv // "owns close to 30% of Y": an approximation, not the verb "close"
		case t.Key == "since" && prev == posAux && next == posVerb && (ts[i+1].Form == formPast || ts[i+1].Form == formPart):
			t.Pos = posAdv // "Y has since raised", "A has since joined": an adverb inside the verb group (helper z15inv)
		case t.Key == "won" && (prev == posNum || i > 0 && strings.IndexFunc(ts[i-1].Key, unicode.IsDigit) >= 0):
			t.Pos, t.Lemma, t.Form = posNoun, "won", formNone // "a 30 billion won cheque": Korea's currency
		case t.Pos == posAdj && adverbAdj[t.Key] && next == posVerb && (prev == posPropn || prev == posNoun || prev == posPron || prev == posAux && (ts[i+1].Form == formPast || ts[i+1].Form == formPart) ||
			prev == posSconj && i > 0 && (ts[i-1].Key == "which" || ts[i-1].Key == "who")):
			t.Pos = posAdv // "The two companies first teamed up", "A later joined", "Its board was first chaired by P" (round 44)
		case t.Pos == posNoun && nounOnly[t.Key] && verbBases[t.Lemma] && prev == posPropn && i > 0 && !ts[i-1].Poss && (next == posAdp || next == posDet || next == posPart || partnerUp(ts, i)) && !detBeforeModifiers(ts, i):
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase // "SK Group and OpenAI partner on ..."
			if b, f, ok := verbForm(t.Key); ok {
				t.Lemma, t.Form = b, f
			}
		case t.Pos == posVerb && t.Form == formIng && ingNouns[t.Key] && !(i > 0 && ts[i-1].Lemma == "be") && !(next == posDet && prev == posPropn):
			// (but "with B holding the other half": a verb with its object)
			t.Pos, t.Lemma, t.Form = posNoun, t.Key, formNone
		case hyphenIngModifier(ts, i): // nlp_participle_adj.go
			t.Pos, t.Lemma, t.Form = posAdj, t.Key, formNone
		case t.Pos == posVerb && t.Form == formIng && next == posNoun && prev == posPropn && detBeforeNames(ts, i):
			t.Pos, t.Lemma = posAdj, t.Key // "the La Caixa banking foundation": a modifier inside a noun phrase
		case t.Pos == posVerb && t.Form == formIng && next == posNoun && (adjIng[t.Key] || prev != posAux && prev != posNoun && prev != posPropn && prev != posPron && !nameAdverbIng(ts, i) &&
			!(prev == posAdv && i > 1 && ts[i-2].Pos == posAux)): // "is also developing data centres" stays a verb (round 34)
			t.Pos, t.Lemma = posAdj, t.Key // "as founding members", "the leading operator"
		case t.Pos != posVerb && t.Pos != posAux && i > 0 && modals[ts[i-1].Key] && ts[i-1].Pos == posAux && !t.Upper && t.Pos != posAdv && t.Pos != posPart:
			// (the modal as tagged: "in May by A" is the month, and "by" stays a preposition)
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase // "will publish"
		case t.Pos == posNoun && (verbBases[t.Key] || t.Key == "market") && i > 1 && prev == posAdv && modals[ts[i-2].Key] && ts[i-2].Pos == posAux && !t.Upper:
			// "would also work with", "will jointly market them" ("market"
			// is a verb only here: "20% market share" stays a noun)
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase
		case t.Pos == posAdj && (prev == posDet || prev == posAdj) && next != posNoun && next != posPropn && next != posAdj && next != posNum &&
			!(i+1 < len(ts) && currencySigns[ts[i+1].Key]) && !(i+1 < len(ts) && outsideAdj(ts, i+1)) && !unknownParticipleAt(ts, i+1):
			// (but "a massive $120 million round": an adjective before the
			// amount, helper z21pinv)
			t.Pos, t.Lemma = posNoun, nounLemma(t.Key) // "its chief executive"
		case outsideAdj(ts, i): // nlp_participle_adj.go
			t.Pos, t.Lemma = posAdj, t.Key
		case participleAdj(ts, i): // nlp_participle_adj.go
			t.Pos, t.Lemma, t.Form = posAdj, t.Key, formNone
		case t.Pos == posVerb && (prev == posDet || prev == posAdj) && t.Form != formPast && t.Form != formIng:
			// "the leads", "a new plan": a noun after a determiner.
			t.Pos, t.Lemma, t.Form = posNoun, nounLemma(t.Key), formNone
		case t.Pos == posVerb && t.Form == formIng && prev == posDet && (next == posNoun || next == posPropn):
			t.Pos = posAdj // "the leading operator", "the founding members"
		case t.Pos == posVerb && t.Form == formIng && prev == posDet:
			t.Pos = posNoun // "the opening", "the founding"
		case t.Key == "back" && t.Pos == posAdv && i > 0 && (ts[i-1].Key == "to" || modals[ts[i-1].Key] && ts[i-1].Pos == posAux) &&
			(next == posPropn || next == posDet):
			t.Pos, t.Lemma, t.Form = posVerb, "back", formBase // "agreed to back Y", "will back the start-up" (helper z21pinv)
		case t.Pos == posNoun && i > 0 && ts[i-1].Key == "to" && verbBases[t.Key]:
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase // "to work"
		case t.Pos == posNoun && prev == posAux && verbBases[t.Key] && ts[i-1].Lemma != "be" && ts[i-1].Lemma != "have":
			t.Pos, t.Lemma, t.Form = posVerb, t.Key, formBase // "will work"
		case t.Key == "to" && (next == posVerb || (i+1 < len(ts) && verbBases[ts[i+1].Key])):
			t.Pos = posPart
		case t.Key == "up" && prev == posVerb:
			t.Pos = posPart // "set up", "sign up", "team up
		case t.Key == "out" && prev == posVerb && (ts[i-1].Lemma == "set" || ts[i-1].Lemma == "lay"):
			t.Pos = posPart // "set out a partnership", "laid out a plan"
		case t.Key == "that" && (next == posVerb || next == posAux || next == posAdv):
			t.Pos = posSconj // a relative "that"
		case t.Key == "that" && (next == posNoun || next == posAdj):
			t.Pos = posDet
		case t.Key == "one" && prev == posDet:
			t.Pos = posPron
		case t.Poss && t.Pos == posNoun:
			// "the company's": still a noun, but a determiner of what follows.
		}
	}
}

// chunk is a stretch of tagged tokens read as one phrase.
type chunk struct {
	Kind       byte // 'N' noun phrase, 'V' verb group, 'P' preposition, 'O' anything else
	From, To   int  // token range [From, To)
	Head       int  // index of the head token
	Passive    bool // V: a form of "be" with a past participle
	Neg        bool // V: "not", "n't", "never"
	Particle   string
	Lemma      string // the head's lemma, with its particle for phrasal verbs ("set up")
	Start, End int    // byte offsets in the sentence
}

// chunkSentence groups tagged tokens into noun phrases, verb groups and
// prepositions.
func chunkSentence(ts []tagged) []chunk {
	var out []chunk
	for i := 0; i < len(ts); {
		t := ts[i]
		switch {
		case t.Pos == posAux || (t.Pos == posVerb) || (t.Pos == posAdv && i+1 < len(ts) && (ts[i+1].Pos == posVerb || ts[i+1].Pos == posAux)) || (t.Pos == posPart && t.Key != "to" && i+1 < len(ts) && (ts[i+1].Pos == posVerb || ts[i+1].Pos == posAux)):
			c := chunk{Kind: 'V', From: i, Head: -1}
			be := false
			j := i
			for j < len(ts) && (ts[j].Pos == posAux || ts[j].Pos == posVerb || ts[j].Pos == posAdv || (ts[j].Pos == posPart && ts[j].Key != "to")) {
				switch ts[j].Pos {
				case posAux:
					if ts[j].Lemma == "be" {
						be = true
					}
					if c.Head < 0 || ts[c.Head].Pos == posAux {
						c.Head = j
					}
				case posVerb:
					c.Head = j
				case posPart:
					if ts[j].Key == "up" && upToAmount(ts, j) {
						break // "invest up to $500 million": "up to" bounds the amount, no particle (round 36)
					}
					if ts[j].Key == "up" || ts[j].Key == "out" {
						c.Particle = ts[j].Key // "set up", "set out"
					} else {
						c.Neg = true
					}
				case posAdv:
					if ts[j].Key == "never" {
						c.Neg = true
					}
					if ts[j].Key == "up" && c.Head >= 0 && !upToAmount(ts, j) {
						c.Particle = "up"
					}
				}
				if ts[j].Pos == posVerb && j+1 < len(ts) && ts[j+1].Pos == posVerb {
					j++
					continue
				}
				j++
			}
			for j > i+1 && ts[j-1].Pos == posAdv && ts[j-1].Key != "up" {
				j-- // trailing adverbs belong to what follows
			}
			if c.Head >= 0 && j < len(ts) && ts[j].Key == "off" && ts[c.Head].Lemma == "kick" {
				c.Particle, j = "off", j+1 // "kicked off the alliance", "was kicked off by"
			}
			if c.Head < 0 {
				c.Kind, c.Head = 'O', i
			}
			c.To = j
			h := ts[c.Head]
			c.Lemma = h.Lemma
			if c.Particle != "" {
				c.Lemma += " " + c.Particle
			}
			c.Passive = be && h.Pos == posVerb && (h.Form == formPast || h.Form == formPart)
			out = append(out, c)
			i = j
		case t.Pos == posAdp || (t.Pos == posPart && t.Key == "to"):
			out = append(out, chunk{Kind: 'P', From: i, To: i + 1, Head: i, Lemma: t.Key})
			i++
		case isNominal(t.Pos):
			j := i
			for j < len(ts) && isNominal(ts[j].Pos) {
				if j > i && timeSpanAfter(ts, j) {
					break // "took a stake weeks earlier": the span is no part of the stake
				}
				if ts[j].Poss && j > i && j+1 < len(ts) && isNominal(ts[j+1].Pos) {
					j++ // "the company's chief executive": one phrase
					continue
				}
				j++
				if ts[j-1].Poss {
					break
				}
			}
			h := j - 1
			for h > i && (ts[h].Pos == posDet || ts[h].Pos == posAdv || intensifiers[ts[h].Key]) {
				h--
			}
			out = append(out, chunk{Kind: 'N', From: i, To: j, Head: h, Lemma: ts[h].Lemma})
			i = j
		default:
			out = append(out, chunk{Kind: 'O', From: i, To: i + 1, Head: i, Lemma: t.Key})
			i++
		}
	}
	for k := range out {
		out[k].Start, out[k].End = ts[out[k].From].Start, ts[out[k].To-1].End
	}
	return out
}

// timeSpanAfter reports whether token j, after a noun, opens a bare
// time span that dates the clause: "weeks earlier", "months later",
// "years ago" (round 31). "A year earlier" and "two years ago" keep
// their determiner or number and are phrases of their own already.
func timeSpanAfter(ts []tagged, j int) bool {
	if j+1 < len(ts) && ts[j-1].Pos == posNoun && deicticTime[ts[j].Key] && timeUnitNouns[ts[j+1].Key] {
		return true // "as an exclusive partner last year": the time is no part of the partner (round 37)
	}
	if j+1 >= len(ts) || ts[j-1].Pos != posNoun || ts[j].Pos != posNoun {
		return false
	}
	switch ts[j].Key {
	case "days", "weeks", "months", "years", "decades":
	default:
		return false
	}
	switch ts[j+1].Key {
	case "earlier", "later", "ago", "before", "after":
		return true
	}
	return false
}

// deicticTime and timeUnitNouns make a time phrase after a noun: "last
// year", "this month", "next quarter".
var (
	deicticTime   = map[string]bool{"last": true, "this": true, "next": true, "past": true}
	timeUnitNouns = map[string]bool{"year": true, "month": true, "week": true, "quarter": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "weekend": true}
)

// intensifiers are emphatic reflexives: they end a noun phrase without
// heading it ("The board itself is chaired by P" is the board's, helper
// z18roles) and are skipped after a subject ("Vodafone itself holds 65%",
// "the operators themselves invested", clause.go, helper z18inv).
var intensifiers = map[string]bool{"itself": true, "themselves": true, "himself": true, "herself": true}

// isNominal: the parts of speech inside a noun phrase.
func isNominal(p pos) bool {
	return p == posNoun || p == posPropn || p == posAdj || p == posDet || p == posNum || p == posPron
}

// upToAmount reports whether the token at j starts "up to" before an
// amount or a number: "invest up to $500 million", "hold up to 20%".
func upToAmount(ts []tagged, j int) bool {
	if j+2 >= len(ts) || ts[j].Key != "up" || ts[j+1].Key != "to" {
		return false
	}
	k := ts[j+2].Key
	return ts[j+2].Pos == posNum || k != "" && (strings.ContainsAny(k[:1], "$€£0123456789") || strings.HasPrefix(k, "₹") || k == "rs" || k == "rs.")
}

// undouble drops the consonant an inflection doubled from a guessed verb
// stem: "transferred" is "transfer", "committing" "commit" (round 45,
// dev29: "transferr" matched no verb); "ll", "ss", "ff" and "zz" are
// doubled in the base too ("install", "access").
func undouble(stem string) string {
	n := len(stem)
	if n < 4 || stem[n-1] != stem[n-2] || strings.IndexByte("bdgmnprt", stem[n-1]) < 0 {
		return stem
	}
	return stem[:n-1]
}
