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

// companyLike reports whether type t is a company a description ("the
// company", "the operator") can stand for: a joint venture is a company
// too (helper x14jv: "Mowali, a joint venture of A and B, ... Launched in
// 2018, the company is run from Mauritius").
func companyLike(t schema.EntityType) bool {
	return t == schema.TypeCompany || t == schema.TypeJointVenture
}
