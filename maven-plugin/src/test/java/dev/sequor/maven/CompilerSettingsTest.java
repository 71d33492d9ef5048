package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class CompilerSettingsTest {

  private static MavenProject project(String configuration, Properties properties) throws Exception {
    Model model = new Model();
    model.setGroupId("shop");
    model.setArtifactId("shop");
    model.setVersion("1");
    model.setProperties(properties);
    Build build = new Build();
    build.setDirectory("/work/shop/target");
    if (configuration != null) {
      Plugin compiler = new Plugin();
      compiler.setGroupId("org.apache.maven.plugins");
      compiler.setArtifactId("maven-compiler-plugin");
      compiler.setConfiguration(Xpp3DomBuilder.build(new StringReader(
          "<configuration>" + configuration + "</configuration>")));
      build.addPlugin(compiler);
    }
    model.setBuild(build);
    return new MavenProject(model);
  }

  private static Properties properties(String... keysAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return properties;
  }

  @Test
  void releaseEncodingAndProcessorOptions_areTaken_butNotSequorsOwn() throws Exception {
    MavenProject project = project("""
        <release>21</release>
        <encoding>ISO-8859-1</encoding>
        <compilerArgs>
          <arg>-Xlint:all</arg>
          <arg>-Amapstruct.defaultComponentModel=spring</arg>
          <arg>-Asequor.pendingChanges=error</arg>
          <arg>-Asequor.snapshotDir=/work/shop/src/main/resources/db/snapshot</arg>
          <arg>-Werror</arg>
        </compilerArgs>
        <annotationProcessors>
          <annotationProcessor>dev.sequor.processor.SequorProcessor</annotationProcessor>
        </annotationProcessors>
        """, new Properties());

    CompilerSettings settings = CompilerSettings.of(project, new Properties());

    assertEquals(List.of("--release", "21", "-encoding", "ISO-8859-1", "-processor",
        "dev.sequor.processor.SequorProcessor", "-Amapstruct.defaultComponentModel=spring"), settings.options());
    assertEquals(Optional.of(Path.of("/work/shop/src/main/resources/db/snapshot")), settings.snapshotDir());
    assertEquals(Path.of("/work/shop/target/generated-sources/annotations"), settings.generatedSourcesDirectory());
    assertEquals(List.of(), settings.processorPath());
  }

  @Test
  void theCompilerPluginsProperties_areItsDefaults_theCommandLineFirst() throws Exception {
    MavenProject project = project(null, properties("maven.compiler.release", "17",
        "project.build.sourceEncoding", "UTF-8", "maven.compiler.enablePreview", "true"));

    assertEquals(List.of("--release", "17", "-encoding", "UTF-8", "--enable-preview"),
        CompilerSettings.of(project, new Properties()).options());
    assertEquals(List.of("--release", "21", "-encoding", "UTF-8", "--enable-preview"),
        CompilerSettings.of(project, properties("maven.compiler.release", "21")).options());
  }

  @Test
  void sourceWithoutRelease_isTaken_andNothingWhenNeitherIsSet() throws Exception {
    assertEquals(List.of("-source", "17"),
        CompilerSettings.of(project("<source>17</source><target>17</target>", new Properties()), new Properties())
            .options());
    assertEquals(List.of(), CompilerSettings.of(project(null, new Properties()), new Properties()).options());
  }

  @Test
  void defaultCompileExecution_winsOverThePluginsConfiguration() throws Exception {
    MavenProject project = project("<release>17</release>", new Properties());
    PluginExecution execution = new PluginExecution();
    execution.setId("default-compile");
    execution.setConfiguration(Xpp3DomBuilder.build(new StringReader(
        "<configuration><release>21</release></configuration>")));
    project.getPlugin(CompilerSettings.COMPILER_PLUGIN).addExecution(execution);

    assertEquals(List.of("--release", "21"), CompilerSettings.of(project, new Properties()).options());
  }

  @Test
  void annotationProcessorPaths_withExclusions_andVersionsFromDependencyManagement() throws Exception {
    MavenProject project = project("""
        <annotationProcessorPaths>
          <path>
            <groupId>dev.sequor</groupId>
            <artifactId>sequor-processor</artifactId>
            <version>0.1.0</version>
            <exclusions>
              <exclusion><groupId>com.palantir.javapoet</groupId><artifactId>javapoet</artifactId></exclusion>
            </exclusions>
          </path>
          <path>
            <groupId>org.mapstruct</groupId>
            <artifactId>mapstruct-processor</artifactId>
          </path>
          <path>
            <groupId>org.other</groupId>
            <artifactId>unmanaged</artifactId>
            <classifier>all</classifier>
          </path>
        </annotationProcessorPaths>
        """, new Properties());
    Dependency managed = new Dependency();
    managed.setGroupId("org.mapstruct");
    managed.setArtifactId("mapstruct-processor");
    managed.setVersion("1.6.3");
    DependencyManagement management = new DependencyManagement();
    management.addDependency(managed);
    project.getModel().setDependencyManagement(management);

    List<CompilerSettings.ProcessorArtifact> path = CompilerSettings.of(project, new Properties()).processorPath();

    assertEquals(new CompilerSettings.ProcessorArtifact("dev.sequor", "sequor-processor", "0.1.0", "", "jar",
        List.of("com.palantir.javapoet:javapoet")), path.get(0));
    assertEquals("1.6.3", path.get(1).version());
    assertNull(path.get(2).version());
    assertEquals("all", path.get(2).classifier());
  }

  @Test
  void processorPathEntryWithoutArtifactId_isSaid() throws Exception {
    MavenProject project = project(
        "<annotationProcessorPaths><path><groupId>dev.sequor</groupId></path></annotationProcessorPaths>",
        new Properties());
    UsageException e = assertThrows(UsageException.class, () -> CompilerSettings.of(project, new Properties()));
    assertTrue(e.getMessage().contains("has no artifactId"), e.getMessage());
  }
}
