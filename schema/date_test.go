package schema_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
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
		{in: " 0042-07-04 ", want: "0042-07-04", start: "0042-07-04", end: "0042-07-05"},
		{in: "", bad: true},
		{in: "-", bad: true},
		{in: "2023-", bad: true},
		{in: "2023--01", bad: true},
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

// TestDateFormats: String and MarshalGQL write what fmt's zero-padded
// verbs write, for any year, month and day.
func TestDateFormats(t *testing.T) {
	for _, d := range []schema.Date{
		{}, {Year: 2023, Precision: schema.PrecisionYear}, {Year: 7, Month: 3, Precision: schema.PrecisionMonth},
		{Year: 12345, Month: 12, Day: 31, Precision: schema.PrecisionDay}, {Year: -5, Month: 1, Day: 2, Precision: schema.PrecisionDay},
	} {
		want := map[schema.Precision]string{
			schema.PrecisionYear:  fmt.Sprintf("%04d", d.Year),
			schema.PrecisionMonth: fmt.Sprintf("%04d-%02d", d.Year, d.Month),
			schema.PrecisionDay:   fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day),
		}[d.Precision]
		if got := d.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", d, got, want)
		}
		var b strings.Builder
		d.MarshalGQL(&b)
		if got := b.String(); got != strconv.Quote(want) {
			t.Errorf("%#v.MarshalGQL wrote %s, want %q", d, got, want)
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
