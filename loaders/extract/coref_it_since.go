package extract

// Precision family (issue 13, helper x14prec): "it" opening a clause
// after a subordinator ("since it was launched", "when it was set up") is
// read as an "it" after ", and" is (coref_it.go): the subject of the
// sentence's first clause when one organisation opens it; never one item
// of a coordinated subject, which would be "they". In "KDDI and Global
// Brain have run the vehicle together since it was launched in 2012" the
// nearest company, Global Brain, is not what was launched.

// itSubordinators open an adverbial clause whose subject may be "it".
var itSubordinators = map[string]bool{
	"since": true, "when": true, "after": true, "before": true, "until": true, "because": true,
	"although": true, "though": true, "once": true, "while": true,
}
