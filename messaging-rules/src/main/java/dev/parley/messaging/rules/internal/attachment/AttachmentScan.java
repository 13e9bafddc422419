package dev.parley.messaging.rules.internal.attachment;

import dev.parley.messaging.rules.content.AttachmentType;
import dev.parley.messaging.rules.internal.analysis.FieldText;

import dev.parley.messaging.rules.internal.files.Extraction;

/**
 * One attachment's inspection: its detected type, what was read out of it and whether it carries
 * macros. Created per check by {@link Fields}; read by {@link AttachmentRules}.
 */
public final class AttachmentScan implements FieldText.SourceMap {
  public final AttachmentType type;
  public final Extraction extraction;
  public final boolean macros;

  public AttachmentScan(AttachmentType type, Extraction extraction, boolean macros) {
    this.type = type;
    this.extraction = extraction;
    this.macros = macros;
  }

  /** The text rules scan: the extracted text, then one line per link found outside it. */
  public String scanText() {
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
