package com.concert.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.json.JsonMapper;

/** What every error response of the contract is: an RFC 9457 problem with the contract's code. */
public final class ProblemAssert {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A fully qualified Java name, such as {@code java.lang.NumberFormatException}. */
  private static final Pattern JAVA_NAME =
      Pattern.compile("\\b(java|javax|jakarta|sun|tools|com|org)\\.[a-z]+\\.");

  private ProblemAssert() {}

  public static ResultMatcher problem(int status, String code) {
    return result -> {
      var response = result.getResponse();
      var body = response.getContentAsString();
      assertThat(response.getStatus()).as(body).isEqualTo(status);
      assertThat(response.getContentType()).isNotNull();
      var type = MediaType.parseMediaType(response.getContentType());
      assertThat(type.getType() + "/" + type.getSubtype()).isEqualTo("application/problem+json");
      var problem = JSON.readTree(body);
      assertThat(problem.path("code").asString()).isEqualTo(code);
      assertThat(problem.path("status").asInt()).isEqualTo(status);
      assertThat(problem.path("title").asString()).isNotBlank();
      assertThat(problem.path("type").asString()).startsWith("https://");
      assertThat(body)
          .doesNotContain("Exception", "\tat ", "trace")
          .doesNotContainPattern(JAVA_NAME);
    };
  }
}
