package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dashes that set off an aside. News sets an aside off with a pair of
// dashes as often as with a pair of commas: "Vimpelcom — in which Telenor
// holds 33% — reported a loss", "Telefonica—the Spanish operator—invested
// in the start-up". The rules read the comma form (a relative clause, an
// apposition) and not the dash form, which cost every fact such an aside
// carries and often the main clause's too. dashAside rewrites a pair of
// aside dashes within one sentence as commas before the rules read it; the
// evidence still quotes the sentence as written (mentions.go, run).
//
// An aside dash is an em dash (U+2014), spaced or not (American style sets
// it closed up), a spaced en dash (U+2013, British style), a spaced hyphen
// or a double hyphen. An en dash or a hyphen closed up between two words
// is no aside ("the Nokia–Ericsson deal", "2019–2024", "AI-RAN"). Only a
// pair is rewritten, and only when the aside between them is short (at
// most asideMaxWords words) and holds no sentence punctuation: a single
// dash introduces a list or an afterthought ("four members – A, B, C and
// D"), which the rules read as it is.

// asideMaxWords is the longest aside a pair of dashes may set off.
const asideMaxWords = 16

// dashAt reports whether an aside dash starts at byte i of t, and the end
// of the dash with the spaces around it, and where it starts with them;
// closed is an en dash closed up between two words, an aside dash only in
// a pair around a lower-case aside of two words or more.
func dashAt(t string, i int) (from, to int, closed, ok bool) {
	r, w := utf8.DecodeRuneInString(t[i:])
	spaceBefore := i > 0 && t[i-1] == ' '
	switch {
	case r == '—':
	case r == '–' && !spaceBefore && i > 0 && i+w < len(t) && t[i+w] != ' ':
		a, _ := utf8.DecodeLastRuneInString(t[:i])
		z, _ := utf8.DecodeRuneInString(t[i+w:])
		if unicode.IsDigit(a) || unicode.IsDigit(z) {
			return 0, 0, false, false // "2019–2024"
		}
		closed = true
	case r == '–' || r == '-':
		if r == '-' && strings.HasPrefix(t[i:], "--") {
			w = 2
		}
		if !spaceBefore || i+w >= len(t) || t[i+w] != ' ' {
			if w == 2 && i > 0 && i+w < len(t) && t[i-1] != '-' && t[i+w] != '-' {
				break // "A--the aside--B": a typewriter's em dash
			}
			return 0, 0, false, false
		}
	default:
		return 0, 0, false, false
	}
	from, to = i, i+w
	for from > 0 && t[from-1] == ' ' {
		from--
	}
	for to < len(t) && t[to] == ' ' {
		to++
	}
	return from, to, closed, true
}

// dashAside returns t with a pair of aside dashes written as commas, and
// whether it found one. Each pair found is rewritten.
func dashAside(t string) (string, bool) {
	if !strings.ContainsAny(t, "—–-") {
		return t, false
	}
	type dash struct {
		from, to int
		closed   bool
	}
	var ds []dash
	for i := 0; i < len(t); {
		if f, e, c, ok := dashAt(t, i); ok {
			ds = append(ds, dash{f, e, c})
			i = e
			continue
		}
		_, w := utf8.DecodeRuneInString(t[i:])
		i += w
	}
	if len(ds) < 2 {
		return t, false
	}
	var b strings.Builder
	last, changed := 0, false
	for k := 0; k+1 < len(ds); k++ {
		a, z := ds[k], ds[k+1]
		if a.from == 0 || !asideSpan(t[a.to:z.from]) || !wordBefore(t[:a.from]) {
			continue
		}
		if (a.closed || z.closed) && !lowerAside(t[a.to:z.from]) {
			continue // "the Nokia–Ericsson and Orange–SFR deals"
		}
		b.WriteString(t[last:a.from])
		b.WriteString(", ")
		b.WriteString(t[a.to:z.from])
		if rest := strings.TrimLeft(t[z.to:], " "); rest == "" || strings.ContainsAny(rest[:1], ".,;:!?)") {
			last = z.to // the aside ends the clause: its own punctuation follows
		} else {
			b.WriteString(", ")
			last = z.to
		}
		changed = true
		k++
	}
	if !changed {
		return t, false
	}
	b.WriteString(t[last:])
	return b.String(), true
}

// asideSpan says whether s can be an aside: one to asideMaxWords words,
// no sentence punctuation and no comma (a list between dashes, "the five
// founders - A, B, C and D - which", is read as a list by the rules).
func asideSpan(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, ".,;:!?\"“”") {
		return false
	}
	n := len(strings.Fields(s))
	return n >= 1 && n <= asideMaxWords
}

// lowerAside says whether s opens with a lower-case word and holds two
// words or more: what a closed-up en dash must enclose to be an aside.
func lowerAside(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) && strings.Contains(strings.TrimSpace(s), " ")
}

// wordBefore says whether s ends in a word or a closing mark (a dash
// after a comma or another dash is no aside's opening).
func wordBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' || r == '%' || r == '\'' || r == '’' || r == '"' || r == '”'
}
