package logscan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/phiguard/phiguard/detectors"
)

// numCats sizes arrays indexed by detectors.Category.
const numCats = 21

// A node is one distinct identifier: its category and the 64 bits of its
// keyed fingerprint.
type node struct {
	c detectors.Category
	h uint64
}

func (n node) String() string { return n.c.String() + ":" + fmt.Sprintf("%016x", n.h) }

func parseNode(s string) (node, error) {
	cs, hs, ok := strings.Cut(s, ":")
	if !ok {
		return node{}, fmt.Errorf("identifier %q is not category:fingerprint", s)
	}
	c, err := detectors.ParseCategory(cs)
	if err != nil {
		return node{}, err
	}
	h, err := strconv.ParseUint(hs, 16, 64)
	if err != nil {
		return node{}, fmt.Errorf("fingerprint of %s is not hex", cs)
	}
	return node{c, h}, nil
}

// personCat reports whether identifiers of category c stand for one person,
// so that two of them in one record are taken to be the same person. Dates,
// ZIP codes, ages, IPs, URLs, addresses (a city is one) and fax numbers (a
// clinic's) are shared by many people and would merge strangers. Names
// count only when they are full names (see isFullName).
func personCat(c detectors.Category) bool {
	switch c {
	case detectors.Date, detectors.ZIP, detectors.Age, detectors.IP, detectors.URL, detectors.Address, detectors.Fax:
		return false
	}
	return true
}

// isFullName reports a name of at least two words: "Smith" alone or
// "Alena" alone names too many people to join records by.
func isFullName(v []byte) bool {
	for i := 1; i < len(v)-1; i++ {
		if v[i] == ' ' || v[i] == ',' {
			return true
		}
	}
	return false
}

// ident accumulates who was exposed: distinct identifiers per category,
// which of them were seen together (union-find), counts per state and the
// exposure window. It is mergeable: a source's ident merges into its
// object's, an object's into the run's, and shard reports into one.
type ident struct {
	distinct [numCats]map[uint64]struct{}
	uf       unionFind
	states   map[string]*stateAcc
	first    time.Time
	last     time.Time
}

type stateAcc struct {
	records int64
	people  map[node]struct{} // one identifier per record with a state
}

func (id *ident) addDistinct(n node) bool {
	m := id.distinct[n.c]
	if m == nil {
		m = make(map[uint64]struct{})
		id.distinct[n.c] = m
	}
	if _, ok := m[n.h]; ok {
		return false
	}
	m[n.h] = struct{}{}
	return true
}

func (id *ident) distinctCount(c detectors.Category) int64 { return int64(len(id.distinct[c])) }

// record notes one record's identifiers: the person identifiers in it are
// one person; state, when known, is where the record places them.
func (id *ident) record(people []node, state string, t time.Time) {
	if len(people) > 0 {
		a := id.uf.add(people[0])
		for _, n := range people[1:] {
			id.uf.union(a, id.uf.add(n))
		}
	}
	if state != "" {
		s := id.state(state)
		s.records++
		if len(people) > 0 {
			s.people[people[0]] = struct{}{}
		}
	}
	id.see(t)
}

func (id *ident) state(code string) *stateAcc {
	if id.states == nil {
		id.states = map[string]*stateAcc{}
	}
	s := id.states[code]
	if s == nil {
		s = &stateAcc{people: map[node]struct{}{}}
		id.states[code] = s
	}
	return s
}

func (id *ident) see(t time.Time) {
	if t.IsZero() {
		return
	}
	if id.first.IsZero() || t.Before(id.first) {
		id.first = t
	}
	if t.After(id.last) {
		id.last = t
	}
}

// individuals estimates the number of distinct people: the groups of
// person identifiers seen together.
func (id *ident) individuals() int64 { return int64(id.uf.components()) }

// merge adds o to id.
func (id *ident) merge(o *ident) {
	for c, m := range o.distinct {
		for h := range m {
			id.addDistinct(node{detectors.Category(c), h})
		}
	}
	id.uf.merge(&o.uf)
	for code, s := range o.states {
		t := id.state(code)
		t.records += s.records
		for n := range s.people {
			t.people[n] = struct{}{}
		}
	}
	id.see(o.first)
	id.see(o.last)
}

// stateSummaries counts records and people per state, people by the groups
// of the union-find.
func (id *ident) stateSummaries() []StateSummary {
	var out []StateSummary
	for code, s := range id.states {
		roots := map[int32]struct{}{}
		for n := range s.people {
			if i, ok := id.uf.index[n]; ok {
				roots[id.uf.find(i)] = struct{}{}
			}
		}
		out = append(out, StateSummary{State: code, Records: s.records, Individuals: int64(len(roots))})
	}
	slices.SortFunc(out, func(a, b StateSummary) int {
		if a.Individuals != b.Individuals {
			return int(b.Individuals - a.Individuals)
		}
		return strings.Compare(a.State, b.State)
	})
	return out
}

func (id *ident) window() *Window {
	if id.first.IsZero() {
		return nil
	}
	return &Window{First: id.first, Last: id.last}
}

