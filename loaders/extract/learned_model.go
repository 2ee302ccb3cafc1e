package extract

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/telcograph/telcograph/schema"
)

// learnedModelBytes is the trained model (learned_train.go writes it).
//
//go:embed learned_model.bin
var learnedModelBytes []byte

// learned is the model the pass scores with; nil when none is built in.
var learned = mustModel(learnedModelBytes)

// learnedModel holds one logistic model per learned relation.
type learnedModel struct {
	rels []learnedRelModel
}

// learnedRelModel is one relation's weights (by feature hash) and the
// score at which the pass states a fact.
type learnedRelModel struct {
	threshold float64
	w         map[uint32]float32
}

// score is the model's probability for the features.
func (m *learnedRelModel) score(feats []uint32) float64 {
	var z float64
	for _, f := range feats {
		z += float64(m.w[f])
	}
	return 1 / (1 + math.Exp(-z))
}

// learnedMagic opens a model file.
const learnedMagic = "TGLM1\n"

// encodeModel writes m: the magic, the number of relations, then per
// relation its name, threshold and (hash, weight) pairs in hash order.
func encodeModel(m *learnedModel) []byte {
	out := []byte(learnedMagic)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(m.rels)))
	for r, rm := range m.rels {
		name := learnedRels[r].name
		out = append(out, byte(len(name)))
		out = append(out, name...)
		out = binary.LittleEndian.AppendUint64(out, math.Float64bits(rm.threshold))
		keys := make([]uint32, 0, len(rm.w))
		for k := range rm.w {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
		for _, k := range keys {
			out = binary.LittleEndian.AppendUint32(out, k)
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(rm.w[k]))
		}
	}
	return out
}

// decodeModel reads what encodeModel wrote; the relations must be
// learnedRels, in order.
func decodeModel(b []byte) (*learnedModel, error) {
	if len(b) < len(learnedMagic) || string(b[:len(learnedMagic)]) != learnedMagic {
		return nil, errors.New("learned model: not a model file")
	}
	b = b[len(learnedMagic):]
	short := errors.New("learned model: file ends early")
	u32 := func() (uint32, error) {
		if len(b) < 4 {
			return 0, short
		}
		v := binary.LittleEndian.Uint32(b)
		b = b[4:]
		return v, nil
	}
	n, err := u32()
	if err != nil {
		return nil, err
	}
	if int(n) != len(learnedRels) {
		return nil, fmt.Errorf("learned model: %d relations, the pass has %d", n, len(learnedRels))
	}
	m := &learnedModel{rels: make([]learnedRelModel, n)}
	for r := range m.rels {
		if len(b) < 1 || len(b) < 1+int(b[0]) {
			return nil, short
		}
		name := string(b[1 : 1+int(b[0])])
		b = b[1+int(b[0]):]
		if name != learnedRels[r].name {
			return nil, fmt.Errorf("learned model: relation %d is %q, the pass wants %q", r, name, learnedRels[r].name)
		}
		if len(b) < 8 {
			return nil, short
		}
		m.rels[r].threshold = math.Float64frombits(binary.LittleEndian.Uint64(b))
		b = b[8:]
		k, err := u32()
		if err != nil {
			return nil, err
		}
		m.rels[r].w = make(map[uint32]float32, k)
		for range k {
			h, err := u32()
			if err != nil {
				return nil, err
			}
			w, err := u32()
			if err != nil {
				return nil, err
			}
			m.rels[r].w[h] = math.Float32frombits(w)
		}
	}
	if len(b) != 0 {
		return nil, errors.New("learned model: bytes after the last relation")
	}
	return m, nil
}

// mustModel decodes the built-in model; an empty file is no model.
func mustModel(b []byte) *learnedModel {
	if len(b) == 0 {
		return nil
	}
	m, err := decodeModel(b)
	if err != nil {
		panic(err)
	}
	return m
}

// withLearned adds to the rules' facts out the learned facts whose pair
// (memberships merged) the rules did not state; of one pair stated by
// the pass in several sentences, the highest-scored is kept.
func (x *extractor) withLearned(out []schema.Fact, subst func(*schema.Mention) bool) []schema.Fact {
	if len(x.learnedOut) == 0 {
		return out
	}
	have := make(map[string]bool, len(out))
	for _, f := range out {
		have[coreKey(f, true)] = true
	}
	best := make(map[string]int)
	var order []string
	for i, lf := range x.learnedOut {
		f := lf.Fact
		if !subst(&f.Subject) || !subst(&f.Object) || f.Subject.ID == f.Object.ID {
			continue
		}
		x.learnedOut[i].Fact = f
		k := coreKey(f, true)
		if have[k] {
			continue
		}
		if j, ok := best[k]; !ok {
			best[k] = i
			order = append(order, k)
		} else if lf.score > x.learnedOut[j].score {
			best[k] = i
		}
	}
	for _, k := range order {
		out = append(out, x.learnedOut[best[k]].Fact)
	}
	return out
}
