package extract

// A frame cue inside an organisation's name is no cue: the cable operator
// Charter listed among new members made the roster a founding one
// ("charter" is a founding modifier), as "Partner Communications" or a
// "Founders Fund" would (round 18, probed on real news). Only registered
// names count: a capitalised rank ("Founding Members") is no name
// (mention_member_run.go) and a description ("the founding operators")
// is a cue.

// cueInName reports whether byte at lies inside the name of a registered
// organisation of s.
func cueInName(s *sent, at int) bool {
	for _, m := range s.ms {
		if m.Coref || m.Slug == "" || m.Kind == 'P' || m.Kind == 'N' {
			continue
		}
		if at >= m.Start && at < m.End {
			return true
		}
	}
	return false
}
