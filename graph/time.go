package graph

import (
	"context"

	"github.com/telcograph/telcograph/schema"
)

// InForce reports whether a link held on the date asOf, to the precision of
// both: it had begun (since starts before asOf ends, so "since 2024-07"
// holds as of 2024-07-15 but not as of 2024-06-30) and had not ended (until
// ends after asOf starts). A link with no since is taken to hold from the
// start; a planned link never holds.
func InForce(l schema.Link, asOf schema.Date) bool {
	if l.Modality == schema.Planned {
		return false
	}
	if !l.Since.IsZero() && !l.Since.Start().Before(asOf.End()) {
		return false
	}
	if !l.Until.IsZero() && !l.Until.End().After(asOf.Start()) {
		return false
	}
	return true
}

// Members returns the members of an alliance, by name. A founding member
// whose sources give no since date has the alliance's founding date (its
// earliest, when sources disagree). With a non-zero asOf, only the members in
// force then (InForce) are returned.
func (s *Store) Members(ctx context.Context, alliance string, asOf schema.Date) ([]schema.Link, error) {
	ls, err := s.Links(ctx, alliance, schema.RelMemberOf, In)
	return AsOf(ls, asOf), err
}

// Memberships returns the alliances a company is a member of, as Members
// does from the other side.
func (s *Store) Memberships(ctx context.Context, company string, asOf schema.Date) ([]schema.Link, error) {
	ls, err := s.Links(ctx, company, schema.RelMemberOf, Out)
	return AsOf(ls, asOf), err
}

// AsOf keeps the links in force on asOf (all of them for the zero Date).
func AsOf(ls []schema.Link, asOf schema.Date) []schema.Link {
	if asOf.IsZero() {
		return ls
	}
	out := ls[:0:0]
	for _, l := range ls {
		if InForce(l, asOf) {
			out = append(out, l)
		}
	}
	return out
}
