package extract

import (
	"regexp"
	"strings"
)

// A photo caption places the people it names in brackets: "P (left) and
// Q at the signing of the partnership agreement between A and B", "(second
// from right)". The bracket says where someone stands in the picture, not
// that anyone left a deal, so modalityOf reads past it before negRE, whose
// "left" is a company leaving (helper z18part).
var captionPlaceRE = regexp.MustCompile(`(?i)\((?:(?:second|third|far) )?(?:from )?(?:left|right|centre|center|l-r|l to r)\)`)

// captionOpenRE finds a caption's placing without brackets: "From left,
// representatives of A, B and C sign the charter", "Left to right: P, Q"
// (issue 13, helper z20found). Nobody left anything there either.
var captionOpenRE = regexp.MustCompile(`(?i)\b(?:(?:from|left) (?:left|right)(?: to (?:left|right))?|l-r)\b[,:]`)

// noCaptionPlace is t without the caption placings captionPlaceRE and
// captionOpenRE find.
func noCaptionPlace(t string) string {
	if strings.Contains(t, "(") {
		t = captionPlaceRE.ReplaceAllString(t, "") // "P (left) and Q at the signing"
	}
	if strings.Contains(t, "eft") || strings.Contains(t, "ight") || strings.Contains(t, "L-R") || strings.Contains(t, "l-r") {
		t = captionOpenRE.ReplaceAllString(t, "") // "From left, A and B"
	}
	return t
}
