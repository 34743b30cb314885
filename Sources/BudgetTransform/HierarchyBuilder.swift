import BudgetModel

/// Builds the item hierarchy from the overview list and the detail sections, which state
/// most headings twice, and assigns ids from each heading's position (chapter, item,
/// sub-item, letter), never from line numbers.
struct HierarchyBuilder {
  /// One heading of the hierarchy with both its statements. A class: the checks and the
  /// builder pass nodes around by reference (a node holds two records and was costly to copy).
  final class Node {
    var level: OutlineLevel
    var chapter: Int
    var item: Int
    var sub: Int
    var letter: String
    var overview: OutlineRecord?
    var detail: OutlineRecord?
    var duplicate = 0

    init(level: OutlineLevel, chapter: Int, item: Int, sub: Int, letter: String) {
      self.level = level
      self.chapter = chapter
      self.item = item
      self.sub = sub
      self.letter = letter
    }

    /// Document order, parents first: only the numbers of the node's own level and above.
    var sortKey: SortKey {
      SortKey(
        values: (
          chapter,
          level >= .item ? item : 0,
          level >= .subItem ? sub : 0,
          level >= .subSubItem ? Int(letter.unicodeScalars.first?.value ?? 0) : 0,
          level >= .item ? duplicate : 0
        ))
    }
    var id: String { id(at: level, duplicate: duplicate) }
    var parentId: String? {
      switch level {
      case .chapter: return nil
      case .item: return id(at: .chapter, duplicate: 0)
      case .subItem: return id(at: .item, duplicate: 0)
      case .subSubItem: return id(at: .subItem, duplicate: duplicate)
      }
    }
    var code: String {
      switch level {
      case .chapter: return RomanNumeral.text(chapter)
      case .item: return String(item)
      case .subItem: return "\(item).(\(sub))"
      case .subSubItem: return "\(item).(\(sub)).(\(letter))"
      }
    }

    /// The id of this node's heading, or of its ancestor at `level`.
    private func id(at level: OutlineLevel, duplicate: Int) -> String {
      var id = "c\(chapter)"
      if level >= .item { id += "-\(item)" }
      if level >= .subItem { id += "-\(sub)" }
      if level >= .subSubItem { id += "-\(letter)" }
      return duplicate > 0 ? id + "-dup\(duplicate)" : id
    }
  }

  var builder: FigureBuilder
  var nodes: [String: Node] = [:]
  /// Items in overview order, for inferring a heading the detail sections leave out.
  var overviewItemOrder: [String] = []
  var detailNodeIds: [Int: String] = [:]
  var findings: [Finding] = []
  var items: [BudgetItem] = []
  var expenses: [Expense] = []

  init(builder: FigureBuilder) {
    self.builder = builder
  }

  mutating func build(_ extracted: ExtractedDocument) throws {
    walk(extracted.overview, inDetail: false)
    walk(extracted.details, inDetail: true)
    // Keys computed once, then sorted.
    let ordered = nodes.map { (key: $0.value.sortKey, id: $0.key) }
      .sorted { $0.key.lexicographicallyPrecedes($1.key) }
    for entry in ordered { items.append(try item(from: nodes[entry.id]!)) }
    placeOrphans()
    var ordinals: [String: Int] = [:]
    for record in extracted.expenses {
      guard let index = record.detailIndex, let itemId = detailNodeIds[index] else {
        findings.append(
          Finding(
            severity: .warning, code: .orphanExpense,
            message: "expense line outside any heading: \(record.name)",
            subjectId: nil, lines: [record.span.line]))
        continue
      }
      ordinals[itemId, default: 0] += 1
      let ordinal = ordinals[itemId]!
      var figures: [Figure] = []
      if let amount = record.amount {
        figures.append(try builder.figure(amount, measure: .budget, line: record.span.line))
      }
      if let prior = record.prior {
        figures.append(try builder.figure(prior, measure: .priorInitial, line: record.span.line))
      }
      if let supp = record.supplementary {
        figures.append(
          try builder.figure(supp, measure: .priorSupplementary, line: record.span.endLine))
      }
      expenses.append(
        Expense(
          id: "\(itemId)-e\(ordinal)", itemId: itemId, ordinal: ordinal, kind: record.kind,
          name: record.name,
          figures: figures, isNew: record.isNew, span: record.span))
    }
  }

  private mutating func walk(_ records: [OutlineRecord], inDetail: Bool) {
    var chapter = 0
    var item = 0
    var sub = 0
    var duplicate = 0
    for (index, record) in records.enumerated() {
      let node = Node(level: record.level, chapter: chapter, item: item, sub: sub, letter: "")
      switch record.level {
      case .chapter:
        chapter = RomanNumeral.value(record.number) ?? chapter + 1
        item = 0
        sub = 0
        duplicate = 0
        node.chapter = chapter
      case .item:
        item = Int(record.number) ?? item + 1
        sub = 0
        duplicate = 0
        node.item = item
        if inDetail, let known = nodes[node.id], let first = known.detail {
          duplicate += 1  // stated again (a running head): kept as its own node, reported
          findings.append(Self.duplicateHeading(node, first: first, again: record))
        }
      case .subItem:
        sub = Int(record.number) ?? sub + 1
        node.sub = sub
        if inDetail, let first = nodes[node.id]?.detail {
          if let next = itemMissingItsHeading(
            chapter: chapter, item: item, sub: sub, first: first, again: record)
          {
            chapter = next.chapter
            item = next.item
            node.chapter = chapter
            node.item = item
          } else {
            duplicate += 1
            findings.append(Self.duplicateHeading(node, first: first, again: record))
          }
        }
        node.duplicate = duplicate
      case .subSubItem:
        node.letter = record.number
        node.duplicate = duplicate
      }
      if record.level != .subItem && record.level != .subSubItem { node.duplicate = duplicate }
      let id = node.id
      // The node already stated (overview or detail), or this one, stored. (Not through
      // `nodes[id, default:]`: setting a property of a class reads the subscript only, so
      // the default would never be stored.)
      let stored = nodes[id] ?? node
      if stored === node { nodes[id] = node }
      if inDetail {
        stored.detail = record
        detailNodeIds[index] = id
      } else {
        stored.overview = record
        if record.level == .item { overviewItemOrder.append(id) }
      }
    }
  }

