package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.files.Extraction;

/**
 * One attachment's inspection: its detected type, what was read out of it and whether it carries
 * macros. Created per check by {@link Fields}; read by {@link AttachmentRules}.
 */
final class AttachmentScan implements FieldText.SourceMap {
  final AttachmentType type;
  final Extraction extraction;
  final boolean macros;

  AttachmentScan(AttachmentType type, Extraction extraction, boolean macros) {
    this.type = type;
    this.extraction = extraction;
    this.macros = macros;
  }

  /** The text rules scan: the extracted text, then one line per link found outside it. */
  String scanText() {
    String text = extraction.text();
    if (extraction.links().isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text);
    for (String link : extraction.links()) {
      sb.append('\n').append(link);
    }
    return sb.toString();
  }

  @Override
  public int sourceStart(int scanStart) {
    return scanStart;
  }

  @Override
  public int sourceEnd(int scanEnd) {
    return scanEnd;
  }
}
