#!/usr/bin/env python3
"""Typesets the bundled sample into PDFs in two layouts and converts them back with pdftotext.

Pinned inputs: the sample (Inputs/soumu-r6-yosan-an-gaiyo.txt), the IPA fonts of Debian's
fonts-ipafont, LibreOffice 7.4 (libreoffice-writer-nogui) and poppler-utils 22.12 (Debian 12).
Outputs, committed beside this script:
  sample-<layout>.fodt          the laid-out document (flat ODF, the generator's pinned input)
  sample-<layout>.pdf           `libreoffice --headless --convert-to pdf`
  sample-<layout>.pdftotext.txt `pdftotext -enc UTF-8` (reading order)
  sample-<layout>.layout.txt    `pdftotext -layout -enc UTF-8`
Layouts:
  plain  A4, running head and `- N -` page numbers, tables with ruled cells.
  boxed  A5, a different running head and bare page numbers, every heading, expense line and
         overview entry in a narrow ruled box (title cell | amount cell), so titles wrap and
         reading-order output prints a run of titles before a run of amounts.
Run from the repository root: python3 Tests/Fixtures/Layouts/make-pdfs.py
"""
import os, re, subprocess, sys, tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SAMPLE = os.path.join(ROOT, "Inputs", "soumu-r6-yosan-an-gaiyo.txt")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

LAYOUTS = {
    "plain": dict(width="21cm", height="29.7cm", margin="2cm", size="10.5pt",
                  head="令和6年度総務省所管予算（案）の概要", foot="- {n} -", title_col="11cm",
                  amount_col="5cm", box_all=False),
    "boxed": dict(width="14.8cm", height="21cm", margin="1.5cm", size="9pt",
                  head="総務省　令和6年度予算（案）", foot="{n}", title_col="6.2cm",
                  amount_col="3.2cm", box_all=True),
}

MARKER = re.compile(r"^(?:[IVX]+ |[ⅠⅡⅢⅣⅤ]|\d+ ?\.|\(\d+\)|\([a-z]\)|【主な経費】)")
TRAILING = re.compile(r"^(.*?)\s+(〔?\[?[\d▲—][\d,.]*\s*(?:兆|億円|億|円)?[\d,.]*\s*(?:億円)?"
                      r"(?:の内数)?\s*(?:[(（][^)）]*[)）])?\s*\]?〕?\*?)$")


def clean(line):
    line = line.replace("**", "")
    if re.fullmatch(r"[\s|:\-—=]*", line):
        return None
    line = re.sub(r"^- \|", "", line)
    if line.startswith("|") and line.rstrip().endswith("|"):
        return "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
    line = re.sub(r"^-\s+(・|－)", r"\1", line)
    return line.strip()


def cells_of(line, layout):
    if "\t" in line:
        return [c for c in line.split("\t") if c.strip()]
    if layout["box_all"] and MARKER.match(line):
        m = TRAILING.match(line)
        if m and m.group(1):
            return [m.group(1), m.group(2)]
    return None


def table(rows, layout):
    ncols = max(len(r) for r in rows)
    cols = [layout["title_col"]] + [layout["amount_col"]] * (ncols - 1)
    if ncols > 2:
        cols = ["4.2cm"] + ["2.6cm"] * (ncols - 1) if layout["box_all"] else ["5cm"] + ["2.8cm"] * (ncols - 1)
    out = ['<table:table table:style-name="T%d">' % ncols]
    out += ['<table:table-column table:style-name="C%d_%d"/>' % (ncols, i) for i in range(ncols)]
    for r in rows:
        out.append("<table:table-row>")
        for c in r + [""] * (ncols - len(r)):
            out.append('<table:table-cell table:style-name="Cell" office:value-type="string">'
                       '<text:p>%s</text:p></table:table-cell>' % escape(c))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return out, cols


def body(lines, layout):
    out, col_styles, pending = [], {}, []

    def flush():
        if pending:
            xml, cols = table(pending, layout)
            col_styles[len(cols)] = cols
            out.extend(xml)
            pending.clear()

    # `**…****…**` or `…**(a) …**` holds two headings on one line: two paragraphs.
    lines = [part for raw in lines for part in re.split(r"\*\*(?=\*\*|\s*(?:\([0-9a-z]\)|\d+\s*\.\D))", raw)]
    for raw in lines:
        line = clean(raw)
        if line is None:
            continue
        cells = cells_of(line, layout)
        if cells and len(cells) >= 2:
            pending.append(cells)
            continue
        flush()
        style = "H" if MARKER.match(line) else "P"
        out.append('<text:p text:style-name="%s">%s</text:p>' % (style, escape(line)))
    flush()
    return out, col_styles


def document(name, layout):
    with open(SAMPLE, encoding="utf-8") as f:
        lines = f.read().split("\n")
    content, col_styles = body(lines, layout)
    auto = []
    for n, cols in sorted(col_styles.items()):
        total = sum(float(c[:-2]) for c in cols)
        auto.append('<style:style style:name="T%d" style:family="table"><style:table-properties '
                    'style:width="%.1fcm" table:align="left"/></style:style>' % (n, total))
        for i, c in enumerate(cols):
            auto.append('<style:style style:name="C%d_%d" style:family="table-column">'
                        '<style:table-column-properties style:column-width="%s"/></style:style>' % (n, i, c))
    foot = escape(layout["foot"]).replace("{n}", '<text:page-number text:select-page="current"/>')
    font = 'style:font-name="IPAMincho" style:font-name-asian="IPAMincho"'
    size = 'fo:font-size="%s" style:font-size-asian="%s"' % (layout["size"], layout["size"])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="IPAMincho" svg:font-family="IPAMincho"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties {font} {size}/></style:default-style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{layout['width']}" fo:page-height="{layout['height']}" fo:margin-top="{layout['margin']}" fo:margin-bottom="{layout['margin']}" fo:margin-left="{layout['margin']}" fo:margin-right="{layout['margin']}"/><style:header-style/><style:footer-style/></style:page-layout>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
{chr(10).join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Center">{escape(layout['head'])}</text:p></style:header>
<style:footer><text:p text:style-name="Center">{foot}</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(content)}
</office:text></office:body></office:document>
"""


def main():
    for name, layout in LAYOUTS.items():
        stem = os.path.join(HERE, "sample-" + name)
        with open(stem + ".fodt", "w", encoding="utf-8") as f:
            f.write(document(name, layout))
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["libreoffice", "-env:UserInstallation=file://" + profile, "--headless",
                            "--convert-to", "pdf", "--outdir", HERE, stem + ".fodt"],
                           check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["pdftotext", "-enc", "UTF-8", stem + ".pdf", stem + ".pdftotext.txt"], check=True)
        subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", stem + ".pdf", stem + ".layout.txt"], check=True)
        print(name, os.path.getsize(stem + ".pdf"), "bytes")


if __name__ == "__main__":
    sys.exit(main())
