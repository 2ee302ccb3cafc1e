package text

import (
	"html"
	"strings"
	"unicode/utf8"
)

// Highlight is a fragment of an article's text around the query's hits:
// HTML, the text escaped and each hit wrapped in <mark>…</mark>; "…" marks
// text left out.
type Highlight struct {
	Field    Field
	Fragment string
}

// fragmentContext is how many bytes of text a fragment keeps on each side
// of its hits.
const fragmentContext = 60

// Highlights returns up to max distinct fragments of d that show the hits
// of q, headline first, then text, then evidence.
func (q Query) Highlights(d *Doc, max int) []Highlight {
	var out []Highlight
	seen := map[string]bool{}
	for _, f := range []Field{Headline, Body, Evidence} {
		for _, s := range d.Texts(f) {
			if len(out) >= max {
				return out
			}
			spans := q.spans(s)
			if len(spans) == 0 {
				continue
			}
			fr := fragment(s, spans, f == Headline)
			if !seen[fr] {
				seen[fr] = true
				out = append(out, Highlight{Field: f, Fragment: fr})
			}
		}
	}
	return out
}

// spans finds the byte ranges of s where a clause of q matches, in order
// and without overlap.
func (q Query) spans(s string) [][2]int {
	toks := Tokens(s)
	marked := make([]bool, len(toks))
	for _, c := range q.clauses {
		n := len(c.terms)
		for i := 0; i+n <= len(toks); i++ {
			ok := true
			for k, t := range c.terms {
				got := toks[i+k].Term
				if k == n-1 && c.prefix {
					ok = strings.HasPrefix(got, t)
				} else {
					ok = got == t
				}
				if !ok {
					break
				}
			}
			if ok {
				for k := i; k < i+n; k++ {
					marked[k] = true
				}
			}
		}
	}
	var spans [][2]int
	for i, m := range marked {
		if !m {
			continue
		}
		// Neighbouring marked words are one span.
		if len(spans) > 0 && i > 0 && marked[i-1] {
			spans[len(spans)-1][1] = toks[i].End
			continue
		}
		spans = append(spans, [2]int{toks[i].Start, toks[i].End})
	}
	return spans
}

// fragment writes s around spans; whole keeps all of s (a headline).
func fragment(s string, spans [][2]int, whole bool) string {
	from, to := 0, len(s)
	if !whole {
		from = wordStart(s, max(spans[0][0]-fragmentContext, 0))
		to = wordEnd(s, min(spans[len(spans)-1][1]+fragmentContext, len(s)))
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	at := from
	for _, sp := range spans {
		if sp[0] < at || sp[1] > to {
			continue
		}
		b.WriteString(html.EscapeString(s[at:sp[0]]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(s[sp[0]:sp[1]]))
		b.WriteString("</mark>")
		at = sp[1]
	}
	b.WriteString(html.EscapeString(s[at:to]))
	if to < len(s) {
		b.WriteString("…")
	}
	return b.String()
}

// wordStart moves i back to the start of the word it falls in.
func wordStart(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isWordRune(r) {
			break
		}
		i -= n
	}
	return i
}

// wordEnd moves i forward to the end of the word it falls in.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return i
}
