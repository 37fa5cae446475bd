package logscan_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/logscan"
)

func ExampleScan() {
	key, _ := detectors.NewKey([]byte("example key, never a real one!"))
	logs := strings.NewReader(`{"time":"2024-03-01T10:00:00Z","patient":{"ssn":"123-45-6789","email":"jane.roe@example.org"}}
time=2024-03-02T08:30:00Z level=info msg="refill" ssn=123-45-6789 zip=94110
2024-03-02 09:00:00 INFO request served in 12ms
`)
	rep, err := logscan.Scan(context.Background(), []string{"-"}, &logscan.Options{Key: key, Stdin: logs})
	if err != nil {
		fmt.Println(err)
		return
	}
	t := rep.Totals
	fmt.Printf("%d records, %d with PHI, about %d individuals\n", t.Records, t.RecordsPHI, t.Individuals)
	for _, c := range rep.Categories {
		fmt.Printf("%s: %d occurrences, %d distinct\n", c.Category, c.Occurrences, c.Distinct)
	}
	fmt.Println("exposure:", rep.Window.First.Format("2006-01-02"), "to", rep.Window.Last.Format("2006-01-02"))
	fmt.Println("state:", rep.States[0].State, rep.States[0].Individuals)
	// Output:
	// 3 records, 2 with PHI, about 1 individuals
	// ssn: 2 occurrences, 1 distinct
	// zip: 1 occurrences, 1 distinct
	// email: 1 occurrences, 1 distinct
	// exposure: 2024-03-01 to 2024-03-02
	// state: CA 1
}

func ExampleScan_jsonl() {
	key, _ := detectors.NewKey([]byte("example key, never a real one!"))
	_, err := logscan.Scan(context.Background(), []string{"-"}, &logscan.Options{Key: key, Findings: os.Stdout,
		Stdin: strings.NewReader(`{"patient":{"ssn":"123-45-6789"}}` + "\n")})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"source":"<stdin>","line":1,"start":19,"end":30,"field":"patient.ssn","category":"ssn","detector":"key","confidence":"high","fingerprint":"0b836557:f4fe1a71c5f78aac"}
}

func ExampleParseShard() {
	env := map[string]string{"JOB_COMPLETION_INDEX": "3"}
	s, _ := logscan.ParseShard("8", func(k string) string { return env[k] })
	fmt.Println(s, s.Has("s3-bucket/logs/2024-01-01.log.gz"))
	// Output:
	// 3/8 false
}
