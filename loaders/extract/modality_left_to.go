package extract

import "regexp"

// Leaving one post to take another asserts the new one (round 16, helper
// z20roles, the roles6 drill): in "P left to become BT's chief
// executive" or "P quit Telia to run BT" the leaving is of the old post,
// so the negation that "left" and "quit" carry (negRE) is not the new
// post's: the words up to the infinitive are dropped before the
// modality is read, and "to become" states the title as held.

// leftToRE is "left" or "quit", a few words, and an infinitive of taking
// a post.
var leftToRE = regexp.MustCompile(`(?i)\b(?:left|quit)\b(?: [^ ]+){0,4}? to (become|run|take over|head|lead|chair)\b`)
