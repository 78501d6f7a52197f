package org.csptransfer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each value's builder is a documented abstract class the generated builder implements: every
 * public method of the generated builder is declared (and so documented) on it, and users can
 * neither subclass it nor see the generated class.
 */
class BuilderApiTest {

  private static Class<?> builderOf(Class<?> value) {
    return Arrays.stream(value.getDeclaredClasses())
        .filter(nested -> nested.getSimpleName().equals("Builder"))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        Customer.class,
        Offer.class,
        OfferCatalog.class,
        Partner.class,
        PlannedSubscription.class,
        RegionCatalog.class,
        ServicePlanTier.class,
        ServicePlanTiers.class,
        Sku.class,
        SkuCatalog.class,
        Subscription.class,
        Transfer.class,
        TransitionPolicy.class,
        TransitionRequest.class
      })
  void theBuilderIsAnAbstractClassDeclaringEveryGeneratedMethod(Class<?> value) throws Exception {
    Class<?> builder = builderOf(value);
    assertTrue(Modifier.isPublic(builder.getModifiers()), builder::getName);
    assertTrue(Modifier.isAbstract(builder.getModifiers()), builder::getName);
    for (Constructor<?> constructor : builder.getDeclaredConstructors()) {
      int modifiers = constructor.getModifiers();
      assertTrue(
          !Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers),
          () -> builder.getName() + ": users may not subclass it");
    }
    Class<?> generated =
        Class.forName(value.getPackageName() + ".Immutable" + value.getSimpleName() + "$Builder");
    assertSame(builder, generated.getSuperclass(), "the generated builder implements ours");
    assertTrue(!Modifier.isPublic(generated.getDeclaringClass().getModifiers()), "hidden");
    List<String> undeclared = new ArrayList<>();
    for (Method method : generated.getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
        continue;
      }
      try {
        Method declared = builder.getMethod(method.getName(), method.getParameterTypes());
        assertSame(builder, declared.getDeclaringClass(), declared::toString);
      } catch (NoSuchMethodException e) {
        undeclared.add(method.getName() + Arrays.toString(method.getParameterTypes()));
      }
    }
    assertEquals(List.of(), undeclared, "generated but not declared (so not documented)");
    Method build = builder.getMethod("build");
    assertSame(value, build.getReturnType());
    assertTrue(Modifier.isAbstract(build.getModifiers()));
  }

  @ParameterizedTest
  @ValueSource(classes = {Partner.class, Subscription.class, TransitionPolicy.class})
  void theFactoryReturnsTheGeneratedBuilderAsTheDeclaredType(Class<?> value) throws Exception {
    Object builder = value.getMethod("builder").invoke(null);
    assertTrue(builderOf(value).isInstance(builder));
    assertEquals(
        new TreeSet<>(List.of("builder")),
        new TreeSet<>(
            Arrays.stream(value.getMethods())
                .filter(method -> method.getReturnType() == builderOf(value))
                .map(Method::getName)
                .toList()),
        "one way in");
  }

  @org.junit.jupiter.api.Test
  void aMissingMandatoryAttributeIsNamedByBuild() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class, () -> Partner.builder().id(PartnerId.of("1")).build());
    String message = String.valueOf(missing.getMessage());
    assertTrue(message.contains("name") && message.contains("country"), message);
    NullPointerException nullName =
        assertThrows(NullPointerException.class, () -> Partner.builder().name(nullString()));
    assertEquals("name", nullName.getMessage());
  }

  @SuppressWarnings("NullAway") // passing null is the point
  private static String nullString() {
    return null;
  }
}
