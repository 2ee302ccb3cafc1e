package extract

// This file reads the possessive pronoun variant of "A formed a joint
// venture with B" (round 22, helper z26jv): "A formed its joint venture
// with B", "A completed its joint venture with B, which bought J", "A and
// B sealed their joint venture". families2.go read "its joint venture"
// only in apposition ("Y, its existing joint venture with B"); as a
// venture verb's object the possessive is the verb's subject, so the
// verb branch reads it as it reads "a joint venture". Completing or
// sealing a venture states it as "form" does; "closed" is left out, since
// a venture closed may be one shut down.

// ownVentureObject reports whether the venture noun at unit j ("its joint
// venture") is the object of the verb right before it rather than an
// apposition after a comma.
func ownVentureObject(c *clauses, j int) bool {
	return j >= 1 && c.us[j-1].Kind == 'V' && !c.us[j-1].Neg
}
