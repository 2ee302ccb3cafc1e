package extract

// An emphatic reflexive before a past title (round 19, helper z23roles;
// dev4's "Telia's chair P, himself a former Tele2 chief executive"): "P,
// himself a former X chief executive," is P's past title at X, as ", a
// former X chief executive," is (roles_insert.go).

// reflexiveFormer reports whether gap is ", himself a former " (or
// herself, themselves, and "the former").
func reflexiveFormer(gap string) bool {
	switch gap {
	case ", himself a former ", ", herself a former ", ", himself the former ", ", herself the former ", ", themselves a former ":
		return true
	}
	return false
}
