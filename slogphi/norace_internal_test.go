//go:build !race

package slogphi

const raceEnabled = false
