package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The thread-safety argument, checked: everything a {@link QuoteAttributor} holds, and every static field of the
 * library, is final and immutable all the way down, so threads sharing one attributor share nothing they can
 * change. Per-article state (documents, taggers, the OpenNLP {@code *ME} classes) lives in local variables of one
 * call. The only things taken on trust are OpenNLP's model objects, which are filled when loaded and only read
 * afterwards.
 */
class SharedStateTest {

    /** Values of these types cannot change once made. */
    private static final Set<Class<?>> IMMUTABLE = Set.of(String.class, Boolean.class, Integer.class, Long.class,
            Double.class, Character.class, Class.class, java.util.Locale.class, java.util.regex.Pattern.class);

    /**
     * Library classes that hold state which is mutable but safe to share, each with its argument in its Javadoc: the
     * compact models' private arrays (filled in the constructor, only read after), the models' futures (all done
     * before an attributor is returned) and the lemmatizer's memoizing supplier, the tokenizer's bounded concurrent
     * cache, and the per-thread OpenNLP taggers. Their own fields must still be final; what they hold is not walked.
     */
    private static final Set<String> THREAD_SAFE_BY_DESIGN = Set.of(
            "org.quoteattribution.internal.models.CompactMaxentModel",
            "org.quoteattribution.internal.models.NlpModels",
            "org.quoteattribution.internal.text.WordSplits",
            "org.quoteattribution.internal.text.GreedyTagger",
            "org.quoteattribution.internal.entities.SharedNameFinder");

    @Test
    void everythingAnAttributorHoldsIsFinalAndImmutable() {
        List<String> problems = new ArrayList<>();
        check(SharedAttributor.get(), "attributor", problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyStaticFieldOfTheLibraryIsFinalAndImmutable() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Class<?> c : libraryClasses()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    String path = c.getSimpleName() + "." + f.getName();
                    if (!Modifier.isFinal(f.getModifiers())) {
                        problems.add(path + " is not final");
                    }
                    f.setAccessible(true);
                    check(f.get(null), path, problems, seen);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null || IMMUTABLE.contains(value.getClass()) || value instanceof Enum<?> || value instanceof Path
                || !seen.add(value)) {
            return;
        }
        Class<?> c = value.getClass();
        String name = c.getName();
        if (name.startsWith("opennlp.tools.") && name.endsWith("Model")
                || value instanceof opennlp.tools.util.model.BaseModel) {
            return; // filled when loaded, read-only afterwards: OpenNLP documents models as shareable
        }
        if (value instanceof org.slf4j.Logger) {
            return; // SLF4J requires loggers to be thread-safe
        }
        if (value instanceof com.google.common.base.CharMatcher || value instanceof com.google.common.base.Splitter) {
            return; // Guava documents both as immutable and thread-safe
        }
        if (value instanceof Optional<?> optional) {
            check(optional.orElse(null), path + ".get()", problems, seen);
            return;
        }
        if (value instanceof Collection<?> collection) {
            if (!isUnmodifiable(c)) {
                problems.add(path + " is a modifiable " + name);
            }
            int i = 0;
            for (Object element : collection) {
                check(element, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            if (!isUnmodifiable(c)) {
                problems.add(path + " is a modifiable " + name);
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(e.getKey(), path + ".key", problems, seen);
                check(e.getValue(), path + "[" + e.getKey() + "]", problems, seen);
            }
            return;
        }
        if (c.isArray()) {
            problems.add(path + " is an array, which anyone holding it can change");
            return;
        }
        if (!name.startsWith("org.quoteattribution.")) {
            problems.add(path + " holds a " + name + ", not known to be immutable");
            return;
        }
        boolean safeByDesign = THREAD_SAFE_BY_DESIGN.contains(name);
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                String fieldPath = path + "." + f.getName();
                if (!Modifier.isFinal(f.getModifiers())) {
                    problems.add(fieldPath + " is not final");
                }
                if (safeByDesign) {
                    continue;
                }
                f.setAccessible(true);
                try {
                    check(f.get(value), fieldPath, problems, seen);
                } catch (IllegalAccessException e) {
                    problems.add(fieldPath + " cannot be read: " + e.getMessage());
                }
            }
        }
    }

    private static boolean isUnmodifiable(Class<?> c) {
        String name = c.getName();
        return Stream.of("java.util.ImmutableCollections$", "java.util.Collections$Unmodifiable",
                "java.util.Collections$Empty", "java.util.Collections$Singleton", "com.google.common.collect.Immutable",
                "com.google.common.collect.Regular", "com.google.common.collect.Singleton").anyMatch(name::startsWith);
    }

    /** Every class compiled from {@code src/main/java}. */
    private static List<Class<?>> libraryClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(QuoteAttributor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.equals("module-info")) {
                    classes.add(Class.forName(name, true, SharedStateTest.class.getClassLoader()));
                }
            }
        }
        assertEquals(true, classes.size() > 20, "found only " + classes);
        return classes;
    }
}
