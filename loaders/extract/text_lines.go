package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Typography must not change what an article says (issue 13). The rules
// read one paragraph per line with ASCII spaces, which is how the tuning
// splits are written; news reaches us in other shapes too, and each one
// cost a third of the recall or more before this layer:
//
//   - hard-wrapped text (wire copy, plain-text press releases, e-mail,
//     text from PDFs) breaks a paragraph into lines of about the same
//     width; read one line at a time, every sentence that crosses a
//     break was cut in two (tune F1 0.92 -> 0.52 when wrapped at 72);
//   - no-break and other Unicode spaces (U+00A0 from &nbsp;, U+202F)
//     were not spaces to the sentence splitter (dev2 F1 0.84 -> 0.69
//     with U+00A0 after full stops);
//   - a soft hyphen (U+00AD) or a zero-width character inside a name hid
//     the name from the register;
//   - typographic quotation marks and apostrophes (“ ” ‘ ’) were known to
//     some rules and not others.
//
// readLines returns the body's lines twice: lines, as the rules read them
// (a soft-wrapped paragraph's lines joined by one space, or by nothing
// after a compound's hyphen; a run of spaces holding a Unicode space one
// ASCII space; invisible characters dropped), and origs, as written, so
// that a fact's evidence quotes the article verbatim (text.go). maps[i]
// maps each byte offset of lines[i] (and its end) to the offset in
// origs[i]; it is nil when the two are the same, as they are for every
// line of an article in plain ASCII, one paragraph per line.
func readLines(body string) (lines, origs []string, maps [][]int) {
	raw := strings.Split(body, "\n")
	width := wrapWidth(raw)
	headline, words := firstLine(raw), map[string]bool(nil)
	headAt := 0
	for headAt < len(raw) && strings.TrimSpace(raw[headAt]) == "" {
		headAt++
	}
	if width > 0 {
		words = articleWords(body)
	}
	for i := 0; i < len(raw); i++ {
		orig := raw[i]
		if end, ok := pageBreak(raw, i, headline); ok && i > 0 {
			for ; i < end; i++ { // a PDF's page furniture: blank lines (text_pages.go)
				lines, origs, maps = append(lines, ""), append(origs, raw[i]), append(maps, make([]int, 1))
			}
			i--
			continue
		}
		if interstitial(orig) {
			lines, origs, maps = append(lines, ""), append(origs, orig), append(maps, make([]int, 1))
			continue // "READ MORE: ...": a blank line (text_markup.go)
		}
		var nb normBuf
		if i == headAt {
			nb.add(recaseHeadline(raw, i), 0) // text_headline.go
		} else {
			nb.add(raw[i], 0)
		}
		for width > 0 && i+1 < len(raw) {
			nx := i + 1 // the next line, past a page's furniture (text_pages.go)
			if end, ok := pageBreak(raw, nx, headline); ok && end < len(raw) {
				nx = end
			}
			if !softBreak(raw[i], raw[nx], width) || interstitial(raw[nx]) {
				break
			}
			nb.trimRight()
			if !hyphenBreak(raw[i], raw[nx]) {
				nb.b, nb.m = append(nb.b, ' '), append(nb.m, len(orig)) // the break
			} else if len(nb.b) > 0 && nb.b[len(nb.b)-1] == '-' && wordBreak(raw[i], raw[nx], words) { // text_pages.go
				nb.b, nb.m = nb.b[:len(nb.b)-1], nb.m[:len(nb.m)-1]
			}
			for _, skipped := range raw[i+1 : nx] {
				orig += "\n" + skipped
			}
			orig += "\n"
			next := raw[nx]
			lead := len(next) - len(strings.TrimLeftFunc(next, unicode.IsSpace))
			nb.add(next[lead:], len(orig)+lead)
			orig += next
			i = nx
		}
		line := string(nb.b)
		var m []int
		if line != orig {
			m = append(nb.m, len(orig))
		}
		lines, origs, maps = append(lines, line), append(origs, orig), append(maps, m)
	}
	return lines, origs, maps
}

// normBuf is a line being normalised, with the original offset of each of
// its bytes.
type normBuf struct {
	b []byte
	m []int
}

