import BudgetModel

/// Two headline totals, each under a line that names its fiscal year and stage, the change
/// and rate printed under the later one (gaimu-h29-gaisan-yokyu lines 55-62):
///
///     平成28年度当初予算 / 7,140億円 / (うちODA 4,342億円)
///     平成29年度概算要求 / 7,730億円 / (+590億円,+8.3%) / (うちODA 4,903億円)(+561億円,+12.9%)
///
/// The later total minus the earlier is the printed change and the rate agrees with them, at
/// their printed precision, and the year lines are one year apart: the arithmetic proves
/// which total is which year's. The later total is exported with the earlier as its prior
/// year, the rate, and the change; a part (`うちODA`) printed under both with its own change
/// and rate, the same way. Anything else in the block (a line that is not a blank or a `※`
/// note) leaves the lines to the other rules.
struct HeadlineAmount {
  var label: String
  var amount: PrintedFigure
  var line: Int
}

/// A pair taken, whose parts may follow.
struct HeadlinePairTaken {
  var earlier: HeadlineAmount
  var later: HeadlineAmount
  var label: String
  /// The `(うちX …)` lines printed under the earlier total.
  var partLines: [Int]
}

extension GenericReader {
  /// A change and a rate in parentheses (`(+590億円,+8.3%)`) under such a block, or a part
  /// with them (`(うちODA 4,903億円)(+561億円,+12.9%)`). True when taken.
  mutating func acceptHeadlinePair(_ line: Line, text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    guard compact.hasPrefix("("), compact.hasSuffix("%)") else {
      return acceptPriorBelow(line, compact)
    }
    if compact.hasPrefix("(うち") {
      return acceptHeadlinePart(line, compact)
    }

    guard let (change, rate) = changeAndRate(compact), let block = headlineBlock(before: line),
      Self.provesPair(block.earlier.amount, block.later.amount, change, rate)
    else { return false }
    let lines = [block.earlier.line, block.later.line]
    amountLines.removeAll { lines.contains($0.span.line) }
    diagnostics.removeAll { lines.contains($0.span.line) && $0.kind == .unrecognizedLine }
    let label = Self.joinLabel([block.later.label])
    appendPair(
      label: label, earlier: block.earlier, later: block.later, change: change, rate: rate,
      through: line, isPart: false)
    idleLog.headlinePair = HeadlinePairTaken(
      earlier: block.earlier, later: block.later, label: label, partLines: block.partLines)
    return true
  }

  /// Appends the later amount with its prior, its change and its rate.
  mutating func appendPair(
    label: String, earlier: HeadlineAmount, later: HeadlineAmount, change: PrintedFigure,
    rate: DecimalNumber, through line: Line, isPart: Bool
  ) {
    var pair = AmountLineRecord(
      scope: .headline, label: label, amount: later.amount,
      span: SourceSpan(line: later.line, endLine: line.endNumber))
    pair.amount.label = label
    pair.prior = earlier.amount
    pair.prior?.label = nil
    pair.priorLine = earlier.line
    pair.change = change
    pair.changeLine = line.number
    pair.changeRatePercent = rate
    if isPart { pair.isPart = true }
    amountLines.append(pair)
    contextHasAmounts = true
  }

  /// `(うちODA 4,903億円)(+561億円,+12.9%)` right under a pair taken: the part of the later
  /// total, with the part of the earlier printed under it in the block.
  mutating func acceptHeadlinePart(_ line: Line, _ compact: String) -> Bool {
    guard let taken = idleLog.headlinePair, let split = compact.range(of: ")("),
      let later = partAmount(String(compact[..<split.upperBound].dropLast())),
      let (change, rate) = changeAndRate(
        String(compact[compact.index(before: split.upperBound)...])),
      let last = amountLines.last,
      last.span.line == taken.later.line || last.span.endLine < line.number
    else { return false }
    for partLine in taken.partLines {
      guard let logged = idleLog.lines.first(where: { $0.line.number == partLine }),
        let earlier = partAmount(GenericLine.text(of: logged.line).filter { $0 != " " }),
        earlier.word == later.word,
        Self.provesPair(earlier.amount, later.amount, change, rate)
      else { continue }
      amountLines.removeAll { $0.span.line == partLine }
      diagnostics.removeAll { [partLine, line.number].contains($0.span.line) }
      appendPair(
        label: "\(taken.label)(うち\(later.word))",
        earlier: HeadlineAmount(label: "", amount: earlier.amount, line: partLine),
        later: HeadlineAmount(label: "", amount: later.amount, line: line.number),
        change: change, rate: rate, through: line, isPart: true)
      idleLog.headlinePair = nil
      return true
    }
    return false
  }

  /// `(うちODA4,342億円)`: the part's word and amount.
  func partAmount(_ compact: String) -> (word: String, amount: PrintedFigure)? {
    guard compact.hasPrefix("(うち"), compact.hasSuffix(")") else { return nil }
    let inner = compact.dropFirst(3).dropLast()
    guard let digit = inner.firstIndex(where: \.isASCIIDigitCharacter), digit > inner.startIndex,
      let cell = CellToken.parse(String(inner[digit...]), line: 0, parser: parser),
      cell.hasUnit
    else { return nil }
    return (String(inner[..<digit]), cell.figure)
  }

