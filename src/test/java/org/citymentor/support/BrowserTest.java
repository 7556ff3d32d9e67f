package org.citymentor.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Base class of the real-browser journeys: the whole application on a random port, driven
 * by Debian's Chromium through Playwright, every page checked with axe-core.
 * <p>
 * Extend it and add no Spring annotation of your own: every browser test class then has
 * the same configuration and they all share one cached Spring context. One browser per
 * test class, a fresh {@link BrowserContext} (cookies, language) per test. Go to pages
 * with {@link #visit(String)} (status below 400 and axe), and call
 * {@link #checkAccessibility()} after a click or a form leads to a new page. Without
 * {@code /usr/bin/chromium} the tests are skipped, not failed. A failing test leaves a
 * screenshot and the page's HTML in {@code target/browser-failures}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestInfrastructure.class)
@ExtendWith(BrowserTest.ChromiumInstalled.class)
public abstract class BrowserTest {

	protected static final String PASSWORD = "citymentor-demo";

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final String NO_CHROMIUM = "Chromium not installed at /usr/bin/chromium: "
			+ "browser tests skipped (apt-get install chromium)";

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Path FAILURES = Paths.get("target", "browser-failures");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	protected BrowserContext context;

	protected Page page;

	private final List<String> pageErrors = new ArrayList<>();

	@RegisterExtension
	final AfterTestExecutionCallback keepEvidenceOfFailure = (extension) -> {
		if (extension.getExecutionException().isPresent() && this.page != null && !this.page.isClosed()) {
			saveEvidence(extension.getRequiredTestClass().getSimpleName() + "-"
					+ extension.getRequiredTestMethod().getName() + "-" + extension.getDisplayName());
		}
	};

	@BeforeAll
	static void launchBrowser() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), NO_CHROMIUM);
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openContext() {
		useNewContext(new Browser.NewContextOptions());
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/**
	 * Replaces the current browser context (and its cookies) by a new one with these
	 * options; the locale is English unless the options say otherwise.
	 */
	protected Page useNewContext(Browser.NewContextOptions options) {
		closeContext();
		if (options.locale == null) {
			options.setLocale("en-GB");
		}
		this.context = browser.newContext(options.setBaseURL("http://localhost:" + this.port));
		this.context.setDefaultTimeout(15_000);
		this.page = this.context.newPage();
		// forms warn before leaving unsaved changes; a test that moves on means to leave
		this.page.onDialog((dialog) -> dialog.accept());
		this.pageErrors.clear();
		this.page.onPageError((error) -> this.pageErrors.add("uncaught error: " + error));
		this.page.onConsoleMessage((message) -> {
			// a form page answered 422 on purpose (bad input shown again) is no script
			// error
			if ("error".equals(message.type()) && !message.text().contains("status of 422")) {
				this.pageErrors.add("console error: " + message.text());
			}
		});
		return this.page;
	}

	/**
	 * Navigates to a path of the application and returns its response, whatever its
	 * status.
	 */
	protected Response open(String path) {
		return this.page.navigate(path);
	}

	/**
	 * Opens a page a person may see: its status is below 400, it logs no script error and
	 * axe-core finds no WCAG 2.1 A/AA violation.
	 */
	protected Response visit(String path) {
		Response response = open(path);
		assertThat(response).as("response to GET %s", path).isNotNull();
		assertThat(response.status()).as("status of GET %s", path).isLessThan(400);
		checkAccessibility();
		return response;
	}

	/** Signs in through the login form and waits for the page it leads to. */
	protected void signIn(String email) {
		submitLogin(email, PASSWORD);
		assertThat(this.page.url()).as("page after signing in as %s", email).doesNotContain("/login");
	}

	protected void submitLogin(String email, String password) {
		open("/login");
		this.page.locator("#email").fill(email);
		this.page.locator("#password").fill(password);
		submitAndWait(this.page.locator("main form[action$='/login'] button[type=submit]"));
	}

	protected void signOut() {
		submitAndWait(this.page.locator("header form[action$='/logout'] button[type=submit]"));
		assertThat(this.page.url()).contains("/login");
	}

	/** Presses the header's language switch, e.g. {@code nl}. */
	protected void switchLanguage(String language) {
		submitAndWait(this.page.locator("header button[name=lang][value=" + language + "]"));
	}

	/**
	 * Clicks what submits a form or follows a link, waits until the next page loaded and
	 * checks that it is no error page.
	 */
	protected Response submitAndWait(Locator target) {
		Response response = this.page.waitForNavigation(target::click);
		if (response != null) {
			assertThat(response.status()).as("status of %s", response.url()).isLessThan(400);
		}
		return response;
	}

	/**
	 * Runs axe-core on the current page (WCAG 2.0/2.1 level A and AA rules) and fails
	 * with every violation: rule, impact, help and the elements concerned. Also fails on
	 * script errors logged in this browser context so far (a CSP violation shows up
	 * there).
	 */
	protected void checkAccessibility() {
		// legacy mode runs axe in the page itself; the default opens an extra page per
		// analysis to merge the results of frames, which our pages do not have
		AxeResults results = new AxeBuilder(this.page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
		assertThat(results.isErrored()).as("axe-core failed on %s: %s", this.page.url(), results.getErrorMessage())
			.isFalse();
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail("axe-core found %d accessibility violation(s) on %s:%n%s", violations.size(), this.page.url(),
					violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
		}
		assertThat(this.pageErrors).as("script errors on %s", this.page.url()).isEmpty();
	}

	private static String describe(Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    on " + targets;
	}

	/**
	 * A screenshot of the whole page and its HTML. The viewport grows to the page height:
	 * Chromium 156 crashes on full-page screenshots of tall pages.
	 */
	private void saveEvidence(String name) {
		String safeName = name.replaceAll("[^A-Za-z0-9._-]+", "_");
		try {
			Files.createDirectories(FAILURES);
			Files.writeString(FAILURES.resolve(safeName + ".html"), this.page.content());
			Object height = this.page.evaluate("() => document.documentElement.scrollHeight");
			int pageHeight = (height instanceof Number number) ? number.intValue() : 1000;
			int width = (this.page.viewportSize() != null) ? this.page.viewportSize().width : 1280;
			this.page.setViewportSize(width, Math.max(100, Math.min(pageHeight, 10_000)));
			this.page.screenshot(new Page.ScreenshotOptions().setPath(FAILURES.resolve(safeName + ".png")));
		}
		catch (Exception ex) {
			// evidence is a courtesy; the test's own failure is what matters
		}
	}

	/**
	 * Skips the class before its Spring context starts, and shows the reason in the
	 * build's output (Maven reports an assumption failing in {@code @BeforeAll} as zero
	 * tests run, without the message).
	 */
	static final class ChromiumInstalled implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(CHROMIUM)) {
				return ConditionEvaluationResult.enabled("Chromium found");
			}
			LoggerFactory.getLogger(BrowserTest.class).warn(NO_CHROMIUM);
			return ConditionEvaluationResult.disabled(NO_CHROMIUM);
		}

	}

}
