package dev.parley.messaging.rules.internal.files;

/**
 * The work one attachment inspection may do: decompressed bytes, zip entries, nesting depth, PDF
 * objects and a step count (bytes read, inflated or scanned). Counting steps instead of time keeps
 * inspection deterministic. The first cap reached is remembered; readers check {@link
 * #exhausted()} and stop early with what they have.
 *
 * <p>Mutable and not thread-safe: one per inspection.
 */
public final class InspectionBudget {
  private final long maxInflatedBytes;
  private final int maxZipEntries;
  private final int maxNestingDepth;
  private final int maxPdfObjects;
  private final long maxSteps;
  private long inflated;
  private long steps;
  private String exhaustedBy;

  /**
   * Creates a budget.
   *
   * @param maxInflatedBytes most decompressed bytes, over all streams and entries
   * @param maxZipEntries most zip or compound-file directory entries read
   * @param maxNestingDepth deepest nesting of PDF dictionaries, arrays and strings
   * @param maxPdfObjects most PDF objects scanned
   * @param maxSteps most work steps (about one per byte touched)
   */
  public InspectionBudget(long maxInflatedBytes, int maxZipEntries, int maxNestingDepth, int maxPdfObjects, long maxSteps) {
    this.maxInflatedBytes = maxInflatedBytes;
    this.maxZipEntries = maxZipEntries;
    this.maxNestingDepth = maxNestingDepth;
    this.maxPdfObjects = maxPdfObjects;
    this.maxSteps = maxSteps;
  }

  /** {@return the most zip entries} */
  public int maxZipEntries() {
    return maxZipEntries;
  }

  /** {@return the deepest nesting} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the most PDF objects} */
  public int maxPdfObjects() {
    return maxPdfObjects;
  }

  /** {@return how many more bytes may be decompressed} */
  public long inflateRoom() {
    return Math.max(0, maxInflatedBytes - inflated);
  }

  /** Counts decompressed bytes; marks the budget exhausted at the cap. */
  public void addInflated(long n) {
    inflated += n;
    if (inflated >= maxInflatedBytes) {
      exhaust("the decompressed-size cap of " + maxInflatedBytes + " bytes");
    }
  }

  /**
   * Spends work steps.
   *
   * @param n steps
   * @return false when the budget is now exhausted
   */
  public boolean spend(long n) {
    steps += n;
    if (steps > maxSteps) {
      exhaust("the work budget of " + maxSteps + " steps");
    }
    return exhaustedBy == null;
  }

  /** Marks the budget exhausted (the first reason wins). */
  public void exhaust(String reason) {
    if (exhaustedBy == null) {
      exhaustedBy = reason;
    }
  }

  /** {@return true once a cap was reached} */
  public boolean exhausted() {
    return exhaustedBy != null;
  }

  /** {@return the cap that was reached first, or null} */
  public String exhaustedBy() {
    return exhaustedBy;
  }

  /** {@return the steps spent} */
  public long steps() {
    return steps;
  }
}
