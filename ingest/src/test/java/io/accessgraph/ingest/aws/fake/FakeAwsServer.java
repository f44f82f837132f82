package io.accessgraph.ingest.aws.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * An AWS endpoint on 127.0.0.1 that answers the real SDK clients from a scenario directory of raw
 * response files (see {@link FixtureResolver} for the lookup and {@link Fixture} for file names).
 * The signing access key tells which account is calling: keys are {@code AKIA}/{@code ASIA} + the
 * 12-digit account id (+ anything), so the STS AssumeRole fixture hands out keys that route the
 * member account's calls to its own directory.
 *
 * <p>Fixture bodies may use {@code {{caller}}} (the signing account), {@code {{region}}}, {@code
 * {{param:Name}}} and {@code {{arnAccount:Name}}} (the account of an ARN parameter).
 *
 * <pre>{@code
 * try (FakeAwsServer aws = FakeAwsServer.fromClasspath("aws/org-e2e")) {
 *   System.setProperty("aws.accessKeyId", FakeAwsServer.accessKeyFor("111111111111"));
 *   ... --endpoint-url aws.endpoint() ...
 * }
 * }</pre>
 */
public final class FakeAwsServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final FixtureResolver fixtures;
  private final FileSystem ownedFileSystem;
  private final List<FakeRequest> requests = new CopyOnWriteArrayList<>();
  private final List<Fault> faults = new CopyOnWriteArrayList<>();

  private FakeAwsServer(Path scenario, FileSystem ownedFileSystem) throws IOException {
    this.fixtures = new FixtureResolver(scenario);
    this.ownedFileSystem = ownedFileSystem;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(8);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves the scenario in a directory. */
  public static FakeAwsServer start(Path scenarioDir) {
    try {
      return new FakeAwsServer(scenarioDir, null);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake AWS server", e);
    }
  }

  /** Serves a scenario on the classpath (a directory, or inside the ingest test-jar). */
  public static FakeAwsServer fromClasspath(String resourceDir) {
    URL url = FakeAwsServer.class.getClassLoader().getResource(resourceDir);
    if (url == null) {
      throw new IllegalArgumentException("no scenario " + resourceDir + " on the classpath");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        FileSystem owned = null;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
          owned = fs;
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return new FakeAwsServer(fs.getPath(resourceDir), owned);
      }
      return new FakeAwsServer(Path.of(uri), null);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open scenario " + resourceDir, e);
    }
  }

  /** The access key id that the fake maps to {@code accountId}. */
  public static String accessKeyFor(String accountId) {
    return "AKIA" + accountId + "FAKE";
  }

  /** Static credentials that sign as {@code accountId}. */
  public static AwsCredentialsProvider credentialsFor(String accountId) {
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(accessKeyFor(accountId), "fake-secret-" + accountId));
  }

  /** The endpoint URL to give every client ({@code --endpoint-url}). */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Every request received so far, in arrival order. */
  public List<FakeRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * Answers matching requests with a scenario file instead of their fixture.
   *
   * @param account, service, region, action what to match; null matches anything
   * @param times how many requests to answer so, or -1 for all
   * @param fixture the response file, relative to the scenario (its name gives the status)
   */
  public void fail(
      String account, String service, String region, String action, int times, String fixture) {
    faults.add(new Fault(account, service, region, action, times, fixtures.file(fixture)));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      FakeRequest request;
      try {
        request = RequestParser.parse(exchange);
      } catch (FakeProtocolException e) {
        send(exchange, 400, "text/plain", e.getMessage());
        return;
      }
      requests.add(request);
      Optional<Fixture> fault = takeFault(request);
      Fixture fixture = fault.orElseGet(() -> fixtures.find(request).orElse(null));
      if (fixture == null) {
        noFixture(exchange, request);
        return;
      }
      String body;
      try {
        body = Templates.apply(fixture.body(), request);
      } catch (FakeProtocolException e) {
        send(exchange, 400, "text/plain", fixture.path() + ": " + e.getMessage());
        return;
      }
      if (fixture.extension().equals("json") && body.contains("\"__type\"")) {
        String type = body.replaceAll("(?s).*\"__type\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        exchange.getResponseHeaders().add("x-amzn-ErrorType", type);
      }
      send(exchange, fixture.status(), contentType(request, fixture), body);
    }
  }

  private Optional<Fixture> takeFault(FakeRequest request) {
    synchronized (faults) {
      for (Fault f : new ArrayList<>(faults)) {
        if (f.matches(request)) {
          if (f.times > 0 && --f.times == 0) {
            faults.remove(f);
          }
          return Optional.of(f.fixture);
        }
      }
    }
    return Optional.empty();
  }

  private static void noFixture(HttpExchange exchange, FakeRequest r) throws IOException {
    String message =
        "fake AWS has no fixture for "
            + r.account()
            + "/"
            + r.service()
            + "/"
            + r.region()
            + " "
            + r.action()
            + " "
            + r.params();
    boolean json = exchange.getRequestHeaders().getFirst("X-Amz-Target") != null;
    if (json || r.service().equals("lambda")) {
      exchange.getResponseHeaders().add("x-amzn-ErrorType", "FakeNoFixture");
      send(
          exchange,
          400,
          "application/x-amz-json-1.1",
          "{\"__type\":\"FakeNoFixture\",\"message\":\"" + message.replace("\"", "'") + "\"}");
    } else if (r.service().equals("ec2")) {
      send(
          exchange,
          400,
          "text/xml",
          "<Response><Errors><Error><Code>FakeNoFixture</Code><Message>"
              + escape(message)
              + "</Message></Error></Errors><RequestID>fake</RequestID></Response>");
    } else {
      send(
          exchange,
          400,
          "text/xml",
          "<ErrorResponse><Error><Type>Sender</Type><Code>FakeNoFixture</Code><Message>"
              + escape(message)
              + "</Message></Error><RequestId>fake</RequestId></ErrorResponse>");
    }
  }

  private static String contentType(FakeRequest request, Fixture fixture) {
    if (fixture.extension().equals("xml")) {
      return "text/xml";
    }
    return request.service().equals("lambda") ? "application/json" : "application/x-amz-json-1.1";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-" + System.nanoTime());
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    if (ownedFileSystem != null) {
      try {
        ownedFileSystem.close();
      } catch (IOException e) {
        // only a read-only view of the test-jar
      }
    }
  }

  /** An injected answer for matching requests. */
  private static final class Fault {
    final String account;
    final String service;
    final String region;
    final String action;
    final Fixture fixture;
    int times;

    Fault(String account, String service, String region, String action, int times, Fixture f) {
      this.account = account;
      this.service = service;
      this.region = region;
      this.action = action;
      this.times = times;
      this.fixture = f;
    }

    boolean matches(FakeRequest r) {
      return (account == null || account.equals(r.account()))
          && (service == null || service.equals(r.service()))
          && (region == null || region.equals(r.region()))
          && (action == null || action.equals(r.action()));
    }
  }
}
