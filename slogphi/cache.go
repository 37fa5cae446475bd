package slogphi

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/phiguard/phiguard/detectors"
)

// keyInfo is what the scanner's key rules say about a key path.
type keyInfo struct {
	path string // the path, for Scanner.ScanValue
	cat  detectors.Category
	ok   bool // the key names a category
}

var noKey keyInfo

// keyCache remembers the classification of key paths. Reads take no lock
// and do not allocate: the map is replaced, never changed, when a path is
// added. It stops growing at keyCacheMax paths, so that keys made from
// data cannot exhaust memory; paths beyond that are classified each time.
type keyCache struct {
	sc *detectors.Scanner
	m  atomic.Pointer[map[string]*keyInfo]
	mu sync.Mutex
	// fast is a direct-mapped table in front of m, indexed by a hash of
	// a few bytes of the path: most records use a few constant keys,
	// which it finds with one comparison.
	fast [256]atomic.Pointer[keyInfo]
}

const keyCacheMax = 4096

func (k *keyCache) init(sc *detectors.Scanner) {
	k.sc = sc
	m := map[string]*keyInfo{}
	k.m.Store(&m)
}

// slot returns the fast-table slot of a path of n bytes.
func (k *keyCache) slot(n int, first, mid, last byte) *atomic.Pointer[keyInfo] {
	return &k.fast[(uint(n)*131+uint(first)*31+uint(last)*7+uint(mid))&255]
}

// getString is get for a path held in a string.
func (k *keyCache) getString(path string) *keyInfo {
	n := len(path)
	if n == 0 {
		return &noKey
	}
	slot := k.slot(n, path[0], path[n/2], path[n-1])
	if ki := slot.Load(); ki != nil && ki.path == path {
		return ki
	}
	ki, ok := (*k.m.Load())[path]
	if !ok {
		ki = k.add(strings.Clone(path))
	}
	slot.Store(ki)
	return ki
}

// get returns what the key rules say about path.
func (k *keyCache) get(path []byte) *keyInfo {
	n := len(path)
	if n == 0 {
		return &noKey
	}
	slot := k.slot(n, path[0], path[n/2], path[n-1])
	if ki := slot.Load(); ki != nil && ki.path == string(path) {
		return ki
	}
	ki, ok := (*k.m.Load())[string(path)]
	if !ok {
		ki = k.add(string(path))
	}
	slot.Store(ki)
	return ki
}

// add classifies path p and remembers it, unless the cache is full.
func (k *keyCache) add(p string) *keyInfo {
	c, _, ok := k.sc.KeyCategory(p)
	ki := &keyInfo{path: p, cat: c, ok: ok}
	k.mu.Lock()
	defer k.mu.Unlock()
	old := *k.m.Load()
	if len(old) < keyCacheMax {
		m := make(map[string]*keyInfo, len(old)+1)
		for p, v := range old {
			m[p] = v
		}
		m[p] = ki
		k.m.Store(&m)
	}
	return ki
}

// cleanCache remembers strings that were scanned and held no PHI, so that
// constant messages and repeated values are not scanned again: free text
// alone, and values with the key path that classified them (whose scan
// depends on the key), hashed with a 0 byte between the two. It is a
// fixed table of cleanSlots entries, so memory stays bounded: a string
// goes in the slot its hash picks, replacing what was there.
//
// A slot holds two 64-bit hashes of the string under independent random
// seeds, not the string: a lookup matches when both hashes do, which for
// two different strings happens with probability 2^-128. The hashes are
// atomics, so lookups take no lock and never allocate; a lookup racing
// with a store sees either hash pair or a mix of the two, and a mix
// matches no string.
type cleanCache struct {
	seed1, seed2 maphash.Seed
	slots        [cleanSlots]cleanSlot
}

const (
	cleanSlots  = 4096
	cleanMaxLen = 4096 // longer strings are rare and their scan dwarfs the lookup
)

type cleanSlot struct {
	h1, h2 atomic.Uint64
}

func newCleanCache() *cleanCache {
	return &cleanCache{seed1: maphash.MakeSeed(), seed2: maphash.MakeSeed()}
}

func (c *cleanCache) hashes(s string) (*cleanSlot, uint64, uint64) {
	h1 := maphash.String(c.seed1, s)
	h2 := maphash.String(c.seed2, s)
	return &c.slots[h1%cleanSlots], h1, h2
}

// has reports whether s was found clean.
func (c *cleanCache) has(s string) bool {
	if len(s) > cleanMaxLen {
		return false
	}
	sl, h1, h2 := c.hashes(s)
	return sl.h1.Load() == h1 && sl.h2.Load() == h2
}

// pairHashes hashes a value with the key path it is stored under.
func (c *cleanCache) pairHashes(mh *maphash.Hash, path string, v []byte) (*cleanSlot, uint64, uint64) {
	mh.SetSeed(c.seed1)
	mh.WriteString(path)
	mh.WriteByte(0)
	mh.Write(v)
	h1 := mh.Sum64()
	mh.SetSeed(c.seed2)
	mh.WriteString(path)
	mh.WriteByte(0)
	mh.Write(v)
	return &c.slots[h1%cleanSlots], h1, mh.Sum64()
}

// hasPair reports whether v, under the key path, was found clean.
func (c *cleanCache) hasPair(mh *maphash.Hash, path string, v []byte) bool {
	if len(v) > cleanMaxLen {
		return false
	}
	sl, h1, h2 := c.pairHashes(mh, path, v)
	return sl.h1.Load() == h1 && sl.h2.Load() == h2
}

// addPair records that v, under the key path, is clean.
func (c *cleanCache) addPair(mh *maphash.Hash, path string, v []byte) {
	if len(v) > cleanMaxLen {
		return
	}
	sl, h1, h2 := c.pairHashes(mh, path, v)
	sl.h1.Store(h1)
	sl.h2.Store(h2)
}

// add records that s is clean.
func (c *cleanCache) add(s string) {
	if len(s) > cleanMaxLen {
		return
	}
	sl, h1, h2 := c.hashes(s)
	sl.h1.Store(h1)
	sl.h2.Store(h2)
}
