package io.accessgraph.api.server;

import io.accessgraph.analysis.graph.UnknownNodeException;
import io.accessgraph.api.query.LimitExceededException;
import io.accessgraph.api.query.MalformedInputException;
import io.accessgraph.api.server.ingest.IngestRunConflictException;
import io.accessgraph.api.server.ingest.UnknownIngestRunException;
import io.accessgraph.api.server.security.OperatorRequiredException;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps failures to application/problem+json (RFC 9457) with a message a person understands.
 * Anything unexpected is a 500 that names no internals; the log has the details.
 */
@RestControllerAdvice
public class ProblemAdvice {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(UnknownNodeException.class)
  ProblemDetail unknownNode(UnknownNodeException e) {
    return problem(HttpStatus.NOT_FOUND, "Unknown node", e.getMessage());
  }

  @ExceptionHandler(LimitExceededException.class)
  ProblemDetail limit(LimitExceededException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Limit exceeded", e.getMessage());
    problem.setProperty("limit", e.limit());
    return problem;
  }

  @ExceptionHandler(MalformedInputException.class)
  ProblemDetail malformed(MalformedInputException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed parameter", e.getMessage());
    problem.setProperty("parameter", e.parameter());
    return problem;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Missing parameter",
        "parameter '" + e.getParameterName() + "' is required");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String expected =
        type == int.class || type == Integer.class
            ? "a whole number between -2147483648 and 2147483647"
            : type == boolean.class || type == Boolean.class
                ? "true or false"
                : type == null ? "of another type" : type.getSimpleName();
    return problem(
        HttpStatus.BAD_REQUEST,
        "Bad parameter",
        "parameter '" + e.getName() + "' must be " + expected);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Malformed request body",
        "the request body is not JSON of the expected shape (see the OpenAPI document at"
            + " /v3/api-docs)");
  }

  @ExceptionHandler(UnknownIngestRunException.class)
  ProblemDetail unknownRun(UnknownIngestRunException e) {
    return problem(HttpStatus.NOT_FOUND, "Unknown ingest run", e.getMessage());
  }

  @ExceptionHandler(OperatorRequiredException.class)
  ProblemDetail forbidden(OperatorRequiredException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  @ExceptionHandler(IngestRunConflictException.class)
  ProblemDetail conflict(IngestRunConflictException e) {
    return problem(HttpStatus.CONFLICT, "Ingest already running", e.getMessage());
  }

  @ExceptionHandler({QueryExecutor.ServerBusyException.class, CancellationException.class})
  ResponseEntity<ProblemDetail> busy(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "10")
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage()));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noSuchEndpoint(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", "no such endpoint: /" + e.getResourcePath());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return problem(
        HttpStatus.METHOD_NOT_ALLOWED,
        "Method not allowed",
        e.getMethod() + " is not supported here");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
    return problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Unsupported media type",
        "send the request body as application/json");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("unexpected failure", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "the server failed to answer; the server log has the details");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
