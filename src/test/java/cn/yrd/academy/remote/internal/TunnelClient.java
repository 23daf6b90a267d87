package cn.yrd.academy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's browser as the tunnel sees it, without a browser: a real login (session cookie), the lab page's
 * CSRF token, a connect token from the API, and a WebSocket with subprotocol {@code guacamole} that answers
 * every {@code sync} as guacamole-common-js does.
 */
final class TunnelClient {

	private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private TunnelClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	static TunnelClient logIn(int port, String username, String password) throws Exception {
		TunnelClient client = new TunnelClient(port);
		HttpResponse<String> form = client.get("/login");
		Matcher csrf = LOGIN_CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = client.http.send(HttpRequest.newBuilder(client.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
					+ encode(password) + "&_csrf=" + encode(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	String sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue).findFirst().orElseThrow();
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** What the lab page does: the session's CSRF token with a POST for a connect token. */
	HttpResponse<String> requestToken(long bookingId) throws Exception {
		Matcher csrf = LOGIN_CSRF.matcher(get("/account").body());
		assertThat(csrf.find()).as("a page with the CSRF token").isTrue();
		return http.send(HttpRequest.newBuilder(uri("/api/v1/bookings/" + bookingId + "/connect-token"))
			.header("X-CSRF-TOKEN", csrf.group(1))
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A POST with the session's CSRF token, as the staff pages' scripts send it. */
	HttpResponse<String> post(String path, String json) throws Exception {
		Matcher csrf = LOGIN_CSRF.matcher(get("/account").body());
		assertThat(csrf.find()).as("a page with the CSRF token").isTrue();
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("X-CSRF-TOKEN", csrf.group(1))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A read-only token for a live session, which must be granted. */
	String observeToken(long sessionId) throws Exception {
		HttpResponse<String> response = post("/api/v1/remote-sessions/" + sessionId + "/observe-token", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Matcher token = TOKEN.matcher(response.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	String token(long bookingId) throws Exception {
		HttpResponse<String> response = requestToken(bookingId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Matcher token = TOKEN.matcher(response.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	/** Opens the tunnel with this client's session cookie and the given Origin (none if null). */
	Tunnel open(String token, String origin) {
		return open(token, origin, sessionId());
	}

	Tunnel open(String token, String origin, String sessionId) {
		Tunnel tunnel = new Tunnel();
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
			.subprotocols(GuacamoleTunnelHandler.SUBPROTOCOL)
			.connectTimeout(Duration.ofSeconds(10))
			.header("Cookie", "JSESSIONID=" + sessionId);
		if (origin != null) {
			builder.header("Origin", origin);
		}
		tunnel.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/remote/tunnel?token="
				+ encode(token) + "&width=800&height=600&dpi=96"), tunnel).join();
		return tunnel;
	}

	String origin() {
		return "http://localhost:" + port;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The browser's end of a tunnel: messages received in order, and how it closed. */
	static final class Tunnel implements WebSocket.Listener {

		final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

		final CompletableFuture<String> closed = new CompletableFuture<>();

		private final StringBuilder partial = new StringBuilder();

		private CompletableFuture<WebSocket> sending;

		WebSocket socket;

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				String message = partial.toString();
				partial.setLength(0);
				messages.add(message);
				answerSyncs(webSocket, message);
			}
			webSocket.request(1);
			return null;
		}

		private synchronized void answerSyncs(WebSocket webSocket, String message) {
			List<GuacamoleInstructions.Instruction> instructions = GuacamoleInstructions.parse(message,
					"sync"::equals);
			if (instructions == null) {
				return;
			}
			for (GuacamoleInstructions.Instruction instruction : instructions) {
				if (instruction.opcode().equals("sync") && !instruction.args().isEmpty()) {
					send(webSocket, GuacamoleInstructions.encode("sync", instruction.args().get(0)));
				}
			}
		}

		synchronized void send(WebSocket webSocket, String text) {
			sending = sending == null ? webSocket.sendText(text, true)
					: sending.thenCompose(ws -> ws.sendText(text, true));
		}

		void send(String text) {
			send(socket, text);
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closed.complete(statusCode + " " + reason);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			closed.complete("error " + error);
		}

		/** Waits for a message containing the text; all messages read meanwhile are kept in the returned log. */
		String awaitContaining(String text, Duration timeout) throws InterruptedException {
			StringBuilder seen = new StringBuilder();
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				String message = messages.poll(100, TimeUnit.MILLISECONDS);
				if (message != null) {
					seen.append(message);
					if (seen.indexOf(text) >= 0) {
						return seen.toString();
					}
				}
			}
			throw new AssertionError("no " + text + " within " + timeout + "; received " + seen.length()
					+ " characters: " + seen.substring(0, Math.min(300, seen.length())));
		}

		String awaitClose(Duration timeout) throws Exception {
			return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

	}

}
