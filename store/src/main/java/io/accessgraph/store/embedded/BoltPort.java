package io.accessgraph.store.embedded;

import io.accessgraph.store.StoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks the loopback port Bolt listens on. */
final class BoltPort {
  static final int DEFAULT = 7687;

  private BoltPort() {}

  /**
   * @param requested 0 for the default 7687, which falls back to a free port when taken (another
   *     Neo4j, another accessgraph); an explicit port must be free
   */
  static int choose(int requested) {
    int port = requested == 0 ? DEFAULT : requested;
    if (isFree(port)) {
      return port;
    }
    if (requested != 0) {
      throw new StoreException(
          "cannot start embedded Neo4j: Bolt port " + port + " on 127.0.0.1 is already in use");
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new StoreException("cannot find a free TCP port on 127.0.0.1 for Bolt", e);
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
