package detectors

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestZZMisses(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	data, _ := os.ReadFile("../testdata/corpus/labeled.log")
	lf, _ := os.Open("../testdata/corpus/labeled.labels.jsonl")
	lines := bytes.Split(data, []byte("\n"))
	sc := Default()
	in := bufio.NewScanner(lf)
	in.Buffer(nil, 1<<24)
	for in.Scan() {
		var ll labeledLine
		json.Unmarshal(in.Bytes(), &ll)
		line := lines[ll.Line-1]
		fs := sc.Scan(nil, line)
		for _, sp := range ll.Spans {
			if os.Getenv("ZZ") != "all" && sp.Via != os.Getenv("ZZ") {
				continue
			}
			cov := 0
			for k := sp.S; k < sp.E; k++ {
				for _, f := range fs {
					if f.Start <= k && k < f.End {
						cov++
						break
					}
				}
			}
			if cov*5 < (sp.E-sp.S)*4 {
				a := max(0, sp.S-60)
				fmt.Printf("%s %s %s|| %q [[%s]] %q\n", sp.Cat, ll.Family, sp.Via, line[a:sp.S], line[sp.S:sp.E], line[sp.E:min(len(line), sp.E+30)])
			}
		}
	}
}
