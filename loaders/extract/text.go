package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/telcograph/telcograph/schema"
)

// sentence is one sentence of an article body. Text is a verbatim substring
// of the body, so it can serve as evidence as it is.
type sentence struct {
	Text  string
	Para  int  // paragraph (line) index
	First bool // first sentence of its paragraph
	// Numbered marks a line's first sentence after a numbered point's
	// number ("2. Nvidia rounds up a 6G coalition"), which is no sentence.
	Numbered bool
	// Evidence is the verbatim text when Text was masked (a list's
	// markers and descriptions, layout.go); same offsets, same length.
	Evidence string
	// Quote is the text as written when the line was normalised
	// (text_lines.go: a hard-wrapped paragraph, Unicode spaces); it
	// quotes the article for a fact's evidence and shares no offsets.
	Quote string
}

// verbatim is the sentence as the article wrote it.
func (s sentence) verbatim() string {
	if s.Evidence != "" {
		return s.Evidence
	}
	return s.Text
}

// quote is the sentence as the article wrote it, for a fact's evidence.
func (s sentence) quote() string {
	if s.Quote != "" {
		return s.Quote
	}
	return s.verbatim()
}

// noSplitAfter are abbreviations after which a full stop does not end a
// sentence.
var noSplitAfter = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "st": true, "jr": true, "sr": true,
	"vs": true, "no": true, "gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"e.g": true, "i.e": true, "approx": true, "dept": true, "est": true, "fig": true,
	"eng": true, "engr": true, "hon": true, // titles of address ("Eng. P", mention_honorific.go)
}

// corpSuffix are company-name endings. A full stop after one ends a sentence
// only when an obvious sentence opener follows ("... Corp. The company ...").
var corpSuffix = map[string]bool{
	"co": true, "corp": true, "inc": true, "ltd": true, "llc": true, "plc": true, "ag": true,
	"sa": true, "nv": true, "bv": true, "gmbh": true, "se": true, "spa": true, "pte": true,
	"kk": true, "oyj": true, "ab": true, "asa": true, "lp": true, "llp": true, "pty": true,
	// Gulf, Asian and other legal forms ("Ooredoo Q.P.S.C.", "Mobile
	// Telecommunications Company K.S.C.P.", "Emirates Telecommunications
	// Group Company PJSC", "PT Indosat Tbk", "Maxis Berhad"; round 39)
	"qpsc": true, "qsc": true, "kscp": true, "ksc": true, "pjsc": true, "psc": true, "jsc": true, "ojsc": true,
	"pcl": true, "tbk": true, "bhd": true, "berhad": true, "sas": true, "sarl": true, "srl": true, "kgaa": true, "sab": true,
}

// dottedSuffix reports whether a word is a legal suffix spelt with full
// stops ("N.V.", "S.A.", "S.p.A.", "B.V."): corpSuffix holds them without
// (round 38: "Nebius Group N.V." had become a company "N.V.").
func dottedSuffix(key string) bool {
	return strings.Contains(key, ".") && corpSuffix[strings.ReplaceAll(key, ".", "")]
}

// sentenceOpeners are words that, capitalised after an abbreviation's full
// stop, show that a new sentence has begun.
var sentenceOpeners = map[string]bool{
	"the": true, "it": true, "its": true, "he": true, "she": true, "they": true, "this": true,
	"that": true, "these": true, "in": true, "on": true, "at": true, "a": true, "an": true,
	"but": true, "and": true, "meanwhile": true, "however": true, "both": true, "their": true,
	"his": true, "her": true, "we": true, "i": true, "last": true, "earlier": true, "separately": true,
}

