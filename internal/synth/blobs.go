package synth

import (
	"encoding/base64"
	"encoding/binary"
)

// Binary payloads: the header bytes of real formats followed by random
// bytes, base64-encoded. Engines recognise them by decoding the header.

type blobKind struct {
	kind, cat, mime string
	head            func(g *gen, d []byte, size int) []byte
	duKind          string // kind of the data: URI form
}

var photoKinds = []blobKind{
	{"jpeg", "photo", "image/jpeg", func(g *gen, d []byte, _ int) []byte {
		if g.chance(0.7) {
			return append(d, 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00)
		}
		return append(d, 0xFF, 0xD8, 0xFF, 0xE1, 0x1C, 0x45, 'E', 'x', 'i', 'f', 0x00, 0x00, 'M', 'M', 0x00, 0x2A)
	}, ""},
	{"png", "photo", "image/png", func(g *gen, d []byte, _ int) []byte {
		d = append(d, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R')
		d = binary.BigEndian.AppendUint32(d, uint32(g.rng(64, 1024)))
		d = binary.BigEndian.AppendUint32(d, uint32(g.rng(64, 1024)))
		return append(d, 8, 2, 0, 0, 0)
	}, ""},
	{"gif", "photo", "image/gif", func(g *gen, d []byte, _ int) []byte {
		d = append(d, "GIF89a"...)
		if g.chance(0.2) {
			d[len(d)-2] = '7'
		}
		d = binary.LittleEndian.AppendUint16(d, uint16(g.rng(32, 512)))
		return binary.LittleEndian.AppendUint16(d, uint16(g.rng(32, 512)))
	}, ""},
	{"webp", "photo", "image/webp", func(g *gen, d []byte, size int) []byte {
		d = append(d, "RIFF"...)
		d = binary.LittleEndian.AppendUint32(d, uint32(size-8))
		return append(d, "WEBPVP8 "...)
	}, ""},
}

var biometricKinds = []blobKind{
	{"iso19794_2", "biometric", "application/octet-stream", func(g *gen, d []byte, size int) []byte {
		d = append(d, 'F', 'M', 'R', 0, ' ', '2', '0', 0)
		d = binary.BigEndian.AppendUint32(d, uint32(size))
		return append(d, 0, 0, 0x01, 0xF4, 0x02, 0x26, 0, 0xC5, 0, 0xC5, 1, 0)
	}, ""},
	{"iso19794_4", "biometric", "application/octet-stream", func(g *gen, d []byte, size int) []byte {
		d = append(d, 'F', 'I', 'R', 0, '0', '1', '0', 0)
		return binary.BigEndian.AppendUint32(append(d, 0, 0), uint32(size))
	}, ""},
	{"iso19794_6", "biometric", "application/octet-stream", func(g *gen, d []byte, size int) []byte {
		d = append(d, 'I', 'I', 'R', 0, '0', '1', '0', 0)
		return binary.BigEndian.AppendUint32(d, uint32(size))
	}, ""},
	{"wsq", "biometric", "image/x-wsq", func(g *gen, d []byte, _ int) []byte {
		return append(d, 0xFF, 0xA0, 0xFF, 0xA8, 0x00, 0x22, 'N', 'I', 'S', 'T', '_', 'C', 'O', 'M', ' ', '2', '2')
	}, ""},
	{"wav", "biometric", "audio/wav", func(g *gen, d []byte, size int) []byte {
		d = append(d, "RIFF"...)
		d = binary.LittleEndian.AppendUint32(d, uint32(size-8))
		d = append(d, "WAVEfmt "...)
		return append(d, 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0)
	}, ""},
	{"ogg", "biometric", "audio/ogg", func(g *gen, d []byte, _ int) []byte {
		d = append(d, 'O', 'g', 'g', 'S', 0, 2, 0, 0, 0, 0, 0, 0, 0, 0)
		d = appendRandom(g, d, 4)
		d = append(d, 0, 0, 0, 0)
		d = appendRandom(g, d, 4)
		if g.chance(0.5) {
			return append(append(d, 1, 19), "OpusHead"...)
		}
		return append(d, 1, 30, 1, 'v', 'o', 'r', 'b', 'i', 's')
	}, ""},
}

func appendRandom(g *gen, d []byte, n int) []byte {
	for n >= 8 {
		d = binary.LittleEndian.AppendUint64(d, g.r.Uint64())
		n -= 8
	}
	for range n {
		d = append(d, byte(g.n(256)))
	}
	return d
}

// blobSize draws a payload size; a few are large, as real images are.
func (g *gen) blobSize() int {
	if g.chance(0.05) {
		return g.rng(1500, 4000)
	}
	return g.rng(48, 360)
}

// blob appends the base64 of a payload of kind k. enc picks standard,
// unpadded or URL-safe base64.
func (g *gen) blob(d []byte, k *blobKind) []byte {
	size := g.blobSize()
	raw := k.head(g, g.raw[:0], size)
	raw = appendRandom(g, raw, max(size-len(raw), 8))
	g.raw = raw
	e := base64.StdEncoding
	switch g.weighted([]int{80, 10, 10}) {
	case 1:
		e = base64.RawStdEncoding
	case 2:
		e = base64.RawURLEncoding
	}
	return e.AppendEncode(d, raw)
}

// dataURI appends a data: URI holding a blob of kind k.
func (g *gen) dataURI(d []byte, k *blobKind) []byte {
	d = append(append(append(d, "data:"...), k.mime...), ";base64,"...)
	size := g.blobSize()
	raw := k.head(g, g.raw[:0], size)
	raw = appendRandom(g, raw, max(size-len(raw), 8))
	g.raw = raw
	return base64.StdEncoding.AppendEncode(d, raw)
}

// noiseBlob appends base64 that is not an image nor a biometric template:
// random bytes, gzip, PDF, protobuf-like or zstd data.
func (g *gen) noiseBlob(d []byte) []byte {
	size := g.rng(24, 300)
	raw := g.raw[:0]
	switch g.n(5) {
	case 0:
		raw = append(raw, 0x1F, 0x8B, 0x08, 0x00)
	case 1:
		raw = append(raw, "%PDF-1.7\n"...)
	case 2:
		raw = append(raw, 0x28, 0xB5, 0x2F, 0xFD)
	case 3:
		raw = append(raw, 0x0A, 0x24)
	}
	raw = appendRandom(g, raw, size)
	g.raw = raw
	if g.chance(0.3) {
		return base64.RawURLEncoding.AppendEncode(d, raw)
	}
	return base64.StdEncoding.AppendEncode(d, raw)
}

func init() {
	for _, ks := range [][]blobKind{photoKinds, biometricKinds} {
		for i := range ks {
			ks[i].duKind = "data_uri_" + ks[i].kind
		}
	}
}
