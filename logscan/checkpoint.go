package logscan

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"time"

	"github.com/phiguard/phiguard/detectors"
)

// A checkpoint file is JSON lines, mode 0600: a header, then one line per
// finished object with everything its part of the report needs. Objects are
// named in it by a keyed hash of their identity (their keys can hold PHI).
// Without a configured fingerprint key it also holds the run's key, so a
// resumed run makes the same fingerprints: protect it like the key.
type checkpointHeader struct {
	Checkpoint int    `json:"checkpoint"`
	KeyID      string `json:"key_id"`
	Salt       string `json:"salt"`
	Secret     string `json:"secret,omitempty"`
}

type checkpointEntry struct {
	ID         string          `json:"id"`
	Object     ManifestObject  `json:"object"`
	Sources    []SourceSummary `json:"sources,omitempty"`
	Baselined  int64           `json:"baselined,omitempty"`
	Problems   []Problem       `json:"problems,omitempty"`
	Identities *Identities     `json:"identities,omitempty"`
	Listing    bool            `json:"listing,omitempty"`
}

type checkpoint struct {
	path     string
	f        *os.File
	w        *bufio.Writer
	salt     []byte
	finished map[string]bool
	entries  []checkpointEntry
	keyID    string
	synced   time.Time
}

// checkpointKey returns the key kept in an existing checkpoint, or makes a
// new one that the checkpoint will keep.
func checkpointKey(path string) (*detectors.Key, []byte, error) {
	h, _, done, err := readCheckpointHeader(path)
	if err == nil {
		done()
	}
	var secret []byte
	switch {
	case errors.Is(err, fs.ErrNotExist):
		secret = make([]byte, 32)
		rand.Read(secret)
	case err != nil:
		return nil, nil, err
	case h.Secret == "":
		return nil, nil, fmt.Errorf("checkpoint %s was made with a configured fingerprint key (ID %s): set that key to resume", path, h.KeyID)
	default:
		if secret, err = hex.DecodeString(h.Secret); err != nil {
			return nil, nil, fmt.Errorf("checkpoint %s: damaged key", path)
		}
	}
	k, err := detectors.NewKey(secret)
	return k, secret, err
}

// readCheckpointHeader opens a checkpoint and reads its header; the
// scanner goes on with the entries, and done closes the file.
func readCheckpointHeader(path string) (h *checkpointHeader, sc *bufio.Scanner, done func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	sc = bufio.NewScanner(f)
	sc.Buffer(nil, 1<<30)
	if !sc.Scan() {
		f.Close()
		return nil, nil, nil, fmt.Errorf("checkpoint %s is empty", path)
	}
	h = new(checkpointHeader)
	if err := json.Unmarshal(sc.Bytes(), h); err != nil || h.Checkpoint != 1 {
		f.Close()
		return nil, nil, nil, fmt.Errorf("%s is not a logscan checkpoint", path)
	}
	return h, sc, func() { f.Close() }, nil
}

// openCheckpoint opens or creates a checkpoint; secret is the key's secret
// when the key was made for the run (it is kept in a new checkpoint).
func openCheckpoint(path string, key *detectors.Key, secret []byte) (*checkpoint, error) {
	cp := &checkpoint{path: path, finished: map[string]bool{}, keyID: key.ID()}
	h, sc, done, err := readCheckpointHeader(path)
	if err == nil {
		defer done()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		cp.salt = make([]byte, 16)
		rand.Read(cp.salt)
		h := checkpointHeader{Checkpoint: 1, KeyID: key.ID(), Salt: hex.EncodeToString(cp.salt)}
		if secret != nil {
			h.Secret = hex.EncodeToString(secret)
		}
		b, _ := json.Marshal(h)
		if err := writeFile0600(path, append(b, '\n')); err != nil {
			return nil, fmt.Errorf("checkpoint: %w", err)
		}
	case err != nil:
		return nil, err
	default:
		if h.KeyID != key.ID() {
			return nil, fmt.Errorf("checkpoint %s was made with fingerprint key %s, this run uses %s", path, h.KeyID, key.ID())
		}
		if cp.salt, err = hex.DecodeString(h.Salt); err != nil {
			return nil, fmt.Errorf("checkpoint %s: damaged header", path)
		}
		good := int64(len(sc.Bytes()) + 1) // the end of the last whole line
		for line := 2; sc.Scan(); line++ {
			var e checkpointEntry
			if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
				// The last line of a crashed run may be cut short: it is
				// dropped (cut from the file) and its object scanned again.
				if !bytes.HasSuffix(sc.Bytes(), []byte("}")) {
					break
				}
				return nil, fmt.Errorf("checkpoint %s:%d: %v", path, line, err)
			}
			if !e.Listing {
				cp.finished[e.ID] = true
			}
			cp.entries = append(cp.entries, e)
			good += int64(len(sc.Bytes()) + 1)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("checkpoint %s: %v", path, err)
		}
		if err := os.Truncate(path, good); err != nil {
			return nil, fmt.Errorf("checkpoint: %w", err)
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("checkpoint: %w", err)
	}
	cp.f, cp.w = f, bufio.NewWriter(f)
	return cp, nil
}

// id names an object in the checkpoint: a keyed hash of its identity and
// version (ETag, size, modification time), so a changed object is
// scanned again.
func (cp *checkpoint) id(ob *object) string {
	m := hmac.New(sha256.New, cp.salt)
	m.Write([]byte(ob.id))
	m.Write([]byte{0})
	m.Write([]byte(ob.etag))
	m.Write([]byte{0})
	m.Write([]byte(strconv.FormatInt(ob.size, 10)))
	m.Write([]byte{0})
	m.Write([]byte(strconv.FormatInt(ob.modified.UnixNano(), 10)))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

func (cp *checkpoint) done(ob *object) bool { return cp.finished[cp.id(ob)] }

// restore merges the finished objects into the run.
func (cp *checkpoint) restore(st *runState) error {
	for _, e := range cp.entries {
		if e.Listing {
			continue // listing problems are found again
		}
		r := &objResult{entry: e.Object, problems: e.Problems}
		r.entry.Resumed = true
		for i, s := range e.Sources {
			sr := sourceResult{summary: s}
			if i == 0 {
				sr.baselined = e.Baselined
			}
			r.sources = append(r.sources, sr)
		}
		if e.Identities != nil {
			id, err := importIdentities(e.Identities)
			if err != nil {
				return fmt.Errorf("checkpoint %s: %v", cp.path, err)
			}
			r.id = *id
		}
		st.merge(r)
	}
	cp.entries = nil
	return nil
}

func (cp *checkpoint) write(r *objResult) error {
	if r.listing {
		return nil
	}
	e := checkpointEntry{ID: cp.id(r.ob), Object: r.entry, Problems: r.problems, Identities: r.id.export(cp.keyID)}
	for _, s := range r.sources {
		e.Sources = append(e.Sources, s.summary)
		e.Baselined += s.baselined
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if _, err := cp.w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	if err := cp.w.Flush(); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	if time.Since(cp.synced) > 2*time.Second {
		cp.synced = time.Now()
		return cp.f.Sync()
	}
	return nil
}

// close syncs and closes the checkpoint file. Its errors are ignored on
// purpose: write flushes every entry and returns any write error to the
// scan, so the buffer is empty here; a failed final sync or close can only
// lose the durability of the last entries, which a resumed run rescans.
func (cp *checkpoint) close() {
	_ = cp.w.Flush()
	_ = cp.f.Sync()
	_ = cp.f.Close()
}
