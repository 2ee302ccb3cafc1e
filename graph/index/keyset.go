package index

import (
	"iter"
	"slices"
)

// keySet is a set of name keys: a slice while small, a map once large. Most
// words and acronyms are in one name or a few, and a map per word cost the
// name index about 11 MiB at 10^6 quads where slices take a fraction; a
// word in thousands of names ("telecom") still adds and removes in constant
// time.
type keySet struct {
	small []string
	large map[string]struct{}
}

// keySetSmall is how many keys a set holds in its slice.
const keySetSmall = 16

func (s *keySet) add(k string) {
	switch {
	case s.large != nil:
		s.large[k] = struct{}{}
	case slices.Contains(s.small, k):
	case len(s.small) < keySetSmall:
		s.small = append(s.small, k)
	default:
		s.large = make(map[string]struct{}, 2*keySetSmall)
		for _, o := range s.small {
			s.large[o] = struct{}{}
		}
		s.large[k] = struct{}{}
		s.small = nil
	}
}

func (s *keySet) remove(k string) {
	if s.large != nil {
		delete(s.large, k)
		return
	}
	if i := slices.Index(s.small, k); i >= 0 {
		last := len(s.small) - 1
		s.small[i] = s.small[last]
		s.small[last] = ""
		s.small = s.small[:last]
	}
}

func (s *keySet) len() int {
	if s == nil {
		return 0
	}
	if s.large != nil {
		return len(s.large)
	}
	return len(s.small)
}

// all yields the keys in no particular order.
func (s *keySet) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		if s == nil {
			return
		}
		if s.large != nil {
			for k := range s.large {
				if !yield(k) {
					return
				}
			}
			return
		}
		for _, k := range s.small {
			if !yield(k) {
				return
			}
		}
	}
}

func addTo(m map[string]*keySet, k, v string) {
	s := m[k]
	if s == nil {
		s = &keySet{}
		m[k] = s
	}
	s.add(v)
}

func removeFrom(m map[string]*keySet, k, v string) {
	if s := m[k]; s != nil {
		s.remove(v)
		if s.len() == 0 {
			delete(m, k)
		}
	}
}