// splitSentences splits a body into sentences. Every line is a paragraph
// (a hard-wrapped paragraph's lines are first joined: text_lines.go);
// within a line a sentence ends at '.', '!' or '?' (plus closing quotes or
// brackets) followed by white space and a capital, digit or opening quote,
// unless the word before is an abbreviation or an initial.
func splitSentences(body string, brands ...map[string]bool) []sentence {
	var brand map[string]bool
	if len(brands) > 0 {
		brand = brands[0]
	}
	var out []sentence
	para := 0
	unfolded := unfoldLists(body)             // text_collapsed.go
	lines, origs, maps := readLines(unfolded) // text_lines.go
	for li := 0; li < len(lines); li++ {
		line := lines[li]
		if strings.TrimSpace(line) == "" {
			continue
		}
		// A lead-in followed by a list of names is one sentence, read
		// with its markers and descriptions masked (layout.go); other
		// bulleted lines after a colon are joined as they are.
		// orig is the line unmasked, at line's offsets; raw is it as
		// written, at the offsets m maps line's to (nil: the same).
		orig, raw, m := line, origs[li], maps[li]
		block := func(end int) {
			orig, raw = strings.Join(lines[li:end], "\n"), strings.Join(origs[li:end], "\n")
			m = joinMaps(lines[li:end], origs[li:end], maps[li:end])
		}
		if end, masked, ok := tableBlock(lines, li); ok { // layout_table.go
			block(end)
			line = masked
			li = rereadRows(lines, li, li, end)
		} else if end, masked, ok := headedTableBlock(lines, li); ok { // layout_table_heading.go
			block(end)
			line = masked
			li = rereadRows(lines, li, li+1, end)
		} else if end, masked, ok := listBlock(lines, li); ok {
			block(end)
			line = masked
			li = end - 1
		} else if strings.HasSuffix(strings.TrimSpace(line), ":") {
			k := li + 1
			prose := false
			for k < len(lines) && bulletRE.MatchString(lines[k]) {
				prose = prose || strings.Contains(strings.TrimSpace(lines[k]), ". ") || itemClause(lines[k])
				k++
			}
			// Items of several sentences are a listicle's points, not a
			// roster: each is read on its own, so that one point's
			// negation or subject does not spill into the next
			// (member_relative_coord_test.go).
			if k > li+1 && !prose {
				block(k)
				line = orig
				li = k - 1
			}
		}
		line = maskRoleDashes(line) // "- P - President and CEO of X" (layout_role_dash.go)
		numbered := false
		add := func(a, b int, first bool) {
			for a < b {
				r, w := utf8.DecodeRuneInString(orig[a:b])
				if !unicode.IsSpace(r) {
					break
				}
				a += w
			}
			for b > a {
				r, w := utf8.DecodeLastRuneInString(orig[a:b])
				if !unicode.IsSpace(r) {
					break
				}
				b -= w
			}
			if a == b {
				return
			}
			if strings.TrimSpace(line[:a]) == "" && strings.TrimSpace(line[b:]) == "" {
				a += bulletProse(line[a:b]) // a whole line (text_bullet_prose.go)
			}
			st := sentence{Text: line[a:b], Para: para, First: first, Numbered: numbered}
			numbered = false
			if orig != line {
				st.Evidence = orig[a:b]
			}
			if m != nil {
				st.Quote = raw[m[a]:m[b]]
			}
			out = append(out, st)
		}
		first := true
		start := 0
		for i := 0; i < len(line); {
			r, w := utf8.DecodeRuneInString(line[i:])
			if r != '.' && r != '!' && r != '?' {
				i += w
				continue
			}
			end := i + w
			for end < len(line) {
				r2, w2 := utf8.DecodeRuneInString(line[end:])
				if r2 != '"' && r2 != '\'' && r2 != '”' && r2 != '’' && r2 != ')' && r2 != ']' {
					break
				}
				end += w2
			}
			j := end
			for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
				j++
			}
			if j == end || j >= len(line) {
				i = end
				continue
			}
			next, _ := utf8.DecodeRuneInString(line[j:])
			if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '‘' || next == '(' || lowerBrandOpener(line[start:i], line[j:], brand)) {
				i = end
				continue
			}
			if r == '.' && (!endsSentence(line[start:i], line[j:]) || numberedItem(line[start:i])) {
				i = end
				continue
			}
			if t := strings.TrimSpace(orig[start:end]); t != "" && !listNumber(t) {
				add(start, end, first)
				first = false
			} else if first && listNumber(t) {
				numbered = true // frames_item.go
			}
			start = j
			i = j
		}
		add(start, len(line), first)
		para++
	}
	if unfolded != body {
		quoteUnfolded(out)
	}
	return out
}

