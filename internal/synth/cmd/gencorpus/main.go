// Command gencorpus writes a synthetic, labeled log corpus for phiguard.
//
// Usage:
//
//	gencorpus [-seed N] [-n LINES] [-mix MIX] [-out FILE] [-labels FILE]
//
// It writes -n lines generated from -seed to -out ("-" for standard
// output) and their PHI labels, one JSON object a line, to -labels (empty
// to skip). -mix is a preset ("corpus": every family, most lines with PHI;
// "bench": realistic production mix, 4% of lines with PHI) optionally
// followed by overrides such as "bench,phi=0.1,hl7=5". The output depends
// only on the flags. The committed corpus is made with the defaults:
//
//	go run ./internal/synth/cmd/gencorpus
//
// Exit status is 0 on success and 2 on a usage or I/O error.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/phiguard/phiguard/internal/synth"
)

func main() {
	log.SetPrefix("gencorpus: ")
	log.SetFlags(0)
	seed := flag.Int64("seed", synth.CorpusSeed, "generation seed")
	n := flag.Int("n", synth.CorpusLines, "number of lines")
	mixFlag := flag.String("mix", "corpus", "family mix: corpus, bench, and family=weight or phi=p overrides")
	out := flag.String("out", "testdata/corpus/labeled.log", "output log file, - for standard output")
	labels := flag.String("labels", "testdata/corpus/labeled.labels.jsonl", "output labels file, empty to skip")
	quiet := flag.Bool("q", false, "do not print the summary line")
	flag.Parse()
	if flag.NArg() > 0 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	mix, err := synth.ParseMix(*mixFlag)
	if err != nil {
		log.Print(err)
		os.Exit(2)
	}
	var w io.Writer = os.Stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			log.Print(err)
			os.Exit(2)
		}
		defer f.Close()
		w = f
	}
	var lw io.Writer
	var lf *os.File
	if *labels != "" {
		lf, err = os.Create(*labels)
		if err != nil {
			log.Print(err)
			os.Exit(2)
		}
		lw = lf
	}
	start := time.Now()
	size, err := synth.WriteCorpus(w, lw, *seed, *n, mix, nil)
	if err == nil && lf != nil {
		err = lf.Close()
	}
	if f, ok := w.(*os.File); ok && err == nil && f != os.Stdout {
		err = f.Close()
	}
	if err != nil {
		log.Print(err)
		os.Exit(2)
	}
	if !*quiet {
		el := time.Since(start).Seconds()
		fmt.Fprintf(os.Stderr, "gencorpus: %d lines, %.1f MB in %.2fs (%.0f MB/s)\n", *n, float64(size)/1e6, el, float64(size)/1e6/el)
	}
}
