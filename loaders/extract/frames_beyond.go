package extract

// beyondFoundersRE is a fronted phrase that sets the founders apart from
// the members the clause goes on to name: "Beyond the founding members,
// the alliance now includes A and B", "Besides its founders, X has signed
// up C". The founding cue there is no cue for the list.
var beyondFoundersRE = mustFiltered(`(?i)^\W*(?:beyond|besides|apart from|aside from|in addition to|on top of|other than|as well as) (?:the |its |their )?(?:(?:\w+|\d+) )?(?:founding (?:members?|partners?|companies|operators)|founders|co-founders)\b`)
