package extract_test

import "testing"

// TestFoundIdioms covers foundings told by an idiom (found_idioms.go), with
// sentences written for the test, and near misses that must not fire.
func TestFoundIdioms(t *testing.T) {
	runNews(t, []newsCase{
		{"dates back to", "Granite Labs dates back to 2021.", []string{"founded(granite-labs) date=2021"}},
		{"an apposition before dates back to", "Granite Labs, the 50:50 joint venture of Acme Telecom and Helix Wireless, dates back to 2021.",
			[]string{"founded(granite-labs) date=2021", "jointVenture(acme-telecom,helix-wireless)"}},
		{"traces its roots to", "Granite Labs traces its roots to 1998.", []string{"founded(granite-labs) date=1998"}},
		{"opened its doors", "Granite Labs opened its doors in 2018.", []string{"founded(granite-labs) date=2018"}},
		{"which opened in City in Year", "The Radio Forum, which opened in Oslo in 2024, has 40 members.", []string{"founded(radio-forum) date=2024"}},
		{"started operations", "Granite Labs started operations in 2020.", []string{"founded(granite-labs) date=2020"}},
		{"began life", "Granite Labs began life in 2016 as a research project.", []string{"founded(granite-labs) date=2016"}},
		{"was born", "Granite Labs was born in 2015 out of a university project.", []string{"founded(granite-labs) date=2015"}},
		{"began work", "Granite Labs began work on 1 January 2021 with 40 staff.", []string{"founded(granite-labs) date=2021-01-01"}},
		{"has been around since", "Granite Labs has been around since 2010.", []string{"founded(granite-labs) date=2010"}},
		{"Since its founding in Year, X", "Since its founding in 2012, Granite Labs has grown fast.", []string{"founded(granite-labs) date=2012"}},

		// near misses
		{"opened an office", "Granite Labs opened an office in Berlin in 2024.", nil},
		{"opened in a city, not a relative clause", "Granite Labs opened in Berlin in 2024 with a sale.", nil},
		{"started talks", "Granite Labs started talks with Acme Telecom in 2020.", nil},
		{"no date", "Granite Labs traces its roots to a university project.", nil},
		{"a pronoun subject is left to the founding rules", "Acme Telecom led the project. It began work on 1 January 2021.", nil},
		{"a person was born", "Jane Park was born in 1970 in Oslo.", nil},
		{"a relative clause on the last name", "Acme Telecom bought a unit of Granite Labs, which dates back to 1990.",
			[]string{"founded(granite-labs) date=1990"}},
	})
}
