package layout

import (
	"html/template"
	"text/template/parse"
)

// fieldsRead returns the names of the fields and methods that the template
// called name in t, and every template it calls, read: A and B for .A.B,
// $.A.B or (…).A.B. It looks at the templates as parsed, before they first
// run, and it cannot tell what a name is read on: a Session uses it to
// find the layouts that read more than their own page's data.
func fieldsRead(t *template.Template, name string) map[string]bool {
	fields := map[string]bool{}
	seen := map[string]bool{}
	var visit func(parse.Node)
	visitTemplate := func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		if called := t.Lookup(name); called != nil && called.Tree != nil {
			visit(called.Tree.Root)
		}
	}
	add := func(names []string) {
		for _, name := range names {
			fields[name] = true
		}
	}
	visitBranch := func(b *parse.BranchNode) {
		visit(b.Pipe)
		visit(b.List)
		visit(b.ElseList)
	}
	visit = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, child := range n.Nodes {
					visit(child)
				}
			}
		case *parse.PipeNode:
			if n != nil {
				for _, cmd := range n.Cmds {
					visit(cmd)
				}
			}
		case *parse.ActionNode:
			visit(n.Pipe)
		case *parse.CommandNode:
			for _, arg := range n.Args {
				visit(arg)
			}
		case *parse.FieldNode:
			add(n.Ident)
		case *parse.VariableNode:
			add(n.Ident[1:])
		case *parse.ChainNode:
			visit(n.Node)
			add(n.Field)
		case *parse.IfNode:
			visitBranch(&n.BranchNode)
		case *parse.RangeNode:
			visitBranch(&n.BranchNode)
		case *parse.WithNode:
			visitBranch(&n.BranchNode)
		case *parse.TemplateNode:
			visit(n.Pipe)
			visitTemplate(n.Name)
		}
	}
	visitTemplate(name)
	return fields
}
