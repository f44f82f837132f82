package io.accessgraph.model;

import java.util.regex.Pattern;

/** Checks and builds the forms an AWS account id takes. */
public final class AccountIds {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  private AccountIds() {}

  public static boolean isAccountId(String text) {
    return text != null && ACCOUNT_ID.matcher(text).matches();
  }

  public static String rootArn(String accountId) {
    return "arn:aws:iam::" + accountId + ":root";
  }
}
