package names

import "testing"

func BenchmarkLookup(b *testing.B) {
	load()
	cases := []struct {
		name  string
		words [][]byte
	}{
		{"hit", [][]byte{[]byte("smith"), []byte("mary"), []byte("hunter"), []byte("garcia")}},
		{"hit_mixedcase", [][]byte{[]byte("Smith"), []byte("MARY"), []byte("Hunter"), []byte("GarCia")}},
		{"miss", [][]byte{[]byte("upstream"), []byte("latency"), []byte("xyzzy"), []byte("Connection")}},
	}
	for _, c := range cases {
		n := 0
		for _, w := range c.words {
			n += len(w)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(n / len(c.words)))
			found := 0
			for i := 0; b.Loop(); i++ {
				if _, ok := Lookup(c.words[i%len(c.words)]); ok {
					found++
				}
			}
			if want := c.name != "miss"; (found > 0) != want {
				b.Fatalf("%d hits, want hits=%v", found, want)
			}
		})
	}
}
