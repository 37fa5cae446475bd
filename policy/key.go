package policy

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/phiguard/phiguard/detectors"
)

// maxKeyFileBytes bounds a key file: a key is a few dozen bytes.
const maxKeyFileBytes = 4096

// Key returns the key that makes tokens and fingerprints, or (nil, nil)
// when the policy configures none.
//
// The key is read from the environment variable named by token-key.env
// ($PHIGUARD_TOKEN_KEY by default) when it is set and not empty, and
// otherwise from token-key.file, a path relative to the policy file. The
// variable wins so that a deployment can supply the key without editing
// the policy. A key is hex, base64 or raw text of at least 16 bytes
// decoded; a key file may also hold raw binary. Key files readable or
// writable by group or others are refused (chmod 600), as ssh refuses
// such private keys.
//
// Tokens and fingerprints are pseudonyms: keyed HMACs of the value, which
// anyone holding the key can confirm against a guess. Under HIPAA a code
// derived from the value is still PHI, not de-identification; send
// tokens only where the cleartext could go, and mask or drop values for
// destinations without a business associate agreement.
//
// Errors name the variable or file, never the key.
func (p *Policy) Key() (*detectors.Key, error) {
	if v := os.Getenv(p.keyEnv); v != "" {
		secret, err := decodeKeyText(v)
		if err != nil {
			return nil, p.keyError(p.keyEnvAt, "token-key.env", fmt.Sprintf("$%s %v", p.keyEnv, err))
		}
		return p.newKey(secret, p.keyEnvAt, "token-key.env")
	}
	if p.keyFile == "" {
		return nil, nil
	}
	path := p.keyFile
	if !filepath.IsAbs(path) {
		path = filepath.Join(p.dir, path)
	}
	secret, err := readKeyFile(path)
	if err != nil {
		return nil, p.keyError(p.keyFileAt, "token-key.file", err.Error())
	}
	return p.newKey(secret, p.keyFileAt, "token-key.file")
}

func (p *Policy) newKey(secret []byte, at position, path string) (*detectors.Key, error) {
	k, err := detectors.NewKey(secret)
	clear(secret)
	if err != nil {
		return nil, p.keyError(at, path, "not a usable key: "+err.Error())
	}
	return k, nil
}

func (p *Policy) keyError(at position, path, msg string) *Error {
	return &Error{File: p.name, Line: at.line, Column: at.col, Path: path, Msg: msg}
}

// readKeyFile reads a key file, refusing one that others can read.
func readKeyFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the key file: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read the key file: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("key file %s is not a regular file", path)
	}
	if perm := fi.Mode().Perm(); runtime.GOOS != "windows" && perm&0o077 != 0 {
		return nil, fmt.Errorf("key file %s is open to group or others (mode %04o); run chmod 600 on it", path, perm)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxKeyFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read the key file: %w", err)
	}
	if len(b) > maxKeyFileBytes {
		return nil, fmt.Errorf("key file %s is larger than %d bytes; it should hold one key", path, maxKeyFileBytes)
	}
	if isText(b) {
		s, err := decodeKeyText(string(b))
		if err != nil {
			return nil, fmt.Errorf("key file %s %v", path, err)
		}
		return s, nil
	}
	if len(b) < detectors.MinKeyBytes {
		return nil, fmt.Errorf("key file %s holds %d bytes; a key needs at least %d", path, len(b), detectors.MinKeyBytes)
	}
	return b, nil
}

// isText reports whether b is printable ASCII with spaces and line ends.
func isText(b []byte) bool {
	for _, c := range b {
		if (c < 0x20 || c > 0x7e) && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}

// decodeKeyText decodes a key written as hex, base64 or raw text, in that
// order of preference; whatever gives at least MinKeyBytes first wins.
func decodeKeyText(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("is empty")
	}
	if b, err := hex.DecodeString(s); err == nil && len(b) >= detectors.MinKeyBytes {
		return b, nil
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil && len(b) >= detectors.MinKeyBytes {
			return b, nil
		}
	}
	if len(s) >= detectors.MinKeyBytes {
		return []byte(s), nil
	}
	return nil, fmt.Errorf("holds %d bytes; a key needs at least %d (hex, base64 or raw)", len(s), detectors.MinKeyBytes)
}
