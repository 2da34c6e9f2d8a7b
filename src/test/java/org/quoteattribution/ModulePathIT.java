package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged library jar used as a JPMS module, as a user of the module path uses it (after Gson's test-jpms): a
 * consumer module with its own {@code module-info} ({@code requires org.quoteattribution;}) is compiled against the
 * jar and its runtime dependencies on the module path (OpenNLP and the OpenNLP model artifacts as automatic
 * modules, Guava, slf4j-api), and run in a child JVM with {@code --module-path ... -m consumer/consumer.Main}. Run by
 * failsafe in {@code mvn verify}, after the jar exists; the pom passes the jar, the file listing the dependencies'
 * paths (maven-dependency-plugin {@code build-classpath}) and a work folder as system properties. This test itself
 * runs on the class path; only the child JVM uses the module path.
 */
class ModulePathIT {

    private static final String ARTICLE = "“We will win,” Zelenskyy said on Wednesday.";
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 20);
    private static final long CHILD_TIMEOUT_SECONDS = 60;

    private static Path work;
    private static String modulePath;

    @BeforeAll
    static void locateTheJarAndItsDependencies() throws IOException {
        Path jar = Path.of(required("jpms.library.jar"));
        assertTrue(Files.isRegularFile(jar), "the library jar has not been packaged: " + jar);
        String dependencies = Files.readString(Path.of(required("jpms.dependencies.file")), StandardCharsets.UTF_8)
                .strip();
        assertFalse(dependencies.isEmpty(), "no runtime dependencies listed");
        modulePath = jar + File.pathSeparator + dependencies;
        work = Path.of(required("jpms.work.directory"));
        Files.createDirectories(work);
    }

    /** The quotes as the consumer prints them: one line a quote, the record's own text. */
    private static final String CONSUMER_MAIN = """
            package consumer;

            import java.time.LocalDate;
            import org.quoteattribution.Quote;
            import org.quoteattribution.QuoteAttributor;

            public final class Main {
                public static void main(String[] args) {
                    if (!Main.class.getModule().isNamed()
                            || !QuoteAttributor.class.getModule().getName().equals("org.quoteattribution")) {
                        throw new IllegalStateException("not on the module path: " + QuoteAttributor.class.getModule());
                    }
                    QuoteAttributor attributor = QuoteAttributor.create();
                    for (Quote quote : attributor.attribute(args[0], LocalDate.parse(args[1]))) {
                        System.out.println("QUOTE " + quote);
                    }
                }
            }
            """;

    @Test
    void aConsumerModuleCompilesAndRunsOnTheModulePath() throws Exception {
        Path module = work.resolve("consumer");
        Path classes = compile(module, """
                module consumer {
                    requires org.quoteattribution;
                }
                """, "consumer/Main.java", CONSUMER_MAIN).requireSuccess();

        Path out = work.resolve("consumer-stdout.txt");
        Path err = work.resolve("consumer-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + modulePath,
                "-m", "consumer/consumer.Main", ARTICLE, PUBLISHED.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            throw new AssertionError("the consumer did not finish in " + CHILD_TIMEOUT_SECONDS + " s; stderr:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), "the consumer failed on the module path; stdout:\n" + stdout
                + "\nstderr:\n" + stderr);

        List<String> printed = stdout.lines().filter(l -> l.startsWith("QUOTE ")).toList();
        assertEquals(1, printed.size(), "one quote expected; stdout:\n" + stdout + "\nstderr:\n" + stderr);
        String quote = printed.get(0);
        assertTrue(quote.contains("text=We will win,"), quote);
        assertTrue(quote.contains("speaker=Optional[Speaker[name=Optional[Zelenskyy]"), quote);
        assertTrue(quote.contains("value=Optional[2025-08-20]"), quote);

        // The same as on the class path, to the last digit of the confidence: every model loaded, the quote
        // classifier (which the library would silently do without) included.
        List<String> onTheClassPath = QuoteAttributor.create().attribute(ARTICLE, PUBLISHED).stream()
                .map(q -> "QUOTE " + q).toList();
        assertEquals(onTheClassPath, printed, "the module path and the class path disagree");
    }

    @Test
    void aConsumerModuleCannotCompileAgainstInternalPackages() throws IOException {
        Compilation compilation = compile(work.resolve("intruder"), """
                module intruder {
                    requires org.quoteattribution;
                }
                """, "intruder/Main.java", """
                package intruder;

                import org.quoteattribution.internal.Pipeline;
                import org.quoteattribution.internal.models.NlpModels;

                public final class Main {
                    Pipeline pipeline;
                    NlpModels models;
                }
                """);
        assertFalse(compilation.succeeded(), "a consumer compiled against an internal package");
        String errors = compilation.errors();
        // internal: not exported at all; internal.models: exported to OpenNLP only
        assertTrue(errors.contains("package org.quoteattribution.internal is declared in module org.quoteattribution,"
                + " which does not export it"), errors);
        assertTrue(errors.contains("package org.quoteattribution.internal.models is declared in module"
                + " org.quoteattribution, which does not export it to module intruder"), errors);
    }

    private record Compilation(Path classes, boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

        Path requireSuccess() {
            assertTrue(succeeded, "the consumer module did not compile:\n" + errors());
            return classes;
        }

        String errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
        }
    }

    /** Compiles one module (its module-info and one class) against the library's module path, in this JVM. */
    private static Compilation compile(Path folder, String moduleInfo, String classFile,
            String classSource) throws IOException {
        Path sources = folder.resolve("src");
        Path classes = folder.resolve("classes");
        deleteRecursively(folder);
        Files.createDirectories(sources.resolve(classFile).getParent());
        Files.createDirectories(classes);
        Files.writeString(sources.resolve("module-info.java"), moduleInfo, StandardCharsets.UTF_8);
        Files.writeString(sources.resolve(classFile), classSource, StandardCharsets.UTF_8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler (a JRE without javac?)");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            // only the module path: javac in this JVM would otherwise also search this test's own class path, where
            // the library's every package is visible
            files.setLocation(StandardLocation.CLASS_PATH, List.of());
            List<String> options = new ArrayList<>(List.of("--release", "17", "--module-path", modulePath,
                    "-d", classes.toString(), "-implicit:none", "-Xlint:none"));
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(
                    sources.resolve("module-info.java"), sources.resolve(classFile));
            StringWriter log = new StringWriter();
            boolean ok = javac.getTask(log, files, diagnostics, options, null, units).call();
            return new Compilation(classes, ok, diagnostics.getDiagnostics());
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, "system property " + property + " is not set (the pom's failsafe configuration sets it)");
        return value;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
