package extract_test

// regionCases are founding rosters told over several sentences: an opener
// that names the group (by name, pronoun or description) and no member,
// then the members in a later sentence or paragraph in one of the shapes
// wire copy and listicles use, with descriptions on the items or none.
func regionCases() []pcase {
	intro := "The Open Fabric Initiative was unveiled in Oslo on Monday. "
	openers := []opt{
		{"its-signatories", intro + "Its founding signatories span two continents."},
		{"its-members-counted", intro + "Its founding members are three companies from two countries."},
		{"initiative-founders", intro + "The initiative's founders come from two countries."},
	}
	conts := []opt{
		{"from-came", " From the north came {A}; {B}; and {C}."},
		{"para-among", "\n\nThe northern contingent was the biggest. {A}, {B} and {C} were all among the companies that signed."},
		{"list-with", " The northern list included {A} and {B}, with {C} joining them."},
		{"bullets", " From the north:\n- {A}\n- {B}\n- {C}"},
		{"numbered", "\n\nAnd from the south:\n1. {A}\n2. {B}\n3. {C}"},
	}
	var shapes []opt
	for _, o := range openers {
		for _, c := range conts {
			shapes = append(shapes, opt{o.label + "," + c.label, o.text + c.text})
		}
	}
	items := map[string][]opt{
		"A": {{"plain", "Acme Telecom"}, {"descr", "Acme Telecom, the Finnish operator"}},
		"B": {{"plain", "Borealis Networks"}},
		"C": {{"plain", "Cobalt Mobile"}, {"descr", "Cobalt Mobile, Norway's largest carrier by subscribers"}},
	}
	return cases("region", shapes, items,
		"foundingMember(acme-telecom,open-fabric-initiative)",
		"foundingMember(borealis-networks,open-fabric-initiative)",
		"foundingMember(cobalt-mobile,open-fabric-initiative)",
		"founded(open-fabric-initiative) 2025-06-09")
}

// behindCases tell a founding membership after the fact: the member as one
// of the companies "behind" the group when it started, the others added
// with "alongside" or "together with", the group by name or acronym.
func behindCases() []pcase {
	shapes := []opt{
		{"one-of", "{A} was one of the {N} companies behind {G} when it started, {W} {B} and {C}."},
		{"among", "{A} was among the firms behind {G} at launch, {W} {B} and {C}."},
		{"fronted", "{W} {B} and {C}, {A} was one of the operators behind {G} from the outset."},
	}
	slots := map[string][]opt{
		"A": {{"plain", "Acme Telecom"}, {"descr", "Finnish operator Acme Telecom"}},
		"B": {{"plain", "Borealis Networks"}},
		"C": {{"plain", "Cobalt Mobile"}},
		"N": {{"three", "three"}, {"none", "founding"}},
		"G": {{"name", "the Open Fabric Initiative"}},
		"W": {{"alongside", "alongside"}, {"along-with", "along with"}, {"together-with", "together with"}},
	}
	return cases("behind", shapes, slots,
		"foundingMember(acme-telecom,open-fabric-initiative)",
		"foundingMember(borealis-networks,open-fabric-initiative)",
		"foundingMember(cobalt-mobile,open-fabric-initiative)")
}
