package io.accessgraph.api.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = AccessGraphCli.class.getPackage().getImplementationVersion();
    return new String[] {"accessgraph " + (version == null ? "development" : version)};
  }
}
