package extract_test

import (
	"strings"
	"testing"
)

// pdfArticle is an article as text copied from a PDF gives it: wrapped at
// about 60 columns, with the page's footer and running header between two
// lines of one paragraph, and words broken at a line's end with a hyphen
// (text_pages.go).
func pdfArticle(middle ...string) string {
	lines := []string{
		"Operators test radio software on shared accelerated hardware",
		"",
		"The trial, which began in the spring at three sites in the",
		"north of the country, is meant to show that radio software",
		"and other workloads can share the same servers without any",
		"loss in the quality of calls or the speed of mobile data.",
		"",
	}
	lines = append(lines, middle...)
	return strings.Join(append(lines, "",
		"Engineers from both companies will publish the results of",
		"the trial at an industry conference later this year, the",
		"companies said, and expect the first commercial sites to be",
		"switched on before the end of the following year."), "\n")
}

func TestPDFLayout(t *testing.T) {
	runNews(t, []newsCase{
		{"a sentence across a page's footer and running header", pdfArticle(
			"Acme Telecom said on Monday that it had agreed to acquire a",
			"",
			"Page 1 of 2",
			"",
			"Operators test radio software on shared accelerated hardware",
			"",
			"stake of 20 percent in Cobalt Mobile, the radio software",
			"maker, for an undisclosed sum paid in cash and in shares."),
			[]string{"investedIn(acme-telecom,cobalt-mobile) date=2025-06-09 modality=planned"}},
		{"a bare page number", pdfArticle(
			"Acme Telecom said on Monday that it had agreed to acquire a",
			"- 1 -",
			"stake of 20 percent in Cobalt Mobile, the radio software",
			"maker, for an undisclosed sum paid in cash and in shares."),
			[]string{"investedIn(acme-telecom,cobalt-mobile) date=2025-06-09 modality=planned"}},
		{"a word broken before an ending", pdfArticle(
			"Acme Telecom said on Monday that it had made an invest-",
			"ment of 40 million euros in Cobalt Mobile, the radio maker",
			"based in the capital, to fund the trial and its next steps."),
			[]string{"investedIn(acme-telecom,cobalt-mobile) date=2025-06-09 amount=40 million euros"}},
		{"a word broken that the article writes whole", pdfArticle(
			"Acme Telecom said on Monday that it had already inves-",
			"ted 40 million euros in Cobalt Mobile, the radio maker",
			"based in the capital. Borealis Networks has invested too."),
			[]string{"investedIn(acme-telecom,cobalt-mobile) date=2025-06-09 amount=40 million euros"}},
		// near miss: a page number that ends a paragraph is a blank line
		{"a page number after a paragraph's end", pdfArticle(
			"Acme Telecom said on Monday that it had agreed to acquire a",
			"stake in Cobalt Mobile, the maker of radio software.",
			"Page 1 of 2",
			"Borealis Networks, a rival, declined to comment on it."),
			[]string{"investedIn(acme-telecom,cobalt-mobile) date=2025-06-09 modality=planned"}},
	})
}

// TestIndentedParagraphs covers hard-wrapped text whose paragraphs show
// only by an indented first line, with no blank line between them: a
// paragraph's last line, however full and however it ends (here with a web
// address), does not run on into the next.
func TestIndentedParagraphs(t *testing.T) {
	text := strings.Join([]string{
		"Operators test radio software on shared accelerated hardware",
		"",
		"  The Open Edge Alliance held its first meeting in Oslo on",
		"Monday. Engineers from eleven companies spent the day on the",
		"rules for testing radio software on shared servers. The work",
		"will go on in three groups over the summer. A report is due",
		"in the autumn. Details are at www.example.org/edge/oslo-2025",
		"  Acme Telecom said on Monday that it had joined the group. Its",
		"engineers will take part in the work on energy use at sites.",
	}, "\n")
	runNews(t, []newsCase{{"a paragraph ending without a full stop", text,
		[]string{"memberOf(acme-telecom,open-edge-alliance) since=2025-06-09"}}})
}
