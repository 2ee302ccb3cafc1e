package extract

import "github.com/telcograph/telcograph/schema"

// knownVenture reports whether argument a names an entity the register
// types as a joint venture. Unlike resolve it never discovers a new
// entity, so asking has no side effect on the names read later (helper
// x14jv, issue 13).
func (x *extractor) knownVenture(a arg) bool {
	slug := a.slug
	if slug == "" && a.m != nil {
		slug = a.m.Slug
	}
	return slug != "" && x.typeOf(slug) == schema.TypeJointVenture
}
