package io.accessgraph.ingest.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.accessgraph.ingest.offline.InputClassifier.Classification;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads unmodified AWS CLI JSON outputs into a {@link Snapshot}. Each file is recognised by its
 * content, never its name. Bad content never throws: it becomes an {@link
 * io.accessgraph.model.snapshot.IngestProblem} naming the file and entity, and everything else is
 * still read.
 *
 * <p>Reading takes two passes so that only one file's bytes and tree are in memory at a time: every
 * file is first streamed through to find its kind, then the files are parsed and mapped one by one,
 * kind by kind.
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
    List<InputSource> sources = new ArrayList<>();
    for (Path path : paths) {
      sources.add(InputSource.of(dir.relativize(path).toString().replace('\\', '/'), path));
    }
    return read(sources, new IngestRun());
  }

  private static boolean isSideFile(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith("_") || name.startsWith(".");
  }

  /** Reads files held in memory, such as the bundled demo organization on the classpath. */
  public Snapshot read(List<InputFile> files) {
    return read(files.stream().map(InputSource::of).toList(), new IngestRun());
  }

  private Snapshot read(List<InputSource> sources, IngestRun run) {
    List<Classification> classified = sources.stream().map(InputClassifier::classify).toList();
    // Unreadable files are reported first and the rest by name, as in the order of the problems
    // from before the two passes (all files were read, then parsed).
    classified.stream().filter(Classification::unreadable).forEach(c -> c.reportTo(run));
    Map<InputKind, List<InputSource>> byKind = new EnumMap<>(InputKind.class);
    classified.stream()
        .filter(c -> !c.unreadable())
        .sorted(Comparator.comparing(c -> c.source().name()))
        .forEach(
            c -> {
              c.reportTo(run);
              c.recognised()
                  .ifPresent(
                      kind -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(c.source()));
            });
    // Kinds in declaration order: users must exist before credential files attach to them.
    byKind.forEach((kind, inputs) -> inputs.forEach(input -> apply(kind, input, run)));
    return run.toSnapshot();
  }

  static String unreadable(IOException e) {
    return "cannot read the file: " + e;
  }

  private static void apply(InputKind kind, InputSource input, IngestRun run) {
    FileProblems problems = run.problemsOf(input.name());
    Optional<JsonNode> root = parse(input, problems);
    if (root.isEmpty()) {
      return;
    }
    if (!InputDetector.detect(root.get()).equals(Optional.of(kind))) {
      problems.file("the file changed while it was being read; it was left out");
      return;
    }
    try {
      map(kind, root.get(), run, problems);
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

  // The bytes are dropped on return: only the tree outlives this method.
  private static Optional<JsonNode> parse(InputSource input, FileProblems problems) {
    try {
      return JsonInput.parse(input.load(), problems);
    } catch (IOException e) {
      problems.file(unreadable(e));
      return Optional.empty();
    }
  }

  private static void map(InputKind kind, JsonNode root, IngestRun run, FileProblems problems) {
    switch (kind) {
      case AUTHORIZATION_DETAILS -> AuthorizationDetailsMapper.map(root, run, problems);
      case EC2_INSTANCES -> Ec2InstancesMapper.map(root, run, problems);
      case OIDC_PROVIDERS -> IdentityProvidersMapper.mapOidc(root, run, problems);
      case SAML_PROVIDERS -> IdentityProvidersMapper.mapSaml(root, run, problems);
      case ORGANIZATION -> OrganizationMapper.map(root, run, problems);
      case ACCESS_KEYS -> AccessKeysMapper.map(root, run, problems);
      case CREDENTIAL_REPORT -> CredentialReportMapper.map(root, run, problems);
      case LAMBDA_FUNCTIONS -> LambdaFunctionsMapper.map(root, run, problems);
      case CLOUDFORMATION_STACKS -> CloudFormationStacksMapper.map(root, run, problems);
      case CODEBUILD_PROJECTS -> CodeBuildProjectsMapper.map(root, run, problems);
      case ECS_TASKS -> EcsMapper.map(root, run, problems);
      case GLUE_RESOURCES -> GlueMapper.map(root, run, problems);
      case SAGEMAKER_NOTEBOOKS -> SageMakerNotebooksMapper.map(root, run, problems);
    }
  }
}
