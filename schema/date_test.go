package schema_test

import (
	"errors"
	"testing"
	"time"

	"github.com/telcograph/telcograph/schema"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in         string
		want       string
		start, end string
		bad        bool
	}{
		{in: "2023", want: "2023", start: "2023-01-01", end: "2024-01-01"},
		{in: "2023-02", want: "2023-02", start: "2023-02-01", end: "2023-03-01"},
		{in: "2024-02-29", want: "2024-02-29", start: "2024-02-29", end: "2024-03-01"},
		{in: "2023-02-29", bad: true},
		{in: "2023-13", bad: true},
		{in: "2023-1", bad: true},
		{in: "23", bad: true},
		{in: "July 2023", bad: true},
		{in: "2023-02-14-1", bad: true},
	}
	for _, tt := range tests {
		d, err := schema.ParseDate(tt.in)
		if tt.bad {
			if !errors.Is(err, schema.ErrInvalid) {
				t.Errorf("ParseDate(%q): err = %v, want ErrInvalid", tt.in, err)
			}
			continue
		}
		if err != nil || d.String() != tt.want || d.Start().Format(time.DateOnly) != tt.start || d.End().Format(time.DateOnly) != tt.end {
			t.Errorf("ParseDate(%q) = %v [%s, %s), %v; want %s [%s, %s)", tt.in, d, d.Start().Format(time.DateOnly), d.End().Format(time.DateOnly), err, tt.want, tt.start, tt.end)
		}
		back, ok := schema.DateOf(d.Literal())
		if !ok || back != d {
			t.Errorf("%s: literal round trip gives %v", tt.in, back)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Telefónica": "telefonica", "  SK   Telecom ": "sk telecom", "e&": "e&", "Müller’s": "muller's"} {
		if got := schema.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
