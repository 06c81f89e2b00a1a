package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// row is one row of a sheet.
type row struct {
	// num is the sheet's 1-based row number, the header being row 1.
	num int
	// cells are the values as the sheet shows them.
	cells []string
	// raw are the values as the XLSX file stores them (a date as a serial
	// number), or nil for a CSV file.
	raw []string
}

// cell returns the value of column i, trimmed, or "" when the row is
// shorter.
func (r row) cell(i int) string {
	if i < 0 || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[i])
}

// rawCell returns the stored value of column i, or "".
func (r row) rawCell(i int) string {
	if i < 0 || i >= len(r.raw) {
		return ""
	}
	return strings.TrimSpace(r.raw[i])
}

// blank reports whether every cell of the row is empty.
func (r row) blank() bool {
	for i := range r.cells {
		if r.cell(i) != "" {
			return false
		}
	}
	return true
}

// readCSV reads a CSV file, a sheet downloaded as CSV, into rows numbered
// as the sheet numbers them: a line with no field at all, which the csv
// package skips, still counts as a row.
func readCSV(data []byte) ([]row, error) {
	data = bytes.TrimPrefix(data, []byte(byteOrderMark))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows []row
	num, nextLine := 0, 1
	for {
		record, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		var parseErr *csv.ParseError
		if errors.As(err, &parseErr) {
			return nil, fmt.Errorf("line %d: %v: check the quotes of that line", parseErr.Line, parseErr.Err)
		}
		if err != nil {
			return nil, err
		}
		line, _ := r.FieldPos(0)
		num += 1 + line - nextLine // blank lines before the record
		nextLine = line + 1
		for _, field := range record {
			nextLine += strings.Count(field, "\n")
		}
		rows = append(rows, row{num: num, cells: record})
	}
}

// readXLSX reads the first sheet of an XLSX workbook.
func readXLSX(data []byte) ([]row, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a readable XLSX workbook: %v", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("the workbook has no sheet")
	}
	shown, err := f.GetRows(sheets[0])
	if err != nil {
		return nil, err
	}
	stored, err := f.GetRows(sheets[0], excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	rows := make([]row, len(shown))
	for i := range shown {
		rows[i] = row{num: i + 1, cells: shown[i]}
		if i < len(stored) {
			rows[i].raw = stored[i]
		}
	}
	return rows, nil
}

// excelDate converts the stored value of a cell that the sheet shows as a
// date (an Excel serial day number) to a date, and reports whether it was
// one: the cell shows something else than it stores.
func excelDate(shown, stored string) (Date, bool) {
	if shown == stored || stored == "" {
		return Date{}, false
	}
	if n, ok := parseInteger(shown); ok && strconv.Itoa(n) == stored {
		return Date{}, false // a year shown with a thousands separator
	}
	var serial float64
	if _, err := fmt.Sscan(stored, &serial); err != nil || serial < 1 {
		return Date{}, false
	}
	t, err := excelize.ExcelDateToTime(serial, false)
	if err != nil {
		return Date{}, false
	}
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
}
