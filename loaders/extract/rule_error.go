package extract

import (
	"fmt"
)

// RuleError is the error ExtractArticle returns when a rule failed on an
// article (a panic: a bug in the rules, never a fault of the text). One
// article's failure is that article's error: `extract` and `load` name the
// file and write nothing for it, `watch` reports the item and goes on, a
// server's ingestArticle answers with the error. Before round 18 a panic
// stopped the whole process ("X's members include A, the Y Forum and B"
// panicked on main for part of that round).
type RuleError struct {
	Name  string // the article's name as given to ExtractArticle
	Value any    // the panic's value
	Stack []byte // the goroutine's stack where the rule failed
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("extract %s: the extractor's rules failed on this article (a bug; please report it with the article): %v", e.Name, e.Value)
}

// panicHook, when set (by tests), runs at the start of every article.
var panicHook func(name string)
