/**
 * The verbs of csp-transfer: a {@link org.csptransfer.rules.TransferPipeline} of {@link
 * org.csptransfer.rules.Rule rules} judges a {@link org.csptransfer.core.TransitionRequest} and
 * returns a {@link org.csptransfer.rules.TransitionDecision}.
 *
 * <p>The codes of {@link org.csptransfer.rules.FindingCode}, the {@link
 * org.csptransfer.rules.Verdict verdicts} and the rule ids are public contract; messages are plain
 * English and may change. Business problems are findings, never exceptions: evaluating a valid
 * request never throws.
 */
@NullMarked
package org.csptransfer.rules;

import org.jspecify.annotations.NullMarked;
