package slogphi

import (
	"hash/maphash"
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
}

const keyCacheMax = 4096

func (k *keyCache) init(sc *detectors.Scanner) {
	k.sc = sc
	m := map[string]*keyInfo{}
	k.m.Store(&m)
}

func (k *keyCache) get(path []byte) *keyInfo {
	if len(path) == 0 {
		return &noKey
	}
	if ki, ok := (*k.m.Load())[string(path)]; ok {
		return ki
	}
	p := string(path)
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

// cleanCache remembers short strings that were scanned and held no PHI,
// so that constant messages and repeated values are not scanned again.
// It is a fixed table of cleanSlots entries: a string goes in the slot its
// hash picks, replacing what was there. It holds only text that the
// scanner passed, which the handler logs as it is anyway.
type cleanCache struct {
	seed  maphash.Seed
	slots [cleanSlots]cleanSlot
}

const (
	cleanSlots  = 1024
	cleanMaxLen = 96
)

type cleanSlot struct {
	mu sync.Mutex
	n  uint8
	b  [cleanMaxLen]byte
}

func newCleanCache() *cleanCache { return &cleanCache{seed: maphash.MakeSeed()} }

func (c *cleanCache) slot(s string) *cleanSlot {
	return &c.slots[maphash.String(c.seed, s)%cleanSlots]
}

// has reports whether s was found clean.
func (c *cleanCache) has(s string) bool {
	if len(s) > cleanMaxLen || len(s) == 0 {
		return false
	}
	sl := c.slot(s)
	sl.mu.Lock()
	hit := int(sl.n) == len(s) && string(sl.b[:sl.n]) == s
	sl.mu.Unlock()
	return hit
}

// add records that s is clean.
func (c *cleanCache) add(s string) {
	if len(s) > cleanMaxLen || len(s) == 0 {
		return
	}
	sl := c.slot(s)
	sl.mu.Lock()
	sl.n = uint8(copy(sl.b[:], s))
	sl.mu.Unlock()
}
