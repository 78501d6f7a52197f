package org.csptransfer.rules.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A phase of the planner: it works out one part of the plan when it is made, and keeps the notes of
 * what it chose, in the order it chose.
 */
abstract class PlanningPhase {

  private final List<PlanNote> notes = new ArrayList<>();

  /** Adds a note of the phase. */
  final void note(PlanNote.Kind kind, Map<String, Object> arguments) {
    notes.add(PlanNote.of(kind, arguments));
  }

  /** Returns the phase's notes, in the order added. */
  final List<PlanNote> notes() {
    return List.copyOf(notes);
  }
}
