package index

import (
	"iter"
	"slices"
)

// keySet is a set of name keys, by number (Names.keys): a slice while
// small, a map once large. Most words and acronyms are in one name or a
// few, and a map per word cost the name index about 11 MiB at 10^6 quads
// where slices take a fraction; a word in thousands of names ("telecom")
// still adds and removes in constant time. Numbers, not the key strings:
// at 10^7 quads the sets of strings were 609 MiB, 30% of the heap, and a
// pointer each for the garbage collector.
type keySet struct {
	small []uint32
	large map[uint32]struct{}
}

// keySetSmall is how many keys a set holds in its slice.
const keySetSmall = 16

func (s *keySet) add(k uint32) {
	switch {
	case s.large != nil:
		s.large[k] = struct{}{}
	case slices.Contains(s.small, k):
	case len(s.small) < keySetSmall:
		s.small = append(s.small, k)
	default:
		s.large = make(map[uint32]struct{}, 2*keySetSmall)
		for _, o := range s.small {
			s.large[o] = struct{}{}
		}
		s.large[k] = struct{}{}
		s.small = nil
	}
}

func (s *keySet) remove(k uint32) {
	if s.large != nil {
		delete(s.large, k)
		return
	}
	if i := slices.Index(s.small, k); i >= 0 {
		last := len(s.small) - 1
		s.small[i] = s.small[last]
		s.small = s.small[:last]
	}
}

func (s *keySet) has(k uint32) bool {
	if s == nil {
		return false
	}
	if s.large != nil {
		_, ok := s.large[k]
		return ok
	}
	return slices.Contains(s.small, k)
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
func (s *keySet) all() iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
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

func addTo(m map[string]*keySet, k string, v uint32) {
	s := m[k]
	if s == nil {
		s = &keySet{}
		m[k] = s
	}
	s.add(v)
}

func removeFrom(m map[string]*keySet, k string, v uint32) {
	if s := m[k]; s != nil {
		s.remove(v)
		if s.len() == 0 {
			delete(m, k)
		}
	}
}
