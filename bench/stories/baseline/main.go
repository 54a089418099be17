// SPDX-FileCopyrightText: 2026 Dossier authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Command baseline is the MinHash-LSH baseline of bench/stories/compare.sh: Debian's
// golang-github-ekzhu-minhash-lsh-dev (github.com/ekzhu/minhash-lsh, by the author of datasketch),
// used the way its own all-pairs tool (cmd/minhash-lsh-all-pair) uses it, on the same normalised
// bodies and the same parameters as StoryLinker.
//
//	baseline -input FILE -pairs FILE [-runs N]
//
// FILE has "id<TAB>normalised body" per line (stories_bench --input-out). Per document: its
// 5-word shingles (words are the single-space-separated tokens; fewer than 5 words make one
// shingle), each pushed as bytes into minhashlsh.NewMinhash(seed 42, 126 values). Then
// NewMinhashLSH(126, threshold 0.25): the library takes a threshold, not b and r, and picks the
// b x r that minimises its false-positive + false-negative integrals; every threshold from 0.215
// to 0.285 gives 42 bands x 3 rows, the program checks it got them. Every signature is added,
// Index() is called once, and every signature is queried; each candidate pair is a link. This
// batch use finds exactly the pairs an incremental query-then-add would (a band match is
// symmetric), which the library cannot do cheaply: Query only sees what Index() sorted, and Index()
// re-sorts every band table each time.
//
// Writes each candidate pair once, "a b estimate" (a < b; estimate: the MinHash estimate of their
// Jaccard, from go-minhash's MinWise.Similarity), for stories_bench --score. Prints the time of
// each stage and of the whole linking (shingles, MinHash, Add, Index, Query, estimates; not the
// file reading) per run, and a machine-readable "RESULT ..." line with the median.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"sort"
	"syscall"
	"time"

	minwise "github.com/dgryski/go-minhash"
	minhashlsh "github.com/ekzhu/minhash-lsh"
)

const (
	shingleWords = 5
	numHash      = 126
	bands        = 42
	rows         = 3
	seed         = 42   // the all-pairs tool's default
	threshold    = 0.25 // gives bands x rows = 42 x 3 for 126 values (see above)
)

type pair struct {
	a, b     int
	estimate float64
}

func readInput(path string) ([]int, [][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var ids []int
	var texts [][]byte
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		l, err := r.ReadBytes('\n')
		if len(l) > 0 {
			l = bytes.TrimRight(l, "\n")
			tab := bytes.IndexByte(l, '\t')
			var id int
			if _, serr := fmt.Sscan(string(l[:max(tab, 0)]), &id); tab < 0 || serr != nil {
				return nil, nil, fmt.Errorf("%s:%d: not \"id<TAB>text\"", path, line)
			}
			ids = append(ids, id)
			texts = append(texts, l[tab+1:])
		}
		if err != nil {
			break
		}
	}
	return ids, texts, nil
}

// signature: the document's 5-word shingles pushed into the library's MinHash; nil for no words.
func signature(text []byte) []uint64 {
	if len(text) == 0 {
		return nil
	}
	// Word starts and ends: the text is single-space separated, no leading or trailing space.
	var starts, ends []int
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			starts = append(starts, start)
			ends = append(ends, i)
			start = i + 1
		}
	}
	mh := minhashlsh.NewMinhash(seed, numHash)
	count := len(starts) - shingleWords + 1
	if count < 1 {
		mh.Push(text)
	}
	for i := 0; i < count; i++ {
		mh.Push(text[starts[i]:ends[i+shingleWords-1]])
	}
	return mh.Signature()
}

func main() {
	input := flag.String("input", "", "the normalised bodies, \"id<TAB>text\" per line")
	pairsOut := flag.String("pairs", "", "where the candidate pairs go")
	runs := flag.Int("runs", 1, "how many times to link (the median time is reported)")
	flag.Parse()
	if *input == "" || *pairsOut == "" || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: baseline -input FILE -pairs FILE [-runs N]")
		os.Exit(2)
	}
	ids, texts, err := readInput(*input)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if k, l := minhashlsh.NewMinhashLSH(numHash, threshold).Params(); k != rows || l != bands {
		fmt.Fprintf(os.Stderr, "threshold %.3f gives %d bands x %d rows, not %d x %d\n", threshold, l, k, bands, rows)
		os.Exit(1)
	}

	var seconds []float64
	var pairs []pair
	for run := 0; run < *runs; run++ {
		var cpu0 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &cpu0)
		start := time.Now()
		sigs := make([][]uint64, len(texts))
		for i, text := range texts {
			sigs[i] = signature(text)
		}
		tSig := time.Now()
		lsh := minhashlsh.NewMinhashLSH(numHash, threshold)
		for i, sig := range sigs {
			if sig != nil {
				lsh.Add(i, sig)
			}
		}
		lsh.Index()
		tIndex := time.Now()
		mws := make([]*minwise.MinWise, len(sigs))
		for i, sig := range sigs {
			if sig != nil {
				mws[i] = minwise.NewMinWiseFromSignatures(nil, nil, sig)
			}
		}
		pairs = pairs[:0]
		for i, sig := range sigs {
			if sig == nil {
				continue
			}
			for _, key := range lsh.Query(sig) {
				if j := key.(int); j < i { // each pair once; the document itself is left out
					pairs = append(pairs, pair{ids[j], ids[i], mws[i].Similarity(mws[j])})
				}
			}
		}
		end := time.Now()
		var cpu1 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &cpu1)
		cpu := time.Duration(cpu1.Utime.Nano() + cpu1.Stime.Nano() - cpu0.Utime.Nano() - cpu0.Stime.Nano())
		total := end.Sub(start).Seconds()
		seconds = append(seconds, total)
		fmt.Printf("run %d: %.3f s linking (%.1f us per document; process CPU %.3f s): MinHash %.3f s, Add+Index %.3f s, Query+estimates %.3f s; %d candidate pairs\n",
			run+1, total, 1e6*total/float64(len(texts)), cpu.Seconds(), tSig.Sub(start).Seconds(),
			tIndex.Sub(tSig).Seconds(), end.Sub(tIndex).Seconds(), len(pairs))
	}

	sort.Slice(pairs, func(x, y int) bool {
		if pairs[x].a != pairs[y].a {
			return pairs[x].a < pairs[y].a
		}
		return pairs[x].b < pairs[y].b
	})
	out, err := os.Create(*pairsOut)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriter(out)
	for _, p := range pairs {
		fmt.Fprintf(w, "%d %d %.4f\n", p.a, p.b, p.estimate)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := out.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	var usage syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	sorted := append([]float64(nil), seconds...)
	sort.Float64s(sorted)
	median := sorted[len(sorted)/2]
	fmt.Printf("RESULT articles=%d links=%d seconds_median=%.3f seconds_min=%.3f seconds_max=%.3f us_per_article=%.1f max_rss_kib=%d\n",
		len(texts), len(pairs), median, sorted[0], sorted[len(sorted)-1], 1e6*median/float64(len(texts)), usage.Maxrss)
}
