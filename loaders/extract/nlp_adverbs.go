package extract

// adverbAdj are adjectives that stand as adverbs between a subject and its
// verb ("The two companies first teamed up in 2019", "Orange later
// joined"), where they must not end the subject's noun phrase.
var adverbAdj = map[string]bool{"first": true, "last": true, "later": true, "early": true}
