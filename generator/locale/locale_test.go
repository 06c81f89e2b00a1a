package locale_test

import (
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/locale"
)

// localeCase holds what CLDR 48's JSON gives one locale, written out by
// hand from its patterns and names (ca-gregorian.json, numbers.json,
// plurals.json). The dates: 2005; December 2005; 1 August 2014; 500 BCE.
// The ranges: 2005–2007; March–December 2005; December 2005 – March 2007;
// 5–10 August 2014; 1 August – 5 September 2014; 1 December 2005 – 1 March
// 2007; 500–400 BCE; 500 BCE – 2005 CE.
type localeCase struct {
	tag, dir                             string
	year, month, day, bce                string
	yearRange, monthSameYear, monthRange string
	daySameMonth, daySameYear, dayRange  string
	bceRange, eraRange                   string
	monthFormat, monthStandAlone, digits string
	plurals                              string // the categories of 0, 1, 2, 3, 5, 11, 21, 101
}

var localeCases = []localeCase{
	{"en", "ltr",
		"2005", "December 2005", "August 1, 2014", "500 BCE",
		"2005\u2009–\u20092007", "March\u2009–\u2009December 2005", "December 2005\u2009–\u2009March 2007",
		"August 5\u2009–\u200910, 2014", "August 1\u2009–\u2009September 5, 2014", "December 1, 2005\u2009–\u2009March 1, 2007",
		"500\u2009–\u2009400 BCE", "500 BCE\u2009–\u20092005 CE",
		"December", "December", "2005", "other one other other other other other other"},
	{"en-GB", "ltr",
		"2005", "December 2005", "1 August 2014", "500 BCE",
		"2005\u2009–\u20092007", "March\u2009–\u2009December 2005", "December 2005\u2009–\u2009March 2007",
		"5\u2009–\u200910 August 2014", "1 August\u2009–\u20095 September 2014", "1 December 2005\u2009–\u20091 March 2007",
		"500\u2009–\u2009400 BCE", "500 BCE\u2009–\u20092005 CE",
		"December", "December", "2005", "other one other other other other other other"},
	{"en-001", "ltr",
		"2005", "December 2005", "1 August 2014", "500 BCE",
		"2005–2007", "March\u2009–\u2009December 2005", "December 2005\u2009–\u2009March 2007",
		"5–10 August 2014", "1 August\u2009–\u20095 September 2014", "1 December 2005\u2009–\u20091 March 2007",
		"500\u2009–\u2009400 BCE", "500 BCE\u2009–\u20092005 CE",
		"December", "December", "2005", "other one other other other other other other"},
	{"fr", "ltr",
		"2005", "décembre 2005", "1 août 2014", "500 AEC",
		"2005–2007", "mars\u2009–\u2009décembre 2005", "décembre 2005\u2009–\u2009mars 2007",
		"5–10 août 2014", "1 août\u2009–\u20095 septembre 2014", "1 décembre 2005\u2009–\u20091 mars 2007",
		"500–400\u00a0AEC", "500\u00a0AEC à 2005\u00a0EC",
		"décembre", "décembre", "2005", "one one other other other other other other"},
	{"de", "ltr",
		"2005", "Dezember 2005", "1. August 2014", "500 v. u. Z.",
		"2005–2007", "März–Dezember 2005", "Dezember 2005\u2009–\u2009März 2007",
		"5.–10. August 2014", "1. August\u2009–\u20095. September 2014", "1. Dezember 2005\u2009–\u20091. März 2007",
		"500–400 v. u. Z.", "500 v. u. Z.\u2009–\u20092005 u. Z.",
		"Dezember", "Dezember", "2005", "other one other other other other other other"},
	{"es", "ltr",
		"2005", "diciembre de 2005", "1 de agosto de 2014", "500 a. e. c.",
		"2005–2007", "marzo–diciembre de 2005", "diciembre de 2005\u2009–\u2009marzo de 2007",
		"5–10 de agosto de 2014", "1 de agosto\u2009–\u20095 de septiembre de 2014", "1 de diciembre de 2005\u2009–\u20091 de marzo de 2007",
		"500–400 a. e. c.", "500 a. e. c.\u2009–\u20092005 e. c.",
		"diciembre", "diciembre", "2005", "other one other other other other other other"},
	{"pt", "ltr",
		"2005", "dezembro de 2005", "1 de agosto de 2014", "500 AEC",
		"2005\u2009–\u20092007", "março\u2009–\u2009dezembro de 2005", "dezembro de 2005\u2009–\u2009março de 2007",
		"5\u2009–\u200910 de agosto de 2014", "1 de agosto\u2009–\u20095 de setembro de 2014", "1 de dezembro de 2005\u2009–\u20091 de março de 2007",
		"500\u2009–\u2009400 AEC", "500 AEC\u2009–\u20092005 EC",
		"dezembro", "dezembro", "2005", "one one other other other other other other"},
	{"pt-PT", "ltr",
		"2005", "dezembro de 2005", "1 de agosto de 2014", "500 a.E.C.",
		"2005–2007", "março\u2009–\u2009dezembro de 2005", "dezembro de 2005\u2009–\u2009março de 2007",
		"5–10 de agosto de 2014", "1 de agosto\u2009–\u20095 de setembro de 2014", "1 de dezembro de 2005\u2009–\u20091 de março de 2007",
		"500\u2009–\u2009400 a.E.C.", "500 a.E.C.\u2009–\u20092005 E.C.",
		"dezembro", "dezembro", "2005", "other one other other other other other other"},
	{"ru", "ltr",
		"2005", "декабрь 2005\u202fг.", "1 августа 2014\u202fг.", "500\u202fг. до н. э.",
		"2005–2007", "март – декабрь 2005\u202fг.", "декабрь 2005\u202fг. – март 2007\u202fг.",
		"5–10 августа 2014\u202fг.", "1 августа – 5 сентября 2014\u202fг.", "1 декабря 2005\u202fг. – 1 марта 2007\u202fг.",
		"500–400\u202fгг. до н. э.", "500\u202fг. до н. э. – 2005\u202fг. н.\u00a0э.",
		"декабря", "декабрь", "2005", "many one few few many many one one"},
	{"uk", "ltr",
		"2005", "грудень 2005\u202fр.", "1 серпня 2014\u202fр.", "500 до н. е.",
		"2005–2007", "березень – грудень 2005\u202fр.", "грудень 2005 – березень 2007\u202fрр.",
		"5–10 серпня 2014\u202fр.", "1 серпня – 5 вересня 2014\u202fр.", "1 грудня 2005 – 1 березня 2007\u202fрр.",
		"500–400\u202fрр. до н. е.", "500\u202fр. до н. е. – 2005\u202fр. н. е.",
		"грудня", "грудень", "2005", "many one few few many many one one"},
	{"mn", "ltr",
		"2005", "2005\u202fоны арван хоёрдугаар сар", "2014\u202fоны наймдугаар сарын 1", "НТӨ 500",
		"2005 – 2007", "2005\u202fоны III – XII сар", "2005\u202fоны XII сар – 2007\u202fоны III сар",
		"2014\u202fоны VIII/05 – 10", "2014\u202fоны VIII/01 – IX/05", "2005\u202fоны XII/01 – 2007\u202fоны III/01",
		"НТӨ 500–400", "НТӨ 500\u2009–\u2009НТ 2005",
		"арван хоёрдугаар сар", "Арван хоёрдугаар сар", "2005", "other one other other other other other other"},
	{"zh", "ltr",
		"2005年", "2005年12月", "2014年8月1日", "公元前500年",
		"2005–2007年", "2005年3月 – 12月", "2005年12月 – 2007年3月",
		"2014年8月5日\u2009–\u200910日", "2014年8月1日\u2009–\u20099月5日", "2005年12月1日\u2009–\u20092007年3月1日",
		"公元前500年–400年", "公元前500年 – 公元2005年",
		"十二月", "十二月", "2005", "other other other other other other other other"},
	{"zh-Hant", "ltr",
		"2005年", "2005年12月", "2014年8月1日", "公元前500年",
		"2005至2007", "2005年3月至12月", "2005年12月至2007年3月",
		"2014年8月5日至10日", "2014年8月1日至9月5日", "2005年12月1日至2007年3月1日",
		"公元前500–400", "公元前500 – 公元2005",
		"12月", "12月", "2005", "other other other other other other other other"},
	{"ja", "ltr",
		"2005年", "2005年12月", "2014年8月1日", "西暦紀元前500年",
		"2005年～2007年", "2005年3月～12月", "2005年12月～2007年3月",
		"2014年8月5日～10日", "2014年8月1日～9月5日", "2005年12月1日～2007年3月1日",
		"西暦紀元前500年～400年", "西暦紀元前500年～西暦紀元2005年",
		"12月", "12月", "2005", "other other other other other other other other"},
	{"ko", "ltr",
		"2005년", "2005년 12월", "2014년 8월 1일", "BCE 500년",
		"2005년 ~ 2007년", "2005년 3월~12월", "2005년 12월~2007년 3월",
		"2014년 8월 5일~10일", "2014년 8월 1일~9월 5일", "2005년 12월 1일~2007년 3월 1일",
		"BCE 500년~400년", "BCE 500년 ~ CE 2005년",
		"12월", "12월", "2005", "other other other other other other other other"},
	{"ar", "rtl",
		"2005", "ديسمبر 2005", "1 أغسطس 2014", "500 ق. م",
		"2005–2007", "مارس – ديسمبر 2005", "ديسمبر 2005 – مارس 2007",
		"5–10 أغسطس 2014", "1 أغسطس – 5 سبتمبر 2014", "1 ديسمبر 2005 – 1 مارس 2007",
		"500 – 400 ق. م", "500 ق. م – 2005 ب.م",
		"ديسمبر", "ديسمبر", "2005", "zero one two few few many many other"},
	{"he", "rtl",
		"2005", "דצמבר 2005", "1 באוגוסט 2014", "500 BCE",
		"2005–2007", "מרץ–דצמבר 2005", "דצמבר 2005–מרץ 2007",
		"5–10 באוגוסט 2014", "1 אוגוסט – 5 ספטמבר 2014", "1 דצמבר 2005 – 1 מרץ 2007",
		"500 – 400 BCE", "500 BCE – 2005 CE",
		"דצמבר", "דצמבר", "2005", "other one two other other other other other"},
	{"fa", "rtl",
		"۲۰۰۵", "دسامبر ۲۰۰۵", "۱ اوت ۲۰۱۴", "۵۰۰ ق.د.م",
		"۲۰۰۵ تا ۲۰۰۷", "مارس تا دسامبر ۲۰۰۵", "دسامبر ۲۰۰۵ تا مارس ۲۰۰۷",
		"۵ تا ۱۰ اوت ۲۰۱۴", "۱ اوت تا ۵ سپتامبر ۲۰۱۴", "۱ دسامبر ۲۰۰۵ تا ۱ مارس ۲۰۰۷",
		"۵۰۰ تا ۴۰۰ ق.د.م", "۵۰۰ ق.د.م تا ۲۰۰۵ د.م.",
		"دسامبر", "دسامبر", "۲۰۰۵", "one one other other other other other other"},
	{"hi", "ltr",
		"2005", "दिसंबर 2005", "1 अगस्त 2014", "500 ईसवी पूर्व",
		"2005–2007", "मार्च – दिसंबर 2005", "दिसंबर 2005 – मार्च 2007",
		"5–10 अगस्त 2014", "1 अगस्त – 5 सितंबर 2014", "1 दिसंबर 2005 – 1 मार्च 2007",
		"ईसवी पूर्व 500–400", "ईसवी पूर्व 500\u2009–\u2009ईसवी 2005",
		"दिसंबर", "दिसंबर", "2005", "one one other other other other other other"},
	{"bn", "ltr",
		"২০০৫", "ডিসেম্বর ২০০৫", "১ আগস্ট, ২০১৪", "৫০০ \"খ্রিঃপূঃ\"",
		"২০০৫–২০০৭", "মার্চ–ডিসেম্বর ২০০৫", "ডিসেম্বর ২০০৫ – মার্চ ২০০৭",
		"৫–১০ আগস্ট, ২০১৪", "১ আগস্ট – ৫ সেপ্টেম্বর, ২০১৪", "১ ডিসেম্বর, ২০০৫ – ১ মার্চ, ২০০৭",
		"৫০০ – ৪০০ \"খ্রিঃপূঃ\"", "৫০০ \"খ্রিঃপূঃ\" – ২০০৫ খ্রিষ্টাব্দ",
		"ডিসেম্বর", "ডিসেম্বর", "২০০৫", "one one other other other other other other"},
	{"th", "ltr",
		"2005", "ธันวาคม 2005", "1 สิงหาคม 2014", "ก่อน ส.ศ. 500",
		"2005–2007", "มีนาคม – ธันวาคม 2005", "ธันวาคม 2005 – มีนาคม 2007",
		"5–10 สิงหาคม 2014", "1 สิงหาคม\u2009–\u20095 กันยายน 2014", "1 ธันวาคม 2005\u2009–\u20091 มีนาคม 2007",
		"ก่อน ส.ศ. 500–400", "ก่อน ส.ศ. 500\u2009–\u2009ส.ศ. 2005",
		"ธันวาคม", "ธันวาคม", "2005", "other other other other other other other other"},
	{"tr", "ltr",
		"2005", "Aralık 2005", "1 Ağustos 2014", "İÖ 500",
		"2005–2007", "Mart\u2009–\u2009Aralık 2005", "Aralık 2005\u2009–\u2009Mart 2007",
		"5–10 Ağustos 2014", "1 Ağustos\u2009–\u20095 Eylül 2014", "1 Aralık 2005\u2009–\u20091 Mart 2007",
		"İÖ 500–400", "İÖ 500\u2009–\u2009İS 2005",
		"Aralık", "Aralık", "2005", "other one other other other other other other"},
	{"pl", "ltr",
		"2005", "grudzień 2005", "1 sierpnia 2014", "500 BCE",
		"2005–2007", "marzec–grudzień 2005", "grudzień 2005–marzec 2007",
		"5–10 sierpnia 2014", "1 sierpnia\u2009–\u20095 września 2014", "1 grudnia 2005\u2009–\u20091 marca 2007",
		"500–400 BCE", "500 BCE\u2009–\u20092005 CE",
		"grudnia", "grudzień", "2005", "many one few few many many many many"},
	{"el", "ltr",
		"2005", "Δεκέμβριος 2005", "1 Αυγούστου 2014", "500 π.Κ.Χ.",
		"2005–2007", "Μάρτιος–Δεκέμβριος 2005", "Δεκέμβριος 2005 – Μάρτιος 2007",
		"5–10 Αυγούστου 2014", "1 Αυγούστου – 5 Σεπτεμβρίου 2014", "1 Δεκεμβρίου 2005 – 1 Μαρτίου 2007",
		"500–400 π.Κ.Χ.", "500 π.Κ.Χ. – 2005 ΚΧ",
		"Δεκεμβρίου", "Δεκέμβριος", "2005", "other one other other other other other other"},
	{"sw", "ltr",
		"2005", "Desemba 2005", "1 Agosti 2014", "500 BCE",
		"2005–2007", "Machi–Desemba 2005", "Desemba 2005\u2009–\u2009Machi 2007",
		"5\u2009–\u200910 Agosti 2014", "1 Agosti 2014\u2009–\u20095 Septemba 2014", "1 Desemba 2005\u2009–\u20091 Machi 2007",
		"500\u2009–\u2009400 BCE", "500 BCE\u2009–\u20092005 CE",
		"Desemba", "Desemba", "2005", "other one other other other other other other"},
}

