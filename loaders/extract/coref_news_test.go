package extract_test

import (
	"testing"
)

// corefCase sentences refer back to an organisation named earlier: by a
// description ("the coalition", "the startup"), a pronoun or possessive
// ("It", "Its founding members"), a plural ("the four companies") or a
// short form ("OEA", "the Edge Forum"). The article date is 2025-06-12.
func TestNewsCoref(t *testing.T) {
	fm := func(alli string, ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "foundingMember("+id+","+alli+")")
		}
		return out
	}
	mo := func(alli string, ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "memberOf("+id+","+alli+")")
		}
		return out
	}
	runNews(t, []newsCase{
		// founding and membership through a description
		{"the coalition's founding members", "The Open Edge Alliance held its first meeting in Oslo. The coalition's founding members are Acme Telecom and Borealis Networks.",
			fm("open-edge-alliance", "acme-telecom", "borealis-networks")},
		{"the group was founded by", "Operators gathered for the Radio Forum in Oslo. The group was founded by Acme Telecom and Cobalt Mobile in 2021.",
			append([]string{"founded(radio-forum) date=2021"}, fm("radio-forum", "acme-telecom", "cobalt-mobile")...)},
		{"It was co-founded by", "The Radio Forum publishes test plans. It was co-founded by Helix Wireless and Ion Cloud.",
			append([]string{"founded(radio-forum)"}, fm("radio-forum", "helix-wireless", "ion-cloud")...)},
		{"It after a company stays the company", "Acme Telecom sells radios. It joined the Radio Forum in May.", []string{"memberOf(acme-telecom,radio-forum)"}},
		{"Its founding members include", "The Open Edge Alliance has grown to 40 members. Its founding members include Granite Labs and Larch Networks.",
			fm("open-edge-alliance", "granite-labs", "larch-networks")},
		{"joined the forum", "The Radio Forum met in Oslo on Monday. Kestrel Telecom and Meridian Mobile joined the forum last month.",
			[]string{"memberOf(kestrel-telecom,radio-forum) since=2025-05", "memberOf(meridian-mobile,radio-forum) since=2025-05"}},
		{"Also joining are", "Acme Telecom has joined the Radio Forum. Also joining are Borealis Networks and Cobalt Mobile.",
			mo("radio-forum", "acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"the partnership: a name's head noun", "Acme Telecom praised the Edge AI Partnership on Monday. The partnership was launched last year by Granite Labs, Ion Cloud and Kestrel Telecom.",
			append([]string{"founded(edge-ai-partnership) date=2024"}, fm("edge-ai-partnership", "granite-labs", "ion-cloud", "kestrel-telecom")...)},
		{"the partnership with nothing of that head is nothing", "Acme Telecom praised the Radio Forum on Monday. The partnership was launched last year by Granite Labs, Ion Cloud and Kestrel Telecom.", nil},
		{"are members, as is", "The Radio Forum met in Oslo. Acme Telecom and Ion Cloud are members, as is Kestrel Telecom.",
			mo("radio-forum", "acme-telecom", "ion-cloud", "kestrel-telecom")},
		{"the forum's chairperson in a copula", "The Radio Forum met in Oslo. Jane Park of Acme Telecom is the forum's president and chairperson.", []string{"chairmanOf(jane-park,radio-forum)"}},
		{"the body is led by", "The Radio Forum has 30 members. The body is led by Acme Telecom.", []string{"ledBy(radio-forum,acme-telecom)"}},

		// short forms
		{"acronym defined then used", "The Open Edge Alliance (OEA) published a report. Acme Telecom and Borealis Networks are founding members of OEA.",
			fm("open-edge-alliance", "acme-telecom", "borealis-networks")},
		{"bare initials never expanded", "Acme Telecom joined the OEA in May.", mo("open-edge-alliance", "acme-telecom")},

		// founding leftovers
		{"established in a year by", "The Radio Forum was established in 2021 by Acme Telecom and Cobalt Mobile.",
			append([]string{"founded(radio-forum) date=2021"}, fm("radio-forum", "acme-telecom", "cobalt-mobile")...)},
		{"fronted co-founded by ... in", "Co-founded by Acme Telecom and Ion Cloud in 2016, the Radio Forum now has 60 members.",
			append([]string{"founded(radio-forum) date=2016"}, fm("radio-forum", "acme-telecom", "ion-cloud")...)},
		{"launched at an event by", "The Open Edge Alliance was launched at MWC 2023 by Acme Telecom, Borealis Networks and Cobalt Mobile.",
			append([]string{"founded(open-edge-alliance) date=2023"}, fm("open-edge-alliance", "acme-telecom", "borealis-networks", "cobalt-mobile")...)},
		{"X's creation in", "Since the Radio Forum's creation in 2018, it has published 12 specifications.", []string{"founded(radio-forum) date=2018"}},
		{"launched a test suite is no founding", "The Radio Forum launched a test suite in 2024.", nil},

		// chairs
		{"chair of the board at", "Jane Park, chair of the board at Acme Telecom, spoke first.", []string{"chairmanOf(jane-park,acme-telecom)"}},
		{"who chairs the board of", "Jane Park, who chairs the board of Acme Telecom, spoke first.", []string{"chairmanOf(jane-park,acme-telecom)"}},
		{"Name (chairman, X)", "The panel heard Jane Park (chairman, Acme Telecom) and Omar Haddad.", []string{"chairmanOf(jane-park,acme-telecom)"}},
		{"The chairman of X, Name", "The chairman of Acme Telecom, Jane Park, opened the meeting.", []string{"chairmanOf(jane-park,acme-telecom)"}},
		{"its chairman Name", "Acme Telecom reported results on Monday. Its chairman, Jane Park, said margins improved.", []string{"chairmanOf(jane-park,acme-telecom)"}},
		{"the forum's chair", "The Radio Forum met in Oslo. The forum's chair, Lena Berg, opened the session.", []string{"chairmanOf(lena-berg,radio-forum)"}},
		{"chair of a committee is no chair", "Jane Park, chair of Acme Telecom's technical committee, spoke.", nil},

		// partners
		{"selected B as its partner", "Acme Telecom has selected Cobalt Mobile as its partner for edge AI.", []string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		// Round 24: "A, together with B, did X" stated no partnership
		// the blind writers annotated (0 right of 8 on dev6-dev14).
		{"near miss: A, together with B, will", "Acme Telecom, together with Cobalt Mobile, will build an AI cloud.", nil},
		{"A partnership between A and B will", "A partnership between Acme Telecom and Cobalt Mobile will bring AI to base stations.", []string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"the two companies will work", "Acme Telecom met Cobalt Mobile in Oslo. The two companies will work together on edge AI.", []string{"partnerOf(acme-telecom,cobalt-mobile) modality=planned"}},
		{"selected B as its supplier is no partnership", "Acme Telecom has selected Cobalt Mobile as its supplier for radios.", nil},
		{"the two companies work apart", "Acme Telecom met Cobalt Mobile in Oslo. The two companies will work on edge AI separately.", nil},
	})
}
