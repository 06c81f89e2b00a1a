package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"path"
	"strings"
	"time"
)

// maxTarball bounds a download; CLDR's largest package is about 6 MB.
const maxTarball = 64 << 20

// files holds the JSON files read, by package and path inside the package:
// "cldr-core/supplemental/plurals.json".
type files map[string][]byte

// download fetches every package from the registry, checks it against its
// pinned integrity and returns the JSON files gencldr reads.
func download(ctx context.Context, registry string, pkgs []npmPackage) (files, error) {
	client := &http.Client{Timeout: 5 * time.Minute}
	src := files{}
	for _, p := range pkgs {
		url := strings.TrimSuffix(registry, "/") + "/" + p.Name + "/-/" + p.Name + "-" + p.Version + ".tgz"
		data, err := get(ctx, client, url)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %v", p.Name, p.Version, err)
		}
		if err := verify(p, data); err != nil {
			return nil, err
		}
		if err := untar(p.Name, data, src); err != nil {
			return nil, fmt.Errorf("%s %s: %v", p.Name, p.Version, err)
		}
	}
	return src, nil
}

func get(ctx context.Context, client *http.Client, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxTarball+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %v", url, err)
	}
	if len(data) > maxTarball {
		return nil, fmt.Errorf("GET %s: larger than %d bytes", url, maxTarball)
	}
	return data, nil
}

// integrity is the Subresource Integrity string npm publishes for data.
func integrity(data []byte) string {
	sum := sha512.Sum512(data)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

// verify checks a tarball against its pinned integrity.
func verify(p npmPackage, data []byte) error {
	if got := integrity(data); got != p.Integrity {
		return fmt.Errorf("%s %s: the tarball's checksum is %s, but %s is pinned: the registry served other bytes than the ones pinned; "+
			"if you changed the version, copy dist.integrity from https://registry.npmjs.org/%s/%s into gencldr's package list",
			p.Name, p.Version, got, p.Integrity, p.Name, p.Version)
	}
	return nil
}

// untar reads the gzipped tarball of package name and adds to src the JSON
// files wanted, without their leading "package/".
func untar(name string, data []byte, src files) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		rel, ok := strings.CutPrefix(path.Clean(h.Name), "package/")
		if !ok || !wanted(name, rel) {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return fmt.Errorf("%s: %v", h.Name, err)
		}
		src[name+"/"+rel] = b
	}
}

// wanted reports whether gencldr reads the file rel of package name; the
// dates and numbers packages hold much that it does not need. The license
// travels into the data file.
func wanted(name, rel string) bool {
	if name == "cldr-core" && rel == "LICENSE" {
		return true
	}
	if path.Ext(rel) != ".json" {
		return false
	}
	switch name {
	case "cldr-dates-full":
		return path.Base(rel) == "ca-gregorian.json"
	case "cldr-numbers-full":
		return path.Base(rel) == "numbers.json"
	}
	return true
}
