package org.quoteattribution.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Maven Central requires of a release (https://central.sonatype.org/publish/requirements/), checked on the POM
 * and on the packaged jars after {@code mvn package}: coordinates without SNAPSHOT, name, description, url, a licence,
 * developers and SCM in the POM; a sources jar and a Javadoc jar beside the library jar. And what this project adds:
 * the licence and the notice (with wikigold's CC-BY credit) in every jar, and an OSGi manifest exporting the API
 * package only. Signing and uploading are the release manager's (README, "Releasing"). The rules Maven itself can
 * check (Java and Maven versions, pinned plugins, converging dependencies) are maven-enforcer-plugin's, in the POM.
 */
class CentralRequirementsIT {

    private static Element project;
    private static Path target;
    private static String finalName;

    @BeforeAll
    static void readThePom() throws Exception {
        Path pom = Path.of(System.getProperty("release.pom", "pom.xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        project = document.getDocumentElement();
        target = Path.of(System.getProperty("release.target", "target"));
        finalName = text(project, "artifactId") + "-" + text(project, "version");
    }

    @Test
    void coordinatesAreARelease() {
        assertEquals("org.quoteattribution", text(project, "groupId"));
        assertFalse(text(project, "artifactId").isBlank());
        assertTrue(text(project, "version").matches("\\d+\\.\\d+\\.\\d+"), "a release version: " + text(project, "version"));
    }

    @Test
    void pomNamesDescribesAndLinksTheProject() {
        assertFalse(text(project, "name").isBlank(), "name");
        assertFalse(text(project, "description").isBlank(), "description");
        assertTrue(text(project, "url").startsWith("https://"), "url");
    }

    @Test
    void pomDeclaresALicenceWithItsUrl() {
        Element license = child(child(project, "licenses"), "license");
        assertEquals("Apache License, Version 2.0", text(license, "name"));
        assertTrue(text(license, "url").startsWith("https://"), "licence url");
    }

    @Test
    void pomNamesItsDevelopersAndItsSourceControl() {
        Element developer = child(child(project, "developers"), "developer");
        assertFalse(text(developer, "name").isBlank(), "developer name");
        Element scm = child(project, "scm");
        assertTrue(text(scm, "connection").startsWith("scm:git:"), "scm connection");
        assertTrue(text(scm, "developerConnection").startsWith("scm:git:"), "scm developerConnection");
        assertTrue(text(scm, "url").startsWith("https://"), "scm url");
    }

    @Test
    void sourcesJarHoldsTheSources() throws IOException {
        try (JarFile jar = new JarFile(artifact("-sources.jar").toFile())) {
            assertNotNull(jar.getEntry("org/quoteattribution/QuoteAttributor.java"));
            assertNotNull(jar.getEntry("org/quoteattribution/internal/Pipeline.java"));
        }
    }

    @Test
    void javadocJarDocumentsTheApi() throws IOException {
        try (JarFile jar = new JarFile(artifact("-javadoc.jar").toFile())) {
            assertNotNull(jar.getEntry("index.html"));
            assertTrue(jar.stream().anyMatch(e -> e.getName().endsWith("org/quoteattribution/QuoteAttributor.html")),
                    "QuoteAttributor's page");
            assertTrue(jar.stream().noneMatch(e -> e.getName().contains("/internal/")), "no internal package");
        }
    }

    @Test
    void everyJarCarriesTheLicenceAndTheNoticeWithTheTrainingDataCredit() throws IOException {
        for (String suffix : new String[] {".jar", "-cli.jar", "-training.jar"}) {
            try (JarFile jar = new JarFile(artifact(suffix).toFile())) {
                assertTrue(read(jar, "META-INF/LICENSE").contains("Apache License"), suffix + " LICENSE");
                String notice = read(jar, "META-INF/NOTICE");
                assertTrue(notice.contains("wikigold") && notice.contains("Balasuriya")
                        && notice.contains("creativecommons.org/licenses/by/4.0"), suffix + " NOTICE credits wikigold");
                assertTrue(notice.contains("Apache OpenNLP"), suffix + " NOTICE credits OpenNLP");
            }
        }
    }

    @Test
    void libraryJarIsAnOsgiBundleExportingTheApiOnly() throws IOException {
        try (JarFile jar = new JarFile(artifact(".jar").toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertEquals("org.quoteattribution", manifest.getValue("Bundle-SymbolicName"));
            assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
            assertEquals(text(project, "version"), manifest.getValue("Bundle-Version"));
            String exports = manifest.getValue("Export-Package");
            assertTrue(exports.startsWith("org.quoteattribution;"), exports);
            assertFalse(exports.contains("internal"), "internal packages are private: " + exports);
            String imports = manifest.getValue("Import-Package");
            assertTrue(imports.contains("opennlp.tools.util") && imports.contains("org.jsoup"), imports);
            assertFalse(imports.contains("org.quoteattribution"), "no import of its own packages: " + imports);
        }
    }

    private static Path artifact(String suffix) {
        Path path = target.resolve(finalName + suffix);
        assertTrue(Files.isRegularFile(path), "not packaged: " + path);
        return path;
    }

    private static String read(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertNotNull(entry, name + " in " + jar.getName());
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("the POM has no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().strip();
    }
}
