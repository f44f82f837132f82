package io.accessgraph.ingest.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account and region in a collector file name ({@code <account>-<service>-<region>.json}).
 * Files are recognised by content alone; the name is consulted only where AWS prints neither, as
 * Glue does (its lists carry no ARNs, and a job's role may be a bare name).
 *
 * @param accountId the account, or null when the name holds none
 * @param region the region, or null when the name holds none
 */
record CollectorFileName(String accountId, String region) {
  private static final Pattern ACCOUNT = Pattern.compile("(?:^|/)(\\d{12})-[^/]*$");
  private static final Pattern REGION = Pattern.compile("-([a-z]{2}(?:-[a-z]+)+-\\d+)\\.json$");

  static CollectorFileName of(String fileName) {
    Matcher account = ACCOUNT.matcher(fileName);
    Matcher region = REGION.matcher(fileName);
    return new CollectorFileName(
        account.find() ? account.group(1) : null, region.find() ? region.group(1) : null);
  }
}
