package io.applydesk.core.search;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny in-process HTTP server for board API tests and the benchmark: canned answers per path (query included),
 * counting requests, keeping their headers, measuring how many were in flight at once.
 */
public final class BoardServer implements AutoCloseable {

    /** One answer: status, headers, body; {@code delayMillis} of server-side latency; {@code hang} never answers in time. */
    public record Reply(int status, Map<String, String> headers, String body, long delayMillis, boolean hang) {
        public static Reply ok(String body) {
            return new Reply(200, Map.of(), body, 0, false);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, Map.of(), body, 0, false);
        }

        public Reply withHeaders(Map<String, String> h) {
            return new Reply(status, h, body, delayMillis, hang);
        }

        public Reply delayed(long millis) {
            return new Reply(status, headers, body, millis, hang);
        }

        public static Reply hanging() {
            return new Reply(200, Map.of(), "", 0, true);
        }
    }

    /** Answers the {@code nth} request (from 1) to a path. */
    @FunctionalInterface
    public interface Responder {
        Reply reply(int nth, Headers requestHeaders, String requestBody);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    public BoardServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:PORT}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public BoardServer route(String pathAndQuery, Responder responder) {
        routes.put(pathAndQuery, responder);
        return this;
    }

    public BoardServer route(String pathAndQuery, Reply always) {
        return route(pathAndQuery, (n, h, b) -> always);
    }

    public int count(String pathAndQuery) {
        AtomicInteger c = counts.get(pathAndQuery);
        return c == null ? 0 : c.get();
    }

    public List<Headers> requestHeaders() {
        return requestHeaders;
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            String key = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requestHeaders.add(exchange.getRequestHeaders());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Responder responder = routes.get(key);
            int nth = counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            Reply reply = responder == null ? Reply.status(404, "{\"status\":404,\"error\":\"Not found\"}")
                    : responder.reply(nth, exchange.getRequestHeaders(), body);
            if (reply.hang()) {
                released.await(30, TimeUnit.SECONDS); // answers only when the test is over
                return;
            }
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis()); // the simulated server-side latency
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            boolean noBody = reply.status() == 304 || bytes.length == 0;
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : bytes.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
