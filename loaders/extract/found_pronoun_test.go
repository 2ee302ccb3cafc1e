package extract_test

import "testing"

// TestFoundPronoun covers a passive founding whose subject is an "it"
// standing for the group in focus (found_pronoun.go), with sentences
// written for the test, and the near misses that must not fire.
func TestFoundPronoun(t *testing.T) {
	runNews(t, []newsCase{
		{"It was launched at a fair, after a question", "Q: What is the difference?\nA: The Open Edge Alliance is about open interfaces. The Radio Forum is about what runs on the radio network: tests, plans and chips. Different questions, different people.\n\nQ: How did it start?\nA: It was launched at a trade fair in Barcelona in 2024.",
			[]string{"founded(radio-forum) date=2024"}},
		{"It was set up in 2019, in an answer", "A: The Open Edge Alliance sets standards. The Radio Forum tests radios: cheap ones and big ones. Both matter.\n\nQ: When did it begin?\nA: It was set up in 2019.",
			[]string{"founded(radio-forum) date=2019"}},

		// near misses
		{"a company named after the group", "A: The Open Edge Alliance sets standards. The Radio Forum tests radios: cheap ones and big ones. Jane Park showed a radio.\n\nQ: When did it begin?\nA: It was launched in 2019.", nil},
		{"the group named too long ago", "A: The Open Edge Alliance sets standards. The Radio Forum tests radios: cheap ones and big ones. Both matter. Prices fell. Vendors cut staff.\n\nQ: When did it begin?\nA: It was set up in 2019.", nil},
		{"not launched", "A: The Open Edge Alliance sets standards. The Radio Forum tests radios: cheap ones and big ones. Both matter.\n\nQ: When did it begin?\nA: It was not launched in 2019.", nil},
	})
}
