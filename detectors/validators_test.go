package detectors

import (
	"net/netip"
	"testing"
)

func TestValidators(t *testing.T) {
	tests := []struct {
		name string
		fn   func([]byte) bool
		yes  []string
		no   []string
	}{
		{"cpf", validCPF,
			[]string{"12345678909", "44623302423"},
			[]string{"12345678900", "11111111111", "4462330242"}},
		{"ssn", validSSN,
			[]string{"123456788", "001010001", "665123456", "899990001"},
			[]string{"000123456", "666123456", "900123456", "999123456", "123006789", "123450000", "12345678", "078051120"}},
		{"luhn", luhn,
			[]string{"4111111111111111", "79927398713", "490154203237518"},
			[]string{"4111111111111112", "79927398710", "1"}},
		{"nanp", validNANP,
			[]string{"2125551234", "6175550199", "4805550100"},
			[]string{"1125551234", "2121551234", "4115551234", "9995551234", "212555123"}},
		{"npi", validNPI,
			[]string{"1234567893", "1245319599"},
			[]string{"1234567890", "3234567893", "123456789"}},
		{"dea", validDEA,
			[]string{"AB1234563", "BJ6125341"},
			[]string{"AB1234564", "ZZ1234563", "A11234563", "AB123456"}},
		{"vin", validVIN,
			[]string{"1M8GDM9AXKP042788", "11111111111111111"[:0] + "1HGCM82633A004352"},
			[]string{"1M8GDM9A1KP042788", "1M8GDM9AXKP04278", "IM8GDM9AXKP042788"}},
		{"mbi", validMBI,
			[]string{"1EG4TE5MK73", "9AA0A00AA00"},
			[]string{"0EG4TE5MK73", "1SG4TE5MK73", "1EG4TE5MK7A", "1EG4TE5M73", "1EGATE5MK73"}},
		{"aba", validABA,
			[]string{"011000015", "021000021", "121000358"},
			[]string{"011000016", "991000015", "02100002"}},
		{"iban", validIBAN,
			[]string{"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606"},
			[]string{"GB82WEST12345698765433", "DE8937040044053201300", "XX82WEST12345698765432"}},
		{"gs1", validGS1,
			[]string{"00884838123458", "4006381333931", "96385074"},
			[]string{"00884838123459", "4006381333932", "123"}},
	}
	for _, tt := range tests {
		for _, v := range tt.yes {
			if !tt.fn([]byte(v)) {
				t.Errorf("%s: valid example #%d rejected", tt.name, indexOf(tt.yes, v))
			}
		}
		for _, v := range tt.no {
			if tt.fn([]byte(v)) {
				t.Errorf("%s: invalid example #%d accepted", tt.name, indexOf(tt.no, v))
			}
		}
	}
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func TestCardIssuer(t *testing.T) {
	for num, want := range map[string]string{
		"4111111111111111": "visa", "5500000000000004": "mastercard", "2223000048400011": "mastercard",
		"378282246310005": "amex", "6011111111111117": "discover", "3530111333300000": "jcb", "1234567812345678": "",
	} {
		if got := cardIssuer([]byte(num)); got != want {
			t.Errorf("cardIssuer(%s...) = %q, want %q", num[:4], got, want)
		}
	}
}

func TestPersonalIP(t *testing.T) {
	for s, want := range map[string]bool{
		"8.8.8.8": true, "2601:75c8:22:b8be::1": true, "61.64.218.135": true,
		"10.1.2.3": false, "192.168.0.1": false, "172.16.5.4": false, "127.0.0.1": false, "169.254.1.1": false,
		"100.64.0.1": false, "192.0.2.7": false, "198.51.100.1": false, "203.0.113.9": false, "::1": false,
		"fe80::1": false, "2001:db8::1": false, "224.0.0.1": false, "0.0.0.0": false, "::ffff:10.0.0.1": false,
		"98.111.4.0":    false,                                            // truncated to its /24
		"52.101.115.54": false, "40.107.22.91": false, "52.104.0.1": true, // Exchange Online's relays; next to them, anyone
	} {
		if got := personalIP(netip.MustParseAddr(s)); got != want {
			t.Errorf("personalIP(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestSniff(t *testing.T) {
	for _, tt := range []struct {
		b64  string
		want blobKind
	}{
		{"/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U", blobJPEG},
		{"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA", blobPNG},
		{"R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7AAAAAAAAAAAAAAAA", blobGIF},
		{"UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=AAAAAAAAAAAA", blobWebP},
		{"UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=AAAAAAAAAAAA", blobWAV},
		{"T2dnUwACAAAAAAAAAAA+HAAAAAAAAGyawCEBQGZpc2hlYWQAAwAAAAAAAAAAAAAA6AMAAAAA", blobOgg},
		{"Rk1SACAyMABGdU04NW9OYkxoZDFvbkU0OTE3RW9qeVpQSFUyNHRsV3V4VHJTZmdreGRG", blobFingerISO},
		{"RkFDADAxMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", blobFaceISO},
		{"/6D/qAB6TklTVF9DT00gOQpQSVhfV0lEVEggNTAwClBJWF9IRUlHSFQgNTAwClBJWF9E", blobWSQ},
		{"eyJhbGciOiJIUzI1NiJ9eyJzdWIiOiIxYWMxMzNlYi04NGQ2LTRlYjctYTJmMi0zNjYy", blobNone},
		{"Ukp3SE1uTEtDb0gwTVRlN2RpU3hoOGhDa3NyUHFsRmRzakNTck1zRThxVUJMdnVRNHpX", blobNone},
	} {
		if got := sniffBase64([]byte(tt.b64)); got != tt.want {
			t.Errorf("sniffBase64(%.8s...) = %v, want %v", tt.b64, got, tt.want)
		}
	}
}
