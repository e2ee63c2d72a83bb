package com.concert.bootstrap;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document says what API.md says: every operation of the contract with the statuses it
 * answers, problems with the contract's codes and an example each, and nothing the service serves
 * beyond it.
 */
@ServiceTest
class OpenApiEndToEndTest {

  /** Every operation of API.md, with every status API.md gives it. */
  static final Map<String, Set<Integer>> CONTRACT =
      Map.ofEntries(
          entry("POST /api/token/create", Set.of(200, 400, 413, 415, 503)),
          entry("GET /api/token", Set.of(200, 401, 503)),
          entry("GET /api/concerts", Set.of(200, 503)),
          entry("GET /api/reservation/dates", Set.of(200, 400, 401, 403, 404, 503)),
          entry("GET /api/reservation/seats", Set.of(200, 400, 401, 403, 404, 503)),
          entry(
              "POST /api/reservation/reserve", Set.of(200, 400, 401, 403, 404, 409, 413, 415, 503)),
          entry("GET /api/reservations", Set.of(200, 401, 503)),
          entry("DELETE /api/reservations/{id}", Set.of(200, 400, 401, 403, 404, 409, 503)),
          entry("GET /api/charge", Set.of(200, 400, 413, 415, 503)),
          entry("POST /api/charge", Set.of(200, 400, 409, 413, 415, 422, 503)),
          entry("POST /api/payment", Set.of(200, 400, 401, 403, 404, 409, 413, 415, 422, 503)),
          entry("POST /api/admin/concerts", Set.of(201, 400, 401, 404, 413, 415, 503)),
          entry("GET /api/admin/audit", Set.of(200, 401, 404, 503)));

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMappings;

  HttpApi api;
  JsonNode document;

  @BeforeEach
  void fetchTheDocument() {
    api = new HttpApi(port);
    var response = api.get("/v3/api-docs");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    document = response.json();
  }

  @Test
  void everyOperationOfTheContractIsDocumentedWithTheStatusesItAnswers() {
    assertThat(documentedStatuses()).isEqualTo(new TreeMap<>(CONTRACT));
  }

  @Test
  void theServiceServesNoApiPathTheDocumentLeavesOut() {
    var served = new TreeSet<String>();
    handlerMappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            mapping ->
                mapping.getPatternValues().stream()
                    .filter(path -> path.startsWith("/api/"))
                    .forEach(
                        path ->
                            mapping
                                .getMethodsCondition()
                                .getMethods()
                                .forEach(method -> served.add(method + " " + path))));

    assertThat(served).isEqualTo(documentedStatuses().keySet());
  }

  @Test
  void theProblemSchemaEnumeratesTheContractsCodes() {
    var problem = document.at("/components/schemas/Problem");

    assertThat(problem.at("/properties/code/enum").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrderElementsOf(ErrorTable.STATUS_BY_CODE.keySet());
    assertThat(problem.get("required").valueStream().map(JsonNode::asString))
        .contains("type", "title", "status", "code");
  }

  @Test
  void everyErrorIsAProblemWithAnExampleOfEachCodeItsStatusCarries() {
    operations()
        .forEach(
            (name, operation) ->
                operation.get("responses").properties().stream()
                    .filter(response -> response.getKey().compareTo("400") >= 0)
                    .forEach(
                        response ->
                            assertProblemResponse(
                                name, Integer.parseInt(response.getKey()), response.getValue())));
  }

  @Test
  void everySuccessHasASchemaWhosePropertiesHaveExamples() {
    var schemas = document.at("/components/schemas");
    var checked = new HashSet<String>();
    for (var operation : operations().entrySet()) {
      var success =
          operation.getValue().get("responses").properties().stream()
              .filter(response -> response.getKey().startsWith("2"))
              .findFirst()
              .orElseThrow();
      var schema = success.getValue().at("/content/*~1*/schema");
      var reference = schema.has("items") ? schema.at("/items/$ref") : schema.get("$ref");
      assertThat(reference).as(operation.getKey()).isNotNull();
      var name = reference.asString().substring("#/components/schemas/".length());
      checked.add(name);
      schemas
          .get(name)
          .get("properties")
          .properties()
          .forEach(
              property ->
                  assertThat(property.getValue().has("example") || property.getValue().has("items"))
                      .as(name + "." + property.getKey())
                      .isTrue());
    }
    assertThat(checked)
        .contains("ReservationResponse", "QueueTokenResponse", "PaymentResponse", "AuditResponse");
  }

  @Test
  void theUiIsServed() {
    var ui = api.get("/swagger-ui/index.html");

    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.text()).contains("swagger-ui");
  }

  private void assertProblemResponse(String operation, int status, JsonNode response) {
    var problem = response.at("/content/application~1problem+json");
    assertThat(problem.at("/schema/$ref").asString())
        .as(operation + " " + status)
        .isEqualTo("#/components/schemas/Problem");
    var examples = problem.get("examples").properties();
    assertThat(examples).as(operation + " " + status).isNotEmpty();
    for (var example : examples) {
      var code = example.getValue().at("/value/code").asString();
      assertThat(ErrorTable.STATUS_BY_CODE).as(operation + " " + code).containsEntry(code, status);
      assertThat(example.getValue().at("/value/status").asInt()).isEqualTo(status);
    }
  }

  private Map<String, Set<Integer>> documentedStatuses() {
    var documented = new TreeMap<String, Set<Integer>>();
    operations()
        .forEach(
            (name, operation) -> {
              var statuses = new TreeSet<Integer>();
              operation
                  .get("responses")
                  .propertyNames()
                  .forEach(status -> statuses.add(Integer.parseInt(status)));
              documented.put(name, statuses);
            });
    return documented;
  }

  /** Each operation of the document, named as API.md names it: method and path. */
  private Map<String, JsonNode> operations() {
    var operations = new TreeMap<String, JsonNode>();
    for (var path : document.get("paths").properties()) {
      for (var operation : path.getValue().properties()) {
        operations.put(
            operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
      }
    }
    return operations;
  }
}
