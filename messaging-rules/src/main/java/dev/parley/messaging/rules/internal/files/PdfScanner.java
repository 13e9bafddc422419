package dev.parley.messaging.rules.internal.files;

import dev.parley.messaging.rules.internal.files.PdfSyntax.Dict;
import dev.parley.messaging.rules.internal.files.PdfSyntax.Keyword;
import dev.parley.messaging.rules.internal.files.PdfSyntax.Name;
import dev.parley.messaging.rules.internal.files.PdfSyntax.Ref;
import dev.parley.messaging.rules.internal.files.PdfSyntax.Str;
import dev.parley.messaging.rules.internal.files.PdfSyntax.Stream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded PDF reader for what a viewer would show or do: link targets (URI, remote go-to,
 * submit-form and import actions), active content (JavaScript, launch actions, embedded files),
 * the text shown by content streams and form XObjects, and the text of annotations, form fields and
 * bookmarks.
 *
 * <p>Every object in the file is read, whatever the cross-reference table says, so an object
 * hidden from the table (or left behind by an incremental update) is read too. Names are decoded
 * ({@code /U#52I} is {@code /URI}); comments are skipped wherever they stand; stream filter chains
 * with their parameters are decoded ({@link PdfFilters}); stream lengths are taken from the
 * dictionary (direct or indirect) when {@code endstream} follows; object streams are expanded;
 * indirect references are resolved (a {@code /URI 5 0 R}). Font encodings are not applied, so
 * text in fonts with custom encodings comes out garbled or not at all.
 *
 * <p>An encrypted file (an {@code /Encrypt} entry) is not decrypted: its strings and streams are
 * unreadable, so it is reported as not fully inspected; its structure (names, actions) is still
 * read. Likewise a stream with a filter Parley does not decode, other than an image's.
 *
 * <p>Stateless; all state lives in one call. Work is bounded by the {@link InspectionBudget}.
 */
public final class PdfScanner {
  private static final int MAX_RESOLVE = 16;
  private static final java.util.Set<String> NOT_CONTENT_TYPES = java.util.Set.of("ObjStm", "XRef", "Metadata", "EmbeddedFile", "CMap");
  private static final java.util.Set<String> NOT_CONTENT_SUBTYPES = java.util.Set.of("Image", "XML", "Type1C", "CIDFontType0C", "OpenType");

  private final InspectionBudget budget;
  private final Extraction out;
  /** Every top-level value in file order (object bodies, trailers, stray dictionaries). */
  private final List<Object> values = new ArrayList<>();
  private final List<Stream> streams = new ArrayList<>();
  /** The last definition of each object number. */
  private final Map<Long, Object> objects = new HashMap<>();
  private int objectCount;
  private boolean encrypted;

  private PdfScanner(InspectionBudget budget, Extraction out) {
    this.budget = budget;
    this.out = out;
  }

  /**
   * Scans a PDF.
   *
   * @param pdf the bytes
   * @param budget the budget
   * @param out receives text, links and active content
   */
  public static void scan(byte[] pdf, InspectionBudget budget, Extraction out) {
    PdfScanner s = new PdfScanner(budget, out);
    s.read(pdf, 0, pdf.length, -1);
    s.detectEncryption();
    if (s.encrypted) {
      out.incomplete("an encrypted PDF (its strings and streams are not decrypted)");
    }
    s.expandObjectStreams();
    s.inspect();
    if (budget.exhausted()) {
      out.incomplete(budget.exhaustedBy());
    }
  }

  private void activeName(String n) {
    switch (n) {
      case "JavaScript":
      case "JS":
        out.active("JavaScript");
        break;
      case "Launch":
        out.active("a launch action");
        break;
      case "EmbeddedFile":
      case "EmbeddedFiles":
        out.active("embedded files");
        break;
      default:
        break;
    }
  }

  /**
   * Reads every object of a byte range. An object stream's range ({@code objects >= 0}) starts
   * with {@code objects} pairs of object number and offset, then holds the bare objects in order.
   */
  private void read(byte[] b, int from, int to, int count) {
    boolean objectStream = count >= 0;
    PdfSyntax p = new PdfSyntax(b, from, to, budget, this::activeName);
    Object prev1 = null;
    Object prev2 = null;
    List<Long> header = new ArrayList<>();
    int headerCount = 0;
    int index = 0;
    while (true) {
      if (!p.charge()) {
        return;
      }
      Object t = p.next();
      if (t == PdfSyntax.EOF) {
        return;
      }
      if (objectStream && t instanceof Long && headerCount < 2 * (long) count) {
        header.add((Long) t);
        headerCount++;
        continue;
      }
      if (t instanceof Keyword && ((Keyword) t).value.equals("obj") && prev1 instanceof Long && prev2 instanceof Long) {
        if (!countObject()) {
          return;
        }
        Object v = p.value(p.next(), 0);
        if (v == null && budget.exhausted()) {
          return;
        }
        v = maybeStream(p, v, objectStream);
        objects.put((Long) prev2, v);
        values.add(v);
        prev1 = null;
        prev2 = null;
        continue;
      }
      if (t == PdfSyntax.DICT_OPEN || t == PdfSyntax.ARRAY_OPEN) {
        Object v = p.value(t, 0);
        if (v == null && budget.exhausted()) {
          return;
        }
        v = maybeStream(p, v, objectStream);
        if (objectStream) {
          if (!countObject()) {
            return;
          }
          int pair = 2 * index;
          if (pair < header.size()) {
            objects.put(header.get(pair), v);
          }
          index++;
        }
        values.add(v);
        t = null;
      } else if (objectStream && t != PdfSyntax.JUNK && t != PdfSyntax.DICT_CLOSE && t != PdfSyntax.ARRAY_CLOSE) {
        int pair = 2 * index;
        if (pair < header.size()) {
          objects.put(header.get(pair), t);
        }
        index++;
      }
      prev2 = prev1;
      prev1 = t;
    }
  }

  private boolean countObject() {
    if (++objectCount > budget.maxPdfObjects()) {
      budget.exhaust("the cap of " + budget.maxPdfObjects() + " PDF objects");
      return false;
    }
    return true;
  }

  /** If the keyword {@code stream} follows a dictionary, reads the stream's data range. */
  private Object maybeStream(PdfSyntax p, Object v, boolean objectStream) {
    if (!(v instanceof Dict)) {
      return v;
    }
    int save = p.pos;
    p.skipSpace();
    if (!Bytes.startsWith(p.b, p.pos, "stream")) {
      p.pos = save;
      return v;
    }
    if (objectStream) {
      // Streams cannot live in object streams (ISO 32000-1 §7.5.7) and viewers do not read them;
      // expanding them would make nested object streams quadratic. Reported, not read.
      out.incomplete("a stream inside an object stream");
      p.pos += 6;
      return v;
    }
    int start = p.pos + 6;
    if (start < p.to && p.b[start] == '\r') {
      start++;
    }
    if (start < p.to && p.b[start] == '\n') {
      start++;
    }
    Dict d = (Dict) v;
    int end = -1;
    Object len = d.get("Length");
    if (len instanceof Ref) {
      len = objects.get(((Ref) len).number);
    }
    if (len instanceof Long && (Long) len >= 0 && start + (Long) len <= p.to) {
      int k = (int) (start + (Long) len);
      int e = k;
      while (e < p.to && e < k + 8 && PdfSyntax.isWhite(p.b[e] & 0xFF)) {
        e++;
      }
      if (Bytes.startsWith(p.b, e, "endstream")) {
        end = k;
      }
    }
    if (end < 0) {
      int e = Bytes.indexOf(p.b, "endstream", start, p.to);
      end = e < 0 ? p.to : e;
      budget.spend(end - start);
    }
    Stream s = new Stream(d, p.b, start, end);
    streams.add(s);
    int after = Bytes.indexOf(p.b, "endstream", end, Math.min(p.to, end + 64));
    p.pos = after >= 0 ? after + 9 : end;
    return s;
  }

  private Object resolve(Object v) {
    for (int k = 0; k < MAX_RESOLVE && v instanceof Ref; k++) {
      v = objects.get(((Ref) v).number);
    }
    return v instanceof Ref ? null : v;
  }

  private static String name(Object v) {
    return v instanceof Name ? ((Name) v).value : null;
  }

  private void expandObjectStreams() {
    // Object streams may be listed before the objects their lengths refer to, so they are expanded
    // after the whole file was read; expanded streams are walked too (index loop: the list grows).
    for (int k = 0; k < streams.size() && !budget.exhausted(); k++) {
      Stream s = streams.get(k);
      if ("ObjStm".equals(name(resolve(s.dict.get("Type"))))) {
        PdfFilters.Decoded d = decode(s);
        Object n = resolve(s.dict.get("N"));
        if (d != null && n instanceof Long && (Long) n >= 0 && (Long) n <= budget.maxPdfObjects()) {
          read(d.data, 0, d.data.length, (int) (long) (Long) n);
        }
      }
    }
  }

  /** Decodes a stream's data, or reports why it cannot; null when nothing could be read. */
  private PdfFilters.Decoded decode(Stream s) {
    Object f = resolve(s.dict.get("Filter"));
    Object parms = resolve(s.dict.get("DecodeParms"));
    if (parms == null) {
      parms = resolve(s.dict.get("DP"));
    }
    List<String> filters = new ArrayList<>();
    List<PdfFilters.Params> params = new ArrayList<>();
    if (f instanceof Name) {
      filters.add(((Name) f).value);
      params.add(params(parms instanceof List ? first((List<?>) parms) : parms));
    } else if (f instanceof List) {
      List<?> list = (List<?>) f;
      for (int i = 0; i < list.size(); i++) {
        String n = name(resolve(list.get(i)));
        if (n == null) {
          out.incomplete("a damaged stream filter list");
          return null;
        }
        filters.add(n);
        params.add(params(parms instanceof List && i < ((List<?>) parms).size() ? ((List<?>) parms).get(i) : null));
      }
    } else if (f != null) {
      out.incomplete("a damaged stream filter");
      return null;
    }
    if (encrypted) {
      return null;
    }
    PdfFilters.Decoded d = PdfFilters.decode(s.source, s.from, s.to, filters, params, budget);
    if (d.problem != null) {
      out.incomplete(d.problem);
    }
    return d;
  }

  private static Object first(List<?> l) {
    return l.isEmpty() ? null : l.get(0);
  }

  private PdfFilters.Params params(Object v) {
    Object r = resolve(v);
    if (!(r instanceof Dict)) {
      return PdfFilters.Params.NONE;
    }
    Dict d = (Dict) r;
    return new PdfFilters.Params(integer(d, "Predictor", 1), integer(d, "Colors", 1), integer(d, "BitsPerComponent", 8),
        integer(d, "Columns", 1), integer(d, "EarlyChange", 1));
  }

  private int integer(Dict d, String key, int dflt) {
    Object v = resolve(d.get(key));
    if (v instanceof Long && (Long) v >= Integer.MIN_VALUE && (Long) v <= Integer.MAX_VALUE) {
      return (int) (long) (Long) v;
    }
    return dflt;
  }

  private void detectEncryption() {
    for (Object v : values) {
      if (v instanceof Dict && ((Dict) v).get("Encrypt") != null) {
        encrypted = true;
      } else if (v instanceof Stream && ((Stream) v).dict.get("Encrypt") != null) {
        encrypted = true;
      }
    }
  }

  private void inspect() {
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    for (Object v : values) {
      if (budget.exhausted()) {
        return;
      }
      walk(v, seen, 0);
    }
    for (Stream s : streams) {
      if (budget.exhausted()) {
        return;
      }
      content(s);
    }
  }

  /** Visits every dictionary reachable inside a value (without following references). */
  private void walk(Object v, IdentityHashMap<Object, Boolean> seen, int depth) {
    if (depth > budget.maxNestingDepth() || v == null || seen.put(v, Boolean.TRUE) != null || !budget.spend(1)) {
      return;
    }
    if (v instanceof Stream) {
      v = ((Stream) v).dict;
    }
    if (v instanceof List) {
      for (Object o : (List<?>) v) {
        walk(o, seen, depth + 1);
      }
      return;
    }
    if (!(v instanceof Dict)) {
      return;
    }
    Dict d = (Dict) v;
    dictionary(d);
    for (Object o : d.entries.values()) {
      walk(o, seen, depth + 1);
    }
  }

  /** Reads what one dictionary says: an action's target, an annotation's or field's text. */
  private void dictionary(Dict d) {
    String s = name(resolve(d.get("S")));
    if (s != null) {
      switch (s) {
        case "URI":
          link(d.get("URI"));
          break;
        case "Launch":
          out.active("a launch action");
          link(d.get("F"));
          break;
        case "JavaScript":
          out.active("JavaScript");
          break;
        case "GoToR":
        case "GoToE":
        case "SubmitForm":
        case "ImportData":
          link(d.get("F"));
          break;
        default:
          break;
      }
    } else if (d.get("URI") != null && !(resolve(d.get("URI")) instanceof Dict)) {
      // A /URI entry without /S is still read by lenient viewers.
      link(d.get("URI"));
    }
    if (d.get("JS") != null) {
      out.active("JavaScript");
    }
    for (String key : new String[] {"Contents", "V", "TU", "Title", "Subject", "RC"}) {
      Object v = resolve(d.get(key));
      if (v instanceof Str) {
        String text = ((Str) v).text();
        if (!text.isBlank()) {
          separate();
          out.text(text);
        }
      }
    }
  }

  private void separate() {
    if (out.textLength() > 0 && out.lastChar() != '\n') {
      out.text('\n');
    }
  }

  /** Records a link target: a string, or a file specification dictionary's /UF, /F or /DOS. */
  private void link(Object target) {
    Object v = resolve(target);
    if (v instanceof Dict) {
      Dict spec = (Dict) v;
      for (String key : new String[] {"UF", "F", "Unix", "DOS", "Mac", "URI"}) {
        Object o = resolve(spec.get(key));
        if (o instanceof Str) {
          out.link(((Str) o).text());
        }
      }
    } else if (v instanceof Str) {
      out.link(((Str) v).text());
    }
  }

  /** Extracts the text a content stream (or a form XObject, or an annotation appearance) shows. */
  private void content(Stream s) {
    Dict d = s.dict;
    String type = name(resolve(d.get("Type")));
    String subtype = name(resolve(d.get("Subtype")));
    // Viewers do not look at a content stream's /Type, so only streams that are plainly something
    // else are left out: a /Type on a page's contents does not hide them.
    if (type != null && NOT_CONTENT_TYPES.contains(type) || subtype != null && NOT_CONTENT_SUBTYPES.contains(subtype)
        || d.get("Length1") != null || d.get("Length2") != null || d.get("FunctionType") != null
        || d.get("N") != null && d.get("Alternate") != null) {
      return;
    }
    PdfFilters.Decoded data = decode(s);
    if (data == null) {
      return;
    }
    separate();
    ContentText.extract(data.data, 0, data.data.length, budget, out);
  }
}
