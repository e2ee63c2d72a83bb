package com.concert.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the service and PostgreSQL that a test can cut, like a database restart or a
 * network partition: {@link #cut()} drops every connection and refuses new ones, {@link #restore()}
 * listens again on the same port.
 */
final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;

  TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.port = server.getLocalPort();
    accept(server);
  }

  int port() {
    return port;
  }

  synchronized void cut() throws IOException {
    server.close();
    for (var socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  synchronized void restore() throws IOException {
    var reopened = new ServerSocket();
    reopened.setReuseAddress(true);
    reopened.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = reopened;
    accept(reopened);
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private void accept(ServerSocket listening) {
    var acceptor =
        new Thread(
            () -> {
              while (!listening.isClosed()) {
                try {
                  var client = listening.accept();
                  var upstream = new Socket(targetHost, targetPort);
                  sockets.add(client);
                  sockets.add(upstream);
                  pump(client, upstream);
                  pump(upstream, client);
                } catch (IOException e) {
                  return;
                }
              }
            },
            "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to) {
    var relay =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                closeQuietly(to);
              }
              closeQuietly(to);
            },
            "tcp-proxy-relay");
    relay.setDaemon(true);
    relay.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the other side already went away; there is nothing left to close
    }
  }
}