// bulletRE matches a bulleted or numbered list item line.
var bulletRE = regexp.MustCompile(`^\s*(?:[-*•–—·]|\d{1,2}[.)])\s+\S`)

// numberedItem reports whether before ends in the number of a numbered
// list item at the start of a line ("...:\n2" of "2. Acme").
func numberedItem(before string) bool {
	i := strings.LastIndexByte(before, '\n')
	if i < 0 {
		return false
	}
	n := strings.TrimSpace(before[i+1:])
	return n != "" && len(n) <= 2 && strings.Trim(n, "0123456789") == ""
}

// listNumber reports whether s is only a numbered point's number ("1."
// of "1. It has six founders."). It is no sentence, so that "It" still
// follows the sentence before the point.
func listNumber(s string) bool {
	n := strings.TrimSuffix(s, ".")
	return len(n) < len(s) && n != "" && len(n) <= 2 && strings.Trim(n, "0123456789") == ""
}

// endsSentence decides whether a full stop after before ends the sentence,
// given the text after it.
func endsSentence(before, after string) bool {
	k := len(before)
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(before[:k])
		if unicode.IsLetter(r) || r == '.' {
			k -= w
			continue
		}
		break
	}
	word := strings.ToLower(before[k:])
	if word == "" {
		return true
	}
	if noSplitAfter[word] {
		return false
	}
	if _, ok := monthNames[word]; ok && after != "" && after[0] >= '0' && after[0] <= '9' {
		return false // a dateline: "Sept. 11, 2024"
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(before[k:])[0]) && (k == 0 || before[k-1] == ' ' || before[k-1] == '(') &&
		!strings.HasSuffix(strings.ToLower(before[:k]), "series ") {
		return false // an initial: "J. Smith", but not the end of "AT&T." nor of "closed a Series B."
	}
	if strings.Contains(word, ".") || corpSuffix[word] || nameAbbrevs[word] { // text_abbrev.go
		// "U.S." or "Corp.": a sentence ends only before an obvious opener.
		nw := after
		if i := strings.IndexFunc(nw, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			nw = nw[:i]
		}
		return sentenceOpeners[strings.ToLower(nw)]
	}
	return true
}

// token is a word or punctuation mark of a sentence.
type token struct {
	Text       string // verbatim
	Key        string // lower case, accents and apostrophes folded
	Start, End int    // byte offsets in the sentence
	Word       bool
	Poss       bool // the word carried a possessive 's or '
	PossEnd    int  // end offset including the possessive ending
	Upper      bool // starts with an upper-case letter or a digit
}

// hyphenSuffixes split off a word's end so that "SK Telecom-led" still
// names SK Telecom.
var hyphenSuffixes = []string{"-led", "-backed", "-based", "-owned", "-run", "-founded", "-controlled", "-funded", "-headquartered", "-listed",
	// the sponsor of a group named after it (round 35, dev22: "the Nvidia-anchored AI-RAN Alliance")
	"-anchored", "-sponsored", "-hosted", "-convened", "-supported", "-financed", "-operated"}

