// Package plural evaluates CLDR plural rules (Unicode Technical Standard #35,
// part 3, "Language Plural Rules") for integers.
//
// A rule is a condition such as "v = 0 and i % 10 = 2..4 and i % 100 != 12..14";
// a set is the rules of one language, written "one: …; few: …", the category
// "other" implied. For an integer the operands are n = i = its absolute value
// and v = w = f = t = c = e = 0, so only integer behaviour is defined here.
//
// The locale package evaluates the sets its generator wrote; the generator
// parses CLDR's rules with the same code and checks them against CLDR's
// integer samples.
package plural

import (
	"fmt"
	"strconv"
	"strings"
)

// Set is the cardinal rules of one language, tried in order.
type Set []Case

// Case is one category and the rule that selects it.
type Case struct {
	Category string // "zero", "one", "two", "few" or "many"
	Rule     Rule
}

// Rule is a condition: an "or" of "and"s of relations.
type Rule struct {
	or [][]relation
}

// relation is "operand [% mod] (= | !=) ranges".
type relation struct {
	operand byte
	mod     int64 // 0 when there is no modulus
	negate  bool  // "!="
	ranges  [][2]int64
}

// Categories lists the plural categories in CLDR's order.
var Categories = []string{"zero", "one", "two", "few", "many", "other"}

// ParseSet reads a set written "one: i = 1 and v = 0; many: …". The empty
// string is the set of a language with only "other".
func ParseSet(s string) (Set, error) {
	var set Set
	if strings.TrimSpace(s) == "" {
		return set, nil
	}
	for part := range strings.SplitSeq(s, ";") {
		cat, cond, ok := strings.Cut(part, ":")
		cat = strings.TrimSpace(cat)
		if !ok || !known(cat) || cat == "other" {
			return nil, fmt.Errorf("plural set %q: %q is not \"category: condition\" with a category of zero, one, two, few or many", s, part)
		}
		r, err := Parse(cond)
		if err != nil {
			return nil, err
		}
		set = append(set, Case{Category: cat, Rule: r})
	}
	return set, nil
}

// Category returns the category of the integer n: the first case whose rule
// matches, otherwise "other".
func (s Set) Category(n int64) string {
	for _, c := range s {
		if c.Rule.Match(n) {
			return c.Category
		}
	}
	return "other"
}

// String writes the set as ParseSet reads it.
func (s Set) String() string {
	parts := make([]string, len(s))
	for i, c := range s {
		parts[i] = c.Category + ": " + c.Rule.String()
	}
	return strings.Join(parts, "; ")
}

// Match reports whether the integer n satisfies the rule.
func (r Rule) Match(n int64) bool {
	if n < 0 {
		n = -n
	}
	for _, and := range r.or {
		all := true
		for _, rel := range and {
			if !rel.match(n) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func (rel relation) match(n int64) bool {
	var x int64 // v, w, f, t, c and e are 0 for an integer
	if rel.operand == 'n' || rel.operand == 'i' {
		x = n
	}
	if rel.mod != 0 {
		x %= rel.mod
	}
	in := false
	for _, r := range rel.ranges {
		if r[0] <= x && x <= r[1] {
			in = true
			break
		}
	}
	return in != rel.negate
}

// String writes the rule in CLDR syntax.
func (r Rule) String() string {
	ors := make([]string, len(r.or))
	for i, and := range r.or {
		rels := make([]string, len(and))
		for j, rel := range and {
			rels[j] = rel.String()
		}
		ors[i] = strings.Join(rels, " and ")
	}
	return strings.Join(ors, " or ")
}

func (rel relation) String() string {
	var b strings.Builder
	b.WriteByte(rel.operand)
	if rel.mod != 0 {
		b.WriteString(" % " + strconv.FormatInt(rel.mod, 10))
	}
	if rel.negate {
		b.WriteString(" != ")
	} else {
		b.WriteString(" = ")
	}
	for i, r := range rel.ranges {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(r[0], 10))
		if r[1] != r[0] {
			b.WriteString(".." + strconv.FormatInt(r[1], 10))
		}
	}
	return b.String()
}

func known(cat string) bool {
	for _, c := range Categories {
		if c == cat {
			return true
		}
	}
	return false
}
