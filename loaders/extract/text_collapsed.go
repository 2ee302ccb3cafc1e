package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// collapsedBody reports whether body is a collapsed article: a headline
// and at most one other line, that one long (the whole body run together,
// as text copied from a feed or a form comes). Only such an article is
// read for lists run into its text: one laid out in lines shows its lists
// by its lines, and is read exactly as before.
func collapsedBody(body string) bool {
	n, long := 0, false
	for _, l := range strings.Split(body, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n++
		long = long || len(l) >= 300
	}
	return n <= 2 && long
}

// unfoldLists gives back the lines of the lists a collapsed article ran
// into its text (docs/extractor-rounds.md, round 17): after a colon, three
// items or more each opened by the same bullet ("- ", "• ", ...) or by
// numbers counting up from 1, every item but the last a few words with no
// sentence end. The space before each marker and the one where the last
// item ends (lastItemEnd) become line breaks, so the body keeps its length
// and offsets; the list is then read as one laid out in lines is
// (listBlock and the lead-in's colon, text.go).
func unfoldLists(body string) string {
	if !collapsedBody(body) {
		return body
	}
	b := []byte(body)
	for c := 0; c+2 < len(b); c++ {
		if b[c] == ':' && b[c+1] == ' ' {
			unfoldList(b, c+2)
		}
	}
	unfoldSections(b)
	return string(b)
}

var inlineBullet = []string{"- ", "• ", "* ", "– ", "· "}

// unfoldList reads a list whose first marker stands at p in b (after a
// colon) and, when it has three items or more, turns the space before
// each marker, and the one after its last item, into a line break.
func unfoldList(b []byte, p int) {
	s := string(b)
	marker := func(at, k int) int { // the marker's length at at, or 0
		if k == 0 {
			for _, m := range inlineBullet {
				if strings.HasPrefix(s[at:], m) {
					return len(m)
				}
			}
			return 0
		}
		for _, m := range []string{strconv.Itoa(k) + ". ", strconv.Itoa(k) + ") "} {
			if strings.HasPrefix(s[at:], m) {
				return len(m)
			}
		}
		return 0
	}
	num := 0
	ml := marker(p, 0)
	if ml == 0 {
		num = 1
		if ml = marker(p, 1); ml == 0 {
			return
		}
	}
	bullet := s[p : p+ml]
	starts := []int{p}
	at := p + ml
	for {
		next := -1
		if num == 0 {
			if i := strings.Index(s[at:], " "+bullet); i >= 0 {
				next = at + i + 1
			}
		} else if i := strings.Index(s[at:], " "+strconv.Itoa(num+len(starts))+s[p+ml-2:p+ml]); i >= 0 {
			next = at + i + 1
		}
		if next < 0 || !listItem(s[at:next-1]) {
			break
		}
		starts = append(starts, next)
		at = next + len(s[next:next+ml]) // numbers grow: find the marker's end
		if num > 0 {
			at = next + strings.IndexByte(s[next:], ' ') + 1
		}
	}
	// An item that opens in small letters describes the one before it
	// ("- AT&T - the US carrier"): no break before it; a list ending in
	// one is left as it is, as nothing shows where the description ends.
	breaks, longest := []int{}, 0
	for i, st := range starts {
		r, _ := utf8.DecodeRuneInString(s[st+ml:])
		if num == 0 && unicode.IsLower(r) {
			if i == len(starts)-1 {
				return
			}
			continue
		}
		breaks = append(breaks, st)
		if i+1 < len(starts) {
			name, _, _ := strings.Cut(s[st:starts[i+1]], ",")
			longest = max(longest, len(strings.Fields(name))-1)
		}
	}
	if len(breaks) < 3 {
		return
	}
	end := lastItemEnd(s, at, longest)
	if end < 0 {
		return
	}
	for _, st := range breaks {
		b[st-1] = '\n'
	}
	b[end] = '\n'
}

// listItem reports whether t reads as one item of a list of names: a few
// words, no sentence end.
func listItem(t string) bool {
	return len(strings.Fields(t)) <= 12 && !strings.ContainsAny(t, ".?!:;") || len(strings.Fields(t)) <= 4 && !strings.Contains(t, ". ")
}

var itemNumberRE = regexp.MustCompile(`^\d{1,2}[.)]$`)

// itemGlue are small words a name may hold in small letters.
var itemGlue = map[string]bool{"of": true, "de": true, "du": true, "and": true, "&": true, "for": true, "la": true, "le": true, "der": true, "von": true, "van": true, "y": true, "e": true, "des": true, "di": true, "del": true}

// lastItemEnd is the offset of the space where a list's last item,
// starting at at, ends and the text goes on, or -1: before a capitalised
// word that a word in small letters follows (a sentence's subject), a
// word ending in a colon, an item number, or a word after a full stop.
func lastItemEnd(s string, at, longest int) int {
	i := at
	words := 0
	prev, described := "", false
	for i < len(s) && words < 12 {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			return -1
		}
		w := s[i : i+j]
		k := i + j + 1
		nx := ""
		if e := strings.IndexByte(s[k:], ' '); e >= 0 {
			nx = s[k : k+e]
		}
		if words > 0 && words >= longest && !described {
			return i - 1 // no longer than the longest name before it
		}
		if words > 0 {
			r, _ := utf8.DecodeRuneInString(w)
			n, _ := utf8.DecodeRuneInString(nx)
			if itemNumberRE.MatchString(w) || strings.HasSuffix(w, ":") ||
				strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!") ||
				unicode.IsUpper(r) && unicode.IsLower(n) && (!itemGlue[nx] || !capitalAfter(s[k+len(nx):])) {
				return i - 1
			}
		}
		prev = w
		described = described || strings.HasSuffix(w, ",")
		words++
		i = k
	}
	return -1
}

// capitalAfter reports whether the word after the space s opens with has a
// capital.
func capitalAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return unicode.IsUpper(r)
}

// quoteUnfolded quotes the sentences of a collapsed article as it was
// written: unfoldLists only turned spaces into line breaks, and the body
// had none after its headline.
func quoteUnfolded(out []sentence) {
	for i := range out {
		if q := out[i].quote(); strings.Contains(q, "\n") {
			out[i].Quote = strings.ReplaceAll(q, "\n", " ")
		}
	}
}

// unfoldSections gives back the paragraph breaks before a collapsed
// listicle's numbered sections ("... in January. 2. T-Mobile US: an early
// start ..."): three or more numbers counting up from 1, each after a
// sentence's end (or a colon or a closing quote). The section's heading
// stays run into its first sentence, but the paragraph is the section
// again, so the company in focus, "the company" and the last paragraph's
// subject do not reach across it.
func unfoldSections(b []byte) {
	s := string(b)
	var at []int
	from := 0
	for k := 1; ; k++ {
		m := " " + strconv.Itoa(k) + ". "
		found := -1
		for i := from; ; {
			j := strings.Index(s[i:], m)
			if j < 0 {
				break
			}
			p := i + j
			if p > 0 && strings.ContainsRune(".?!\"”:", rune(s[p-1])) || p > 0 && s[p-1] == '\n' {
				found = p
				break
			}
			i = p + 1
		}
		if found < 0 {
			break
		}
		at = append(at, found)
		from = found + len(m)
	}
	if len(at) < 3 {
		return
	}
	for _, p := range at {
		b[p] = '\n'
	}
}