// dottedAbbrev reports whether w is capitals joined by full stops, the
// last one's stop not yet taken: "U.S", "U.K", "U.A.E".
func dottedAbbrev(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k%2 == 0 && (c < 'A' || c > 'Z') || k%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// thousandsAt reports whether the comma at s[j] separates thousands in a
// number that s[i:j] opens: digits (and earlier groups) before, exactly
// three digits after and no digit or letter after those ("43,574 crore",
// "1,894.50"). "In 2023,2024" has no three-digit group after a number of
// at most three digits, and "2023, 2024" has a space.
func thousandsAt(s string, i, j int) bool {
	head := s[i:j]
	if k := strings.LastIndexByte(head, ','); k >= 0 {
		head = head[:k]
		if len(s[i+k+1:j]) != 3 {
			return false
		}
	}
	if len(head) == 0 || len(head) > 3 && !strings.Contains(head, ",") {
		return false
	}
	for _, r := range s[i:j] {
		if r != ',' && (r < '0' || r > '9') {
			return false
		}
	}
	if j+4 > len(s) {
		return false
	}
	for _, b := range []byte(s[j+1 : j+4]) {
		if b < '0' || b > '9' {
			return false
		}
	}
	if j+4 < len(s) {
		n, _ := utf8.DecodeRuneInString(s[j+4:])
		if unicode.IsLetter(n) || unicode.IsDigit(n) {
			return false
		}
	}
	return true
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits s into tokens. A word is a run of letters and digits that
// may contain '&', '-', '.', and apostrophes between letters ("AT&T",
// "T-Mobile", "U.S", "O'Neil"), and may end with '&' ("e&").
func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			out = append(out, token{Text: s[i : i+w], Key: s[i : i+w], Start: i, End: i + w, PossEnd: i + w})
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += w2
				continue
			}
			if r2 == ',' && thousandsAt(s, i, j) {
				j += 4 // "43,574": one number (round 31)
				continue
			}
			if r2 == '&' || r2 == '-' || r2 == '.' || isApos(r2) || r2 == '‑' {
				n, _ := utf8.DecodeRuneInString(s[j+w2:])
				if r2 == '-' && capitalPair(s[i:j], n) {
					break // "SK Telecom-Anthropic": two names joined by a hyphen
				}
				if r2 == '-' && unicode.IsUpper(n) && strings.EqualFold(s[i:j], "ex") {
					break // "ex-Telia CEO P": the prefix dates the title; the name is Telia
				}
				if j+w2 < len(s) && (unicode.IsLetter(n) || unicode.IsDigit(n)) {
					if isApos(r2) && (n == 's' || n == 'S') {
						// possessive "'s" unless more letters follow ("O'Sullivan")
						n2, _ := utf8.DecodeRuneInString(s[j+w2+1:])
						if j+w2+1 >= len(s) || !unicode.IsLetter(n2) {
							break
						}
					}
					j += w2
					continue
				}
				if r2 == '&' {
					j += w2 // "e&"
				}
			}
			break
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); j == i+w && unicode.IsUpper(r) && j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' {
			if n, _ := utf8.DecodeRuneInString(s[j+2:]); unicode.IsUpper(n) {
				j++ // an initial keeps its full stop: "Jay Y. Lee"
			}
		}
		dotted := false
		if j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' && dottedAbbrev(s[i:j]) {
			// "U.S. asset manager": the abbreviation keeps its full stop
			// inside a sentence (the splitter did not end one there).
			j, dotted = j+1, true
		}
		t := token{Text: s[i:j], Start: i, End: j, PossEnd: j, Word: true}
		// possessive endings
		if j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if isApos(r2) {
				n, nw := utf8.DecodeRuneInString(s[j+w2:])
				switch {
				case (n == 's' || n == 'S') && !nextIsLetter(s, j+w2+nw):
					t.Poss, t.PossEnd = true, j+w2+nw
				case strings.HasSuffix(t.Text, "s") && !unicode.IsLetter(n):
					t.Poss, t.PossEnd = true, j+w2
				}
			}
		}
		first, _ := utf8.DecodeRuneInString(t.Text)
		// A number is not a name, but "3GPP" and "XL8" are; an amount
		// or an ordinal ("$20m", "1.5bn", "3rd") is not either.
		t.Upper = unicode.IsUpper(first) || (unicode.IsDigit(first) && strings.IndexFunc(t.Text, unicode.IsLetter) >= 0 && !isOrdinalOrUnit(strings.ToLower(t.Text)) && !numberCompound(t.Text)) ||
			(unicode.IsLower(first) && strings.IndexFunc(t.Text, unicode.IsUpper) > 0) // "xRAN", "eSIM"
		t.Key = wordKey(t.Text)
		if dotted {
			t.Key = wordKey(t.Text[:len(t.Text)-1])
		}
		split := false
		if !t.Poss && t.Upper {
			low := strings.ToLower(t.Text)
			for _, suf := range hyphenSuffixes {
				if strings.HasSuffix(low, suf) && len(low) > len(suf) && low != "co"+suf {
					cut := t.End - len(suf)
					head := t
					head.Text, head.End, head.PossEnd = s[t.Start:cut], cut, cut
					head.Key = wordKey(head.Text)
					tail := token{Text: s[cut:t.End], Key: suf, Start: cut, End: t.End, PossEnd: t.End, Word: true}
					out = append(out, head, tail)
					split = true
					break
				}
			}
		}
		if !split {
			out = append(out, t)
		}
		if t.Poss {
			j = t.PossEnd
		}
		i = j
	}
	if strings.IndexByte(s, '\n') >= 0 {
		out = bulletsAsList(s, out)
	}
	return out
}