// add appends s, found at offset base of the original, normalised: a run
// of white space that holds a Unicode space becomes one ASCII space, an
// invisible character is dropped, a typographic quotation mark or
// apostrophe becomes its ASCII form, and the rest is copied byte for byte
// (ASCII runs of spaces and tabs stay as written: tables align with them).
func (nb *normBuf) add(s string, base int) {
	skipFrom, skipTo := -1, 0 // a Markdown link's "](url)" (text_markup.go)
	for i := 0; i < len(s); {
		if i == skipFrom {
			i, skipFrom = skipTo, -1
			continue
		}
		if c := s[i]; c == '*' || c == '_' || c == '#' || c == '[' {
			if n, from, to := markupAt(s, i, i == 0 && base == 0); n > 0 {
				if to > 0 {
					skipFrom, skipTo = from, to
				}
				i += n
				continue
			}
		}
		if s[i] == '<' {
			if n, block := tagAt(s, i); n > 0 {
				if rest := s[i+n:]; block && len(nb.b) > 0 && strings.TrimSpace(rest) != "" && !unicode.IsSpace(rune(rest[0])) {
					nb.addRune(' ', base+i)
				}
				i += n
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '&' {
			if c, n, ok := charRef(s, i); ok {
				nb.addRune(c, base+i)
				i += n
				continue
			}
		}
		switch {
		case invisible(r):
			i += w
		case usDollarAt(s, i):
			i += 2 // "US$6.6 billion" reads as "$6.6 billion"; the evidence keeps "US$" (text_currency.go)
		case asciiQuote(r) != 0:
			nb.b, nb.m = append(nb.b, asciiQuote(r)), append(nb.m, base+i)
			i += w
		case r == '\u2010' || r == '\u2011':
			// a hyphen or non-breaking hyphen ("AI\u2011RAN", "T\u2011Mobile")
			nb.b, nb.m = append(nb.b, '-'), append(nb.m, base+i)
			i += w
		case i+w < len(s) && s[i+w] >= utf8.RuneSelf && combining(s[i+w:]):
			// a letter and its combining accents, as NFD text writes
			// "Telefo\u0301nica": the composed letters, as the register
			// spells them (text_markup.go)
			j := i + w
			for j < len(s) && combining(s[j:]) {
				_, w2 := utf8.DecodeRuneInString(s[j:])
				j += w2
			}
			for _, c := range []byte(norm.NFC.String(s[i:j])) {
				nb.b, nb.m = append(nb.b, c), append(nb.m, base+i)
			}
			i = j
		case unicode.IsSpace(r):
			j, wide := i, false
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) && !invisible(r2) {
					break
				}
				wide = wide || r2 >= utf8.RuneSelf && !invisible(r2)
				j += w2
			}
			if wide {
				nb.b, nb.m = append(nb.b, ' '), append(nb.m, base+i)
			} else {
				for k := i; k < j; k++ {
					if s[k] < utf8.RuneSelf {
						nb.b, nb.m = append(nb.b, s[k]), append(nb.m, base+k)
					}
				}
			}
			i = j
		default:
			for k := 0; k < w; k++ {
				nb.b, nb.m = append(nb.b, s[i+k]), append(nb.m, base+i+k)
			}
			i += w
		}
	}
}

// addRune appends the character an HTML reference at offset at stood
// for, normalised as add normalises a character written out.
func (nb *normBuf) addRune(r rune, at int) {
	switch {
	case invisible(r):
	case asciiQuote(r) != 0:
		nb.b, nb.m = append(nb.b, asciiQuote(r)), append(nb.m, at)
	case unicode.IsSpace(r):
		if len(nb.b) == 0 || nb.b[len(nb.b)-1] != ' ' {
			nb.b, nb.m = append(nb.b, ' '), append(nb.m, at)
		}
	default:
		for _, c := range []byte(string(r)) {
			nb.b, nb.m = append(nb.b, c), append(nb.m, at)
		}
	}
}

// trimRight drops trailing spaces.
func (nb *normBuf) trimRight() {
	for len(nb.b) > 0 && (nb.b[len(nb.b)-1] == ' ' || nb.b[len(nb.b)-1] == '\t' || nb.b[len(nb.b)-1] == '\r') {
		nb.b, nb.m = nb.b[:len(nb.b)-1], nb.m[:len(nb.m)-1]
	}
}

// joinMaps is the offset map of lines joined by "\n", given each line's
// map (nil: the same as its original) and original.
func joinMaps(lines, origs []string, maps [][]int) []int {
	same := true
	for _, m := range maps {
		same = same && m == nil
	}
	if same {
		return nil
	}
	var out []int
	base := 0
	for k, l := range lines {
		for i := 0; i < len(l); i++ {
			if maps[k] == nil {
				out = append(out, base+i)
			} else {
				out = append(out, base+maps[k][i])
			}
		}
		base += len(origs[k])
		out = append(out, base) // the "\n" after it, or the end
		base++
	}
	return out
}

