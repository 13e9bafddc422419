package dev.parley.messaging.rules.internal.files;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small namespace-aware XML reader for Office Open XML parts: start and end elements with their
 * namespace URI and local name (whatever prefix the part uses, or a default namespace), attributes
 * with either quote and any white space around them, character data with the five entities and
 * numeric references decoded, CDATA sections as text. Comments, processing instructions and a
 * DOCTYPE (internal subset included) are skipped; entities a DOCTYPE would declare are not
 * expanded. Malformed input never throws: reading stops at the end of the text.
 *
 * <p>Linear in the length of the part. Stateless; {@link #read} keeps its state on the stack.
 */
final class XmlEvents {
  /** One attribute: namespace URI ("" when unprefixed), local name, decoded value. */
  static final class Attr {
    final String uri;
    final String local;
    final String value;

    Attr(String uri, String local, String value) {
      this.uri = uri;
      this.local = local;
      this.value = value;
    }
  }

  /** Receives the events of a part, in document order. */
  interface Handler {
    void start(String uri, String local, List<Attr> attrs);

    void end(String uri, String local);

    void text(String text);
  }

  private static final int MAX_DEPTH = 256;

  private XmlEvents() {}

  static String attr(List<Attr> attrs, String uri, String local) {
    for (Attr a : attrs) {
      if (a.local.equals(local) && (uri == null || a.uri.equals(uri))) {
        return a.value;
      }
    }
    return null;
  }

  static void read(String xml, Handler h) {
    int n = xml.length();
    Deque<Map<String, String>> scopes = new ArrayDeque<>();
    Deque<String[]> open = new ArrayDeque<>();
    Map<String, String> current = new HashMap<>();
    current.put("xml", "http://www.w3.org/XML/1998/namespace");
    int i = 0;
    int textStart = 0;
    while (i < n) {
      int lt = xml.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      if (lt > textStart) {
        h.text(OfficeText.decodeXml(xml.subSequence(textStart, lt)));
      }
      if (xml.startsWith("<!--", lt)) {
        int e = xml.indexOf("-->", lt + 4);
        i = textStart = e < 0 ? n : e + 3;
        continue;
      }
      if (xml.startsWith("<![CDATA[", lt)) {
        int e = xml.indexOf("]]>", lt + 9);
        h.text(xml.substring(lt + 9, e < 0 ? n : e));
        i = textStart = e < 0 ? n : e + 3;
        continue;
      }
      if (xml.startsWith("<?", lt)) {
        int e = xml.indexOf("?>", lt + 2);
        i = textStart = e < 0 ? n : e + 2;
        continue;
      }
      if (xml.startsWith("<!", lt)) {
        i = textStart = declarationEnd(xml, lt);
        continue;
      }
      if (lt + 1 < n && xml.charAt(lt + 1) == '/') {
        int gt = xml.indexOf('>', lt);
        String qname = xml.substring(lt + 2, gt < 0 ? n : gt).strip();
        if (!open.isEmpty()) {
          String[] top = open.pop();
          // A mismatched end tag still closes the innermost element: lenient, like the readers.
          h.end(top[0], top[1]);
          current = scopes.isEmpty() ? current : scopes.pop();
        } else {
          String[] q = resolve(current, qname, true);
          h.end(q[0], q[1]);
        }
        i = textStart = gt < 0 ? n : gt + 1;
        continue;
      }
      // A start tag: name, then attributes until '>' or '/>' (quotes may hold '>').
      int k = lt + 1;
      while (k < n && !isSpace(xml.charAt(k)) && xml.charAt(k) != '>' && xml.charAt(k) != '/') {
        k++;
      }
      String qname = xml.substring(lt + 1, k);
      List<String[]> raw = new ArrayList<>();
      boolean empty = false;
      while (k < n) {
        char c = xml.charAt(k);
        if (c == '>') {
          k++;
          break;
        }
        if (c == '/' && k + 1 < n && xml.charAt(k + 1) == '>') {
          empty = true;
          k += 2;
          break;
        }
        if (isSpace(c) || c == '/') {
          k++;
          continue;
        }
        int ns = k;
        while (k < n && !isSpace(xml.charAt(k)) && xml.charAt(k) != '=' && xml.charAt(k) != '>' && xml.charAt(k) != '/') {
          k++;
        }
        String an = xml.substring(ns, k);
        while (k < n && isSpace(xml.charAt(k))) {
          k++;
        }
        String value = "";
        if (k < n && xml.charAt(k) == '=') {
          k++;
          while (k < n && isSpace(xml.charAt(k))) {
            k++;
          }
          if (k < n && (xml.charAt(k) == '"' || xml.charAt(k) == '\'')) {
            char q = xml.charAt(k);
            int e = xml.indexOf(q, k + 1);
            value = xml.substring(k + 1, e < 0 ? n : e);
            k = e < 0 ? n : e + 1;
          } else {
            int s = k;
            while (k < n && !isSpace(xml.charAt(k)) && xml.charAt(k) != '>') {
              k++;
            }
            value = xml.substring(s, k);
          }
        }
        if (an.isEmpty()) {
          k++;
          continue;
        }
        if (raw.size() < 512) {
          raw.add(new String[] {an, OfficeText.decodeXml(value)});
        }
      }
      Map<String, String> scope = current;
      for (String[] a : raw) {
        if (a[0].equals("xmlns") || a[0].startsWith("xmlns:")) {
          if (scope == current) {
            scope = new HashMap<>(current);
          }
          scope.put(a[0].equals("xmlns") ? "" : a[0].substring(6), a[1]);
        }
      }
      String[] q = resolve(scope, qname, true);
      List<Attr> attrs = new ArrayList<>(raw.size());
      for (String[] a : raw) {
        if (!a[0].equals("xmlns") && !a[0].startsWith("xmlns:")) {
          String[] aq = resolve(scope, a[0], false);
          attrs.add(new Attr(aq[0], aq[1], a[1]));
        }
      }
      h.start(q[0], q[1], attrs);
      if (empty) {
        h.end(q[0], q[1]);
      } else if (open.size() < MAX_DEPTH) {
        open.push(q);
        scopes.push(current);
        current = scope;
      }
      i = textStart = k;
    }
    if (textStart < n) {
      // Text after the last tag: a part cut at a size cap still gives the start of its last run.
      h.text(OfficeText.decodeXml(xml.subSequence(textStart, n)));
    }
  }

  /** The end of a DOCTYPE or other declaration, skipping a bracketed internal subset. */
  private static int declarationEnd(String xml, int lt) {
    int n = xml.length();
    int depth = 0;
    char quote = 0;
    for (int k = lt + 2; k < n; k++) {
      char c = xml.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '>' && depth == 0) {
        return k + 1;
      }
    }
    return n;
  }

  private static String[] resolve(Map<String, String> scope, String qname, boolean element) {
    int colon = qname.indexOf(':');
    if (colon < 0) {
      return new String[] {element ? scope.getOrDefault("", "") : "", qname};
    }
    String uri = scope.get(qname.substring(0, colon));
    return new String[] {uri == null ? "urn:undeclared:" + qname.substring(0, colon) : uri, qname.substring(colon + 1)};
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
