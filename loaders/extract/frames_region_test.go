package extract_test

import "testing"

// TestFramesRegion: a roster opened by a sentence that names its group but
// none of its members ("Its founding signatories span every continent")
// and carried on by the sentences after it - inverted "From X came",
// members with descriptions between semicolons, "were all among", "the
// list included ..., with D joining them", bulleted and numbered lists
// after a heading - and the near misses that must state nothing.
func TestFramesRegion(t *testing.T) {
	runFrames(t, []newsCase{
		{"inverted 'From X came' with descriptions between semicolons, over two paragraphs",
			"The Stratos Alliance was unveiled in Oslo on Monday. Its founding signatories span three regions. " +
				"From the north came Acme Telecom, the Norwegian incumbent; Cobalt Mobile, the largest operator by subscribers; and Ion Cloud.\n\n" +
				"The southern contingent was smaller. Kestrel Telecom and Orbit Wireless were both among the companies that signed, with Pylon Labs joining them later.",
			[]string{
				"foundingMember(acme-telecom,stratos-alliance) frame", "foundingMember(cobalt-mobile,stratos-alliance) frame",
				"foundingMember(ion-cloud,stratos-alliance) frame",
				// "later" in the sentence: a joining after the start.
				"memberOf(kestrel-telecom,stratos-alliance) frame", "memberOf(orbit-wireless,stratos-alliance) frame",
				"memberOf(pylon-labs,stratos-alliance) frame",
			}},
		{"'the list included', 'with D joining them'",
			"The Edge Compute Forum held its first plenary in Lisbon. Its founding members come from two continents. " +
				"The European list included Acme Telecom and Cobalt Mobile, with Kestrel Telecom joining them from Asia.",
			[]string{
				"foundingMember(acme-telecom,edge-compute-forum) frame", "foundingMember(cobalt-mobile,edge-compute-forum) frame",
				"foundingMember(kestrel-telecom,edge-compute-forum) frame",
			}},
		{"bulleted and numbered lists after a heading and 'And from X:'",
			"The Open Fabric Initiative is a plan for shared cloud infrastructure.\n\n2. Who signed?\n" +
				"Its founding members are three organisations from each country. From Norway:\n- Acme Telecom, the incumbent\n- Cobalt Mobile\n- Ion Cloud\n\n" +
				"And from Portugal:\n1. Kestrel Telecom\n2. Nimbus Systems\n3. Orbit Wireless",
			[]string{
				"foundingMember(acme-telecom,open-fabric-initiative) frame", "foundingMember(cobalt-mobile,open-fabric-initiative) frame",
				"foundingMember(ion-cloud,open-fabric-initiative) frame", "foundingMember(kestrel-telecom,open-fabric-initiative) frame",
				"foundingMember(nimbus-systems,open-fabric-initiative) frame", "foundingMember(orbit-wireless,open-fabric-initiative) frame",
			}},
		{"near miss: a negated sentence after the opener",
			"The Stratos Alliance was unveiled in Oslo on Monday. Its founding members span three regions. " +
				"Acme Telecom and Cobalt Mobile were not among the companies that signed.",
			nil},
		{"near miss: another group closes the region",
			"The Stratos Alliance was unveiled in Oslo on Monday. Its founding members span three regions. " +
				"The Edge Compute Forum met in Paris. From the north came Acme Telecom and Cobalt Mobile.",
			nil},
		{"near miss: a list with no word that carries the roster on",
			"The Stratos Alliance was unveiled in Oslo on Monday. Its founding members span three regions. " +
				"Acme Telecom and Cobalt Mobile reported higher profits.",
			nil},
		{"near miss: the region closes after two sentences with nothing",
			"The Stratos Alliance was unveiled in Oslo on Monday. Its founding members span three regions. " +
				"The launch was delayed twice. Prices rose. Fees will be low. From the north came Acme Telecom and Cobalt Mobile.",
			nil},
		{"near miss: one name is no roster",
			"The Stratos Alliance was unveiled in Oslo on Monday. Its founding members span three regions. " +
				"Acme Telecom came to the launch with its chief executive.",
			nil},
	})
}
