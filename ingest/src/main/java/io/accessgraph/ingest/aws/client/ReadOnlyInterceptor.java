package io.accessgraph.ingest.aws.client;

import java.util.Set;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Refuses every operation that is not a read before the SDK marshals or sends it. The collector
 * runs with broad read credentials in every account of an organization; this guard makes a coding
 * mistake fail loudly instead of changing an account.
 */
public final class ReadOnlyInterceptor implements ExecutionInterceptor {
  private static final String[] READ_PREFIXES = {"List", "Get", "Describe", "BatchGet"};
  private static final Set<String> ALSO_ALLOWED =
      Set.of("GenerateCredentialReport", "AssumeRole", "GetCallerIdentity");

  /** True when {@code operationName} (as the SDK names it, e.g. "ListUsers") only reads. */
  public static boolean isReadOnly(String operationName) {
    if (operationName == null) {
      return false;
    }
    if (ALSO_ALLOWED.contains(operationName)) {
      return true;
    }
    for (String prefix : READ_PREFIXES) {
      if (operationName.startsWith(prefix)
          && operationName.length() > prefix.length()
          && Character.isUpperCase(operationName.charAt(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    if (!isReadOnly(operation)) {
      String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
      throw new ReadOnlyViolationException(service, operation);
    }
  }
}
