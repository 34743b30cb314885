import BudgetModel

/// A flat table whose label column was printed as a stream of its own, apart from the figures
/// (a mirror site's text of a PDF page; kokkai-h29-ndl-gaisan):
///
///     … 額増 △ 減 額 19,556 22,285 2,729 区 分 (組織)国立国会図書館 (項)国立国会図書館 18,130
///     18,154 24 9,622 9,613 △9 9,460 9,439 △21 国立国会図書館業務に必要な経費 7,415 7,448 33 …
///     1,426 4,131 2,705 国立国会図書館の運営に必要な経費 うち人件費 (項)国立国会図書館施設費 …
///
/// The first figures follow the header with no label (`labelsMayFollow`), so no label is
/// certain by its place. The table is read only when every run is whole rows of the header's
/// columns and each row's own arithmetic holds; the words between runs are whole labels (one
/// word, a classification mark and its name, `うち` and a word); and exactly one of two
/// readings — the last label before a run names its first row, or the first label after it
/// does; the labels left name the rows left, both in printed order — makes the labels'
/// classification marks a hierarchy (`(組織)` over `(項)` over unmarked rows, `うち` a part of
/// the row above) in which every row is a parent that is the sum of its children in every
/// column, or such a child, or a part not larger than its whole, and in which no other place
/// of the marked labels and parts left holds as well (unmarked labels of one level are
/// interchangeable in any sum: their printed order places them, as it places every label of a
/// flat table). Anything else: nil (the figures are reported).
extension FlatTable {
  static func labelStream(_ body: Body, meanings: [ColumnMeaning], line: Int) -> FlatRows? {
    let n = meanings.count
    guard !meanings.contains(where: { $0.kind == .other || $0.kind == .ratePercent }),
      body.rates.isEmpty, body.segments.allSatisfy({ $0.rates.isEmpty }),
      body.segments.allSatisfy({ $0.run.count % n == 0 })
    else { return nil }
    var cells: [[CellToken]] = []
    var runs: [[Int]] = []
    var groups: [[String]] = []
    for segment in body.segments {
      guard let words = streamLabels(segment.words) else { return nil }
      groups.append(words)
      var rows: [Int] = []
      for start in stride(from: 0, to: segment.run.count, by: n) {
        let row = segment.run[start..<(start + n)].map(\.cell)
        guard !row.contains(where: \.isPercent), RunTogether.explains(meanings, row) else {
          return nil
        }
        rows.append(cells.count)
        cells.append(row)
      }
      runs.append(rows)
    }
    guard let trailing = streamLabels(body.words) else { return nil }
    groups.append(trailing)
    let readings = [true, false].compactMap { preceding in
      streamReading(groups, runs: runs, rows: cells.count, preceding: preceding)
    }.filter { isOnlyOrder($0.labels, pool: $0.pool, cells, meanings) }
    guard let labels = readings.first?.labels,
      readings.allSatisfy({ $0.labels == labels })
    else { return nil }
    var result = FlatRows(meanings: meanings, line: line)
    result.meanings = meanings
    for (label, row) in zip(labels, cells) {
      var record = SummaryRowRecord(
        label: label, cells: row.map(\.figure), span: SourceSpan(line: line, endLine: line))
      record.isPartOfAbove = label.hasPrefix("うち")
      result.rows.append(record)
      result.cellRows.append(row)
    }
    return result
  }

  /// The labels of the words between two runs, in printed order; nil when a word is no whole
  /// label (a text column's words, a mark with no name).
  static func streamLabels(_ tokens: [Token]) -> [String]? {
    var words = spacedWords(tokens)
    guard !words.contains(where: textColumnWords.contains) else { return nil }
    words.removeAll(where: labelColumnWords.contains)
    var labels: [String] = []
    var k = 0
    while k < words.count {
      let word = words[k]
      let bare = word == "うち" || classificationMarks.contains(word) || isEnumerator(word)
      guard bare else {
        labels.append(word)
        k += 1
        continue
      }
      guard k + 1 < words.count, !isMarked(words[k + 1]), words[k + 1] != "うち" else {
        return nil
      }
      labels.append(isEnumerator(word) ? words[k + 1] : word + words[k + 1])
      k += 2
    }
    return labels
  }

  /// One reading: each run's first row named by the last label before it (`preceding`) or
  /// the first after it; the labels left name the rows left in order. Nil when they are not
  /// as many.
  static func streamReading(_ groups: [[String]], runs: [[Int]], rows: Int, preceding: Bool)
    -> (labels: [String], pool: [Int])?
  {
    var labels = [String?](repeating: nil, count: rows)
    var left: [String] = []
    var groups = groups
    for (r, run) in runs.enumerated() {
      let g = preceding ? r : r + 1
      guard let first = run.first, !groups[g].isEmpty else { continue }
      labels[first] = preceding ? groups[g].removeLast() : groups[g].removeFirst()
    }
    for group in groups { left += group }
    let open = labels.indices.filter { labels[$0] == nil }
    guard open.count == left.count, !open.isEmpty else { return nil }
    for (row, label) in zip(open, left) { labels[row] = label }
    return (labels.compactMap { $0 }, open)
  }
}
