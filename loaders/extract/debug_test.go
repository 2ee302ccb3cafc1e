package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/schema"
)

func TestDebugClauses(t *testing.T) {
	s := os.Getenv("DEBUG_SENT")
	if s == "" {
		t.Skip()
	}
	x := newExtractor(nil, schema.Date{})
	for _, st := range splitSentences(s) {
		toks := tokenize(st.Text)
		ms := x.findMentions(st.Text, toks)
		ms = x.definitions(st.Text, ms)
		se := &sent{text: st.Text, ms: ms}
		x.prepare(se)
		c := x.readClauses(se, toks)
		var b strings.Builder
		for _, u := range c.us {
			fmt.Fprintf(&b, "%c[%s|%s|%v] ", u.Kind, u.words, u.Lemma, u.Passive)
		}
		t.Log(b.String())
		var tg []string
		for _, tk := range tagSentence(toks) {
			tg = append(tg, tk.Text+"/"+tk.Pos.String())
		}
		t.Log(strings.Join(tg, " "))
	}
}
