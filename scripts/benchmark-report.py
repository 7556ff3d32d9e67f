#!/usr/bin/env python3
"""The benchmark's small helpers (issue 10), called by scripts/benchmark.sh.

  sizes BASE_URL ADDRESSES PAGES OUT.json   HTML size and first-visit transfer with gzip per page (curl)
  report RESULTS_DIR OUT.md                 turns the results into docs/benchmarks.md
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HEAVY_EXCEPT_EXPORTS = ("csv",)
CEILING = "login"


def read_properties(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key.strip()] = value.strip()
    return values


def read_pages(path, addresses):
    pages = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, account, address = line.split(None, 2)
            for key, value in addresses.items():
                address = address.replace("{" + key + "}", value)
            pages.append((name, account, address))
    return pages


def curl(args):
    return subprocess.run(["curl", "-s", "--max-time", "120"] + args, check=True, capture_output=True,
                          text=True).stdout


def sign_in(base, jar, email, password):
    page = curl(["-c", jar, "-b", jar, base + "/login"])
    csrf = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    curl(["-c", jar, "-b", jar, "-o", "/dev/null", "--data-urlencode", "email=" + email, "--data-urlencode",
          "password=" + password, "--data-urlencode", "_csrf=" + csrf.group(1), base + "/login"])


def sizes(base, addresses_file, pages_file, out):
    addresses = read_properties(addresses_file)
    tmp = tempfile.mkdtemp()
    jars = {}
    for account in ("coordinator", "member"):
        jars[account] = os.path.join(tmp, account)
        sign_in(base, jars[account], addresses[account], addresses["password"])
    jars["anonymous"] = os.path.join(tmp, "anonymous")
    results = {}
    for name, account, address in read_pages(pages_file, addresses):
        jar = jars[account]
        body_file = os.path.join(tmp, name)
        status, raw = curl(["-b", jar, "-o", body_file, "-w", "%{http_code} %{size_download}", base + address]).split()
        gzip = int(curl(["-b", jar, "--compressed", "-o", "/dev/null", "-w", "%{size_download}", base + address]))
        with open(body_file, encoding="utf-8", errors="replace") as f:
            body = f.read()
        assets = sorted(set(re.findall(r'(?:href|src)="(/(?:css|js|images|webjars)/[^"]+)"', body)))
        asset_bytes = 0
        cache = ""
        for asset in assets:
            headers = curl(["--compressed", "-D", "-", "-o", "/dev/null", "-w", "\nSIZE %{size_download}",
                            base + asset])
            asset_bytes += int(re.search(r"SIZE (\d+)", headers).group(1))
            found = re.search(r"(?im)^cache-control:\s*(.+?)\s*$", headers)
            if found and not cache:
                cache = found.group(1)
        results[name] = {"status": int(status), "html_bytes": int(raw), "gzip_bytes": gzip,
                         "assets": assets, "asset_gzip_bytes": asset_bytes, "first_visit_bytes": gzip + asset_bytes,
                         "asset_cache_control": cache, "account": account, "address": address}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)


def requests(node, found):
    if isinstance(node, dict):
        if node.get("type") == "REQUEST":
            found[node["name"]] = node["stats"]
        for value in node.values():
            requests(value, found)
    return found


def gatling_stats(path):
    """Gatling's report keeps its figures in js/stats.js, a JavaScript object literal."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.split("\nfunction", 1)[0].strip()
    text = text[text.index("{"):].rstrip(";")
    text = re.sub(r'(?m)^(\s*)([A-Za-z_][A-Za-z0-9_]*):', r'\1"\2":', text)
    return json.loads(text)


def number(value):
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def kb(value):
    return "%.1f KB" % (value / 1024.0)


