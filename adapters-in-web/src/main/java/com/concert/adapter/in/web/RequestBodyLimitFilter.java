package com.concert.adapter.in.web;

import com.concert.adapter.in.web.error.BodyTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops reading a request body at the limit, whether its length is declared or it is chunked. The
 * read fails with {@link BodyTooLargeException}, which the error advice answers with {@code 413}.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

  public static final long DEFAULT_LIMIT = 1024 * 1024;

  private final long limit;

  public RequestBodyLimitFilter(long limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new LimitedRequest(request, limit), response);
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedInputStream(super.getInputStream(), limit, getContentLengthLong());
      }
      return stream;
    }
  }

  private static final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream delegate;
    private final long limit;
    private final long declaredLength;
    private long read;

    LimitedInputStream(ServletInputStream delegate, long limit, long declaredLength) {
      this.delegate = delegate;
      this.limit = limit;
      this.declaredLength = declaredLength;
    }

    @Override
    public int read() throws IOException {
      checkDeclaredLength();
      var next = delegate.read();
      if (next >= 0) {
        count(1);
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      checkDeclaredLength();
      var n = delegate.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void checkDeclaredLength() throws BodyTooLargeException {
      if (declaredLength > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    private void count(long n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
