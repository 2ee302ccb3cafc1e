package text_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/telcograph/telcograph/graph/text"
	"github.com/telcograph/telcograph/schema"
)

// FuzzParse feeds search texts to the parser and, when they parse, to the
// search and the highlighter: no panic, errors only of the documented
// kinds, tokens within the text, fragments valid UTF-8.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`"AI-RAN Alliance"`, "tele*", "ＳＫＴ", `"deutsche tel*" strasse`, `"`, "*", "&&", "e&", "ﬁ½", "\xff\xfe", `"a" "b" c* -d`} {
		f.Add(s)
	}
	x := testIndex()
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range text.Tokens(s) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End || tok.Term == "" {
				t.Fatalf("token %+v of %q", tok, s)
			}
		}
		q, err := text.Parse(s)
		if err != nil {
			if !errors.Is(err, schema.ErrInvalid) && !errors.Is(err, schema.ErrLimit) {
				t.Fatalf("Parse(%q): %v", s, err)
			}
			return
		}
		for _, h := range x.Search(q) {
			for _, hl := range q.Highlights(h.Doc, 3) {
				if !utf8.ValidString(hl.Fragment) || !strings.Contains(hl.Fragment, "<mark>") {
					t.Fatalf("%q: fragment %q", s, hl.Fragment)
				}
			}
		}
	})
}
