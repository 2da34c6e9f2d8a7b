package org.quoteattribution;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The package rules, checked on the compiled library ({@code target/classes}), command-line tool
 * ({@code target/cli-classes}) and trainers ({@code target/training-classes}); the folders come from the pom as
 * system properties (surefire's {@code systemPropertyVariables}). The test classes are never imported: tests may
 * reach anything.
 */
@AnalyzeClasses(locations = ArchitectureTest.BuildOutput.class)
class ArchitectureTest {

    private static final String API = "org.quoteattribution";
    private static final String INTERNAL = "org.quoteattribution.internal..";
    private static final String INTERNAL_ROOT = "org.quoteattribution.internal";
    private static final String CLI = "org.quoteattribution.cli..";
    private static final String TRAINING = "org.quoteattribution.training..";
    private static final String FACADE = "org.quoteattribution.QuoteAttributor";
    private static final String PIPELINE = "org.quoteattribution.internal.Pipeline";
    private static final String NLP_MODELS = "org.quoteattribution.internal.models.NlpModels";
    private static final String TRAINING_VIEW = "org.quoteattribution.internal.TrainingView";

    /** The library: the API package and everything internal (what the library jar holds). */
    private static final DescribedPredicate<JavaClass> LIBRARY =
            resideInAnyPackage(API, INTERNAL).as("library classes (API and internal)");

    /** The imported folders, named by the pom. */
    static final class BuildOutput implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            Set<Location> locations = new LinkedHashSet<>();
            for (String property : List.of("architecture.library.classes", "architecture.cli.classes",
                    "architecture.training.classes")) {
                String folder = System.getProperty(property);
                if (folder == null || !Files.isDirectory(Path.of(folder))) {
                    throw new IllegalStateException("system property " + property + " must name a folder of compiled"
                            + " classes (set by the pom's surefire configuration), but is " + folder);
                }
                locations.add(Location.of(Path.of(folder)));
            }
            return locations;
        }
    }

    // ---- no package cycles ----

    @ArchTest
    static void no_cycles_between_the_top_level_packages(JavaClasses classes) {
        slices().matching("org.quoteattribution.(*)..").should().beFreeOfCycles().check(classes);
    }

    @ArchTest
    static void no_cycles_between_the_internal_stage_packages(JavaClasses classes) {
        slices().matching("org.quoteattribution.internal.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Pipeline and TrainingView sit above every stage: a stage reaching them would close a cycle through them. */
    @ArchTest
    static void no_stage_package_depends_on_the_internal_root_package(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.quoteattribution.internal.*..")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL_ROOT)
                .check(classes);
    }

    // ---- the API ----

    @ArchTest
    static void api_types_other_than_the_facade_do_not_depend_on_internal_packages(JavaClasses classes) {
        noClasses().that().resideInAPackage(API).and().doNotHaveFullyQualifiedName(FACADE)
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .check(classes);
    }

    @ArchTest
    static void the_facade_reaches_only_the_pipeline_and_the_models_of_internal(JavaClasses classes) {
        noClasses().that().haveFullyQualifiedName(FACADE)
                .should().dependOnClassesThat(resideInAPackage(INTERNAL)
                        .and(not(name(PIPELINE))).and(not(name(NLP_MODELS))))
                .check(classes);
    }

    @ArchTest
    static void api_types_expose_no_guava_or_opennlp_type_in_a_public_signature(JavaClasses classes) {
        classes().that().resideInAPackage(API).and().arePublic()
                .should(exposeInTheirSignaturesNo(resideInAnyPackage("com.google.common..", "opennlp..")
                        .as("Guava or OpenNLP type")))
                .check(classes);
    }

    // ---- library, tool, trainers ----

    @ArchTest
    static void library_code_does_not_depend_on_the_cli_or_the_trainers(JavaClasses classes) {
        noClasses().that(LIBRARY)
                .should().dependOnClassesThat().resideInAnyPackage(CLI, TRAINING)
                .check(classes);
    }

    @ArchTest
    static void the_cli_depends_only_on_the_api(JavaClasses classes) {
        classes().that().resideInAPackage(CLI)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.quoteattribution..")
                        .or(resideInAnyPackage(API, CLI)))
                .check(classes);
    }

    @ArchTest
    static void the_trainers_reach_internal_code_only_through_training_view_and_models(JavaClasses classes) {
        noClasses().that().resideInAPackage(TRAINING)
                .should().dependOnClassesThat(resideInAPackage(INTERNAL)
                        .and(not(classOrNestedIn(TRAINING_VIEW)))
                        .and(not(resideInAPackage("org.quoteattribution.internal.models.."))))
                .check(classes);
    }

    @ArchTest
    static void the_lexicon_depends_on_no_other_internal_package(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.quoteattribution.internal.lexicon..")
                .should().dependOnClassesThat(resideInAPackage(INTERNAL)
                        .and(not(resideInAPackage("org.quoteattribution.internal.lexicon.."))))
                .check(classes);
    }

    // ---- a library does not own the process ----

    @ArchTest
    static void library_code_neither_exits_the_jvm_nor_uses_the_standard_streams(JavaClasses classes) {
        noClasses().that(LIBRARY)
                .should(ACCESS_STANDARD_STREAMS)
                .orShould().accessTargetWhere(exitingTheJvm())
                .check(classes);
    }

    private static DescribedPredicate<JavaAccess<?>> exitingTheJvm() {
        return describe("System.exit, Runtime.exit or Runtime.halt", access -> {
            AccessTarget target = access.getTarget();
            String owner = target.getOwner().getName();
            String method = target.getName();
            return owner.equals(System.class.getName()) && method.equals("exit")
                    || owner.equals(Runtime.class.getName()) && (method.equals("exit") || method.equals("halt"));
        });
    }

    /** A class and the classes nested in it, by name (the rules never load the classes they check). */
    private static DescribedPredicate<JavaClass> classOrNestedIn(String className) {
        return describe(className + " or a class nested in it",
                c -> c.getName().equals(className) || c.getName().startsWith(className + "$"));
    }

    /**
     * Every type a caller outside the package sees in the class's signatures: its supertypes and type parameters,
     * and the types (with their type arguments and bounds) of its public and protected fields, constructors and
     * methods, thrown exceptions included.
     */
    private static ArchCondition<JavaClass> exposeInTheirSignaturesNo(DescribedPredicate<? super JavaClass> forbidden) {
        return new ArchCondition<>("expose no " + forbidden.getDescription() + " in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> places = new ArrayList<>();
                List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
                type.getSuperclass().ifPresent(supertypes::add);
                supertypes.addAll(type.getTypeParameters());
                collect("the declaration of " + type.getName(), supertypes.stream(), forbidden, places);
                for (JavaField field : type.getFields()) {
                    if (visible(field)) {
                        collect(field.getFullName(), Stream.of(field.getType()), forbidden, places);
                    }
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (visible(unit)) {
                        Stream<JavaType> signature = Stream.of(
                                Stream.<JavaType>of(unit.getReturnType()),
                                unit.getParameterTypes().stream(),
                                unit.getThrowsClause().getTypes().stream(),
                                unit.getTypeParameters().stream()).flatMap(s -> s);
                        collect(unit.getFullName(), signature, forbidden, places);
                    }
                }
                for (String place : places) {
                    events.add(SimpleConditionEvent.violated(type, place));
                }
            }
        };
    }

    private static boolean visible(HasModifiers member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC)
                || member.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static void collect(String where, Stream<? extends JavaType> types,
            DescribedPredicate<? super JavaClass> forbidden, List<String> places) {
        types.flatMap(t -> t.getAllInvolvedRawTypes().stream()).distinct().filter(forbidden)
                .forEach(raw -> places.add(where + " exposes " + raw.getName()));
    }
}
