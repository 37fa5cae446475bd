package detectors

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestFoldLiteralsAreLowerCase: equalFold, hasPrefixFold and indexFold
// compare against a lower-case word, so an upper-case literal never
// matches. This once silently disabled HL7 identifier type codes.
func TestFoldLiteralsAreLowerCase(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			fn, ok := call.Fun.(*ast.Ident)
			if !ok || fn.Name != "equalFold" && fn.Name != "hasPrefixFold" && fn.Name != "indexFold" {
				return true
			}
			if lit, ok := call.Args[1].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && s != strings.ToLower(s) {
					t.Errorf("%s: %s(..., %s) can never match: the word must be lower case", fset.Position(lit.Pos()), fn.Name, lit.Value)
				}
			}
			return true
		})
	}
}

// TestFoldAccentVietnamese: Vietnamese letters (and Icelandic, Latvian,
// Azerbaijani, Maltese ones) fold to their base, so
// "Nguyễn" and "Trần" are looked up as the census lists spell them.
func TestFoldAccentVietnamese(t *testing.T) {
	for r, want := range map[rune]byte{'Ạ': 'a', 'ặ': 'a', 'ễ': 'e', 'Ệ': 'e', 'ỉ': 'i', 'ộ': 'o', 'ợ': 'o', 'ơ': 'o', 'ủ': 'u', 'ự': 'u', 'ư': 'u', 'Ỳ': 'y', 'ỹ': 'y', 'ð': 'd', 'ņ': 'n', 'ə': 'e', 'ħ': 'h'} {
		if got := foldAccent(r); got != want {
			t.Errorf("foldAccent(%q) = %q, want %q", r, got, want)
		}
	}
	for _, w := range []string{"Nguyễn", "Trần", "Huỳnh", "Đặng"} {
		if e, ok := lookupName([]byte(w)); !ok || e.Last == 0 {
			t.Errorf("%s is no surname the lists know", w)
		}
	}
}
