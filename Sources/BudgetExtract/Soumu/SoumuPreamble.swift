import BudgetModel

/// The preamble of a 総務省 overview, before its first section (`SoumuOverviewMachine.State`):
/// the title lines and the publication date (`令和5年12月`); a figure there is reported.
struct SoumuPreamble {
  let figures: SoumuFigures
  var out = SoumuRecords()

  mutating func receive(_ seg: Segment) {
    let s = seg.s
    if figures.isPublicationDate(s) {
      if out.publication == nil {
        out.publication = TextRecord(text: seg.line.text(0..<s.count), span: seg.span)
      }
    } else if figures.carriesFigure(s) {
      out.report(.unrecognizedLine, "a figure before any section heading", seg)
    } else {
      out.titles.append(TextRecord(text: seg.line.text(0..<s.count), span: seg.span))
    }
  }
}

/// The FILP part of a 総務省 overview (財投, `SoumuOverviewMachine.State.filp`): programs
/// (`○ …`) and their requests in brackets (`[財政融資 1,234億円、…]`).
struct SoumuFilp {
  /// The block's heading as printed.
  var heading: String
  let figures: SoumuFigures
  var out = SoumuRecords()
  /// The program the next requests belong to.
  var program = ""

  init(heading: String, figures: SoumuFigures) {
    self.heading = heading
    self.figures = figures
  }

  mutating func receive(_ seg: Segment) {
    do {
      try handleFilp(seg)
    } catch {
      out.reportFailure(error, seg)
    }
  }

  mutating func handleFilp(_ seg: Segment) throws {
    let s = seg.s
    let text = seg.line.text(0..<s.count)
    if s.first == "◎" || s.first == "○" || seg.isCircle {
      program =
        seg.line.trimmedText(s.first == "◎" || s.first == "○" ? 1..<s.count : 0..<s.count)
      return
    }
    if s.first == "[", s.last == "]", try bracketedRequests(seg) { return }
    if figures.carriesFigure(s) {
      out.report(.unrecognizedLine, "a figure in the FILP block that is not a FILP entry", seg)
    } else if program.isEmpty {
      program = text
    }
  }

  /// `[財政融資 1,234億円、財投機関債 56億円]`: each request, with its label; whether any was read.
  mutating func bracketedRequests(_ seg: Segment) throws -> Bool {
    let s = seg.s
    var start = 1
    var found = false
    for k in 1...(s.count - 1) where k == s.count - 1 || s[k] == "、" || s[k] == "," {
      var c = Cursor(s, from: start, to: k)
      c.skipSpaces()
      let labelStart = c.i
      while let ch = c.peek, !ch.isASCIIDigit, ch != "▲" { c.i += 1 }
      let labelEnd = c.i
      if let amount = try figures.money(&c) {
        c.skipSpaces()
        if c.atEnd {
          let label = seg.line.trimmedText(labelStart..<labelEnd)
          out.filp.append(
            FilpRecord(
              program: program, heading: heading,
              figure: PrintedFigure(amount: amount, label: label), span: seg.span))
          found = true
        }
      }
      start = k + 1
    }
    return found
  }
}