  /// When sub-item `sub` is stated again because the numbering restarted (the detail sections
  /// left out an item heading): the next overview item, whose sub-item `sub` has no detail yet,
  /// with a `missingHeading` finding reported. Nil when the repeat is a plain duplicate.
  private mutating func itemMissingItsHeading(
    chapter: Int, item: Int, sub: Int, first: OutlineRecord, again record: OutlineRecord
  ) -> Node? {
    guard
      let next = nextOverviewItem(
        after: Node(level: .item, chapter: chapter, item: item, sub: 0, letter: "")),
      nodes[Node(level: .subItem, chapter: next.chapter, item: next.item, sub: sub, letter: "").id]?
        .detail == nil
    else { return nil }
    findings.append(
      Finding(
        severity: .warning, code: .missingHeading,
        message:
          "the detail sections go on with (\(sub)) after item \(item).(\(first.number)) without the heading of item \(next.item) (\(next.overview?.title ?? "")); placed under item \(next.item) as the overview list has it",
        subjectId: next.id,
        lines: [first.span.line, record.span.line] + (next.overview.map { [$0.span.line] } ?? [])))
    return next
  }

  static func duplicateHeading(_ node: Node, first: OutlineRecord, again: OutlineRecord) -> Finding
  {
    Finding(
      severity: .warning, code: .duplicateHeading,
      message: "heading \(node.code) appears twice in the detail sections",
      subjectId: node.id, lines: [first.span.line, again.span.line])
  }

  /// A heading whose parent heading is missing (deleted, or numbered so that it cannot be
  /// placed: a sub-item before any item of its chapter) is placed under its nearest existing
  /// ancestor, or at the top, and reported with its line: the rest of the document exports.
  private mutating func placeOrphans() {
    let ids = Set(items.map(\.id))
    for k in items.indices {
      guard let missing = items[k].parentId, !ids.contains(missing) else { continue }
      var ancestor: String? = missing
      while let a = ancestor, !ids.contains(a) {
        ancestor = a.lastIndex(of: "-").map { String(a[..<$0]) }
      }
      items[k].parentId = ancestor
      findings.append(
        Finding(
          severity: .warning, code: .orphanHeading,
          message:
            "heading \(items[k].code) \(items[k].title) has no parent heading (\(missing) is missing or out of order); placed \(ancestor.map { "under \($0)" } ?? "at the top level")",
          subjectId: items[k].id, lines: [items[k].span.line]))
    }
  }

  private func nextOverviewItem(after current: Node) -> Node? {
    guard let position = overviewItemOrder.firstIndex(of: current.id),
      position + 1 < overviewItemOrder.count
    else {
      return nil
    }
    return nodes[overviewItemOrder[position + 1]]
  }

  private mutating func item(from node: Node) throws -> BudgetItem {
    let primary = node.detail ?? node.overview!
    var figures: [Figure] = []
    var amountRecord = node.detail?.amount != nil ? node.detail : node.overview
    if amountRecord?.amount == nil { amountRecord = primary }
    if var amount = amountRecord?.amount {
      if let other = node.overview?.amount {
        amount.isBracketed = amount.isBracketed || other.isBracketed
        amount.isPartOf = amount.isPartOf || other.isPartOf
      }
      figures.append(try builder.figure(amount, measure: .budget, line: amountRecord!.span.endLine))
    }
    if let prior = node.detail?.prior {
      figures.append(
        try builder.figure(prior, measure: .priorInitial, line: node.detail!.span.endLine))
    }
    let title = (node.overview?.title).flatMap { $0.isEmpty ? nil : $0 } ?? primary.title
    return BudgetItem(
      id: node.id, parentId: node.parentId, level: node.level, code: node.code, title: title,
      figures: figures,
      isNew: node.detail?.prior?.isNewMarker ?? false, span: primary.span,
      overviewSpan: node.overview?.span)
  }
}

extension HierarchyBuilder.Node {
  /// Five numbers compared in order (`lexicographicallyPrecedes`), without allocating an array.
  struct SortKey: Sequence, IteratorProtocol {
    var values: (Int, Int, Int, Int, Int)
    var position = 0

    mutating func next() -> Int? {
      defer { position += 1 }
      switch position {
      case 0: return values.0
      case 1: return values.1
      case 2: return values.2
      case 3: return values.3
      case 4: return values.4
      default: return nil
      }
    }
  }
}
