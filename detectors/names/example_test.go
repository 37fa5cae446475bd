package names_test

import (
	"fmt"

	"github.com/phiguard/phiguard/detectors/names"
)

func ExampleLast() {
	w, ok := names.Last([]byte("Smith"))
	fmt.Println(w, ok)
	_, ok = names.Last([]byte("timeout"))
	fmt.Println(ok)
	// Output:
	// 1000 true
	// false
}

func ExampleCommon() {
	// "Will" is a first name and a surname, but also an English word, so a
	// detector needs context (a key, "patient", a surname next to it) before
	// it reports it.
	for _, w := range []string{"Will", "Jennifer"} {
		_, first := names.First([]byte(w))
		fmt.Println(w, first, names.Common([]byte(w)))
	}
	// Output:
	// Will true true
	// Jennifer true false
}
