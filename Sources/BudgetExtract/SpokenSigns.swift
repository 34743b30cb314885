/// Signs a converter wrote out as words: a PDF's `△` read aloud as `しろさんかく` (white
/// triangle) or `白三角`, and `▲` as `くろさんかく` or `黒三角` (homu-r7: `しろさんかく 1,500`,
/// a header `しろさんかく減額`). The generic layout reads them as the signs they stand for;
/// the line keeps its number (`source.txt` keeps the words).
enum SpokenSigns {
  /// Each word and the sign it stands for as the normalized text holds it (`△` is `▲`
  /// there, `Line`'s normalization: both are negative signs).
  static let words: [([Unicode.Scalar], Unicode.Scalar)] = [
    (Array("しろさんかく".unicodeScalars), "▲"), (Array("くろさんかく".unicodeScalars), "▲"),
    (Array("白三角".unicodeScalars), "▲"), (Array("黒三角".unicodeScalars), "▲"),
  ]

  /// `line` with each spoken sign replaced in its normalized text.
  static func replacing(_ line: Line) -> Line {
    guard line.normalized.contains(where: { $0 == "さ" || $0 == "三" }) else { return line }
    var scalars = line.normalized
    for (word, sign) in words {
      var k = 0
      while k + word.count <= scalars.count {
        if scalars[k] == word[0], Array(scalars[k..<(k + word.count)]) == word {
          scalars.replaceSubrange(k..<(k + word.count), with: [sign])
        }
        k += 1
      }
    }
    guard scalars != line.normalized else { return line }
    var result = line
    result.normalized = scalars
    result.original = scalars
    return result
  }
}
