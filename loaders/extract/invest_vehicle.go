package extract

import "strings"

// This file reads a company described as another's vehicle or portfolio
// company (helper x13z5, issue 13): "Y, a vehicle of the Public
// Investment Fund,", "Y, an investment vehicle of X", "Y is a portfolio
// company of X" give investedIn(X, Y), as the tune gold's convention says
// ("a vehicle of X" gives investedIn). A portfolio company of several
// ("Y is a portfolio company of A and B") is each one's (helper z18inv);
// a vehicle stays one owner's. A unit, arm or subsidiary of X is
// ambiguous in that convention and stays unread here; a vehicle that is a
// car ("an electric vehicle of X"), a former or planned vehicle, and a
// vehicle whose owner is no company state nothing.

// vehicleHead reports whether noun phrase words w describe an investment
// vehicle or a portfolio company.
func vehicleHead(w string) bool {
	for _, det := range []string{"a ", "an ", "the "} {
		if rest, ok := strings.CutPrefix(w, det); ok {
			switch rest {
			case "vehicle", "investment vehicle", "holding vehicle", "special-purpose vehicle", "special purpose vehicle",
				"portfolio company", "investee company":
				return true
			}
		}
	}
	return false
}

// famVehicleOf reads "Y, a vehicle of X" and "Y is a vehicle of X".
func (x *extractor) famVehicleOf(c *clauses) {
	for n := 2; n+2 < len(c.us); n++ {
		if c.us[n].Kind != 'N' || !vehicleHead(c.us[n].words) || c.us[n+1].Kind != 'P' || c.us[n+1].Lemma != "of" {
			continue
		}
		o := n + 2
		if c.us[o].Kind == 'M' && (c.us[o].words == "the" || c.us[o].words == "a" || c.us[o].words == "an") {
			o++
		}
		if o >= len(c.us) || c.us[o].Kind != 'E' || c.isCountry(o) || c.ents[c.us[o].ent].poss {
			continue
		}
		y := -1
		switch {
		case c.isPunct(n-1, ",") && c.us[n-2].Kind == 'E':
			y = n - 2 // "Y, a vehicle of X"
		case c.us[n-1].Kind == 'V' && c.us[n-1].Lemma == "be" && !c.us[n-1].Neg && !c.relative(n-2):
			y = c.subject(n - 1) // "Y is a vehicle of X"
		}
		if y < 0 || c.us[y].Kind != 'E' || c.isCountry(y) || c.ents[c.us[y].ent].poss {
			continue
		}
		owners, owned := c.args(x, o), c.args(x, y)
		if len(owners) == 0 || len(owners) > 1 && !strings.HasSuffix(c.us[n].words, "portfolio company") || len(owned) != 1 || x.ownsItself(owners, owned) {
			continue
		}
		x.rule = "invest.vehicle-of"
		x.investEach(c, owners, owned, c.text(0, n), 0.7)
	}
}
