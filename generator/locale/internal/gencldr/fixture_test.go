package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// The fixture is a miniature CLDR: three modern locales (en, ru, ar-EG) and
// one basic one (xx) that must be left out, with just the data gencldr reads.

func monthMap(names string) map[string]string {
	m := map[string]string{}
	for i, n := range strings.Split(names, ",") {
		m[fmt.Sprint(i+1)] = n
	}
	return m
}

func gregorianJSON(formatWide, standAloneWide string, eras [4]string, long string, available map[string]string, intervals map[string]any) map[string]any {
	return map[string]any{"dates": map[string]any{"calendars": map[string]any{"gregorian": map[string]any{
		"months": map[string]any{
			"format":      map[string]any{"wide": monthMap(formatWide)},
			"stand-alone": map[string]any{"wide": monthMap(standAloneWide)},
		},
		"eras":            map[string]any{"eraAbbr": map[string]string{"0": eras[0], "0-alt-variant": eras[1], "1": eras[2], "1-alt-variant": eras[3]}},
		"dateFormats":     map[string]string{"full": "EEEE, " + long, "long": long, "medium": "MMM d, y", "short": "M/d/yy"},
		"dateTimeFormats": map[string]any{"availableFormats": available, "intervalFormats": intervals},
	}}}}
}

func numbersJSON(ns, minus, group, pattern string) map[string]any {
	return map[string]any{"numbers": map[string]any{
		"defaultNumberingSystem":            ns,
		"minimumGroupingDigits":             "1",
		"symbols-numberSystem-" + ns:        map[string]string{"minusSign": minus, "group": group},
		"decimalFormats-numberSystem-" + ns: map[string]string{"standard": pattern},
	}}
}

func namesJSON(languages, territories map[string]string) map[string]map[string]any {
	return map[string]map[string]any{
		"languages.json":   {"localeDisplayNames": map[string]any{"languages": languages}},
		"territories.json": {"localeDisplayNames": map[string]any{"territories": territories}},
		"localeDisplayNames.json": {"localeDisplayNames": map[string]any{
			"localeDisplayPattern": map[string]string{"localePattern": "{0} ({1})", "localeSeparator": "{0}, {1}"},
		}},
	}
}

