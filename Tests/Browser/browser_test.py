"""make browser-test: opens the sample's pages in headless Chromium from disk (file://) at
1280 and 390 px, saves screenshots and a print PDF, and checks through the DevTools
protocol: no console errors, no failed requests, no page-wide horizontal scrolling, no
script; every chart fits the screen without scrolling and each of its texts ends inside it;
the chart has one mark per item of items.csv with its amounts; every download and
provenance link resolves to an existing file and line, and each linked amount is printed on
that line. The top-level index.html and the ministry's item series page (series/) are
opened too, their links followed to the document page's rows.

usage: browser_test.py EXPORT_DIR DOCUMENT_ID OUT_DIR"""
import base64
from decimal import Decimal
import csv
import html.parser
import os
import re
import sys
import unicodedata
from urllib.parse import unquote, urlsplit

sys.dont_write_bytecode = True
from cdp import Browser  # noqa: E402

WIDTHS = (1280, 390)
failures = []


def fail(message):
    failures.append(message)
    print("FAIL " + message)


class Page(html.parser.HTMLParser):
    """Elements (tag, attributes, enclosing elements) and the text of each element by id."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements, self.stack, self.text_by_id = [], [], {}
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "data":
            attrs["_text"] = ""
        self.elements.append((tag, attrs, [a for _, a in self.stack]))
        if tag not in ("br", "meta", "link", "img", "input", "hr"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        for tag, attrs in self.stack:
            if tag == "data":
                attrs["_text"] += data
        if any(tag == "th" for tag, _ in self.stack):
            return  # a source page's line numbers are not part of the line
        for _, attrs in self.stack:
            if "id" in attrs:
                self.text_by_id[attrs["id"]] = self.text_by_id.get(attrs["id"], "") + data

    def find(self, tag=None, cls=None):
        for t, attrs, parents in self.elements:
            if (tag is None or t == tag) and (cls is None or cls in attrs.get("class", "").split()):
                yield attrs, parents


def open_page(browser, url, width):
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(domain + ".enable", session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}, session)
    browser.events.clear()
    browser.send("Page.navigate", {"url": url}, session)
    browser.wait_for("Page.loadEventFired", session)
    return target, session


def problems(browser, session):
    found = []
    for event in browser.events:
        if event.get("sessionId") != session:
            continue
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append("console error: %s" % params.get("args"))
        elif method == "Runtime.exceptionThrown":
            found.append("exception: %s" % params.get("exceptionDetails", {}).get("text"))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            found.append("log error: %s %s" % (params["entry"].get("text"), params["entry"].get("url", "")))
        elif method == "Network.loadingFailed":
            found.append("failed request: %s" % params.get("errorText"))
        elif method == "Network.responseReceived" and params["response"].get("status", 200) >= 400:
            found.append("HTTP %s %s" % (params["response"]["status"], params["response"]["url"]))
    return found


def evaluate(browser, session, expression):
    return browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                        session)["result"].get("value")


def screenshot(browser, session, width, path):
    height = evaluate(browser, session, "document.documentElement.scrollHeight")
    shot = browser.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 20000), "scale": 1}}, session)
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


# Each inline SVG chart: within the screen, not scrolled inside its box, and every text (title
# lines, amount labels, years) ending inside the chart's own width.
CHART_FIT = """(() => { const found = [];
  for (const svg of document.querySelectorAll('svg')) {
    const width = svg.viewBox.baseVal.width, rect = svg.getBoundingClientRect();
    if (rect.right > document.documentElement.clientWidth + 0.5) found.push('ends at ' + rect.right + ' px');
    const box = svg.parentElement;
    if (box.scrollWidth > box.clientWidth) found.push('scrolls by ' + (box.scrollWidth - box.clientWidth) + ' px');
    for (const text of svg.querySelectorAll('text')) {
      const b = text.getBBox();
      if (b.x < -0.5 || b.x + b.width > width + 0.5)
        found.push(JSON.stringify(text.textContent) + ' runs to ' + Math.round(b.x + b.width) + ' of ' + width);
    }
  }
  return found.slice(0, 10); })()"""


def visit(browser, path, name, out):
    """Opens `path` at each width; returns the rendered DOM (from the first width)."""
    dom = None
    url = "file://" + os.path.abspath(path)
    for width in WIDTHS:
        target, session = open_page(browser, url, width)
        for problem in problems(browser, session):
            fail("%s at %d px: %s" % (name, width, problem))
        overflow = evaluate(browser, session,
                            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            fail("%s at %d px: the page scrolls sideways by %d px" % (name, width, overflow))
        for problem in evaluate(browser, session, CHART_FIT) or []:
            fail("%s at %d px: chart: %s" % (name, width, problem))
        screenshot(browser, session, width, os.path.join(out, "%s-%d.png" % (name, width)))
        if dom is None:
            dom = evaluate(browser, session, "document.documentElement.outerHTML")
            pdf = browser.send("Page.printToPDF", {"printBackground": False}, session)
            with open(os.path.join(out, name + "-print.pdf"), "wb") as f:
                f.write(base64.b64decode(pdf["data"]))
        browser.send("Target.closeTarget", {"targetId": target})
    if "<script" in dom.lower():
        fail(name + ": the page contains a script element")
    return Page(dom)


def printed_yen(line):
    """The amounts printed on a line, in yen: `18兆2,107億円`, `199,270.1`, `▲ 390` (the
    document's unit is 億円)."""
    text = unicodedata.normalize("NFKC", line).replace(",", "")
    amounts = set()
    for match in re.finditer(r"(\d+)兆(\d+(?:\.\d+)?)?|\d+(?:\.\d+)?", text):
        if match.group(1):
            oku = Decimal(match.group(1)) * 10000 + Decimal(match.group(2) or 0)
        else:
            oku = Decimal(match.group(0))
        amounts.add(int(oku * 100000000))
    return amounts


def check_chart(page, items_csv):
    with open(items_csv, encoding="utf-8-sig", newline="") as f:
        items = [row for row in csv.DictReader(f) if row["level"] == "item"]
    marks = [attrs for attrs, _ in page.find("g", "mark")]
    if [m.get("data-id") for m in marks] != [row["id"] for row in items]:
        fail("chart: marks %s, items.csv items %s" % ([m.get("data-id") for m in marks], [r["id"] for r in items]))
    bars = {}
    for attrs, parents in page.find("rect"):
        mark = next((p for p in reversed(parents) if "mark" in p.get("class", "").split()), None)
        if mark is not None:
            bars[(mark["data-id"], attrs.get("class"))] = attrs.get("data-yen", "")
    for mark, row in zip(marks, items):
        if mark.get("data-yen") != row["amount_jpy"] or bars.get((row["id"], "budget"), "") != row["amount_jpy"]:
            fail("chart: %s shows %r, items.csv says %r" % (row["id"], bars.get((row["id"], "budget")), row["amount_jpy"]))
        if mark.get("data-prior-yen") != row["prior_amount_jpy"] or bars.get((row["id"], "prior"), "") != row["prior_amount_jpy"]:
            fail("chart: %s prior %r, items.csv says %r" % (row["id"], bars.get((row["id"], "prior")), row["prior_amount_jpy"]))
    print("chart: %d marks, each with the amounts of items.csv" % len(marks))


def check_links(page, folder, name, rendered=None):
    """Every relative link resolves: files exist; source.html#L<n> anchors exist (in the DOM
    Chromium built, from `rendered` {path: Page}, else parsed from the file). Returns the
    number of links to source lines."""
    source = None
    rendered = rendered or {}
    checked = amounts = 0
    for attrs, parents in page.find("a"):
        href = attrs.get("href")
        if not href or href.startswith("#"):
            continue
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            fail("%s: link leaves the export: %s" % (name, href))
            continue
        target = os.path.join(folder, unquote(parts.path))
        if not os.path.isfile(target):
            fail("%s: link to a missing file: %s" % (name, href))
            continue
        if parts.fragment:
            if source is None or source[0] != target:
                if target in rendered:
                    source = (target, rendered[target])
                else:
                    with open(target, encoding="utf-8") as f:
                        source = (target, Page(f.read()))
            if parts.fragment not in source[1].text_by_id:
                fail("%s: link to a missing line: %s" % (name, href))
                continue
            checked += 1
    return checked


def check_amounts_on_lines(page, source_page):
    """Each linked amount (`<a href=source.html#Ln><data value=yen>`) is printed on line n,
    or, for a record wrapped over several lines, within two lines of it (listed)."""
    total, nearby = 0, []
    for attrs, parents in page.find("data"):
        link = next((p for p in reversed(parents) if p.get("href", "").startswith("source.html#L")), None)
        if link is None:
            continue
        total += 1
        n = int(link["href"].split("#L", 1)[1])
        yen = abs(int(attrs["value"]))
        if yen in printed_yen(source_page.text_by_id.get("L%d" % n, "")):
            continue
        near = [m for m in range(n - 2, n + 3) if yen in printed_yen(source_page.text_by_id.get("L%d" % m, ""))]
        if near:
            nearby.append("L%d: %s printed on line %s of the same record" % (n, attrs["_text"], near[0]))
        else:
            fail("provenance: L%d: %s is not printed on that line: %r"
                 % (n, attrs["_text"], source_page.text_by_id.get("L%d" % n, "")))
    print("provenance: %d linked amounts checked against their source lines; %d on the line itself"
          % (total, total - len(nearby)))
    for note in nearby:
        print("  note (wrapped record; the model's figure line is the record's first or last line): " + note)
    return total


def document_ministry(folder):
    with open(os.path.join(folder, "items.csv"), encoding="utf-8-sig", newline="") as f:
        return next(csv.DictReader(f))["ministry_code"]


def check_series(document, series, folder, exports, ministry, rendered):
    """Each item row's number links to the series page's row of the same code and title, and
    that row links back to the item on the document page."""
    expected = "../series/%s.html#" % ministry
    rows = [(attrs, parents) for attrs, parents in document.find("a")
            if attrs.get("href", "").startswith(expected)]
    items = sum(1 for attrs, _ in document.find("tr") if attrs.get("class") in
                ("chapter", "item", "sub_item", "sub_sub_item"))
    if len(rows) != items or items == 0:
        fail("series: %d item links on the document page, %d item rows" % (len(rows), items))
    anchors = {attrs.get("id") for attrs, _ in series.find("tr")}
    missing = [a["href"] for a, _ in rows if a["href"].split("#", 1)[1] not in anchors]
    if missing:
        fail("series: links to rows the series page lacks: %s" % missing[:3])
    n = check_links(series, os.path.join(exports, "series"), "series/%s.html" % ministry, rendered)
    back = [a for a, _ in series.find("a") if os.path.basename(folder) + "/index.html#" in a.get("href", "")]
    if len(back) != items:
        fail("series: %d links back to the document's items, %d items" % (len(back), items))
    print("series: %d item rows link to their series; %d links back resolve to rows" % (items, n))


def check_opens_at_line(browser, path, out, line=197):
    """source.html#L<line> opens with that line in view, highlighted (:target), its number
    (a CSS counter) beside it; screenshot of the view."""
    url = "file://" + os.path.abspath(path) + "#L%d" % line
    target, session = open_page(browser, url, 1280)
    probe = evaluate(browser, session, (
        "(() => { const e = document.getElementById('L%d'); const r = e.getBoundingClientRect();"
        " return [r.top, r.bottom, window.innerHeight, getComputedStyle(e).backgroundColor,"
        " getComputedStyle(e, '::before').content, e.matches(':target')]; })()") % line)
    top, bottom, height, background, number, targeted = probe
    shot = browser.send("Page.captureScreenshot", {"format": "png"}, session)
    with open(os.path.join(out, "source-L%d.png" % line), "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    browser.send("Target.closeTarget", {"targetId": target})
    if not (0 <= top and bottom <= height and targeted):
        fail("source.html#L%d: the line is at %s-%s of a %s px view (target %s)" % (line, top, bottom, height, targeted))
    if background in ("rgba(0, 0, 0, 0)", "transparent") or number in ("none", "normal", ""):
        fail("source.html#L%d: not highlighted (%s) or without its number (%s)" % (line, background, number))
    print("source.html#L%d opens with the line in view (top %.0f of %d px), highlighted" % (line, top, height))


def main():
    exports, document_id, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    folder = os.path.join(exports, document_id)
    browser = Browser()
    try:
        document = visit(browser, os.path.join(folder, "index.html"), "document", out)
        catalog = visit(browser, os.path.join(exports, "index.html"), "catalog", out)
        source = visit(browser, os.path.join(folder, "source.html"), "source", out)
        ministry = document_ministry(folder)
        series_path = os.path.join(exports, "series", ministry + ".html")
        series = visit(browser, series_path, "series", out)
        check_opens_at_line(browser, os.path.join(folder, "source.html"), out)
    finally:
        browser.close()
    check_chart(document, os.path.join(folder, "items.csv"))
    # source.html omits optional end tags (</th>, </tr>): its lines are read from the DOM.
    n = check_links(document, folder, "index.html", {os.path.join(folder, "source.html"): source})
    print("links: %d provenance links resolve to a line of source.html; every download link to a file" % n)
    if n == 0:
        fail("index.html has no provenance links")
    if check_amounts_on_lines(document, source) == 0:
        fail("index.html has no linked amounts")
    check_links(catalog, exports, "Exports/index.html")
    check_series(document, series, folder, exports, ministry,
                 {os.path.join(folder, "index.html"): document})
    print("screenshots and print PDF: " + out)
    if failures:
        print("browser-test: %d failure(s)" % len(failures))
        sys.exit(1)
    print("browser-test: all checks passed")


if __name__ == "__main__":
    main()
