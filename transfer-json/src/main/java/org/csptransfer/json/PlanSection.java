package org.csptransfer.json;

import static org.csptransfer.json.ScenarioValues.built;
import static org.csptransfer.json.ScenarioValues.date;
import static org.csptransfer.json.ScenarioValues.optionalDate;
import static org.csptransfer.json.ScenarioValues.printable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.csptransfer.core.Limits;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;

/** Reads a scenario's targets and transfers, checked against its sources. */
final class PlanSection {

  private PlanSection() {}

  static List<PlannedSubscription> targets(JsonObjectReader root, Set<SubscriptionId> sourceIds) {
    Set<SubscriptionId> ids = new HashSet<>();
    List<PlannedSubscription> targets = new ArrayList<>();
    List<JsonObjectReader> elements = root.objects("targets");
    List<Optional<SubscriptionId>> stacks = new ArrayList<>();
    for (int position = 1; position <= elements.size(); position++) {
      JsonObjectReader json = elements.get(position - 1);
      int at = position;
      SubscriptionId id =
          json.optionalText("id")
              .map(text -> built(() -> json.pathOf("id"), () -> SubscriptionId.of(text)))
              .orElseGet(() -> PlannedSubscription.positionalId(at));
      if (!ids.add(id)) {
        throw new ScenarioException(json.pathOf("id"), "duplicate id " + printable(id));
      }
      PlannedSubscription.Builder target =
          PlannedSubscription.builder()
              .id(id)
              .offerId(built(() -> json.pathOf("offerId"), () -> OfferId.of(json.text("offerId"))))
              .quantity(json.count("quantity", Limits.MAX_QUANTITY))
              .start(date(json, "start"));
      List<String> replaces = json.texts("replaces");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < replaces.size(); i++) {
        String replaced = replaces.get(i);
        int index = i;
        Supplier<String> path = () -> json.pathOf("replaces", index);
        if (!seen.add(replaced)) {
          throw new ScenarioException(
              path.get(), Printable.escape(replaced, 60) + " appears twice");
        }
        SubscriptionId source = built(path, () -> SubscriptionId.of(replaced));
        if (!sourceIds.contains(source)) {
          throw new ScenarioException(path.get(), printable(source) + " is not the id of a source");
        }
        target.addReplacedSourceId(source);
      }
      Optional<SubscriptionId> stacksOn =
          json.optionalText("stacksOn")
              .map(text -> built(() -> json.pathOf("stacksOn"), () -> SubscriptionId.of(text)));
      if (stacksOn.isPresent() && !replaces.isEmpty()) {
        throw new ScenarioException(
            json.pathOf("stacksOn"), "a stacked target replaces no source: remove replaces");
      }
      stacksOn.ifPresent(target::stacksOn);
      stacks.add(stacksOn);
      json.finish();
      targets.add(built(json::path, target::build));
    }
    for (int t = 0; t < targets.size(); t++) {
      Optional<SubscriptionId> on = stacks.get(t);
      if (on.isEmpty()) {
        continue;
      }
      String path = elements.get(t).pathOf("stacksOn");
      PlannedSubscription base =
          targets.stream()
              .filter(other -> other.id().equals(on.get()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ScenarioException(
                          path, printable(on.get()) + " is not the id of a target"));
      if (base.isStacked()) {
        throw new ScenarioException(
            path,
            printable(base.id()) + " itself stacks on " + printable(base.stacksOn().orElseThrow()));
      }
    }
    return targets;
  }

  static List<Transfer> transfers(
      JsonObjectReader root, LocalDate asOf, Map<SubscriptionId, Subscription> sources) {
    Set<TransferId> ids = new HashSet<>();
    Set<SubscriptionId> moved = new HashSet<>();
    List<Transfer> transfers = new ArrayList<>();
    List<JsonObjectReader> elements = root.objects("transfers");
    for (int position = 1; position <= elements.size(); position++) {
      JsonObjectReader json = elements.get(position - 1);
      int at = position;
      TransferId id =
          json.optionalText("id")
              .map(text -> built(() -> json.pathOf("id"), () -> TransferId.of(text)))
              .orElseGet(() -> Transfer.positionalId(at));
      if (!ids.add(id)) {
        throw new ScenarioException(
            json.pathOf("id"), "duplicate id " + Printable.escape(id.value(), 60));
      }
      Transfer.Builder transfer =
          Transfer.builder().id(id).date(optionalDate(json, "date").orElse(asOf));
      List<String> members = json.texts("sources");
      for (int i = 0; i < members.size(); i++) {
        int index = i;
        Supplier<String> path = () -> json.pathOf("sources") + "[" + index + "]";
        String text = members.get(i);
        SubscriptionId source = built(path, () -> SubscriptionId.of(text));
        Subscription subscription = sources.get(source);
        if (subscription == null) {
          throw new ScenarioException(path.get(), printable(source) + " is not the id of a source");
        }
        if (!moved.add(source)) {
          throw new ScenarioException(path.get(), printable(source) + " is already in a transfer");
        }
        if (subscription.isCancelled()) {
          throw new ScenarioException(
              path.get(),
              printable(source)
                  + " has disposition CANCEL; a transferred subscription is left to expire");
        }
        transfer.addSourceId(source);
      }
      json.finish();
      transfers.add(built(json::path, transfer::build));
    }
    return transfers;
  }
}
