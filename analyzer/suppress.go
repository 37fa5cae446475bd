package analyzer

import (
	"go/ast"
	"go/token"
	"strings"
)

const ignoreDirective = "//phivet:ignore"

// ignore is one //phivet:ignore comment.
type ignore struct {
	pos    token.Pos
	file   string
	line   int
	reason string
	alone  bool // the comment is alone on its line: it covers the next line too
	used   bool
}

// suppress drops the findings that a //phivet:ignore comment on their
// line, or on the line above, covers, and adds findings for ignore
// comments without a reason or that suppress nothing.
func (c *checker) suppress(fs []finding) []finding {
	var ignores []*ignore
	byLine := map[string]map[int]*ignore{}
	for _, f := range c.pass.Files {
		if !hasIgnore(f) {
			continue
		}
		// Lines on which some code starts or ends: an ignore comment
		// there trails code and covers that line only.
		codeLines := map[int]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n.(type) {
			case nil, *ast.Comment, *ast.CommentGroup, *ast.File:
				return n != nil
			}
			codeLines[c.pass.Fset.Position(n.Pos()).Line] = true
			codeLines[c.pass.Fset.Position(n.End()).Line] = true
			return true
		})
		for _, g := range f.Comments {
			for _, cm := range g.List {
				rest, ok := strings.CutPrefix(cm.Text, ignoreDirective)
				if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
					continue
				}
				// A reason ends where a further comment starts.
				rest, _, _ = strings.Cut(rest, "//")
				p := c.pass.Fset.Position(cm.Slash)
				ig := &ignore{pos: cm.Slash, file: p.Filename, line: p.Line, reason: strings.TrimSpace(rest), alone: !codeLines[p.Line]}
				ignores = append(ignores, ig)
				if byLine[p.Filename] == nil {
					byLine[p.Filename] = map[int]*ignore{}
				}
				byLine[p.Filename][p.Line] = ig
			}
		}
	}
	if len(ignores) == 0 {
		return fs
	}
	var kept []finding
	for _, f := range fs {
		if ig := c.ignoreFor(byLine, f); ig != nil {
			ig.used = true
			if ig.reason != "" {
				continue
			}
		}
		kept = append(kept, f)
	}
	for _, ig := range ignores {
		switch {
		case ig.reason == "":
			kept = append(kept, finding{pos: ig.pos, end: ig.pos, category: "ignore",
				msg: "phivet:ignore comment has no reason; say why the value is not PHI or is allowed here"})
		case !ig.used:
			kept = append(kept, finding{pos: ig.pos, end: ig.pos, category: "ignore",
				msg: "phivet:ignore comment suppresses nothing; remove it"})
		}
	}
	return kept
}

func (c *checker) ignoreFor(byLine map[string]map[int]*ignore, f finding) *ignore {
	for _, pos := range []token.Pos{f.pos, f.stmt} {
		if !pos.IsValid() {
			continue
		}
		p := c.pass.Fset.Position(pos)
		lines := byLine[p.Filename]
		if ig := lines[p.Line]; ig != nil {
			return ig
		}
		if ig := lines[p.Line-1]; ig != nil && ig.alone {
			return ig
		}
	}
	return nil
}

func hasIgnore(f *ast.File) bool {
	for _, g := range f.Comments {
		for _, cm := range g.List {
			if strings.HasPrefix(cm.Text, ignoreDirective) {
				return true
			}
		}
	}
	return false
}
