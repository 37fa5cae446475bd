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
	used   bool
}

// suppress drops the findings that a //phivet:ignore comment on their
// line, or on the line above, covers, and adds findings for ignore
// comments without a reason or that suppress nothing.
func (c *checker) suppress(fs []finding) []finding {
	var ignores []*ignore
	byLine := map[string]map[int]*ignore{}
	for _, f := range c.pass.Files {
		for _, g := range f.Comments {
			for _, cm := range g.List {
				rest, ok := strings.CutPrefix(cm.Text, ignoreDirective)
				if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
					continue
				}
				// A reason ends where a further comment starts.
				rest, _, _ = strings.Cut(rest, "//")
				p := c.pass.Fset.Position(cm.Slash)
				ig := &ignore{pos: cm.Slash, file: p.Filename, line: p.Line, reason: strings.TrimSpace(rest)}
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
		if ig := lines[p.Line-1]; ig != nil {
			return ig
		}
	}
	return nil
}

var _ ast.Node
