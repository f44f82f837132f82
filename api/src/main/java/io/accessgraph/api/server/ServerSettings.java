package io.accessgraph.api.server;

import java.nio.file.Path;

/**
 * How the server listens and where it keeps its files.
 *
 * @param bindAddress 127.0.0.1 unless the operator asks for more
 * @param dataDir where the generated API token file lives
 */
public record ServerSettings(int port, String bindAddress, Path dataDir) {
  public ServerSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
    }
  }

  public boolean loopbackOnly() {
    return bindAddress.equals("127.0.0.1")
        || bindAddress.equals("::1")
        || bindAddress.equals("localhost");
  }
}
