package detectors

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// A Key makes keyed fingerprints of identifiers: HMAC-SHA256 over the value
// normalised for its category, so that "123-45-6789" and "123 45 6789" give
// the same fingerprint and nobody without the key can test a guess.
//
// Fingerprints are pseudonyms of PHI and therefore still PHI under HIPAA.
// They let reports count distinct identifiers and let redacted records stay
// joinable; send them only where the cleartext itself could go.
//
// A Key is safe for concurrent use.
type Key struct {
	id         string
	ipad, opad [sha256.BlockSize]byte // HMAC key blocks, precomputed
}

// MinKeyBytes is the shortest secret NewKey accepts.
const MinKeyBytes = 16

// NewKey returns a Key for secret, which must be at least MinKeyBytes long.
// Its ID is derived from the secret, so rotating to a new secret gives a new
// ID and fingerprints of different keys are never confused.
func NewKey(secret []byte) (*Key, error) {
	if len(secret) < MinKeyBytes {
		return nil, errors.New("fingerprint key: secret is shorter than 16 bytes")
	}
	k := &Key{}
	block := secret
	if len(block) > sha256.BlockSize {
		sum := sha256.Sum256(block)
		block = sum[:]
	}
	for i := range k.ipad {
		var b byte
		if i < len(block) {
			b = block[i]
		}
		k.ipad[i], k.opad[i] = b^0x36, b^0x5c
	}
	sum := sha256.Sum256(append([]byte("phiguard key id\x00"), secret...))
	k.id = hex.EncodeToString(sum[:4])
	return k, nil
}

// RandomKey returns a Key with a random secret: its fingerprints are
// comparable only with others made by the same Key, in the same run.
func RandomKey() *Key {
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		panic("phiguard: crypto/rand failed: " + err.Error())
	}
	k, _ := NewKey(secret)
	return k
}

// ID returns the key's public identifier, 8 hex digits.
func (k *Key) ID() string { return k.id }

// FingerprintLen is the number of hex digits of a fingerprint after its key ID.
const FingerprintLen = 16

// AppendFingerprint appends the fingerprint of value, an identifier of
// category c, to dst: the key ID, a colon and FingerprintLen hex digits, as in
// "3f9a0c1b:5e2d...". It does not allocate when dst has room.
func (k *Key) AppendFingerprint(dst []byte, c Category, value []byte) []byte {
	// HMAC-SHA256 (RFC 2104) over the category byte and the normalised
	// value, computed on stack buffers so that it does not allocate.
	var in [sha256.BlockSize + 1 + 256]byte
	n := copy(in[:], k.ipad[:])
	in[n] = byte(c)
	msg := AppendNormalized(in[:n+1], c, value)
	inner := sha256.Sum256(msg)
	var out [sha256.BlockSize + sha256.Size]byte
	copy(out[:], k.opad[:])
	copy(out[sha256.BlockSize:], inner[:])
	sum := sha256.Sum256(out[:])
	dst = append(dst, k.id...)
	dst = append(dst, ':')
	return hex.AppendEncode(dst, sum[:FingerprintLen/2])
}

// Fingerprint returns AppendFingerprint(nil, c, value) as a string.
func (k *Key) Fingerprint(c Category, value []byte) string {
	var buf [64]byte
	return string(k.AppendFingerprint(buf[:0], c, value))
}

// AppendNormalized appends the canonical form of value for category c, the
// form fingerprints are computed over: digits only for numbers (SSN, phone,
// cards, ZIP), lower case without separators for other IDs, lower case with
// single spaces for names and addresses.
func AppendNormalized(dst []byte, c Category, value []byte) []byte {
	switch c {
	case SSN, Phone, Fax, ZIP, Age:
		start := len(dst)
		for _, b := range value {
			if b >= '0' && b <= '9' {
				dst = append(dst, b)
			}
		}
		// A leading country code 1 on an 11-digit NANP number is the same number.
		if (c == Phone || c == Fax) && len(dst)-start == 11 && dst[start] == '1' {
			copy(dst[len(dst)-11:], dst[len(dst)-10:])
			dst = dst[:len(dst)-1]
		}
		return dst
	case Name, Address, Date, Email, URL:
		space := false
		start := len(dst)
		for _, b := range value {
			switch b {
			case ' ', '\t', '\n', '\r', ',':
				space = len(dst) > start
			default:
				if space {
					dst = append(dst, ' ')
					space = false
				}
				dst = append(dst, lower(b))
			}
		}
		return dst
	default:
		for _, b := range value {
			if isAlnum(b) {
				dst = append(dst, lower(b))
			}
		}
		return dst
	}
}
