package extract

// A roster whose owner is not named before it ("Its members include A, B
// and the Linux Foundation") takes the first alliance its sentence names
// as the owner (sentenceAllianceArg); when that alliance is an item of the
// roster itself, it is a member, not the owner, and the owner is the
// paragraph's group (x.curAlli), or no one.

// rosterOwnerOutsideList returns alliance unless one of items names the
// same group; then the current group of the paragraph when the list does
// not hold it too, else false.
func (x *extractor) rosterOwnerOutsideList(alliance arg, items []arg) (arg, bool) {
	id := x.resolve(alliance, allianceTypes)
	if id == "" {
		return alliance, true
	}
	inList := func(g string) bool {
		for _, a := range items {
			if x.resolve(a, allianceTypes) == g {
				return true
			}
		}
		return false
	}
	if !inList(id) {
		return alliance, true
	}
	if x.curAlli == "" || x.curAlli == id || inList(x.curAlli) {
		return arg{}, false
	}
	return arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}, true
}
