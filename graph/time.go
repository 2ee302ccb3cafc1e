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
// whose sources give no since date gets the alliance's founding date (its
// earliest, when sources disagree). With a non-zero asOf, only the members in
// force then (InForce) are returned.
func (s *Store) Members(ctx context.Context, alliance string, asOf schema.Date) ([]schema.Link, error) {
	return s.memberLinks(ctx, alliance, In, asOf)
}

// Memberships returns the alliances a company is a member of, as Members
// does from the other side.
func (s *Store) Memberships(ctx context.Context, company string, asOf schema.Date) ([]schema.Link, error) {
	return s.memberLinks(ctx, company, Out, asOf)
}

func (s *Store) memberLinks(ctx context.Context, slug string, dir Direction, asOf schema.Date) ([]schema.Link, error) {
	links, err := s.Links(ctx, slug, schema.RelMemberOf, dir)
	if err != nil {
		return nil, err
	}
	founded := make(map[string]schema.Date)
	out := links[:0]
	for _, l := range links {
		if l.Founding() && l.Since.IsZero() {
			d, ok := founded[l.To]
			if !ok {
				if fs, err := s.Founded(ctx, l.To); err == nil && len(fs) > 0 {
					d = fs[0].Date
				}
				founded[l.To] = d
			}
			l.Since = d
		}
		if asOf.IsZero() || InForce(l, asOf) {
			out = append(out, l)
		}
	}
	return out, nil
}