  /// `(+590億円,+8.3%)`: a signed change with its unit and a signed rate.
  func changeAndRate(_ compact: String) -> (PrintedFigure, DecimalNumber)? {
    guard compact.hasPrefix("("), compact.hasSuffix("%)"),
      let comma = compact.lastIndex(where: { $0 == "," || $0 == "、" })
    else { return nil }
    let changeText = String(compact[compact.index(after: compact.startIndex)..<comma])
    let rateText = "(" + compact[compact.index(after: comma)...]
    guard let sign = changeText.first, "+▲△-".contains(sign),
      let cell = CellToken.parse(changeText, line: 0, parser: parser), cell.hasUnit,
      !cell.isPercent, let rate = Self.printedRate(rateText),
      rateText.dropFirst().first.map({ "+▲△-".contains($0) }) == true
    else { return nil }
    return (cell.figure, rate)
  }

  /// B − A = C within one unit of the last printed digit, in one unit, and the rate agrees.
  static func provesPair(
    _ a: PrintedFigure, _ b: PrintedFigure, _ c: PrintedFigure, _ rate: DecimalNumber
  ) -> Bool {
    guard let x = sum([a]), let y = sum([b]), let z = sum([c]), x.unit != nil, x.unit == y.unit,
      y.unit == z.unit, rateAgrees(rate, from: a, to: b)
    else { return false }
    let scale = max(x.scale, y.scale, z.scale)
    let diff =
      y.value * TableArithmetic.pow10(scale - y.scale) - x.value
      * TableArithmetic.pow10(scale - x.scale) - z.value * TableArithmetic.pow10(scale - z.scale)
    return abs(diff) <= TableArithmetic.pow10(scale - min(x.scale, y.scale, z.scale))
  }
}

extension GenericReader {
  /// The block right before `line`, read backwards: the later total and its year line, then
  /// (blank lines, `※` notes and `(うちX …)` parts of the earlier total between) the earlier
  /// total and its year line, one year before.
  func headlineBlock(before line: Line) -> (
    earlier: HeadlineAmount, later: HeadlineAmount, partLines: [Int]
  )? {
    var step = 0
    var later: (amount: PrintedFigure, line: Int)?
    var laterYear = ""
    var laterLabel = ""
    var earlier: (amount: PrintedFigure, line: Int)?
    var partLines: [Int] = []
    var expected = line.number - 1
    for (logged, kind) in idleLog.lines.reversed() where logged.number < line.number {
      guard logged.endNumber == expected else { return nil }
      expected = logged.number - 1
      let text: String
      switch kind {
      case .blank: continue
      case .text(let printed): text = printed
      // `7,730億円`: one cell with its unit and no label.
      case .row(let label, let cells) where label.isEmpty && cells.count == 1:
        text = GenericLine.text(of: logged)
      default: return nil
      }
      if Self.isNote(text) { continue }
      let compact = text.filter { $0 != " " }
      switch step {
      case 0, 2:
        if step == 2, partAmount(compact) != nil {
          partLines.insert(logged.number, at: 0)
          continue
        }
        guard let records = AmountLine.parse(logged, text: text, parser: parser),
          records.count == 1, records[0].label.isEmpty, records[0].prior == nil
        else { return nil }
        if step == 0 {
          later = (records[0].amount, logged.number)
        } else {
          earlier = (records[0].amount, logged.number)
        }
        step += 1
      default:
        guard let year = Self.yearOfStageLine(compact) else { return nil }
        if step == 1 {
          (laterYear, laterLabel) = (year, text)
          step = 2
          continue
        }
        guard Self.namesInitial(compact.dropFirst(year.count)),
          Self.yearsFollow(year, laterYear), let later, let earlier
        else {
          return nil
        }
        return (
          HeadlineAmount(label: text, amount: earlier.amount, line: earlier.line),
          HeadlineAmount(label: laterLabel, amount: later.amount, line: later.line), partLines
        )
      }
    }
    return nil
  }

  /// The earlier total is exported as the prior year's initial budget: its line must say so
  /// (`当初`, or `予算` with no other stage).
  static func namesInitial(_ stage: Substring) -> Bool {
    stage.contains("当初")
      || (stage.contains("予算") && !["補正", "要求", "要望", "決算", "案"].contains(where: stage.contains))
  }

  /// `平成29年度概算要求`: a short line of one fiscal year and a stage word, nothing else; its
  /// year (`平成29年度`).
  static func yearOfStageLine(_ compact: String) -> String? {
    guard compact.count <= 16, let end = compact.range(of: "年度"), !compact.contains("円"),
      !compact.contains("%")
    else { return nil }
    let year = String(compact[..<end.upperBound])
    let rest = compact[end.upperBound...]
    guard isYearOnly(year), !rest.contains(where: \.isASCIIDigitCharacter),
      ["当初", "要求", "要望", "補正", "予算", "案"].contains(where: rest.contains)
    else { return nil }
    return year
  }
}