// Identities is the serialised form of what a report knows about who was
// exposed, so that reports of shards, checkpoints and Lambda tasks merge
// into exact totals. It holds keyed fingerprints, which are pseudonyms of
// PHI: keep reports that carry it where the PHI itself could be kept.
type Identities struct {
	// KeyID is the ID of the fingerprint key; identities of different keys
	// cannot be merged.
	KeyID string `json:"key_id"`
	// Fingerprints lists the distinct fingerprints (hex, without key ID)
	// per category.
	Fingerprints map[string][]string `json:"fingerprints,omitempty"`
	// Groups lists the person identifiers ("category:fingerprint"),
	// grouped by the records they were seen together in: each group is
	// taken to be one person.
	Groups [][]string `json:"groups,omitempty"`
	// States counts records per state and lists one identifier per person.
	States map[string]StateIdentities `json:"states,omitempty"`
	// First and Last bound the exposure window.
	First *time.Time `json:"first,omitempty"`
	Last  *time.Time `json:"last,omitempty"`
}

// StateIdentities is the per-state part of Identities.
type StateIdentities struct {
	Records int64    `json:"records"`
	People  []string `json:"people,omitempty"`
}

func (id *ident) export(keyID string) *Identities {
	out := &Identities{KeyID: keyID, Fingerprints: map[string][]string{}}
	for c, m := range id.distinct {
		if len(m) == 0 {
			continue
		}
		hs := make([]string, 0, len(m))
		for h := range m {
			hs = append(hs, fmt.Sprintf("%016x", h))
		}
		slices.Sort(hs)
		out.Fingerprints[detectors.Category(c).String()] = hs
	}
	for _, g := range id.uf.groups() {
		ss := make([]string, len(g))
		for i, n := range g {
			ss[i] = n.String()
		}
		slices.Sort(ss)
		out.Groups = append(out.Groups, ss)
	}
	slices.SortFunc(out.Groups, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	if len(id.states) > 0 {
		out.States = map[string]StateIdentities{}
		for code, s := range id.states {
			si := StateIdentities{Records: s.records}
			for n := range s.people {
				si.People = append(si.People, n.String())
			}
			slices.Sort(si.People)
			out.States[code] = si
		}
	}
	if !id.first.IsZero() {
		f, l := id.first, id.last
		out.First, out.Last = &f, &l
	}
	return out
}

// importIdentities rebuilds an ident from its serialised form.
func importIdentities(in *Identities) (*ident, error) {
	id := &ident{}
	for cs, hs := range in.Fingerprints {
		c, err := detectors.ParseCategory(cs)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			v, err := strconv.ParseUint(h, 16, 64)
			if err != nil {
				return nil, fmt.Errorf("fingerprint of %s is not hex", cs)
			}
			id.addDistinct(node{c, v})
		}
	}
	for _, g := range in.Groups {
		var ns []node
		for _, s := range g {
			n, err := parseNode(s)
			if err != nil {
				return nil, err
			}
			ns = append(ns, n)
		}
		id.record(ns, "", time.Time{})
	}
	for code, si := range in.States {
		s := id.state(code)
		s.records += si.Records
		for _, p := range si.People {
			n, err := parseNode(p)
			if err != nil {
				return nil, err
			}
			s.people[n] = struct{}{}
			id.uf.add(n)
		}
	}
	if in.First != nil {
		id.see(*in.First)
	}
	if in.Last != nil {
		id.see(*in.Last)
	}
	return id, nil
}

// unionFind groups nodes; find uses path halving, union by size.
type unionFind struct {
	index  map[node]int32
	nodes  []node
	parent []int32
	size   []int32
}

func (u *unionFind) add(n node) int32 {
	if i, ok := u.index[n]; ok {
		return i
	}
	if u.index == nil {
		u.index = map[node]int32{}
	}
	i := int32(len(u.nodes))
	u.index[n] = i
	u.nodes = append(u.nodes, n)
	u.parent = append(u.parent, i)
	u.size = append(u.size, 1)
	return i
}

func (u *unionFind) find(i int32) int32 {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int32) {
	a, b = u.find(a), u.find(b)
	if a == b {
		return
	}
	if u.size[a] < u.size[b] {
		a, b = b, a
	}
	u.parent[b] = a
	u.size[a] += u.size[b]
}

func (u *unionFind) components() int {
	n := 0
	for i := range u.parent {
		if u.parent[i] == int32(i) {
			n++
		}
	}
	return n
}

// merge adds o's nodes and groups.
func (u *unionFind) merge(o *unionFind) {
	for i, n := range o.nodes {
		a := u.add(n)
		if r := o.find(int32(i)); r != int32(i) {
			u.union(a, u.add(o.nodes[r]))
		}
	}
}

func (u *unionFind) groups() [][]node {
	by := map[int32][]node{}
	for i, n := range u.nodes {
		r := u.find(int32(i))
		by[r] = append(by[r], n)
	}
	out := make([][]node, 0, len(by))
	for _, g := range by {
		out = append(out, g)
	}
	return out
}
