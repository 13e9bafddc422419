package dev.parley.messaging.rules.content;

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
    List<FieldText> fields = Fields.of(m, policy.settings());
    for (Finding f : r.findings()) {
      assertThat(RuleCatalog.standard().contains(f.ruleId())).as("rule id %s", f.ruleId()).isTrue();
      assertThat(f.end()).as("span of %s", f).isLessThanOrEqualTo(sourceOf(f.field(), m, fields).length());
    }
    assertThat(policy.check(m, ctx)).isEqualTo(r);
    return r;
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
