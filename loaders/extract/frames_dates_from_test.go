package extract_test

import "testing"

// TestDatesFromWhen: a group's start told as a date, then who signed
// ("X dates from 2023, when A and B signed an MoU", "dates back to"):
// the signers are founding members (frames_region.go datesFrom). Near
// miss: a thing of the group's that dates from a year is no founding.
func TestDatesFromWhen(t *testing.T) {
	runNews(t, []newsCase{
		{"named group dates from", "The Radio Forum dates from March 2021, when Helix Wireless, Larch Networks and Polar Compute signed a memorandum in Turku.",
			[]string{"foundingMember(helix-wireless,radio-forum)", "foundingMember(larch-networks,radio-forum)", "foundingMember(polar-compute,radio-forum)"}},
		{"the group, dates back to", "Meridian Mobile joined the Radio Forum last year. The forum itself dates back to 2020, when Helix Wireless and Larch Networks signed its charter.",
			[]string{"foundingMember(helix-wireless,radio-forum)", "foundingMember(larch-networks,radio-forum)", "memberOf(meridian-mobile,radio-forum) since=2024"}},
		{"near miss: its roadmap dates from", "The Radio Forum met in May. Its roadmap dates from 2023, when Helix Wireless and Larch Networks drafted it.", nil},
	})
}
