package io.accessgraph.ingest.aws.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Converts SDK model objects to JSON with the member names of the service model, which are the
 * names the AWS CLI prints (EC2's "Reservations", not its wire name "reservationSet"; CodeBuild's
 * "serviceRole"). Members the service did not return are left out, like the CLI does.
 */
public final class SdkJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);

  /** The IAM members that hold URL-encoded policy documents. */
  private static final Set<String> IAM_POLICY_MEMBERS =
      Set.of("PolicyDocument", "AssumeRolePolicyDocument", "Document");

  private final Set<String> policyMembers;

  private SdkJson(Set<String> policyMembers) {
    this.policyMembers = policyMembers;
  }

  /** Writes every member as returned. */
  public static SdkJson plain() {
    return new SdkJson(Set.of());
  }

  /** Writes IAM responses: policy documents decoded into JSON objects, as the CLI prints them. */
  public static SdkJson iam() {
    return new SdkJson(IAM_POLICY_MEMBERS);
  }

  public ObjectNode object(SdkPojo pojo) {
    ObjectNode node = NODES.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value instanceof String text && policyMembers.contains(field.memberName())) {
        node.set(field.memberName(), PolicyDocumentDecoder.decode(text));
        continue;
      }
      JsonNode json = value(value);
      if (json != null) {
        node.set(field.memberName(), json);
      }
    }
    return node;
  }

  public ArrayNode array(Collection<? extends SdkPojo> pojos) {
    ArrayNode array = NODES.arrayNode();
    pojos.forEach(p -> array.add(object(p)));
    return array;
  }

  /** The CLI's timestamp form: ISO-8601 with an explicit offset. */
  public static String timestamp(Instant instant) {
    return (instant.getNano() == 0 ? SECONDS : MILLIS).format(instant);
  }

  private JsonNode value(Object value) {
    if (value == null
        || value instanceof SdkAutoConstructList
        || value instanceof SdkAutoConstructMap) {
      return null;
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Float || value instanceof Double) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Instant instant) {
      return NODES.textNode(timestamp(instant));
    }
    if (value instanceof SdkBytes bytes) {
      return NODES.textNode(java.util.Base64.getEncoder().encodeToString(bytes.asByteArray()));
    }
    if (value instanceof SdkPojo pojo) {
      return object(pojo);
    }
    if (value instanceof Collection<?> list) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : list) {
        JsonNode json = value(item);
        array.add(json == null ? NODES.nullNode() : json);
      }
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), value(v)));
      return node;
    }
    if (value instanceof Document document) {
      try {
        return MAPPER.readTree(document.toString());
      } catch (JsonProcessingException e) {
        return NODES.textNode(document.toString());
      }
    }
    return NODES.textNode(value.toString());
  }
}
