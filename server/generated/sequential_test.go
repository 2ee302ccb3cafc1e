package generated

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestQuotedString: a string written from its place is written byte for
// byte as graphql.MarshalString writes it.
func TestQuotedString(t *testing.T) {
	for _, s := range []string{
		"", "SK Telecom", `a "quoted" word`, `back\slash`, "tab\tnew\nline\rreturn",
		"\x00\x01\x1f control", "Telefónica – “curly” 日本", "\u2028 line separator", "</script>&",
	} {
		var want, got bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		v := s
		(*quotedString)(&v).MarshalGQL(&got)
		if got.String() != want.String() {
			t.Errorf("%q: wrote %s, graphql.MarshalString writes %s", s, got.String(), want.String())
		}
	}
	var null bytes.Buffer
	optString(nil).MarshalGQL(&null)
	if null.String() != "null" {
		t.Errorf("optString(nil) wrote %s", null.String())
	}
}
