package dev.parley.messaging.rules.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrase patterns in tokenised text in time linear in the text for a given lexicon.
 *
 * <h2>Pattern syntax (one pattern per line of a lexicon file)</h2>
 *
 * <ul>
 *   <li>Words separated by spaces must follow each other as tokens: {@code free gift}.
 *   <li>{@code word*} matches any token starting with {@code word}: {@code review*} matches
 *       "reviews", "reviewing".
 *   <li>{@code *word} matches any token ending with {@code word} and {@code *word*} any token
 *       containing it, for languages that build compounds: {@code *bewertung} matches
 *       "Produktbewertung". Suffixes are indexed in a trie of reversed words, so they cost one
 *       backward walk per token; patterns that start with an infix word are tried at every token,
 *       so lexicons should keep those few.
 *   <li>{@code (a|b|c*)} matches any of the alternatives at that position.
 *   <li>{@code ~N} between two words allows up to N other tokens between them: {@code 5 ~2 star*}
 *       matches "5 shiny stars".
 *   <li>{@code <num>} matches any token made of digits.
 *   <li>{@code => tag} at the end gives the pattern a tag (a category, a weight, a sub-rule); the
 *       lexicon's user decides what it means.
 *   <li>Lines starting with {@code #} followed by a space, and blank lines, are comments.
 * </ul>
 *
 * <p>Pattern words are folded like message text (see {@link NormalizedText}), so lexicons may be
 * written with accents and capitals. A Japanese word is split into one token per character, as the
 * text is, so it matches without word boundaries.
 *
 * <p>How it stays linear: the first element of every pattern is indexed in a character trie; one
 * walk of each text token finds every pattern that can start there, and each candidate is verified
 * over a bounded window (pattern length and gaps are bounded when the lexicon is built). Immutable
 * and thread-safe.
 */
public final class PhraseMatcher {
  /** Longest pattern, in elements, and largest gap allowed between two elements. */
  static final int MAX_ELEMENTS = 12;

  static final int MAX_GAP = 8;

  private static final int[] NONE = new int[0];

  private final List<Pattern> patterns;
  private final TrieNode root = new TrieNode();
  /** First words written {@code *word}, reversed, so that a token's suffixes are found in one backward walk. */
  private final TrieNode suffixRoot = new TrieNode();
  /**
   * For each pattern tried at every token, the character sets (bit {@code c & 63}) of its infix
   * first words: a token lacking one of a word's characters cannot contain it.
   */
  private final long[][] anywhereMasks;

  /** How many groups the patterns belong to (1 unless built by {@link #compileGroups}). */
  private final int groups;
  /** The group of every pattern, indexed by pattern: each match goes to its group without reading the pattern object. */
  private final int[] patternGroup;

  /*
   * The second element of every pattern, as primitive arrays indexed by pattern: most candidates a
   * token's first word brings up fail on the next token, and these let find() reject them without
   * touching the pattern objects. secondGap is -1 for a pattern of one element; the masks are the
   * element's first-character and word-hash sets (see Element), -1 when the element has none.
   */
  private final int[] secondGap;
  private final long[] secondFirstChars;
  private final long[] secondWordHashes;

  /*
   * Per pattern, the number of its second-element test: patterns with the same first gap and the
   * same two masks share one (-1 for a pattern of one element), so that a scan of a long text
   * answers the test once per token and number (see secondMayFollow). secondTests is how many
   * numbers there are.
   */
  private final int[] secondTest;
  private final int secondTests;

  /** The patterns whose first element is {@code <num>}, sorted without repeats, and their second-element filter (null if few). */
  private final int[] numberList;

  private final SecondFilter numberFilter;

  /**
   * How far past a token deciding the matches that start there reads: the longest pattern's span
   * with its gaps, less one, and at least one (the second-element filters read the next token).
   * The matches that start at a token are a function of that token's text and of the texts of the
   * next {@code reach} tokens (and of whether they exist), nothing else.
   */
  private final int reach;

  /** Per pattern, its span with its gaps less one: how far past its first token it reads. */
  private final int[] patternReach;

  /** The largest {@link #patternReach} of the number patterns and of the patterns tried at every token. */
  private final int numberReach;

  private final int anywhereReach;

  private PhraseMatcher(List<Pattern> patterns) {
    this(patterns, 1);
  }

  private PhraseMatcher(List<Pattern> patterns, int groups) {
    this.patterns = List.copyOf(patterns);
    this.groups = groups;
    for (int p = 0; p < this.patterns.size(); p++) {
      Element first = this.patterns.get(p).elements[0];
      for (Alternative alt : first.alternatives) {
        if (alt.anyNumber) {
          root.numberPatterns = append(root.numberPatterns, p);
        } else if (alt.suffix && !alt.prefix) {
          TrieNode node = suffixRoot.walkOrCreate(new StringBuilder(alt.word).reverse().toString());
          node.exactPatterns = append(node.exactPatterns, p);
        } else if (alt.suffix) {
          root.anywherePatterns = append(root.anywherePatterns, p);
        } else {
          TrieNode node = root.walkOrCreate(alt.word);
          if (alt.prefix) {
            node.prefixPatterns = append(node.prefixPatterns, p);
          } else {
            node.exactPatterns = append(node.exactPatterns, p);
          }
        }
      }
    }
    int count = this.patterns.size();
    patternReach = new int[count];
    int longest = 1;
    for (int p = 0; p < count; p++) {
      int span = 0;
      for (Element e : this.patterns.get(p).elements) {
        span += e.gapBefore + 1;
      }
      patternReach[p] = span - 1;
      longest = Math.max(longest, span - 1);
    }
    reach = longest;
    secondGap = new int[count];
    secondFirstChars = new long[count];
    secondWordHashes = new long[count];
    patternGroup = new int[count];
    secondTest = new int[count];
    Map<List<Long>, Integer> tests = new HashMap<>();
    for (int p = 0; p < count; p++) {
      patternGroup[p] = this.patterns.get(p).group;
      Element[] elements = this.patterns.get(p).elements;
      if (elements.length < 2) {
        secondGap[p] = -1;
        secondTest[p] = -1;
        continue;
      }
      secondGap[p] = elements[1].gapBefore;
      secondFirstChars[p] = elements[1].firstChars == 0 ? -1L : elements[1].firstChars;
      // An element of numbers only has no word-hash filter (its 0 there means "the number bit").
      secondWordHashes[p] = elements[1].wordHashes == Element.NUMBERS_ONLY ? -1L : elements[1].wordHashes;
      List<Long> test = List.of((long) secondGap[p], secondFirstChars[p], secondWordHashes[p]);
      Integer known = tests.putIfAbsent(test, tests.size());
      secondTest[p] = known == null ? tests.size() - 1 : known;
    }
    secondTests = tests.size();
    root.freeze();
    suffixRoot.freeze();
    root.tabulate(true);
    suffixRoot.tabulate(true);
    root.pathPrefix = null;
    if (root.kids != null) {
      for (TrieNode kid : root.kids) {
        kid.collectPaths(NONE);
      }
    }
    if (root.kids != null) {
      Map<int[], SecondFilter> filters = new java.util.IdentityHashMap<>();
      java.util.function.Function<int[], SecondFilter> filterOf =
          list -> list.length < SecondFilter.MIN_CANDIDATES ? null : filters.computeIfAbsent(list, this::secondFilter);
      for (TrieNode kid : root.kids) {
        kid.attachFilters(filterOf);
      }
    }
    root.attachReaches(patternReach);
    suffixRoot.attachReaches(patternReach);
    numberReach = reachOf(root.numberPatterns, patternReach);
    anywhereReach = reachOf(root.anywherePatterns, patternReach);
    numberList = root.numberPatterns == null ? NONE : Arrays.stream(root.numberPatterns).distinct().sorted().toArray();
    numberFilter = numberList.length < SecondFilter.MIN_CANDIDATES ? null : secondFilter(numberList);
    int[] anywhere = root.anywherePatterns != null ? root.anywherePatterns : NONE;
    anywhereMasks = new long[anywhere.length][];
    for (int a = 0; a < anywhere.length; a++) {
      List<Long> masks = new ArrayList<>();
      for (Alternative alt : this.patterns.get(anywhere[a]).elements[0].alternatives) {
        if (alt.suffix && alt.prefix) {
          long m = 0;
          for (int i = 0; i < alt.word.length(); i++) {
            m |= 1L << (alt.word.charAt(i) & 63);
          }
          masks.add(m);
        }
      }
      anywhereMasks[a] = masks.stream().mapToLong(Long::longValue).toArray();
    }
  }

  /** {@return true if one of the infix words' character sets fits in the token's}: a necessary condition. */
  private static boolean mayHoldInfix(long[] masks, long tokenChars) {
    for (long m : masks) {
      if ((m & ~tokenChars) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The second-element filter of one trie node's candidate array (sorted pattern indices) as bit
   * sets over the array's positions, so a token's candidates are rejected a word of 64 at a time
   * instead of one by one: for the next token's first-character bit f and word-hash bit h, the
   * patterns whose second element directly follows the first and may match that token are {@code
   * byFirst[f] & byHash[h]} (exactly the per-pattern test of {@link #scan}); patterns of one
   * element and patterns with a gap before their second element are always visited, the latter
   * still tested one by one.
   */
  private static final class SecondFilter {
    /** Shorter arrays are filtered one pattern at a time. */
    static final int MIN_CANDIDATES = 8;

    /** 64-bit words per bit set: the array's length divided by 64, rounded up. */
    final int words;
    /** Positions always visited: one element, or a gap before the second. */
    final long[] always;
    /** Per first-character bit f, at {@code f * words}: positions of adjacent second elements that may start with it. */
    final long[] byFirst;
    /** Per word-hash bit h, at {@code h * words}: positions of adjacent second elements that may hash to it. */
    final long[] byHash;

    SecondFilter(int words) {
      this.words = words;
      this.always = new long[words];
      this.byFirst = new long[64 * words];
      this.byHash = new long[64 * words];
    }
  }

  private SecondFilter secondFilter(int[] list) {
    SecondFilter f = new SecondFilter((list.length + 63) >>> 6);
    for (int pos = 0; pos < list.length; pos++) {
      int p = list[pos];
      int word = pos >>> 6;
      long bit = 1L << pos;
      if (secondGap[p] != 0) {
        f.always[word] |= bit;
        continue;
      }
      for (int b = 0; b < 64; b++) {
        if ((secondFirstChars[p] & (1L << b)) != 0) {
          f.byFirst[b * f.words + word] |= bit;
        }
        if ((secondWordHashes[p] & (1L << b)) != 0) {
          f.byHash[b * f.words + word] |= bit;
        }
      }
    }
    return f;
  }

  /**
   * Builds a matcher from pattern lines.
   *
   * @param source where the lines come from, for error messages
   * @param lines lexicon lines (comments and blank lines are skipped)
   * @return the matcher
   * @throws IllegalArgumentException if a line is not a valid pattern; the message names the source
   *     and line
   */
  public static PhraseMatcher compile(String source, List<String> lines) {
    List<Pattern> patterns = new ArrayList<>();
    int lineNo = 0;
    for (String raw : lines) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("# ") || line.equals("#")) {
        continue;
      }
      try {
        patterns.add(Pattern.parse(line, source, source + ":" + lineNo, 0));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return new PhraseMatcher(patterns);
  }

  /**
   * Builds one matcher from several lexicons, so that a text is walked once for all of them. Each
   * match still knows its lexicon ({@link Match#source()}) and line ({@link Match#origin()}).
   *
   * @param lexicons lexicon lines by source name, in the order patterns should be numbered
   * @return the matcher
   * @throws IllegalArgumentException if a line is not a valid pattern; the message names the source
   *     and line
   */
  public static PhraseMatcher compile(Map<String, List<String>> lexicons) {
    List<Pattern> patterns = new ArrayList<>();
    for (Map.Entry<String, List<String>> lexicon : lexicons.entrySet()) {
      patterns.addAll(compile(lexicon.getKey(), lexicon.getValue()).patterns);
    }
    return new PhraseMatcher(patterns);
  }

  /**
   * Builds one matcher from groups of lexicon files, so that a text is walked once for every
   * consumer: the matches of one {@link #find} come back split by group ({@link Matches#of}), each
   * group's in the order a matcher of that group alone would give. Each pattern's {@link
   * Match#source()} is its file and line ({@code review.incentive.en.txt:12}), as is its {@link
   * Match#origin()}.
   *
   * @param groups the lexicon files of each consumer, in the order patterns should be numbered
   * @return the matcher
   * @throws IllegalArgumentException if a line is not a valid pattern; the message names the file
   *     and line
   */
  public static PhraseMatcher compileGroups(List<List<LexiconFile>> groups) {
    List<Pattern> patterns = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (LexiconFile file : groups.get(g)) {
        for (LexiconFile.Line line : file.lines()) {
          for (String variant : line.patterns()) {
            try {
              patterns.add(Pattern.parse(variant, line.source(), line.source(), g));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(line.source() + ": " + e.getMessage(), e);
            }
          }
        }
      }
    }
    return new PhraseMatcher(patterns, groups.size());
  }

  /**
   * Reads a UTF-8 resource that must exist, as lines (see {@link LexiconFile#readRequired}).
   *
   * @param anchor a class of the module that holds the resource
   * @param resource the resource path, absolute (starting with {@code /})
   * @return the lines
   * @throws IllegalStateException if the resource does not exist
   */
  public static List<String> readLines(Class<?> anchor, String resource) {
    return LexiconFile.readRequired(anchor, resource);
  }

  /** {@return the number of patterns} */
  public int size() {
    return patterns.size();
  }

  /** {@return pattern p, for tests that try it at every token} */
  Pattern pattern(int p) {
    return patterns.get(p);
  }

  /**
   * {@return a pattern's tag, as {@link Match#tag()} of its matches}
   *
   * @param pattern the pattern's index, from 0 to {@link #size()}
   */
  public String tagOf(int pattern) {
    return patterns.get(pattern).tag;
  }

  /**
   * {@return a pattern's lexicon, as {@link Match#source()} of its matches}
   *
   * @param pattern the pattern's index, from 0 to {@link #size()}
   */
  public String sourceOf(int pattern) {
    return patterns.get(pattern).file;
  }

  /**
   * {@return a pattern's group (see {@link #compileGroups})}
   *
   * @param pattern the pattern's index, from 0 to {@link #size()}
   */
  public int groupOf(int pattern) {
    return patterns.get(pattern).group;
  }

  /**
   * Finds every match of every pattern. Overlapping matches of different patterns are all
   * reported; for one pattern and start token, the shortest match is reported.
   *
   * @param tokens tokens of a folded text
   * @return matches ordered by start token, then pattern order
   */
  public List<Match> find(Tokens tokens) {
    List<Match> out = new ArrayList<>();
    scan(tokens, (p, first, last) -> out.add(new Match(patterns.get(p), first, last, tokens.start(first), tokens.end(last))));
    return out;
  }

  /** Walks the tokens once and hands every match to the sink, ordered by start token, then pattern order. */
  private void scan(Tokens tokens, Sink out) {
    int n = tokens.size();
    byte[][] bits = tokenBits(tokens);
    int[] candidates = new int[8];
    int[] memo = secondMemo(n);
    for (int t = 0; t < n; t++) {
      candidates = scanAt(tokens, t, candidates, bits[0], bits[1], memo, null, 0, out);
    }
  }

  /**
   * Per token, its first character's bit and its {@link #tokenBits(CharSequence, int, int) token
   * bits} (the word hash's bit 0..63, plus {@link #NUMBER_BIT} for a number), for the
   * second-element filter and the element tests: one byte each, computed in one pass.
   */
  private static byte[][] tokenBits(Tokens tokens) {
    int n = tokens.size();
    String text = tokens.text();
    byte[] firstBit = new byte[n];
    byte[] hashBit = new byte[n];
    for (int t = 0; t < n; t++) {
      int s = tokens.start(t);
      int e = tokens.end(t);
      firstBit[t] = (byte) (text.charAt(s) & 63);
      hashBit[t] = (byte) tokenBits(text, s, e);
    }
    return new byte[][] {firstBit, hashBit};
  }

  /**
   * Hands the matches that start at token t to the sink, in pattern order; returns the scratch
   * array of candidates (grown if it had to be). Only the patterns whose reach ({@link
   * #patternReach}) is at least {@code minReach} are tried (all of them for 0), so the matches
   * handed over are exactly those of a full scan of the token whose pattern reaches that far.
   * {@code reached} is the token's {@link #deepest} node if the caller has it, else null.
   */
  private int[] scanAt(Tokens tokens, int t, int[] candidates, byte[] firstBit, byte[] hashBit, int[] memo, TrieNode reached, int minReach,
      Sink out) {
    int n = tokens.size();
    String text = tokens.text();
    int count = 0;
    int s = tokens.start(t);
    int e = tokens.end(t);
    if (reached == null) {
      reached = deepest(text, s, e);
    }
    // the whole token is a path of the trie: its exact patterns count too
    boolean whole = reached.depth == e - s;
    // Each node holds, in pattern order, the prefix patterns of its whole path (and its exact
    // ones): the walk's candidates come out sorted, with no per-token sort.
    int[] forward = whole ? reached.pathWithExact : reached.pathPrefix;
    if (forward == null) {
      forward = NONE;
    }
    // Suffix patterns (rare) are collected in the scratch array. Where the node's candidates have a
    // second-element filter, they and the number patterns for a number are tried beside the
    // filtered walk of the node's array, in pattern order ("review", "team" and "feedback" end in
    // suffix words and have long arrays). Otherwise they go behind the forward ones and are sorted;
    // number patterns are merged with the forward ones (both sorted); with neither, the node's own
    // array is read as it is, without a copy.
    int suffixCount = 0;
    TrieNode back = suffixRoot;
    for (int i = e - 1; i >= s && back != null; i--) {
      back = back.child(text.charAt(i));
      if (back != null && back.exactPatterns != null) {
        candidates = appendAll(candidates, suffixCount, back.exactPatterns);
        suffixCount += back.exactPatterns.length;
      }
    }
    boolean number = root.numberPatterns != null && (hashBit[t] & NUMBER_BIT) != 0;
    int[] anywhere = root.anywherePatterns != null ? root.anywherePatterns : NONE;
    if (anywhere.length == 0) {
      // The candidates are one precomputed array (the node's, or for a number no word pattern
      // starts with, the number patterns) and the few extra ones gathered here.
      boolean numbersExtra = number && forward.length > 0;
      int[] one = number && forward.length == 0 ? numberList : forward;
      SecondFilter filter = number && forward.length == 0 ? numberFilter : whole ? reached.withExactFilter : reached.prefixFilter;
      if (filter != null) {
        if (numbersExtra) {
          candidates = appendAll(candidates, suffixCount, numberList);
          suffixCount += numberList.length;
        }
        int extras = suffixCount == 0 ? 0 : outside(candidates, suffixCount, one);
        scanFiltered(tokens, t, one, filter, candidates, extras, firstBit, hashBit, memo, minReach, out);
        return candidates;
      }
    }
    if (suffixCount > 0) {
      candidates = appendAll(candidates, suffixCount, forward);
      suffixCount += forward.length;
    }
    int[] list;
    if (suffixCount > 0) {
      if (number) {
        candidates = appendAll(candidates, suffixCount, root.numberPatterns);
        suffixCount += root.numberPatterns.length;
      }
      Arrays.sort(candidates, 0, suffixCount);
      list = candidates;
      count = suffixCount;
    } else if (number) {
      candidates = merge(forward, root.numberPatterns, candidates);
      list = candidates;
      count = forward.length + root.numberPatterns.length;
    } else {
      list = forward;
      count = forward.length;
    }
    // The patterns tried at every token are already in order: merge them with the few the tries
    // found instead of sorting them again at every token.
    long tokenChars = 0;
    if (anywhere.length > 0) {
      for (int i = s; i < e; i++) {
        tokenChars |= 1L << (text.charAt(i) & 63);
      }
    }
    int last = -1;
    for (int c = 0, a = 0; c < count || a < anywhere.length; ) {
      int p;
      // The tries and the number check found the candidates by their first word: only the
      // patterns tried at every token still need their first word verified.
      boolean firstKnown;
      if (a >= anywhere.length || (c < count && list[c] <= anywhere[a])) {
        p = list[c++];
        firstKnown = true;
      } else {
        if (!mayHoldInfix(anywhereMasks[a], tokenChars)) {
          // No infix word of this pattern can lie in the token; other first words of it were
          // looked up in the tries.
          a++;
          continue;
        }
        p = anywhere[a++];
        firstKnown = false;
      }
      if (p == last) {
        continue;
      }
      last = p;
      tryOne(tokens, t, p, firstKnown, firstBit, hashBit, memo, minReach, out);
    }
    return candidates;
  }

  /**
   * Tries pattern p at token t, one pattern at a time, and hands its match (if any) to the sink;
   * a pattern whose reach is below {@code minReach} is not tried.
   */
  private void tryOne(Tokens tokens, int t, int p, boolean firstKnown, byte[] firstBit, byte[] hashBit, int[] memo, int minReach, Sink out) {
    if (minReach > 0 && patternReach[p] < minReach) {
      return;
    }
    int gap = secondGap[p];
    if (gap >= 0 && !secondMayFollow(p, t, gap, tokens.size(), firstBit, hashBit, memo)) {
      return;
    }
    int end = patterns.get(p).matchFrom(tokens, t, firstKnown, hashBit);
    if (end >= 0) {
      out.accept(p, t, end);
    }
  }

  /**
   * Sorts the first count entries of a, drops repeats and those also in the sorted array list, and
   * {@return how many are left} (at the front of a).
   */
  private static int outside(int[] a, int count, int[] list) {
    Arrays.sort(a, 0, count);
    int k = 0;
    for (int i = 0; i < count; i++) {
      int p = a[i];
      if ((k == 0 || a[k - 1] != p) && Arrays.binarySearch(list, p) < 0) {
        a[k++] = p;
      }
    }
    return k;
  }

  /**
   * {@return whether a token within pattern p's first gap after token t may be its second element}:
   * its first character's bit and its word hash's bit are both among the second element's. A
   * necessary condition, so a false answer rejects the pattern without trying it.
   *
   * <p>With a memo ({@link #secondMemo}: one scan of one text, token after token), the answer is
   * kept per token and test number: patterns with the same gap and masks ({@link #secondTest}) get
   * the same answer at the same token, since it reads nothing else but the scan's fixed token bits
   * and count. An entry holds {@code 2 * (t + 1)} and the answer in its lowest bit; that product
   * taken modulo 2<sup>32</sup> differs for every token index below 2<sup>31</sup> - 1 and is never
   * 0, the value of an entry not yet written, so an entry is read only at the token that wrote it.
   * Without a memo (short texts, which then allocate no array for it) every call tests afresh.
   */
  private boolean secondMayFollow(int p, int t, int gap, int n, byte[] firstBit, byte[] hashBit, int[] memo) {
    if (memo == null) {
      return secondMayFollow(secondFirstChars[p], secondWordHashes[p], t, gap, n, firstBit, hashBit);
    }
    int test = secondTest[p];
    int stamp = (t + 1) << 1;
    int kept = memo[test];
    if ((kept & ~1) == stamp) {
      return (kept & 1) != 0;
    }
    boolean may = secondMayFollow(secondFirstChars[p], secondWordHashes[p], t, gap, n, firstBit, hashBit);
    memo[test] = may ? stamp | 1 : stamp;
    return may;
  }

  /** The test of {@link #secondMayFollow(int, int, int, int, byte[], byte[], int[])} for the given masks. */
  private static boolean secondMayFollow(long firstMask, long hashMask, int t, int gap, int n, byte[] firstBit, byte[] hashBit) {
    for (int d = 1, stop = Math.min(n - 1, t + gap + 1) - t; d <= stop; d++) {
      if ((firstMask & (1L << firstBit[t + d])) != 0 && (hashMask & (1L << (hashBit[t + d] & HASH_BITS))) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Texts of at least this many tokens are scanned with a memo of the second-element tests; shorter ones test each candidate. */
  static final int SECOND_MEMO_MIN_TOKENS = 256;

  /**
   * {@return a memo of the second-element tests for one scan of a text of n tokens, or null for a
   * short text}: made per scan and read by that scan alone, one {@code int} per test number.
   */
  private int[] secondMemo(int n) {
    return n >= SECOND_MEMO_MIN_TOKENS ? new int[secondTests] : null;
  }

  /**
   * Tries the candidates of token t that one trie node gave (or the number patterns), rejecting
   * most a word of 64 at a time with the array's second-element filter, and the extra candidates
   * (the first {@code extras} of {@code extra}: sorted, without repeats and none in the list; the
   * suffix patterns and number patterns the node's array lacks) one at a time between them; the
   * matches come out in pattern order, as from the loop of {@link #scanAt}. Patterns whose reach is
   * below {@code minReach} are passed over, as in {@link #scanAt}.
   */
  private void scanFiltered(Tokens tokens, int t, int[] list, SecondFilter filter, int[] extra, int extras, byte[] firstBit, byte[] hashBit,
      int[] memo, int minReach, Sink out) {
    int n = tokens.size();
    int x = 0;
    int words = filter.words;
    boolean hasNext = t + 1 < n;
    int firstAt = hasNext ? firstBit[t + 1] * words : 0;
    int hashAt = hasNext ? (hashBit[t + 1] & HASH_BITS) * words : 0;
    for (int w = 0; w < words; w++) {
      long bits = filter.always[w];
      if (hasNext) {
        bits |= filter.byFirst[firstAt + w] & filter.byHash[hashAt + w];
      }
      for (; bits != 0; bits &= bits - 1) {
        int p = list[(w << 6) + Long.numberOfTrailingZeros(bits)];
        for (; x < extras && extra[x] < p; x++) {
          tryOne(tokens, t, extra[x], true, firstBit, hashBit, memo, minReach, out);
        }
        if (minReach > 0 && patternReach[p] < minReach) {
          continue;
        }
        int gap = secondGap[p];
        if (gap < 0) {
          // One element, known to match token t.
          out.accept(p, t, t);
          continue;
        }
        if (gap > 0 && !secondMayFollow(p, t, gap, n, firstBit, hashBit, memo)) {
          continue;
        }
        int end = patterns.get(p).matchFrom(tokens, t, true, hashBit);
        if (end >= 0) {
          out.accept(p, t, end);
        }
      }
    }
    for (; x < extras; x++) {
      tryOne(tokens, t, extra[x], true, firstBit, hashBit, memo, minReach, out);
    }
  }

  /**
   * Finds every match, like {@link #find}, and splits them by group.
   *
   * @param tokens tokens of a folded text
   * @return the matches of each group
   */
  public Matches findByGroup(Tokens tokens) {
    MatchArray[] byGroup = new MatchArray[groups];
    for (int g = 0; g < groups; g++) {
      byGroup[g] = new MatchArray(patterns, tokens);
    }
    // Each match goes straight to its group's arrays as three ints: no object per match. The
    // groups read as lists get their Match objects when first read (Matches#of).
    scan(tokens, (p, first, last) -> byGroup[patternGroup[p]].add(p, first, last));
    return new Matches(byGroup);
  }

  /**
   * Finds every match, exactly as {@link #findByGroup} would, taking over the matches of an earlier
   * version of the text where its tokens are unchanged: the redacted copy of a checked field, whose
   * masked spans remove tokens and leave the others where they were.
   *
   * <p>Why it is exact. Whether pattern p matches at token t, and where its shortest match ends,
   * is decided by token t's text and by the texts of the next {@link #patternReach patternReach[p]}
   * tokens (and whether they exist), nothing else: its first element reads token t, the
   * second-element filters and {@link Pattern#matchFrom} read tokens t + 1 to t + patternReach[p]
   * and stop at the end of the text; which patterns are tried at t depends on token t's text and
   * the next token's. Say tokens t to t + r - 1 have the texts of the consecutive earlier tokens a
   * to a + r - 1 (the run at t is r). Then every pattern whose reach is below r reads only tokens
   * of that run, which exist in both texts and are equal, so it matches at t exactly where it
   * matched at a, shifted by t - a; those matches are copied from the earlier ones. Only the
   * patterns that reach r tokens or more are tried again at t ({@code scanAt} with that minimum
   * reach). If no pattern that may start at t reaches that far ({@link #reachAt}, a function of
   * token t's text alone), or the run goes on to the last token of both texts (every token a
   * pattern reads beyond it is missing in both), every match at t is copied and none is tried. A
   * token that is not in a run (r = 0) is scanned as {@link #findByGroup} scans it.
   *
   * <p>The copied and the new matches of a token are merged in pattern order, so every group's
   * matches come out ordered by start token, then pattern, as from {@link #findByGroup}. The hint
   * of which earlier token stands where a token stands only decides what is compared: each token's
   * text is compared with the earlier one's here, so a wrong hint costs a scan, never a wrong
   * match.
   *
   * @param tokens tokens of the folded text
   * @param earlierTokens tokens of the earlier text
   * @param earlier what {@link #findByGroup} (or this method) found in the earlier tokens with this matcher
   * @param aligned for each token, the index of the earlier token at the same place, or -1 (increasing where set)
   * @return the matches of each group, equal to {@code findByGroup(tokens)}
   */
  public Matches findByGroupReusing(Tokens tokens, Tokens earlierTokens, Matches earlier, int[] aligned) {
    int n = tokens.size();
    int[] runs = runs(tokens, earlierTokens, aligned);
    MatchArray[] byGroup = new MatchArray[groups];
    for (int g = 0; g < groups; g++) {
      byGroup[g] = new MatchArray(patterns, tokens);
      if (earlier.byGroup[g].patterns != patterns) {
        throw new IllegalArgumentException("the earlier matches were found by another matcher");
      }
    }
    Sink out = (p, first, last) -> byGroup[patternGroup[p]].add(p, first, last);
    byte[][] bits = tokenBits(tokens);
    String text = tokens.text();
    int[] candidates = new int[8];
    int[] memo = secondMemo(n);
    TokenMatches here = new TokenMatches();
    // Per group, the next earlier match not yet passed: the earlier tokens taken over increase.
    int[] next = new int[groups];
    // The run of tokens whose matches are all copied, not yet handed over: [copyStart, copyEnd)
    // from the earlier tokens [copyWas, ...).
    int copyStart = 0;
    int copyEnd = 0;
    int copyWas = 0;
    for (int t = 0; t < n; t++) {
      int run = runs[t];
      if (run == 0) {
        copyRun(earlier, byGroup, next, copyStart, copyEnd, copyWas);
        copyStart = copyEnd = t + 1;
        candidates = scanAt(tokens, t, candidates, bits[0], bits[1], memo, null, 0, out);
        continue;
      }
      int a = aligned[t];
      TrieNode reached = null;
      if (run <= reach) {
        reached = deepest(text, tokens.start(t), tokens.end(t));
        if (run > reachAt(tokens, t, reached)) {
          reached = null;
        }
      }
      if (reached == null) {
        // Every match at t is the earlier one's at a, shifted: copied with the run it extends.
        if (t != copyEnd || a != copyWas + (t - copyStart)) {
          copyRun(earlier, byGroup, next, copyStart, copyEnd, copyWas);
          copyStart = t;
          copyWas = a;
        }
        copyEnd = t + 1;
        continue;
      }
      copyRun(earlier, byGroup, next, copyStart, copyEnd, copyWas);
      copyStart = copyEnd = t + 1;
      // The patterns that stay inside the run: copied; the others: tried again; merged by pattern.
      here.count = 0;
      for (int g = 0; g < groups; g++) {
        MatchArray old = earlier.byGroup[g];
        int i = next[g];
        while (i < old.count && old.at(i, 1) < a) {
          i++;
        }
        for (; i < old.count && old.at(i, 1) == a; i++) {
          int p = old.at(i, 0);
          if (patternReach[p] < run) {
            here.accept(p, t, old.at(i, 2) + (t - a));
          }
        }
        next[g] = i;
      }
      candidates = scanAt(tokens, t, candidates, bits[0], bits[1], memo, reached, run, here);
      here.handTo(byGroup, patternGroup, t);
    }
    copyRun(earlier, byGroup, next, copyStart, copyEnd, copyWas);
    return new Matches(byGroup);
  }

  /**
   * Copies, group by group, the earlier matches that start at the earlier tokens {@code [was, was
   * + end - start)} as matches starting at tokens {@code [start, end)}; nothing for an empty run.
   */
  private void copyRun(Matches earlier, MatchArray[] byGroup, int[] next, int start, int end, int was) {
    if (start >= end) {
      return;
    }
    int shift = start - was;
    int wasEnd = was + (end - start);
    for (int g = 0; g < groups; g++) {
      MatchArray old = earlier.byGroup[g];
      int i = next[g];
      while (i < old.count && old.at(i, 1) < was) {
        i++;
      }
      for (; i < old.count && old.at(i, 1) < wasEnd; i++) {
        byGroup[g].add(old.at(i, 0), old.at(i, 1) + shift, old.at(i, 2) + shift);
      }
      next[g] = i;
    }
  }

  /**
   * The matches of one token gathered from two sources (copied and tried again), each in pattern
   * order, handed on in pattern order. Per call of {@link #findByGroupReusing}, never shared.
   */
  private static final class TokenMatches implements Sink {
    /** Pattern in the high half, last token in the low half: sorting the longs sorts by pattern (one match per pattern). */
    long[] matches = new long[8];

    int count;

    @Override
    public void accept(int pattern, int firstToken, int lastToken) {
      if (count == matches.length) {
        matches = Arrays.copyOf(matches, count * 2);
      }
      matches[count++] = ((long) pattern << 32) | lastToken;
    }

    /** Hands the gathered matches, starting at token t, to their groups in pattern order. */
    void handTo(MatchArray[] byGroup, int[] patternGroup, int t) {
      Arrays.sort(matches, 0, count);
      for (int i = 0; i < count; i++) {
        int p = (int) (matches[i] >>> 32);
        byGroup[patternGroup[p]].add(p, t, (int) matches[i]);
      }
    }
  }

  /**
   * {@return for each token, its run}: how many tokens from it on have the texts of consecutive
   * earlier tokens starting at its aligned one ({@link Integer#MAX_VALUE} when that run goes on to
   * the last token of both texts), or 0 where the token is not taken over. The earlier tokens of
   * tokens with a run increase (the copy walks forward): a token whose aligned earlier token does
   * not come after the last one taken over gets 0.
   */
  private static int[] runs(Tokens tokens, Tokens earlierTokens, int[] aligned) {
    int n = tokens.size();
    int m = earlierTokens.size();
    int[] runs = new int[n];
    // Walking back: how many tokens from t on are the same as consecutive earlier tokens, and
    // whether that run of them ends at the last token of both texts.
    int run = 0;
    boolean toEnd = false;
    for (int t = n - 1; t >= 0; t--) {
      int a = aligned[t];
      if (a < 0 || a >= m || !sameText(tokens, t, earlierTokens, a)) {
        run = 0;
        toEnd = false;
        continue;
      }
      if (run > 0 && aligned[t + 1] == a + 1) {
        run++;
      } else {
        run = 1;
        toEnd = t == n - 1 && a == m - 1;
      }
      runs[t] = toEnd ? Integer.MAX_VALUE : run;
    }
    int last = -1;
    for (int t = 0; t < n; t++) {
      if (runs[t] > 0) {
        if (aligned[t] <= last) {
          runs[t] = 0;
        } else {
          last = aligned[t];
        }
      }
    }
    return runs;
  }

  /** {@return the largest reach of the patterns of a candidate array; 0 for none} */
  private static int reachOf(int[] list, int[] patternReach) {
    int r = 0;
    if (list != null) {
      for (int p : list) {
        r = Math.max(r, patternReach[p]);
      }
    }
    return r;
  }

  /** {@return the deepest node of the forward trie that a prefix of text[s, e) reaches} (the root if none) */
  private TrieNode deepest(String text, int s, int e) {
    TrieNode node = root;
    TrieNode reached = root;
    for (int i = s; i < e && node != null; i++) {
      node = node.child(text.charAt(i));
      if (node != null) {
        reached = node;
      }
    }
    return reached;
  }

  /**
   * {@return how many tokens past token t deciding the matches that start at t reads}, at least
   * one: the largest reach of every pattern {@link #scanAt} may try there (its trie candidates, the
   * suffix patterns its backward walk meets, the number patterns for a number, every pattern tried
   * at every token); a function of token t's text alone. {@code reached} is the token's {@link
   * #deepest} node, which {@link #scanAt} then reads again.
   */
  private int reachAt(Tokens tokens, int t, TrieNode reached) {
    String text = tokens.text();
    int s = tokens.start(t);
    int e = tokens.end(t);
    // the whole token is a path of the trie: its exact patterns count too
    boolean whole = reached.depth == e - s;
    int r = whole ? reached.withExactReach : reached.prefixReach;
    TrieNode back = suffixRoot;
    for (int i = e - 1; i >= s && back != null; i--) {
      back = back.child(text.charAt(i));
      if (back != null) {
        r = Math.max(r, back.exactReach);
      }
    }
    if (root.numberPatterns != null && isNumber(text, s, e)) {
      r = Math.max(r, numberReach);
    }
    return Math.max(1, Math.max(r, anywhereReach));
  }

  private static boolean sameText(Tokens a, int i, Tokens b, int j) {
    int s = a.start(i);
    int len = a.end(i) - s;
    return b.end(j) - b.start(j) == len && a.text().regionMatches(s, b.text(), b.start(j), len);
  }

  /** Receives one match: pattern index, first and last token. */
  @FunctionalInterface
  private interface Sink {
    void accept(int pattern, int firstToken, int lastToken);
  }

  /**
   * The matches of one text, split by the group of their pattern. Not shared between threads
   * (it belongs to one field of one check): a group's list is built when first read.
   */
  public static final class Matches {
    private final MatchArray[] byGroup;
    private final List<List<Match>> lists;

    Matches(MatchArray[] byGroup) {
      this.byGroup = byGroup;
      this.lists = new ArrayList<>(java.util.Collections.nCopies(byGroup.length, null));
    }

    /**
     * {@return the matches of one group, ordered by start token, then pattern order}
     *
     * @param group the group's index in {@link #compileGroups}
     */
    public List<Match> of(int group) {
      List<Match> list = lists.get(group);
      if (list == null) {
        list = java.util.Collections.unmodifiableList(byGroup[group].toList());
        lists.set(group, list);
      }
      return list;
    }

    /**
     * {@return the matches of one group as primitive arrays}: the same matches in the same order
     * as {@link #of}, without an object per match
     *
     * @param group the group's index in {@link #compileGroups}
     */
    public MatchArray array(int group) {
      return byGroup[group];
    }
  }

  /**
   * The matches of one group as parallel primitive arrays (pattern, first token, last token), in
   * the order {@link #find} gives them. Read-only once the scan that filled it is over.
   */
  public static final class MatchArray {
    /** Matches per block: a block is {@code 2 * BLOCK} ints once full; the first grows to it by doubling. */
    private static final int BLOCK = 1024;
    /** Bits of a match's second int that hold its length in tokens less one; the rest hold its pattern. */
    private static final int SPAN_BITS = 8;
    private static final int LONG_SPAN = (1 << SPAN_BITS) - 1;

    private static final int[][] NO_BLOCKS = new int[0][];

    private final List<Pattern> patterns;
    private final Tokens tokens;
    /*
     * The matches as two ints each, BLOCK per block: the first token, and the pattern shifted left
     * by SPAN_BITS with the match's last token less its first in the low bits (LONG_SPAN when that
     * does not fit: the last token is then in longSpans). A group of one match per word (the concept
     * vocabularies) fills blocks of fixed size instead of being copied into an array twice as long
     * every time it fills one.
     */
    private int[][] blocks = NO_BLOCKS;
    private int count;
    /** Pairs (match index, last token) of the matches longer than LONG_SPAN tokens, by match index. */
    private int[] longSpans = NONE;
    private int longCount;

    MatchArray(List<Pattern> patterns, Tokens tokens) {
      if (patterns.size() > (Integer.MAX_VALUE >>> SPAN_BITS)) {
        throw new IllegalArgumentException("too many patterns for a match array: got " + patterns.size() + ", expected at most "
            + (Integer.MAX_VALUE >>> SPAN_BITS));
      }
      this.patterns = patterns;
      this.tokens = tokens;
    }

    void add(int pattern, int first, int last) {
      int b = count / BLOCK;
      int k = (count % BLOCK) * 2;
      if (b == blocks.length) {
        blocks = Arrays.copyOf(blocks, Math.max(4, blocks.length * 2));
      }
      int[] block = blocks[b];
      if (block == null) {
        block = new int[b == 0 ? 16 : 2 * BLOCK];
        blocks[b] = block;
      } else if (k + 2 > block.length) {
        block = Arrays.copyOf(block, Math.min(2 * BLOCK, block.length * 2));
        blocks[b] = block;
      }
      int span = last - first;
      if (span < 0 || span >= LONG_SPAN) {
        if (2 * longCount + 2 > longSpans.length) {
          longSpans = Arrays.copyOf(longSpans, Math.max(8, longSpans.length * 2));
        }
        longSpans[2 * longCount] = count;
        longSpans[2 * longCount + 1] = last;
        longCount++;
        span = LONG_SPAN;
      }
      block[k] = first;
      block[k + 1] = (pattern << SPAN_BITS) | span;
      count++;
    }

    /** {@return field x (0 pattern, 1 first token, 2 last token) of match i} */
    private int at(int i, int x) {
      int[] block = blocks[i / BLOCK];
      int k = (i % BLOCK) * 2;
      if (x == 1) {
        return block[k];
      }
      int packed = block[k + 1];
      if (x == 0) {
        return packed >>> SPAN_BITS;
      }
      int span = packed & LONG_SPAN;
      return span != LONG_SPAN ? block[k] + span : longLast(i);
    }

    /** {@return the last token of a match longer than LONG_SPAN tokens}: binary search over the pairs, added in match order */
    private int longLast(int i) {
      int lo = 0;
      int hi = longCount - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int at = longSpans[2 * mid];
        if (at < i) {
          lo = mid + 1;
        } else if (at > i) {
          hi = mid - 1;
        } else {
          return longSpans[2 * mid + 1];
        }
      }
      throw new IllegalStateException("no long span recorded for match " + i);
    }

    List<Match> toList() {
      List<Match> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(new Match(patterns.get(at(i, 0)), at(i, 1), at(i, 2), start(i), end(i)));
      }
      return out;
    }

    /** {@return the number of matches} */
    public int size() {
      return count;
    }

    /**
     * {@return the index of a match's pattern in its matcher}
     *
     * @param i the match's index
     */
    public int pattern(int i) {
      return at(i, 0);
    }

    /**
     * {@return whether the matches were found by a matcher}, so that its pattern indices apply
     *
     * @param matcher the matcher
     */
    public boolean foundBy(PhraseMatcher matcher) {
      return patterns == matcher.patterns;
    }

    /**
     * {@return the first token of a match}
     *
     * @param i the match's index
     */
    public int firstToken(int i) {
      return at(i, 1);
    }

    /**
     * {@return the last token of a match, inclusive}
     *
     * @param i the match's index
     */
    public int lastToken(int i) {
      return at(i, 2);
    }

    /**
     * {@return the start offset of a match in the folded text}
     *
     * @param i the match's index
     */
    public int start(int i) {
      return tokens.start(at(i, 1));
    }

    /**
     * {@return the end offset (exclusive) of a match in the folded text}
     *
     * @param i the match's index
     */
    public int end(int i) {
      return tokens.end(at(i, 2));
    }

    /**
     * {@return the pattern's tag, as {@link Match#tag()}}
     *
     * @param i the match's index
     */
    public String tag(int i) {
      return patterns.get(at(i, 0)).tag;
    }

    /**
     * {@return the pattern's lexicon, as {@link Match#source()}}
     *
     * @param i the match's index
     */
    public String source(int i) {
      return patterns.get(at(i, 0)).file;
    }

    /**
     * {@return where the pattern comes from, as {@link Match#origin()}}
     *
     * @param i the match's index
     */
    public String origin(int i) {
      return patterns.get(at(i, 0)).origin;
    }
  }

  /**
   * {@return the bit (0..63) of a word's hash}: the same for a pattern word and for a token of the
   * same characters, so an element whose words are all exact can reject a token by one bit test.
   */
  static int wordHashBit(CharSequence text, int s, int e) {
    int h = 0;
    for (int i = s; i < e; i++) {
      h = 31 * h + text.charAt(i);
    }
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    h ^= h >>> 16;
    return h & 63;
  }

  /** The bits of {@link #tokenBits(CharSequence, int, int)} that hold the word hash's bit. */
  static final int HASH_BITS = 63;

  /** The bit of {@link #tokenBits(CharSequence, int, int)} set for a number (a token of digits 0 to 9 only). */
  static final int NUMBER_BIT = 64;

  /**
   * {@return a token's bits, as the scan hands them to the element tests}: its {@link
   * #wordHashBit} (0..63) in the low six bits, and {@link #NUMBER_BIT} when it is a number ({@link
   * #isNumber}), so that a {@code <num>} element tests one bit instead of reading the token again.
   * Fits a byte and is never negative.
   */
  static int tokenBits(CharSequence text, int s, int e) {
    int h = 0;
    boolean digits = e > s;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      h = 31 * h + c;
      digits &= c >= '0' && c <= '9';
    }
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    h ^= h >>> 16;
    return (h & HASH_BITS) | (digits ? NUMBER_BIT : 0);
  }

  static boolean isNumber(CharSequence text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return e > s;
  }

  private static int[] append(int[] a, int v) {
    if (a == null) {
      return new int[] {v};
    }
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  /** Merges two sorted arrays into dst (grown if needed), keeping repeats; returns dst. */
  private static int[] merge(int[] a, int[] b, int[] dst) {
    int total = a.length + b.length;
    if (dst.length < total) {
      dst = new int[Math.max(dst.length * 2, total)];
    }
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      dst[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    }
    while (i < a.length) {
      dst[k++] = a[i++];
    }
    while (j < b.length) {
      dst[k++] = b[j++];
    }
    return dst;
  }

  private static int[] appendAll(int[] dst, int count, int[] src) {
    if (count + src.length > dst.length) {
      dst = Arrays.copyOf(dst, Math.max(dst.length * 2, count + src.length));
    }
    System.arraycopy(src, 0, dst, count, src.length);
    return dst;
  }

  /** One match: the pattern, its first and last token, and its span in the folded text. */
  public static final class Match {
    private final Pattern pattern;
    private final int firstToken;
    private final int lastToken;
    private final int start;
    private final int end;

    Match(Pattern pattern, int firstToken, int lastToken, int start, int end) {
      this.pattern = pattern;
      this.firstToken = firstToken;
      this.lastToken = lastToken;
      this.start = start;
      this.end = end;
    }

    /** {@return the pattern's source line, as written in the lexicon} */
    public String pattern() {
      return pattern.source;
    }

    /** {@return where the pattern comes from, such as {@code review.incentive.en.txt:12}} */
    public String origin() {
      return pattern.origin;
    }

    /** {@return the name of the lexicon the pattern comes from, such as {@code review.incentive.en.txt}} */
    public String source() {
      return pattern.file;
    }

    /** {@return the group of the pattern (see {@link #compileGroups}), 0 for a matcher of one group} */
    public int group() {
      return pattern.group;
    }

    /** {@return the pattern's tag, or an empty string} */
    public String tag() {
      return pattern.tag;
    }

    /** {@return how the match was found, for a finding's evidence: the pattern, its tag and its lexicon line} */
    public String evidence() {
      return "matched \"" + pattern.source + "\"" + (pattern.tag.isEmpty() ? "" : " [" + pattern.tag.toLowerCase(java.util.Locale.ROOT) + "]") + " at " + pattern.origin;
    }

    /** {@return the first token index} */
    public int firstToken() {
      return firstToken;
    }

    /** {@return the last token index, inclusive} */
    public int lastToken() {
      return lastToken;
    }

    /** {@return the start offset in the folded text} */
    public int start() {
      return start;
    }

    /** {@return the end offset (exclusive) in the folded text} */
    public int end() {
      return end;
    }

    @Override
    public String toString() {
      return "Match{" + pattern.source + " @ [" + start + ", " + end + ")}";
    }
  }

  private static final class TrieNode {
    Map<Character, TrieNode> children;
    /** The children as sorted parallel arrays, built by {@link #freeze()}: no boxing when matching. */
    private char[] keys;
    private TrieNode[] kids;
    int[] exactPatterns;
    int[] prefixPatterns;
    /** Prefix patterns of this node and its ancestors below the root, sorted; null if none. */
    int[] pathPrefix;
    /** {@link #pathPrefix} with this node's exact patterns, sorted; null if none. */
    int[] pathWithExact;
    int[] numberPatterns;
    /** Patterns whose first word is a suffix or infix ({@code *word}, {@code *word*}): tried at every token. */
    int[] anywherePatterns;
    /** The second-element filters of {@link #pathPrefix} and {@link #pathWithExact}; null for short arrays. */
    SecondFilter prefixFilter;
    SecondFilter withExactFilter;
    /** The largest reach ({@link PhraseMatcher#patternReach}) of {@link #pathPrefix}, {@link #pathWithExact} and {@link #exactPatterns}; 0 if none. */
    int prefixReach;
    int withExactReach;
    int exactReach;
    /** Characters from the trie's root to this node. */
    final int depth;

    TrieNode() {
      this(0);
    }

    TrieNode(int depth) {
      this.depth = depth;
    }

    /** Gives this node and those below it the reaches of their candidate arrays. */
    void attachReaches(int[] patternReach) {
      prefixReach = reachOf(pathPrefix, patternReach);
      withExactReach = reachOf(pathWithExact, patternReach);
      exactReach = reachOf(exactPatterns, patternReach);
      if (kids != null) {
        for (TrieNode kid : kids) {
          kid.attachReaches(patternReach);
        }
      }
    }

    /** Gives this node and those below it the filters of their candidate arrays, one per distinct array. */
    void attachFilters(java.util.function.Function<int[], SecondFilter> filterOf) {
      prefixFilter = pathPrefix == null ? null : filterOf.apply(pathPrefix);
      withExactFilter = pathWithExact == null ? null : filterOf.apply(pathWithExact);
      if (kids != null) {
        for (TrieNode kid : kids) {
          kid.attachFilters(filterOf);
        }
      }
    }

    TrieNode walkOrCreate(String word) {
      TrieNode node = this;
      for (int i = 0; i < word.length(); i++) {
        if (node.children == null) {
          node.children = new HashMap<>(4);
        }
        int depth = node.depth + 1;
        node = node.children.computeIfAbsent(word.charAt(i), k -> new TrieNode(depth));
      }
      return node;
    }

    /** Turns the child map into sorted arrays, recursively; called once, when the matcher is built. */
    void freeze() {
      if (children == null) {
        return;
      }
      keys = new char[children.size()];
      kids = new TrieNode[children.size()];
      int k = 0;
      for (Character c : new java.util.TreeSet<>(children.keySet())) {
        keys[k] = c;
        kids[k] = children.get(c);
        kids[k].freeze();
        k++;
      }
      children = null;
    }

    /** Sets {@link #pathPrefix} and {@link #pathWithExact} below this node, given its ancestors' prefix patterns. */
    void collectPaths(int[] inherited) {
      // A node that adds no pattern shares its parent's array (and so its filter).
      pathPrefix = prefixPatterns == null ? inherited : union(inherited, prefixPatterns);
      pathWithExact = exactPatterns == null ? pathPrefix : union(pathPrefix, exactPatterns);
      if (pathPrefix.length == 0) {
        pathPrefix = null;
      }
      if (pathWithExact.length == 0) {
        pathWithExact = null;
      }
      if (kids != null) {
        int[] down = pathPrefix == null ? NONE : pathPrefix;
        for (TrieNode kid : kids) {
          kid.collectPaths(down);
        }
      }
    }

    private static int[] union(int[] a, int[] b) {
      java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
      for (int v : a) {
        all.add(v);
      }
      if (b != null) {
        for (int v : b) {
          all.add(v);
        }
      }
      return all.stream().mapToInt(Integer::intValue).toArray();
    }

    TrieNode child(char c) {
      if (direct != null) {
        int i = c - directFrom;
        return i >= 0 && i < direct.length ? direct[i] : null;
      }
      if (keys == null) {
        return null;
      }
      if (keys.length <= 4) {
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] == c) {
            return kids[i];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? kids[i] : null;
    }

    /** The children by character from {@link #directFrom} on, null between them; null when looked up in {@link #keys}. */
    private TrieNode[] direct;

    private char directFrom;

    /**
     * Gives the roots (read at every token) and the nodes with many children close together a table
     * of their children by character, so that a step is one array read; called once, after {@link
     * #freeze()}, on a root.
     */
    void tabulate(boolean isRoot) {
      if (kids == null) {
        return;
      }
      int from = keys[0];
      int to = keys[keys.length - 1];
      if (isRoot || (keys.length > 4 && to - from < 64)) {
        direct = new TrieNode[to - from + 1];
        directFrom = (char) from;
        for (int i = 0; i < keys.length; i++) {
          direct[keys[i] - from] = kids[i];
        }
      }
      for (TrieNode kid : kids) {
        kid.tabulate(false);
      }
    }
  }

  private static final class Alternative {
    final String word;
    final boolean prefix;
    final boolean anyNumber;
    /** The word may end the token ({@code *word}), or sit anywhere in it with {@link #prefix}. */
    final boolean suffix;

    Alternative(String word, boolean prefix, boolean anyNumber) {
      this(word, prefix, anyNumber, false);
    }

    /**
     * For an exact word or a suffix word ({@code *word}) of 1 to 32,767 characters, its length
     * times 65,536 plus its last character: a token of another length (or shorter, for a suffix)
     * or with another last character is rejected without reading the word. 0 for the other
     * alternatives. An {@code int} fills the padding the object had, so it takes no more memory.
     */
    final int key;

    Alternative(String word, boolean prefix, boolean anyNumber, boolean suffix) {
      this.word = word;
      this.prefix = prefix;
      this.anyNumber = anyNumber;
      this.suffix = suffix;
      int length = word.length();
      this.key = !anyNumber && !prefix && length > 0 && length < 32_768 ? length << 16 | word.charAt(length - 1) : 0;
    }

    /**
     * {@link #matches(String, int, int)} with the token's {@link #tokenBits} ({@code hashBit}, or -1
     * without them): a {@code <num>} alternative answers from the number bit.
     */
    boolean matches(String text, int s, int e, int hashBit) {
      if (anyNumber && hashBit >= 0) {
        return (hashBit & NUMBER_BIT) != 0;
      }
      return matches(text, s, e);
    }

    boolean matches(String text, int s, int e) {
      if (anyNumber) {
        return isNumber(text, s, e);
      }
      int len = e - s;
      if (suffix) {
        if (len < word.length()) {
          return false;
        }
        if (!prefix) {
          return text.regionMatches(e - word.length(), word, 0, word.length());
        }
        for (int i = s; i + word.length() <= e; i++) {
          if (text.regionMatches(i, word, 0, word.length())) {
            return true;
          }
        }
        return false;
      }
      if (prefix ? len < word.length() : len != word.length()) {
        return false;
      }
      return text.regionMatches(s, word, 0, word.length());
    }
  }

  private static final class Element {
    final Alternative[] alternatives;
    /** Most tokens allowed between the previous element and this one. */
    final int gapBefore;

    /**
     * Bit {@code c & 63} is set for the first character c of every alternative: a quick reject for
     * tokens no alternative can match. Zero (no filter) when an alternative is a suffix or an empty
     * word.
     */
    private final long firstChars;

    /**
     * Bit {@link #wordHashBit} is set for every alternative when all of them are exact words; -1 (no
     * filter) when one is a prefix, a suffix or empty, or a number beside other alternatives; 0
     * when every alternative is a number ({@code <num>}, {@link #NUMBERS_ONLY}), whose test is then
     * the token's {@link #NUMBER_BIT} alone.
     */
    private final long wordHashes;

    /** {@link #wordHashes} of an element whose alternatives are all {@code <num>} (and there is one at least). */
    private static final long NUMBERS_ONLY = 0L;

    /**
     * Bit {@code c & 31} is set for the last character c of every alternative when each is an exact
     * word or a suffix word ({@code *word}): a token that ends in none of them matches none. Zero (no
     * filter) when an alternative is a prefix ({@code word*}), an infix, a number or empty. An
     * {@code int} fills the padding the object had, so the element takes no more memory.
     */
    private final int lastChars;

    Element(Alternative[] alternatives, int gapBefore) {
      this.alternatives = alternatives;
      this.gapBefore = gapBefore;
      long mask = 0;
      for (Alternative a : alternatives) {
        if (a.anyNumber) {
          for (char c = '0'; c <= '9'; c++) {
            mask |= 1L << (c & 63);
          }
        } else if (a.suffix || a.word.isEmpty()) {
          mask = 0;
          break;
        } else {
          mask |= 1L << (a.word.charAt(0) & 63);
        }
      }
      this.firstChars = mask;
      boolean numbersOnly = alternatives.length > 0;
      for (Alternative a : alternatives) {
        numbersOnly &= a.anyNumber;
      }
      long hashes = 0;
      for (Alternative a : alternatives) {
        if (a.anyNumber || a.prefix || a.suffix || a.word.isEmpty()) {
          hashes = -1L;
          break;
        }
        hashes |= 1L << wordHashBit(a.word, 0, a.word.length());
      }
      // No alternatives (never parsed): no filter, and the loop finds no match. Only numbers: 0.
      this.wordHashes = numbersOnly ? NUMBERS_ONLY : alternatives.length == 0 ? -1L : hashes;
      int last = 0;
      for (Alternative a : alternatives) {
        if (a.anyNumber || a.prefix || a.word.isEmpty()) {
          last = 0;
          break;
        }
        last |= 1 << (a.word.charAt(a.word.length() - 1) & 31);
      }
      this.lastChars = last;
    }

    boolean matches(String text, int s, int e) {
      return matches(text, s, e, -1);
    }

    /**
     * Whether an alternative matches the token from s to e; {@code hashBit} is the token's {@link
     * #tokenBits} if the scan has them (its {@link #wordHashBit} and {@link #NUMBER_BIT}), or -1.
     * The three filters are necessary conditions (a token equal to a word has its first and last
     * character and its hash; one that ends in a word has its last character), so they reject only
     * tokens that no alternative matches; a {@code <num>} alternative is answered by the number bit,
     * which is set exactly when {@link #isNumber} holds.
     */
    boolean matches(String text, int s, int e, int hashBit) {
      return matches(text, s, e, hashBit, false);
    }

    /** {@link #matches(String, int, int, int)}, or with {@code plain} every alternative tried in turn without the filters and keys. */
    private boolean matches(String text, int s, int e, int hashBit, boolean plain) {
      // Kept short: the test is called for every element of every candidate, and the compiler
      // inlines it into the walk only below a size of bytecode (the plain reference and the number
      // alternatives' test are calls).
      if (plain) {
        return matchesPlain(text, s, e);
      }
      if (hashBit >= 0 && wordHashes == NUMBERS_ONLY) {
        return (hashBit & NUMBER_BIT) != 0;
      }
      if (firstChars != 0 && (s >= e || (firstChars & (1L << (text.charAt(s) & 63))) == 0)) {
        return false;
      }
      if (hashBit >= 0 && (wordHashes & (1L << (hashBit & HASH_BITS))) == 0) {
        return false;
      }
      if (lastChars != 0 && (s >= e || (lastChars & (1 << (text.charAt(e - 1) & 31))) == 0)) {
        return false;
      }
      int len = e - s;
      int lastChar = len > 0 ? text.charAt(e - 1) : -1;
      for (Alternative a : alternatives) {
        int key = a.key;
        if (key != 0) {
          // What Alternative.matches does for an exact or a suffix word, the length and the last
          // character compared first: the word itself is read only if both agree.
          int wordLength = key >>> 16;
          if ((a.suffix ? len >= wordLength : len == wordLength) && lastChar == (key & 0xFFFF)
              && text.regionMatches(e - wordLength, a.word, 0, wordLength)) {
            return true;
          }
        } else if (a.matches(text, s, e, hashBit)) {
          return true;
        }
      }
      return false;
    }

    /** Every alternative tried in turn by {@code Alternative.matches}, without the filters and keys. */
    private boolean matchesPlain(String text, int s, int e) {
      for (Alternative a : alternatives) {
        if (a.matches(text, s, e)) {
          return true;
        }
      }
      return false;
    }
  }

  static final class Pattern {
    final String source;
    final String file;
    final String origin;
    final String tag;
    final Element[] elements;
    final int group;

    private Pattern(String source, String file, String origin, String tag, Element[] elements, int group) {
      this.source = source;
      this.file = file;
      this.origin = origin;
      this.tag = tag;
      this.elements = elements;
      this.group = group;
    }

    static Pattern parse(String line, String file, String origin, int group) {
      String body = line;
      String tag = "";
      int arrow = line.indexOf("=>");
      if (arrow >= 0) {
        body = line.substring(0, arrow).strip();
        tag = line.substring(arrow + 2).strip();
      }
      List<Element> elements = new ArrayList<>();
      int gap = 0;
      for (String part : body.split(" +")) {
        if (part.isEmpty()) {
          continue;
        }
        if (part.startsWith("~")) {
          if (elements.isEmpty()) {
            throw new IllegalArgumentException("a gap cannot start a pattern: " + line);
          }
          try {
            gap = Integer.parseInt(part.substring(1));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("gap must be ~N with N a number, got " + part, e);
          }
          if (gap < 0 || gap > MAX_GAP) {
            throw new IllegalArgumentException("gap must be between ~0 and ~" + MAX_GAP + ", got " + part);
          }
          continue;
        }
        List<Element> expanded = parseElement(part, gap);
        elements.addAll(expanded);
        gap = 0;
      }
      if (elements.isEmpty()) {
        throw new IllegalArgumentException("empty pattern: " + line);
      }
      int span = 0;
      for (Element e : elements) {
        span += e.gapBefore + 1;
      }
      if (elements.size() > MAX_ELEMENTS || span > 63) {
        throw new IllegalArgumentException("pattern longer than " + MAX_ELEMENTS + " tokens or 63 tokens with its gaps: " + line);
      }
      return new Pattern(body, file, origin, tag, elements.toArray(new Element[0]), group);
    }

    /**
     * One written element may fold into several tokens ("5-star", a Japanese word); those become
     * adjacent elements. Alternatives must each fold into exactly one token.
     */
    private static List<Element> parseElement(String part, int gap) {
      if (part.startsWith("(") && part.endsWith(")")) {
        String[] alts = part.substring(1, part.length() - 1).split("\\|");
        List<Alternative> list = new ArrayList<>();
        for (String a : alts) {
          List<Alternative> one = parseWord(a);
          if (one.size() != 1) {
            throw new IllegalArgumentException("each alternative must be one word: " + a + " in " + part);
          }
          list.add(one.get(0));
        }
        return List.of(new Element(list.toArray(new Alternative[0]), gap));
      }
      List<Alternative> words = parseWord(part);
      List<Element> out = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        out.add(new Element(new Alternative[] {words.get(i)}, i == 0 ? gap : 0));
      }
      return out;
    }

    private static List<Alternative> parseWord(String word) {
      if (word.equals("<num>")) {
        return List.of(new Alternative("", false, true));
      }
      boolean suffix = word.length() > 1 && word.startsWith("*");
      String w0 = suffix ? word.substring(1) : word;
      boolean prefix = w0.endsWith("*");
      String w = prefix ? w0.substring(0, w0.length() - 1) : w0;
      Tokens t = Tokens.of(NormalizedText.fold(w));
      if (t.size() == 0) {
        throw new IllegalArgumentException("no word in " + word);
      }
      if (suffix) {
        if (t.size() != 1) {
          throw new IllegalArgumentException("a suffix or infix word must be one token: " + word);
        }
        return List.of(new Alternative(t.token(0), prefix, false, true));
      }
      List<Alternative> out = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        out.add(new Alternative(t.token(i), prefix && i == t.size() - 1, false));
      }
      return out;
    }

    /**
     * Returns the last token index of the shortest match starting at token t, or -1; {@code
     * firstKnown} says the first element is already known to match token t. The reachable
     * token offsets from t are a 64-bit set (the lexicon limits a pattern's span to 64 tokens), so
     * the cost is bounded by the pattern's length plus its gaps, whatever the text.
     */
    int matchFrom(Tokens tokens, int t, boolean firstKnown) {
      return matchFrom(tokens, t, firstKnown, null);
    }

    /**
     * {@link #matchFrom(Tokens, int, boolean)} without any of the elements' filters and keys: every
     * alternative of an element tried in turn by {@code Alternative.matches}. The reference the
     * properties compare the filtered test with; not used by the scans.
     */
    int matchFromPlain(Tokens tokens, int t) {
      return walk(tokens, t, false, null, true);
    }

    /**
     * {@link #matchFrom(Tokens, int, boolean)} with the scan's {@link #tokenBits} of every token
     * ({@code hashBit}, or null), which lets an element of exact words reject a token by one bit and
     * a {@code <num>} alternative test the token's number bit instead of reading it.
     */
    int matchFrom(Tokens tokens, int t, boolean firstKnown, byte[] hashBit) {
      return walk(tokens, t, firstKnown, hashBit, false);
    }

    /** The element walk of both: each element tested with its filters, or ({@code plain}) by every alternative in turn. */
    private int walk(Tokens tokens, int t, boolean firstKnown, byte[] hashBit, boolean plain) {
      String text = tokens.text();
      if (!firstKnown && !elements[0].matches(text, tokens.start(t), tokens.end(t), hashBit == null ? -1 : hashBit[t], plain)) {
        return -1;
      }
      int n = tokens.size();
      long reach = 1L;
      for (int k = 1; k < elements.length; k++) {
        Element el = elements[k];
        long spread = 0;
        for (int d = 1; d <= el.gapBefore + 1; d++) {
          spread |= reach << d;
        }
        long next = 0;
        for (long bits = spread; bits != 0; bits &= bits - 1) {
          int offset = Long.numberOfTrailingZeros(bits);
          int token = t + offset;
          if (token >= n) {
            break;
          }
          if (el.matches(text, tokens.start(token), tokens.end(token), hashBit == null ? -1 : hashBit[token], plain)) {
            next |= 1L << offset;
          }
        }
        if (next == 0) {
          return -1;
        }
        reach = next;
      }
      return t + Long.numberOfTrailingZeros(reach);
    }
  }
}
