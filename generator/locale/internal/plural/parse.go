package plural

import (
	"fmt"
	"strconv"
	"strings"
)

// Parse reads a condition in CLDR syntax. Samples ("@integer …") must have
// been cut off; the empty condition (the rule of "other") is an error.
func Parse(cond string) (Rule, error) {
	p := parser{src: cond, toks: strings.Fields(spaceOut(cond))}
	if len(p.toks) == 0 {
		return Rule{}, fmt.Errorf("plural rule %q: empty condition", cond)
	}
	r, err := p.condition()
	if err != nil {
		return Rule{}, fmt.Errorf("plural rule %q: %v", cond, err)
	}
	return r, nil
}

// spaceOut puts spaces around the operators so that strings.Fields splits
// "i%10=1" as it splits "i % 10 = 1". The replacer tries "!=" before "=".
func spaceOut(s string) string {
	return operators.Replace(s)
}

var operators = strings.NewReplacer("!=", " != ", "=", " = ", "%", " % ", ",", " , ", "..", " .. ")

type parser struct {
	src  string
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string {
	t := p.peek()
	p.pos++
	return t
}

// condition = and ("or" and)*
func (p *parser) condition() (Rule, error) {
	var r Rule
	for {
		and, err := p.and()
		if err != nil {
			return Rule{}, err
		}
		r.or = append(r.or, and)
		switch t := p.next(); t {
		case "or":
		case "":
			return r, nil
		default:
			return Rule{}, fmt.Errorf("want \"and\", \"or\" or the end, found %q", t)
		}
	}
}

// and = relation ("and" relation)*
func (p *parser) and() ([]relation, error) {
	var rels []relation
	for {
		rel, err := p.relation()
		if err != nil {
			return nil, err
		}
		rels = append(rels, rel)
		if p.peek() != "and" {
			return rels, nil
		}
		p.next()
	}
}

// relation = operand ["%" value] ("=" | "!=") range ("," range)*
func (p *parser) relation() (relation, error) {
	var rel relation
	op := p.next()
	if len(op) != 1 || !strings.Contains("niwvftce", op) {
		return rel, fmt.Errorf("want an operand (n, i, v, w, f, t, c or e), found %q", op)
	}
	rel.operand = op[0]
	if p.peek() == "%" {
		p.next()
		m, err := p.value()
		if err != nil {
			return rel, err
		}
		if m == 0 {
			return rel, fmt.Errorf("modulus 0")
		}
		rel.mod = m
	}
	switch t := p.next(); t {
	case "=":
	case "!=":
		rel.negate = true
	default:
		return rel, fmt.Errorf("want \"=\" or \"!=\", found %q", t)
	}
	for {
		lo, err := p.value()
		if err != nil {
			return rel, err
		}
		hi := lo
		if p.peek() == ".." {
			p.next()
			if hi, err = p.value(); err != nil {
				return rel, err
			}
		}
		if hi < lo {
			return rel, fmt.Errorf("range %d..%d runs backwards", lo, hi)
		}
		rel.ranges = append(rel.ranges, [2]int64{lo, hi})
		if p.peek() != "," {
			return rel, nil
		}
		p.next()
	}
}

func (p *parser) value() (int64, error) {
	t := p.next()
	v, err := strconv.ParseInt(t, 10, 64)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("want a number, found %q", t)
	}
	return v, nil
}
