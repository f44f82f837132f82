package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.model.snapshot.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads unmodified AWS CLI JSON outputs into a {@link Snapshot}. Each file is recognised by its
 * content, never its name. Bad content never throws: it becomes an {@link
 * io.accessgraph.model.snapshot.IngestProblem} naming the file and entity, and everything else is
 * still read.
 */
public final class OfflineSnapshotReader {

  /**
   * Reads every regular file under {@code dir}, recursively; problems name files relative to it.
   * Files whose name starts with '_' or '.' are skipped: hidden files, and the side files that the
   * collector and the generator write next to the data ({@code _collect-summary.json}, {@code
   * _expected.json}).
   *
   * @throws IllegalArgumentException when {@code dir} is missing, not a directory or unreadable
   */
  public Snapshot read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "input directory "
              + dir.toAbsolutePath()
              + (Files.exists(dir) ? " is not a directory" : " does not exist"));
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.filter(Files::isRegularFile).filter(p -> !isSideFile(p)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException(
          "cannot read input directory " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
    }
    IngestRun run = new IngestRun();
    List<InputFile> files = new ArrayList<>();
    for (Path path : paths) {
      String name = dir.relativize(path).toString().replace('\\', '/');
      try {
        files.add(new InputFile(name, Files.readAllBytes(path)));
      } catch (IOException e) {
        run.problemsOf(name).file("cannot read the file: " + e);
      }
    }
    return read(files, run);
  }

  private static boolean isSideFile(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith("_") || name.startsWith(".");
  }

  /** Reads files held in memory, such as the bundled demo organization on the classpath. */
  public Snapshot read(List<InputFile> files) {
    return read(files, new IngestRun());
  }

  private Snapshot read(List<InputFile> files, IngestRun run) {
    Map<InputKind, List<ParsedInput>> byKind = new EnumMap<>(InputKind.class);
    files.stream()
        .sorted(Comparator.comparing(InputFile::name))
        .forEach(
            file -> {
              FileProblems problems = run.problemsOf(file.name());
              JsonInput.parse(file, problems)
                  .ifPresent(
                      root ->
                          InputDetector.detect(root)
                              .ifPresentOrElse(
                                  kind ->
                                      byKind
                                          .computeIfAbsent(kind, k -> new ArrayList<>())
                                          .add(new ParsedInput(root, problems)),
                                  () -> problems.file(InputDetector.unrecognised(root))));
            });
    // Kinds in declaration order: users must exist before credential files attach to them.
    byKind.forEach((kind, inputs) -> inputs.forEach(input -> apply(kind, input, run)));
    return run.toSnapshot();
  }

  private static void apply(InputKind kind, ParsedInput input, IngestRun run) {
    FileProblems problems = input.problems();
    try {
      switch (kind) {
        case AUTHORIZATION_DETAILS -> AuthorizationDetailsMapper.map(input.root(), run, problems);
        case EC2_INSTANCES -> Ec2InstancesMapper.map(input.root(), run, problems);
        case OIDC_PROVIDERS -> IdentityProvidersMapper.mapOidc(input.root(), run, problems);
        case SAML_PROVIDERS -> IdentityProvidersMapper.mapSaml(input.root(), run, problems);
        case ORGANIZATION -> OrganizationMapper.map(input.root(), run, problems);
        case ACCESS_KEYS -> AccessKeysMapper.map(input.root(), run, problems);
        case CREDENTIAL_REPORT -> CredentialReportMapper.map(input.root(), run, problems);
        case LAMBDA_FUNCTIONS -> LambdaFunctionsMapper.map(input.root(), run, problems);
        case CLOUDFORMATION_STACKS -> CloudFormationStacksMapper.map(input.root(), run, problems);
        case CODEBUILD_PROJECTS -> CodeBuildProjectsMapper.map(input.root(), run, problems);
        case ECS_TASKS -> EcsMapper.map(input.root(), run, problems);
        case GLUE_RESOURCES -> GlueMapper.map(input.root(), run, problems);
        case SAGEMAKER_NOTEBOOKS -> SageMakerNotebooksMapper.map(input.root(), run, problems);
      }
    } catch (InputException e) {
      problems.file(
          kind.producedBy() + " output " + e.getMessage() + "; the rest of the file was left out");
    } catch (RuntimeException e) {
      // A bug here must not cost the other files, and the user gets a sentence, not a trace.
      problems.file(
          "could not be read as "
              + kind.producedBy()
              + " output ("
              + e
              + "); the rest of the file was left out, please report this");
    }
  }

  private record ParsedInput(JsonNode root, FileProblems problems) {}
}
