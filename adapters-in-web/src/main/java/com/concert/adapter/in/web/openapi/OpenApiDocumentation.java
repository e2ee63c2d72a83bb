package com.concert.adapter.in.web.openapi;

import com.concert.adapter.in.web.admin.AdminKeyInterceptor;
import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.queue.QueueUser;
import com.concert.application.port.in.QueuePass;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document of the HTTP contract ({@code /v3/api-docs}, browsable at {@code
 * /swagger-ui.html}): every endpoint with its success and problem responses, the problem schema
 * with the contract's codes, and an example of each problem.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDocumentation {

  static final String PROBLEM = "Problem";
  static final String QUEUE_TOKEN = "queueToken";
  static final String ADMIN_KEY = "adminKey";
  static final String PROBLEM_JSON =
      org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  /**
   * The codes of the contract's error table. The two others of {@link ApiError} answer what no
   * request of a client of this API should meet: an {@code Accept} that excludes JSON, and a fault.
   */
  static final Set<ApiError> CONTRACT_CODES =
      EnumSet.complementOf(EnumSet.of(ApiError.NOT_ACCEPTABLE, ApiError.INTERNAL_ERROR));

  @Bean
  OpenAPI concertOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Concert reservation service")
                .version("1")
                .description(
                    "Queue for a place, hold seats, charge a wallet and pay. Every error is an RFC"
                        + " 9457 problem with a stable code; a booking endpoint needs an ACTIVE"
                        + " queue token, the admin endpoints the admin key."))
        .components(
            new Components()
                .addSchemas(PROBLEM, problemSchema())
                .addSecuritySchemes(
                    QUEUE_TOKEN,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("The queue token of POST /api/token/create"))
                .addSecuritySchemes(
                    ADMIN_KEY,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(AdminKeyInterceptor.HEADER)
                        .description("The key configured as concert.admin.api-key")));
  }

  @Bean
  OperationCustomizer problemResponses() {
    return (operation, handler) -> {
      var errors = errorsOf(handler, operation);
      var byStatus = new TreeMap<Integer, List<ApiError>>();
      for (var error : errors) {
        byStatus.computeIfAbsent(error.status().value(), status -> new ArrayList<>()).add(error);
      }
      byStatus.forEach(
          (status, sameStatus) ->
              operation
                  .getResponses()
                  .addApiResponse(String.valueOf(status), problems(sameStatus)));
      return operation;
    };
  }

  /**
   * The errors the endpoint answers: those it declares and those its shape implies. Its guard also
   * marks the operation with the credentials it needs.
   */
  private static Set<ApiError> errorsOf(HandlerMethod handler, Operation operation) {
    var errors = EnumSet.noneOf(ApiError.class);
    var declared = handler.getMethodAnnotation(ErrorResponses.class);
    if (declared != null) {
      errors.addAll(Arrays.asList(declared.value()));
    }
    for (var parameter : handler.getMethodParameters()) {
      errors.addAll(errorsOf(parameter, operation));
    }
    var mapping =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    if (mapping != null && Arrays.stream(mapping.path()).anyMatch(AdminKeyInterceptor::guards)) {
      errors.add(ApiError.ADMIN_KEY_INVALID);
      errors.add(ApiError.NOT_FOUND);
      operation.addSecurityItem(new SecurityRequirement().addList(ADMIN_KEY));
    }
    errors.add(ApiError.UNAVAILABLE);
    return errors;
  }

  private static Set<ApiError> errorsOf(MethodParameter parameter, Operation operation) {
    if (parameter.hasParameterAnnotation(RequestBody.class)) {
      return EnumSet.of(
          ApiError.INVALID_REQUEST, ApiError.PAYLOAD_TOO_LARGE, ApiError.UNSUPPORTED_MEDIA_TYPE);
    }
    if (parameter.hasParameterAnnotation(PathVariable.class)
        || parameter.hasParameterAnnotation(RequestParam.class)) {
      return EnumSet.of(ApiError.INVALID_REQUEST);
    }
    var queueUser = parameter.getParameterAnnotation(QueueUser.class);
    if (queueUser != null) {
      operation.addSecurityItem(new SecurityRequirement().addList(QUEUE_TOKEN));
      return Arrays.asList(queueUser.accept()).contains(QueuePass.Access.WAITING)
          ? EnumSet.of(ApiError.TOKEN_INVALID)
          : EnumSet.of(ApiError.TOKEN_INVALID, ApiError.TOKEN_NOT_ACTIVE);
    }
    return EnumSet.noneOf(ApiError.class);
  }

  private static ApiResponse problems(List<ApiError> errors) {
    var examples = new LinkedHashMap<String, Example>();
    for (var error : errors) {
      examples.put(error.name(), new Example().summary(error.title()).value(example(error)));
    }
    return new ApiResponse()
        .description(errors.stream().map(ApiError::name).collect(Collectors.joining(", ")))
        .content(
            new Content()
                .addMediaType(
                    PROBLEM_JSON,
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .examples(examples)));
  }

  private static Map<String, Object> example(ApiError error) {
    var problem = new LinkedHashMap<String, Object>();
    problem.put("type", error.type().toString());
    problem.put("title", error.title());
    problem.put("status", error.status().value());
    problem.put("detail", "Why this request was refused, in words.");
    problem.put("code", error.name());
    if (error == ApiError.TOKEN_NOT_ACTIVE) {
      problem.put("position", 17);
    }
    return problem;
  }

  private static Schema<?> problemSchema() {
    var code = new StringSchema();
    code.setDescription("The contract's error code");
    code.setEnum(CONTRACT_CODES.stream().map(ApiError::name).toList());
    return new ObjectSchema()
        .description("An RFC 9457 problem with the contract's code")
        .addProperty("type", new StringSchema().format("uri"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri-reference"))
        .addProperty("code", code)
        .addProperty(
            "position",
            new IntegerSchema()
                .format("int64")
                .description("With TOKEN_NOT_ACTIVE: the token's place in line"))
        .required(List.of("type", "title", "status", "code"));
  }
}