def report(results, out):
    machine = read_properties(os.path.join(results, "machine.properties"))
    with open(os.path.join(results, "sizes.json"), encoding="utf-8") as f:
        page_sizes = json.load(f)
    stats = requests(gatling_stats(os.path.join(results, "stats.js")), {})
    heap = ""
    heap_file = os.path.join(results, "heap.txt")
    if os.path.exists(heap_file):
        with open(heap_file, encoding="utf-8") as f:
            found = re.search(r"total (\d+)K, used (\d+)K", f.read())
            if found:
                heap = "%d MB used of %d MB committed" % (int(found.group(2)) // 1024, int(found.group(1)) // 1024)
    seconds = float(machine["seconds"])
    windows = read_properties(os.path.join(results, "windows.properties"))
    levels = [int(s) for s in machine["sessions"].split(",")]
    pages = list(page_sizes.keys())

    def figure(page, level):
        s = stats.get("%s@%d" % (page, level))
        if not s:
            return None
        total = number(s["numberOfRequests"]["total"])
        # requests over the step's real window (the last requests may end well after the loop's time)
        window = max(seconds, number(windows.get("%s@%d" % (page, level), 0)) / 1000.0)
        return {"rps": total / window, "p50": number(s["percentiles1"]["total"]),
                "p95": number(s["percentiles3"]["total"]), "p99": number(s["percentiles4"]["total"]),
                "errors": number(s["numberOfRequests"]["ko"]), "total": total}

    lines = ["# Benchmarks", "",
             "Measured by `scripts/benchmark.sh` (issue 10) on the large data set of `scripts/large-data.sh`: "
             "100 programmes, 10,000 organisations, 3,000 groups (one programme with 300), 30,000 people, "
             "20,000 submitted form versions, 10,000 good practices, 15,000 visits, 100,000 actions and "
             "300,000 progress updates. Written by `scripts/benchmark-report.py`; do not edit the figures by hand.",
             "", "```sh", "scripts/benchmark.sh      # defaults: SECONDS_PER_STEP=%s SESSIONS=%s" % (machine["seconds"],
                                                                                      machine["sessions"]), "```", "",
             "## Machine and run", "",
             "| | |", "|---|---|",
             "| date, commit | %s, %s |" % (machine.get("date"), machine.get("commit")),
             "| processors, memory | %s, %s MB (%s) |" % (machine["nproc"], machine["memory_mb"], machine.get("cpu")),
             "| load average before / after the run | %s / %s |" % (machine["load_before"], machine.get("load_after")),
             "| other JVMs on the machine when it started | %s |" % (
                 "none: the app, its PostgreSQL and Gatling had the machine to themselves"
                 if int(machine.get("other_jvms", "0")) == 0 else
                 "%s (other builds and tests: the app, PostgreSQL and Gatling shared the cores with them)"
                 % machine.get("other_jvms")),
             "| Java | %s |" % machine.get("java"),
             "| app | `java -Xmx256m -jar`, embedded PostgreSQL 15 on the same host |",
             "| startup (log line \"Started CityMentorApplication in …\") | %s s |" % machine.get("startup_seconds"),
             "| startup, jar extracted and a class data sharing archive (`-XX:SharedArchiveFile`, after the run) | %s |" % (
                 ("%s s" % machine["startup_cds_seconds"]) if machine.get("startup_cds_seconds") else "not measured"),
             "| heap after the run (`jcmd GC.heap_info`) | %s |" % (heap or "not read"),
             "| RSS after the run (`ps`) | %s |" % (("%d MB" % (int(machine["rss_kb"]) // 1024))
                                                   if machine.get("rss_kb") else "not read"),
             "| app alive after the 64-session run | %s |" % machine.get("alive_after"),
             "| time per page and level | %s s of requests in a loop per session (req/s = requests over the step's real "
             "window, up to the end of its last response), after a 5 s warm-up of each page with 2 sessions |" % machine["seconds"],
             ""]
    for level in levels:
        ceiling = figure(CEILING, level)
        lines += ["## %d concurrent session%s" % (level, "" if level == 1 else "s"), "",
                  "| page | req/s | p50 ms | p95 ms | p99 ms | errors | response (gzip) | ratio to login |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for page in pages:
            f = figure(page, level)
            if f is None:
                lines.append("| %s | not measured | | | | | | |" % page)
                continue
            ratio = (f["rps"] / ceiling["rps"]) if ceiling and ceiling["rps"] else 0
            lines.append("| %s | %.1f | %d | %d | %d | %d of %d | %s (%s) | %.0f %% |" % (
                page, f["rps"], f["p50"], f["p95"], f["p99"], f["errors"], f["total"],
                kb(page_sizes[page]["html_bytes"]), kb(page_sizes[page]["gzip_bytes"]), 100 * ratio))
        lines.append("")
    lines += ["## Pages", "", "| page | address | signed in as | HTML | gzip | CSS/JS/images (gzip) | first visit (gzip) |",
              "|---|---|---|---:|---:|---:|---:|"]
    for page in pages:
        s = page_sizes[page]
        lines.append("| %s | `%s` | %s | %s | %s | %d files, %s | %s |" % (
            page, s["address"], s["account"], kb(s["html_bytes"]), kb(s["gzip_bytes"]), len(s["assets"]),
            kb(s["asset_gzip_bytes"]), kb(s["first_visit_bytes"])))
    cache = next((s["asset_cache_control"] for s in page_sizes.values() if s["asset_cache_control"]), "")
    assets = sorted({a for s in page_sizes.values() for a in s["assets"]})
    versioned = [a for a in assets if re.search(r"-[0-9a-f]{32}\.", a) or a.startswith("/webjars/")]
    lines += ["", "Static assets: `Cache-Control: %s`; %d of %d addresses versioned (content hash or webjar "
              "version)." % (cache, len(versioned), len(assets)), ""]

    heavy = [p for p in pages if p != CEILING]
    checks = []
    at16 = {p: figure(p, 16) for p in pages}
    for p in heavy:
        if p in HEAVY_EXCEPT_EXPORTS or not at16[p]:
            continue
        checks.append(("p95 ≤ 50 ms at 16 sessions: %s" % p, at16[p]["p95"] <= 50, "%d ms (%+d ms)" % (
            at16[p]["p95"], at16[p]["p95"] - 50)))
    for p in heavy:
        ceiling = at16.get(CEILING)
        if at16[p] and ceiling:
            ratio = 100 * at16[p]["rps"] / ceiling["rps"]
            checks.append(("throughput ≥ 25 % of login at 16 sessions: " + p, ratio >= 25,
                           "%.0f %% (%+.0f points)" % (ratio, ratio - 25)))
    errors = sum(figure(p, l)["errors"] for p in pages for l in levels if figure(p, l))
    checks.append(("0 errors", errors == 0, "%d errors" % errors))
    for p in pages:
        html = page_sizes[p]["html_bytes"]
        if p not in HEAVY_EXCEPT_EXPORTS:
            checks.append(("HTML ≤ 100 KB: " + p, html <= 100 * 1024, kb(html)))
    worst = max(page_sizes[p]["first_visit_bytes"] for p in pages if p not in HEAVY_EXCEPT_EXPORTS)
    checks.append(("first visit ≤ 300 KB with gzip (largest page; exports are files, not pages)", worst <= 300 * 1024,
                   kb(worst)))
    long_cache = bool(re.search(r"max-age=(\d+)", cache)) and int(re.search(r"max-age=(\d+)", cache).group(1)) >= 31536000
    checks.append(("static assets: long cache lifetime and versioned addresses", long_cache and len(versioned) == len(assets),
                   "%s; %d of %d versioned" % (cache, len(versioned), len(assets))))
    at64 = [figure(p, 64) for p in pages if figure(p, 64)]
    held = machine.get("alive_after") == "yes" and at64 and sum(f["errors"] for f in at64) == 0
    checks.append(("holds the 64-session run with -Xmx256m", bool(held),
                   "%s errors at 64 sessions, app %s" % (sum(f["errors"] for f in at64),
                                                        "alive" if machine.get("alive_after") == "yes" else "gone")))
    startup = float(machine.get("startup_seconds") or 0)
    checks.append(("startup on the embedded database ≤ 15 s (`java -jar`)", 0 < startup <= 15, "%.1f s (%+.1f s)" % (
        startup, startup - 15)))
    cds = float(machine.get("startup_cds_seconds") or 0)
    if cds:
        checks.append(("startup on the embedded database ≤ 15 s (extracted jar with a CDS archive)", cds <= 15,
                       "%.1f s (%+.1f s)" % (cds, cds - 15)))
    lines += ["## Targets (issue 10, point 4)", "", "| target | met | measured |", "|---|---|---|"]
    for name, met, measured in checks:
        lines.append("| %s | %s | %s |" % (name, "met" if met else "**missed**", measured))
    notes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benchmark-notes.md")
    if os.path.exists(notes):
        with open(notes, encoding="utf-8") as f:
            lines += ["", f.read().rstrip()]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "sizes":
        sizes(*sys.argv[2:6])
    elif sys.argv[1] == "report":
        report(*sys.argv[2:4])
    else:
        sys.exit(__doc__)