// bulletsAsList reads the markers of a list set out line by line (a
// lead-in and items "- A", "• B": layout.go makes every marker a dash) as
// the words of a list in prose: the marker of the first item opens it and
// is dropped, those of the items between become commas and that of the
// last becomes "and", so every rule that reads "with A, B, C and D" reads
// "with:\n- A\n- B\n- C\n- D" too. The tokens keep the markers' offsets.
func bulletsAsList(s string, toks []token) []token {
	var marks []int
	for k, t := range toks {
		if !t.Word && isBulletMark(t.Text) && lineStart(s, t.Start) {
			marks = append(marks, k)
		}
	}
	if len(marks) < 2 {
		return toks
	}
	drop := marks[0]
	for n, k := range marks[1:] {
		if n == len(marks)-2 {
			toks[k].Text, toks[k].Key, toks[k].Word = "and", "and", true
		} else {
			toks[k].Text, toks[k].Key = ",", ","
		}
	}
	return append(toks[:drop], toks[drop+1:]...)
}

// isBulletMark reports whether a punctuation token can mark a list item.
func isBulletMark(t string) bool {
	switch t {
	case "-", "*", "•", "–", "—", "·":
		return true
	}
	return false
}

// lineStart reports whether only blanks stand between the last line break
// before offset i and i (and there is one).
func lineStart(s string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch s[k] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

func nextIsLetter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordKey is the comparison key of a word: accents folded, lower case,
// typographic apostrophes and dashes made ASCII.
func wordKey(w string) string {
	return strings.ToLower(foldRunes(w))
}

// foldRunes is schema.FoldAccents without allocation for ASCII input.
func foldRunes(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return schema.FoldAccents(s)
		}
	}
	return s
}

// capitalPair reports whether a hyphen between left and a word starting
// with next joins two names ("Telekom-Perplexity") rather than making one
// ("T-Mobile", "AI-RAN", "co-founded"): left is a capitalised word of three
// or more letters ending in a lower-case letter, and next is a capital.
func capitalPair(left string, next rune) bool {
	first, _ := utf8.DecodeRuneInString(left)
	last, _ := utf8.DecodeLastRuneInString(left)
	return utf8.RuneCountInString(left) >= 3 && unicode.IsUpper(first) && unicode.IsLower(last) && unicode.IsUpper(next)
}
