package com.concert.adapter.in.web.admin;

import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards {@code /api/admin/**}. It runs before the body is read, so a wrong key is {@code 401}
 * whatever the body; with no key configured the admin API answers {@code 404}, as if absent.
 */
public class AdminKeyInterceptor implements HandlerInterceptor {

  public static final String HEADER = "X-Admin-Key";

  /** The paths it guards, for the registration and for the API document alike. */
  public static final String PATHS = "/api/admin/**";

  private static final AntPathMatcher MATCHER = new AntPathMatcher();

  private final AdminAccess access;

  public AdminKeyInterceptor(AdminAccess access) {
    this.access = access;
  }

  /** Whether a request to that path template passes this guard. */
  public static boolean guards(String path) {
    return MATCHER.match(PATHS, path);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!access.isEnabled()) {
      throw new ApiException(ApiError.NOT_FOUND, "No such resource.");
    }
    if (!access.accepts(request.getHeader(HEADER))) {
      throw new ApiException(ApiError.ADMIN_KEY_INVALID, "A valid " + HEADER + " is required.");
    }
    return true;
  }
}
