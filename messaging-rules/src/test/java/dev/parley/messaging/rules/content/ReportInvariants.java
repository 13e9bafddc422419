package dev.parley.messaging.rules.content;

import dev.parley.messaging.rules.internal.analysis.FieldText;
import dev.parley.messaging.rules.internal.analysis.Fields;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.messaging.core.Message;
import dev.parley.messaging.rules.CheckContext;
import dev.parley.messaging.rules.Finding;
import dev.parley.messaging.rules.MessageField;
import dev.parley.messaging.rules.RuleCatalog;
import java.util.List;

/** The invariants every check must keep: known rule ids, spans inside their field, determinism. */
final class ReportInvariants {
  private ReportInvariants() {}

  static PolicyReport checkAndVerify(ContentPolicy policy, Message m, CheckContext ctx) {
    PolicyReport r = policy.check(m, ctx);
    verify(policy, r);
    return r;
  }

  /** Every finding's rule is in the catalog, every span lies in its field, a second check is equal. */
  static void verify(ContentPolicy policy, PolicyReport r) {
    Message m = r.message();
    List<FieldText> fields = Fields.of(m, policy.settings());
    for (Finding f : r.findings()) {
      assertThat(RuleCatalog.standard().contains(f.ruleId())).as("rule id %s", f.ruleId()).isTrue();
      String source = sourceOf(f.field(), m, fields);
      assertThat(f.start()).as("start of %s", f).isBetween(0, source.length());
      assertThat(f.end()).as("end of %s", f).isBetween(f.start(), source.length());
    }
    assertThat(policy.check(m, r.context())).isEqualTo(r);
  }

  static String sourceOf(MessageField field, Message m, List<FieldText> fields) {
    switch (field.kind()) {
      case MESSAGE:
        return "";
      case SUBJECT:
        return m.subject();
      case BODY:
        return m.body();
      case ATTACHMENT_NAME:
        return m.attachments().get(field.attachmentIndex()).fileName();
      default:
        for (FieldText f : fields) {
          if (f.field().equals(field)) {
            return f.source();
          }
        }
        throw new AssertionError("no field " + field);
    }
  }
}
