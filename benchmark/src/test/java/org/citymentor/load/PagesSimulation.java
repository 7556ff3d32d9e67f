package org.citymentor.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The load of the benchmark (issue 10): for each number of concurrent sessions, each page of
 * scripts/benchmark-pages.txt in turn, asked over and over by that many signed-in sessions
 * for a fixed time. Requests are named {@code page@sessions}; signing in is named
 * {@code sign-in} and left out of the figures. Run by scripts/benchmark.sh.
 */
public class PagesSimulation extends Simulation {

	record Page(String name, String account, String path) {
	}

	private static final String BASE_URL = System.getProperty("benchmark.baseUrl", "http://localhost:8081");

	private static final Duration DURATION = Duration.ofSeconds(Long.getLong("benchmark.seconds", 30));

	private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmUpSeconds", 5));

	private static final List<Integer> LEVELS = Arrays.stream(System.getProperty("benchmark.sessions", "1,16,64")
		.split(",")).map(String::trim).map(Integer::valueOf).toList();

	private final Properties addresses = load(Path.of(System.getProperty("benchmark.addresses")));

	{
		HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
			.disableFollowRedirect()
			.acceptEncodingHeader("gzip, deflate")
			.acceptHeader("text/html,application/xhtml+xml,*/*");
		List<PopulationBuilder> steps = new ArrayList<>();
		List<Page> pages = pages(Path.of(System.getProperty("benchmark.pages")));
		for (Page page : pages) {
			steps.add(scenario("warm-up " + page.name())
				.exec(signIn(page.account()))
				.exec(during(WARM_UP).on(exec(http("warm-up").get(page.path()).check(status().is(200)))))
				.injectOpen(atOnceUsers(2)));
		}
		for (int sessions : LEVELS) {
			for (Page page : pages) {
				String name = page.name() + "@" + sessions;
				steps.add(scenario(name).exec(signIn(page.account()))
					.exec((session) -> mark(session, name, 0))
					.exec(during(DURATION).on(exec(http(name).get(page.path()).check(status().is(200)))))
					.exec((session) -> mark(session, name, 1))
					.injectOpen(atOnceUsers(sessions)));
			}
		}
		PopulationBuilder chain = steps.get(steps.size() - 1);
		for (int i = steps.size() - 2; i >= 0; i--) {
			chain = steps.get(i).andThen(chain);
		}
		setUp(chain).protocols(protocol);
	}

	/** The time window of each step: from its first session's first request to its last one's end. */
	private static final Map<String, long[]> WINDOWS = new ConcurrentHashMap<>();

	private static Session mark(Session session, String step, int end) {
		long now = System.currentTimeMillis();
		WINDOWS.compute(step, (key, window) -> {
			long[] w = (window != null) ? window : new long[] { Long.MAX_VALUE, 0 };
			w[end] = (end == 0) ? Math.min(w[0], now) : Math.max(w[1], now);
			return w;
		});
		return session;
	}

	@Override
	public void after() {
		StringBuilder lines = new StringBuilder();
		WINDOWS.forEach((step, w) -> lines.append(step).append('=').append(w[1] - w[0]).append('\n'));
		try {
			Files.writeString(Path.of(System.getProperty("benchmark.windows")), lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ChainBuilder signIn(String account) {
		if ("anonymous".equals(account)) {
			return exec((session) -> session);
		}
		String email = this.addresses.getProperty(account);
		String password = this.addresses.getProperty("password");
		return exec(http("sign-in").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign-in").post("/login")
				.formParam("email", email)
				.formParam("password", password)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").not(BASE_URL + "/login?error"),
						header("Location").not("/login?error")));
	}

	private List<Page> pages(Path file) {
		try {
			List<Page> pages = new ArrayList<>();
			for (String line : Files.readAllLines(file)) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] parts = trimmed.split("\\s+", 3);
				String path = parts[2];
				for (String key : this.addresses.stringPropertyNames()) {
					path = path.replace("{" + key + "}", this.addresses.getProperty(key));
				}
				pages.add(new Page(parts[0], parts[1], path));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
