package org.csptransfer.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.json.internal.JsonOutput;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.Messages;
import org.csptransfer.rules.RuleTrace;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TargetTiming;
import org.csptransfer.rules.TransferTiming;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.planning.PlanNote;
import org.csptransfer.rules.planning.ProposedPlan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes decisions and proposed plans as the JSON of CONTRACT.md ("The scenario file", "The
 * planner"):
 *
 * <pre>{@code
 * {"verdict": "APPROVED_WITH_ACTIONS",
 *  "findings": [{"code": "LICENSE_COUNT_CHANGED", "severity": "WARNING", "rule": "license-count",
 *                "subjects": ["sub-001"], "message": "...", "arguments": {...}, "action": {...}}],
 *  "actions": [{"type": "CHANGE_QUANTITY", "actor": "NEW_PARTNER", "description": "...",
 *               ...arguments}],
 *  "timeline": [{"source": "sub-001", "lastDayOfService": "2026-03-31", ...}],
 *  "trace": [{"rule": "relationship", "outcome": "PASSED", "findings": 0}],
 *  "runbook": [{"step": "BUY", "actor": "NEW_PARTNER", "date": "2026-03-28",
 *               "subjects": ["t1", "O365_E3"], "quantity": 50, "description": "..."}]}
 * }</pre>
 *
 * <p>Codes, severities, subjects, arguments and keys are the same in every language; {@code
 * message}, {@code description} and a plan's notes are rendered by the writer's {@link Messages} in
 * its locale. Dates are ISO-8601 strings, money is {@code {"amount": 12.50, "currency": "EUR"}}.
 * Characters that could hide or forge text on a terminal (controls, bidirectional overrides, line
 * separators) are written as {@code \\uXXXX} escapes: the same JSON value.
 *
 * <p>Immutable and thread-safe.
 */
public final class DecisionWriter {

  private static final DecisionWriter STANDARD = builder().build();

  private final Messages messages;
  private final Locale locale;
  private final boolean pretty;

  private DecisionWriter(Builder builder) {
    this.messages = builder.messages;
    this.locale = builder.locale;
    this.pretty = builder.pretty;
  }

  /**
   * Returns the writer of compact English JSON with the standard messages.
   *
   * @return the shared writer
   */
  public static DecisionWriter standard() {
    return STANDARD;
  }

  /**
   * Returns a builder: standard messages, English, compact.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the language messages are rendered in.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns a decision as JSON text.
   *
   * @param decision the decision; not null
   * @return one JSON object
   */
  public String write(TransitionDecision decision) {
    return written(out -> write(decision, out));
  }

  /**
   * Returns a proposed plan and its decision as JSON text: {@code {"plan": {"targets": [...],
   * "transfers": [...], "dispositions": {...}, "notes": [...]}, "decision": {...}}}, targets and
   * transfers in the scenario file's format, so a proposed plan can be pasted into a scenario.
   *
   * @param plan the proposed plan; not null
   * @return one JSON object
   */
  public String write(ProposedPlan plan) {
    return written(out -> write(plan, out));
  }

  /**
   * Writes a decision.
   *
   * @param decision the decision; not null
   * @param out where the JSON goes; not null; neither closed nor flushed
   * @throws IOException if the writer fails
   */
  public void write(TransitionDecision decision, Writer out) throws IOException {
    write(Map.of(), decision, out);
  }

  /**
   * Writes a decision after fields of the caller's, for example the file or the line it came from:
   * {@code {"file": "a.json", "verdict": ...}}.
   *
   * @param leading fields written first, in the map's iteration order: names to strings, numbers or
   *     booleans; not null
   * @param decision the decision; not null
   * @param out where the JSON goes; not null; neither closed nor flushed
   * @throws IOException if the writer fails
   * @throws IllegalArgumentException if a leading value is of another type
   */
  public void write(Map<String, ?> leading, TransitionDecision decision, Writer out)
      throws IOException {
    requireNonNull(decision, "decision");
    generate(
        out,
        json -> {
          json.writeStartObject();
          leading(json, leading);
          decisionFields(json, decision);
          json.writeEndObject();
        });
  }

  /**
   * Writes a proposed plan and its decision.
   *
   * @param plan the proposed plan; not null
   * @param out where the JSON goes; not null; neither closed nor flushed
   * @throws IOException if the writer fails
   */
  public void write(ProposedPlan plan, Writer out) throws IOException {
    write(Map.of(), plan, out);
  }

  /**
   * Writes a proposed plan and its decision after fields of the caller's.
   *
   * @param leading fields written first: names to strings, numbers or booleans; not null
   * @param plan the proposed plan; not null
   * @param out where the JSON goes; not null; neither closed nor flushed
   * @throws IOException if the writer fails
   * @throws IllegalArgumentException if a leading value is of another type
   */
  public void write(Map<String, ?> leading, ProposedPlan plan, Writer out) throws IOException {
    requireNonNull(plan, "plan");
    generate(
        out,
        json -> {
          json.writeStartObject();
          leading(json, leading);
          json.writeName("plan");
          json.writeStartObject();
          json.writeName("targets");
          json.writeStartArray();
          plan.targets().forEach(target -> ScenarioWriter.target(json, target));
          json.writeEndArray();
          if (!plan.transfers().isEmpty()) {
            json.writeName("transfers");
            json.writeStartArray();
            plan.transfers().forEach(transfer -> ScenarioWriter.transfer(json, transfer));
            json.writeEndArray();
          }
          json.writeName("dispositions");
          json.writeStartObject();
          for (Map.Entry<SubscriptionId, Disposition> entry : plan.dispositions().entrySet()) {
            json.writeStringProperty(entry.getKey().value(), entry.getValue().name());
          }
          json.writeEndObject();
          json.writeName("notes");
          json.writeStartArray();
          for (PlanNote note : plan.notes()) {
            json.writeString(messages.text("note." + note.kind(), note.arguments(), locale));
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeName("decision");
          json.writeStartObject();
          decisionFields(json, plan.decision());
          json.writeEndObject();
          json.writeEndObject();
        });
  }

  /**
   * Writes the error of an input in place of its decision: {@code {"line": 7, "error":
   * "sources[0].quantity: -1 is negative"}}.
   *
   * @param leading fields written first, for example the line; not null
   * @param error what went wrong, on one line; not null
   * @param out where the JSON goes; not null; neither closed nor flushed
   * @throws IOException if the writer fails
   * @throws IllegalArgumentException if a leading value is of another type
   */
  public void writeError(Map<String, ?> leading, String error, Writer out) throws IOException {
    requireNonNull(error, "error");
    generate(
        out,
        json -> {
          json.writeStartObject();
          leading(json, leading);
          json.writeStringProperty("error", error);
          json.writeEndObject();
        });
  }

  private void decisionFields(JsonGenerator json, TransitionDecision decision) {
    json.writeStringProperty("verdict", decision.verdict().name());
    json.writeName("findings");
    json.writeStartArray();
    for (Finding finding : decision.findings()) {
      finding(json, finding);
    }
    json.writeEndArray();
    json.writeName("actions");
    json.writeStartArray();
    for (RequiredAction action : decision.actions()) {
      action(json, action);
    }
    json.writeEndArray();
    json.writeName("timeline");
    json.writeStartArray();
    for (SourceTimeline source : decision.timeline()) {
      timeline(json, source);
    }
    json.writeEndArray();
    json.writeName("trace");
    json.writeStartArray();
    for (RuleTrace rule : decision.trace()) {
      json.writeStartObject();
      json.writeStringProperty("rule", rule.rule());
      json.writeStringProperty("outcome", rule.outcome().name());
      json.writeNumberProperty("findings", rule.findings());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("runbook");
    json.writeStartArray();
    for (RunbookStep step : decision.runbook()) {
      step(json, step);
    }
    json.writeEndArray();
  }

  /** CONTRACT.md, "Version 3", clarification 6: exactly these keys, in this order. */
  private void step(JsonGenerator json, RunbookStep step) {
    json.writeStartObject();
    json.writeStringProperty("step", step.kind().name());
    json.writeStringProperty("actor", step.actor().name());
    if (step.actorPartnerId().isPresent()) {
      json.writeStringProperty("actorPartnerId", step.actorPartnerId().get().value());
    }
    if (step.date().isPresent()) {
      json.writeStringProperty("date", step.date().get().toString());
    }
    json.writeName("subjects");
    json.writeStartArray();
    for (String subject : step.subjects()) {
      json.writeString(subject);
    }
    json.writeEndArray();
    if (step.quantity().isPresent()) {
      json.writeNumberProperty("quantity", step.quantity().getAsInt());
    }
    json.writeStringProperty("description", messages.description(step, locale));
    json.writeEndObject();
  }

  private void finding(JsonGenerator json, Finding finding) {
    json.writeStartObject();
    json.writeStringProperty("code", finding.code());
    json.writeStringProperty("severity", finding.severity().name());
    json.writeStringProperty("rule", finding.rule());
    json.writeName("subjects");
    json.writeStartArray();
    for (String subject : finding.subjects()) {
      json.writeString(subject);
    }
    json.writeEndArray();
    json.writeStringProperty("message", messages.message(finding, locale));
    json.writeName("arguments");
    json.writeStartObject();
    for (Map.Entry<String, Object> argument : finding.arguments().entrySet()) {
      json.writeName(argument.getKey());
      value(json, argument.getValue());
    }
    json.writeEndObject();
    if (finding.action().isPresent()) {
      json.writeName("action");
      action(json, finding.action().get());
    }
    json.writeEndObject();
  }

  private void action(JsonGenerator json, RequiredAction action) {
    json.writeStartObject();
    json.writeStringProperty("type", action.kind().name());
    json.writeStringProperty("actor", action.actor().name());
    if (action.actorPartnerId().isPresent()) {
      json.writeStringProperty("actorPartnerId", action.actorPartnerId().get().value());
    }
    json.writeStringProperty("description", messages.description(action, locale));
    for (Map.Entry<String, Object> argument : action.arguments().entrySet()) {
      json.writeName(argument.getKey());
      value(json, argument.getValue());
    }
    json.writeEndObject();
  }

  private static void timeline(JsonGenerator json, SourceTimeline source) {
    json.writeStartObject();
    json.writeStringProperty("source", source.source().value());
    json.writeStringProperty("lastDayOfService", source.lastDayOfService().toString());
    json.writeStringProperty("firstDayWithoutService", source.firstDayWithoutService().toString());
    json.writeStringProperty("endReason", source.endReason().name());
    json.writeStringProperty("firstDayDisabled", source.firstDayDisabled().toString());
    json.writeStringProperty("firstDayDeleted", source.firstDayDeleted().toString());
    json.writeNumberProperty("forfeitedDays", source.forfeitedDays());
    if (source.forfeitedValue().isPresent()) {
      json.writeName("forfeitedValue");
      money(json, source.forfeitedValue().get());
    }
    json.writeName("targets");
    json.writeStartArray();
    for (TargetTiming timing : source.targets()) {
      json.writeStartObject();
      json.writeStringProperty("target", timing.target().value());
      json.writeStringProperty("start", timing.start().toString());
      json.writeNumberProperty("gapDays", timing.gapDays());
      json.writeNumberProperty("overlapDays", timing.overlapDays());
      if (timing.stacksOn().isPresent()) {
        json.writeStringProperty("stacksOn", timing.stacksOn().get().value());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    if (source.transfer().isPresent()) {
      TransferTiming transfer = source.transfer().get();
      json.writeName("transfer");
      json.writeStartObject();
      json.writeStringProperty("transfer", transfer.transfer().value());
      json.writeStringProperty("date", transfer.date().toString());
      json.writeNumberProperty("billedDays", transfer.billedDays());
      if (transfer.billedValue().isPresent()) {
        json.writeName("billedValue");
        money(json, transfer.billedValue().get());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void value(JsonGenerator json, Object value) {
    if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      json.writeNumber(number);
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Money money) {
      money(json, money);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        value(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof LocalDate date) {
      json.writeString(date.toString());
    } else {
      json.writeString(value.toString());
    }
  }

  private static void money(JsonGenerator json, Money money) {
    json.writeStartObject();
    json.writeNumberProperty("amount", money.amount());
    json.writeStringProperty("currency", money.currency().getCurrencyCode());
    json.writeEndObject();
  }

  private static void leading(JsonGenerator json, Map<String, ?> leading) {
    for (Map.Entry<String, ?> field : leading.entrySet()) {
      Object value = field.getValue();
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        throw new IllegalArgumentException(
            "leading["
                + field.getKey()
                + "]: "
                + value.getClass().getSimpleName()
                + " values are not supported");
      }
      json.writeName(field.getKey());
      value(json, value);
    }
  }

  private void generate(Writer out, Generation generation) throws IOException {
    requireNonNull(out, "out");
    try (JsonGenerator json = JsonOutput.generator(out, pretty)) {
      generation.write(json);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  private static String written(Output output) {
    StringWriter text = new StringWriter();
    try {
      output.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string writer does not fail
    }
    return text.toString();
  }

  /** Writes to a generator. */
  @FunctionalInterface
  interface Generation {
    void write(JsonGenerator json);
  }

  /** Writes to a writer. */
  @FunctionalInterface
  interface Output {
    void write(Writer out) throws IOException;
  }

  /** Builds decision writers. Not thread-safe; the writers it builds are. */
  public static final class Builder {
    private Messages messages = Messages.standard();
    private Locale locale = Locale.ENGLISH;
    private boolean pretty;

    private Builder() {}

    /**
     * Sets the messages rendered into the fields "message" and "description" and into notes
     * (default: {@link Messages#standard()}).
     *
     * @param messages the messages; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder messages(Messages messages) {
      this.messages = requireNonNull(messages, "messages");
      return this;
    }

    /**
     * Sets the language of messages (default English).
     *
     * @param locale the language; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder locale(Locale locale) {
      this.locale = requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets whether to indent the JSON for people (default: one line per document).
     *
     * @param pretty true to indent
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder prettyPrinted(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     */
    public DecisionWriter build() {
      return new DecisionWriter(this);
    }
  }
}
