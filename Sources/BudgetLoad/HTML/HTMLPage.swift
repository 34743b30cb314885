/// The frame every page shares: doctype, `lang="ja"`, viewport, title and one inline style
/// sheet (no external fonts, scripts or requests; print rules included).
enum HTMLPage {
  static func write(
    title: String, to out: inout HTMLOutput, body: (inout HTMLOutput) -> Void
  ) {
    out.literal("<!DOCTYPE html>\n")
    out.open("html", [("lang", "ja")])
    out.newline()
    out.element("head") { out in
      out.literal("<meta charset=\"utf-8\">\n")
      out.literal("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
      out.literal("<meta name=\"generator\" content=\"budget-etl\">\n")
      out.element("title", text: title)
      out.newline()
      out.element("style") { out in out.literal(style) }
      out.newline()
    }
    out.newline()
    out.element("body") { out in body(&out) }
    out.newline()
    out.close("html")
    out.newline()
  }

  static let style: StaticString = """

    :root{--fg:#1a1a1a;--muted:#595959;--line:#d0d7de;--head:#eef3f8;--budget:#1f5fa8;--prior:#8da2b8;--warn:#a3300b}
    *{box-sizing:border-box}
    body{margin:0;color:var(--fg);background:#fff;font:16px/1.6 system-ui,"Hiragino Sans","Noto Sans CJK JP","IPAexGothic","IPAGothic","Yu Gothic",Meiryo,sans-serif}
    header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
    header{padding-top:1rem;border-bottom:3px solid var(--budget)}
    h1{font-size:1.5rem;line-height:1.35;margin:.25rem 0 .75rem}
    h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
    a{color:#0b57a4}
    p.kicker{margin:0;color:var(--muted);font-size:.9rem}
    nav ul{list-style:none;padding:0;margin:.5rem 0 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
    dl.identity{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
    dl.identity dt{color:var(--muted)}
    dl.identity dd{margin:0;overflow-wrap:anywhere}
    .totals{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
    .total{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;min-width:16rem;flex:1}
    .total .label{color:var(--muted);font-size:.9rem}
    .total .value{font-size:1.6rem;font-weight:700;line-height:1.3}
    .total .value a{color:inherit;text-decoration:none}
    .total .sub{font-size:.9rem}
    .table-wrap{overflow-x:auto;margin:.5rem 0}
    table{border-collapse:collapse;font-size:.875rem;width:100%}
    caption{text-align:left;color:var(--muted);padding:.25rem 0}
    th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left}
    thead th{background:var(--head);position:sticky;top:0;white-space:nowrap}
    .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
    td.code{white-space:nowrap}
    tbody th{font-weight:400}
    tr.chapter th,tr.chapter td{background:var(--head);font-weight:700}
    tr.item th,tr.item td{font-weight:700}
    td.num a{color:inherit;text-decoration:underline dotted #7a8ca0}
    tr.sub_item .title{padding-left:1.25rem}
    tr.sub_sub_item .title{padding-left:2.25rem}
    tr.expense{color:#333}
    tr.expense .title{padding-left:3rem;font-size:.8125rem}
    .nc,.nc a{color:var(--muted);font-style:italic}
    .marker{white-space:nowrap}
    .sha{font-family:ui-monospace,monospace;font-size:.75rem;overflow-wrap:anywhere}
    .warning{color:var(--warn);font-weight:700}
    figure.chart{margin:1rem 0}
    figure.chart .scroll{overflow-x:auto}
    figure.chart svg{display:block;width:100%;max-width:32rem;height:auto}
    figure.series-chart{margin:.5rem 0}figure.series-chart svg{display:block;width:100%;max-width:30rem;height:auto}
    @media (min-width:64rem){.chart-grid{display:grid;grid-template-columns:38rem minmax(0,1fr);gap:1.5rem;align-items:start}}
    figcaption{color:var(--muted);font-size:.875rem}
    .legend{display:inline-block;width:0;height:0;border:.45em solid;vertical-align:-.1em;margin-right:.25em}
    .legend.budget{border-color:var(--budget)}.legend.prior{border-color:var(--prior)}
    .legend.nc{width:.9em;height:.9em;border:1px dashed var(--budget)}
    .legend.request{border-color:#8da2b8}.legend.proposal{border-color:#1f5fa8}.legend.other{border-color:#3d7a3a}
    footer{color:var(--muted);font-size:.8rem;margin-top:2rem;padding-bottom:2rem}
    pre.source{counter-reset:line;margin:0 0 2rem;padding-left:4rem;white-space:pre-wrap;tab-size:4;line-height:1.5;font-family:ui-monospace,"IPAGothic","Noto Sans Mono CJK JP",monospace;overflow-wrap:anywhere}
    pre.source span::before{counter-increment:line;content:counter(line);display:inline-block;width:3.5rem;margin-left:-4rem;margin-right:.5rem;text-align:right;color:var(--muted)}
    pre.source span{scroll-margin-top:30vh}
    pre.source span:target{background:#fff3b0}
    @media (max-width:40rem){body{font-size:15px}h1{font-size:1.25rem}dl.identity{grid-template-columns:1fr}dl.identity dd{margin-bottom:.3rem}.total{min-width:0;flex-basis:100%}.total .value{font-size:1.4rem}
    table{font-size:.8125rem}th,td{padding:.25rem .35rem}.title{min-width:11em}
    tr.sub_item .title{padding-left:.75rem}tr.sub_sub_item .title{padding-left:1.25rem}tr.expense .title{padding-left:1.75rem}
    table.catalog thead{position:absolute;left:-9999px}table.catalog tr,table.catalog td,table.catalog th{display:block;border:0}
    table.catalog tr{border-bottom:1px solid var(--line);padding:.5rem 0}table.catalog th{font-size:1rem;font-weight:700}
    table.catalog td:nth-child(-n+3){display:inline-block;padding-bottom:0;color:var(--muted)}}
    @media (max-width:40rem){table.series-docs thead{position:absolute;left:-9999px}table.series-docs tr,table.series-docs td,table.series-docs th{display:block;border:0;text-align:left}
    table.series-docs tr{border-bottom:1px solid var(--line);padding:.5rem 0}table.series-docs td:nth-child(-n+2){display:inline-block;padding-bottom:0;color:var(--muted)}
    table.series-docs td[data-label]::before{content:attr(data-label) "　";color:var(--muted)}}
    @media print{body{font-size:10.5pt}header,main,footer{max-width:none;padding:0}nav{display:none}
    a{color:inherit;text-decoration:none}.table-wrap,figure.chart .scroll{overflow:visible}figure.chart svg{min-width:0;width:auto;height:auto;max-width:100%;max-height:245mm}
    thead th{position:static}thead{display:table-header-group}tr,.total{break-inside:avoid}h2{break-after:avoid}}

    """
}
