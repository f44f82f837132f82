package io.accessgraph.ingest.synth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Ids and dates in the shapes AWS prints, drawn from a seeded random so that a seed fixes them all.
 * Dates count from a base day the seed picks, never from the clock.
 */
final class SynthIds {
  private static final String UNIQUE_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String HEX = "0123456789abcdef";
  private static final DateTimeFormatter AWS_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  // 2018-01-01T00:00:00Z; entities are created within the following five years.
  private static final long EPOCH_2018 = 1_514_764_800L;
  private static final long FIVE_YEARS = 5L * 365 * 86_400;

  private SynthIds() {}

  /** An IAM unique id: AIDA (user), AROA (role), AGPA (group), ANPA (policy), AIPA (profile). */
  static String iamId(SplittableRandom rng, String prefix) {
    return prefix + chars(rng, UNIQUE_ID_CHARS, 17);
  }

  static String accessKeyId(SplittableRandom rng) {
    return "AKIA" + chars(rng, UNIQUE_ID_CHARS, 16);
  }

  static String hex(SplittableRandom rng, int length) {
    return chars(rng, HEX, length);
  }

  static String lowerAlnum(SplittableRandom rng, int length) {
    return chars(rng, LOWER_ALNUM, length);
  }

  /** A date within five years after the seed's base day. */
  static long createdAt(SplittableRandom rng, long seed) {
    return baseDay(seed) + rng.nextLong(FIVE_YEARS);
  }

  /** A date between {@code after} and one year later. */
  static long later(SplittableRandom rng, long after) {
    return after + 1 + rng.nextLong(365L * 86_400);
  }

  static String format(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC).format(AWS_DATE);
  }

  private static long baseDay(long seed) {
    return EPOCH_2018 + Math.floorMod(seed, 365L) * 86_400;
  }

  private static String chars(SplittableRandom rng, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
