package dev.parley.examples.cli;

/**
 * Where the text of one field (a subject or a body) sits in its file: maps an offset in the
 * field's decoded text to a file line and column. Immutable.
 */
final class Located {
  final String fieldText;
  private final SourceText source;
  /** Raw offset of each decoded unit (length + 1 entries), or null when the field is verbatim at {@link #base}. */
  private final int[] rawOffsets;
  private final int base;
  /** True when positions inside the field are not exact (folded YAML): every offset maps to the field's start. */
  private final boolean approximate;

  private Located(String fieldText, SourceText source, int[] rawOffsets, int base, boolean approximate) {
    this.fieldText = fieldText;
    this.source = source;
    this.rawOffsets = rawOffsets;
    this.base = base;
    this.approximate = approximate;
  }

  /** The field's text is written verbatim in the source from {@code base} on. */
  static Located verbatim(String fieldText, SourceText source, int base) {
    return new Located(fieldText, source, null, base, false);
  }

  /** The field's text is a JSON string literal whose opening quote is at {@code quote}. */
  static Located jsonString(String fieldText, SourceText source, int quote) {
    return new Located(fieldText, source, dev.parley.messaging.json.JsonPositions.decodedToRaw(source.text, quote, fieldText.length()), quote, false);
  }

  /** The field's text has each decoded unit at a known raw offset. */
  static Located mapped(String fieldText, SourceText source, int[] rawOffsets) {
    return new Located(fieldText, source, rawOffsets, 0, false);
  }

  /** Only the field's start is known. */
  static Located at(String fieldText, SourceText source, int start) {
    return new Located(fieldText, source, null, start, true);
  }

  /** {@return the 1-based line and code-point column of an offset into the field's text} */
  int[] lineColumn(int fieldOffset) {
    int o = Math.max(0, Math.min(fieldOffset, fieldText.length()));
    int raw;
    if (approximate) {
      raw = base;
    } else if (rawOffsets != null) {
      raw = rawOffsets[o];
    } else {
      raw = base + o;
    }
    return source.lineColumn(raw);
  }
}
