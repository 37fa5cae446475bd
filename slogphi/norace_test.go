//go:build !race

package slogphi_test

const raceEnabled = false