// fixtureFiles returns the fixture's files by package, paths as in the
// tarballs without "package/".
func fixtureFiles(tb testing.TB) map[string]map[string][]byte {
	tb.Helper()
	js := func(v any) []byte {
		b, err := json.Marshal(v)
		if err != nil {
			tb.Fatal(err)
		}
		return b
	}
	main := func(tag string, v any) []byte { return js(map[string]any{"main": map[string]any{tag: v}}) }
	sup := func(v any) []byte { return js(map[string]any{"supplemental": v}) }

	enMonths := "January,February,March,April,May,June,July,August,September,October,November,December"
	enAvailable := map[string]string{"y": "y", "yMMMM": "MMMM y", "yMMMd": "MMM d, y", "Gy": "y G", "GyMMM": "MMM y G", "GyMMMd": "MMM d, y G", "yMMMEd": "E, MMM d, y"}
	enIntervals := map[string]any{
		"intervalFormatFallback": "{0} – {1}",
		"y":                      map[string]string{"y": "y – y"},
		"yMMMM":                  map[string]string{"M": "MMMM – MMMM y", "y": "MMMM y – MMMM y"},
		"yMMMd":                  map[string]string{"d": "MMM d – d, y", "M": "MMM d – MMM d, y", "y": "MMM d, y – MMM d, y"},
		"yMd":                    map[string]string{"d": "M/d/y – M/d/y", "M": "M/d/y – M/d/y", "y": "M/d/y – M/d/y"},
		"Gy":                     map[string]string{"G": "y G – y G", "y": "y – y G"},
		"GyMMM":                  map[string]string{"G": "MMM y G – MMM y G", "M": "MMM – MMM y G", "y": "MMM y – MMM y G"},
		"GyMMMd":                 map[string]string{"d": "MMM d – d, y G", "G": "MMM d, y G – MMM d, y G", "M": "MMM d – MMM d, y G", "y": "MMM d, y – MMM d, y G"},
	}
	ruAvailable := map[string]string{"y": "y", "yMMMM": "LLLL y 'г'.", "yMMMd": "d MMM y 'г'.", "Gy": "y 'г'. G", "GyMMM": "LLL y 'г'. G", "GyMMMd": "d MMM y 'г'. G"}
	ruIntervals := map[string]any{
		"intervalFormatFallback": "{0} – {1}",
		"y":                      map[string]string{"y": "y–y"},
		"yMMMM":                  map[string]string{"M": "LLLL – LLLL y 'г'.", "y": "LLLL y 'г'. – LLLL y 'г'."},
		"yMMMd":                  map[string]string{"d": "d–d MMM y 'г'.", "M": "d MMM – d MMM y 'г'.", "y": "d MMM y 'г'. – d MMM y 'г'."},
		"Gy":                     map[string]string{"G": "y 'г'. G – y 'г'. G", "y": "y–y 'гг'. G"},
		"GyMMM":                  map[string]string{"G": "LLL y 'г'. G – LLL y 'г'. G", "M": "LLL – LLL y 'г'. G", "y": "LLL y – LLL y 'гг'. G"},
		"GyMMMd":                 map[string]string{"d": "d–d MMM y 'г'. G", "G": "d MMM y 'г'. G – d MMM y 'г'. G", "M": "d MMM – d MMM y 'г'. G", "y": "d MMM y – d MMM y 'гг'. G"},
	}
	ruFormat := "января,февраля,марта,апреля,мая,июня,июля,августа,сентября,октября,ноября,декабря"
	ruStandAlone := "январь,февраль,март,апрель,май,июнь,июль,август,сентябрь,октябрь,ноябрь,декабрь"
	arMonths := "يناير,فبراير,مارس,أبريل,مايو,يونيو,يوليو,أغسطس,سبتمبر,أكتوبر,نوفمبر,ديسمبر"

	return map[string]map[string][]byte{
		"cldr-core": {
			"LICENSE":             []byte("UNICODE LICENSE V3 (fixture)\n"),
			"coverageLevels.json": js(map[string]any{"effectiveCoverageLevels": map[string]string{"en": "modern", "ru": "modern", "ar-EG": "modern", "xx": "basic", "und": "modern"}}),
			"scriptMetadata.json": js(map[string]any{"scriptMetadata": map[string]any{"Latn": map[string]string{"rtl": "NO"}, "Cyrl": map[string]string{"rtl": "NO"}, "Arab": map[string]string{"rtl": "YES"}}}),
			"supplemental/likelySubtags.json": sup(map[string]any{"likelySubtags": map[string]string{
				"en": "en-Latn-US", "ru": "ru-Cyrl-RU", "ar": "ar-Arab-EG", "ru-MN": "ru-Cyrl-MN", "en-RU": "en-Cyrl-RU", "xx": "xx-Latn-XX",
			}}),
			"supplemental/plurals.json": sup(map[string]any{"plurals-type-cardinal": map[string]any{
				"en": map[string]string{"pluralRule-count-one": "i = 1 and v = 0 @integer 1", "pluralRule-count-other": " @integer 0, 2~16, 100, 1000, 10000, 100000, 1000000, … @decimal 0.0~1.5"},
				"ru": map[string]string{
					"pluralRule-count-one":   "v = 0 and i % 10 = 1 and i % 100 != 11 @integer 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, …",
					"pluralRule-count-few":   "v = 0 and i % 10 = 2..4 and i % 100 != 12..14 @integer 2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002, …",
					"pluralRule-count-many":  "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14 @integer 0, 5~19, 100, 1000, 10000, 100000, 1000000, …",
					"pluralRule-count-other": "   @decimal 0.0~1.5, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0, …",
				},
				"ar": map[string]string{
					"pluralRule-count-zero": "n = 0 @integer 0", "pluralRule-count-one": "n = 1 @integer 1", "pluralRule-count-two": "n = 2 @integer 2",
					"pluralRule-count-few": "n % 100 = 3..10 @integer 3~10, 103~110, 1003, …", "pluralRule-count-many": "n % 100 = 11..99 @integer 11~26, 111, 1011, …",
					"pluralRule-count-other": " @integer 100~102, 200~202, 1c3, …",
				},
			}}),
			"supplemental/numberingSystems.json": sup(map[string]any{"numberingSystems": map[string]any{
				"latn": map[string]string{"_digits": "0123456789", "_type": "numeric"},
				"arab": map[string]string{"_digits": "٠١٢٣٤٥٦٧٨٩", "_type": "numeric"},
			}}),
			"supplemental/parentLocales.json": sup(map[string]any{"parentLocales": map[string]any{
				"parentLocale": map[string]string{"ar-XX": "ar-EG", "en-150": "en-001"},
				"plurals":      map[string]string{},
			}}),
			"supplemental/aliases.json": sup(map[string]any{"metadata": map[string]any{"alias": map[string]any{"languageAlias": map[string]any{
				"eng": map[string]string{"_reason": "overlong", "_replacement": "en"},
				"rus": map[string]string{"_reason": "overlong", "_replacement": "ru"},
				"iw":  map[string]string{"_reason": "deprecated", "_replacement": "he"},
			}}}}),
		},
		"cldr-dates-full": {
			"main/en/ca-gregorian.json":    main("en", gregorianJSON(enMonths, enMonths, [4]string{"BC", "BCE", "AD", "CE"}, "MMMM d, y", enAvailable, enIntervals)),
			"main/ru/ca-gregorian.json":    main("ru", gregorianJSON(ruFormat, ruStandAlone, [4]string{"до н. э.", "до н. э.", "н. э.", "н. э."}, "d MMMM y 'г'.", ruAvailable, ruIntervals)),
			"main/ar-EG/ca-gregorian.json": main("ar-EG", gregorianJSON(arMonths, arMonths, [4]string{"ق.م", "ق. م", "م", "ب.م"}, "d MMMM y", map[string]string{"y": "y", "yMMMM": "MMMM y", "yMMMd": "d MMM y", "Gy": "y G", "GyMMM": "MMM y G", "GyMMMd": "d MMM y G"}, enIntervals)),
			"main/en/ca-buddhist.json":     []byte("not read"),
		},
		"cldr-numbers-full": {
			"main/en/numbers.json":    main("en", numbersJSON("latn", "-", ",", "#,##0.###")),
			"main/ru/numbers.json":    main("ru", numbersJSON("latn", "-", "\u00a0", "#,##0.###")),
			"main/ar-EG/numbers.json": main("ar-EG", numbersJSON("arab", "\u061c-", "٬", "#,##0.###")),
		},
		"cldr-localenames-full": fixtureNames(main),
	}
}

func fixtureNames(main func(string, any) []byte) map[string][]byte {
	out := map[string][]byte{}
	for tag, n := range map[string]map[string]map[string]any{
		"en":    namesJSON(map[string]string{"en": "English"}, nil),
		"ru":    namesJSON(map[string]string{"ru": "русский"}, nil),
		"ar-EG": namesJSON(map[string]string{"ar": "العربية"}, map[string]string{"EG": "مصر"}),
	} {
		for file, v := range n {
			out["main/"+tag+"/"+file] = main(tag, v)
		}
	}
	return out
}

// tarball packs files as npm does, under "package/".
func tarball(tb testing.TB, files map[string][]byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		data := files[name]
		if err := tw.WriteHeader(&tar.Header{Name: "package/" + name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			tb.Fatal(err)
		}
		if _, err := tw.Write(data); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
