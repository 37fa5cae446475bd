package unpack

import (
	"bytes"
	"strconv"
)

type kind uint8

const (
	kText kind = iota
	kBinary
	kUnsupported
	kGzip
	kZstd
	kBzip2
	kUTF16
	kTar
	kZip
)

func (k kind) String() string {
	switch k {
	case kGzip:
		return "gzip"
	case kZstd:
		return "zstd"
	case kBzip2:
		return "bzip2"
	case kUTF16:
		return "utf-16"
	case kTar:
		return "tar"
	case kZip:
		return "zip"
	case kBinary:
		return "binary"
	}
	return "text"
}

// sniffLen is how much of a stream sniff looks at.
const sniffLen = 8 << 10

// sniff tells what a stream is from its first bytes.
func sniff(b []byte) (kind, string) {
	switch {
	case len(b) == 0:
		return kText, ""
	case bytes.HasPrefix(b, []byte{0x1f, 0x8b}):
		return kGzip, ""
	case bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return kZstd, ""
	case len(b) >= 10 && bytes.HasPrefix(b, []byte("BZh")) && b[3] >= '1' && b[3] <= '9' &&
		(bytes.HasPrefix(b[4:], []byte{0x31, 0x41, 0x59, 0x26, 0x53, 0x59}) || bytes.HasPrefix(b[4:], []byte{0x17, 0x72, 0x45, 0x38, 0x50, 0x90})):
		return kBzip2, ""
	case bytes.HasPrefix(b, []byte("PK\x03\x04")), bytes.HasPrefix(b, []byte("PK\x05\x06")):
		return kZip, ""
	case isTar(b):
		return kTar, ""
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}) && !bytes.HasPrefix(b, []byte{0xff, 0xfe, 0, 0}):
		return kUTF16, ""
	case bytes.HasPrefix(b, []byte{0xfd, '7', 'z', 'X', 'Z', 0}):
		return kUnsupported, "unsupported compression (xz)"
	case bytes.HasPrefix(b, []byte{0x04, 0x22, 0x4d, 0x18}):
		return kUnsupported, "unsupported compression (lz4)"
	case bytes.HasPrefix(b, []byte{0xff, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y'}):
		return kUnsupported, "unsupported compression (snappy)"
	case bytes.HasPrefix(b, []byte("7z\xbc\xaf\x27\x1c")):
		return kUnsupported, "unsupported archive (7z)"
	case bytes.HasPrefix(b, []byte("Rar!\x1a\x07")):
		return kUnsupported, "unsupported archive (rar)"
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return kUnsupported, "unsupported encoding (UTF-16 big-endian)"
	case isBinary(b):
		return kBinary, "binary"
	}
	return kText, ""
}

// isTar reports a POSIX or GNU tar header with a valid checksum.
func isTar(b []byte) bool {
	if len(b) < 512 || !bytes.Equal(b[257:262], []byte("ustar")) {
		return false
	}
	field := bytes.TrimRight(bytes.TrimSpace(bytes.TrimRight(b[148:156], "\x00")), "\x00 ")
	want, err := strconv.ParseInt(string(field), 8, 64)
	if err != nil {
		return false
	}
	var sum int64
	for i, c := range b[:512] {
		if i >= 148 && i < 156 {
			c = ' '
		}
		sum += int64(c)
	}
	return sum == want
}

// isBinary reports content that is not text: a NUL byte, or more than one
// byte in ten a control character that text does not use.
func isBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f {
			ctl++
		}
	}
	return ctl*10 > len(b)
}

// IsPlainText reports whether a stream that starts with head is text with
// no compression or container layer: what can be split into chunks at
// line boundaries and scanned in parallel.
func IsPlainText(head []byte) bool {
	k, _ := sniff(head)
	return k == kText
}
