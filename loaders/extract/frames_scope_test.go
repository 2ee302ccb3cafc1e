package extract_test

import "testing"

// TestFramesScope: a frame's members stay inside the clause and the body
// it speaks of. An owner apposed after ", and" is no founder; the people
// or institutions who founded a company are no founding members of a
// group; a roster "of" a body no mention linked is not the roster of the
// group in reach; and a bare founder noun that opens a paragraph does not
// reach back to the subject of the paragraph before; "but neither is"
// takes back the roster before it.
func TestFramesScope(t *testing.T) {
	runFrames(t, []newsCase{
		{"an owner apposed after ', and' is a clause of its own",
			"Acme Telecom was one of the founders of the Stratos Alliance in May, and its majority owner, Cobalt Mobile, is pursuing its own projects in Asia.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) family"}},
		{"near miss: a list after ', and' still names founders",
			"Acme Telecom was one of the founders of the Stratos Alliance in May, and Cobalt Mobile and Ion Cloud were founders too.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) family", "foundingMember(cobalt-mobile,stratos-alliance) frame",
				"foundingMember(ion-cloud,stratos-alliance) frame"}},
		{"a company founded by researchers from others",
			"Pylon Labs was founded in 2015 by researchers from Acme Telecom and the Stratos Alliance.",
			nil},
		{"near miss: a group founded by companies",
			"The Stratos Alliance met in Oslo on Monday. It was founded in 2015 by Acme Telecom and Cobalt Mobile.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) family", "foundingMember(cobalt-mobile,stratos-alliance) family"}},
		{"founders of a body no mention links",
			"The Stratos Alliance met in Oslo on Monday. Acme Telecom, Cobalt Mobile and Ion Cloud were among the founders of the new edge forum.",
			nil},
		{"'but neither' takes back the roster before it",
			"The Stratos Alliance opened a lab in Oslo this spring. Several companies wrote letters supporting its bid, among them Acme Telecom and Cobalt Mobile, but neither is a founding partner of the lab.",
			nil},
		{"a paragraph's bare founder noun keeps to the article's group",
			"The Stratos Alliance was set up in 2019. The Stratos Alliance now has 300 members.\n\n" +
				"The Edge Compute Forum has grown too, Jane Park said.\n\n" +
				"Acme Telecom, Cobalt Mobile and Ion Cloud are founding backers.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) frame", "foundingMember(cobalt-mobile,stratos-alliance) frame",
				"foundingMember(ion-cloud,stratos-alliance) frame"}},
	})
}
