package org.csptransfer.examples.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.Money;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.RequiredAction;
import org.csptransfer.rules.RuleTrace;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TargetTiming;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.planning.ProposedPlan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A decision as JSON (CONTRACT.md): verdict, findings, actions, timeline and trace. Dates are
 * ISO-8601 strings, money is {@code {"amount": 12.50, "currency": "EUR"}}, and every action has a
 * {@code type} (its {@link RequiredAction.Kind}) and a {@code description}.
 */
public final class DecisionJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DecisionJson() {}

  /**
   * Returns a decision as a JSON object.
   *
   * @param decision the decision
   * @return the JSON object
   */
  public static ObjectNode toJson(TransitionDecision decision) {
    ObjectNode json = NODES.objectNode();
    json.put("verdict", decision.verdict().name());
    ArrayNode findings = json.putArray("findings");
    decision.findings().forEach(finding -> findings.add(finding(finding)));
    ArrayNode actions = json.putArray("actions");
    decision.actions().forEach(action -> actions.add(action(action)));
    ArrayNode timeline = json.putArray("timeline");
    decision.timeline().forEach(source -> timeline.add(timeline(source)));
    ArrayNode trace = json.putArray("trace");
    for (RuleTrace rule : decision.trace()) {
      trace
          .addObject()
          .put("rule", rule.rule())
          .put("outcome", rule.outcome().name())
          .put("findings", rule.findings());
    }
    return json;
  }

  /**
   * Returns a proposed plan and its decision as {@code {"plan": {"targets": [...], "dispositions":
   * {...}, "notes": [...]}, "decision": {...}}}; targets use the scenario file's target format, so
   * a proposed plan can be pasted into a scenario.
   *
   * @param proposed the proposed plan
   * @return the JSON object
   */
  public static ObjectNode toJson(ProposedPlan proposed) {
    ObjectNode json = NODES.objectNode();
    ObjectNode plan = json.putObject("plan");
    ArrayNode targets = plan.putArray("targets");
    proposed.targets().forEach(target -> targets.add(ScenarioWriter.target(target)));
    ObjectNode dispositions = plan.putObject("dispositions");
    proposed
        .dispositions()
        .forEach((source, disposition) -> dispositions.put(source.value(), disposition.name()));
    ArrayNode notes = plan.putArray("notes");
    proposed.notes().forEach(note -> notes.add(note.message()));
    json.set("decision", toJson(proposed.decision()));
    return json;
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode json = NODES.objectNode();
    json.put("code", finding.code());
    json.put("severity", finding.severity().name());
    json.put("rule", finding.rule());
    ArrayNode subjects = json.putArray("subjects");
    finding.subjects().forEach(subjects::add);
    json.put("message", finding.message());
    ObjectNode arguments = json.putObject("arguments");
    for (Map.Entry<String, Object> argument : finding.arguments().entrySet()) {
      arguments.set(argument.getKey(), value(argument.getValue()));
    }
    finding.action().ifPresent(action -> json.set("action", action(action)));
    return json;
  }

  private static JsonNode value(Object value) {
    if (value instanceof Integer number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Long number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Money money) {
      return money(money);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(element -> array.add(value(element)));
      return array;
    }
    return NODES.stringNode(value.toString());
  }

  private static ObjectNode money(Money money) {
    ObjectNode json = NODES.objectNode();
    json.put("amount", money.amount());
    json.put("currency", money.currency().getCurrencyCode());
    return json;
  }

  /**
   * Returns an action as a JSON object: its type, description and arguments.
   *
   * @param action the action
   * @return the JSON object
   */
  public static ObjectNode action(RequiredAction action) {
    ObjectNode json = NODES.objectNode();
    json.put("type", action.kind().name());
    json.put("description", action.description());
    for (Map.Entry<String, Object> argument : action.arguments().entrySet()) {
      json.set(argument.getKey(), value(argument.getValue()));
    }
    return json;
  }

  private static ObjectNode timeline(SourceTimeline source) {
    ObjectNode json = NODES.objectNode();
    json.put("source", source.source().value());
    json.put("lastDayOfService", date(source.lastDayOfService()));
    json.put("firstDayWithoutService", date(source.firstDayWithoutService()));
    json.put("endReason", source.endReason().name());
    json.put("firstDayDisabled", date(source.firstDayDisabled()));
    json.put("firstDayDeleted", date(source.firstDayDeleted()));
    json.put("forfeitedDays", source.forfeitedDays());
    source.forfeitedValue().ifPresent(value -> json.set("forfeitedValue", money(value)));
    ArrayNode replacements = json.putArray("targets");
    for (TargetTiming timing : source.targets()) {
      replacements
          .addObject()
          .put("target", timing.target().value())
          .put("start", date(timing.start()))
          .put("gapDays", timing.gapDays())
          .put("overlapDays", timing.overlapDays());
    }
    return json;
  }

  private static String date(LocalDate date) {
    return date.toString();
  }
}
