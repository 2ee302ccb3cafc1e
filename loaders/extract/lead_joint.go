package extract

import "regexp"

// jointRunRE is a thing two parties run together: "TIM Brasil and IHS run
// I-Systems together", "jointly operated by A and B". That is a shared
// venture, and neither party leads it (writer m, issue 13); "Led by A and
// B, the project ..." still names two leaders.
var jointRunRE = regexp.MustCompile(`(?i)\b(?:(?:run|runs|ran|running|operate|operates|operated|operating|manage|manages|managed|managing)\b[^.;:]{0,40}?\b(?:together|jointly)|(?:together|jointly)[ -](?:run|runs|ran|operate|operates|operated|manage|manages|managed))\b`)

// runJointly reports whether the sentence tells a thing run jointly.
func runJointly(s *sent) bool { return jointRunRE.MatchString(s.text) }
