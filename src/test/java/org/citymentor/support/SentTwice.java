package org.citymentor.support;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import org.citymentor.shared.web.FormTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A create form sent twice, as a double click or a form sent again after a slow answer
 * does: the form on its page must carry a one-time token (shared/web/FormTokens), and two
 * POSTs with that token must make one record and lead to the same page.
 */
public final class SentTwice {

	/** Sends a request as someone (signed in or not, with a CSRF token). */
	@FunctionalInterface
	public interface Sender {

		ResultActions send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception;

	}

	private SentTwice() {
	}

	/**
	 * Reads the token of the form posting to {@code action} on {@code page}, posts the
	 * form's {@code fields} twice with it and checks that {@code records} grew by one.
	 */
	public static void makesOneRecord(Sender as, String page, String action,
			UnaryOperator<MockHttpServletRequestBuilder> fields, LongSupplier records) throws Exception {
		sendTwice(as, page, action, (token) -> post(action).param(FormTokens.PARAMETER, token), fields, records);
	}

	/**
	 * The same for a form sent as {@code multipart/form-data} (an upload): the token
	 * travels as a form field of the multipart body, as a browser sends it.
	 */
	public static void uploadMakesOneRecord(Sender as, String page, String action,
			UnaryOperator<MockMultipartHttpServletRequestBuilder> fields, LongSupplier records) throws Exception {
		sendTwice(as, page, action, (token) -> multipart(action)
			.part(new MockPart(FormTokens.PARAMETER, token.getBytes(StandardCharsets.UTF_8))), fields, records);
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> void sendTwice(Sender as, String page,
			String action, Function<String, B> withToken, UnaryOperator<B> fields, LongSupplier records)
			throws Exception {
		String html = as.send(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Element token = Jsoup.parse(html)
			.selectFirst("form[action=\"" + action + "\"] input[name=" + FormTokens.PARAMETER + "]");
		assertThat(token).as("the form posting to %s on %s carries a one-time token", action, page).isNotNull();
		long before = records.getAsLong();
		String first = redirect(as, fields.apply(withToken.apply(token.attr("value"))));
		assertThat(records.getAsLong()).as("the first POST to %s makes a record", action).isEqualTo(before + 1);
		String second = redirect(as, fields.apply(withToken.apply(token.attr("value"))));
		assertThat(records.getAsLong()).as("the second POST to %s with the same token makes none", action)
			.isEqualTo(before + 1);
		assertThat(second).as("the second POST leads where the first did").isEqualTo(first);
	}

	private static String redirect(Sender as, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MockHttpServletResponse response = as.send(request).andReturn().getResponse();
		assertThat(response.getStatus())
			.as("a saved form is redirected; errors on the page: %s",
					Jsoup.parse(response.getContentAsString()).select(".govuk-error-message").text())
			.isBetween(300, 399);
		return response.getRedirectedUrl();
	}

}
