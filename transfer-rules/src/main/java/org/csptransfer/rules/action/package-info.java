/**
 * What a person must do before or while a plan is carried out: the sealed interface {@link
 * org.csptransfer.rules.action.RequiredAction} and one immutable class per kind, each built by its
 * {@code of} factory and each naming its values by the accessors the decision JSON's argument names
 * follow.
 *
 * <p>Kinds may arrive in a minor version (see {@link org.csptransfer.rules.action.RequiredAction}):
 * code that branches on them keeps a {@code default} branch.
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package org.csptransfer.rules.action;

import com.google.errorprone.annotations.CheckReturnValue;
import org.csptransfer.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
