/**
 * The verbs of csp-transfer: a {@link org.csptransfer.rules.TransitionPipeline} of {@link
 * org.csptransfer.rules.Rule rules} judges a {@link org.csptransfer.core.TransitionRequest} and
 * returns a {@link org.csptransfer.rules.TransitionDecision}.
 *
 * <p>The codes of {@link org.csptransfer.rules.FindingCode}, the {@link
 * org.csptransfer.rules.Verdict verdicts} and the rule ids are public contract; messages are
 * rendered from a finding's code and arguments, in English or French or a language a user adds (see
 * {@link org.csptransfer.rules.Messages}), and may be reworded between versions. Business problems
 * are findings, never exceptions: evaluating a request the builders accept never throws.
 *
 * <p>The standard rules are package-private classes of this package, reached through {@link
 * org.csptransfer.rules.StandardRule}; what they index per evaluation stays behind {@link
 * org.csptransfer.rules.RuleContext}'s public methods.
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package org.csptransfer.rules;

import com.google.errorprone.annotations.CheckReturnValue;
import org.csptransfer.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
