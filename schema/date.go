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
	// strings.Split without its allocation: dates are parsed on hot paths.
	var all [3]string
	n, rest := 0, strings.TrimSpace(s)
	for {
		if n == len(all) {
			return Date{}, badDate(s)
		}
		p, after, more := strings.Cut(rest, "-")
		all[n], n, rest = p, n+1, after
		if !more {
			break
		}
	}
	parts := all[:n]
	if len(parts[0]) != 4 {
		return Date{}, badDate(s)
	}
	var v3 [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || (i > 0 && len(p) != 2) {
			return Date{}, badDate(s)
		}
		v3[i] = v
	}
	d := Date{Year: v3[0], Precision: Precision(len(parts))}
	if len(parts) >= 2 {
		if v3[1] < 1 || v3[1] > 12 {
			return Date{}, badDate(s)
		}
		d.Month = v3[1]
	}
	if len(parts) == 3 {
		t := time.Date(v3[0], time.Month(v3[1]), v3[2], 0, 0, 0, 0, time.UTC)
		if v3[2] < 1 || t.Day() != v3[2] {
			return Date{}, badDate(s)
		}
		d.Day = v3[2]
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
	if d.Precision == PrecisionNone {
		return ""
	}
	var b [16]byte
	return string(d.append(b[:0]))
}

// append appends d as String formats it.
func (d Date) append(b []byte) []byte {
	switch d.Precision {
	case PrecisionYear, PrecisionMonth, PrecisionDay:
		b = appendPadded(b, d.Year, 4)
	default:
		return b
	}
	if d.Precision >= PrecisionMonth {
		b = appendPadded(append(b, '-'), d.Month, 2)
	}
	if d.Precision == PrecisionDay {
		b = appendPadded(append(b, '-'), d.Day, 2)
	}
	return b
}

// appendPadded appends v in decimal, zero-padded to width digits as
// fmt's %0*d does.
func appendPadded(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v, width = -v, width-1
	}
	var digits [20]byte
	ds := strconv.AppendInt(digits[:0], int64(v), 10)
	for i := len(ds); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, ds...)
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
	// Digits and hyphens need no escaping.
	var b [24]byte
	w.Write(append(d.append(append(b[:0], '"')), '"'))
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
