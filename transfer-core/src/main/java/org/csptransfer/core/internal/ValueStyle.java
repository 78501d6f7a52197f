package org.csptransfer.core.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of csp-transfer. Styles are not merged, so no type declares its own.
 *
 * <p>Generated {@code Immutable*} classes stay package-private: users see the abstract type, its
 * {@code of} factories and its nested {@code Builder}, never the generated name. Each value
 * declares that builder as a public abstract class with a package-private constructor: every
 * setter, {@code from} and {@code build()} is an abstract method we document (what it refuses, what
 * {@code build()} throws), and the generated builder extends it and implements them (Immutables
 * does so for a nested abstract class named {@code Builder}). A setter added to a value without its
 * declaration stays out of the API until it is documented. A generated builder is made with {@code
 * new} ({@code builder = "new"}), not by a static {@code builder()} on the generated class, so a
 * value whose builder is hand-written (the lifecycle table) may name its own {@code builder()}. Of
 * the annotations Immutables would add when it finds them on the class path, only Error Prone's
 * {@code CanIgnoreReturnValue} is allowed: the packages are {@code @CheckReturnValue}, and a
 * builder's setters may be called for their effect. It is a marker with class retention, so users
 * compiling against our jars without Error Prone's annotations see no warning. Collections are the
 * JDK's ({@code jdkOnly}): the API shows {@code List}, {@code Set} and {@code Map}, never a Guava
 * type, and a null element is refused with a message naming its attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    builder = "new",
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {CanIgnoreReturnValue.class})
public @interface ValueStyle {}
