package extract

import (
	"errors"
	"strings"
	"testing"
)

// TestRulePanicFailsOnlyItsArticle: a rule that panics gives its article a
// *RuleError naming the article, with the stack, and the next article is
// read as usual.
func TestRulePanicFailsOnlyItsArticle(t *testing.T) {
	text := []byte("source: https://example.org/a\ndate: 2026-01-02\n\nHeadline\n\nKestrel Networks joined the Open Radio Forum.\n")
	panicHook = func(name string) {
		if name == "bad.txt" {
			var idx []int
			_ = idx[3] // index out of range, as a rule's slip would be
		}
	}
	defer func() { panicHook = nil }()

	f, err := ExtractArticle("bad.txt", text, ExtractOptions{})
	var re *RuleError
	if f != nil || !errors.As(err, &re) {
		t.Fatalf("got %v, %v; want no file and a *RuleError", f, err)
	}
	if re.Name != "bad.txt" || !strings.Contains(err.Error(), "extract bad.txt:") || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("error %q (name %q) does not name the article and the failure", err, re.Name)
	}
	if !strings.Contains(string(re.Stack), "rule_error_test.go") {
		t.Errorf("stack does not reach the failing code:\n%s", re.Stack)
	}

	f, err = ExtractArticle("good.txt", text, ExtractOptions{})
	if err != nil || f == nil || len(f.Articles) != 1 {
		t.Fatalf("the next article: %v, %v", f, err)
	}
}
