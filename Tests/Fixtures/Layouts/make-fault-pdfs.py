#!/usr/bin/env python3
"""PDFs for the fault tests of pdftotext's limits (issue 23), written at test time (the bomb
would be large to commit, and every run makes the same bytes). Python's standard library only.
  bomb OUT MB            one page whose Flate-compressed content stream inflates to MB megabytes
                         of text operators (64 lines of text drawn over and over): pdftotext's
                         memory and time grow with it (64 MB: ~330 KB of PDF, >2 GB of RSS).
  repeated OUT PAGES     PAGES pages sharing one content stream of ~6 KB of text: little PDF,
                         much text (for the text-size limit).
  empty OUT              a valid one-page PDF with nothing on the page (pdftotext prints only
                         a form feed).
  truncated OUT          a PDF cut off after its first object (pdftotext exits with status 1).
  text OUTDIR FILE.txt…  each text file typeset as OUTDIR/FILE.pdf, one line of text per line
                         (a Type0 font with Identity-H and a ToUnicode CMap, not embedded:
                         pdftotext reads the text; the glyphs need not exist).
"""
import os, sys, zlib


def pdf(objects):
    out = b"%PDF-1.4\n"
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (k, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pages_pdf(contents, font, kids_share=None):
    """Catalog 1, pages 2, font 3, then per page: its content stream and the page."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None] + font
    kids = []
    first_font = 3
    for content in contents:
        objects.append(stream(content[0], content[1]))
        content_ref = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                       % (first_font, content_ref))
        kids.append(len(objects))
    for _ in range(kids_share or 0):  # more pages drawing the last content stream
        objects.append(objects[kids[-1] - 1])
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return pdf(objects)


def bomb(megabytes):
    unit = b"".join(b"1 0 0 1 30 %d Tm (AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n" % (100 + 10 * k)
                    for k in range(64))
    block = unit * 1024
    compressor = zlib.compressobj(6)
    parts = [compressor.compress(b"BT /F1 12 Tf\n")]
    for _ in range(max(1, int(megabytes * 1048576 / len(block)))):
        parts.append(compressor.compress(block))
    parts.append(compressor.compress(b"ET\n"))
    parts.append(compressor.flush())
    return pages_pdf([(b"".join(parts), b"/Filter /FlateDecode ")], [HELVETICA])


def repeated(pages):
    lines = b"".join(b"1 0 0 1 30 %d Tm (The same line of text, page after page: %d) Tj\n"
                     % (800 - 14 * k, k) for k in range(56))
    return pages_pdf([(b"BT /F1 10 Tf\n" + lines + b"ET", b"")], [HELVETICA], pages - 1)


CMAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n256 beginbfrange\n"
        + b"".join(b"<%02X00> <%02XFF> <%02X00>\n" % (h, h, h) for h in range(256))
        + b"endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end")
TYPE0 = [
    b"<< /Type /Font /Subtype /Type0 /BaseFont /Generated /Encoding /Identity-H "
    b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
    b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Generated /CIDSystemInfo << /Registry "
    b"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 "
    b"/W [32 126 500] >>",
    stream(CMAP),
    b"<< /Type /FontDescriptor /FontName /Generated /Flags 4 /FontBBox [0 -200 1000 800] "
    b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
]


def text(lines, per_page=60):
    contents = []
    for start in range(0, max(len(lines), 1), per_page):
        ops = [b"BT /F1 9 Tf"]
        for k, line in enumerate(lines[start:start + per_page]):
            hex_text = line.encode("utf-16-be").hex().upper().encode()
            ops.append(b"1 0 0 1 30 %d Tm <%s> Tj" % (800 - 13 * k, hex_text))
        ops.append(b"ET")
        contents.append((b"\n".join(ops), b""))
    return pages_pdf(contents, TYPE0)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main(args):
    kind = args[0]
    if kind == "bomb":
        write(args[1], bomb(float(args[2])))
    elif kind == "repeated":
        write(args[1], repeated(int(args[2])))
    elif kind == "empty":
        write(args[1], pages_pdf([(b"", b"")], [HELVETICA]))
    elif kind == "truncated":
        whole = repeated(1)
        write(args[1], whole[:whole.index(b"endobj") + 6])
    elif kind == "text":
        for name in args[2:]:
            with open(name, encoding="utf-8") as f:
                lines = f.read().split("\n")
            stem = os.path.splitext(os.path.basename(name))[0]
            write(os.path.join(args[1], stem + ".pdf"), text(lines))
    else:
        sys.exit("unknown kind %r; see the docstring" % kind)


if __name__ == "__main__":
    main(sys.argv[1:])
