import BudgetModel

/// The rules of `SoumuOverviewLayout` as a state machine in the swift-nio style: the state is
/// an enum whose cases carry the data of the part being read, and each event — a segment of
/// a line, the end of the text — is a `mutating func` that returns what the layout must do
/// (`Action`). A part keeps its records while it may still change them and hands them over
/// once, when it ends (`Action.emit`): no record is written to the document and then moved or
/// undone.
///
/// The parts follow the document's outline: the preamble (title lines, publication date),
/// each section `第1 一般会計` (headline totals, summary tables), the outline (the overview
/// list after 「…主要事項」 and the detail sections: chapters, items, sub-items, 【主な経費】,
/// memo figures) and the FILP requests. The blocks they read — figures and units
/// (`FigureParser`, `SoumuFigures`), outline markers (`OutlineHeading`), table cells
/// (`TableCells`), segments (`Segmenter`) — are shared; the words are the layout's.
///
/// Each case holds its part in a `Box`: the part changes in place, its arrays uniquely
/// referenced. (swift-nio's `.modifying` case — copy the payload out, mark the state, put it
/// back — copies a part this size, about forty references, twice per line: +26% instructions
/// for the sample's extract, measured with callgrind.)
struct SoumuOverviewMachine {
  enum State {
    case preamble(Box<SoumuPreamble>)
    case section(Box<SoumuSection>)
    case outline(Box<SoumuOutline>)
    case filp(Box<SoumuFilp>)
    /// After the end of the text.
    case finished
  }

  /// The storage of the part a case carries.
  /// The part is `@exclusivity(unchecked)`: the machine is used by one thread and a part's
  /// methods never reach its box again, so the runtime's dynamic exclusivity check on every
  /// segment (two calls per access, about 0.09 M instructions per extract of the sample) is
  /// not needed.
  final class Box<Part> {
    @exclusivity(unchecked) var part: Part
    init(_ part: Part) { self.part = part }
  }

  enum Action {
    /// Nothing to write yet.
    case none
    /// A part has ended: its records go to the document.
    case emit(SoumuRecords)
  }

  private(set) var state: State
  let figures: SoumuFigures

  init(lexicon: Lexicon) {
    figures = SoumuFigures(lexicon: lexicon)
    state = .preamble(Box(SoumuPreamble(figures: figures)))
  }

  /// A segment of a line (`Segmenter`); `mayOpenFilp` false: its line does not hold
  /// `SoumuOverviewLayout.filpInitial`, so it opens no FILP block.
  mutating func segmentReceived(_ seg: Segment, mayOpenFilp: Bool = true) -> Action {
    if mayOpenFilp, SoumuOverviewLayout.opensFilp(seg) {
      let heading = seg.line.text(0..<seg.s.count)
      if case .filp(let filp) = state {
        // A further FILP heading: the programs go on under it.
        filp.part.heading = heading
        return .none
      }
      return enter(.filp(Box(SoumuFilp(heading: heading, figures: figures))))
    }
    switch state {
    case .preamble, .section:
      return frontMatterReceived(seg)
    case .outline(let outline):
      outline.part.receive(seg)
    case .filp(let filp):
      filp.part.receive(seg)
    case .finished:
      preconditionFailure("a line after the end of the text")
    }
    return .none
  }

  /// The end of the text: the last part's records.
  mutating func endOfText() -> Action {
    enter(.finished)
  }

  /// A line of the preamble or a section: the start of the outline (「…主要事項」 or a
  /// chapter heading), of a section (`第1`), or a line of the part.
  private mutating func frontMatterReceived(_ seg: Segment) -> Action {
    let s = seg.s
    if s.firstIndex(of: SoumuOverviewLayout.overviewMark) != nil, OutlineHeading.parse(s) == nil {
      return enter(.outline(Box(SoumuOutline(figures: figures))))
    }
    if let heading = OutlineHeading.parse(s), heading.level == .chapter {
      var outline = SoumuOutline(figures: figures)
      outline.receive(seg)
      return enter(.outline(Box(outline)))
    }
    if SoumuOverviewLayout.opensSection(s) {
      var previous: SummaryTableRecord?
      if case .section(let section) = state { previous = section.part.lastTable }
      let title = seg.line.text(0..<s.count)
      return enter(
        .section(Box(SoumuSection(title: title, previousTable: previous, figures: figures))))
    }
    switch state {
    case .preamble(let preamble):
      preamble.part.receive(seg)
    case .section(let section):
      section.part.receive(seg)
    case .outline, .filp, .finished:
      preconditionFailure("front matter read in another part")
    }
    return .none
  }

  /// Ends the current part (what waits in it resolved) and enters `next`.
  private mutating func enter(_ next: State) -> Action {
    let records: SoumuRecords
    switch state {
    case .preamble(let preamble):
      records = preamble.part.out
    case .section(let section):
      section.part.close()
      records = section.part.out
    case .outline(let outline):
      outline.part.close()
      records = outline.part.out
    case .filp(let filp):
      records = filp.part.out
    case .finished:
      records = SoumuRecords()
    }
    state = next
    return .emit(records)
  }
}
