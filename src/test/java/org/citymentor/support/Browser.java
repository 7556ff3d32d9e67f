package org.citymentor.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One person's browser on top of MockMvc: it keeps the cookies the app sets (the Spring
 * Session cookie, the language) and sends them back, and it signs in through the real
 * login form with its CSRF token. Each browser has its own client address, so the
 * per-address sign-in throttle of one test never slows down another.
 */
public final class Browser {

	public static final String SESSION_COOKIE = "CITYMENTOR_SESSION";

	/** What browsers ask for; error pages, for one, answer JSON to other clients. */
	private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final MockMvc mvc;

	private final String address;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	public Browser(MockMvc mvc) {
		this.mvc = mvc;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	/** Sends the request with this browser's cookies and keeps the cookies it sets. */
	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		request.with((servletRequest) -> {
			servletRequest.setRemoteAddr(this.address);
			if (servletRequest.getHeader(HttpHeaders.ACCEPT) == null) {
				servletRequest.addHeader(HttpHeaders.ACCEPT, ACCEPT);
			}
			return servletRequest;
		});
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

	public MvcResult get(String url) throws Exception {
		return perform(MockMvcRequestBuilders.get(url));
	}

	/**
	 * Opens {@code formPage}, then posts its form that goes to {@code action} with the
	 * CSRF token it holds and the given name/value pairs, as a person filling it in.
	 */
	public MvcResult submit(String formPage, String action, String... namesAndValues) throws Exception {
		String token = csrfToken(page(get(formPage)), action);
		MockHttpServletRequestBuilder request = post(action).param("_csrf", token);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return perform(request);
	}

	/** Signs in through the login form; returns the answer to the POST. */
	public MvcResult signIn(String email, String password) throws Exception {
		return submit("/login", "/login", "email", email, "password", password);
	}

	public Optional<Cookie> cookie(String name) {
		return Optional.ofNullable(this.cookies.get(name));
	}

	/** Sets a cookie, as if an earlier visit had left it. */
	public void setCookie(Cookie cookie) {
		this.cookies.put(cookie.getName(), cookie);
	}

	public String address() {
		return this.address;
	}

	public static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/** The CSRF token of the form on the page that posts to {@code action}. */
	public static String csrfToken(Document page, String action) {
		for (Element form : page.select("form[method=post]")) {
			if (form.attr("action").equals(action) || form.attr("action").startsWith(action + "?")) {
				return form.select("input[name=_csrf]").val();
			}
		}
		throw new AssertionError("no form posting to " + action + " on the page:\n" + page.text());
	}

}
