package com.concert.adapter.in.web.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Answers the errors Tomcat raises before any servlet sees the request, such as a path with an
 * encoded NUL, with the contract's problem body instead of Tomcat's HTML report. The body is built
 * from the status alone: nothing of the request is echoed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    var status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    var error = ApiError.ofStatus(status);
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      var writer = response.getReporter();
      if (writer != null) {
        writer.write(body(error, status));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response already started: there is no one left to answer.
    }
  }

  private static String body(ApiError error, int status) {
    return "{\"type\":\""
        + error.type()
        + "\",\"title\":\""
        + error.title()
        + "\",\"status\":"
        + status
        + ",\"detail\":\""
        + error.title()
        + "\",\"code\":\""
        + error.name()
        + "\"}";
  }
}