func fields(y, m, d int, p locale.Precision) locale.Fields {
	return locale.Fields{Year: y, Month: m, Day: d, Precision: p}
}

func TestLocales(t *testing.T) {
	for _, c := range localeCases {
		t.Run(c.tag, func(t *testing.T) {
			l, ok := locale.Lookup(c.tag)
			if !ok {
				t.Fatalf("Lookup(%q) found nothing", c.tag)
			}
			if l.Tag() != c.tag {
				t.Fatalf("Lookup(%q).Tag() = %q, want %q", c.tag, l.Tag(), c.tag)
			}
			check := func(what, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			check("Direction()", l.Direction(), c.dir)
			check("Format(2005)", l.Format(fields(2005, 0, 0, locale.Year)), c.year)
			check("Format(2005-12)", l.Format(fields(2005, 12, 0, locale.Month)), c.month)
			check("Format(2014-08-01)", l.Format(fields(2014, 8, 1, locale.Day)), c.day)
			check("Format(-0499)", l.Format(fields(-499, 0, 0, locale.Year)), c.bce)
			check("Interval(2005, 2007)", l.Interval(fields(2005, 0, 0, locale.Year), fields(2007, 0, 0, locale.Year)), c.yearRange)
			check("Interval(2005-03, 2005-12)", l.Interval(fields(2005, 3, 0, locale.Month), fields(2005, 12, 0, locale.Month)), c.monthSameYear)
			check("Interval(2005-12, 2007-03)", l.Interval(fields(2005, 12, 0, locale.Month), fields(2007, 3, 0, locale.Month)), c.monthRange)
			check("Interval(2014-08-05, 2014-08-10)", l.Interval(fields(2014, 8, 5, locale.Day), fields(2014, 8, 10, locale.Day)), c.daySameMonth)
			check("Interval(2014-08-01, 2014-09-05)", l.Interval(fields(2014, 8, 1, locale.Day), fields(2014, 9, 5, locale.Day)), c.daySameYear)
			check("Interval(2005-12-01, 2007-03-01)", l.Interval(fields(2005, 12, 1, locale.Day), fields(2007, 3, 1, locale.Day)), c.dayRange)
			check("Interval(-0499, -0399)", l.Interval(fields(-499, 0, 0, locale.Year), fields(-399, 0, 0, locale.Year)), c.bceRange)
			check("Interval(-0499, 2005)", l.Interval(fields(-499, 0, 0, locale.Year), fields(2005, 0, 0, locale.Year)), c.eraRange)
			check("MonthName(12, false)", l.MonthName(12, false), c.monthFormat)
			check("MonthName(12, true)", l.MonthName(12, true), c.monthStandAlone)
			check("Digits(2005)", l.Digits(2005), c.digits)
			var cats []string
			for _, n := range []int{0, 1, 2, 3, 5, 11, 21, 101} {
				cats = append(cats, l.PluralCategory(n))
			}
			check("PluralCategory(0, 1, 2, 3, 5, 11, 21, 101)", strings.Join(cats, " "), c.plurals)
		})
	}
}