// wrapWidth is the width an article was hard-wrapped at, or 0 when it was
// not. In hard-wrapped prose the lines a paragraph goes on after lie
// within a word's length of one width, well under a paragraph's usual
// length; an article written one paragraph per line has few such lines
// (lists, rosters, a headline over its dateline) and their lengths spread.
// Short lines (headings, roster rows) say nothing either way and are not
// counted.
func wrapWidth(raw []string) int {
	var ls []int
	for i, l := range raw {
		// Only a line the paragraph goes on after can show the width:
		// a paragraph's last line is as short as it happens to be.
		if i+1 == len(raw) || strings.TrimSpace(raw[i+1]) == "" {
			continue
		}
		if n := utf8.RuneCountInString(strings.TrimRightFunc(l, unicode.IsSpace)); n >= 30 {
			ls = append(ls, n)
		}
	}
	if len(ls) < 5 {
		return 0
	}
	sort.Ints(ls)
	w := ls[len(ls)*9/10] // the width: a line or two may run over it
	if w < 40 || w > 140 {
		return 0
	}
	near := 0
	for _, n := range ls {
		if n <= w+2 && n >= w-25 {
			near++
		}
	}
	if near < 4 || near*10 < len(ls)*6 {
		return 0
	}
	// Wrapping leaves no line much longer than its width: a listicle's
	// headings over paragraphs of one line each are alike in length, but
	// their paragraphs run far past them.
	long, over := 0, 0
	for _, l := range raw {
		n := utf8.RuneCountInString(strings.TrimRightFunc(l, unicode.IsSpace))
		if n >= 30 {
			long++
		}
		if n > w+10 {
			over++
		}
	}
	if over*10 > long {
		return 0
	}
	return w
}

// softBreak reports whether the break between line and next, in an
// article wrapped at width, was made by the wrapping and not by the
// writer: line was filled (next's first word would not have fitted on
// it) and next goes on with the same paragraph (it is not blank, not a
// list item, not a table's row and not indented as a new paragraph).
func softBreak(line, next string, width int) bool {
	l := strings.TrimRightFunc(line, unicode.IsSpace)
	n := utf8.RuneCountInString(l)
	if n == 0 || n > width+2 || strings.TrimSpace(next) == "" {
		return false
	}
	if bulletRE.MatchString(next) && (bulletRE.MatchString(line) || !wrappedMarker(l, next)) {
		return false
	}
	if strings.Contains(next, "|") || strings.HasPrefix(next, "\t") || strings.HasPrefix(next, "    ") {
		return false
	}
	if indent(next) > indent(line) && !bulletRE.MatchString(line) {
		return false // a paragraph's first line, indented (text_pages.go)
	}
	first := strings.TrimLeftFunc(next, unicode.IsSpace)
	fw := utf8.RuneCountInString(first[:leadingWord(first)])
	return n+1+fw > width-2 && n*3 >= width*2
}

// wrappedMarker reports whether next, which opens like a list item, is
// the rest of line's sentence: a dash or a number with a full stop can
// open a line only because the wrapping put it there ("... on April\n1.
// The ...", "... two new members\n– Lablup and XL8"), which a line that
// ends without a stop, colon or semicolon shows. A bullet sign ("•",
// "*") is always a list item.
func wrappedMarker(line, next string) bool {
	t := strings.TrimLeftFunc(next, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(t)
	if r != '-' && r != '–' && r != '—' && !unicode.IsDigit(r) {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".:;!?", end)
}

// hyphenBreak reports whether line ends inside a hyphenated compound
// that goes on at the start of next ("Nokia-\nled").
func hyphenBreak(line, next string) bool {
	l := strings.TrimRightFunc(line, unicode.IsSpace)
	if !strings.HasSuffix(l, "-") || len(l) < 2 || len(l) < len(line) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(l[:len(l)-1])
	after, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(before) && (unicode.IsLetter(after) || unicode.IsDigit(after))
}

// leadingWord is the byte length of s's first word.
func leadingWord(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}

// invisible reports whether r is a character that shows nothing inside a
// word: a soft hyphen, zero-width spaces and joiners, a byte-order mark.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// asciiQuote is the ASCII form of a typographic quotation mark or
// apostrophe, or 0: the rules read "the company’s blog" and “ … ” as they
// read the ASCII text (tune m-t06 lost a chief executive to a curly
// quotation mark before a title).
func asciiQuote(r rune) byte {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F':
		return '"'
	}
	return 0
}
