package schema

import (
	"slices"
	"sort"
)

// Register is the entity register: every known entity by slug, with its
// canonical name, type and surface forms. The zero Register is empty and
// ready to use. A Register is not safe for concurrent writes.
type Register struct {
	bySlug map[string]Entity
	// gen counts the changes, so that what is derived from a register
	// (the extractor's lexicon) can be kept until the register changes.
	gen uint64
}

// Add puts e in the register, merging its aliases into an entry of the same
// slug. It returns an error wrapping ErrInvalid when the slug is already
// registered with another type.
func (r *Register) Add(e Entity) error {
	r.gen++
	if r.bySlug == nil {
		r.bySlug = make(map[string]Entity)
	}
	old, ok := r.bySlug[e.Slug]
	if !ok {
		r.bySlug[e.Slug] = e
		return nil
	}
	if old.Type != e.Type {
		return &TypeClashError{Slug: e.Slug, Have: old.Type, Want: e.Type}
	}
	seen := make(map[string]bool)
	for _, a := range old.Aliases {
		seen[a] = true
	}
	for _, a := range e.Aliases {
		if !seen[a] {
			old.Aliases = append(old.Aliases, a)
			seen[a] = true
		}
	}
	for _, id := range e.Identifiers {
		if !slices.Contains(old.Identifiers, id) {
			old.Identifiers = append(old.Identifiers, id)
		}
	}
	if old.Name == "" {
		old.Name = e.Name
	}
	r.bySlug[e.Slug] = old
	return nil
}

// Lookup returns the entity with the given slug.
func (r *Register) Lookup(slug string) (Entity, bool) {
	e, ok := r.bySlug[slug]
	return e, ok
}

// Generation changes whenever the register does (every Add), so a value
// derived from a register can be cached under its pointer and generation.
func (r *Register) Generation() uint64 { return r.gen }

// Len is the number of entities.
func (r *Register) Len() int { return len(r.bySlug) }

// Entities lists the entities sorted by slug.
func (r *Register) Entities() []Entity {
	out := make([]Entity, 0, len(r.bySlug))
	for _, e := range r.bySlug {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out
}

// Merge adds every entity of o to r.
func (r *Register) Merge(o *Register) error {
	for _, e := range o.Entities() {
		if err := r.Add(e); err != nil {
			return err
		}
	}
	return nil
}

// TypeClashError says that one slug was registered with two types.
type TypeClashError struct {
	Slug       string
	Have, Want EntityType
}

func (e *TypeClashError) Error() string {
	return "entity " + e.Slug + " is registered as " + string(e.Have) + ", not " + string(e.Want)
}

// Unwrap makes a TypeClashError match ErrInvalid.
func (e *TypeClashError) Unwrap() error { return ErrInvalid }
