"""Screenshot of one page in headless Chromium (the browser test's client), for the README.

usage: screenshot.py PAGE.html WIDTH OUT.png [MAX_HEIGHT [TOP]]"""
import base64
import os
import sys

sys.dont_write_bytecode = True
from browser_test import evaluate, open_page  # noqa: E402
from cdp import Browser  # noqa: E402


def main():
    page, width, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 20000
    top = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    browser = Browser()
    try:
        target, session = open_page(browser, "file://" + os.path.abspath(page), width)
        height = min(evaluate(browser, session, "document.documentElement.scrollHeight") - top, limit)
        shot = browser.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": top, "width": width, "height": height, "scale": 1}}, session)
        with open(out, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        browser.send("Target.closeTarget", {"targetId": target})
    finally:
        browser.close()


if __name__ == "__main__":
    main()
