package schema

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// Precision says how much of a Date is known.
type Precision int

// Precisions, coarsest first. PrecisionNone marks the zero Date.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// Date is a calendar date known to a year, a month or a day. The zero Date
// means "no date".
type Date struct {
	Year, Month, Day int
	Precision        Precision
}

// ParseDate reads "2023", "2023-02" or "2023-02-14". It returns an error
// wrapping ErrInvalid for anything else, including impossible days.
func ParseDate(s string) (Date, error) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, badDate(s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || (i > 0 && len(p) != 2) {
			return Date{}, badDate(s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Precision: Precision(len(parts))}
	if len(parts) >= 2 {
		if n[1] < 1 || n[1] > 12 {
			return Date{}, badDate(s)
		}
		d.Month = n[1]
	}
	if len(parts) == 3 {
		t := time.Date(n[0], time.Month(n[1]), n[2], 0, 0, 0, 0, time.UTC)
		if n[2] < 1 || t.Day() != n[2] {
			return Date{}, badDate(s)
		}
		d.Day = n[2]
	}
	return d, nil
}

// badDate is ParseDate's error, made only on failure: dates are parsed on
// hot read paths.
func badDate(s string) error {
	return fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD): %w", s, ErrInvalid)
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String formats d to its precision: "2023", "2023-02" or "2023-02-14".
func (d Date) String() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Start is the first day d covers; End is the day after the last one.
func (d Date) Start() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// End is the first day after the period d covers.
func (d Date) End() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return d.Start().AddDate(1, 0, 0)
	case PrecisionMonth:
		return d.Start().AddDate(0, 1, 0)
	}
	return d.Start().AddDate(0, 0, 1)
}

// Literal is d as a typed RDF literal whose datatype keeps the precision
// (xsd:gYear, xsd:gYearMonth, xsd:date).
func (d Date) Literal() quad.Value {
	t := XSDDate
	switch d.Precision {
	case PrecisionYear:
		t = XSDGYear
	case PrecisionMonth:
		t = XSDGYearMonth
	}
	return quad.TypedString{Value: quad.String(d.String()), Type: t}
}

// DateOf reads a literal written by Literal (or a plain string in the same
// form) back into a Date.
func DateOf(v quad.Value) (Date, bool) {
	var s string
	switch v := v.(type) {
	case quad.TypedString:
		s = string(v.Value)
	case quad.String:
		s = string(v)
	default:
		return Date{}, false
	}
	d, err := ParseDate(s)
	return d, err == nil
}

// MarshalGQL writes d as a GraphQL Date: a string to its precision.
func (d Date) MarshalGQL(w io.Writer) {
	io.WriteString(w, strconv.Quote(d.String()))
}

// UnmarshalGQL reads a GraphQL Date argument ("2023", "2023-02" or
// "2023-02-14").
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return Userf(ErrInvalid, nil, "a date is a string such as \"2024\", \"2024-05\" or \"2024-05-14\", not %v", v)
	}
	p, err := ParseDate(s)
	if err != nil {
		return Userf(ErrInvalid, err, "%q is not a date: write 2024, 2024-05 or 2024-05-14", s)
	}
	*d = p
	return nil
}
