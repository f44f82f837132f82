package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The state shared by the factories while one account is generated: the account so far, its kind,
 * and its own random stream (seeded from the user's seed and the account index only).
 */
final class AccountContext {
  final OrgLayout layout;
  final AccountModel account;
  final AccountKind kind;
  final SplittableRandom rng;
  final long seed;

  AccountContext(OrgLayout layout, int index) {
    this.layout = layout;
    this.account = new AccountModel(index, OrgLayout.accountId(index));
    this.kind = layout.kind(index);
    this.seed = layout.options().seed();
    this.rng = new SplittableRandom(Seeds.mix(seed, index));
  }

  String accountId() {
    return account.accountId;
  }

  String rootArn() {
    return "arn:aws:iam::" + account.accountId + ":root";
  }

  String roleArn(String path, String name) {
    return "arn:aws:iam::" + account.accountId + ":role" + path + name;
  }

  String userArn(String path, String name) {
    return "arn:aws:iam::" + account.accountId + ":user" + path + name;
  }

  boolean chance(int percent) {
    return rng.nextInt(100) < percent;
  }

  <T> T pick(List<T> options) {
    return options.get(rng.nextInt(options.size()));
  }

  <T> T pick(T[] options) {
    return options[rng.nextInt(options.length)];
  }

  /** Adds a role; an instance profile of the same name is made when {@code withProfile}. */
  AccountModel.Role addRole(
      String path,
      String name,
      String description,
      ObjectNode trust,
      List<AccountModel.Inline> inline,
      List<String> attached,
      String boundaryArn,
      Map<String, String> tags,
      boolean withProfile) {
    long created = SynthIds.createdAt(rng, seed);
    AccountModel.Profile profile = null;
    if (withProfile) {
      profile =
          new AccountModel.Profile(
              "/",
              name,
              SynthIds.iamId(rng, "AIPA"),
              "arn:aws:iam::" + account.accountId + ":instance-profile/" + name,
              created);
    }
    boolean used = rng.nextInt(4) != 0;
    AccountModel.Role role =
        new AccountModel.Role(
            path,
            name,
            SynthIds.iamId(rng, "AROA"),
            roleArn(path, name),
            created,
            trust,
            List.copyOf(inline),
            List.copyOf(attached),
            boundaryArn,
            new TreeMap<>(tags),
            profile,
            description,
            used ? pick(OrgLayout.REGIONS) : null,
            used ? SynthIds.later(rng, created) : 0);
    account.roles.add(role);
    return role;
  }
}
