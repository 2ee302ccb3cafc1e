package extract

import "regexp"

// A photo caption places the people it names in brackets: "P (left) and
// Q at the signing of the partnership agreement between A and B", "(second
// from right)". The bracket says where someone stands in the picture, not
// that anyone left a deal, so modalityOf reads past it before negRE, whose
// "left" is a company leaving (helper z18part).
var captionPlaceRE = regexp.MustCompile(`(?i)\((?:(?:second|third|far) )?(?:from )?(?:left|right|centre|center|l-r|l to r)\)`)
