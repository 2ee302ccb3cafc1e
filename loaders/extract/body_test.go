package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain with headers", "source: https://example.org/a\ndate: 2024-07\n\nAcme Telecom joined the Radio Forum.\nSecond line.", "Acme Telecom joined the Radio Forum.\nSecond line."},
		{"plain without headers", "Acme Telecom joined the Radio Forum.", "Acme Telecom joined the Radio Forum."},
		{"html boilerplate dropped", `<!doctype html><html><head><title>T</title></head><body>
<nav><p>Home | News</p></nav><article><h1>Acme joins</h1><p>Acme  Telecom
joined the Radio Forum.</p><aside><p>Related</p></aside></article><footer><p>(c) Site</p></footer></body></html>`,
			"Acme joins\nAcme Telecom joined the Radio Forum."},
		{"same story, other furniture", `<html><body><header><p>Other Site</p></header><article><h1>Acme joins</h1>
<p>Acme Telecom joined the Radio Forum.</p></article><script>var x = 1;</script></body></html>`,
			"Acme joins\nAcme Telecom joined the Radio Forum."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, extract.Text([]byte(tt.in))); diff != "" {
				t.Errorf("Text (-want +got):\n%s", diff)
			}
		})
	}
}
