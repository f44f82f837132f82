package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The two small per-account files: the users' access keys (list-access-keys output for every user,
 * wrapped with the account id since the CLI output does not name it) and the SAML provider of IAM
 * Identity Center (list-saml-providers).
 */
final class CredentialWriters {
  private CredentialWriters() {}

  static void accessKeys(JsonFiles files, Path file, AccountModel account) throws IOException {
    files.write(
        file,
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("AccessKeyMetadata");
          for (AccountModel.User u : account.users) {
            for (AccountModel.AccessKey k : u.accessKeys()) {
              json.writeStartObject();
              json.writeStringField("UserName", k.userName());
              json.writeStringField("AccessKeyId", k.id());
              json.writeStringField("Status", k.status());
              JsonFiles.date(json, "CreateDate", k.created());
              json.writeEndObject();
            }
          }
          json.writeEndArray();
          json.writeStringField("AccountId", account.accountId);
          json.writeEndObject();
        });
  }

  static void samlProviders(JsonFiles files, Path file, AccountModel account) throws IOException {
    files.write(file, json -> saml(json, account));
  }

  private static void saml(JsonGenerator json, AccountModel account) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("SAMLProviderList");
    json.writeStartObject();
    json.writeStringField("Arn", account.samlProviderArn);
    // IAM Identity Center's metadata is valid for a hundred years.
    JsonFiles.date(json, "ValidUntil", account.samlProviderCreated + 100L * 365 * 86_400);
    JsonFiles.date(json, "CreateDate", account.samlProviderCreated);
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }
}
