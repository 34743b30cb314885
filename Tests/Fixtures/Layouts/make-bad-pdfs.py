#!/usr/bin/env python3
"""Writes the PDFs that must fail cleanly, one document each, while other inputs export:
  no-text.pdf    a valid one-page PDF with only graphics (what a scan is to pdftotext)
  encrypted.pdf  the same, encrypted with a user password (`qpdf --encrypt`, Debian qpdf)
  damaged.pdf    a PDF header followed by garbage
Run from the repository root: python3 Tests/Fixtures/Layouts/make-bad-pdfs.py
"""
import os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


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


drawing = b"0 0 0 rg 100 600 300 100 re f"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawing), drawing),
]
with open(os.path.join(HERE, "no-text.pdf"), "wb") as f:
    f.write(pdf(objects))
subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--",
                os.path.join(HERE, "no-text.pdf"), os.path.join(HERE, "encrypted.pdf")], check=True)
with open(os.path.join(HERE, "damaged.pdf"), "wb") as f:
    f.write(b"%PDF-1.7\n" + bytes(range(256)) * 4)
